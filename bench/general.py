"""Regression check on general (English) pages: clipper's body against plain trafilatura.

    python bench/general.py

The 181 pages of ../shared/data/scrapinghub with hand-checked bodies; token-level precision, recall
and F1 of the body, averaged over pages (as the benchmark's published table does). A page clipper
refuses ("no article text found") counts as an empty body. Three rows: clipper, clipper's own
trafilatura call before its boilerplate pass, and trafilatura's default `extract`; then what the pass
removed that the gold keeps, by the reason it was removed, so a cut that costs text shows by its class.
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


def removed_because(p: str, cleaned, links) -> str:
    """Why the boilerplate pass left a paragraph out of the body."""
    from clipper.cleaning import rules
    from clipper.cleaning.boilerplate import _is_link
    from clipper.indonesian.lines import is_caption, is_datestamp, is_listing

    if p in cleaned.header:
        return "header (above the story)"
    for reason, hit in (("a boilerplate rule (rules.DROP)", rules.DROP.match(p)), ("caption", is_caption(p)),
                        ("date line", is_datestamp(p)), ("link to another page", _is_link(p, links)),
                        ("headline run (a list of other stories)", is_listing(p))):
        if hit:
            return reason
    return "after the story's end"


def main() -> None:
    import trafilatura

    from clipper import ClipperError, Options, extract
    from clipper.cleaning import clean, paragraphs_of
    from clipper.cleaning.html import link_texts, main_text, parse, prune, wrap_loose_text

    gold = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    options = Options(entities=False)
    scores = {"clipper": [], "clipper's trafilatura call, before its pass": [], "trafilatura": []}
    removed, refused = Counter(), 0
    for stem, item in sorted(gold.items()):
        html = gzip.decompress((DATA / "html" / f"{stem}.html.gz").read_bytes())
        want = item["articleBody"]
        try:
            ours = extract(html, options).body
        except ClipperError:
            ours, refused = "", refused + 1
        tree = parse(html.decode("utf-8", "replace"))
        prune(tree)
        wrap_loose_text(tree)
        links = link_texts(tree)
        raw = paragraphs_of(main_text(tree))
        cleaned = clean(raw, links)
        kept, folded = set(cleaned.paragraphs), want.lower()
        for p in raw:
            if p not in kept and len(TOKEN.findall(p)) > 3 and p.lower()[:40] in folded:
                removed[removed_because(p, cleaned, links)] += 1
        scores["clipper"].append(prf(ours, want))
        scores["clipper's trafilatura call, before its pass"].append(prf("\n".join(raw), want))
        scores["trafilatura"].append(prf(trafilatura.extract(html) or "", want))
    print("| extractor | precision | recall | F1 |")
    print("|---|---|---|---|")
    for name, rows in scores.items():
        p, r, f = (sum(x[i] for x in rows) / len(rows) for i in range(3))
        print(f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} |")
    print(f"\npages refused by clipper: {refused}")
    print("\nparagraphs the gold keeps that the pass removed, by reason:\n")
    print("| reason | paragraphs |")
    print("|---|---|")
    for reason, n in removed.most_common():
        print(f"| {reason} | {n} |")


if __name__ == "__main__":
    main()
