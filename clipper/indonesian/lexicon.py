"""Indonesian words and names, as data: titles, honorifics, ranks, roles, occupations, institution heads,
verbs of saying, byline labels, well-known institutions and people. Each group says where it was seen;
each word list exists here once, and the cleaning pass, the page facts, the entity rules and the quote
stage read it from here.
"""

import re
from functools import cache
from importlib.resources import files

from clipper.indonesian.calendar import DAY_NAMES, HIJRI_MONTHS, MONTH_NAMES


def one_of(words) -> str:
    """A regex alternation of `words`, longest first (so "wita" is tried before "wit")."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _listed(name: str) -> frozenset[str]:
    return frozenset((files("clipper.indonesian") / "data" / name).read_text(encoding="utf-8").splitlines())


@cache
def common_words() -> frozenset[str]:
    """Words Indonesian text writes in lower case inside a sentence nearly every time (over 93% of 5 or
    more sightings in 4.4 million words): capitalised, they open a sentence, a heading or a quote and
    are no name ("Nasib", "Senyum", "Memasuki"). Learned by training/common_words.py."""
    return _listed("common_words.txt")


@cache
def opening_words() -> frozenset[str]:
    """Words below common_words' bar that the raw text still writes in lower case at least 80% of the
    time ("penelitian", "lega"): a word, where one opens a sentence alone and is no given name.
    Learned by training/common_words.py."""
    return _listed("opening_words.txt")


@cache
def english_words() -> frozenset[str]:
    """Common English words that Indonesian news does not capitalise as names ("ceremony", "passive"):
    the NER's feature for quoted English phrases and product names. Learned by training/common_words.py."""
    return _listed("english_words.txt")


@cache
def place_names() -> frozenset[str]:
    """Countries as Indonesian writes them ("Maroko", "Amerika Serikat") and Indonesia's provinces,
    regencies, cities and seats ("Badung", "Mengwi"). Built by training/gazetteers.py."""
    return _listed("places.txt")


@cache
def place_words() -> frozenset[str]:
    """Every word of a known place's name ("Jakarta" of "DKI Jakarta", "Selatan" of "Jakarta Selatan")."""
    return frozenset(word for name in place_names() for word in name.split())


@cache
def organisation_names() -> frozenset[str]:
    """Names WikiANN's silver Wikipedia data tags as organisations more than as anything else, and
    DBpedia's organisations ("Everton", "Houston Rockets", "Indosiar"). Built by training/gazetteers.py."""
    return _listed("organisations.txt")


