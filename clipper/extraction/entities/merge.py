"""One entry per real-world entity: mentions grouped into {name, aliases, mentions} (people also get
the roles the story gives them).

People: a shorter form joins a longer one when its words are among the longer name's words ("Liu" /
"Zhen Liu"), when it begins a word of it ("Rudi" / "Rudiantara"), or spells its initials ("JK" /
"Jusuf Kalla"); the fullest form is the name. Organisations: the same spelling without spaces
("TikTok" / "Tik Tok"), a known institution and its acronyms, an acronym the story defines
("Komisi Perlindungan Anak Indonesia (KPAI)"), initials or syllables of the full name ("KPPA",
"Kemkominfo", "Kominfo"), or a longer name that starts with the shorter one.
"""

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from clipper.extraction.entities.names import SHOWN
from clipper.indonesian.lexicon import (
    INSTITUTION_HEADS,
    KNOWN_ORGS,
    KNOWN_PEOPLE,
    NAME_LINKS,
    PLACE_HEADS,
    ROLE_WORDS,
    given_names,
    place_names,
)
from clipper.records import Organization, Person, Place

WORDS = re.compile(r"[\w']+")
SHOWN_WEIGHT = 100  # a label the story's words show outweighs any number of the model's guesses
DEFINED_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z]*[A-Z][A-Za-z-]*)\s*\)")
CANONICAL = {form.casefold(): name for name, forms in KNOWN_ORGS.items() for form in (name, *forms)}
NICKNAMED = {nick.casefold(): name for name, nicks in KNOWN_PEOPLE.items() for nick in nicks}
ORG_PREFIXES = ("kementerian", "kemen", "kem")


@dataclass(slots=True)
class Entry:
    name: str
    forms: dict[str, int] = field(default_factory=dict)  # form -> mentions
    first: int = 0  # where it is first mentioned
    roles: list[str] = field(default_factory=list)

    @property
    def mentions(self) -> int:
        return sum(self.forms.values())

    def record(self, kind):
        """The entry as a Person, Organization or Place."""
        aliases = [f for f in self.forms if f != self.name]
        if kind is Person:
            return Person(name=self.name, aliases=aliases, mentions=self.mentions, roles=self.roles)
        return kind(name=self.name, aliases=aliases, mentions=self.mentions)


@lru_cache(maxsize=8192)
def words(text: str) -> tuple[str, ...]:
    """The words of a name, case-folded (cached: the merge compares every pair of forms)."""
    return tuple(w.casefold() for w in WORDS.findall(text.replace("-", " ")))


POLICE_HQ = re.compile(r"^ma(?=pol)")  # "Mapolda Metro Jaya" is the headquarters of "Polda Metro Jaya"
# "Nurdin Ismail alias Din Minimi", "Basuki Tjahaja Purnama atau Ahok": two names of one person
# "Angelina Sondakh (Angie)": a name in brackets right after a name
ALSO_KNOWN_AS = re.compile(r"^\s*(?:\(\d+\)\s*)?(?:alias|atau|yang (?:akrab|biasa) disapa|\()\s*$")
# "Pria yang akrab disapa Dani ini": the name the person the story is about goes by; "Pemilik nama asli
# Ely Suhari ini": the name they were born with
CALLED = re.compile(r"\b(?:(?:akrab|biasa|kerap|karib|sering)\s+(?:di)?(?:sapa|panggil)|nama\s+asli(?:nya)?)\s*$")


def squash(text: str) -> str:
    return POLICE_HQ.sub("", re.sub(r"[\s.-]+", "", text.casefold()))


def initials(tokens: list[str]) -> str:
    return "".join(t[0] for t in tokens if t not in NAME_LINKS)


