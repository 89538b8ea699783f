"""The Indonesian boilerplate pass: find where the story starts and ends, drop what is not story.

Works on paragraphs, the same way for scraped plain text and for trafilatura's output:
1. the story starts at its dateline ("Liputan6.com, Jakarta - ...") or, without one, at the first
   paragraph that reads as prose; what comes before is the header (title, date line, byline, caption);
2. inside the story, rules (rules.py) drop ads, "Baca juga" links, captions, pagination and the like;
3. the story ends at a sign-off (editor initials, "Reporter:", "Sumber:"), at a related-news or tags
   block, or where a run of headline-like lines (a list of other stories) begins.
Byline and source lines anywhere become fields instead of text.
"""

import re
from dataclasses import dataclass, field

from clipper.cleaning import rules
from clipper.extraction.indonesian_time import DATETIME

WORD = re.compile(r"[^\W\d_][\w'’-]*")
SENTENCE_END = re.compile(r"[.!?…\"”'’)\]。！？」]$")
TABLE_CELLS = re.compile(r"\s*\|\s*")
LIST_BULLET = re.compile(r"^[-•*]\s+")
NAME_SPLIT = re.compile(r"\s*(?:,|&|\bdan\b|\band\b)\s*", re.IGNORECASE)
# "Kontributor Lhokseumawe, Masriadi" (kompas): the title and place before the name
NAME_PREFIX = re.compile(r"^(?:kontributor|koresponden|wartawan|reporter)\b[^,]*,\s*", re.IGNORECASE)


@dataclass(slots=True)
class Cleaned:
    paragraphs: list[str]  # the story
    header: list[str]  # paragraphs before the story: title, date line, byline, caption
    dateline: str | None = None  # head of the story's dateline: "Liputan6.com, Jakarta"
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)


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
    m = DATETIME.search(text)
    return m is not None and len(words(DATETIME.sub(" ", text))) <= 3


def is_listing(text: str) -> bool:
    """An entry of a list of other stories: a headline, perhaps behind its date ("Kamis, 05/11/2015 10:08 WIB ...")."""
    if " | " in text:  # a table row is data, not a list of stories
        return False
    rest = DATETIME.sub(" ", text).strip(" |-·")
    return (rest != text.strip(" |-·") or is_headline_like(text)) and (not rest or is_headline_like(rest)) \
        and not is_prose(rest)


def is_caption(text: str) -> bool:
    return bool(rules.CAPTION_END.search(text) or rules.CAPTION_START.match(text))


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
    if len(text) > 120 or not rules.FIELD_HINT.search(text):
        return None
    text = TABLE_CELLS.sub(" ", text).strip()  # a byline laid out in a table row
    for name, pattern in rules.FIELD_LINES:
        m = pattern.match(text)
        if not m:
            continue
        value = m.group("value")
        values = [v.strip(" .") for v in value.split(",")] if name == "credits" else names_in(value)
        values = [v for v in values if v]
        if values:
            return name, values
    return None


def _broken_dateline(text: str) -> bool:
    """A dateline cut from its sentence by a line break: "Jakarta -" or "Jakarta, CNN Indonesia -- Petinggi"."""
    m = rules.DATELINE.match(text)
    return bool(m) and len(words(text[m.end():])) < 5 and not SENTENCE_END.search(text)


def _prepare(paragraphs: list[str]) -> list[str]:
    """Flatten table rows, drop bullets, and mend a dateline broken from its sentence."""
    out: list[str] = []
    for p in paragraphs:
        if p.startswith("|"):  # a table row: "| Penulis | : Masriadi |" -> "Penulis | : Masriadi"
            p = " | ".join(cell.strip() for cell in p.strip().strip("|").split("|"))
        p = LIST_BULLET.sub("", p).strip()
        if not p:
            continue
        if out and _broken_dateline(out[-1]):
            out[-1] = f"{out[-1]} {p}"
        else:
            out.append(p)
    return out


def _story_start(paras: list[str]) -> tuple[int, str | None]:
    """Index of the story's first paragraph and its dateline head."""
    limit = max(4, int(len(paras) * 0.6))
    for i, p in enumerate(paras[:limit]):
        m = rules.DATELINE.match(p)
        if m and len(words(p[m.end():])) >= 5 and not is_datestamp(p):
            return i, m.group("head")
    for i, p in enumerate(paras):
        if is_prose(p) and not is_caption(p) and not rules.DROP.match(p) and field_line(p) is None:
            return i, None
    return len(paras), None  # nothing reads as a story


def _other_stories(run: list[str], rest: list[str]) -> bool:
    """Headlines in a row after the story are a list of other stories when they carry dates (detik),
    or when no running text follows them; subheadings of a long story are followed by paragraphs."""
    if sum(1 for p in run if DATETIME.search(p)) >= 2:
        return True
    if len(run) < 2:
        return False
    upcoming = [p for p in rest if not rules.DROP.match(p)][:6]
    return not any(is_prose(p) for p in upcoming)


def _nothing_follows(rest: list[str]) -> bool:
    """True when no more story comes: only boilerplate, or a block that ends stories."""
    for p in rest:
        if rules.DROP.match(p) or not words(p):
            continue
        return bool(rules.END.match(p) or field_line(p) or is_listing(p))
    return True


def _take_sign_off(line: str, result: Cleaned) -> None:
    """'BISNIS' is a credit; 'DEWI RINA | AFP' is a reporter and a credit."""
    for part in re.split(r"\s*[/|]\s*", line.strip()):
        if part.upper() in rules.AGENCIES:
            result.credits.append(part)
        elif part:
            result.authors.append(part.title())


def clean(paragraphs: list[str]) -> Cleaned:
    """Split paragraphs into header, story and fields."""
    paras = _prepare(paragraphs)
    start, dateline = _story_start(paras)
    result = Cleaned(paragraphs=[], header=paras[:start], dateline=dateline)

    labelled = [field_line(p) for p in paras]
    for got in filter(None, labelled):  # byline and source lines become fields wherever they stand
        values = getattr(result, got[0])
        values.extend(v for v in got[1] if v not in values)

    story = result.paragraphs
    headline_run: list[str] = []
    for i, (p, got) in enumerate(zip(paras[start:], labelled[start:], strict=True), start):
        if got or (story and rules.END.match(p)):
            break
        if len(story) >= 2 and rules.CAPS_SIGN_OFF.match(p) and _nothing_follows(paras[i + 1:]):
            _take_sign_off(p, result)
            break
        if sign_off := rules.INITIALS.search(p):  # before captions: "(Mvi/Ali)" looks like a photo credit
            body = p[: sign_off.start()].strip()
            if body and not rules.DROP.match(body):
                story.extend(headline_run)
                story.append(body)
            break
        if rules.TWEET_SIGNATURE.match(p):  # an embedded tweet: its text came just before
            if story and ("@" in story[-1] or "#" in story[-1]):
                story.pop()
            continue
        if not words(p) or rules.DROP.match(p) or is_caption(p) or is_datestamp(p):
            continue
        if is_listing(p):
            headline_run.append(p)
            if len(story) >= 2 and _other_stories(headline_run, paras[i + 1:]):
                break
            continue
        story.extend(headline_run)  # a lone subheading inside the story
        headline_run = []
        story.append(p)
    # a subheading is never the last line of a story; a headline run at the end is a related list
    return result
