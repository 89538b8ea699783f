"""What the lexicon knows of a word, as a feature the NER learns to weigh beside the word's spelling.

The word lists were learned from data the labelled corpora never saw (lexicon.py): words the raw text
writes in lower case, common English words, countries and regions, given names, organisations. As hard
rules they can only veto; as a feature the model weighs them by context ("Jaya" is a common word, a given name and the
end of a company's name). Each word gets a small set of flags; `LexiconEmbed` embeds the flags beside
spaCy's hashed NORM, PREFIX, SUFFIX and SHAPE. A model trained with it must be retrained when the
lists change (training/ner.py records them in its meta).
"""

from collections import Counter, defaultdict
from functools import cache

import numpy
import spacy
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.layers.chain import forward as chain_forward
from thinc.layers.chain import init as chain_init

COMMON, PLACE, ORGANISATION, GIVEN_NAME, ORGANISATION_TAIL, PLACE_PART, ENGLISH = (1 << i for i in range(7))
TAIL_MIN = 5  # a word ends at least this many organisation names ("FC", "Capital", "Motor")


@cache
def _flags() -> dict[str, int]:
    from clipper.indonesian import lexicon

    flags: defaultdict[str, int] = defaultdict(int)  # word -> its flags, or-ed together

    def mark(words, flag: int) -> None:
        for word in words:
            flags[word.casefold()] |= flag

    mark(lexicon.common_words(), COMMON)
    mark(lexicon.english_words(), ENGLISH)
    mark(lexicon.given_names(), GIVEN_NAME)
    places = [p.split() for p in lexicon.place_names()]
    mark((p[0] for p in places if len(p) == 1), PLACE)
    mark((w for p in places if len(p) > 1 for w in p), PLACE_PART)
    orgs = [o.split() for o in lexicon.organisation_names()]
    mark((o[0] for o in orgs if len(o) == 1), ORGANISATION)
    tails = Counter(o[-1].casefold() for o in orgs if len(o) > 1 and o[-1].isalpha())
    mark((w for w, n in tails.items() if n >= TAIL_MIN), ORGANISATION_TAIL)
    return dict(flags)


class _WordFlags:
    """Flags by the word's orth id, computed once per word and process (the lists are fixed)."""

    def __init__(self):
        self.by_orth: dict[int, int] = {}

    def of(self, doc, orths: numpy.ndarray) -> numpy.ndarray:
        """The flags of the doc's words, given their orth ids (a column of doc.to_array: Token
        objects cost 1.5 ms an article)."""
        by_orth, flags, strings = self.by_orth, _flags(), doc.vocab.strings
        out = []
        for orth in orths.tolist():
            value = by_orth.get(orth)
            if value is None:
                value = by_orth[orth] = flags.get(strings[orth].lower(), 0)
            out.append(value)
        return numpy.array(out, dtype="uint64")


def _features(columns: list[str]) -> Model:
    """spaCy's FeatureExtractor with one more column: the word's lexicon flags."""
    word_flags = _WordFlags()

    def forward(model, docs, is_train):
        arrays = []
        for doc in docs:
            attrs = doc.to_array([*columns, "ORTH"]).reshape((len(doc), len(columns) + 1))
            attrs[:, -1] = word_flags.of(doc, attrs[:, -1])
            arrays.append(model.ops.asarray2i(attrs, dtype="uint64"))
        return arrays, lambda d_features: []

    return Model("lexicon_features", forward, attrs={"columns": columns})


CACHE_WORDS = 200_000  # words whose embedding is kept (50 MB at width 64), then the table starts again


class _WordRows:
    """In prediction, the embedding of every word met so far, by its ORTH and NORM: a token's row
    depends on its word alone (the features are the token's own, and the layers after them work row
    by row), so a word is embedded once per process instead of at every mention (the tok2vec: 3.4 ->
    1.5 ms an article). The rows are bitwise the ones the whole doc gets (checked on every dev body):
    OpenBLAS sums each row in the same order whatever the number of rows. Training changes the
    weights after every step, so a step in training empties the table (spaCy's evaluations between
    steps then fill it with the weights of the moment)."""

    def __init__(self):
        self.index: dict[tuple[int, int], int] = {}
        self.table = numpy.empty((0, 0), dtype="float32")

    def clear(self) -> None:
        self.index = {}

    def of(self, model, doc) -> numpy.ndarray:
        keys = [(orth, norm) for orth, norm in doc.to_array(["ORTH", "NORM"]).reshape((len(doc), 2)).tolist()]
        unique = dict.fromkeys(keys)
        missing = [k for k in unique if k not in self.index]
        if len(self.index) + len(missing) > CACHE_WORDS:
            self.clear()
            missing = list(unique)
        if missing:
            self._add(model, doc.vocab, missing)
        return self.table[[self.index[k] for k in keys]]

    def _add(self, model, vocab, keys: list[tuple[int, int]]) -> None:
        from spacy.tokens import Doc

        words = Doc(vocab, words=[vocab.strings[orth] for orth, _ in keys])
        for token, (_, norm) in zip(words, keys, strict=True):
            token.norm_ = vocab.strings[norm]
        (rows,), _ = chain_forward(model, [words], False)
        start, end = len(self.index), len(self.index) + len(keys)
        if end > len(self.table):
            grown = numpy.empty((max(end, 2 * len(self.table), 1024), rows.shape[1]), dtype=rows.dtype)
            if start:
                grown[:start] = self.table[:start]
            self.table = grown
        self.table[start:end] = rows
        self.index.update(zip(keys, range(start, end), strict=True))


def _predicted_only(d_output):
    raise ValueError("the word cache serves predictions only; training runs the layers themselves")


@spacy.registry.architectures("clipper.LexiconEmbed.v1")
def LexiconEmbed(width: int, attrs: list[str], rows: list[int], include_static_vectors: bool,
                 lexicon_rows: int = 64) -> Model:
    """spaCy's MultiHashEmbed (spacy/ml/models/tok2vec.py), with the lexicon flags as one more table."""
    from spacy.ml.staticvectors import StaticVectors

    tables = [*rows, lexicon_rows]
    embeddings = [HashEmbed(width, n, column=i, seed=8 + i, dropout=0.0) for i, n in enumerate(tables)]
    concat_size = width * (len(embeddings) + include_static_vectors)
    max_out = with_array(Maxout(width, concat_size, nP=3, dropout=0.0, normalize=True))
    features = chain(_features(attrs), list2ragged(), with_array(concatenate(*embeddings)))
    if include_static_vectors:
        features = concatenate(features, StaticVectors(width, dropout=0.0))
    embed = chain(features, max_out, ragged2list())
    word_rows = _WordRows()

    def forward(model, docs, is_train):
        if is_train:
            word_rows.clear()  # the weights are about to change
            return chain_forward(model, docs, is_train)
        return [word_rows.of(model, doc) for doc in docs], _predicted_only

    # the chain with a cache in front: the same layers, so the same weights file and training
    return Model(embed.name, forward, init=chain_init, layers=embed.layers,
                 dims={name: embed.maybe_get_dim(name) for name in embed.dim_names})
