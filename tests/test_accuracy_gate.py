"""Evaluation gate: the shipped extractor must keep its scores on the samples and the saved pages
(the bars of the extract, entities and dates-and-quotes issues). A change that hurts them fails here."""

import json

import pytest

from clipper import extract
from tests.conftest import DEV_PAGES, SAMPLES, SHARED, load_scorer, needs_shared

# what is read from a story's text: who, which institutions, when, who said what
STORY_BARS = {"people_f1": 0.85, "organizations_f1": 0.8, "dates_f1": 0.9, "quotes_f1": 0.9, "speaker_acc": 0.9}
SEED_BARS = {"body_keep": 1.0, "body_clean": 1.0, "title": 1.0, "published": 1.0, "outlet": 1.0, "authors": 1.0,
             **STORY_BARS}
DEV_BARS = {"body_keep": 0.98, "body_clean": 0.98, "title": 0.95, "published_time": 0.9, "authors": 0.9,
            "outlet": 0.95, **STORY_BARS}


def _score(tmp_path, gold: str, inputs, capsys) -> dict:
    out = tmp_path / "out.jsonl"
    out.write_text("".join(json.dumps(extract(p).to_dict(), ensure_ascii=False) + "\n" for p in inputs))
    load_scorer().main([str(SHARED / "eval" / gold), str(out), "--json"])
    return json.loads(capsys.readouterr().out)


@needs_shared
@pytest.mark.parametrize(("gold", "inputs", "bars"), [
    ("seeds.gold.json", SAMPLES, SEED_BARS),
    ("html-dev.gold.json", DEV_PAGES, DEV_BARS),
])
def test_scores_stay_above_the_bar(tmp_path, capsys, gold, inputs, bars):
    metrics = _score(tmp_path, gold, inputs, capsys)
    assert metrics["missing_clippings"] == 0
    below = {k: metrics[k] for k, bar in bars.items() if metrics[k] < bar}
    assert not below, f"{gold}: below the bar: {below}"
