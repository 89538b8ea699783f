"""Rule components that run after the statistical NER, where statistics fall short:

- `clipper_people_by_title`: a capitalised name after an honorific or rank ("Pak", "dr", "Kompol") or
  after a role and a comma ("Ketua KPAI, Susanto") is a person;
- `clipper_not_entities`: every entity goes through `RULES`, an ordered list of small named rules,
  each a decision about one error class (office abbreviations such as "Menkominfo" name roles, a
  name after "tim" is a group, honorifics and leading role words are trimmed from names...);
  tests/test_entity_rules.py tests each by its name;
- `clipper_whole_names`: a person's name runs over the capitalised words next to it.
The institutions (`clipper_institutions`) are in institutions.py, the decisions that need the whole
story (`clipper_story_words`) in story.py.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from clipper.extraction.entities.institutions import HEAD_OR_TAIL
from clipper.extraction.entities.names import NAME_TOKEN, SHOWN, WEB_ADDRESS, opens
from clipper.indonesian.lexicon import (
    AMOUNT_WORDS,
    BUSINESS_NOUNS,
    CLASSIFIERS,
    DEMONSTRATIVES,
    FOOTBALL_CLUB,
    FUNDING_ROUND,
    FUNDING_WORDS,
    GROUP_WORDS,
    HONORIFICS,
    INSTITUTION_HEADS,
    INSTITUTION_TAILS,
    KIN,
    KNOWN_NAMES,
    LAW_HEADS,
    LAW_NAMES,
    NAME_LINKS,
    NAME_OPENING_TITLES,
    NAME_PARTICLES,
    NAMING_VERBS,
    NOT_NAME_WORDS,
    OCCUPATIONS,
    OFFICE_ABBREVIATIONS,
    OFFICE_COMPLEMENTS,
    PERSON_NOUNS,
    PLACE_HEADS,
    PLACE_PREPOSITIONS,
    REGIONAL_ROLES,
    ROLE_WORDS,
    SITE_HEADS,
    TEAM_POSITIONS,
    THING_ACRONYMS,
    THING_NOUNS,
    VENUE_WORDS,
    given_names,
    organisation_names,
    place_names,
    place_words,
)
from clipper.indonesian.tokenizer import positions

CLUB = re.compile(FOOTBALL_CLUB)
ROUND = re.compile(FUNDING_ROUND)
PERSON_NAME = re.compile(r"^[^\W\d_][\w'’.\- ]*$")
# what may stand right before a name that opens a clause: a dateline dash, a quote, a bracket
NAME_OPENERS = {"-", "–", "—", '"', "“", "(", "'"}

COMPONENTS = ("clipper_model_people", "clipper_institutions", "clipper_people_by_title", "clipper_not_entities",
              "clipper_whole_names", "clipper_story_words")


def add_to(nlp) -> None:
    """Append the rule components (COMPONENTS, in this order) after the statistical NER."""
    previous = "ner"
    for name in COMPONENTS:
        nlp.add_pipe(name, after=previous)
        previous = name


# where a person may follow: a title, an occupation, the bracket after an office, a comma after a role
TITLE_CUES = frozenset(HONORIFICS | OCCUPATIONS | {")", ","})


@Language.component("clipper_model_people")
def model_people(doc: Doc) -> Doc:
    """Keep the model's full names: an institution pattern may run on into one ("Gubernur Bank
    Indonesia Perry Warjiyo"), and `clipper_not_entities` gives the name back."""
    doc.spans["model_people"] = [e for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2]
    return doc


def _split_off_person(doc: Doc, ent: Span, people_by_end: dict[int, Span]) -> list[Span]:
    """An institution that ends in a full name the model found: the institution, then the person
    (unless the institution is named after the person, "Rumah Sakit Cipto Mangunkusumo", or is a listed
    organisation, "San Antonio Spurs")."""
    person = people_by_end.get(ent.end) if ent.label_ == "ORG" and ent.text not in organisation_names() else None
    if person is not None and person.start > ent.start \
            and doc[person.start - 1].lower_ not in INSTITUTION_HEADS | {"sakit"}:
        return [Span(doc, ent.start, person.start, label="ORG"), person]
    return [ent]


