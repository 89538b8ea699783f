"""The clipping: one schema, the same field names in Python and in JSON, and its JSON Schema derived
from the dataclasses (so the two cannot drift apart)."""

import types
import typing
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from typing import Any

from clipper.records import DateMention, Organization, Person, Place, Quote

ISO_8601 = r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$"


def _doc(text: str, **more) -> dict:
    return {"doc": text, **more}


@dataclass(slots=True, kw_only=True)
class Clipping:
    source: str = field(metadata=_doc("The input as given: a path, a URL, '-' for stdin, '<text>' for a string."))
    url: str | None = field(default=None, metadata=_doc(
        "Canonical URL of the article, when the page or the input gives one."))
    outlet: str | None = field(default=None, metadata=_doc(
        "The publication, as it names itself (dateline, og:site_name, host): 'Liputan6.com', 'TEMPO.CO'."))
    title: str | None = field(default=None, metadata=_doc("The headline as shown, without the site-name suffix."))
    published: str | None = field(default=None, metadata=_doc(
        "Publication date-time in ISO 8601, with time and zone (WIB +07:00...) when given.",
        pattern=ISO_8601, examples=["2018-07-05T07:45:00+07:00", "2018-07-05"]))
    authors: list[str] = field(default_factory=list, metadata=_doc("Reporters and writers from the byline."))
    editors: list[str] = field(default_factory=list, metadata=_doc(
        "Editors named on the page (Editor:, Red:); editor initials are not expanded."))
    credits: list[str] = field(default_factory=list, metadata=_doc(
        "Outlets or agencies the story is credited to (Sumber: ...)."))
    language: str | None = field(default=None, metadata=_doc("ISO 639-1 code of the article text."))
    body: str = field(default="", metadata=_doc(
        "The article text without boilerplate, paragraphs separated by a blank line."))
    # filled by the entity, date and quote stages; always present, [] when empty
    people: list[Person] = field(default_factory=list, metadata=_doc("People in the story, one entry each."))
    organizations: list[Organization] = field(default_factory=list, metadata=_doc(
        "Organisations in the story, one entry each."))
    locations: list[Place] = field(default_factory=list, metadata=_doc("Places in the story, one entry each."))
    dates: list[DateMention] = field(default_factory=list, metadata=_doc(
        "Date expressions of the story, in order, with values resolved against the publication date."))
    quotes: list[Quote] = field(default_factory=list, metadata=_doc("Direct quotations, in order, with speakers."))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self, dict_factory=_without_absent)


_OPTIONAL_FIELDS = frozenset(f.name for record in (Person, Organization, Place, DateMention, Quote)
                             for f in fields(record) if f.metadata.get("optional"))


def _without_absent(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """asdict's dict factory: an optional field that is None is left out (a date without a note)."""
    return {k: v for k, v in pairs if not (v is None and k in _OPTIONAL_FIELDS)}


def _type_schema(kind) -> dict[str, Any]:
    if kind is str:
        return {"type": "string"}
    if kind is int:
        return {"type": "integer"}
    if is_dataclass(kind):
        return _record_schema(kind)
    if typing.get_origin(kind) is list:
        return {"type": "array", "items": _type_schema(typing.get_args(kind)[0])}
    if isinstance(kind, types.UnionType) and type(None) in typing.get_args(kind):
        (inner,) = [k for k in typing.get_args(kind) if k is not type(None)]
        schema = _type_schema(inner)
        return {**schema, "type": [schema["type"], "null"]}
    raise TypeError(f"no JSON Schema for {kind!r}")


def _record_schema(record) -> dict[str, Any]:
    props = {}
    for f in fields(record):
        prop = _type_schema(f.type)
        prop["description"] = f.metadata["doc"]
        prop.update({k: f.metadata[k] for k in ("pattern", "examples") if k in f.metadata})
        props[f.name] = prop
    required = [f.name for f in fields(record) if not f.metadata.get("optional")]
    return {"type": "object", "properties": props, "required": required, "additionalProperties": False}


def json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of a clipping, every nested record closed and typed."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://github.com/clipper-news/clipper/clipping.schema.json",
        "title": "Clipping",
        **_record_schema(Clipping),
    }

