"""The NER pipeline: the statistical model shipped in clipper/models/ner plus our rule components,
loaded lazily, once per process."""

from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from clipper.errors import SetupError

MODEL_DIR = "models/ner"


def model_path() -> Path:
    """Where the shipped model lives: package data, found through the installed package."""
    return Path(str(files("clipper").joinpath(MODEL_DIR)))


def check_model() -> None:
    """Raise SetupError when the shipped model is not there (cheap: run it before the first input)."""
    path = model_path()
    if not (path / "meta.json").exists():
        raise SetupError(f"the NER model is missing from {path}; retrain it with: python training/ner.py")


def load(path: Path):
    """A model folder with our rule components after its NER (the shipped one, or a candidate)."""
    import spacy

    from clipper.extraction.entities import features, rules, story, vectors  # noqa: F401 (registered parts)
    from clipper.indonesian import tokenizer  # noqa: F401 (registers the model's tokenizer)

    nlp = spacy.load(path)
    rules.add_to(nlp)
    return nlp


@lru_cache(maxsize=1)
def load_pipeline():
    check_model()
    return load(model_path())