def _split_off_employer(doc: Doc, ent: Span) -> list[Span]:
    """A role, the organisation it is held at, then the holder's name, all taken for one person ("CEO
    Wavecell Olivier Gerhardt", "Principal Burda Albert Shyy"): the word between the role and a given
    name is the organisation (a given name there would be the person's own: "Direktur Budi Santoso")."""
    if ent.label_ != "PERSON":
        return [ent]
    start = _title_words(doc, ent)
    after_role = start > ent.start or (ent.start > 0 and doc[ent.start - 1].lower_ in ROLE_WORDS)
    if not after_role or ent.end - start < 3:
        return [ent]
    employer, first = doc[start], doc[start + 1]
    if employer.text in given_names() or first.text not in given_names() or not NAME_TOKEN.match(employer.text):
        return [ent]
    return [Span(doc, start, start + 1, label="ORG", kb_id=SHOWN), Span(doc, start + 1, ent.end, label="PERSON")]


def _name_run(doc: Doc, start: int, limit: int = 4) -> int:
    """End of a run of capitalised name tokens starting at `start` (start itself when none)."""
    end = start
    while end < len(doc) and end - start < limit and NAME_TOKEN.match(doc[end].text) \
            and doc[end].lower_ not in ROLE_WORDS and doc[end].lower_ not in HONORIFICS \
            and doc[end].lower_ not in INSTITUTION_HEADS:
        end += 1
    return end


def _role_before_comma(doc: Doc, comma: int) -> bool:
    """'Ketua KPAI ,' / 'CEO Tik Tok Indonesia ,': a capitalised run opened by a role word."""
    i, role = comma - 1, False
    while i >= 0 and (doc[i].text[:1].isupper() or doc[i].text[:1].isdigit() or doc[i].lower_ == "dan"):
        if doc[i].lower_ in VENUE_WORDS:
            return False  # "di Kantor Wapres, Jakarta": a building, then its city
        role = role or doc[i].lower_ in ROLE_WORDS
        i -= 1
    return role


AGE_MAX = 120
OPEN_BRACKET = frozenset({"("})
NOT_BEFORE_AN_AGE = frozenset(ROLE_WORDS | HONORIFICS | HEAD_OR_TAIL)  # where the name before an age starts


def _people_by_age(doc: Doc) -> list[Span]:
    """A name with an age in brackets after it is a person's ("Martha Potu (82) dinikahi ...", "Budi
    (35), warga Bekasi"): the capitalised words before the bracket, back to a role, a title, a head or
    a place word that is no given name."""
    found = []
    for i in positions(doc, OPEN_BRACKET):
        age = doc[i + 1] if i + 2 < len(doc) and doc[i + 2].text == ")" else None
        if age is None or not age.is_digit or int(age.text) > AGE_MAX:
            continue
        start = i
        while start > 0 and i - start < 4 and NAME_TOKEN.match(doc[start - 1].text) \
                and doc[start - 1].lower_ not in NOT_BEFORE_AN_AGE \
                and (doc[start - 1].text not in place_words() or doc[start - 1].text in given_names()):
            start -= 1
        if start < i - 1 or (start < i and not opens(doc, start)):  # "Skor (2)" opening a sentence: no
            found.append(Span(doc, start, i, label="PERSON"))
    return found


@Language.component("clipper_people_by_title")
def people_by_title(doc: Doc) -> Doc:
    strong, weak = [], []
    for i in positions(doc, TITLE_CUES):
        tok = doc[i]
        # "Kompol Widya", "Menteri Perhubungan (Menhub) Budi Karya Sumadi"; an office without brackets
        # ("Kajari Lhoksukon Teuku Rahmatsyah") is followed by the rest of the office, not by the name
        after_title = (tok.lower_ in HONORIFICS and tok.text[:1].isalpha()) or (
            tok.lower_ in OCCUPATIONS and (tok.text.islower() or opens(doc, tok.i)))  # "pebalap Ananda Mikola"
        after_office = tok.text == ")" and tok.i >= 1 and doc[tok.i - 1].lower_ in OFFICE_ABBREVIATIONS
        after_role = tok.text == "," and _role_before_comma(doc, tok.i)  # "Ketua KPAI, Susanto"
        if after_title or after_office or after_role:
            end = _name_run(doc, tok.i + 1)
            if end > tok.i + 1:
                (strong if after_title or after_office else weak).append(Span(doc, tok.i + 1, end, label="PERSON"))
    strong += _people_by_age(doc)
    if strong or weak:
        # a title is a strong cue and overrules the model; after a comma, only where nothing else was found
        taken = {i for ent in doc.ents for i in range(ent.start, ent.end) if ent.label_ == "ORG"}
        weak = [s for s in weak if not taken.intersection(range(s.start, s.end))]
        # where the model already found the person, its span is better than a run after an office
        # name ("Menko Polhukam Luhut Panjaitan")
        people = [e for e in doc.ents if e.label_ == "PERSON"]
        strong = [s for s in strong if not any(e.start < s.end and s.start < e.end for e in people)]
        kept = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in strong)]
        doc.ents = filter_spans([*strong, *weak, *kept])
    return doc


