"""The Indonesian boilerplate pass: drop what is not story, paragraph by paragraph, on evidence.

Works on paragraphs, the same way for scraped plain text and for trafilatura's output. A paragraph
leaves the body because it is boilerplate itself, never because it lies after something that looked
like a boundary:
1. the story starts at its dateline ("Liputan6.com, Jakarta - ...") when one opens it (among the
   first paragraphs, after at most a standfirst), or else after the header: the title, date line,
   byline and caption lines above the first paragraph that is not one of them;
2. inside the story, rules (rules.py) drop ads, "Baca juga" links and the headlines they announce,
   captions, pagination, links to other stories and the like; a sign-off glued to a paragraph's end
   is cut from it;
3. the story ends early only where nothing but boilerplate follows: a sign-off (editor initials, a
   reporter in capitals), a byline or source line, a related-news or tags block, a run of headlines.
Byline and source lines anywhere become fields instead of text.
"""

import bisect
import itertools
import re
from dataclasses import dataclass, field

from clipper.cleaning import rules
from clipper.indonesian.calendar import datetime_in, without_datetimes
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


STANDFIRST = 1  # prose paragraphs a dateline may follow (liputan6 prints a summary above it)
HEADER_SPAN = 8  # paragraphs above the dateline at most: title, kicker, date line, byline, captions
TEXT_WORDS = 10  # words a page without a story must hold for its text to be the body
LOOK_AHEAD = 8  # paragraphs after an end-of-story sign in which the story may show it goes on


def _dateline_start(paras: list[str]) -> tuple[int, str] | None:
    """The story's dateline, when one opens it: among the first paragraphs, after at most a standfirst,
    so that "Co -" or "Heading - text" deep in a story never cuts what comes before."""
    prose = 0
    for i, p in enumerate(paras[: HEADER_SPAN + 1]):
        m = DATELINE.match(p)
        if m and len(words(p[m.end():])) >= 5 and not is_datestamp(p):
            return i, m.group("head")
        if is_prose(p) and not is_caption(p):
            prose += 1
            if prose > STANDFIRST:
                return None
    return None


def _header_line(p: str) -> bool:
    """What stands above a story: its title or kicker, a date line, a byline, a caption, a link."""
    return (not words(p) or bool(rules.DROP.match(p)) or field_line(p) is not None or is_datestamp(p)
            or is_caption(p) or is_listing(p))


def _story_start(paras: list[str]) -> tuple[int, str | None]:
    """Index of the story's first paragraph and its dateline head. Without a dateline, the story starts
    at the first paragraph that is not a header line: a short lead or a list is story, not header."""
    if found := _dateline_start(paras):
        return found
    for i, p in enumerate(paras):
        if not _header_line(p) or (is_prose(p) and not is_caption(p) and not rules.DROP.match(p)
                                   and field_line(p) is None):
            return i, None
    return len(paras), None  # nothing reads as a story


def _goes_on(paras: list[str], links: frozenset[str]) -> list[bool]:
    """For each paragraph, whether the story goes on after it: two paragraphs of running text in a row
    come within the next few that are not boilerplate. A related-news block has prose too, its teasers,
    but one at a time between headlines, dates and "Baca Selengkapnya"."""
    content = [i for i, p in enumerate(paras) if words(p) and not rules.DROP.match(p) and not is_datestamp(p)
               and not is_caption(p) and not _is_link(p, links)]
    prose = {i for i in content if is_prose(paras[i])}
    on = []
    for i in range(len(paras)):
        k = bisect.bisect_right(content, i)
        on.append(any(a in prose and b in prose for a, b in itertools.pairwise(content[k:k + LOOK_AHEAD])))
    return on


def _last_word(rest: list[str]) -> bool:
    """Nothing but boilerplate follows, or a block that only ever comes after a story: a line in
    capitals there is a sign-off, and elsewhere a heading ("GIRLS BASKETBALL")."""
    for p in rest:
        if rules.DROP.match(p) or not words(p):
            continue
        return bool(rules.END.match(p) or field_line(p))
    return True


