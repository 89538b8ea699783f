"""What a line of an Indonesian news page is: prose, a headline, a caption, a date line, a byline,
a list entry, a dateline. The cleaning pass and the page-fact extractors both classify lines, so the
tests and the patterns they use live here, once.
"""

import re

from clipper.indonesian.calendar import datetime_in, without_datetimes
from clipper.indonesian.lexicon import AUTHOR_LABELS, EDITOR_LABELS, one_of

# what stands before a word that opens a sentence, a heading, a quote or an aside, where every word
# has a capital (the entity rules and training/common_words.py read words there as words, not names)
OPENERS = frozenset({".", "!", "?", ":", '"', "“", "”", "'", "‘", "(", "[", "-", "–", "—", "…"})


def opens_after(previous: str | None) -> bool:
    """A word after `previous` (a token's text, None at the start) opens a sentence, a line, a quote or
    an aside."""
    return previous is None or previous.isspace() or previous in OPENERS
WORD = re.compile(r"[^\W\d_][\w'’-]*")
SENTENCE_END = re.compile(r"[.!?…\"”'’)\]。！？」]$")
TABLE_CELLS = re.compile(r"\s*\|\s*")
NAME_SPLIT = re.compile(r"\s*(?:,|&|\bdan\b|\band\b)\s*", re.IGNORECASE)
# "Kontributor Lhokseumawe, Masriadi" (kompas): the title and place before the name
NAME_PREFIX = re.compile(rf"^(?:{one_of(AUTHOR_LABELS)})\b[^,]*,\s*", re.IGNORECASE)

# Whole-paragraph bylines and source lines; the named group becomes a field.
FIELD_LINES = [
    ("authors", re.compile(rf"^(?:{one_of(AUTHOR_LABELS)})\s*:\s*(?P<value>.+)$",
                           re.IGNORECASE)),  # liputan6, kompas, antara, tribunnews
    ("authors", re.compile(rf"^(?:oleh\s*:?|laporan (?:{one_of(AUTHOR_LABELS)})\s+[\w.]+(?:\s[\w.]+)?\s*,)"
                           r"\s*(?P<value>.+)$", re.IGNORECASE)),  # viva "Oleh : Maya Sofia", tribun
    ("editors", re.compile(rf"^(?:{one_of(EDITOR_LABELS)})\s*:\s*(?P<value>.+)$", re.IGNORECASE)),
    ("credits", re.compile(r"^sumber\s*:\s*(?P<value>.+)$", re.IGNORECASE)),  # liputan6, beritasatu, republika
    ("credits", re.compile(r"^sumber (?:berita|artikel|tulisan)\s*:?\s*(?P<value>[^.]{1,60})\.?$",
                           re.IGNORECASE)),  # dailysocial "Sumber berita ZTE."
    # syndicated stories (tribun network, kompas): "Artikel ini telah tayang di Kompas.com dengan judul ..."
    ("credits", re.compile(r"^artikel ini (?:telah )?(?:tayang|terbit|dimuat|ditayangkan|diterbitkan|naik) di "
                           r"(?P<value>[\w.-]+(?: [\w.-]+)?)(?: dengan judul.*)?$", re.IGNORECASE)),
    # beritasatu: "Herman / YUD Rabu, 11 Juli 2018 | 18:31 WIB": writer / editor initials, then the date
    ("authors", re.compile(r"^(?P<value>[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,3})\s*/\s*[A-Z]{2,5}\b(?:\s.*)?$")),
    # detik: "Fino Yurio Kristo - detikinet"
    ("authors", re.compile(r"^(?P<value>[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,3})\s+-\s+detik\w*$", re.IGNORECASE)),
]

# a word or sign every FIELD_LINES pattern needs: most paragraphs are ruled out by this one search, in
# the lower-cased text (a third of the time of re.IGNORECASE, which tries every word at every position)
FIELD_HINT = re.compile(rf"{one_of(AUTHOR_LABELS)}|(?:{one_of(EDITOR_LABELS)})\b|oleh|laporan|sumber|artikel ini"
                        r"|/|detik")