def _after_place_word(doc: Doc, start: int) -> bool:
    """A place word ("kawasan Mega Kuningan") or a preposition of place ("di Bahama") right before."""
    return start > 0 and (doc[start - 1].lower_ in PLACE_HEADS or doc[start - 1].text in PLACE_PREPOSITIONS)




def _as(ent: Span, label: str, start: int | None = None, *, shown: bool = False) -> Span:
    """The entity with `label` (trimmed to start at `start`); `shown` marks the label as one the
    words around it show, and a mark already there stays while the label does."""
    kept = ent.kb_id_ == SHOWN and label == ent.label_
    return Span(ent.doc, ent.start if start is None else start, ent.end, label=label,
                kb_id=SHOWN if shown or kept else "")


def _person(rule):
    """A rule that looks at people only; other entities pass through it unchanged."""
    def apply(doc: Doc, ent: Span) -> Span | None:
        return rule(doc, ent) if ent.label_ == "PERSON" else ent
    apply.__doc__ = rule.__doc__
    return apply


def _no_opening_words(doc: Doc, ent: Span) -> Span | None:
    """Words that open a sentence and get a capital there are no part of a name ("Menurut Nabil")."""
    start = ent.start
    while start < ent.end and doc[start].lower_ in NOT_NAME_WORDS and (ent.label_ != "ORG" or len(ent) == 1):
        start += 1
    return _as(ent, ent.label_, start) if start < ent.end else None


@_person
def _names_open_with_a_capital(doc: Doc, ent: Span) -> Span | None:
    """A conjunction, an occupation or a noun glued before a person's name is no part of it ("tapi
    Rajata", "posisi Ronaldo", "suami Veronica Tan"); a place keeps its "desa" or "kecamatan"."""
    start = ent.start
    while start < ent.end and doc[start].is_lower and not WEB_ADDRESS.match(doc[start].text):
        start += 1
    return ent if start == ent.start else (_as(ent, ent.label_, start) if start < ent.end else None)


def _organisations_open_with_a_name(doc: Doc, ent: Span) -> Span | None:
    """Words in lower case before an organisation's name are no part of it ("berbasis cloud Singapura
    Wavecell"), and a known place left is a place ("cloud Singapura"); a span with no capital at all is
    dropped by `_no_offices_or_lower_case`."""
    if ent.label_ != "ORG" or not ent[0].is_lower or WEB_ADDRESS.match(ent[0].text):
        return ent
    start = ent.start
    while start < ent.end and doc[start].is_lower and doc[start].lower_ not in INSTITUTION_HEADS:
        start += 1  # "kepolisian Cheshire" is the force of a place (institutions.py)
    if start == ent.end:
        return ent
    return _as(ent, "LOC" if doc[start:ent.end].text in place_names() else "ORG", start)


def _laws_are_not_organisations(doc: Doc, ent: Span) -> Span | None:
    """A law or a regulation is no organisation ("Undang-Undang Cipta Kerja", "Perppu Ormas", "KUHP")."""
    return None if ent[0].lower_ in LAW_HEADS or ent.text.casefold() in LAW_NAMES else ent


def _things_are_not_organisations(doc: Doc, ent: Span) -> Span | None:
    """An acronym of a thing is no organisation ("USB", "HDMI", "THR", "KTP", "SARA")."""
    return None if ent.text.casefold() in THING_ACRONYMS else ent


def _funding_rounds_are_not_names(doc: Doc, ent: Span) -> Span | None:
    """A funding round is no name: "pendanaan Seri B", "dana Seri A senilai $17 juta"."""
    after_funding = ent.start > 0 and doc[ent.start - 1].lower_ in FUNDING_WORDS
    return None if after_funding and ROUND.match(ent.text) else ent


def _football_clubs(doc: Doc, ent: Span) -> Span | None:
    """"Persib", "Persidafon Jayapura", "Persiwa Wamena": a town's football club."""
    return _as(ent, "ORG") if ent.label_ != "ORG" and CLUB.match(ent[0].text) else ent


def _no_punctuation_in_names(doc: Doc, ent: Span) -> Span | None:
    """Punctuation inside is no name ("KIR,-red")."""
    return ent if ent.label_ != "PERSON" or PERSON_NAME.match(ent.text) else None


