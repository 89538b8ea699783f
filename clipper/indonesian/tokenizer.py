"""clipper's Indonesian tokenizer: spaCy's Indonesian rules without its 16,000 tokenizer exceptions.

Nearly all of spaCy's Indonesian exceptions are hyphenated words ("anak-anak", "sehari-hari") listed to
keep them whole, which costs seconds at every model load. Dropping the rule that splits a hyphen
between letters keeps every such word whole without the list (and "Rusia-Ukraina", "Bankman-Fried"
too); the few hundred other exceptions (abbreviations, emoticons) stay.
"""

import spacy
from spacy.lang.id import Indonesian
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex


def _without_letter_hyphen_split(pattern: str) -> str:
    """The infix rules split "-" between letters (and before a letter); keep dashes, drop the hyphen."""
    return pattern.replace("(?:-|–|", "(?:–|").replace("[\\/-](?=", "[\\/](?=")


@spacy.registry.tokenizers("clipper.IndonesianTokenizer.v1")
def create_tokenizer():
    def make(nlp):
        defaults = Indonesian.Defaults
        exceptions = {k: v for k, v in defaults.tokenizer_exceptions.items() if "-" not in k}
        infixes = [_without_letter_hyphen_split(p) for p in defaults.infixes]
        return Tokenizer(
            nlp.vocab,
            rules=exceptions,
            prefix_search=compile_prefix_regex(defaults.prefixes).search,
            suffix_search=compile_suffix_regex(defaults.suffixes).search,
            infix_finditer=compile_infix_regex(infixes).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return make


def blank():
    """A blank Indonesian pipeline with this tokenizer (for training and evaluation)."""
    return spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": "clipper.IndonesianTokenizer.v1"}}})


SHORT_DOC = 150  # tokens


def positions(doc, words: frozenset[str], *, digits: bool = False) -> list[int]:
    """Indices of the tokens whose lower-case form is in `words` (and of the all-digit ones with
    `digits`), found on the doc's arrays: walking the tokens in Python creates an object per token,
    and the rules and date stages would do it several times per article."""
    if len(doc) < SHORT_DOC:  # a sentence: the arrays' fixed cost is more than a walk
        return [t.i for t in doc if t.lower_ in words or (digits and t.is_digit)]
    import numpy
    from spacy.attrs import IS_DIGIT, LOWER

    values = doc.to_array([LOWER, IS_DIGIT])
    hit = numpy.isin(values[:, 0], _hashes(doc.vocab.strings, words))
    if digits:
        hit |= values[:, 1] == 1
    return numpy.flatnonzero(hit).tolist()


_HASHES: dict[tuple[int, frozenset[str]], object] = {}  # (string store, words) -> their hashes, as an array


def _hashes(strings, words: frozenset[str]):
    import numpy

    key = (id(strings), words)
    if key not in _HASHES:
        _HASHES[key] = numpy.array([strings.add(w) for w in words], dtype="uint64")
    return _HASHES[key]
