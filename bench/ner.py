"""NER accuracy and speed of the shipped model on held-out test sets, none of whose sentences (or
their copies in other corpora) were in training (see training/ner.py).

    python bench/ner.py [--model PATH]

Entity level, exact span and label: micro-averaged P/R/F1, and the macro-average over PERSON/ORG/LOC
(IndoNLU reports macro for NERGrit; IndoLEM reports micro for NER UI / UGM). Speed: words per second
of the whole pipeline (tokenizer, NER and rules) on one core.
"""

import os

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")  # one core, as the speed bar asks

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402

from paths import ROOT, SHARED  # noqa: E402

sys.path.insert(0, str(ROOT / "training"))

import corpora  # noqa: E402

DATA = SHARED / "data" / "ner"
PUBLISHED = {"nerui": "IndoBERT 90.1 (IndoLEM, micro, 5-fold)", "nerugm": "IndoBERT 74.9 (IndoLEM, micro, 5-fold)",
             "nergrit": "XLM-R 79.1 / IndoBERT-large 77.6 (IndoNLU, macro)", "idner-news-2k": "no verified number"}


def spans(doc) -> set[tuple[int, int, str]]:
    return {(e.start_char, e.end_char, e.label_) for e in doc.ents}


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(nlp, dataset: str) -> dict:
    gold_docs = [corpora.to_doc(nlp, s) for s in corpora.load(DATA, dataset, "test")]
    counts = {label: Counter() for label in corpora.LABELS}
    words = 0
    start = time.perf_counter()
    predicted = list(nlp.pipe((d.text for d in gold_docs), batch_size=256))
    seconds = time.perf_counter() - start
    for gold, pred in zip(gold_docs, predicted, strict=True):
        words += len(pred)
        g, p = spans(gold), spans(pred)
        for label in corpora.LABELS:
            gl = {s for s in g if s[2] == label}
            pl = {s for s in p if s[2] == label}
            counts[label].update(tp=len(gl & pl), fp=len(pl - gl), fn=len(gl - pl))
    total = sum(counts.values(), Counter())
    micro = prf(total["tp"], total["fp"], total["fn"])
    per_label = {label: prf(c["tp"], c["fp"], c["fn"])[2] for label, c in counts.items()}
    return {"micro": micro, "macro_f1": sum(per_label.values()) / len(per_label), "per_label": per_label,
            "words": words, "seconds": seconds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="a model folder (default: the one shipped in the package)")
    args = parser.parse_args()
    from pathlib import Path

    from clipper.extraction.entities import rules
    from clipper.extraction.entities.model import load, load_pipeline

    nlp = load(Path(args.model)) if args.model else load_pipeline()
    print("| test set | pipeline | P | R | F1 (micro) | F1 (macro) | PERSON | ORG | LOC | published best |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    words = seconds = 0.0
    for dataset in corpora.TEST_SETS:
        for label, disabled in (("model", rules.COMPONENTS), ("model + rules", ())):
            with nlp.select_pipes(disable=list(disabled)):
                r = evaluate(nlp, dataset)
            if not disabled:
                words += r["words"]
                seconds += r["seconds"]
            p, rec, f = r["micro"]
            labels = " | ".join(f"{r['per_label'][lab]:.3f}" for lab in corpora.LABELS)
            print(f"| {dataset} | {label} | {p:.3f} | {rec:.3f} | {f:.3f} | {r['macro_f1']:.3f} | {labels} "
                  f"| {PUBLISHED[dataset]} |")
    print(f"\nspeed (model + rules): {words / seconds:,.0f} words/s on one core ({int(words):,} words)")


if __name__ == "__main__":
    main()
