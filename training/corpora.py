"""Read the Indonesian NER corpora (CoNLL, BIO) into spaCy Docs, with the test sentences kept out.

Used by training/ner.py (training) and bench/ner.py (evaluation). Sentences are re-tokenised with
the runtime tokenizer (clipper's Indonesian tokenizer), so the model learns on the tokens it will see; gold
entities are carried over by character offsets.
"""

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

# the held-out test sets we report on (fold 1 for the cross-validated ones)
TEST_SETS = {"nerui": "nerui/test.conll", "nerugm": "nerugm/test.conll",
             "idner-news-2k": "idner-news-2k/test.conll", "nergrit": "nergrit/test.conll"}
LABELS = ("PERSON", "ORG", "LOC")


@dataclass(slots=True)
class Sentence:
    tokens: list[str]
    tags: list[str]  # BIO over PERSON / ORG / LOC (others mapped to O)
    dataset: str

    @property
    def key(self) -> str:
        """The text key of ../shared/data/ner/overlap.tsv: SHA-1 of the lower-cased tokens, joined."""
        return hashlib.sha1("".join(self.tokens).lower().encode("utf-8")).hexdigest()[:16]


def read_conll(path: Path, dataset: str, label_map: dict[str, str]) -> list[Sentence]:
    sentences, tokens, tags = [], [], []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            if tokens:
                sentences.append(Sentence(tokens, tags, dataset))
                tokens, tags = [], []
            continue
        token, tag = line.split("\t")
        if tag != "O":
            prefix, label = tag.split("-", 1)
            mapped = label_map.get(label, "OTHER")
            tag = f"{prefix}-{mapped}" if mapped in LABELS else "O"
        tokens.append(token)
        tags.append(tag)
    if tokens:
        sentences.append(Sentence(tokens, tags, dataset))
    return sentences


# silver Wikipedia data (ner/wikiann-id), not in label_map.json: its tags are already ours but for PER
SILVER_LABELS = {"wikiann-id": {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}}


def load(data: Path, dataset: str, split: str) -> list[Sentence]:
    label_map = SILVER_LABELS.get(dataset) or json.loads((data / "label_map.json").read_text())[dataset]
    return read_conll(data / dataset / f"{split}.conll", dataset, label_map)


def restore_case(sentence: Sentence) -> Sentence:
    """nerp is lower-cased: give its names (PERSON, LOC) and its first word a capital back, so the
    model does not learn that names may be written in lower case. Everything else stays as it is
    (its O tokens are marked unknown in training anyway)."""
    pairs = zip(sentence.tokens, sentence.tags, strict=True)
    tokens = [t.capitalize() if tag != "O" and t.isalpha() else t for t, tag in pairs]
    if tokens:
        tokens[0] = tokens[0][:1].upper() + tokens[0][1:]
    return Sentence(tokens, sentence.tags, sentence.dataset)


def held_out_keys(data: Path) -> set[str]:
    """Text keys of every test sentence we report on: training must not see them (nor their copies)."""
    keys = set()
    for dataset in TEST_SETS:
        keys.update(s.key for s in load(data, dataset, "test"))
    return keys


def to_doc(nlp, sentence: Sentence, *, missing_o: bool = False):
    """A Doc of the sentence's text (tokens joined by spaces) tokenised by `nlp`, with gold entities.

    `missing_o` marks every token outside a gold entity as unknown rather than O (for nerp, which
    has no organisation class, so its O may hide an ORG).
    """
    text, spans, pos, start, label = "", [], 0, None, None
    offsets = []
    for token in sentence.tokens:
        offsets.append((pos, pos + len(token)))
        text += token + " "
        pos += len(token) + 1
    for i, tag in enumerate([*sentence.tags, "O"]):
        if start is not None and not tag.startswith("I-"):
            spans.append((offsets[start][0], offsets[i - 1][1], label))
            start = None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, label = i, tag[2:]
    doc = nlp.make_doc(text.rstrip())
    ents = [span for a, b, lab in spans if (span := doc.char_span(a, b, label=lab, alignment_mode="expand"))]
    ents = _no_overlaps(ents)
    doc.set_ents(ents, default="missing" if missing_o else "outside")
    return doc


def _no_overlaps(spans):
    chosen, taken = [], set()
    for span in sorted(spans, key=lambda s: (s.start, -len(s))):
        if not taken.intersection(range(span.start, span.end)):
            chosen.append(span)
            taken.update(range(span.start, span.end))
    return chosen


# names a copy of a sentence may take in place of its own (training-time augmentation): DBpedia's lists,
# without its thousands of schools ("SDN Cibubur 10 Pagi"), which would crowd out the companies and clubs
GAZETTEER_FILES = {"PERSON": "person.txt", "ORG": "organization.txt", "LOC": "place.txt"}
SCHOOL = ("SD", "SDN", "SMP", "SMPN", "SMA", "SMAN", "SMK", "SMKN", "SMPLB", "SDLB", "SLB", "MI", "MTs", "MA", "MAN",
          "TK")


def gazetteer_names(folder: Path) -> dict[str, list[str]]:
    names = {}
    for label, file in GAZETTEER_FILES.items():
        rows = (line.strip() for line in (folder / file).read_text(encoding="utf-8").splitlines())
        names[label] = sorted({n for n in rows if n and len(n.split()) <= 4 and n.split()[0] not in SCHOOL})
    return names


def with_other_names(sentence: Sentence, names: dict[str, list[str]], rng) -> Sentence:
    """The sentence with each of its names replaced by a random name of the same class, so the model
    learns a class from the words around a name more than from the name (Twilio, Persiwa Wamena)."""
    tokens, tags = [], []
    i = 0
    while i < len(sentence.tokens):
        tag = sentence.tags[i]
        if tag == "O":
            tokens.append(sentence.tokens[i])
            tags.append(tag)
            i += 1
            continue
        label = tag[2:]
        j = i + 1
        while j < len(sentence.tokens) and sentence.tags[j] == f"I-{label}":
            j += 1
        new = rng.choice(names[label]).split()
        tokens += new
        tags += [f"B-{label}"] + [f"I-{label}"] * (len(new) - 1)
        i = j
    return Sentence(tokens, tags, sentence.dataset)
