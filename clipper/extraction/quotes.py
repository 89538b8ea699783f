"""Direct quotations in a story and who said them.

Quotes are the spans between double quote marks (straight or curly), or single ones in a paragraph
that has no double ones. A quote left open at the end of a paragraph goes on in the next paragraph
when that one opens with a quote mark (the newspaper convention); a quote split by its attribution
('"A," kata X. "B."') is two quotes. Titles ('film "The Beach"') and scare quotes of one to three
words are not quotes.

The speaker comes from the attribution after the quote ('," kata Senior VP ... Zhen Liu'), else from
the sentence that leads into it ('X mengatakan, "...'), and is resolved to an entry of `people` (or of
`organizations` for an institution speaking). Pronouns and "-nya" forms ('katanya', 'ungkap dia'),
and descriptions that point back ('kata politisi Partai Hanura itu', 'ujar Menhub'), go to the last
speaker or to the person the paragraphs before are about. An unnamed speaker ('kata sang juru
bicara') is null.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from clipper.extraction.entities.merge import Mention, person_form, same_person
from clipper.extraction.entities.merge import words as name_words
from clipper.indonesian.lexicon import (
    HONORIFICS,
    INSTITUTION_HEADS,
    OFFICE_ABBREVIATIONS,
    OFFICE_COMPLEMENTS,
    POLICE_HEADS,
    POLICE_WORDS,
    ROLE_WORDS,
    SAYING_AFTER_QUOTE,
    SAYING_VERBS,
    one_of,
)
from clipper.records import Person, Quote

DOUBLE = re.compile(r"[\"“”„«»]")
CLOSES = "”»"  # marks that only ever close a quote (a straight one opens or closes)
SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(]))['‘](?=\w)")
SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])['’](?=[\s,.;:)]|$)")

SAID_BY = re.compile(rf"^[\s,]*(?P<verb>(?:{one_of(SAYING_AFTER_QUOTE)})(?:nya)?)\b(?:\s+(?:pernyataan|keterangan))?",
                     re.IGNORECASE)
# a quote taken from a text: '," seperti yang tertulis dalam ... situs resmi Pemprov DKI, Beritajakarta.com'
SOURCED = re.compile(r"^[\s,]*seperti\s+(?:yang\s+)?(?:tertulis|dikutip|dilansir|tercantum|termuat|dimuat)\b[^.;]*",
                     re.IGNORECASE)
NYA_WORD = re.compile(r"^[\s,]*(?P<verb>[a-z]+nya)\b")
# a name and then a verb of saying: '," Agun menjelaskan.'
NAME_THEN_VERB = re.compile(rf"^[\s,]*(?P<who>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){{0,3}})\s+(?:{one_of(SAYING_VERBS)})\b")
# after a name, the verb of saying it is the subject of: ", mengatakan", " juga mengaku"
SUBJECT_OF_SAYING = re.compile(rf"[\s,]*(?:[a-z]+\s+){{0,2}}(?:{one_of(SAYING_VERBS)})\b")
# a lowercase word and then a capitalised name: '" kara Rudi' (a typo for 'kata')
WORD_THEN_NAME = re.compile(r"^[\s,]*[a-z]+\s+(?=[A-Z])")
PRONOUNS = {"dia", "ia", "beliau", "mereka", "ibu", "bapak"}
INDEFINITE = {"seorang", "salah", "sejumlah", "beberapa", "sebuah", "seseorang"}  # 'kata seorang petinggi ...'
# the speaker phrase after the verb ends where the circumstances begin
PHRASE_END = re.compile(r"\s(?:saat|ketika|di|kepada|dalam|usai|seusai|sesudah|setelah|sebelum|seperti|yang|"
                        r"melalui|lewat|dengan|pada|sambil|sembari|kemarin|lagi|soal|terkait|mengenai|"
                        r"menanggapi|didampingi)\b|[;:!?\"“”]|\.(?=\s|$)|$")
POINTS_BACK = re.compile(r"\b(?:itu|ini|tersebut)\s*$")
PREPOSITION = re.compile(r"\b(?:dalam|di|pada|dari|ke|kepada)\b")
LEAD_IN = re.compile(rf"\b(?:{one_of(SAYING_VERBS)}|kata|ujar|menurut(?:nya)?)\b", re.IGNORECASE)
TITLE_WORDS = {"film", "lagu", "album", "buku", "novel", "program", "acara", "sinetron", "serial", "judul",
               "berjudul", "bertajuk", "tajuk", "tema", "bertema", "tagar", "slogan", "jargon", "istilah",
               "julukan", "dijuluki", "sebutan", "disebut", "kampanye", "gerakan", "aplikasi", "fitur", "operasi",
               "kata", "frasa", "kalimat", "single", "webseries", "majalah", "rubrik", "kolom", "kategori"}
SENTENCE_END = re.compile(r"[.!?]\s+(?=\S)")


@dataclass(slots=True)
class Marked:
    """A span between quote marks, across paragraphs, while it is being read."""

    parts: list[tuple[int, int]]  # inner spans, one per paragraph
    paragraph: int  # index of the paragraph it ends in
    closed: bool
    speaker: str | None = None
    attributed: bool = False  # the speaker was named or pointed to by the text

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def find_quotes(body: str, people: list[Person], mentions: list[Mention]) -> list[Quote]:
    """Direct quotes of `body` as {text, speaker, start, end}; speakers are named as the entries of
    `people` (or of organisations) that `mentions` place in the body."""
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", body)]
    quotes: list[Marked] = []
    for index, (start, end) in enumerate(paragraphs):
        for inner_start, inner_end, closed in _marked(body[start:end]):
            quote = Marked([(start + inner_start, start + inner_end)], index, closed)
            previous = quotes[-1] if quotes else None
            if previous and not previous.closed and inner_start == 1 and previous.paragraph == index - 1:
                previous.parts.append(quote.parts[0])  # an open quote goes on in this paragraph
                previous.paragraph, previous.closed = index, closed
            else:
                quotes.append(quote)
    # names inside quote marks are spoken about, not speaking (the marked spans are in order, apart)
    starts = [q.start for q in quotes]
    mentions = [m for m in mentions
                if not ((k := bisect.bisect_right(starts, m.start) - 1) >= 0 and m.start < quotes[k].end)]
    quotes = [q for q in quotes if _is_speech(body, q, paragraphs)]
    story = Story(body, paragraphs, quotes, mentions, people)
    for quote in quotes:
        story.attribute(quote)
    return [Quote(text=_text(body, q), speaker=q.speaker, start=q.start, end=q.end) for q in quotes]


def speakers_are_entries(quotes: list[Quote], people: list[Person], organizations: list) -> None:
    """Every speaker is an entry of `people` or `organizations`: a fuller name than an entry has
    ("Damayanti R Sjarif" for "Damayanti") becomes that entry's name, with the old one an alias; a
    speaker the model missed altogether becomes a person."""
    known = {entry.name for entry in people + organizations}
    for speaker in dict.fromkeys(q.speaker for q in quotes if q.speaker and q.speaker not in known):
        entry = next((p for p in people if same_person(p.name, speaker)), None)
        if entry is None:
            people.append(Person(name=speaker))
            continue
        old, entry.name = entry.name, speaker
        entry.aliases = [a for a in dict.fromkeys([old, *entry.aliases]) if a != speaker]
        for quote in quotes:
            if quote.speaker == old:
                quote.speaker = speaker


def _marked(text: str) -> list[tuple[int, int, bool]]:
    """Inner spans between quote marks in one paragraph: (start, end, closed). Single marks count
    outside double ones ('Basuki "Ahok" Tjahaja Purnama ... \'Saya ...,\' kata Ahok')."""
    marks = [m.start() for m in DOUBLE.finditer(text)]
    spans, i = [], 0
    while i < len(marks):
        if text[marks[i]] in CLOSES:  # a closing mark with nothing open: a stray one
            i += 1
            continue
        if i + 1 < len(marks):
            spans.append((marks[i] + 1, marks[i + 1], True))
            i += 2
        else:
            spans.append((marks[i] + 1, len(text), False))
            i += 1
    closes = [m.start() for m in SINGLE_CLOSE.finditer(text)]
    for m in SINGLE_OPEN.finditer(text):
        close = next((c for c in closes if c > m.start()), None)
        inside = any(s - 1 <= m.start() <= e for s, e, _ in spans)
        if close is not None and not inside and not any(s - 1 <= close <= e for s, e, _ in spans):
            spans.append((m.start() + 1, close, True))
    return sorted(spans)


def _text(body: str, quote: Marked) -> str:
    return " ".join(body[s:e].strip().rstrip(",").strip() for s, e in quote.parts)


def _is_speech(body: str, quote: Marked, paragraphs) -> bool:
    text = _text(body, quote)
    words = text.split()
    after = body[quote.end + 1: paragraphs[quote.paragraph][1]]
    said = bool(SAID_BY.match(after) or NYA_WORD.match(after) or NAME_THEN_VERB.match(after)) and quote.closed
    if len(words) <= 3:  # scare quotes and nicknames, unless someone is said to say it: '"Siap," kata X'
        return said and text[-1:] in ",.!?"
    if said:
        return True
    before = body[max(0, quote.start - 40): quote.start - 1].split()
    if before and before[-1].casefold().strip(",:") in TITLE_WORDS:
        return False
    # a title in running text: mostly capitalised words, no sentence of its own ('film "Kabhi Khushi
    # Kabhi Gham"', 'singel perdana "Dakara Sono Te o Hanashite"')
    lettered = [w for w in words if w[:1].isalpha()]
    capitalised = sum(w[:1].isupper() for w in lettered)
    return not (lettered and capitalised >= 0.6 * len(lettered) and text.rstrip()[-1:] not in ".!?")


@dataclass(slots=True)
class Story:
    """What attribution looks at: the body, its paragraphs, its quotes, where it names people and
    institutions, and the merged people (names, aliases, roles)."""

    body: str
    paragraphs: list[tuple[int, int]]
    quotes: list[Marked]
    mentions: list[Mention]
    people: list[Person]

    def attribute(self, quote: Marked) -> None:
        body = self.body
        par_start, par_end = self.paragraphs[quote.paragraph]
        after = body[quote.end + 1: par_end] if quote.closed else ""
        said = SAID_BY.match(after) or (NYA_WORD.match(after) if _ends_clause(body, quote) else None)
        quote.attributed = True
        if said:
            verb = said.group("verb").casefold()
            at = quote.end + 1 + said.end()
            phrase = _phrase(body[at:par_end])
            if (verb.endswith("nya") and verb != "akunya") or not phrase or phrase.split()[0].casefold() in PRONOUNS:
                quote.speaker = self.antecedent(quote)
            else:
                quote.speaker = self.named(at, phrase, quote)
            return
        if source := SOURCED.match(after):
            at = quote.end + 1
            institutions = [m for m in self.mentions if at <= m.start < at + source.end() and not m.person]
            quote.speaker = institutions[-1].name if institutions else None
            return
        if quote.closed and (m := NAME_THEN_VERB.match(after)):
            at = quote.end + 1 + m.start("who")
            quote.speaker = (_who_in(at, at + len(m.group("who")), self.mentions, person=True)
                             or _known_person(m.group("who"), self.people, literal=True))
            return
        if quote.closed and (m := WORD_THEN_NAME.match(after)):
            at = quote.end + 1 + m.end()
            phrase = _phrase(body[at:par_end])
            if who := _who_in(at, at + len(phrase), self.mentions) or _known_person(phrase, self.people):
                quote.speaker = who
                return
        if lead := _lead_in(body, quote, par_start):
            lead_start, lead_text = lead
            quote.speaker = _who_in(lead_start, lead_start + len(lead_text), self.mentions) or self.antecedent(quote)
            return
        # no attribution: the speaker of the quote before, in this paragraph or the one before
        quote.attributed = False
        earlier = [q for q in self.quotes if q.end < quote.start and q.attributed
                   and quote.paragraph - q.paragraph <= 1]
        quote.speaker = earlier[-1].speaker if earlier else self.antecedent(quote)

    def named(self, start: int, phrase: str, quote: Marked) -> str | None:
        """The speaker a phrase after the verb names: a person mentioned in it, a known person's name,
        a name after a rank or after a role and a comma ('ketua tim, Yulisyah Putri Daulay'), a
        description pointing back ('politisi Partai Hanura itu') or an office ('Menhub'), an
        institution mentioned in it ('Samsung'), a name the model did not tag; else nobody named. Someone
        unnamed ('kata seorang orang kepercayaan Hasina': one of Hasina's people) is nobody named, unless
        a name follows a comma ('kata seorang warga, Budi'). The police unnamed ('konfirmasi pihak
        berwajib') is the police force the story has named before the quote, if any."""
        if phrase.casefold().strip(" .,") in POLICE_WORDS:
            forces = [m.name for m in self.mentions if not m.person and m.start < quote.start
                      and POLICE_HEADS.intersection(name_words(m.name)[:1])]
            return forces[-1] if forces else None
        if phrase.split(maxsplit=1)[0].casefold() in INDEFINITE:
            if "," not in phrase:
                return None
            rest = phrase[phrase.index(",") + 1:]
            start += len(phrase) - len(rest.lstrip())
            phrase = rest.strip()
            if not phrase:
                return None
        end = start + len(phrase)
        if who := _who_in(start, end, self.mentions, person=True) or _known_person(phrase, self.people):
            return who
        words = phrase.split()
        offices = ROLE_WORDS | OFFICE_ABBREVIATIONS
        bare = [w.casefold().strip(".,") for w in words]
        marks = [i for i, w in enumerate(words) if bare[i] in HONORIFICS
                 or (w.endswith(",") and any(b in offices for b in bare[: i + 1]))]
        if marks and (name := _known_person(" ".join(words[marks[-1] + 1:]), self.people, literal=True)):
            return name
        points_back = POINTS_BACK.search(phrase) and not PREPOSITION.search(phrase) and bare[0] != "sang"
        office = bare[0] in offices and all(b in offices or not w[:1].islower()
                                            for w, b in zip(words, bare, strict=True))
        if office and (name := _name_after_office(words, bare)):
            return _known_person(name, self.people, literal=True)  # "Juru Bicara Wapres Husain Abdullah"
        if points_back or office:
            return self.antecedent(quote, institutions=bool(points_back), office=office)
        if who := _who_in(start, end, self.mentions, person=False):
            return who
        if words[0][:1].isupper() and not any(b in ROLE_WORDS for b in bare):
            return " ".join(w for w in words if w[:1].isupper()).strip(",")
        return None

    def antecedent(self, quote: Marked, *, institutions: bool = False, office: bool = False) -> str | None:
        """Who a pronoun, a '-nya' or a description points to. Going back from the quote through this
        paragraph and up to five before it: the speaker of a quote there, else someone who spoke
        before and is named there, else the first person mentioned outside quotes (an institution
        too, when a description points back: 'tambah raksasa elektronik asal Korea Selatan ini'; only
        people the story gives a role, for an office: 'ujar Menhub')."""
        first_par = next(i for i, (s, e) in enumerate(self.paragraphs) if s <= quote.start <= e)
        speakers = list(dict.fromkeys(q.speaker for q in self.quotes
                                      if q.end < quote.start and q.speaker and q.attributed))
        with_roles = {p.name for p in self.people if p.roles}
        for index in range(first_par, max(-1, first_par - 6), -1):
            start, end = self.paragraphs[index]
            end = min(end, quote.start)
            spoken = [q for q in self.quotes
                      if q is not quote and start <= q.start < end and q.speaker and q.attributed]
            if spoken:
                return spoken[-1].speaker
            if again := self._speakers_named(speakers, start, end):
                return again
            outside = [m for m in self.mentions if start <= m.start < end
                       and (m.person or institutions) and (not office or m.name in with_roles or not with_roles)]
            # the subject of a sentence is who speaks on; someone named further in ("... dari Feri")
            # is spoken about, and the last speaker goes on speaking
            subjects = [m for m in outside if self._opens_sentence(m, start)]
            if subjects:
                return subjects[0].name
            if outside:
                return speakers[-1] if speakers else outside[0].name
        return None

    def _opens_sentence(self, mention: Mention, par_start: int) -> bool:
        """The mention is a sentence's subject: at most three words before it ("Sebelumnya Ely"), only
        a title, or a verb of saying right after it ("Di tempat yang sama, Local Marketing Manager ...,
        Dina, mengatakan")."""
        opening = SENTENCE_END.split(self.body[par_start: mention.start])[-1]
        before = opening.split()
        # only a title before it: "Ketua Harian DPD I Partai Golkar Jateng, Iqbal Wibisono, pun ..."
        titled = all(w[:1].isupper() or w[:1].isdigit() or w in ("dan", "&") for w in before)
        return len(before) <= 3 or titled or SUBJECT_OF_SAYING.match(self.body, mention.end) is not None

    def _speakers_named(self, speakers: list[str], start: int, end: int) -> str | None:
        """A speaker of an earlier quote named between start and end, by any form the story gives
        them, tagged by the model there or not ('lanjut Putri' for Yulisyah Putri Daulay)."""
        text = self.body[start:end]
        forms = {p.name: (p.name, *p.aliases) for p in self.people}
        for speaker in reversed(speakers):
            for form in forms.get(speaker, (speaker,)):
                for word in ([form] + [w for w in form.split() if len(w) >= 4]):
                    if re.search(rf"\b{re.escape(word)}\b", text):
                        return speaker
        return None


def _name_after_office(words: list[str], bare: list[str]) -> str | None:
    """The full name an office ends in: the capitalised words after the last word of the office
    ("Juru Bicara Wapres Husain Abdullah" -> "Husain Abdullah"); two at least, else the office alone
    speaks ("ujar Menhub")."""
    offices = ROLE_WORDS | OFFICE_ABBREVIATIONS | HONORIFICS | OFFICE_COMPLEMENTS | INSTITUTION_HEADS
    start = len(words)
    while start > 0 and words[start - 1][:1].isupper() and bare[start - 1] not in offices:
        start -= 1
    name = words[start:]
    return " ".join(name).strip(",") if len(name) >= 2 and start > 0 else None


def _ends_clause(body: str, quote: Marked) -> bool:
    """'...berkualitas," katanya' - the quote ends on a comma (or ! ?), so what follows attributes it."""
    tail = body[max(quote.start, quote.end - 2): quote.end].strip()
    return tail[-1:] in ",!?." if tail else False


def _phrase(text: str) -> str:
    return text[: PHRASE_END.search(text).start()].rstrip(" ,")


def _who_in(start: int, end: int, mentions: list[Mention], *, person: bool | None = None) -> str | None:
    """The first person mentioned between start and end, else the first institution (or only the one
    kind asked for)."""
    inside = [m for m in mentions if start <= m.start < end]
    people = [m for m in inside if m.person]
    others = [m for m in inside if not m.person]
    found = {True: people, False: others, None: people or others}[person]
    return found[0].name if found else None


def _known_person(phrase: str, people: list[Person], *, literal: bool = False) -> str | None:
    """The person of `people` the name opening `phrase` is a form of, or whose full name it holds
    with more around it ("Wavecell Olivier Gerhardt", "Damayanti R Sjarif SpA"); with `literal`, the
    name as written (without a degree after it) when nobody in `people` has it."""
    name = re.match(r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*", phrase.strip())
    if not name:
        return None
    written = person_form(name.group())
    known = next((p.name for p in people if any(same_person(written, f) for f in (p.name, *p.aliases))), None)
    if known is None:
        inside = [p.name for p in people
                  if len(name_words(p.name)) >= 2 and set(name_words(p.name)) <= set(name_words(written))]
        known = max(inside, key=len) if inside else None
    return known or (written if literal else None)


def _lead_in(body: str, quote: Marked, par_start: int) -> tuple[int, str] | None:
    """The sentence leading into a quote when it introduces it ('X mengatakan, "...', 'Menurutnya:')."""
    before = body[par_start: quote.start - 1]
    sentences = SENTENCE_END.split(before)
    last = sentences[-1] if sentences else ""
    if not last.strip():
        return None
    if last.rstrip().endswith((":", ",")) or LEAD_IN.search(last):
        return quote.start - 1 - len(last), last
    return None
