"""The `clipper_institutions` component: organisations found by their shape and the words around
them, overruling the model where they overlap it (the known ones and their acronyms, names built on
a head or tail word, listed organisations over the model's people, cited outlets, named groups), and
the holder's name an office runs on into."""

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from clipper.extraction.entities.names import CAPITALISED, NAME_TOKEN, SHOWN, SOURCE_NAME
from clipper.indonesian.lexicon import (
    CITING_VERBS,
    GROUP_WORDS,
    HEADS_WITH_DAN,
    INSTITUTION_HEADS,
    INSTITUTION_TAILS,
    KNOWN_NAMES,
    KNOWN_ORGS,
    RANKS,
    ROLE_WORDS,
    SOURCE_WORDS,
    common_words,
    given_names,
    organisation_index,
    place_names,
    place_words,
)
from clipper.indonesian.tokenizer import positions


@Language.factory("clipper_institutions")
class Institutions:
    """Institutions, overruling the model where they overlap it: the known ones and their acronyms
    (a PhraseMatcher over lexicon.KNOWN_ORGS and KNOWN_NAMES), and names built on a head or tail word,
    found by a scan from those words (a token Matcher with regex tests cost a millisecond per article):

    - a capitalised head word and the capitalised words after it: "Kementerian Perhubungan", "Polres
      Lhokseumawe", "Partai Hanura";
    - an official head, words, "dan", words: "Kementerian Komunikasi dan Informatika" (the words around
      "dan" must not open another institution: "KPAI dan Kementerian ..." is two);
    - capitalised words ending in a kind: "Stanford University", "New York Post", "Recording Academy".
    """

    def __init__(self, nlp: Language, name: str):
        from spacy.matcher import PhraseMatcher

        self.known = PhraseMatcher(nlp.vocab, attr="ORTH")
        forms = {form for canonical, aliases in KNOWN_ORGS.items() for form in (canonical, *aliases)}
        self.known.add("ORG", list(nlp.tokenizer.pipe(sorted(forms | set(KNOWN_NAMES)))))

    def __call__(self, doc: Doc) -> Doc:
        built, holders = _office_holders(doc, _built_names(doc))
        named = [(start, end) for _, start, end in self.known(doc)] + built + _listed_organisations(doc)
        shown = _cited_sources(doc) + _named_groups(doc)  # "dilansir ESPN", "platform Zilingo"
        found = filter_spans([Span(doc, start, end, label="ORG") for start, end in named] + holders
                             + [Span(doc, start, end, label="ORG", kb_id=SHOWN) for start, end in shown])
        covered = {i for f in found for i in range(f.start, f.end)}
        kept = [e for e in doc.ents if covered.isdisjoint(range(e.start, e.end))]
        doc.ents = sorted(kept + found, key=lambda e: e.start)
        return doc


HEAD_OR_TAIL = frozenset(INSTITUTION_HEADS | INSTITUTION_TAILS)
ENGLISH_LINKS = frozenset({"of", "for"})


def _listed_at(doc: Doc, i: int) -> int | None:
    """The end of the longest listed organisation name starting at token i, or None."""
    for words in organisation_index().get(doc[i].text, ()):
        end = i + len(words)
        if end <= len(doc) and tuple(t.text for t in doc[i:end]) == words:
            return end
    return None


def _listed_organisations(doc: Doc) -> list[tuple[int, int]]:
    """An organisation the lists name in full ("San Antonio Spurs", "Shakhtar Donetsk") where the model
    took it, or a part of it, for a person ("Antonio"), or in brackets after a person's name, where it
    says whom the person plays or stands for ("LeBron James (Cleveland Cavaliers)"). Only there: a
    place in the lists ("Fratton Park") stays the model's place, and a name it saw nothing in is left to
    it."""
    spans = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        for i in range(max(0, ent.start - 3), ent.start + 1):
            if (end := _listed_at(doc, i)) is not None and end >= ent.end:
                spans.append((i, end))
                break
        if ent.end + 2 < len(doc) and doc[ent.end].text == "(" and (end := _listed_at(doc, ent.end + 1)) \
                and end < len(doc) and doc[end].text == ")":
            spans.append((ent.end + 1, end))
    return spans


def _source_name_end(doc: Doc, start: int, limit: int) -> int:
    """Where the name of an outlet or a group that starts at `start` ends: at most `limit` capitalised
    words, not running into another group word or a given name ("situs Transfermarkt | Ezra bermain";
    the model's guess of a person is no evidence here: "tim Project Zero")."""
    end = start
    while end < len(doc) and end - start < limit and SOURCE_NAME.match(doc[end].text) \
            and doc[end].lower_ not in GROUP_WORDS \
            and not (end > start and doc[end].text in given_names()):
        end += 1
    return end


def _cited_sources(doc: Doc) -> list[tuple[int, int]]:
    """The outlet a story cites is an organisation: "dilansir ESPN", "dikutip dari Independent",
    "dilaporkan Yonhap News", "mengutip kantor berita lokal, Sanook" (a person after "menurut" is left
    to the model: only a source word there, "menurut laman Marca", makes it a source)."""
    spans = []
    for i in positions(doc, CITING_VERBS):
        j, worded = i + 1, False
        while j < len(doc) and doc[j].lower_ in SOURCE_WORDS and doc[j].is_lower:
            j, worded = j + 1, worded or doc[j].lower_ not in ("dari", "oleh")
        if doc[i].lower_ == "menurut" and not worded:
            continue
        if worded:  # "mengutip kantor berita lokal, Sanook": a word or two about the source, a comma
            k = j
            while k < len(doc) and k - j < 2 and doc[k].is_lower and doc[k].is_alpha:
                k += 1
            if k < len(doc) and doc[k].text == ",":
                j = k + 1
        end = _source_name_end(doc, j, 4)
        if end > j:
            spans.append((j, end))
    return spans


