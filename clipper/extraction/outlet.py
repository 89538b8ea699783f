"""The outlet. Fallback order: the story's dateline ("Liputan6.com, Jakarta -", "Jakarta, CNN Indonesia --"),
our table of outlets by the page's host, og:site_name, JSON-LD publisher, the host itself, and for
scraped text a "Sumber:" line."""

import re
from urllib.parse import urlsplit

from clipper.extraction.page import PageFacts
from clipper.indonesian.outlets import DATELINE_NAMES, outlet_for_host

DOMAIN_LIKE = re.compile(r"\b[\w-]+\.(?:com|co\.id|co|id|net|org|news)\b", re.IGNORECASE)


# what the name of a news outlet is made of, and a place's name is not ("Rimanews", "Pos Kota",
# "Tribun Timur", "Harian Jogja", "Sindonews", "JPNN")
OUTLET_WORD = re.compile(r"(?:news|net|online|times|post|pos|kota|tribun|harian|warta|kabar|berita|media|tv"
                         r"|daily|today|okezone|inews)$|^(?:pos|harian|tribun|warta|kabar|media|radar|suara)\b",
                         re.IGNORECASE)


def from_dateline(head: str | None) -> str | None:
    """'Mataram, NTB (ANTARA News)' -> 'ANTARA News'; 'JAKARTA (Pos Kota)' -> 'Pos Kota'; 'Rimanews'
    -> 'Rimanews'; 'Jakarta' -> None. A dateline names the place, then the outlet: a domain, a name we
    know, the name in brackets after the place, or a name made like an outlet's."""
    if not head:
        return None
    parts = [p.strip() for p in re.split(r"[,()]", head) if p.strip()]
    for part in parts:
        if DOMAIN_LIKE.search(part) or part.lower() in DATELINE_NAMES:
            return part
    if (bracketed := re.search(r"\(([^()]+)\)\s*$", head)) and len(parts) >= 2:
        return bracketed.group(1).strip()
    return next((part for part in parts if OUTLET_WORD.search(part)), None)


TAGLINE = re.compile(r"\s*(?::|\s[-|–—]|\|)\s+")


def without_tagline(site: str) -> str:
    """'BeritaManado.com: Berita Terkini Manado, Sulawesi Utara' -> 'BeritaManado.com'; 'detikNews -
    Berita Terkini' -> 'detikNews': a site's name is the short part before its tagline."""
    name = TAGLINE.split(site.strip(), maxsplit=1)[0].strip()
    return name if name and len(name.split()) <= 4 else site.strip()


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname
    return host.removeprefix("www.") if host else None


def extract_outlet(dateline: str | None, facts: PageFacts | None, url: str | None,
                   credits: list[str]) -> str | None:
    if named := from_dateline(dateline):
        return named
    if known := outlet_for_host(host_of(url)):
        return known
    if facts is not None:
        if site := facts.first_meta("og:site_name", "application-name"):
            return without_tagline(site)
        for item in facts.jsonld:
            publisher = item.get("publisher")
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                return publisher["name"].strip()
    if host := host_of(url):
        return host
    return credits[0] if credits else None
