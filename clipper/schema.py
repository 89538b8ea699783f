"""The clipping: one schema, the same field names in Python and in JSON."""

from dataclasses import asdict, dataclass, field, fields
from typing import Any


@dataclass(slots=True, kw_only=True)
class Clipping:
    source: str  # the path or URL given, "-" for stdin, "<text>" for a string
    url: str | None = None  # canonical URL of the article when known
    outlet: str | None = None  # the publication as it names itself: "Liputan6.com", "TEMPO.CO"
    title: str | None = None
    published: str | None = None  # ISO 8601, with time and zone where the article gives them
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)  # outlets credited in "Sumber:" lines
    language: str | None = None
    body: str = ""
    # filled by the entity, date and quote stages; always present, [] when empty
    people: list[dict[str, Any]] = field(default_factory=list)
    organizations: list[dict[str, Any]] = field(default_factory=list)
    locations: list[dict[str, Any]] = field(default_factory=list)
    dates: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


_DESCRIPTIONS = {
    "source": "The input as given: a path, a URL, '-' for stdin.",
    "url": "Canonical URL of the article, when the page or the input gives one.",
    "outlet": "The publication, as it names itself (dateline, og:site_name, host).",
    "title": "The headline as shown, without the site-name suffix.",
    "published": "Publication date-time in ISO 8601, with time and zone (WIB +07:00...) when given.",
    "authors": "Reporters and writers from the byline.",
    "editors": "Editors named on the page (Editor:, Red:, editor initials are not expanded).",
    "credits": "Outlets or agencies the story is credited to (Sumber: ...).",
    "language": "ISO 639-1 code of the article text.",
    "body": "The article text without boilerplate, paragraphs separated by a blank line.",
    "people": "People in the story: {name, aliases, mentions, roles}.",
    "organizations": "Organisations in the story: {name, aliases, mentions}.",
    "locations": "Places in the story: {name, aliases, mentions}.",
    "dates": "Date expressions of the story: {text, value, start, end[, note]}; value is ISO 8601 "
             "(YYYY-MM-DD, YYYY-MM or YYYY, as precise as the text), null for a relative date with no "
             "reference; start/end are offsets into body, null for the date line printed above a scraped story.",
    "quotes": "Direct quotations: {text, speaker, start, end}; speaker is the name of an entry of people "
              "(or organizations), null when the story does not name who spoke.",
}

_JSON_TYPES = {str: "string", str | None: ["string", "null"], list[str]: "array"}


def json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of a clipping, derived from the dataclass."""
    props: dict[str, Any] = {}
    for f in fields(Clipping):
        kind = _JSON_TYPES.get(f.type, "array")
        prop: dict[str, Any] = {"type": kind, "description": _DESCRIPTIONS[f.name]}
        if kind == "array":
            prop["items"] = {"type": "string"} if f.type == list[str] else {"type": "object"}
        if f.name == "published":
            prop["examples"] = ["2018-07-05T07:45:00+07:00", "2018-07-05"]
        props[f.name] = prop
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://github.com/clipper-news/clipper/clipping.schema.json",
        "title": "Clipping",
        "type": "object",
        "properties": props,
        "required": [f.name for f in fields(Clipping)],
        "additionalProperties": False,
    }