# Indonesian spelling reforms (1947, 1972) and their leftovers in names: the old spelling and the new
# are one name ("Soekarno" / "Sukarno", "Djoko" / "Joko", "Tjahjo" / "Cahyo", "Chairul" / "Khairul",
# "Nazaruddin" / "Nazarudin"). Old "j" is new "y" and old "dj" new "j", and a "j" alone could be either
# spelling, so "dj", "j" and "y" share one key ("Djoko", "Joko"; "Jani", "Yani").
RESPELLINGS = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("ch", "kh"), ("y", "j"))
DOUBLED = re.compile(r"([b-df-hj-np-tv-z])\1")


@lru_cache(maxsize=8192)
def spelling_key(word: str) -> str:
    """One spelling for the old and the new: 'soekarnoputri' and 'sukarnoputri' give the same key
    (after "y" became "j" in the key, "sy" and "ny" are "sj" and "nj", as the old spelling wrote them)."""
    for old, new in RESPELLINGS:
        word = word.replace(old, new)
    return DOUBLED.sub(r"\1", word)


TYPO_MIN = 7  # characters: shorter names one letter apart are often two names ("Persib", "Persis")


def one_typo_apart(a: str, b: str) -> bool:
    """One letter added, dropped, changed or two swapped, in names long enough for that to be a typo
    ("Wavcell" / "Wavecell", "Shakhtar Donestk" / "Shakhtar Donetsk"); never in the first letter, a
    digit or an acronym, where one letter makes another name ("Bank BRI" / "Bank BNI", "Kodam III")."""
    fa, fb = a.casefold(), b.casefold()
    if fa == fb or min(len(a), len(b)) < TYPO_MIN or abs(len(a) - len(b)) > 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(fa, fb, strict=False)) if x != y), min(len(a), len(b)))
    end = a.find(" ", i)
    word = a[a.rfind(" ", 0, i) + 1: end if end >= 0 else None]  # the word the typo is in
    if i == 0 or any(ch.isdigit() for ch in a[i:i + 2] + b[i:i + 2]) or word.isupper():
        return False
    return fa[i + 1:] == fb[i + 1:] or fa[i:] == fb[i + 1:] or fa[i + 1:] == fb[i:] \
        or (fa[i:i + 2] == fb[i:i + 2][::-1] and fa[i + 2:] == fb[i + 2:])


def same_person(short: str, long: str) -> bool:
    s, lg = [spelling_key(w) for w in words(short)], [spelling_key(w) for w in words(long)]
    if not s or not lg:
        return False
    if "".join(s) == "".join(lg):
        return True  # "Sukarno Putri" / "Soekarnoputri", "Jokowidodo" / "Joko Widodo"
    if (known := NICKNAMED.get(short.casefold())) and same_person(long, known):
        return True  # "Jokowi" and "Joko Widodo" (or "Pak Joko")
    if set(s) <= set(lg):
        return True
    if len(s) == 1 and len(s[0]) >= 3 and any(w.startswith(s[0]) for w in lg):
        return True
    return short.isupper() and 2 <= len(short) <= 4 and short.casefold() == initials(words(long))


def _syllables(rest: str, tokens: list[str]) -> bool:
    """'kominfo' spelled from ['komunikasi', 'informatika']: each piece is a word's opening letters."""
    if not tokens:
        return not rest
    if tokens[0] in NAME_LINKS:
        return _syllables(rest, tokens[1:])
    if not rest:
        return False
    for k in range(min(len(rest), len(tokens[0])), 0, -1):
        if tokens[0].startswith(rest[:k]) and _syllables(rest[k:], tokens[1:]):
            return True
    return False


