"""The records nested in a clipping: who, what, where, when and what was said. Each is built in one
place (people, organisations and places by `extraction.entities.merge`, dates by `extraction.dates`,
quotes by `extraction.quotes`), read by attribute, and written to JSON under its field names.

A field with `OPTIONAL` metadata is left out of the JSON when it is None (a date's `note`); every
other field is always there. `clipper.schema` derives the JSON Schema from these classes.
"""

from dataclasses import dataclass, field

OPTIONAL = {"optional": True}


@dataclass(slots=True, kw_only=True)
class Person:
    name: str = field(metadata={"doc": "The fullest form of the name the story uses."})
    aliases: list[str] = field(default_factory=list, metadata={"doc": "Other forms the story uses for them."})
    mentions: int = field(default=1, metadata={"doc": "How many times the story names them."})
    roles: list[str] = field(default_factory=list, metadata={"doc": "Roles the story gives them."})


@dataclass(slots=True, kw_only=True)
class Organization:
    name: str = field(metadata={"doc": "The full name (a known institution's official one)."})
    aliases: list[str] = field(default_factory=list, metadata={"doc": "Acronyms and other forms."})
    mentions: int = field(default=1, metadata={"doc": "How many times the story names it."})


@dataclass(slots=True, kw_only=True)
class Place:
    name: str = field(metadata={"doc": "The place as the story names it."})
    aliases: list[str] = field(default_factory=list, metadata={"doc": "Other spellings in the story."})
    mentions: int = field(default=1, metadata={"doc": "How many times the story names it."})


@dataclass(slots=True, kw_only=True)
class DateMention:
    text: str = field(metadata={"doc": "The date expression as written."})
    value: str | None = field(metadata={
        "doc": "ISO 8601, as precise as the text: YYYY-MM-DD, YYYY-MM or YYYY; null for a relative date "
               "with nothing to count from.",
        "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"})
    start: int | None = field(metadata={"doc": "Offset into body; null for the date line above a scraped story."})
    end: int | None = field(metadata={"doc": "End offset into body; null with start."})
    note: str | None = field(default=None, metadata={**OPTIONAL, "doc": "Why the value is not what the text "
                                                    "literally says (a day name that disagrees, a misprint)."})


@dataclass(slots=True, kw_only=True)
class Quote:
    text: str = field(metadata={"doc": "The words inside the quote marks."})
    speaker: str | None = field(metadata={
        "doc": "The name of an entry of people (or organizations); null when the story does not say who spoke."})
    start: int = field(metadata={"doc": "Offset of the quote's first character in body."})
    end: int = field(metadata={"doc": "Offset just after the quote's last character in body."})
