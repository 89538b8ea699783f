"""Accuracy of clipper on the sample articles, the saved dev pages and the plain-text dev articles,
scored by ../shared/eval/score.py, with plain trafilatura (bare_extraction with its metadata) scored
the same way on the pages as the reference.

    python bench/accuracy.py [--details]
"""

import argparse
import json
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from paths import ROOT, SHARED

SETS = {
    "samples": ("seeds.gold.json", sorted((ROOT / "sample_articles").glob("*.txt"))),
    "dev pages": ("html-dev.gold.json", sorted((SHARED / "data" / "html" / "dev").glob("*.html"))),
}
METRICS = ["body_keep", "body_clean", "title", "published", "published_time", "outlet", "authors",
           "people_p", "people_r", "people_f1", "organizations_p", "organizations_r", "organizations_f1",
           "dates_p", "dates_r", "dates_f1", "quotes_p", "quotes_r", "quotes_f1", "speaker_acc", "quote_attr_f1"]


def clipper_clippings(paths: list[Path]) -> list[dict]:
    from clipper import extract

    return [extract(p, today=date.today()).to_dict() for p in paths]  # as the CLI does


def article_clippings() -> list[dict]:
    """The dev articles print no date: each is clipped against its own reference date (README there)."""
    from clipper import extract

    gold = json.loads((SHARED / "eval" / "articles-dev.gold.json").read_text(encoding="utf-8"))["articles"]
    return [extract(SHARED / "data" / "articles" / "dev" / g["file"],
                    reference_date=date.fromisoformat(g["reference_date"])).to_dict() for g in gold]


def trafilatura_clippings(paths: list[Path]) -> list[dict]:
    """What a user of plain trafilatura gets: its text and its metadata, in our field names."""
    from trafilatura import bare_extraction

    out = []
    for p in paths:
        doc = bare_extraction(p.read_bytes(), with_metadata=True)
        doc = doc.as_dict() if doc is not None else {}
        out.append({"source": str(p), "body": doc.get("text") or "", "title": doc.get("title"),
                    "published": doc.get("date"), "outlet": doc.get("sitename"),
                    "authors": [a.strip() for a in (doc.get("author") or "").split(";") if a.strip()]})
    return out


def score(gold: str, clippings: list[dict], details: bool) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        fh.writelines(json.dumps(c, ensure_ascii=False) + "\n" for c in clippings)
    scorer = [sys.executable, str(SHARED / "eval" / "score.py"), str(SHARED / "eval" / gold), fh.name]
    if details:
        subprocess.run(scorer, check=False)
    result = subprocess.run([*scorer, "--json"], capture_output=True, text=True, check=False)
    Path(fh.name).unlink()
    return json.loads(result.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="print every error the scorer finds")
    args = parser.parse_args()
    rows, everything, gold_articles = [], [], []
    for name, (gold, paths) in SETS.items():
        clippings = clipper_clippings(paths)
        everything += clippings
        gold_articles += json.loads((SHARED / "eval" / gold).read_text(encoding="utf-8"))["articles"]
        rows.append((f"clipper, {name}", score(gold, clippings, args.details)))
        if name == "dev pages":
            rows.append((f"trafilatura, {name}", score(gold, trafilatura_clippings(paths), False)))
    # the entity bars are set on the samples and the dev pages together
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump({"articles": gold_articles}, fh)
    rows.append(("clipper, both together", score(fh.name, everything, False)))
    Path(fh.name).unlink()
    rows.append(("clipper, dev articles", score("articles-dev.gold.json", article_clippings(), args.details)))
    print("| run | " + " | ".join(METRICS) + " |")
    print("|---|" + "---|" * len(METRICS))
    for label, metrics in rows:
        print(f"| {label} | " + " | ".join(f"{metrics[m]:.2f}" if metrics.get(m) is not None else "–"
                                             for m in METRICS) + " |")


if __name__ == "__main__":
    main()
