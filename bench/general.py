"""Regression check on general (English) pages: clipper's body against plain trafilatura.

    python bench/general.py

The 181 pages of ../shared/data/scrapinghub with hand-checked bodies; token-level precision, recall
and F1 of the body, averaged over pages (as the benchmark's published table does). A page clipper
refuses ("no article text found") counts as an empty body.
"""

import gzip
import json
import re
from collections import Counter

from paths import SHARED

DATA = SHARED / "data" / "scrapinghub"
TOKEN = re.compile(r"\w+")


def prf(predicted: str, gold: str) -> tuple[float, float, float]:
    p, g = Counter(TOKEN.findall(predicted.lower())), Counter(TOKEN.findall(gold.lower()))
    common = sum((p & g).values())
    precision = common / sum(p.values()) if p else 0.0
    recall = common / sum(g.values()) if g else 1.0
    return precision, recall, (2 * precision * recall / (precision + recall) if common else 0.0)


def main() -> None:
    import trafilatura

    from clipper import ClipperError, Options, extract

    gold = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    options = Options(entities=False)
    scores = {"clipper": [], "trafilatura": []}
    for stem, item in sorted(gold.items()):
        html = gzip.decompress((DATA / "html" / f"{stem}.html.gz").read_bytes())
        try:
            ours = extract(html, options).body
        except ClipperError:
            ours = ""
        scores["clipper"].append(prf(ours, item["articleBody"]))
        scores["trafilatura"].append(prf(trafilatura.extract(html) or "", item["articleBody"]))
    print("| extractor | precision | recall | F1 |")
    print("|---|---|---|---|")
    for name, rows in scores.items():
        p, r, f = (sum(x[i] for x in rows) / len(rows) for i in range(3))
        print(f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} |")


if __name__ == "__main__":
    main()
