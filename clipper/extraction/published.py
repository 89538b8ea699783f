"""Publication date-time, ISO 8601 with time and zone where the article gives them.

Fallback order: JSON-LD datePublished and publication meta tags; the date line printed next to the
headline ("Kamis, 05/11/2015 10:08 WIB"); for scraped text the date line before the story; the URL.
The printed line also corrects the meta tags: several outlets (detik) write local WIB time with a "Z",
so a machine time that is the printed wall-clock time under a UTC label takes the printed zone.
"""

import re
from datetime import timedelta, timezone

from clipper.extraction.page import PageFacts
from clipper.indonesian.calendar import Stamp, find_datetimes, parse_machine

META_KEYS = (
    "article:published_time", "datepublished", "pubdate", "publishdate", "dtk:publishdate",
    "content_publisheddate", "og:published_time", "publish-date", "parsely-pub-date",
    "sailthru.date", "dc.date.issued", "dc.date", "date",
)
URL_DATE = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/")
NEAR_BEFORE, NEAR_AFTER = 8, 60  # text nodes around the <h1> where the page's date line sits
# a date line that says when the story was changed, not published ("Diperbarui 06 Jul 2018, 10:12 WIB",
# "Updated: ...", "Terakhir diperbarui ..."): never the publication time
UPDATED = re.compile(r"\b(?:diperbarui|diupdate|di-update|update[ds]?|pembaruan|modified|revisi)\b", re.IGNORECASE)
LABEL_CHARS = 30  # a text node this short before a date is its label


def _structured(facts: PageFacts) -> Stamp | None:
    values = [item.get("datePublished") for item in facts.jsonld]
    values += [facts.first_meta(key) for key in META_KEYS]
    for value in values:
        if isinstance(value, str) and (stamp := parse_machine(value)):
            return stamp
    return None


def _stamps_at(texts: list[str], i: int) -> list[Stamp]:
    """Date-times starting in text node i, read across the next nodes ("18 Jun 2015 at", "06:25 WIB")."""
    if not any(ch.isdigit() for ch in texts[i]):
        return []
    if UPDATED.search(texts[i]) or (i and len(texts[i - 1]) <= LABEL_CHARS and UPDATED.search(texts[i - 1])):
        return []
    joined = " ".join(texts[i:i + 3])
    return [s for s in find_datetimes(joined, with_time=True) if s.start < len(texts[i])]


def _printed_near(facts: PageFacts, title: str | None) -> Stamp | None:
    """The date-time printed closest to the headline, preferring lines after it.

    The headline is the <h1> showing the title (the first <h1> is often a logo or a section
    name), else any line showing it.
    """
    texts = facts.texts
    wanted = " ".join((title or "").casefold().split())
    same = [i for i, t in enumerate(texts) if wanted and t.casefold() == wanted]
    anchors = [i for i in facts.headline_indices if i in same] or same or facts.headline_indices[:1] or [0]
    best: tuple[int, Stamp] | None = None
    for a in anchors:
        for i in range(max(0, a - NEAR_BEFORE), min(len(texts), a + NEAR_AFTER)):
            distance = i - a if i >= a else (a - i) + 3
            if (best is None or distance < best[0]) and (stamps := _stamps_at(texts, i)):
                best = (distance, stamps[0])
    return best[1] if best else None


def _printed_same_time(facts: PageFacts, machine: Stamp) -> Stamp | None:
    """A printed date line showing the machine time: the same instant, or the same wall clock
    under a different zone label."""
    instant = machine.as_utc()
    for i in range(len(facts.texts)):
        for stamp in _stamps_at(facts.texts, i):
            if stamp.offset is None or (stamp.day != machine.day and stamp.as_utc().date() != instant.date()):
                continue
            if stamp.time[:2] == machine.time[:2] or abs((stamp.as_utc() - instant).total_seconds()) < 60:
                return stamp
    return None


def _from_url(url: str | None) -> Stamp | None:
    if url and (m := URL_DATE.search(url)):
        return parse_machine("-".join(m.groups()))
    return None


def published_from_page(facts: PageFacts, url: str | None, title: str | None) -> str | None:
    machine = _structured(facts)
    if machine is not None and machine.time is not None:
        printed = _printed_same_time(facts, machine)
        if printed is not None and printed.time[:2] == machine.time[:2]:
            # local wall-clock time under a UTC label (detik), or no zone: the printed zone is the true one
            return Stamp(machine.day, machine.time, printed.offset).isoformat()
        if printed is not None:  # the same instant: give it in the zone the page prints
            local = machine.as_utc() + timedelta(hours=printed.offset)
            return local.replace(tzinfo=timezone(timedelta(hours=printed.offset))).isoformat()
        return machine.isoformat()
    printed = _printed_near(facts, title)
    if machine is not None and (printed is None or printed.day != machine.day):
        return machine.isoformat()
    stamp = printed or _from_url(url)
    return stamp.isoformat() if stamp else None


def printed_date_line(header: list[str]) -> tuple[str, Stamp] | None:
    """Scraped text: the date line with a time before the story (the body's dates are events)."""
    for line in header:
        if stamps := find_datetimes(line, with_time=True):
            return line, stamps[0]
    return None


def published_from_text(header: list[str]) -> str | None:
    found = printed_date_line(header)
    return found[1].isoformat() if found else None