def abbreviates(short: str, long: str) -> bool:
    """'KPAI', 'KPPA', 'Kementerian PPA', 'Kemkominfo', 'Kominfo' for the long names they shorten."""
    lg = words(long)
    if len(lg) < 2:
        return False
    body = lg[1:] if lg[0] in ORG_PREFIXES else lg
    candidate = squash(short)
    for prefix in ORG_PREFIXES:
        if candidate.startswith(prefix) and lg[0] == "kementerian":
            candidate = candidate[len(prefix):]
            break
    if not candidate or len(candidate) < 2:
        return False
    if candidate in (initials(lg), initials(body)):
        return True
    content = [w for w in body if w not in NAME_LINKS]
    if short.replace(" ", "").isupper() or short.split()[-1].isupper():
        letters = initials(content)
        it = iter(letters)
        return (len(candidate) >= len(letters) - 1 and candidate[0] == letters[0]
                and all(ch in it for ch in candidate))
    return len(content) >= 2 and _syllables(candidate, content)


def same_org(short: str, long: str, defined: dict[str, str]) -> bool:
    if squash(short) == squash(long) or one_typo_apart(short, long):
        return True
    canon_s, canon_l = CANONICAL.get(short.casefold()), CANONICAL.get(long.casefold())
    if canon_s and canon_s == (canon_l or long):
        return True
    if defined.get(short) and squash(defined[short]) == squash(long):
        return True
    if abbreviates(short, long):
        return True
    s, lg = words(short), words(long)
    if not s or len(lg) <= len(s):
        return False
    if len(s) >= 2 and lg[: len(s) - 1] == s[:-1] and len(s[-1]) >= 2 and s[-1] == initials(lg[len(s) - 1:]):
        return True  # its last words by their initials: "Provinsi NTT" / "Provinsi Nusa Tenggara Timur"
    if lg[: len(s)] == s and s[0] not in ORG_PREFIXES:
        return True  # "Tik Tok Indonesia" / "Tik Tok"
    if short in place_names():
        return False  # a country or a region is not the institution named after it: "Bank Indonesia"
    if lg[0] in INSTITUTION_HEADS and lg[1:] == s:
        return True  # "Partai Golkar" / "Golkar", "PT Pertamina" / "Pertamina"
    # a club or a company by the last words of its name: "Real Madrid" / "Madrid", "VfL Wolfsburg" /
    # "Wolfsburg"; not a unit's parent: "Polda Lampung" is not "Ditreskrimum Polda Lampung"
    return lg[-len(s):] == s and len(short) >= 4 and lg[0] not in INSTITUTION_HEADS and s[0] not in INSTITUTION_HEADS


def _group(mentions: list[tuple[str, int]], same, pick_name, *, bridge: bool = False,
           apart: frozenset[frozenset[str]] = frozenset()) -> list[Entry]:
    """Entries of the mentions, longest forms first. A form that fits several entries joins the most
    mentioned one, or with `bridge` merges them all (organisations: "Kementerian PPA" ties the
    ministry's old and new full names; people: "Salim" must not tie two Salims together). Two forms
    `apart` never share an entry; of two such forms of one name, its first word goes first."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for text, pos in mentions:
        counts[text] = counts.get(text, 0) + 1
        first.setdefault(text, pos)
    openers = {words(f)[0] for f in counts if len(words(f)) > 1} if apart else set()

    def order(form: str) -> tuple:
        w = words(form)  # longest first; a one-word form that opens a longer one before other one-word forms
        return -len(w), not (len(w) == 1 and w[0] in openers), -len(form), first[form]

    entries: list[Entry] = []
    for form in sorted(counts, key=order):
        matches = [e for e in entries if any(same(form, known) for known in e.forms)
                   and not any(frozenset((form, known)) in apart for known in e.forms)]
        if matches:
            entry = max(matches, key=lambda e: (e.mentions, -e.first))
            entry.forms[form] = counts[form]
            entry.first = min(entry.first, first[form])
            for other in matches if bridge else []:
                if other is not entry:
                    entry.forms.update(other.forms)
                    entry.first = min(entry.first, other.first)
                    entries.remove(other)
        else:
            entries.append(Entry(form, {form: counts[form]}, first[form]))
    for entry in entries:
        entry.name = pick_name(entry)
    return sorted(entries, key=lambda e: e.first)


def _org_name(entry: Entry) -> str:
    for form in entry.forms:
        if canonical := CANONICAL.get(form.casefold()):
            if not any(squash(canonical) == squash(f) for f in entry.forms):
                entry.forms = {canonical: 0, **entry.forms}
            return canonical
    return max(entry.forms, key=lambda f: (len(words(f)), len(f)))


def _person_name(entry: Entry) -> str:
    """The fullest form the story uses; a known nickname alone stands for the person's name."""
    name = max(entry.forms, key=lambda f: (len(words(f)), len(f)))
    if known := NICKNAMED.get(name.casefold()):
        entry.forms = {known: 0, **entry.forms}
        return known
    return name


