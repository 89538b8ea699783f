"""Decisions at the level of the story, after the per-entity rules: how the story itself writes a
word tells a name from a word (`StoryCase`, `STORY_RULES`), and a list of people names the people
the model missed in it (`names_in_lists`). The `clipper_story_words` component runs both.
"""

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from clipper.extraction.entities.names import NAME_TOKEN, SHOWN, WEB_ADDRESS, opens
from clipper.extraction.entities.rules import Rule
from clipper.indonesian.lexicon import (
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    PLACE_HEADS,
    VENUE_WORDS,
    common_words,
    given_names,
    opening_words,
    place_names,
)
from clipper.indonesian.lines import opens_after

CLITIC = re.compile(r"(?:nya|lah|kah|tah|pun|kan)$")  # particles, the possessive, the -kan of a headline's verb
# a passive verb: "di-" and "-kan", "-nya" or Jakarta's "-in" ("Dikatakan", "Dibungkukin badannya")
PASSIVE_VERB = re.compile(r"^Di[a-z]{3,}(?:kan|in|nya)$")


def _texts(doc: Doc) -> list[str]:
    """The tokens' texts, read once: the story rules test words, and a Token object per test costs
    more than the tests."""
    return [t.text for t in doc]


def _opens(texts: list[str], i: int) -> bool:
    """As names.opens, on the texts read once."""
    return opens_after(texts[i - 1] if i else None)


def _lines(texts: list[str]) -> list[range]:
    """The token ranges between the whitespace that holds a line break."""
    lines, start = [], 0
    for i, text in enumerate(texts):
        if "\n" in text and text.isspace():
            if i > start:
                lines.append(range(start, i))
            start = i + 1
    if start < len(texts):
        lines.append(range(start, len(texts)))
    return lines


@dataclass(slots=True)
class StoryCase:
    """How the story itself writes its words: which it writes in lower case, which it capitalises
    inside a sentence (where a capital means a name)."""

    lower: set[str]
    named: set[str]

    @classmethod
    def of(cls, doc: Doc, texts: list[str] | None = None) -> "StoryCase":
        """Capitals in a headline-like line (a list of other stories, a subheading) say nothing: in
        Title Case every word has one."""
        texts = _texts(doc) if texts is None else texts
        lower, named = set(), set()
        for line in _lines(texts):
            words = [i for i in line if texts[i].isalpha()]
            capitals = sum(texts[i][:1].isupper() for i in words)
            headline = capitals >= 0.6 * len(words) and texts[line[-1]] not in ".!?\"”"
            for i in words:
                if texts[i].islower():
                    lower.add(texts[i].lower())
                elif not headline and texts[i][:1].isupper() and not _opens(texts, i):
                    named.add(texts[i].lower())
        return cls(lower, named)

    def a_word(self, word: str) -> bool:
        """Never capitalised inside a sentence here, and written in lower case here or nearly always
        elsewhere, itself or its stem without a clitic ("Pergilah", "Mungkinkah", "Angkanya", "Hadirkan")."""
        if word in self.named:
            return False
        stem = CLITIC.sub("", word)
        return any(w in self.lower or w in common_words() for w in {word, stem} if len(w) > 2)


def _words_are_not_names(doc: Doc, ent: Span, case: StoryCase) -> Span | None:
    """A capitalised word the story also writes in lower case, or a common word that only opens
    sentences or stands in a headline, is no name ("Senyum" opening a paragraph, "Nasib", "Memasuki");
    nor is a run of such words ("Hadirkan Konten Positif"); nor a word opening a sentence alone that is
    usually written in lower case, or is a passive verb, and is no given name ("Penelitian menunjukkan",
    "Lega, tapi", "Dibungkukin badannya")."""
    if WEB_ADDRESS.match(ent.text):
        return ent  # "people.com": a site's address, no word
    word = ent.text.lower()
    if len(ent) == 1 and opens(doc, ent.start) and word not in case.named and ent.text not in given_names() \
            and (word in opening_words() or PASSIVE_VERB.match(ent.text)):
        return None
    return None if all(not t.is_alpha or case.a_word(t.lower_) for t in ent) else ent


def _names_hold_no_words(doc: Doc, ent: Span, case: StoryCase) -> Span | None:
    """A name holds no common words: a word opening the sentence before it ("Sebelumnya Ely",
    "Mungkinkah Jose Mourinho", "Wajah Madrid") is cut off, and so are a headline's words after a
    person's name ("Ely Sugigi Kena Semprot")."""
    if len(ent) < 2:
        return ent
    start, end = ent.start, ent.end
    if opens(doc, start) and case.a_word(doc[start].lower_):
        start += 1
    if ent.label_ != "PERSON":
        return ent if start == ent.start else Span(doc, start, end, label=ent.label_, kb_id=ent.kb_id_)
    cut = next((t.i for t in doc[start + 1:end] if t.lower_ not in NAME_PARTICLES and case.a_word(t.lower_)), end)
    if cut <= start:
        return None
    return ent if (start, cut) == (ent.start, ent.end) else Span(doc, start, cut, label="PERSON")


STORY_RULES = (
    Rule("words-are-not-names", _words_are_not_names),
    Rule("names-hold-no-words", _names_hold_no_words),
)


@Language.component("clipper_story_words")
def story_words(doc: Doc) -> Doc:
    """Decisions at the level of the story: how the story writes a word tells a name from a word, and
    a list of people names people the model missed in it."""
    if not doc.ents:
        return doc
    texts = _texts(doc)
    case = StoryCase.of(doc, texts)
    kept = []
    for ent in doc.ents:
        for rule in STORY_RULES:
            if (ent := rule.apply(doc, ent, case)) is None:
                break
        else:
            kept.append(ent)
    doc.ents = kept
    if added := names_in_lists(doc, texts):
        doc.ents = filter_spans([*added, *doc.ents])  # the whole item over a part of it
    if again := people_named_again(doc, case, texts):
        doc.ents = sorted([*doc.ents, *again], key=lambda e: e.start)
    return doc


