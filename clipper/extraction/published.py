"""Publication date-time, ISO 8601 with time and zone where the article gives them.

Fallback order: JSON-LD datePublished and publication meta tags; the date line printed next to the
headline ("Kamis, 05/11/2015 10:08 WIB"); for scraped text the date line before the story; the URL.
The printed line also corrects the meta tags: several outlets (detik) write local WIB time with a "Z",
so a machine time that is the printed wall-clock time under a UTC label takes the printed zone.
"""

import re

from clipper.extraction.indonesian_time import Stamp, find_datetimes, parse_machine
from clipper.extraction.page import PageFacts

META_KEYS = (
    "article:published_time", "datepublished", "pubdate", "publishdate", "dtk:publishdate",
    "content_publisheddate", "og:published_time", "publish-date", "parsely-pub-date",
    "sailthru.date", "dc.date.issued", "dc.date", "date",
)
URL_DATE = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/")
NEAR_BEFORE, NEAR_AFTER = 8, 60  # text nodes around the <h1> where the page's date line sits


def _structured(facts: PageFacts) -> Stamp | None:
    values = [item.get("datePublished") for item in facts.jsonld]
    values += [facts.first_meta(key) for key in META_KEYS]
    for value in values:
        if isinstance(value, str) and (stamp := parse_machine(value)):
            return stamp
    return None


def _printed_near_headline(facts: PageFacts) -> Stamp | None:
    """The date-time closest to the headline, preferring the lines after it."""
    if facts.headline_index is None:
        nodes = list(enumerate(facts.texts[:NEAR_AFTER]))
    else:
        h = facts.headline_index
        nodes = [(i, facts.texts[i]) for i in range(max(0, h - NEAR_BEFORE), min(len(facts.texts), h + NEAR_AFTER))]
        nodes.sort(key=lambda pair: (abs(pair[0] - h) + (0 if pair[0] >= h else 3)))
    for _, text in nodes:
        if stamps := find_datetimes(text, with_time=True):
            return stamps[0]
    return None


def _from_url(url: str | None) -> Stamp | None:
    if url and (m := URL_DATE.search(url)):
        return parse_machine("-".join(m.groups()))
    return None


def reconcile(machine: Stamp | None, printed: Stamp | None) -> Stamp | None:
    """Pick or merge the machine-readable and the printed publication time."""
    if machine is None:
        return printed
    if printed is None or printed.day != machine.day and machine.time is None:
        return machine
    if machine.time is None:
        return printed if printed.day == machine.day else machine
    same_clock = printed.time is not None and printed.day == machine.day and printed.time[:2] == machine.time[:2]
    if same_clock and (machine.offset in (None, 0)):
        # a UTC label on local wall-clock time, or no zone at all: the printed zone is the true one
        return Stamp(machine.day, machine.time, printed.offset)
    return machine


def published_from_page(facts: PageFacts, url: str | None) -> str | None:
    stamp = reconcile(_structured(facts), _printed_near_headline(facts)) or _from_url(url)
    return stamp.isoformat() if stamp else None


def published_from_text(header: list[str], body: list[str]) -> str | None:
    """Scraped text: a date line with a time before the story (the body's dates are events)."""
    for line in header:
        if stamps := find_datetimes(line, with_time=True):
            return stamps[0].isoformat()
    return None
