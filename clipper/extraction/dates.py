"""Date expressions in a story, found by a spaCy Matcher over the body's tokens and given an ISO value
by our own rules, against the publication date (or a reference date the caller gives).

    Selasa (3/7/2018) · Rabu (4/7) · (15/7/2013) · Senin (10/7) kemarin · Rabu, 4 Juli 2018
    5 Juli 2018 07:45 WIB · 4 Februari lalu · 23/24 Maret lalu · 13 sampai dengan 25 Pebruari 2017
    Juli 2018 · tahun 2015 · Kamis · kemarin · hari ini · Besok (hari ini) · pekan lalu · tahun ini

Why our rules and not dateparser: on the gold date expressions `bench/dates.py` measures both, and
dateparser reads neither the "Selasa (3/7/2018)" form nor "23 Maret lalu" nor a day name alone, which
are most of what Indonesian news writes (see the README's design notes).

A value names only what the text names: YYYY-MM-DD, YYYY-MM ("Juli 2018", "pekan lalu") or YYYY
("tahun ini"). A relative expression with no reference date gets no value rather than a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from clipper.indonesian.calendar import DAY_NAME_OF_WEEKDAY, DAY_NAMES, MONTHS, WEEKDAYS
from clipper.records import DateMention

DAY_PARTS = ["pagi", "siang", "sore", "petang", "malam", "dini"]
# words after a date that say which side of the reference it is on ("23 Maret lalu")
PAST = {"lalu", "kemarin", "silam"}
FUTURE = {"mendatang", "depan", "nanti"}
# the day after the reference, in days; "kemarin lusa" is the day before yesterday
DAY_OFFSETS = {"kemarin lusa": -2, "kemarin": -1, "hari ini": 0, "besok": 1, "esok": 1, "lusa": 2,
               "pagi ini": 0, "siang ini": 0, "sore ini": 0, "malam ini": 0}
PERIODS = {"pekan": "week", "minggu": "week", "bulan": "month", "tahun": "year"}
PERIOD_STEPS = {"lalu": -1, "kemarin": -1, "ini": 0, "depan": 1, "mendatang": 1}
# "dua hari lalu", "sepekan lalu", "3 bulan lagi": a count of periods before or after the reference
COUNTS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
          "sembilan": 9, "sepuluh": 10}
COUNTED_UNITS = {"hari": "day", **PERIODS}
COUNT_SIDES = {"lalu": -1, "silam": -1, "lagi": 1, "mendatang": 1}
QUANTITY_WORDS = {"beberapa", "sekian", "berapa", "banyak", "puluhan", "ratusan", "hampir", *COUNTS}
# ranges: "13 sampai dengan 25 Pebruari", "23/24 Maret", "5-7 Juli", "13 hingga 25 Juli"
RANGE_WORDS = ["/", "-", "–", "hingga", "sampai", "s.d", "s.d.", "s/d", "dan"]
# a year alone is a date only with a word that makes it one ("tahun 2015", "kuartal III 2015")
YEAR_WORDS = ["tahun", "sejak", "awal", "akhir", "pertengahan", "medio", "kuartal", "triwulan",
              "semester", "caturwulan"]

# token sets rather than regular expressions: the matcher runs over every body, and set look-ups keep
# it under a millisecond per article
DAY_NUM = {"ORTH": {"IN": [f"{n}" for n in range(1, 32)] + [f"{n:02d}" for n in range(1, 10)]}}
MONTH_NUM = {"ORTH": {"IN": [f"{n}" for n in range(1, 13)] + [f"{n:02d}" for n in range(1, 10)]}}
YEAR_NUM = {"IS_DIGIT": True, "LENGTH": {">=": 2, "<=": 4}}
YEAR4 = {"ORTH": {"IN": [str(y) for y in range(1800, 2101)]}}
SMALL_NUM = {"ORTH": {"IN": [str(n) for n in range(1, 100)]}}
# "Agu." is one token, so abbreviations are listed with their dot too
MONTH_NAME = {"LOWER": {"IN": [*MONTHS, *(m + "." for m in MONTHS if len(m) <= 4)]}, "IS_TITLE": True}
DAY_NAME = {"LOWER": {"IN": list(DAY_NAMES)}, "IS_TITLE": True}
# "Selasa malam, 15 Februari": a day name (and part of the day) may lead a date, and a comma after it
DAY_LEAD = [DAY_NAME, {"LOWER": {"IN": DAY_PARTS}, "OP": "?"}, {"LOWER": "hari", "OP": "?"}, {"ORTH": ",", "OP": "?"}]
TIME = [{"ORTH": {"IN": [",", "|", "-"]}, "OP": "?"}, {"LOWER": {"IN": ["pukul", "jam"]}, "OP": "?"},
        {"TEXT": {"REGEX": r"^([01]?\d|2[0-3])[:.][0-5]\d$"}},
        {"LOWER": {"IN": ["wib", "wita", "wit"]}, "OP": "?"}]
SIDE = {"LOWER": {"IN": sorted(PAST | FUTURE)}, "OP": "?"}
COUNT_SIDE = {"LOWER": {"IN": list(COUNT_SIDES)}}


def _patterns() -> dict[str, list[list[dict]]]:
    numeric = [{"ORTH": "("}, DAY_NUM, {"ORTH": "/"}, MONTH_NUM]
    with_year = [*numeric, {"ORTH": "/"}, YEAR_NUM, {"ORTH": ")"}, SIDE]
    spelled = [DAY_NUM, MONTH_NAME]
    ranged = [DAY_NUM, {"LOWER": {"IN": RANGE_WORDS}}, {"LOWER": "dengan", "OP": "?"}, DAY_NUM, MONTH_NAME]
    month_lead = {"LOWER": {"IN": ["bulan", "pertengahan", "awal", "akhir"]}, "OP": "?"}
    relative_day = [[{"LOWER": w} for w in phrase.split()] for phrase in DAY_OFFSETS]
    relative_pair = [{"LOWER": {"IN": sorted({p.split()[0] for p in DAY_OFFSETS})}},
                     {"LOWER": {"IN": sorted({p.split()[-1] for p in DAY_OFFSETS if " " in p})}, "OP": "?"}]
    return {
        # "(2/3)" alone is as often a fraction: without a year it needs a day name or a comma before it
        "NUMERIC": [[*DAY_LEAD, *numeric, {"ORTH": ")"}, SIDE], [{"ORTH": ","}, *numeric, {"ORTH": ")"}, SIDE],
                    with_year, [*DAY_LEAD, *with_year]],
        "SPELLED": [lead + spelled + tail for lead in ([], DAY_LEAD) for tail in ([SIDE], [YEAR4, *TIME], [YEAR4])],
        "RANGE": [[*ranged, SIDE], [*ranged, YEAR4]],
        # "February 16, 2016" (English dates on Indonesian pages)
        "ENGLISH": [[*lead, MONTH_NAME, DAY_NUM, {"ORTH": ","}, YEAR4] for lead in ([], DAY_LEAD)],
        "MONTH": [[month_lead, MONTH_NAME, YEAR4],
                  # "Juli lalu", "Maret mendatang": the month before or after the reference
                  [month_lead, MONTH_NAME, {"LOWER": {"IN": ["lalu", "silam", "mendatang", "depan"]}}]],
        "YEAR": [[{"LOWER": {"IN": YEAR_WORDS}}, {"ORTH": {"IN": ["I", "II", "III", "IV", "1", "2", "3", "4"]},
                                                   "OP": "?"}, YEAR4,
                  {"LOWER": {"IN": ["lalu", "silam"]}, "OP": "?"}]],
        "WEEKDAY": [[DAY_NAME, {"LOWER": {"IN": DAY_PARTS}, "OP": "?"},
                     {"LOWER": {"IN": ["lalu", "kemarin", "depan", "mendatang", "ini"]}, "OP": "?"}]],
        # "Besok (hari ini)": the aside corrects the word before it, so the pair is one date
        "RELATIVE": [*relative_day, [*relative_pair, {"ORTH": "("}, *relative_pair, {"ORTH": ")"}]],
        "PERIOD": [[{"LOWER": {"IN": list(PERIODS)}}, {"LOWER": {"IN": list(PERIOD_STEPS)}}]],
        "COUNTED": [[{"LOWER": {"IN": list(COUNTS)}}, {"LOWER": {"IN": list(COUNTED_UNITS)}}, COUNT_SIDE],
                    [SMALL_NUM, {"LOWER": {"IN": list(COUNTED_UNITS)}}, COUNT_SIDE],
                    [{"LOWER": {"IN": ["se" + unit for unit in COUNTED_UNITS]}}, COUNT_SIDE]],
    }


@lru_cache(maxsize=1)
def _tokenizer():
    from clipper.indonesian.tokenizer import blank

    return blank()


@lru_cache(maxsize=2)
def _matcher(vocab):
    """One matcher per vocabulary: the entity pipeline's, or the bare tokenizer's without it."""
    from spacy.matcher import Matcher

    matcher = Matcher(vocab)
    for label, patterns in _patterns().items():
        matcher.add(label, patterns, greedy="LONGEST")
    return matcher


def _found(text: str, value: str | None, start: int, end: int, note: str | None = None) -> DateMention:
    return DateMention(text=text, value=value, start=start, end=end, note=note)


@dataclass(slots=True, frozen=True)
class Anchor:
    """What a story's dates count from: its publication day (or the reference the caller gives), and
    today, the latest day a date printed without its year can be. Both come from the caller, so the
    same input gives the same clipping on any day."""

    day: date | None
    today: date | None = None


def find_dates(body: str, reference: date | None, doc=None, *, today: date | None = None) -> list[DateMention]:
    """Every date expression in `body` with its value, in order, counted from `reference` (the
    publication day); `today` bounds a year guessed from a day name. `doc` is the body already
    tokenised by the entity stage, when there is one."""
    anchor = Anchor(reference, today)
    from spacy.util import filter_spans

    if doc is None:
        doc = _tokenizer().make_doc(body)
    matcher = _matcher(doc.vocab)
    spans = [s for a, b in _windows(doc) for s in matcher(doc[a:b], as_spans=True) if _taken(s)]
    found: list[DateMention] = []
    for span in filter_spans(spans):
        text, start = span.text, span.start_char
        if text.startswith(","):  # the comma that marks a bare "(15/7)" as a date is not part of it
            text, start = text[1:].lstrip(), span[1].idx
        found.extend(RESOLVERS[span.label_](text, start, anchor))
    return found


# every date expression holds a number or one of these words; the matcher only runs around them (its
# set tests cost a Python call per token, and most of a story has no date in it)
TRIGGERS = frozenset([*DAY_NAMES, *MONTHS, *(w for p in DAY_OFFSETS for w in p.split()), *PERIODS, *COUNTS,
                      *("se" + unit for unit in COUNTED_UNITS)])
REACH = (6, 9)  # tokens a pattern can hold before and after its trigger


def _windows(doc) -> list[tuple[int, int]]:
    from clipper.indonesian.tokenizer import positions

    windows: list[list[int]] = []
    for i in positions(doc, TRIGGERS, digits=True):
        start, end = max(0, i - REACH[0]), min(len(doc), i + REACH[1])
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end
        else:
            windows.append([start, end])
    return [(a, b) for a, b in windows]


def _taken(span) -> bool:
    if span.label_ == "WEEKDAY":
        return _is_day_name(span)
    if span.label_ == "PERIOD":  # "tiga bulan ini", "beberapa bulan lalu": a length of time, not a date
        return span.start == 0 or span.doc[span.start - 1].lower_ not in QUANTITY_WORDS
    return True


def _is_day_name(span) -> bool:
    """'Minggu' also means 'week' and 'Jumat' a prayer ('salat Jumat'): a capitalised day name alone
    is a date where it is not the first word of a sentence and not one of those."""
    first = span[0]
    if first.lower_ == "minggu" and (first.is_sent_start or first.i == 0 or first.nbor(-1).text in ".!?\"“"):
        return False
    return not (first.i > 0 and first.nbor(-1).lower_ in ("salat", "shalat", "sholat", "hari"))


# -- resolvers: span text -> Found ---------------------------------------------------------------

NUMBERS = re.compile(r"(\d+)")
DAY_IN = re.compile(rf"\b({'|'.join(DAY_NAMES)})\b", re.IGNORECASE)
SIDE_IN = re.compile(rf"\b({'|'.join(sorted(PAST | FUTURE))})\s*$", re.IGNORECASE)
MONTH_IN = re.compile(rf"\b({'|'.join(sorted(MONTHS, key=len, reverse=True))})\b", re.IGNORECASE)


def _side(text: str) -> int:
    m = SIDE_IN.search(text)
    if not m:
        return 0
    return -1 if m.group(1).lower() in PAST else 1


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _year_for(month: int, day: int, anchor: Anchor, side: int,
              dayname: str | None) -> tuple[int | None, str | None]:
    """The year of a day and month printed without one: the reference's year, or the one next to it
    when that puts the date on the side of the reference the text says ('lalu') or within half a
    year of it. With no reference, a day name pins the year: the latest year, not after today, when
    that day and month fall on it (and without today either, no year)."""
    if anchor.day is None:
        if dayname is None or anchor.today is None:
            return None, None
        weekday = WEEKDAYS[dayname.lower()]
        for year in range(anchor.today.year, 1990, -1):
            d = _safe(year, month, day)
            if d and d.weekday() == weekday and d <= anchor.today:
                return year, "year taken from the day name"
        return None, None
    best = None
    for year in (anchor.day.year - 1, anchor.day.year, anchor.day.year + 1):
        d = _safe(year, month, day)
        if d is None:
            continue
        gap = (d - anchor.day).days
        if (side < 0 and gap > 0) or (side > 0 and gap < 0):
            continue
        if best is None or abs(gap) < abs(best[1]):
            best = (year, gap)
    return (best[0], None) if best else (None, None)


def _check_day_name(value: date, dayname: str | None) -> str | None:
    if dayname and value.weekday() != WEEKDAYS[dayname.lower()]:
        return f"the text says {dayname}, but {value.isoformat()} is a {DAY_NAME_OF_WEEKDAY[value.weekday()]}"
    return None


def _full_year(text: str, anchor: Anchor) -> tuple[int | None, str | None]:
    """'2018' or '18'; a misprinted year ('4/11/205') is taken from the reference, with a note."""
    if len(text) == 4 and 1800 <= int(text) <= 2100:
        return int(text), None
    latest = anchor.day or anchor.today
    if len(text) == 2 and latest is not None:  # "(3/7/18)": this century unless that is in the future ("(1/5/98)")
        year = 2000 + int(text)
        return (year if year <= latest.year + 1 else year - 100), None
    if anchor.day is not None:
        return anchor.day.year, f"the year {text!r} is misprinted; taken from the publication date"
    return None, None


def _dated(text: str, start: int, day: int, month: int, year: int | None, note: str | None,
           dayname: str | None) -> DateMention:
    value = _safe(year, month, day) if year else None
    if value is None:
        return _found(text, None, start, start + len(text), note)
    return _found(text, value.isoformat(), start, start + len(text), note or _check_day_name(value, dayname))


def _numeric(text: str, start: int, anchor: Anchor) -> list[DateMention]:
    inner = text[text.index("(") + 1: text.rindex(")")]
    parts = inner.split("/")
    dayname = (DAY_IN.search(text[: text.index("(")]) or [None, None])[1]
    day, month = int(parts[0]), int(parts[1])
    if len(parts) == 3:
        year, note = _full_year(parts[2], anchor)
    else:
        year, note = _year_for(month, day, anchor, _side(text), dayname)
    return [_dated(text, start, day, month, year, note, dayname)]


def _spelled(text: str, start: int, anchor: Anchor) -> list[DateMention]:
    month = MONTHS[MONTH_IN.search(text).group(1).lower()]
    after_month = text[MONTH_IN.search(text).end():]
    before_month = text[: MONTH_IN.search(text).start()]
    day = int(NUMBERS.findall(before_month)[-1])
    dayname = (DAY_IN.search(before_month) or [None, None])[1]
    year_m = re.match(r"\W*(\d{4})", after_month)
    if year_m:
        year, note = int(year_m.group(1)), None
    else:
        year, note = _year_for(month, day, anchor, _side(text), dayname)
    return [_dated(text, start, day, month, year, note, dayname)]


def _english(text: str, start: int, anchor: Anchor) -> list[DateMention]:
    m = MONTH_IN.search(text)
    day, year = (int(n) for n in NUMBERS.findall(text[m.end():])[:2])
    dayname = (DAY_IN.search(text[: m.start()]) or [None, None])[1]
    return [_dated(text, start, day, MONTHS[m.group(1).lower()], year, None, dayname)]


def _range(text: str, start: int, anchor: Anchor) -> list[DateMention]:
    """Both ends of '23/24 Maret lalu', '13 sampai dengan 25 Pebruari 2017'."""
    m = MONTH_IN.search(text)
    first, last = NUMBERS.findall(text[: m.start()])[:2]
    at = text.index(last, len(first))
    second = _spelled(text[at:], start + at, anchor)[0]
    year = int(second.value[:4]) if second.value else None
    opening = _dated(first, start, int(first), MONTHS[m.group(1).lower()], year, second.note, None)
    if opening.value and second.value and opening.value > second.value:  # "30 Juni - 2 Juli" is not this
        return [second]
    return [opening, second]


def _month(text: str, start: int, anchor: Anchor) -> list[DateMention]:
    """'Juli 2018'; 'Juli lalu' is the last July before the anchor.day's month, 'Juli mendatang' the
    next one after it."""
    month = MONTHS[MONTH_IN.search(text).group(1).lower()]
    if year_m := re.search(r"\d{4}", text):
        year = int(year_m.group())
    elif anchor.day is None:
        return [_found(text, None, start, start + len(text))]
    elif _side(text) < 0:
        year = anchor.day.year if month < anchor.day.month else anchor.day.year - 1
    else:
        year = anchor.day.year if month > anchor.day.month else anchor.day.year + 1
    return [_found(text, f"{year:04d}-{month:02d}", start, start + len(text))]


def _year(text: str, start: int, anchor: Anchor) -> list[DateMention]:
    return [_found(text, re.search(r"(1[89]|20)\d\d", text).group(), start, start + len(text))]


def _weekday(text: str, start: int, anchor: Anchor) -> list[DateMention]:
    """A day name alone is the latest such day up to the anchor.day ('Kamis' in a Thursday's story
    is that Thursday); with 'depan' or 'mendatang' the next one."""
    end = start + len(text)
    if anchor.day is None:
        return [_found(text, None, start, end)]
    weekday = WEEKDAYS[text.split()[0].lower()]
    back = (anchor.day.weekday() - weekday) % 7
    words = text.lower().split()
    if words[-1] in FUTURE:
        value = anchor.day + timedelta(days=(weekday - anchor.day.weekday()) % 7 or 7)
    elif words[-1] in ("lalu", "kemarin") and back == 0:
        value = anchor.day - timedelta(days=7)
    else:
        value = anchor.day - timedelta(days=back)
    return [_found(text, value.isoformat(), start, end)]


def _relative(text: str, start: int, anchor: Anchor) -> list[DateMention]:
    end = start + len(text)
    if anchor.day is None:
        return [_found(text, None, start, end)]
    phrase = text[text.index("(") + 1: text.rindex(")")] if "(" in text else text
    offset = DAY_OFFSETS.get(" ".join(phrase.lower().split()))
    if offset is None:  # "(...)" holding words of the pattern that make no phrase
        return []
    return [_found(text, (anchor.day + timedelta(days=offset)).isoformat(), start, end)]


def _shifted(reference: date, kind: str, steps: int) -> str:
    """The reference moved by whole days, weeks, months or years, at the precision the words give:
    a day for days, the month for weeks and months, the year for years."""
    if kind == "day":
        return (reference + timedelta(days=steps)).isoformat()
    if kind == "year":
        return str(reference.year + steps)
    if kind == "week":
        day = reference + timedelta(days=7 * steps)
        return f"{day.year:04d}-{day.month:02d}"
    month_index = reference.year * 12 + reference.month - 1 + steps
    return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}"


def _period(text: str, start: int, anchor: Anchor) -> list[DateMention]:
    """'pekan lalu', 'bulan ini', 'tahun depan': the month or year they fall in."""
    if anchor.day is None:
        return [_found(text, None, start, start + len(text))]
    unit, step = text.lower().split()
    return [_found(text, _shifted(anchor.day, PERIODS[unit], PERIOD_STEPS[step]), start, start + len(text))]


def _counted(text: str, start: int, anchor: Anchor) -> list[DateMention]:
    """'dua hari lalu' is a day; 'tiga bulan lalu', 'sepekan lalu' a month; 'dua tahun silam' a year."""
    if anchor.day is None:
        return [_found(text, None, start, start + len(text))]
    words = text.lower().split()
    if len(words) == 2:
        count, unit = 1, words[0][2:]
    else:
        count, unit = (int(words[0]) if words[0].isdigit() else COUNTS[words[0]]), words[1]
    value = _shifted(anchor.day, COUNTED_UNITS[unit], count * COUNT_SIDES[words[-1]])
    return [_found(text, value, start, start + len(text))]


RESOLVERS = {"NUMERIC": _numeric, "SPELLED": _spelled, "ENGLISH": _english, "RANGE": _range, "MONTH": _month,
             "YEAR": _year, "WEEKDAY": _weekday, "RELATIVE": _relative, "PERIOD": _period,
             "COUNTED": _counted}