def _role_around(doc, ent) -> str | None:
    """The role the story gives a person right before ('Menteri ... Rudiantara', 'Ketua KPAI, Susanto')
    or right after ('Pribudiarta N. Sitepu, Sekretaris Kementerian PPA')."""
    def capitalised(tok) -> bool:
        return tok.text[:1].isupper() or tok.text[:1].isdigit() or tok.lower_ in NAME_LINKS

    def run_left(i: int) -> list:
        run = []
        while i >= 0:
            tok = doc[i]
            if tok.text == ")":  # "Menteri ... (Menkominfo) Rudiantara": skip the aside
                while i >= 0 and doc[i].text != "(":
                    i -= 1
                i -= 1
                continue
            if not capitalised(tok) or tok.ent_type_ == "PERSON":
                break
            run.insert(0, tok)
            i -= 1
        return run

    def trim(run: list) -> str | None:
        while run and run[0].lower_ in NAME_LINKS:
            run = run[1:]
        while run and run[-1].lower_ in NAME_LINKS:
            run = run[:-1]
        if run and any(t.lower_ in ROLE_WORDS for t in run):
            return doc[run[0].i: run[-1].i + 1].text
        return None

    i = ent.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if role := trim(run_left(i)):
        return role
    j = ent.end
    if j < len(doc) - 1 and doc[j].text == ",":
        run = []
        j += 1
        while j < len(doc) and capitalised(doc[j]) and doc[j].ent_type_ != "PERSON":
            run.append(doc[j])
            j += 1
        return trim(run)
    return None


@dataclass(slots=True, frozen=True)
class Mention:
    """Where the story names an entry: character offsets into the body and the entry's name."""

    start: int
    end: int
    name: str
    person: bool


# degrees and specialist titles written after a name: "dr Wismandari Wisnu SpPD-KEMD", "Herianto, ST, MEng"
DEGREE = re.compile(r"(?:[\s,]+(?:Sp[A-Z][\w.-]*|S\.?[A-Z][a-z]{0,3}\.?|M\.?[A-Z][a-z]{0,3}\.?|Ph\.?D\.?|MBA|MEng"
                    r"|MSc|MA|MM|MH|SH|SE|ST|SKom|Ir\.?))+$")


def person_form(text: str) -> str:
    return DEGREE.sub("", text) or text


# an acronym aside inside an institution's name: "Pengadilan Negeri (PN) Lhoksukon"
INNER_ACRONYM = re.compile(r"\s*\(\s*([A-Z][A-Za-z]*[A-Z][A-Za-z-]*|[A-Z][a-z]+)\s*\)(?=\s+\S)")


def org_form(text: str) -> str:
    """The name as the story would write it in full, without an acronym aside inside it."""
    return INNER_ACRONYM.sub("", text)


# a ticket of two written as one word: "Jokowi-JK", "Prabowo-Gibran", "Anies-Muhaimin"
PAIR = re.compile(r"\b([A-Z][\w']+)-([A-Z][\w']+)\b")


