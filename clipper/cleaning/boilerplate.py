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
from clipper.indonesian.calendar import DATETIME
from clipper.indonesian.lines import (
    DATELINE,
    SENTENCE_END,
    field_line,
    is_caption,
    is_datestamp,
    is_listing,
    is_prose,
    words,
)
from clipper.indonesian.outlets import AGENCIES

LIST_BULLET = re.compile(r"^[-•*]\s+")

@dataclass(slots=True)
class Cleaned:
    paragraphs: list[str]  # the story
    header: list[str]  # paragraphs before the story: title, date line, byline, caption
    dateline: str | None = None  # head of the story's dateline: "Liputan6.com, Jakarta"
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)


def _broken_dateline(text: str) -> bool:
    """A dateline cut from its sentence by a line break: "Jakarta -" or "Jakarta, CNN Indonesia -- Petinggi"."""
    m = DATELINE.match(text)
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
        m = DATELINE.match(p)
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
        if part.upper() in AGENCIES:
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
