"""`clipper schema` is generated from the records and is deep: every real clipping validates, and
clippings with broken nested items or malformed dates are rejected."""

import copy
import json
from datetime import date

import jsonschema
import pytest

from clipper import extract
from clipper.schema import json_schema
from tests.conftest import DEV_PAGES, SAMPLES, SHARED, needs_shared

VALIDATOR = jsonschema.Draft202012Validator(json_schema())


def dev_articles():
    gold = SHARED / "eval" / "articles-dev.gold.json"
    if not gold.exists():
        return []
    return [(SHARED / "data" / "articles" / "dev" / g["file"], date.fromisoformat(g["reference_date"]))
            for g in json.loads(gold.read_text(encoding="utf-8"))["articles"]]


def test_the_schema_itself_is_valid():
    jsonschema.Draft202012Validator.check_schema(json_schema())


@needs_shared
def test_every_real_clipping_validates():
    clippings = [extract(p).to_dict() for p in [*SAMPLES, *DEV_PAGES]]
    clippings += [extract(p, reference_date=day).to_dict() for p, day in dev_articles()]
    assert len(clippings) >= len(SAMPLES) + len(DEV_PAGES)
    for clipping in clippings:
        errors = [e.message for e in VALIDATOR.iter_errors(clipping)]
        assert not errors, (clipping["source"], errors)
    # the optional note is really optional: some dates have it, most do not
    assert any("note" in d for c in clippings for d in c["dates"])
    assert any("note" not in d for c in clippings for d in c["dates"])


BROKEN = {
    "an item of people with unknown keys": lambda c: c.update(people=[{"nonsense": 1}]),
    "a publication time that is no date": lambda c: c.update(published="last tuesday"),
    "a date whose value is not ISO 8601": lambda c: c["dates"].append(
        {"text": "kemarin", "value": "yesterday", "start": 1, "end": 8}),
    "a quote without its speaker key": lambda c: c["quotes"].append({"text": "Siap", "start": 0, "end": 4}),
    "a person whose mentions are text": lambda c: c["people"].append(
        {"name": "Susanto", "aliases": [], "mentions": "two", "roles": []}),
    "an organisation with a role": lambda c: c["organizations"].append(
        {"name": "KPAI", "aliases": [], "mentions": 1, "roles": ["Ketua"]}),
}


@pytest.mark.parametrize("breakage", BROKEN, ids=list(BROKEN))
def test_broken_clippings_are_rejected(breakage):
    good = extract(SAMPLES[4]).to_dict()
    assert VALIDATOR.is_valid(good)
    broken = copy.deepcopy(good)
    BROKEN[breakage](broken)
    assert not VALIDATOR.is_valid(broken)


def test_published_accepts_the_forms_clipper_writes():
    good = extract(SAMPLES[4]).to_dict()
    for value in ("2018-07-05", "2018-07-05T07:45:00+07:00", "2015-11-05T10:08:58Z", "2018-07-05T07:45:00", None):
        assert VALIDATOR.is_valid({**good, "published": value}), value