def _paired(text: str, people: list[str], skip_before: int) -> list[tuple[str, int]]:
    """The people in a hyphenated pair, which the tokenizer keeps as one word: each half that is a
    known nickname, or a form of someone the story names elsewhere."""
    halves = []
    for m in PAIR.finditer(text, skip_before):
        for k in (1, 2):
            half = m.group(k)
            if half.casefold() in NICKNAMED or any(same_person(half, p) for p in people if p != half):
                halves.append((half, m.start(k)))
    return halves


SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+")


def _named_apart(text: str, found: list[tuple[str, int]]) -> frozenset[frozenset[str]]:
    """Pairs of one-word names, two words of one full name the story gives, that stand apart in one
    sentence: two people ("Larson sang ibu mulai membuat serangkaian foto Scout": the mother and the
    daughter of "Scout Penelope Larson"), for a sentence does not name one person by two parts of
    their name (an alias is another name, not a part: "Faisal alias Komeng")."""
    full = [set(words(form)) for form, _ in found if len(words(form)) > 1]
    ends = [m.end() for m in SENTENCE_END.finditer(text)]
    by_sentence: dict[int, set[str]] = {}
    for form, pos in found:
        if len(words(form)) == 1:
            by_sentence.setdefault(bisect.bisect(ends, pos), set()).add(form)
    return frozenset(frozenset(pair) for forms in by_sentence.values() for pair in itertools.combinations(forms, 2)
                     if any({words(pair[0])[0], words(pair[1])[0]} <= name for name in full))


@dataclass(slots=True)
class Entities:
    """What the entity stage gives the clipping, and where the story names people and organisations
    (for the quote stage)."""

    people: list[Person]
    organizations: list[Organization]
    locations: list[Place]
    mentions: list[Mention]


def entities_of(doc, *, skip_before: int = 0, text: str | None = None) -> Entities:
    """The entries of a processed body (`text`, when the caller has it: spaCy rebuilds doc.text from
    the tokens on every access); mentions before `skip_before` (the dateline) are not part of the
    story. The steps: spans by label, short forms of people's names taken back from the other labels,
    acronyms and second names the story defines, grouping, roles, mentions."""
    by_label = _spans_by_label(_one_label_per_name(doc.ents), skip_before)
    by_label["PERSON"] = _without_glued_words(by_label["PERSON"], by_label["ORG"])
    _forms_of_people_are_people(by_label)
    _places_without_their_heads(by_label)
    text = doc.text if text is None else text
    persons, org_spans = by_label["PERSON"], by_label["ORG"]
    aka = _second_names(text, persons)

    def same_or_aka(short: str, long: str) -> bool:
        return same_person(short, long) or aka.get(short) == long or aka.get(long) == short

    found = [(person_form(e.text), e.start_char) for e in persons]
    people = _group(found + _paired(text, [form for form, _ in found], skip_before), same_or_aka, _person_name,
                    apart=_named_apart(text, found))
    _add_roles(doc, people, persons)
    defined = _defined_acronyms(text, org_spans)
    orgs = _group([(org_form(e.text), e.start_char) for e in org_spans],
                  lambda a, b: same_org(a, b, defined) or same_org(b, a, defined), _org_name, bridge=True)
    places = _group([(e.text, e.start_char) for e in by_label["LOC"]],
                    lambda a, b: squash(a) == squash(b), _person_name)
    return Entities([e.record(Person) for e in people], [e.record(Organization) for e in orgs],
                    [e.record(Place) for e in places], _mentions(persons, org_spans, people, orgs))