def people_named_again(doc: Doc, case: StoryCase, texts: list[str] | None = None) -> list[Span]:
    """A name the story gives a person is that person wherever it stands untagged ("Diana berbisik
    kepada Charles" where the model found Charles, and Diana elsewhere): a full name, or a given name
    alone (a single word the model once took for a person may be a company: "Brilio"); a common word
    opening a sentence is still a word."""
    names: dict[str, set[tuple[str, ...]]] = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) <= 3:
            names.setdefault(ent[0].text, set()).add(tuple(t.text for t in ent))
            for tok in ent[1:]:  # "Diana" of "Putri Diana"
                if tok.text in given_names():
                    names.setdefault(tok.text, set()).add((tok.text,))
    if not names:
        return []
    tagged = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    texts = _texts(doc) if texts is None else texts
    found, after = [], 0
    for i, text in enumerate(texts):
        if i < after or i in tagged or text not in names:
            continue
        form = next((f for f in sorted(names[text], key=len, reverse=True)
                     if tuple(texts[i:i + len(f)]) == f and tagged.isdisjoint(range(i, i + len(f)))), None)
        if form is None or (len(form) == 1 and (text not in given_names()
                                                or (_opens(texts, i) and case.a_word(text.lower())))):
            continue
        end = i + len(form)
        while end < len(doc) and end - i < 5 and end not in tagged and NAME_TOKEN.match(texts[end]) \
                and texts[end].lower() not in NOT_NAME_WORDS and not case.a_word(texts[end].lower()):
            end += 1  # the fuller name here: "Damayanti R Sjarif" where the story said "Damayanti"
        found.append(Span(doc, i, end, label="PERSON"))
        after = end
    return found


LIST_SEPARATORS = frozenset({",", ";", "dan", "serta", "hingga", "&"})
PLACE_OR_VENUE = frozenset(PLACE_HEADS | VENUE_WORDS)


def _list_items(texts: list[str]) -> list[list[tuple[int, int]]]:
    """Runs of two capitalised items or more separated by commas or "dan" ("Adele, Carrie Fisher, Malala,
    Emma Watson"; a line-up's "Ade Suhendra, Gufroni Al Maruf, Agus Indra (Arga 81 ')"), each as its items."""
    lists, items, i = [], [], 0
    while i < len(texts):
        end = i
        while end < len(texts) and (NAME_TOKEN.match(texts[end]) or (
                end > i and texts[end] in NAME_PARTICLES and end + 1 < len(texts)
                and NAME_TOKEN.match(texts[end + 1]))):
            end += 1
        if end > i and end - i <= 4:
            items.append((i, end))
            if end < len(texts) and texts[end] == "(":  # an aside after the item: "(Arga 81 ')"
                while end < len(texts) and texts[end] != ")":
                    end += 1
                end += 1
            if end < len(texts) and texts[end].lower() in LIST_SEPARATORS:
                i = end + 1
                if i + 1 < len(texts) and texts[end] == "," and texts[i].lower() in LIST_SEPARATORS:
                    i += 1  # ", dan Wavemaker": the comma before the last item's "dan"
                continue
            i = end
        else:
            i = max(end, i + 1)
        if len(items) >= 2:
            lists.append(items)
        items = []
    if len(items) >= 2:
        lists.append(items)
    return lists


def names_in_lists(doc: Doc, texts: list[str] | None = None) -> list[Span]:
    """The items of one list are of one kind. In a list whose names are mostly people, a name the
    model left untagged, tagged in part, or took for a place it is not ("Malala" among "Adele, Carrie
    Fisher, ... Emma Watson") is a person; in a list of mostly organisations, one taken for a person or
    a place is an organisation ("Venturra Capital, SIG, Beenext, dan Wavemaker"). A day, a month, a
    known place or a venue ("Stadion Petrokimia") stays what it is. Of two names paired, a one-word
    "person" that is no given name beside an organisation is an organisation ("Qualgro dan MDI Ventures
    memimpin pendanaan"), where "dan" joins them ("pelatih Persib, Alberts" names the club's man)."""
    label_at = {i: e.label_ for e in doc.ents for i in range(e.start, e.end)}
    added = []
    for items in _list_items(_texts(doc) if texts is None else texts):
        labels = [{label_at.get(k) for k in range(a, b)} for a, b in items]
        if len(items) == 2:  # joined by "dan": after a comma, the second may be a person of the first
            if doc[items[0][1]].lower_ not in {"dan", "serta", "&"}:
                continue
            added += [Span(doc, a, b, label="ORG", kb_id=SHOWN) for (a, b), found, other in
                      zip(items, labels, labels[::-1], strict=True) if found == {"PERSON"} and other == {"ORG"}
                      and b - a == 1 and doc[a].text not in given_names()]
            continue
        for kind in ("PERSON", "ORG"):
            members = sum(1 for found in labels if found == {kind})
            if members < 2 or members * 2 < len(items):
                continue
            for (a, b), found in zip(items, labels, strict=True):
                if found == {kind} or (kind == "PERSON" and "ORG" in found) or doc[a:b].text in place_names() \
                        or any(t.lower_ in NOT_NAME_WORDS or t.lower_ in PLACE_OR_VENUE for t in doc[a:b]):
                    continue
                added.append(Span(doc, a, b, label=kind, kb_id=SHOWN))
            break
    return added
