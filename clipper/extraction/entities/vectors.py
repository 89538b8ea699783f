"""The NER's floret vectors, with each word's vector computed once per process.

spaCy computes a floret vector from the word's character n-grams on every call, in Python, for every
token of every document: 1.5 ms of an article's 10. A word's vector depends only on the word, so this
table keeps the vectors it has computed (up to CACHE_WORDS words, then starts again, so that memory
stays flat over a long batch). The model's config names it in [nlp.vectors]; the values are spaCy's.
In prediction the tok2vec now keeps each word's whole embedding (features._WordRows) and asks for a
word's vector only when it first meets the word; this table earns its keep in training, where every
batch asks for the vectors of its words again.
"""

import numpy
import spacy
from spacy.vectors import Mode, Vectors

CACHE_WORDS = 200_000  # about 80 MB of float32 vectors at dim 100


class CachedVectors(Vectors):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._computed: dict[int, numpy.ndarray] = {}

    def get_batch(self, keys):
        if self.mode != Mode.floret:
            return super().get_batch(keys)
        keys = [int(k) for k in keys]
        computed = self._computed
        missing = [k for k in dict.fromkeys(keys) if k not in computed]
        if missing:
            if len(computed) + len(missing) > CACHE_WORDS:
                computed.clear()
            computed.update(zip(missing, super().get_batch(missing), strict=True))
        if not keys:
            return numpy.zeros((0, self.data.shape[1]), dtype="float32")
        return numpy.stack([computed[k] for k in keys])


@spacy.registry.vectors("clipper.CachedVectors.v1")
def create_vectors():
    def make(vocab):
        return CachedVectors(strings=vocab.strings)

    return make