def _no_offices_or_lower_case(doc: Doc, ent: Span) -> Span | None:
    """An office's abbreviation names a role ("Menkominfo"); a span with no capital names nothing,
    unless it is a site's address ("dilansir people.com")."""
    text = ent.text
    if WEB_ADDRESS.match(text):
        return ent
    return None if text.casefold() in OFFICE_ABBREVIATIONS or not any(ch.isupper() for ch in text) else ent


def _no_office_complements(doc: Doc, ent: Span) -> Span | None:
    """The country or region of an office alone ("Wapres RI", "Gubernur DKI") is no entity."""
    return None if len(ent) == 1 and ent[0].lower_ in OFFICE_COMPLEMENTS else ent


def _customary_titles_open_names(doc: Doc, ent: Span) -> Span | None:
    """A customary or noble title opens a person's name: "Teuku Rasya", "Raden Saleh" (not a place)."""
    if ent.label_ != "PERSON" and len(ent) >= 2 and ent[0].lower_ in NAME_OPENING_TITLES and ent[0].text[:1].isupper():
        return _as(ent, "PERSON")
    return ent


def _initials_are_people(doc: Doc, ent: Span) -> Span | None:
    """What follows "berinisial" is a person's initials ("pemotor pria berinisial CE")."""
    if ent.start > 0 and doc[ent.start - 1].lower_ in ("berinisial", "inisial"):
        return _as(ent, "PERSON")
    return ent


def _offices_are_not_institutions(doc: Doc, ent: Span) -> Span | None:
    """An organisation opened by a title is the institution after the title ("Presiden Recording
    Academy"), or, when no institution follows, an office named by its holder ("Kajari Lhoksukon")."""
    if ent.label_ != "ORG" or not (ent[0].lower_ in OFFICE_ABBREVIATIONS or ent[0].lower_ in ROLE_WORDS):
        return ent
    start = ent.start
    while start < ent.end and (doc[start].lower_ in ROLE_WORDS or doc[start].lower_ in OFFICE_ABBREVIATIONS):
        start += 1
    rest = doc[start:ent.end]
    if not len(rest) or not (rest[-1].lower_ in INSTITUTION_TAILS or rest[0].lower_ in INSTITUTION_HEADS):
        return None
    return _as(ent, "ORG", start)


def _no_lone_heads_or_clitics(doc: Doc, ent: Span) -> Span | None:
    """A head word or a title alone ("PT", "AKBP"), or a word with the -nya clitic ("Angkanya"), is no name."""
    if len(ent) == 1 and (ent[0].lower_ in INSTITUTION_HEADS or ent[0].lower_ in HONORIFICS
                          or (len(ent.text) > 5 and ent.text.endswith("nya"))):
        return None
    return ent


def _within_one_sentence(doc: Doc, ent: Span) -> Span | None:
    """An entity does not run over the end of a sentence ("Blink. Saya sama Lexa")."""
    return None if any(t.text in {".", "!", "?"} for t in ent[:-1]) else ent


def _groups_are_organisations(doc: Doc, ent: Span) -> Span | None:
    """A name right after a group word is a group, whatever the model took it for ("tim Project Zero",
    "perusahaan Uber", "platform Zilingo", "klub Eredivisie"); a country or region after one, known or
    the model's place of known place words ("klub Inggris"), says whose the groups are."""
    if ent.start == 0 or doc[ent.start - 1].text not in GROUP_WORDS:
        return ent
    place = ent.text in place_names() or (ent.label_ == "LOC" and all(t.text in place_words() for t in ent))
    return _as(ent, "LOC") if place else _as(ent, "ORG", shown=True)


ROLE_OR_OCCUPATION = frozenset(ROLE_WORDS | OCCUPATIONS | TEAM_POSITIONS | REGIONAL_ROLES) - KIN  # no kin: a person


def _employers_before_demonstratives(doc: Doc, ent: Span) -> Span | None:
    """A name between a role and a demonstrative is whose the role is: "Striker Everton tersebut" (that
    Everton striker) names a club, "CEO Tesla itu" a company, "pemain Brasil ini" a country, "Camat
    Sukolilo ini" and "warga Teluk Lingga itu" a place (lexicon.REGIONAL_ROLES); the role's holder is
    named elsewhere. A name opened by a given name stays a person unless it is a known organisation's."""
    start = ent.start + 1 if ent[0].lower_ in ROLE_OR_OCCUPATION else ent.start
    role = doc[start - 1].lower_ if start > 0 else ""
    if ent.label_ != "PERSON" or role not in ROLE_OR_OCCUPATION or start == ent.end or ent.end == len(doc) \
            or doc[ent.end].lower_ not in DEMONSTRATIVES:
        return ent
    name = doc[start:ent.end].text
    if doc[start].text in given_names() and name not in organisation_names():
        return ent  # "pelatih Budi Santoso itu": a person may be pointed back at too
    place = name in place_names() or role in REGIONAL_ROLES
    return _as(ent, "LOC" if place else "ORG", start, shown=True)