@cache
def organisation_index() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The organisation names of two words or more written as plain words ("San Antonio Spurs",
    "Schalke 04", no place's name), by their first word, each as its words, longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for name in organisation_names() - place_names():
        words = tuple(name.split())
        if len(words) >= 2 and all(w.isalnum() and (w[0].isupper() or w.isdigit()) for w in words):
            index.setdefault(words[0], []).append(words)
    return {first: tuple(sorted(names, key=len, reverse=True)) for first, names in index.items()}


@cache
def given_names() -> frozenset[str]:
    """First words of at least two Indonesian DBpedia person names ("Margaret", "Muhammad", "Joko").
    Built by training/gazetteers.py."""
    return _listed("given_names.txt")


# Byline labels before a reporter's or an editor's name: "Reporter: ...", "Penulis: ...", "Pewarta: ..."
# (liputan6, kompas, antara, tribunnews), "Kontributor Lhokseumawe, Masriadi" (kompas), "Laporan
# wartawan ..." (tribun); "Editor: ...", "Red: ..." (kompas, republika)
AUTHOR_LABELS = ("reporter", "penulis", "pewarta", "wartawan", "jurnalis", "kontributor", "koresponden")
EDITOR_LABELS = ("editor", "redaktur", "red", "penyunting")

# The police by its head words: "Kepolisian Cheshire", "Polda Metro Jaya", "Polres Lhokseumawe"; and the
# words a story uses for the police it has named ('," konfirmasi pihak berwajib')
POLICE_HEADS = frozenset({"kepolisian", "polisi", "polri", "polda", "polres", "polresta", "polrestabes", "polsek",
                          "mapolda", "mapolres", "mapolsek"})
POLICE_WORDS = ("pihak berwajib", "pihak kepolisian", "aparat kepolisian", "pihak kepolisian setempat", "polisi")
# Head words of Indonesian institution names: "Kementerian ...", "Komisi ...", "Polres ..."
INSTITUTION_HEADS = {
    "kementerian", "komisi", "badan", "lembaga", "dinas", "direktorat", "ditjen", "dirjen",
    "kejaksaan", "kejari", "kejati", "kejagung", "pengadilan", "mahkamah", "polres", "polresta", "polda",
    "polsek", "polrestabes", "mapolda", "mapolres", "mapolsek", "kodim", "korem", "kodam", "pemerintah",
    "pemprov", "pemkot", "pemkab", "dprd", "universitas", "institut", "fakultas", "partai", "bank", "pt",
    "yayasan", "perum", "rumah", "rsud", "rs", "sekolah", "asosiasi", "persatuan", "ikatan", "gerakan",
    "organisasi", "majelis", "dewan", "kantor", "satuan", "biro", "pusat", "komite", "kepolisian",
    "kementrian", "departemen", "jurusan",  # "Kementrian" is a common misspelling (detik, tribun)
    # task forces, police units and leagues ("Satgas Pangan", "Gugus Tugas ...", "Densus 88", "Tim Gegana",
    # "Liga Inggris")
    "satgas", "gugus", "densus", "brimob", "gegana", "liga",
}
# Last words of (mostly English) organisation names: "Stanford University", "New York Post" (detik, viva)
INSTITUTION_TAILS = {"university", "academy", "institute", "college", "post", "times", "corporation", "corp",
                     "inc", "inc.", "ltd", "foundation", "association", "council", "agency", "group", "watch",
                     "school", "club", "fc", "airlines", "airways", "bank", "motor", "motors", "tbk", "tbk.", "limited",
                     "llc", "plc", "co.", "league", "united", "ventures", "capital", "investments"}
# lower-case words inside a person's name: "Leonardo di Caprio", "Ludwig van Beethoven", "Ali bin Abdullah"
NAME_PARTICLES = {"di", "da", "de", "del", "van", "von", "der", "bin", "binti", "al", "el", "la", "le"}
# prepositions of place: a "person" right after "di" (in, at) or "ke" (to) is a place ("di Bahama")
PLACE_PREPOSITIONS = {"di", "ke"}
# words that may sit inside an institution name between capitalised words
NAME_LINKS = {"dan", "&", "untuk", "of", "and"}

# Well-known institutions: canonical name -> other forms the press uses (Indonesian ministries and
# state bodies; seen in liputan6, tempo, cnnindonesia, beritasatu, kompas, detik)
KNOWN_ORGS = {
    "Kementerian Komunikasi dan Informatika": ["Kemkominfo", "Kemenkominfo", "Kominfo", "Kementerian Kominfo"],
    "Kementerian Pemberdayaan Perempuan dan Perlindungan Anak": ["KemenPPPA", "Kementerian PPPA", "KPPPA",
                                                                  "Kementerian PPA", "KPPA"],
    "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi": [
        "Kemenpan RB", "KemenPAN-RB", "Kemenpan-RB", "Kemenpan", "KemenPANRB", "Kementerian PANRB"],
    "Kementerian Perhubungan": ["Kemenhub"],
    "Kementerian Keuangan": ["Kemenkeu"],
    "Kementerian Dalam Negeri": ["Kemendagri"],
    "Kementerian Luar Negeri": ["Kemenlu"],
    "Kementerian Kesehatan": ["Kemenkes"],
    "Kementerian Pendidikan dan Kebudayaan": ["Kemendikbud"],
    "Kementerian Badan Usaha Milik Negara": ["Kementerian BUMN"],
    "Kementerian Lingkungan Hidup dan Kehutanan": ["KLHK"],
    "Kementerian Perdagangan": ["Kemendag"],
    "Kementerian Perindustrian": ["Kemenperin"],
    "Kementerian Agama": ["Kemenag"],
    "Kementerian Hukum dan Hak Asasi Manusia": ["Kemenkumham"],
    "Kementerian Pertahanan": ["Kemhan", "Kemenhan"],
    "Komisi Pemberantasan Korupsi": ["KPK"],
    "Komisi Perlindungan Anak Indonesia": ["KPAI"],
    "Komisi Pemilihan Umum": ["KPU"],
    "Dewan Perwakilan Rakyat": ["DPR", "DPR RI"],
    "Majelis Permusyawaratan Rakyat": ["MPR", "MPR RI"],
    "Dewan Perwakilan Daerah": ["DPD"],
    "Kepolisian Negara Republik Indonesia": ["Polri"],
    "Tentara Nasional Indonesia": ["TNI"],
    "Badan Pemeriksa Keuangan": ["BPK"],
    "Badan Pusat Statistik": ["BPS"],
    "Badan Meteorologi, Klimatologi, dan Geofisika": ["BMKG"],
    "Badan Siber dan Sandi Negara": ["BSSN"],
    "Badan Narkotika Nasional": ["BNN"],
    "Mahkamah Konstitusi": ["MK"],
    "Mahkamah Agung": ["MA"],
    "Otoritas Jasa Keuangan": ["OJK"],
    "Bank Indonesia": ["BI"],
    "Universitas Gadjah Mada": ["UGM"],
    "Universitas Indonesia": ["UI"],
    "Rumah Sakit Cipto Mangunkusumo": ["RSCM"],
    "Pemerintah Provinsi DKI Jakarta": ["Pemprov DKI", "Pemprov DKI Jakarta"],
    "Organisasi Angkutan Darat": ["Organda"],
}
# party names used alone (Hanura, Golkar); BUMN and large companies the press names bare
KNOWN_NAMES = {
    "Golkar", "Gerindra", "PDI-P", "PDIP", "PKS", "PKB", "PPP", "Demokrat", "NasDem", "Hanura", "Perindo", "PSI",
    "Pertamina", "PLN", "Telkom", "Telkomsel", "Indosat", "Indosat Ooredoo", "XL Axiata", "Smartfren",
    "Garuda Indonesia",
    "Bank Mandiri", "BRI", "BNI", "BTN", "Angkasa Pura", "Pelindo", "KAI", "Bulog", "Antam", "BUMN", "Polri", "TNI",
    "Google", "Samsung", "Facebook", "YouTube", "Twitter", "Microsoft", "Apple", "Bytedance", "ByteDance", "Uber",
    "Gojek", "Grab", "Tokopedia", "Bukalapak", "Shopee", "Tik Tok", "TikTok", "Tiktok", "Instagram", "WhatsApp",
    "Netflix",
    "Amazon", "Alibaba", "Tencent", "Huawei", "Xiaomi", "Oppo", "Vivo", "Traveloka", "Blibli", "Lazada",
}
# public figures the press calls by a nickname that shares no word with the name (liputan6 "Jokowi-JK",
# "Ahok"); initials ("JK") and short forms ("Prabowo") are merged without a list
KNOWN_PEOPLE = {
    "Joko Widodo": ["Jokowi"],
    "Basuki Tjahaja Purnama": ["Ahok", "BTP"],
    "Susilo Bambang Yudhoyono": ["SBY"],
    "Abdurrahman Wahid": ["Gus Dur"],
    "Tri Rismaharini": ["Risma"],
    "Ridwan Kamil": ["Kang Emil"],
    "Sandiaga Uno": ["Sandi"],
    "Bambang Soesatyo": ["Bamsoet"],
    "Agus Harimurti Yudhoyono": ["AHY"],
    "Luhut Binsar Pandjaitan": ["LBP"],
    "Muhaimin Iskandar": ["Cak Imin"],
}
# lower-case words that make the name after them a group, not a person (detik "tim Project Zero", dailysocial
# "platform Zilingo", goal "klub Eredivisie")
GROUP_WORDS = frozenset({"tim", "grup", "band", "klub", "perusahaan", "komunitas", "organisasi", "startup",
                         "operator", "maskapai", "produsen", "raksasa", "pabrikan", "platform", "situs", "portal",
                         "merek", "label", "agensi",
                         # a group's home: "di markas Shakhtar Donetsk", "di kandang Persib"
                         "markas", "kandang",
                         # media and cinemas: "stasiun televisi Indosiar", "tabloid The Sun", "bioskop XXI"
                         "televisi", "tabloid", "harian", "majalah", "koran", "bioskop",
                         # a press release's issuer: "dalam rilis Suzuki" ("jumpa pers Jokowi" is his)
                         "rilis"})
# heads of official names that may join two parts with "dan": "Kementerian Komunikasi dan Informatika"
# (each is one of INSTITUTION_HEADS: the scan starts from those)
HEADS_WITH_DAN = {"kementerian", "kementrian", "komisi", "badan", "lembaga", "dinas", "direktorat", "fakultas",
                  "jurusan", "departemen", "pusat", "biro"}

# Words that open a role or title before or after a name: "Menteri ... Rudiantara", "Ketua KPAI, Susanto",
# "Pribudiarta N. Sitepu, Sekretaris Kementerian PPA", "CEO Tik Tok Indonesia, Nan Zhang"
ROLE_WORDS = {
    "menteri", "wakil", "ketua", "sekretaris", "direktur", "dirut", "kepala", "ceo", "coo", "cfo", "cto", "presiden",
    "wapres", "gubernur", "wagub", "bupati", "wali", "walikota", "kapolsek", "kapolres", "kapolda", "kapolri",
    "kasat", "kasubdit", "kajari", "kajati", "kadishub", "kadis", "juru", "jubir", "komisioner", "senior", "svp",
    "vp", "manajer", "manager", "anggota", "staf", "pendiri", "founder", "pelatih", "panglima",
    "ketum", "sekjen", "rektor", "dekan", "dosen", "kabid", "kabag", "kasubag", "camat", "lurah", "kades",
    "menkominfo", "menhub", "menkeu", "mendagri", "menlu", "menkes", "menpan", "menpora", "mendikbud", "menko",
    "kapuspen", "kabareskrim", "penasihat", "koordinator", "pimpinan", "pemimpin", "head", "chief", "president",
    "director", "chairman", "komandan", "danrem", "dandim", "pangdam", "bos", "pemilik",
    # acting and interim holders of an office and the units' commanders ("Plh Danramil", "Pjs Bupati")
    "plh", "plt", "pjs", "pj", "danramil", "danyon", "kapolsubsektor",
}
# titles and ranks that stand right before a person's name and are not part of it
# police and army ranks and their abbreviations ("Kombes Pol Djarod Padakova", "Bripda ...", "Serka ..."):
# a rank opens a person's name, so it also ends the name of the office before it
RANKS = {
    "kompol", "akbp", "akp", "ipda", "iptu", "aiptu", "brigjen", "irjen", "komjen", "jenderal", "kombes",
    "kolonel", "letkol", "mayor", "kapten", "bripka", "brigadir", "mayjen", "letjen", "laksamana", "marsekal",
    "pol", "bripda", "briptu", "bharada", "aipda", "serka", "sertu", "serda", "kopda", "praka", "pratu",
    "letda", "lettu", "kapt", "kopral", "sersan", "prada",
}
HONORIFICS = {
    "pak", "bu", "bapak", "ibu", "mas", "mbak", "bang", "kak", "h", "h.", "hj", "hj.", "dr", "dr.", "drs", "drs.",
    "prof", "prof.", "ir", "ir.", "kh", "kh.", "ust", "ustaz", "ustadz", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
    "sir", "tuan", "nyonya", *RANKS,
}
# noble and customary titles that are part of a person's name, and open it: "Teuku Rahmatsyah" (kompas),
# "Teuku Rasya" (kapanlagi), "Tengku ...", "Andi ..." is left out (also a plain first name)
NAME_OPENING_TITLES = {"teuku", "tengku", "tgk", "cut", "raden", "gusti", "anak agung", "daeng"}

# abbreviations of offices, which name a role, not an organisation or a person
OFFICE_ABBREVIATIONS = {
    "menkominfo", "menhub", "menkeu", "mendagri", "menlu", "menkes", "menpan", "menpan-rb", "menpora", "mendikbud",
    "menko", "menkopolhukam", "menko polhukam", "wapres", "kapolsek", "kapolres", "kapolda", "kapolri", "kadishub",
    "kajari", "kajati", "kasat", "kasat reskrim", "jubir", "menristekdikti", "menaker", "menag", "mensos",
}

# words that finish an office's name after its abbreviation ("Menko Polhukam", "Gubernur DKI"), not names
OFFICE_COMPLEMENTS = {"polhukam", "perekonomian", "kemaritiman", "marves", "pmk", "ri", "dki", "pusat", "daerah"}

# words that open a place name: a "person" that starts with one is a place ("Gunung Rinjani", "Jalan Medan
# Merdeka Utara", "Mega Kuningan" is left to the model)
PLACE_HEADS = {"gunung", "jalan", "jl", "jl.", "desa", "kota", "kabupaten", "provinsi", "pulau", "sungai",
               "danau", "teluk", "selat", "bandara", "pelabuhan", "kecamatan", "kelurahan", "kampung", "dusun",
               "pantai", "kawasan", "tol", "stasiun", "terminal"}
# of those, the sites that are also run as organisations ("PT Angkasa Pura" runs "Bandara Soekarno-Hatta")
SITE_HEADS = {"bandara", "pelabuhan", "stasiun", "terminal", "tol", "kawasan", "pantai"}
# words that open sentences and get capitalised there, never part of a name ("Menurut Nabil", "Wah")
NOT_NAME_WORDS = {
    "menurut", "kata", "ujar", "sementara", "namun", "tetapi", "wah", "sang", "dalam", "dengan", "untuk", "bagi",
    "saat", "ketika", "setelah", "sebelum", "selain", "bahkan", "lalu", "kemudian", "adapun", "terduga", "forum",
    "para", "pihak", "tim", "kami", "kita", "mereka", "dia", "ia", "beliau", "selama", "sejak", "oleh", "dari",
    "kepada", "pada", "di", "ke", "yang", "ini", "itu", "hal", "jika", "apabila", "sedangkan", "pun", "juga",
    "tersangka", "korban", "pelaku", "warga", "tanah", "polisi", "pemerintah", "presiden", "menteri",
    *DAY_NAMES, *MONTH_NAMES, *HIJRI_MONTHS,
}

# kin and companions before a name: "istri Veronica Tan", "Kakak Raoul Salim" (a person's, never an employer)
KIN = {"istri", "suami", "putra", "putri", "adik", "kakak", "ayah", "ibunda", "ayahanda", "rekan", "sahabat"}
# Occupations and kin written in lower case right before a name: "penyanyi Taylor Swift", "pebalap
# Ananda Mikola", "aktor Fery Salim", "istri ..." (kapanlagi, viva, republika)
OCCUPATIONS = {
    "penyanyi", "aktor", "aktris", "artis", "pianis", "gitaris", "drummer", "musisi", "pebalap", "pembalap",
    "pemain", "pesepak", "petinju", "atlet", "sutradara", "produser", "presenter", "komedian", "model",
    *KIN,
    "pengacara", "kuasa", "tersangka", "terdakwa", "saksi", "korban", "pengamat", "ekonom", "politikus",
    "politisi", "aktivis", "penulis", "wartawan", "dokter", "profesor", "mahasiswa", "siswa", "warga",
}
# positions in a team and kinds of athlete: the name after one is a player's ("gelandang Paul Pogba") as
# often as a club's or a country's ("gelandang Roma", "petenis Inggris"), so they cue no person; with a
# demonstrative after the name they show an employer ("Striker Everton tersebut")
TEAM_POSITIONS = frozenset({"striker", "penyerang", "gelandang", "bek", "kiper", "winger", "playmaker", "bomber",
                            "pebasket", "pebulutangkis", "petenis", "pegolf", "pesenam", "perenang"})
# roles held over a region, and its residents: the name after them is a place ("Camat Sukolilo", "Gubernur
# Jatim", "warga Teluk Lingga")
REGIONAL_ROLES = frozenset({"camat", "lurah", "kades", "bupati", "wabup", "gubernur", "wagub", "walikota", "wali",
                            "kapolsek", "kapolres", "kapolda", "dandim", "danrem", "pangdam", "warga", "penduduk"})
# words that point back at a noun phrase: after "role Name" they show the name is whose the role is
# ("Striker Everton tersebut": that Everton striker; a person would be "Rooney, striker tersebut")
DEMONSTRATIVES = frozenset({"tersebut", "itu", "ini"})
# A name introduced by a naming verb takes the kind of the noun it names: "seorang pria bernama Budi" (a
# person), "toko bernama Maxsingburi Bike Shop" (a business), "komputer mini bernama Euclid" (a thing,
# no entity). The noun phrase's head comes first in Indonesian ("toko motor": a shop), and a classifier
# ("seorang", "sebuah") says the kind where no noun does.
CLASSIFIERS = frozenset({"seorang", "sebuah", "seekor", "sebuahnya"})
NAMING_VERBS = frozenset({"bernama", "dinamai", "dinamakan", "bernamakan", "berjuluk", "dijuluki"})
PERSON_NOUNS = frozenset({"seorang", "pria", "wanita", "perempuan", "laki-laki", "lelaki", "bocah", "anak", "gadis",
                          "remaja", "pemuda", "pemudi", "nenek", "kakek", "bayi", "balita", "orang", "sosok",
                          "pasien", "penumpang", "pengemudi", "sopir", "bayinya", "anaknya", "putrinya", "putranya"})
BUSINESS_NOUNS = frozenset({"toko", "usaha", "bengkel", "yayasan", "lembaga", "firma", "pabrik", "bank", "koperasi",
                            "sekolah", "universitas", "kampus", "partai", "kelompok", "ormas", "media", "surat kabar",
                            "kantor", "butik", "salon", "warung"})  # media are GROUP_WORDS
THING_NOUNS = frozenset({"sebuah", "seekor", "sebuahnya", "komputer", "perangkat", "aplikasi", "produk", "mobil",
                         "motor", "robot", "kapal", "pesawat", "senjata", "program", "fitur", "layanan", "teknologi",
                         "sistem", "film", "lagu", "album", "buku", "novel", "acara", "festival",
                         "kegiatan", "operasi", "badai", "topan", "virus", "obat", "kucing", "anjing", "hewan",
                         "gajah", "harimau", "kuda", "boneka", "proyek", "gerakan"})
# words of a building or venue: a "person" holding one is a place ("Pearl Restaurant Hotel JW Marriot")
VENUE_WORDS = {"hotel", "restaurant", "restoran", "resto", "mal", "mall", "plaza", "gedung", "kafe", "cafe",
               "stadion", "arena", "hall", "tower", "center", "centre", "convention", "masjid", "gereja",
               "kantor", "istana", "sirkuit"}

# Verbs of saying. After a quote, the bare stem (with or without -nya): '," kata X', '," ujarnya',
# '," ungkap dia' (every outlet); the -kan forms are passive ('," demikian dijelaskan')
SAYING_AFTER_QUOTE = (
    "kata", "ujar", "ungkap", "tutur", "ucap", "papar", "jelas", "tegas", "imbuh", "lanjut", "sebut", "terang",
    "tambah", "tukas", "pungkas", "tandas", "cetus", "seru", "kilah", "aku", "akunya", "bilang", "tanya", "jawab",
    "kenang", "sambung", "timpal", "tulis", "beber", "urai", "sahut", "celetuk", "keluh", "sindir", "pesan",
    "ingat", "harap", "nilai", "klaim", "demikian", "katakan", "jelaskan", "ungkapkan", "tuturkan", "paparkan",
    "tegaskan", "tambahkan", "sebutkan", "terangkan",
    # confirming, denying, admitting ('," konfirmasi pihak berwajib', '," bantah Rudi', '," aku Dewi')
    "konfirmasi", "bantah", "sanggah", "akui",
)
# the active forms, after the speaker: '," Agun menjelaskan.', 'Perry Warjiyo mengatakan, "...'
SAYING_VERBS = (
    "mengatakan", "menyatakan", "menegaskan", "menjelaskan", "berkata", "bertanya", "menuturkan", "mengungkapkan",
    "menambahkan", "menyebut", "menyebutkan", "menerangkan", "memaparkan", "mengaku", "mengakui", "berpesan",
    "mengingatkan",
)

# Verbs that cite a source: what follows is the outlet or agency quoted ("dilansir ESPN", "dikutip dari
# Independent", "dilaporkan Yonhap News", "melansir laman Marca"; juara, goal, suara, cnnindonesia)
CITING_VERBS = frozenset({"dilansir", "melansir", "dikutip", "mengutip", "dinukil", "menukil", "dilaporkan",
                          "diberitakan", "menurut"})
# what may stand between such a verb and the source's name ("dari laman", "oleh kantor berita")
SOURCE_WORDS = frozenset({"dari", "oleh", "laman", "situs", "media", "harian", "majalah", "portal", "tabloid",
                          "koran", "kantor", "berita", "stasiun", "televisi", "surat", "kabar", "akun", "resmi"})

# what opens the name of a law or a regulation, which is no organisation ("Undang-Undang Cipta Kerja",
# "Perppu Ormas", "Perda DKI"), and codes named alone ("KUHP")
LAW_HEADS = frozenset({"undang-undang", "uu", "peraturan", "perpres", "perppu", "permen", "perda", "pergub",
                       "perwali", "perbup", "keppres", "kepmen", "inpres", "ruu", "raperda", "qanun"})
LAW_NAMES = frozenset({"kuhp", "kuhap", "kuhperdata", "uud", "uud 1945"})
# Indonesian football clubs are named "Pers..." after the Persatuan Sepak Bola of their town ("Persib",
# "Persidafon Jayapura", "Persiwa Wamena", "Persebaya"; goal, juara)
FOOTBALL_CLUB = r"^Pers(?:i|e|ela|ik|is|ib)[a-z]{0,8}$"

# words of an amount: the capitalised word after them is its unit, a currency, not a name ("108 miliar
# Rupiah", "3,1 triliun Won", "5 juta Dolar")
AMOUNT_WORDS = frozenset({"ribu", "juta", "miliar", "milyar", "triliun", "ratus", "puluh", "ribuan", "jutaan",
                          "miliaran", "triliunan"})

# a funding round is named by a letter after words of funding: "pendanaan Seri B", "dana Seri A" (dailysocial;
# "Serie A", the Italian league, is spelled with an e)
FUNDING_WORDS = frozenset({"pendanaan", "dana", "putaran", "investasi", "funding", "ronde"})
FUNDING_ROUND = r"^(?:Seri|Series) [A-H]\d?$"

# acronyms of things, not of organisations: technology (dailysocial "USB", "HDMI", "UGC"), money and
# welfare ("THR", "BBM", "UMKM", "PPN", "PDB"), documents ("KTP", "SIM", "NIK"), and the like
THING_ACRONYMS = frozenset({
    "usb", "hdmi", "ac", "dc", "ugc", "api", "ai", "it", "pc", "tv", "hp", "gps", "led", "lcd", "ram", "cpu", "gpu",
    "sms", "otp", "qr", "nfc", "vr", "ar", "iot", "4g", "5g", "lte", "wifi", "wi-fi", "cpaas", "saas", "b2b", "b2c",
    "thr", "bbm", "umkm", "ukm", "ppn", "pph", "pdb", "gdp", "apbn", "apbd", "ump", "umr",
    "ktp", "e-ktp", "sim", "nik", "kk", "npwp", "stnk", "bpkb", "sara", "hoaks", "covid-19", "hiv", "aids", "dbd",
})