def _one_label_per_name(ents) -> list:
    """A name the story uses several times is one thing: the label its words show somewhere wins (a
    group word before it, a role before its employer: names.SHOWN), else the label most of its
    mentions have ("Bangladesh" tagged a person once and a place twice is a place); a tie keeps each.
    A person named by the opening words of an organisation the words show, or one typo away from an
    organisation's name, is that organisation; so is a tie that ends in an organisation's name (`_team_of`)."""
    from spacy.tokens import Span

    votes: dict[str, Counter] = {}
    for ent in ents:
        votes.setdefault(ent.text, Counter())[ent.label_] += SHOWN_WEIGHT if ent.kb_id_ == SHOWN else 1
    winner = {}
    for text, counts in votes.items():
        (first, n), *rest = counts.most_common()
        if not rest or rest[0][1] < n:
            winner[text] = first
    # "markas Shakhtar Donetsk", then "serangan cepat Shakhtar"; "Wavecell" spelled "Wavcell" once
    shown_orgs = {words(e.text) for e in ents if e.kb_id_ == SHOWN and e.label_ == "ORG" and len(words(e.text)) > 1}
    orgs = {e.text for e in ents if winner.get(e.text) == "ORG"}
    org_words = {words(o) for o in orgs}
    for ent in ents:
        w = words(ent.text)
        if ent.label_ == "PERSON" and ent.kb_id_ != SHOWN and (any(o[:len(w)] == w for o in shown_orgs)
                                                             or any(one_typo_apart(ent.text, o) for o in orgs)
                                                             or _team_of(w, votes[ent.text], org_words)):
            winner[ent.text] = "ORG"
    return [ent if winner.get(ent.text, ent.label_) == ent.label_ else
            Span(ent.doc, ent.start, ent.end, label=winner[ent.text]) for ent in ents]


def _team_of(w: tuple[str, ...], votes: Counter, org_words: set[tuple[str, ...]]) -> bool:
    """A name the model tags as often an organisation as a person, ending in an organisation the story
    names, is that organisation's team or branch ("Jong Ajax" beside "Ajax"); a person the model always
    takes for one keeps their name ("Aburizal Bakrie" beside "Bakrie")."""
    return (votes["ORG"] == votes["PERSON"] and len(w) >= 2
            and any(len(o) < len(w) and w[-len(o):] == o for o in org_words))


def _spans_by_label(ents, skip_before: int) -> dict[str, list]:
    by_label: dict[str, list] = {"PERSON": [], "ORG": [], "LOC": []}
    for ent in ents:
        if ent.start_char >= skip_before and ent.label_ in by_label:
            by_label[ent.label_].append(ent)
    return by_label


def _forms_of_people_are_people(by_label: dict[str, list]) -> None:
    """A person's full name or a short form of it is that person, whatever the model labelled it there
    ("Brandon", "Nan Zhang"), unless the words around that mention show it is something else."""
    full_names = {frozenset(w) for e in by_label["PERSON"] if len(w := words(e.text)) >= 2}
    for label in ("ORG", "LOC"):
        shorts = [e for e in by_label[label]
                  if e.kb_id_ != SHOWN and any(set(words(e.text)) <= n for n in full_names)]
        by_label[label] = [e for e in by_label[label] if e not in shorts]
        by_label["PERSON"] = sorted(by_label["PERSON"] + shorts, key=lambda e: e.start_char)


STREET_HEADS = frozenset({"jalan", "jl", "jl."})  # streets bear people's names ("Jalan Sudirman")


def _places_without_their_heads(by_label: dict[str, list]) -> None:
    """A place the story names with its head word is that place without it, whatever the model took it
    for there ("Lelema" beside "Desa Lelema", "Sukolilo" beside "Kecamatan Sukolilo"); not a street's
    name, which is often a person's."""
    bare = {e.text.split(maxsplit=1)[1] for e in by_label["LOC"]
            if len(e) > 1 and e[0].lower_ in PLACE_HEADS - STREET_HEADS}
    for label in ("ORG", "PERSON"):
        moved = [e for e in by_label[label] if e.kb_id_ != SHOWN and e.text in bare]
        by_label[label] = [e for e in by_label[label] if e not in moved]
        by_label["LOC"] = sorted(by_label["LOC"] + moved, key=lambda e: e.start_char)


