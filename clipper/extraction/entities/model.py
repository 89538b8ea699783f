"""The NER pipeline: the statistical model shipped in clipper/models/ner plus our rule components,
loaded lazily, once per process.

Its layers multiply matrices with numpy's BLAS (OpenBLAS), not thinc's default BLIS: on this
project's machines BLIS takes 2.0 ms for the tok2vec's 290 x 384 x 192 product that OpenBLAS does in
0.46 ms on one thread, and the entities come out the same. OpenBLAS would use every core for it;
`one_thread` keeps a call of the pipeline on one, like BLIS, so that batch workers do not fight over
the cores.
"""

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
    from thinc.api import use_ops

    from clipper.extraction.entities import features, rules, story, vectors  # noqa: F401 (registered parts)
    from clipper.indonesian import tokenizer  # noqa: F401 (registers the model's tokenizer)

    # the tokenizer is the one its factory builds from tokenizer.py (the model names it in its config);
    # reading the copy the model folder holds would add its 349 special cases a second time
    with use_ops("numpy", use_blis=False):  # every layer is built with these ops and keeps them
        nlp = spacy.load(path, exclude=["tokenizer"])
    rules.add_to(nlp)
    return nlp


@lru_cache(maxsize=1)
def load_pipeline():
    check_model()
    return load(model_path())


@lru_cache(maxsize=1)
def _blas():
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def one_thread():
    """A context in which numpy's BLAS runs on one thread (13 µs to enter and leave)."""
    return _blas().limit(limits=1, user_api="blas")