THING = "THING"  # a name the story gives a thing: no entity, here or wherever the story names it again
NAMED_KINDS = ((PERSON_NOUNS, "PERSON"), (BUSINESS_NOUNS | GROUP_WORDS, "ORG"), (PLACE_HEADS, "LOC"),
               (THING_NOUNS, THING))
NOUN_PHRASE = 3  # lower-case words before a naming verb that may hold the noun it names


def _kind_named(doc: Doc, verb: int) -> str | None:
    """What the noun before a naming verb says the name after it is (a label, THING, or None).
    The noun phrase's first noun is its head ("toko motor": a shop) and decides; a classifier
    ("seorang", "sebuah") decides only where no noun does."""
    head = classifier = None
    for i in range(verb - 1, max(verb - 2 - NOUN_PHRASE, -1), -1):
        if not doc[i].is_lower and not opens(doc, i):  # "Toko bernama ..." opening a sentence
            break
        kind = next((label for words, label in NAMED_KINDS if doc[i].lower_ in words), None)
        if kind and doc[i].lower_ in CLASSIFIERS:
            classifier = classifier or kind
        elif kind:
            head = kind  # walking left: the last noun met is the first of the phrase
        if not doc[i].is_lower:
            break
    return head or classifier


def _named_by_their_noun(doc: Doc, ent: Span) -> Span | None:
    """A name after a naming verb is of the kind the noun before the verb names: "seorang pria bernama
    Budi" a person, "toko bernama Maxsingburi Bike Shop" a business, "pulau bernama Thengar Char" a
    place, "komputer mini bernama Euclid" a
    thing, which `not_entities` drops with its other mentions."""
    if ent.start == 0 or doc[ent.start - 1].lower_ not in NAMING_VERBS:
        return ent
    label = _kind_named(doc, ent.start - 1)
    return _as(ent, label, shown=True) if label else ent


@_person
def _places_after_place_words(doc: Doc, ent: Span) -> Span | None:
    """A name after a place word or "di", "ke" is a place ("kawasan Mega Kuningan", "di Bahama")."""
    return _as(ent, "LOC") if _after_place_word(doc, ent.start) else ent


@_person
def _venues_are_places(doc: Doc, ent: Span) -> Span | None:
    """A name holding a building or venue word is a place ("Pearl Restaurant Hotel JW Marriot")."""
    return _as(ent, "LOC") if any(t.lower_ in VENUE_WORDS for t in ent) else ent


@_person
def _company_endings_are_organisations(doc: Doc, ent: Span) -> Span | None:
    """A name ending in a kind of organisation is one ("Hutchison Asia Telecommunications Limited")."""
    return _as(ent, "ORG") if ent[-1].lower_ in INSTITUTION_TAILS else ent


def _place_heads_open_places(doc: Doc, ent: Span) -> Span | None:
    """A name opened by a place word is a place ("Gunung Rinjani", "Jalan Medan Merdeka"); an
    "organisation" too where the word is a region's, a village's or nature's ("Desa Lelema"), not a
    site's that may be run as one ("Bandara Soekarno-Hatta", "Stasiun Gambir")."""
    heads = {"PERSON": PLACE_HEADS, "ORG": PLACE_HEADS - SITE_HEADS}.get(ent.label_, ())
    return _as(ent, "LOC") if ent[0].lower_ in heads else ent


@_person
def _known_places_are_places(doc: Doc, ent: Span) -> Span | None:
    """A country, province, regency or city named exactly is a place ("Maroko", "Oman", "Badung")."""
    return _as(ent, "LOC") if ent.text in place_names() else ent


def _title_words(doc: Doc, ent: Span) -> int:
    """Where the titles before a name end: honorifics, ranks, roles and offices ("Plh Danramil ...")."""
    start = ent.start
    while start < ent.end and (doc[start].lower_ in HONORIFICS or doc[start].lower_ in ROLE_WORDS
                               or doc[start].lower_ in OFFICE_ABBREVIATIONS):
        start += 1
    return start


