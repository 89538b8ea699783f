"""The NER pipeline: the statistical model shipped in clipper/models/ner plus our rule components,
loaded lazily, once per process."""

from functools import lru_cache
from importlib.resources import files
from pathlib import Path

MODEL_DIR = "models/ner"


def model_path() -> Path:
    """Where the shipped model lives: package data, found through the installed package."""
    return Path(str(files("clipper").joinpath(MODEL_DIR)))


@lru_cache(maxsize=1)
def load_pipeline():
    import spacy

    from clipper.extraction.entities import rules
    from clipper.indonesian import tokenizer  # noqa: F401 (registers the model's tokenizer)

    path = model_path()
    if not (path / "meta.json").exists():
        raise RuntimeError(f"the NER model is missing from {path}; retrain it with: python training/ner.py")
    nlp = spacy.load(path)
    rules.add_to(nlp)
    return nlp
