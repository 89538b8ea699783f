"""Indonesian news outlets by web domain, with the name each prints in its datelines.

Used to name the outlet when the story itself does not (no dateline), and to tell outlets and
teams apart from persons in bylines. Domains match with their subdomains (inet.detik.com).
The news agencies and partner outlets a story is credited to ("BISNIS", "ANTARA" signing off a tempo
story) live here too.
"""

OUTLETS = {
    "antaranews.com": "ANTARA News",
    "beritasatu.com": "BeritaSatu.com",
    "bisnis.com": "Bisnis.com",
    "bola.com": "Bola.com",
    "cnbcindonesia.com": "CNBC Indonesia",
    "cnnindonesia.com": "CNN Indonesia",
    "detik.com": "detikcom",
    "grid.id": "Grid.ID",
    "idntimes.com": "IDN Times",
    "inews.id": "iNews.id",
    "jawapos.com": "JawaPos.com",
    "jpnn.com": "JPNN.com",
    "kapanlagi.com": "KapanLagi.com",
    "kompas.com": "KOMPAS.com",
    "kompas.id": "Kompas.id",
    "kontan.co.id": "KONTAN",
    "kumparan.com": "kumparan",
    "liputan6.com": "Liputan6.com",
    "mediaindonesia.com": "Media Indonesia",
    "merdeka.com": "Merdeka.com",
    "metrotvnews.com": "Metrotvnews.com",
    "okezone.com": "Okezone",
    "pikiran-rakyat.com": "Pikiran Rakyat",
    "republika.co.id": "Republika.co.id",
    "sindonews.com": "SINDOnews",
    "suara.com": "Suara.com",
    "tempo.co": "TEMPO.CO",
    "thejakartapost.com": "The Jakarta Post",
    "tirto.id": "Tirto.id",
    "tribunnews.com": "Tribunnews.com",
    "viva.co.id": "VIVA.co.id",
    "voaindonesia.com": "VOA Indonesia",
    "wartaekonomi.co.id": "Warta Ekonomi",
}

# names that datelines print without a domain: "Jakarta, CNN Indonesia --", "(ANTARA News)"
DATELINE_NAMES = {
    "cnn indonesia", "cnbc indonesia", "antara", "antara news", "tempo", "tempo.co", "kompas", "detikcom",
    "okezone", "sindonews", "kontan", "bisnis", "beritasatu", "republika", "viva", "idn times", "voa",
}

# agencies and partners that sign off a story in capitals (tempo: "BISNIS", "ANTARA"); a credit, not a reporter
AGENCIES = {"ANTARA", "REUTERS", "AFP", "AP", "BISNIS", "TEMPO", "KOMPAS", "DETIK", "XINHUA", "BBC", "CNN",
            "KONTAN", "ANTARANEWS", "TEMPO.CO", "MEDIA INDONESIA"}


def outlet_for_host(host: str | None) -> str | None:
    """The outlet for a host name such as 'inet.detik.com', or None when it is not one we know."""
    if not host:
        return None
    host = host.lower().split(":")[0]
    for domain, name in OUTLETS.items():
        if host == domain or host.endswith("." + domain):
            return name
    return None