def _take_sign_off(line: str, result: Cleaned) -> None:
    """'BISNIS' is a credit; 'DEWI RINA | AFP' is a reporter and a credit."""
    for part in re.split(r"\s*[/|]\s*", line.strip()):
        if part.upper() in AGENCIES:
            result.credits.append(part)
        elif part:
            result.authors.append(part.title())


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _is_link(p: str, links: frozenset[str]) -> bool:
    """The whole paragraph is the text of a link on the page (a list of other stories), perhaps behind
    its date ("Kamis, 05/11/2015 10:08 WIB <a headline>")."""
    return bool(links) and (_fold(p) in links or _fold(without_datetimes(p)) in links)


def _unglued(p: str, result: Cleaned) -> str:
    """The paragraph without a link marker, a glued "BERITA LAIN - ..." or a sign-off after its last
    sentence (an agency signing off becomes a credit, a reporter an author)."""
    p = rules.GLUED_LINK.sub("", rules.GLUED_MARKER.sub("", p))
    if sign_off := rules.SENTENCE_SIGN_OFF.search(p):
        if agency := sign_off.group("agency"):
            result.credits.append(agency)
        if reporter := sign_off.group("reporter"):
            result.authors.append(reporter)
        p = p[: sign_off.start()].rstrip()
    return p


def clean(paragraphs: list[str], links: frozenset[str] = frozenset()) -> Cleaned:
    """Split paragraphs into header, story and fields. `links` are the texts of the page's links
    (HTML): a paragraph that is one of them is a link to another story, not story."""
    paras = _prepare(paragraphs)
    start, dateline = _story_start(paras)
    result = Cleaned(paragraphs=[], header=paras[:start], dateline=dateline)

    labelled = [field_line(p) for p in paras]
    for got in filter(None, labelled):  # byline and source lines become fields wherever they stand
        values = getattr(result, got[0])
        values.extend(v for v in got[1] if v not in values)

    story = result.paragraphs
    goes_on = _goes_on(paras, links)
    run: list[str] = []  # headlines in a row: subheadings when the story goes on after them
    announced = False  # right after a "Baca juga:" label, headlines are the links it announces
    for i in range(start, len(paras)):
        p = paras[i]
        if i and rules.PAGINATION.match(paras[i - 1]) and rules.NEXT_PAGE_TEASER.match(p):
            continue
        if labelled[i] or (story and rules.END.match(p)):
            if not goes_on[i]:
                break
            announced = True
            continue
        if len(story) >= 2 and rules.CAPS_SIGN_OFF.match(p) and _last_word(paras[i + 1:]):
            _take_sign_off(p, result)
            break
        p = _unglued(p, result)
        if sign_off := rules.INITIALS.search(p):  # before captions: "(Mvi/Ali)" looks like a photo credit
            body = p[: sign_off.start()].strip()
            if body and not rules.DROP.match(body):
                story.extend(run)
                story.append(body)
            run = []
            if not goes_on[i]:
                break
            continue
        if rules.TWEET_SIGNATURE.match(p):  # an embedded tweet: its text came just before
            if story and ("@" in story[-1] or "#" in story[-1]):
                story.pop()
            continue
        if not words(p) or rules.DROP.match(p) or is_caption(p) or is_datestamp(p) or _is_link(p, links):
            announced = announced or bool(rules.LINK_LABEL.match(p))
            continue
        if is_listing(p):
            if not announced:
                run.append(p)
            continue
        if sum(1 for h in run if datetime_in(h)) < 2:  # dated headlines are a list of other stories
            story.extend(run)  # a subheading or a list inside the story
        run, announced = [], False
        story.append(p)
    # a subheading is never the last line of a story: a headline run at the end is a related list
    # (kept on a page where they are no links: a list of tour dates, a line-up, a ranking)
    if links and run and not any(_is_link(h, links) or datetime_in(h) for h in run) and len(run) >= 2:
        story.extend(run)
    if not story:  # no paragraph reads as a story (a photo gallery, a list): its text is the body
        text = [p for p in paras[start:] or paras if words(p) and not rules.DROP.match(p) and not field_line(p)
                and not _is_link(p, links) and not is_listing(p)]  # its title stays the title
        if sum(len(words(p)) for p in text) >= TEXT_WORDS:  # a menu or a lone label is no text
            story.extend(text)
    return result