@_person
def _known_organisations_are_organisations(doc: Doc, ent: Span) -> Span | None:
    """A club, a company or a broadcaster named exactly is an organisation ("Everton", "Houston
    Rockets", "Indosiar"), unless it is also a place."""
    return _as(ent, "ORG") if ent.text in organisation_names() and ent.text not in place_names() else ent


@_person
def _no_roles_inside_names(doc: Doc, ent: Span) -> Span | None:
    """A role word inside a name, after the titles before it and its first word, makes a job title,
    not a name ("Local Marketing Manager Platform Tik Tok")."""
    return None if any(t.lower_ in ROLE_WORDS for t in doc[_title_words(doc, ent) + 1:ent.end]) else ent


CHANNEL = re.compile(r"^[A-Z]{2,}\d{1,3}$")  # "BBC2", "RCTI1"; "S6" and "X7" are products' codes


def _is_code(token, *, decimals: bool = True) -> bool:
    """Letters and digits in one word ("S6", "X7"), or a decimal ("4.0"): a model code or a version."""
    text = token.text
    return any(c.isdigit() for c in text) and not token.is_digit and (decimals or any(c.isalpha() for c in text))


@_person
def _numbers_are_not_in_names(doc: Doc, ent: Span) -> Span | None:
    """Names hold no numbers. A minute or an age after a name is no part of it ("Komarudin 60" in a
    line-up's "(Komarudin 60 ')"); a year or a number like "04" makes a club ("Schalke 04", "Persib 1933");
    an acronym with a number is a channel ("BBC2"). A model code or a version makes a product, no entity
    ("Galaxy S6 Edge", "Atom X7", "Bluetooth 4.0"), and so does a name just after a code ("S6 Edge"; a
    time is no code: "pukul 10.00 Budi") or hyphened to a number ("Covid-19", "MH-17")."""
    before = doc[ent.start - 1] if ent.start else None
    after = doc[ent.end: ent.end + 2]
    if len(ent) == 1 and CHANNEL.match(ent.text):
        return _as(ent, "ORG")
    if any(_is_code(t) for t in ent) or (before is not None and _is_code(before, decimals=False)) \
            or (len(after) == 2 and after[0].text == "-" and not ent[-1].whitespace_ and after[1].is_digit):
        return None
    digits = [t for t in ent if t.is_digit]
    if not digits:
        return ent
    last = ent[-1]
    if digits == [last] and len(ent) > 1 and len(last) <= 3 and not last.text.startswith("0"):
        return Span(doc, ent.start, ent.end - 1, label="PERSON")
    return _as(ent, "ORG")


@_person
def _no_one_letter_names(doc: Doc, ent: Span) -> Span | None:
    """A letter alone is no name ("X", "Q.")."""
    return None if len(ent.text.strip(".")) <= 1 else ent


def _units_after_amounts(doc: Doc, ent: Span) -> Span | None:
    """A word after an amount is its unit: "108 miliar Rupiah", "3,1 triliun Won" (a year before a name,
    "pada 2015 Jokowi", is no amount: only amount words and numbers with separators count)."""
    if len(ent) != 1 or ent.start == 0:
        return ent
    before = doc[ent.start - 1]
    amount = before.lower_ in AMOUNT_WORDS or (before.like_num and any(ch in before.text for ch in ".,"))
    return None if amount else ent


@_person
def _acronyms_are_organisations(doc: Doc, ent: Span) -> Span | None:
    """Names hold no acronyms: "ICT Watch" is an organisation."""
    if any(t.is_alpha and t.is_upper and len(t) >= 3 and t.lower_ not in HONORIFICS for t in ent):
        return _as(ent, "ORG")
    return ent


@_person
def _no_places_before_names(doc: Doc, ent: Span) -> Span | None:
    """A country or region glued before a name says where its bearer is from ("startup Singapura
    Wavecell", "pebalap Spanyol Marc Marquez"): it is no part of the name."""
    start = ent.start
    while start < ent.end - 1 and doc[start].text in place_names() and NAME_TOKEN.match(doc[start + 1].text):
        start += 1
    return ent if start == ent.start else _as(ent, "PERSON", start)


@_person
def _titles_are_not_names(doc: Doc, ent: Span) -> Span | None:
    """Honorifics, ranks, roles and offices before a name are not part of it ("Kompol Widya" -> "Widya")."""
    start = _title_words(doc, ent)
    return _as(ent, "PERSON", start) if start < ent.end else None


