"""Train floret subword vectors for the NER from the unlabelled Indonesian text in ../shared/data/raw.

    python training/vectors.py --raw ../shared/data/raw/indonesian-text.txt.gz --out training/vectors

Steps: tokenise every line with the runtime tokenizer (so the vectors see the tokens the NER sees);
train floret (fastText with hashed subwords: every word, seen or not, gets a vector from its
character 4- and 5-grams, which is what unseen names need); convert the table with
`spacy init vectors --mode floret`. The NER config then reads it through `paths.vectors`
(python training/ner.py --vectors training/vectors). Needs `pip install -e '.[train]'`
(floret); run time about 10 minutes on this 2-core machine. Never run in CI; the text is never shipped,
only what the model learned from it.
"""

import argparse
import gzip
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def tokenised_lines(raw: Path):
    from clipper.indonesian.tokenizer import blank

    nlp = blank()
    with gzip.open(raw, "rt", encoding="utf-8") as lines:
        for doc in nlp.tokenizer.pipe(line.strip() for line in lines):
            yield " ".join(t.text for t in doc if not t.is_space)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", type=Path,
                        default=HERE.parent.parent / "shared" / "data" / "raw" / "indonesian-text.txt.gz")
    parser.add_argument("--out", type=Path, default=HERE / "vectors")
    parser.add_argument("--dim", type=int, default=100)
    parser.add_argument("--bucket", type=int, default=50_000, help="rows of the hashed table (20 MB at dim 100)")
    parser.add_argument("--epoch", type=int, default=5)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()

    import floret

    with tempfile.TemporaryDirectory() as tmp:
        text = Path(tmp) / "text.txt"
        with text.open("w", encoding="utf-8") as out:
            for line in tokenised_lines(args.raw):
                out.write(line + "\n")
        model = floret.train_unsupervised(
            str(text), model="cbow", mode="floret", hashCount=2, bucket=args.bucket, minn=4, maxn=5,
            dim=args.dim, epoch=args.epoch, minCount=3, thread=args.threads, verbose=1,
        )
        table = Path(tmp) / "vectors.floret"
        model.save_floret_vectors(str(table))
        subprocess.run([sys.executable, "-m", "spacy", "init", "vectors", "id", str(table), str(args.out),
                        "--mode", "floret"], check=True)
    print(f"vectors written to {args.out}")


if __name__ == "__main__":
    main()
