"""Glue of the layers: input -> cleaning -> extraction -> Clipping. No I/O decisions here."""

import os
from dataclasses import replace
from datetime import date

from clipper.cleaning import clean, paragraphs_of
from clipper.errors import ClipperError, ErrorKind, Stage
from clipper.extraction.authors import authors_from_page, clean_people, editors_from_page
from clipper.extraction.language import detect_language
from clipper.extraction.outlet import extract_outlet, host_of
from clipper.extraction.published import printed_date_line, published_from_page, published_from_text
from clipper.extraction.title import title_from_page, title_from_text
from clipper.input import Document, load
from clipper.options import Options
from clipper.records import DateMention
from clipper.schema import Clipping


def extract(source: str | bytes | os.PathLike | Document, options: Options | None = None,
            **overrides) -> Clipping:
    options = options or Options()
    if overrides:
        options = replace(options, **overrides)
    doc = source if isinstance(source, Document) else load(source, options)
    return clip(doc, options)


def clip(doc: Document, options: Options | None = None) -> Clipping:
    """A clipping from a decoded document; ClipperError when it holds no article."""
    options = options or Options()
    clipping = _clip_html(doc) if doc.is_html else _clip_text(doc)
    processed, mentions = _add_entities(clipping) if options.entities else (None, [])
    _add_dates_and_quotes(clipping, processed, mentions, options)
    return clipping


def _add_entities(clipping: Clipping) -> tuple:
    """People, organisations and places; returns the processed body and where it names them, for the
    later stages."""
    from clipper.extraction.entities import entities_of
    from clipper.extraction.entities.model import load_pipeline, one_thread

    with one_thread():
        processed = _processed(load_pipeline(), clipping.body)
    found = entities_of(processed, skip_before=_story_start(clipping.body), text=clipping.body)
    clipping.people, clipping.organizations, clipping.locations = found.people, found.organizations, found.locations
    return processed, found.mentions


CHUNK = 100_000  # characters spaCy processes at once (its own limit is 1,000,000, and memory grows with it)


def _processed(nlp, body: str):
    """The body through the NER pipeline; a long one (a 10 MB single-line scrape) in pieces cut at a
    paragraph or, failing that, a space, put back together into one Doc with the body's own offsets."""
    if len(body) <= CHUNK:
        return nlp(body)
    from spacy.tokens import Doc

    pieces, start = [], 0
    while start < len(body):
        end = min(len(body), start + CHUNK)
        if end < len(body):
            cut = body.rfind("\n\n", start, end)
            cut = cut + 2 if cut > start else body.rfind(" ", start, end) + 1
            end = cut if cut > start else end
        pieces.append(body[start:end])
        start = end
    return Doc.from_docs(list(nlp.pipe(pieces)), ensure_whitespace=False)


def _story_start(body: str) -> int:
    from clipper.indonesian.lines import DATELINE

    dateline = DATELINE.match(body)
    return dateline.end() if dateline else 0


def _add_dates_and_quotes(clipping: Clipping, processed, mentions: list, options: Options) -> None:
    from clipper.extraction.dates import find_dates
    from clipper.extraction.quotes import find_quotes, speakers_are_entries

    reference = date.fromisoformat(clipping.published[:10]) if clipping.published else options.reference_date
    clipping.dates = clipping.dates + find_dates(clipping.body, reference, processed, today=options.today)
    clipping.quotes = find_quotes(clipping.body, clipping.people, mentions)
    if processed is not None:  # a speaker the model missed is still a person in the story
        speakers_are_entries(clipping.quotes, clipping.people, clipping.organizations)


def _story(doc: Document, text: str, links: frozenset[str] = frozenset()):
    cleaned = clean(paragraphs_of(text), links)
    if not cleaned.paragraphs:
        raise ClipperError(doc.source, "no article text found", kind=ErrorKind.NO_ARTICLE, stage=Stage.EXTRACT)
    return cleaned


def _clip_text(doc: Document) -> Clipping:
    cleaned = _story(doc, doc.text)
    outlet = extract_outlet(cleaned.dateline, None, doc.url, cleaned.credits)
    body = "\n\n".join(cleaned.paragraphs)
    return Clipping(
        source=doc.source,
        url=doc.url,
        outlet=outlet,
        title=title_from_text(cleaned.header),
        published=published_from_text(cleaned.header),
        dates=date_line_dates(cleaned.header),
        authors=clean_people(cleaned.authors, outlet),
        editors=cleaned.editors,
        credits=cleaned.credits,
        language=detect_language(body),
        body=body,
    )


def date_line_dates(header: list[str]) -> list[DateMention]:
    """The printed date line above a scraped story is one of its dates; it is not in the body, so it
    has no offsets."""
    if found := printed_date_line(header):
        line, stamp = found
        return [DateMention(text=line[stamp.start:stamp.end], value=stamp.day.isoformat(), start=None, end=None)]
    return []


def _clip_html(doc: Document) -> Clipping:
    from clipper.cleaning.html import link_texts, main_text, parse, prune, wrap_loose_text
    from clipper.extraction.page import read_page

    tree = parse(doc.text)
    if tree is None:
        raise ClipperError(doc.source, "no HTML content to parse", kind=ErrorKind.NO_ARTICLE, stage=Stage.EXTRACT)
    # lxml.html makes an element's Python object, through a class lookup in Python, each time a pass
    # meets an element no one holds: held here, the passes below share one (1.3 ms a page)
    _elements = list(tree.iter())
    facts = read_page(tree)
    url = facts.canonical or facts.first_meta("og:url") or doc.url
    prune(tree)
    wrap_loose_text(tree)
    links = link_texts(tree)
    cleaned = _story(doc, main_text(tree, url), links)
    outlet = extract_outlet(cleaned.dateline, facts, url, cleaned.credits)
    editors = clean_people(cleaned.editors + editors_from_page(facts), None)
    authors = clean_people(cleaned.authors, outlet) or authors_from_page(facts, outlet, editors)
    title = title_from_page(facts, outlet, host_of(url))
    body = "\n\n".join(cleaned.paragraphs)
    return Clipping(
        source=doc.source,
        url=url,
        outlet=outlet,
        title=title,
        published=published_from_page(facts, url, title),
        authors=authors,
        editors=editors,
        credits=cleaned.credits,
        language=detect_language(body, facts.lang),
        body=body,
    )