@dataclass(frozen=True, slots=True)
class Rule:
    """One decision about an entity: `apply` gives it back (perhaps trimmed or relabelled) or None to drop it."""

    name: str
    apply: Callable[..., Span | None]  # (doc, ent), and the StoryCase for the story rules


# The order is the logic: trims and drops that hold for every label first, then the relabellings,
# which look at a person's words, then the trim of titles, which must see the titles the others read.
RULES = (
    Rule("no-opening-words", _no_opening_words),
    Rule("names-open-with-a-capital", _names_open_with_a_capital),
    Rule("organisations-open-with-a-name", _organisations_open_with_a_name),
    Rule("laws-are-not-organisations", _laws_are_not_organisations),
    Rule("things-are-not-organisations", _things_are_not_organisations),
    Rule("funding-rounds-are-not-names", _funding_rounds_are_not_names),
    Rule("football-clubs", _football_clubs),
    Rule("no-punctuation-in-names", _no_punctuation_in_names),
    Rule("no-offices-or-lower-case", _no_offices_or_lower_case),
    Rule("no-office-complements", _no_office_complements),
    Rule("customary-titles-open-names", _customary_titles_open_names),
    Rule("initials-are-people", _initials_are_people),
    Rule("offices-are-not-institutions", _offices_are_not_institutions),
    Rule("no-lone-heads-or-clitics", _no_lone_heads_or_clitics),
    Rule("within-one-sentence", _within_one_sentence),
    Rule("groups-are-organisations", _groups_are_organisations),
    Rule("employers-before-demonstratives", _employers_before_demonstratives),
    Rule("places-after-place-words", _places_after_place_words),
    Rule("venues-are-places", _venues_are_places),
    Rule("company-endings-are-organisations", _company_endings_are_organisations),
    Rule("place-heads-open-places", _place_heads_open_places),
    Rule("known-places-are-places", _known_places_are_places),
    Rule("known-organisations-are-organisations", _known_organisations_are_organisations),
    Rule("no-roles-inside-names", _no_roles_inside_names),
    Rule("numbers-are-not-in-names", _numbers_are_not_in_names),
    Rule("no-one-letter-names", _no_one_letter_names),
    Rule("units-after-amounts", _units_after_amounts),
    Rule("acronyms-are-organisations", _acronyms_are_organisations),
    Rule("no-places-before-names", _no_places_before_names),
    Rule("titles-are-not-names", _titles_are_not_names),
    Rule("named-by-their-noun", _named_by_their_noun),
)


def decide(doc: Doc, ent: Span) -> Span | None:
    """The entity after every rule, or None when one drops it."""
    for rule in RULES:
        ent = rule.apply(doc, ent)
        if ent is None:
            return None
    return ent


@Language.component("clipper_not_entities")
def not_entities(doc: Doc) -> Doc:
    people_by_end = {p.end: p for p in doc.spans.get("model_people", [])}
    found = [part for ent in doc.ents for split in _split_off_person(doc, ent, people_by_end)
             for part in _split_off_employer(doc, split)]
    decided = [kept for ent in found if (kept := decide(doc, ent)) is not None]
    things = {ent.text for ent in decided if ent.label_ == THING} | _things_named(doc)
    doc.ents = [ent for ent in decided if not any(ent.text == t or ent.text.endswith(" " + t) for t in things)]
    return doc


def _things_named(doc: Doc) -> set[str]:
    """The names a naming verb gives things, where the model tagged no entity there ("komputer mini
    bernama Euclid", then "Euclid bisa mendeteksi ...")."""
    named = set()
    for i in positions(doc, NAMING_VERBS):
        if i + 1 < len(doc) and not doc[i + 1].ent_type_ and _kind_named(doc, i) == THING:
            end = _name_run(doc, i + 1)
            if end > i + 1:
                named.add(doc[i + 1:end].text)
    return named


def _name_part(tok, lone: set[int]) -> bool:
    """A capitalised word outside any entity, or an entity of one word (the model's "Pribudiarta" LOC
    beside "N. Sitepu" PERSON is one name cut in two) that is no known place ("Singapura Wavecell"),
    but no acronym ("DPR Angelina Sondakh")."""
    low = tok.lower_
    lone_name = tok.i in lone and tok.text not in place_names()
    return bool(NAME_TOKEN.match(tok.text)) and (tok.ent_type_ == "" or lone_name) \
        and not (tok.is_alpha and tok.is_upper and len(tok) >= 2) and low not in ROLE_OR_OCCUPATION \
        and low not in HONORIFICS and low not in OFFICE_ABBREVIATIONS and low not in NOT_NAME_WORDS


