"""Authors and editors. Fallback order for authors: byline lines in the text ("Reporter:",
"Penulis:", "Oleh", "Herman / YUD"); author meta tags and JSON-LD persons; byline elements of
the page; byline lines anywhere in the page. Teams, outlets and initials are not persons."""

import re

from clipper.extraction.page import PageFacts
from clipper.indonesian.lexicon import AUTHOR_LABELS, EDITOR_LABELS, one_of
from clipper.indonesian.lines import names_in

NOT_A_PERSON = re.compile(
    r"[\d()@]|https?:|www\.|\.com|\.co\b|\.id\b|\b(?:pt|tim|team|redaksi|media|cyber|news|admin|desk|"
    r"network|group|grup|kontributor|koresponden|staff?|editorial)\b",
    re.IGNORECASE,
)
_LABELS = one_of(AUTHOR_LABELS + EDITOR_LABELS)
LABEL = re.compile(rf"^(?:oleh|{_LABELS})\s*:?\s*|\s*\b(?:{_LABELS})\s*$", re.IGNORECASE)
SITE_SUFFIX = re.compile(r"\s+-\s+\w+(?:\.\w+)*$")  # "Fino Yurio Kristo - detikinet"


def is_person(name: str, outlet: str | None = None) -> bool:
    if NOT_A_PERSON.search(name) or not any(ch.isupper() for ch in name[:1]):
        return False
    return not (outlet and name.casefold() in outlet.casefold())


def _unique(names) -> list[str]:
    seen, out = set(), []
    for n in names:
        key = n.casefold()
        if key not in seen:
            seen.add(key)
            out.append(n)
    return out


def _jsonld_people(facts: PageFacts, key: str) -> list[str]:
    found = []
    for item in facts.jsonld:
        people = item.get(key)
        for person in people if isinstance(people, list) else [people]:
            if isinstance(person, dict) and str(person.get("@type", "Person")).lower() == "person":
                found.append(str(person.get("name", "")).strip())
            elif isinstance(person, str):
                found.append(person.strip())
    return [p for p in found if p]


def editors_from_page(facts: PageFacts) -> list[str]:
    names = [facts.first_meta("content_editor"), *_jsonld_people(facts, "editor")]
    for kind, values in facts.labelled:
        if kind == "editors":
            names.extend(values)
    return _unique(n for n in names if n and is_person(n))


def authors_from_page(facts: PageFacts, outlet: str | None, editors: list[str]) -> list[str]:
    not_editor = {e.casefold() for e in editors}

    def people(names) -> list[str]:
        return _unique(n for n in names if n and is_person(n, outlet) and n.casefold() not in not_editor)

    meta = [facts.first_meta(k) for k in ("content_author", "dtk:author", "author", "article:author")]
    sources = [
        [n for value in meta if value for n in names_in(value)] + _jsonld_people(facts, "author"),
        [n for text in facts.bylines for n in names_in(SITE_SUFFIX.sub("", LABEL.sub("", text)))],
        [n for kind, values in facts.labelled if kind == "authors" for n in values],
    ]
    for names in sources:
        if found := people(names):
            return found
    return []


def clean_people(names: list[str], outlet: str | None) -> list[str]:
    return _unique(n for n in names if is_person(n, outlet))