# A photo caption: a paragraph ending in a credit such as "( Foto: Beritasatu Photo/Herman )",
# "Kredit: YouTube", "(Liputan6.com/Johan Tallo)", "(Bagus Kurniawan/detikcom)", ". Foto: Grammy".
CAPTION_END = re.compile(
    r"(?:[(\[]\s*(?:foto|photo|kredit|credit|dok|ilustrasi|sumber foto)\s*:[^)\]]*[)\]]"
    r"|(?:^|[.!?]\s+|\s)(?:foto|photo|kredit|credit)\s*:\s*[^.!?\"“”]{1,60}"
    r"|\((?:antara foto|[^()\d]{2,40}/[^()\d]{2,40})\))\s*$",
    re.IGNORECASE,
)
# kompas: a caption that opens with the photographer's credit "KOMPAS.com/NABILLA TASHANDRA ..."
CAPTION_START = re.compile(r"^[A-Z]{3,}\.(?:COM|CO\.ID)\s*/\s*[A-Z][A-Z .]+\s", re.IGNORECASE)

# The dateline that opens a story: "Liputan6.com, Jakarta - ", "Jakarta, CNN Indonesia -- ",
# "Mataram, NTB (ANTARA News) - ", "REPUBLIKA.CO.ID, JAKARTA -- ", "KOMPAS.com - ", "Jakarta -".
_PLACE_OR_OUTLET = r"[A-Z][\w.&']*(?:\s+[A-Z][\w.&']*){0,3}"
DATELINE = re.compile(
    rf"^(?P<head>{_PLACE_OR_OUTLET}(?:\s*,\s*{_PLACE_OR_OUTLET}){{0,2}}(?:\s*\([^()]{{2,30}}\))?)"
    r"\s*(?:--|[-–—])(?:\s+|$)"
)


def words(text: str) -> list[str]:
    return WORD.findall(text)


def is_headline_like(text: str) -> bool:
    """A short Title Case line without a full stop: a headline, a section name, a subheading."""
    ws = words(text)
    if not ws or len(ws) > 16 or text.rstrip().endswith((".", ",", ";", ":", '"', "”")):
        return False
    capitalised = sum(1 for w in ws if w[0].isupper() or w.isupper())
    return capitalised / len(ws) >= 0.6


def is_prose(text: str) -> bool:
    """A paragraph that reads as running text rather than a label, a headline or a list entry."""
    ws = words(text)
    if len(text) >= 40 and text.count(" ") < len(text) / 20:  # a script written without spaces (CJK)
        return SENTENCE_END.search(text) is not None
    lower = sum(1 for w in ws if not w[0].isupper())  # not Title Case (scripts without case count too)
    return len(ws) >= 10 and lower >= len(ws) * 0.4 and (SENTENCE_END.search(text) is not None or len(ws) >= 25)


def is_datestamp(text: str) -> bool:
    """A line that is only a date and time (a page's date line, or an entry in a list of stories)."""
    return datetime_in(text) is not None and len(words(without_datetimes(text))) <= 3


def is_listing(text: str) -> bool:
    """An entry of a list of other stories: a headline, perhaps behind its date ("Kamis, 05/11/2015 10:08 WIB ...")."""
    if " | " in text:  # a table row is data, not a list of stories
        return False
    rest = without_datetimes(text).strip(" |-·")
    return (rest != text.strip(" |-·") or is_headline_like(text)) and (not rest or is_headline_like(rest)) \
        and not is_prose(rest)


def is_caption(text: str) -> bool:
    return bool(CAPTION_END.search(text) or CAPTION_START.match(text))


def names_in(value: str) -> list[str]:
    """Person names in a byline value: 'Budisantoso Budiman dan Agus S' -> two names."""
    value = NAME_PREFIX.sub("", value.strip())
    value = re.split(r"\s+[|/]\s+|\s{2,}|\s+-\s+|\t", value)[0]
    names = []
    for part in NAME_SPLIT.split(value):
        part = part.strip(" .:;-")
        ws = part.split()
        if 1 <= len(ws) <= 5 and all(w[0].isupper() for w in ws if w[0].isalpha()):
            names.append(part)
    return names


def field_line(text: str) -> tuple[str, list[str]] | None:
    """('authors'|'editors'|'credits', values) when the paragraph is a byline or source line."""
    if len(text) > 120 or not FIELD_HINT.search(text.lower()):
        return None
    text = TABLE_CELLS.sub(" ", text).strip()  # a byline laid out in a table row
    for name, pattern in FIELD_LINES:
        m = pattern.match(text)
        if not m:
            continue
        value = m.group("value")
        values = [v.strip(" .") for v in value.split(",")] if name == "credits" else names_in(value)
        values = [v for v in values if v]
        if values:
            return name, values
    return None