def _trim_known_places(doc: Doc, ents: list) -> list:
    """'Lhoksukon Teuku Rahmatsyah' after 'Kajari': a leading word the story also uses inside a place or
    an institution ('Kejari Lhoksukon') belongs to the office, not to the name."""
    # word -> the names of places and institutions it is used in (not counting the same name mislabelled
    # elsewhere: "kata Nan Zhang" beside a LOC "Nan Zhang")
    used_in: dict[str, set[str]] = {}
    for e in ents:
        if e.label_ == "ORG" or (e.label_ == "LOC" and len(e) > 1):
            for t in e:
                used_in.setdefault(t.lower_, set()).add(e.text)
    trimmed = []
    for ent in ents:
        start = ent.start
        while ent.label_ == "PERSON" and start < ent.end - 1 and used_in.get(doc[start].lower_, set()) - {ent.text}:
            start += 1
        trimmed.append(ent if start == ent.start else Span(doc, start, ent.end, label="PERSON"))
    return trimmed


def _di_in_name(doc: Doc, start: int, di: int) -> bool:
    """'di' is a preposition after a name far more often than a particle inside one: it is part of the
    name only after a single first name, before a last word that is no venue or place word and that
    ends the name ("Leonardo di Caprio", not "Didik di Gedung DPR" or "Edy di Kompleks Parlemen")."""
    last = doc[di + 1]
    after = doc[di + 2] if di + 2 < len(doc) else None
    return (di - start == 1 and last.lower_ not in VENUE_WORDS | PLACE_HEADS | INSTITUTION_HEADS
            and last.text not in KNOWN_NAMES and last.text not in place_names()  # "Dian di Instagram"
            and not (after is not None and after.text[:1].isupper()))


def _occupation_opening(doc: Doc, i: int) -> bool:
    """An occupation capitalised where it opens a sentence: the name after it starts after it ("Jakarta
    - Penyanyi Sinta Maharani"); after an office the next word is the office's ("Menteri Perhubungan")."""
    return doc[i].lower_ in OCCUPATIONS and (i == 0 or doc[i - 1].is_punct)


def _first_name(tok, named_alone: set[str]) -> bool:
    """After a comma a capitalised word may open a list's next item ("Kapolri X, Menkumham Andi
    Matalata"): it is a first name only when known as one or named alone elsewhere in the text."""
    return tok.text in given_names() or tok.text in named_alone


@Language.component("clipper_whole_names")
def whole_names(doc: Doc) -> Doc:
    """A person's name runs over the capitalised words next to it ("ujar Pribudiarta N. Sitepu" where
    the model found only "N. Sitepu"; "PPP Jateng, Masrukhan Syamsurie", a first name after a comma);
    a word that opens a sentence is left alone, and so is a name
    whose label the words around it show ("situs Transfermarkt Ezra": an outlet, then a person)."""
    ents = list(doc.ents)
    lone = {e.start for e in ents if len(e) == 1 and e.label_ != "PERSON" and e.kb_id_ != SHOWN}
    named_alone = {e.text for e in ents if len(e) == 1 and e.label_ == "PERSON"}
    for k, ent in enumerate(ents):
        if ent.label_ != "PERSON":
            continue
        start, end = ent.start, ent.end
        while start > 1 and _name_part(doc[start - 1], lone) and doc[start - 1].lower_ not in OFFICE_COMPLEMENTS \
                and doc[start - 2].lower_ not in NAME_LINKS \
                and (doc[start - 2].text in NAME_OPENERS or doc[start - 2].lower_ in OFFICE_ABBREVIATIONS
                     or (doc[start - 2].text == "," and _first_name(doc[start - 1], named_alone))
                     or _occupation_opening(doc, start - 2)
                     or not (doc[start - 2].is_punct or doc[start - 2].text[:1].isupper())):
            start -= 1
        while end < len(doc) and end - start < 5:
            if _name_part(doc[end], lone):
                end += 1
            elif doc[end].text in NAME_PARTICLES and end + 1 < len(doc) and _name_part(doc[end + 1], lone) \
                    and (doc[end].text != "di" or _di_in_name(doc, start, end)):
                end += 2  # "Leonardo di Caprio", but "Sri Mulyani di Jakarta" is a place after a name
            else:
                break
        ents[k] = Span(doc, start, end, label="PERSON")
    doc.ents = filter_spans(_trim_known_places(doc, filter_spans(ents)))
    return doc