def _named_groups(doc: Doc) -> list[tuple[int, int]]:
    """The name right after a group word is the group's ("klub Eredivisie", "platform Zilingo",
    "operator Boost Mobile"); a place there says where the group is from ("startup Indonesia",
    "klub Inggris"), and the name after it and a comma is the group's ("klub Inggris, Middlesbrough")."""
    spans = []
    for i in positions(doc, GROUP_WORDS):
        if not doc[i].is_lower:
            continue
        end = _source_name_end(doc, i + 1, 3)
        if end == i + 1:
            continue
        place = doc[i + 1:end].text in place_names() or all(t.text in place_words() for t in doc[i + 1:end])
        if not place and doc[i + 1].ent_type_ != "LOC":
            spans.append((i + 1, end))
        elif place and end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].text not in given_names() \
                and (named := _source_name_end(doc, end + 1, 3)) > end + 1 \
                and not any(t.text in place_words() for t in doc[end + 1:named]):
            spans.append((end + 1, named))  # "klub Inggris, Middlesbrough", not "band Naif, David Bayu"
    return spans


def _built_names(doc: Doc) -> list[tuple[int, int]]:
    def capitalised(i: int) -> bool:  # a rank opens the holder's name: "Polda Jateng | Kombes Pol Djarod"
        return CAPITALISED.match(doc[i].text) is not None and doc[i].lower_ not in RANKS

    def in_name(i: int) -> bool:  # an English name's "of": "Organisasi Muslim Legal Fund of America"
        return capitalised(i) or (doc[i].text in ENGLISH_LINKS and i + 1 < len(doc) and capitalised(i + 1)
                                  and capitalised(i - 1))

    def part(i: int) -> bool:
        return capitalised(i) and doc[i].lower_ not in INSTITUTION_HEADS

    def run(i: int, test) -> int:
        while i < len(doc) and test(i):
            i += 1
        return i

    spans = []
    for i in positions(doc, HEAD_OR_TAIL):
        tok = doc[i]
        low = tok.lower_
        if low == "kepolisian" and tok.is_lower and i + 1 < len(doc) and doc[i + 1].ent_iob_ == "B" \
                and doc[i + 1].ent_type_ == "LOC":  # "ditangkap kepolisian Cheshire": the force of a place
            spans.append((i, run(i + 2, lambda k: doc[k].ent_iob_ == "I")))
        if low in INSTITUTION_HEADS and tok.text[:1].isupper():
            if (end := run(i + 1, in_name)) > i + 1:
                # "Pengadilan Negeri (PN) Lhoksukon": the acronym aside, then the place the office serves
                if end + 3 < len(doc) and doc[end].text == "(" and doc[end + 1].text.isupper() \
                        and doc[end + 2].text == ")" and doc[end + 3].ent_iob_ == "B" \
                        and doc[end + 3].ent_type_ == "LOC":
                    end = run(end + 4, lambda k: doc[k].ent_iob_ == "I")
                spans.append((i, end))
            if low in HEADS_WITH_DAN and (j := run(i + 1, part)) > i + 1 and j < len(doc) and doc[j].lower_ == "dan" \
                    and (end := run(j + 1, part)) > j + 1:
                spans.append((i, end))
        if low in INSTITUTION_TAILS:
            start = i
            while start > 0 and capitalised(start - 1):
                start -= 1
            if start < i:
                spans.append((start, i + 1))
    return spans


HOLDER_WORDS = 4  # words of a holder's name after the office


def _holder_starts(doc: Doc, start: int, end: int) -> int | None:
    """Where, in the capitalised run start:end, an office ends and its holder's name begins: after an
    acronym or a kind of organisation ("Provinsi NTT | Marius Ardu Jelamu", "MDI Ventures | Nicko
    Widjaja"), before a name of two to four words, or a given name, that holds no head, kind, acronym,
    place word or common word ("Dinas Pendidikan DKI Jakarta", "Bank BRI Syariah" are offices alone)."""
    for b in range(start + 2, end):
        before = doc[b - 1]
        if not ((before.text.isupper() and len(before) > 1 and before.is_alpha) or before.lower_ in INSTITUTION_TAILS):
            continue
        name = doc[b:end]
        if (len(name) > 1 or name.text in given_names()) and len(name) <= HOLDER_WORDS and all(
                NAME_TOKEN.match(t.text) and not t.text.isupper() and t.lower_ not in HEAD_OR_TAIL
                and t.text not in place_words() and t.lower_ not in common_words() for t in name):
            return b
    return None


def _office_holders(doc: Doc, spans: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[Span]]:
    """A role's office runs on into its holder's name ("Kepala Dinas Pariwisata Provinsi NTT Marius Ardu
    Jelamu", "Direktur Investasi MDI Ventures Nicko Widjaja"): the office is the organisation, the
    name after it a person (_holder_starts says where one ends)."""
    offices, holders = [], []
    for start, end in spans:
        role = doc[start].lower_ in ROLE_WORDS or (start > 0 and doc[start - 1].lower_ in ROLE_WORDS)
        run_end = end
        while role and run_end < len(doc) and run_end - end < HOLDER_WORDS and NAME_TOKEN.match(doc[run_end].text):
            run_end += 1
        if role and (b := _holder_starts(doc, start, run_end)) is not None:
            offices.append((start, b))
            holders.append(Span(doc, b, run_end, label="PERSON"))
        else:
            offices.append((start, end))
    return offices, holders


