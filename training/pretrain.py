"""Pretrain the NER's tok2vec on the unlabelled text in ../shared/data/raw (spaCy's characters
objective: predict each word's first and last characters from its context), for training/ner.py.

    python training/pretrain.py --vectors training/vectors --lexicon-features --out training/pretrained
    python training/ner.py --vectors training/vectors --lexicon-features \
        --init-tok2vec training/pretrained/model1.bin --out /tmp/candidate

The tok2vec must have the shape it will have in training: pass the same --vectors, --lexicon-features
and --set here as there. The block spaCy needs is training/pretrain.cfg (two epochs, seeded). About
six minutes an epoch on this 2-core machine. Never run in CI.
"""

import argparse
import gzip
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ner import HERE, model_overrides, with_pretraining  # (registers clipper's model parts too)

MIN_WORDS = 5  # a line of fewer words is a heading or a fragment


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", type=Path,
                        default=HERE.parent.parent / "shared" / "data" / "raw" / "indonesian-text.txt.gz")
    parser.add_argument("--out", type=Path, default=HERE / "pretrained")
    parser.add_argument("--config", type=Path, default=HERE / "ner.cfg")
    parser.add_argument("--vectors", type=Path, default=None, metavar="DIR")
    parser.add_argument("--lexicon-features", action="store_true")
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")
    args = parser.parse_args()

    from spacy.training.pretrain import pretrain
    from spacy.util import load_config

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        texts = work / "raw.jsonl"
        with gzip.open(args.raw, "rt", encoding="utf-8") as lines, texts.open("w", encoding="utf-8") as out:
            for line in lines:
                if len(line.split()) >= MIN_WORDS:
                    out.write(json.dumps({"text": line.strip()}, ensure_ascii=False) + "\n")
        overrides = {**model_overrides(args.vectors, args.lexicon_features, args.set, args.seed),
                     "corpora.pretrain.path": str(texts), "pretraining.max_epochs": args.epochs}
        config = load_config(with_pretraining(args.config, work), overrides=overrides, interpolate=True)
        args.out.mkdir(parents=True, exist_ok=True)
        pretrain(config, args.out, silent=False)
    print(f"tok2vec weights written to {args.out} (model{args.epochs - 1}.bin is the last epoch)")


if __name__ == "__main__":
    main()