def _without_glued_words(persons: list, orgs: list) -> list:
    """A person named elsewhere in full is that name where words are glued before it: a company, a
    unit or a title the model took into the name ("Sinar Jaya Budi Santoso" beside "Budi Santoso",
    "Principal Burda Albert Shyy" beside "Albert Shyy"); a given name before it is part of the name
    ("Margaret Aliyatul Maimunah" beside "Aliyatul Maimunah"). So is an organisation the story names,
    or the last words of one, before two words or more ("Spurs Gregg Popovich" beside "San Antonio
    Spurs": the person's employer)."""
    from spacy.tokens import Span

    full = {tuple(words(person_form(e.text))) for e in persons if len(words(person_form(e.text))) >= 2}
    org_names = [words(e.text) for e in orgs]
    trimmed = []
    for e in persons:
        ws = words(person_form(e.text))
        inner = [name for name in full if len(name) < len(ws) and tuple(ws[-len(name):]) == name]
        said = words(e.text)
        employer = max((k for k in range(1, len(said) - 1) for o in org_names if o[-k:] == said[:k]), default=0)
        if e[0].text not in given_names() and (inner or employer):
            if inner:
                keep = len(max(inner, key=len))
                start = next(t.i for t in e if len(words(person_form(e.doc[t.i:e.end].text))) <= keep)
            else:
                start = next(t.i for t in e if len(words(e.doc[e.start:t.i + 1].text)) == employer) + 1
            e = Span(e.doc, start, e.end, label=e.label_)
        trimmed.append(e)
    return trimmed


def _defined_acronyms(text: str, orgs: list) -> dict[str, str]:
    """Acronym -> the full name the story gives it: "Komisi Perlindungan Anak Indonesia (KPAI)",
    "Pengadilan Negeri (PN) Lhoksukon"."""
    defined = {}
    for m in DEFINED_ACRONYM.finditer(text):
        before = [e for e in orgs if e.end_char <= m.start() and m.start() - e.end_char <= 2]
        if before:
            defined[m.group(1)] = org_form(before[-1].text)
    for e in orgs:
        for m in INNER_ACRONYM.finditer(e.text):
            defined[m.group(1)] = org_form(e.text)
    return defined


def _second_names(text: str, persons: list) -> dict[str, str]:
    """Form -> the other name the story gives the same person: "Nurdin Ismail alias Din Minimi",
    "yang akrab disapa Dani"."""
    aka: dict[str, str] = {}
    for a, b in itertools.pairwise(persons):
        if ALSO_KNOWN_AS.match(text[a.end_char:b.start_char]):
            aka[person_form(b.text)], aka[person_form(a.text)] = person_form(a.text), person_form(b.text)
    for k, b in enumerate(persons):
        if CALLED.search(text[max(0, b.start_char - 30): b.start_char]):
            named = [a for a in persons[:k] if text[a.start_char - 1: a.start_char] != "("]  # not "(Tri)"
            if named:  # the person named last, or the one sharing a name with them ("Ely Sugigi", "Ely Suhari")
                sharing = [a for a in named if set(words(a.text)) & set(words(b.text))]
                a = (sharing or named)[-1]
                aka[person_form(b.text)], aka[person_form(a.text)] = person_form(a.text), person_form(b.text)
    return aka


def _add_roles(doc, people: list[Entry], persons: list) -> None:
    for entry in people:
        for ent in persons:
            if person_form(ent.text) in entry.forms and (role := _role_around(doc, ent)) and role not in entry.roles:
                entry.roles.append(role)


def _mentions(persons: list, org_spans: list, people: list[Entry], orgs: list[Entry]) -> list[Mention]:
    entry_of = {form: (e.name, False) for e in orgs for form in e.forms}
    entry_of.update({form: (e.name, True) for e in people for form in e.forms})
    forms = [(e, person_form(e.text)) for e in persons] + [(e, org_form(e.text)) for e in org_spans]
    return [Mention(e.start_char, e.end_char, *entry_of[form])
            for e, form in sorted(forms, key=lambda pair: pair[0].start_char) if form in entry_of]
