"""The Indonesian calendar as news prints it: month and day names, the three time zones, and date-time
lines ("Kamis, 5 Juli 2018 07:45 WIB", "Rabu, 11 Juli 2018 | 18:31 WIB",
"02/11/2023, 21:34 WIB") and the machine dates of meta tags, read into one `Stamp`.

The one home of these words: the cleaning pass (date lines, lists of stories), the page facts
(publication time), the date stage and the entity rules (day and month names open sentences and are
no names) all read them here.
"""

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

# Month names as Indonesian outlets print them, full, short and old spellings; English ones too,
# since meta tags and some outlets (liputan6 "on 16 Feb 2016") use them.
MONTHS = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}
# the twelve Indonesian month names as they are spelled today (words that open a sentence, never names)
MONTH_NAMES = ("januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
               "november", "desember")
# months of the Islamic calendar that are nobody's name ("selama Ramadan", "1 Syawal"; "Rajab", "Safar" are
# also given names)
HIJRI_MONTHS = ("muharram", "muharam", "ramadan", "ramadhan", "syawal", "syawwal", "zulkaidah", "dzulqadah",
                "zulhijah", "dzulhijjah", "syakban", "syaban", "sya'ban")
# day name -> weekday (Monday 0); "jum'at" and "ahad" are older spellings still printed
WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6,
            "ahad": 6}
DAY_NAMES = tuple(WEEKDAYS)
# the name a story prints for each weekday, to say which day a date really is
DAY_NAME_OF_WEEKDAY = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
# Indonesia's three time zones; a time printed without one is taken as WIB (Jakarta), where most
# national newsrooms are
ZONES = {"wib": 7, "wita": 8, "wit": 9}
DEFAULT_ZONE_HOURS = 7

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = "|".join(DAY_NAMES)
DATETIME = re.compile(
    rf"(?:\b(?P<dayname>{_DAY})\b\s*,?\s*)?"
    rf"(?:(?P<d>\d{{1,2}})\s+(?P<mon>{_MONTH})\.?\s+(?P<y>\d{{4}})"
    r"|(?P<d2>\d{1,2})/(?P<m2>\d{1,2})/(?P<y2>\d{4}))"
    r"(?:\s*(?:,|\||-|\bat\b|\bpukul\b|\bjam\b)?\s*(?:,|\||\bpukul\b)?\s*"
    r"(?P<H>[01]?\d|2[0-3])[:.](?P<M>[0-5]\d)(?:[:.](?P<S>[0-5]\d))?(?!\d)"
    r"(?:\s*(?P<zone>WIB|WITA|WIT)\b)?)?",
    re.IGNORECASE,
)
# ISO 8601 and the near-misses found in meta tags: "2015-11-05 T10:08:58Z" (detik),
# "2015-06-16T14-05-11Z" (detik), "2022/12/10 13:19:56" (detik), "2016-02-16T13:01:52+0700" (viva)
MACHINE = re.compile(
    r"^\s*(?P<y>\d{4})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})"
    r"(?:\s*T?\s*(?P<H>\d{1,2})[:-](?P<M>\d{2})(?:[:-](?P<S>\d{2})(?:\.\d+)?)?"
    r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2}|UTC|GMT|WIB|WITA|WIT)?)?\s*$",
    re.IGNORECASE,
)


@dataclass(slots=True, frozen=True)
class Stamp:
    """A calendar date with, when known, a wall-clock time and a UTC offset in hours."""

    day: date
    time: tuple[int, int, int] | None = None
    offset: float | None = None  # hours east of UTC, None when the text names no zone
    start: int = 0
    end: int = 0

    def isoformat(self, default_offset: float | None = DEFAULT_ZONE_HOURS) -> str:
        if self.time is None:
            return self.day.isoformat()
        offset = self.offset if self.offset is not None else default_offset
        naive = datetime(self.day.year, self.day.month, self.day.day, *self.time)
        if offset is None:
            return naive.isoformat()
        return naive.replace(tzinfo=timezone(timedelta(hours=offset))).isoformat()

    def as_utc(self) -> datetime | None:
        if self.time is None:
            return None
        offset = DEFAULT_ZONE_HOURS if self.offset is None else self.offset
        local = datetime(self.day.year, self.day.month, self.day.day, *self.time)
        return local - timedelta(hours=offset)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# every DATETIME match holds a year of four digits: a search for one rules out most lines at a
# twentieth of the cost of DATETIME, which tries seven day names at every position
YEAR = re.compile(r"\d{4}")


def datetime_in(text: str) -> re.Match | None:
    """The first date (perhaps with its day name, time and zone) printed in `text`."""
    return DATETIME.search(text) if YEAR.search(text) else None


def without_datetimes(text: str) -> str:
    """`text` with a space in place of every date it prints."""
    return DATETIME.sub(" ", text) if YEAR.search(text) else text


def find_datetimes(text: str, *, with_time: bool = False) -> list[Stamp]:
    """Every date (with its time and zone when printed beside it) in `text`, in order."""
    found = []
    for m in DATETIME.finditer(text) if YEAR.search(text) else ():
        if m.group("d"):
            day = _safe_date(int(m.group("y")), MONTHS[m.group("mon").lower()], int(m.group("d")))
        else:
            day = _safe_date(int(m.group("y2")), int(m.group("m2")), int(m.group("d2")))
        if day is None or (with_time and not m.group("H")):
            continue
        time = (int(m.group("H")), int(m.group("M")), int(m.group("S") or 0)) if m.group("H") else None
        zone = m.group("zone")
        found.append(Stamp(day, time, ZONES[zone.lower()] if zone else None, m.start(), m.end()))
    return found


def parse_machine(value: str) -> Stamp | None:
    """A date from a meta tag or JSON-LD, or None when it is not one we can read."""
    m = MACHINE.match(value)
    if not m:
        found = find_datetimes(value)
        return found[0] if found else None
    day = _safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    if day is None:
        return None
    if not m.group("H"):
        return Stamp(day)
    time = (int(m.group("H")), int(m.group("M")), int(m.group("S") or 0))
    if time[0] > 23 or time[1] > 59 or time[2] > 59:
        return Stamp(day)
    tz = (m.group("tz") or "").upper()
    if tz in ("Z", "UTC", "GMT"):
        offset: float | None = 0
    elif tz in ("WIB", "WITA", "WIT"):
        offset = ZONES[tz.lower()]
    elif tz:
        sign = -1 if tz[0] == "-" else 1
        digits = tz[1:].replace(":", "")
        offset = sign * (int(digits[:2]) + int(digits[2:]) / 60)
    else:
        offset = None
    return Stamp(day, time, offset)


DAY_FORMS = "YYYY-MM-DD, DD/MM/YYYY or '4 Juli 2018'"


def parse_day(text: str) -> date | None:
    """A day as people type one: ISO (2018-07-04), day first as Indonesians write it (04/07/2018,
    4-7-2018), or with the month's name (4 Juli 2018, 4 Jul 2018). None when it is none of these."""
    text = text.strip()
    if m := re.fullmatch(r"(\d{1,2})[-.](\d{1,2})[-.](\d{4})", text):
        return _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", text):
        stamp = parse_machine(text)
        return stamp.day if stamp else None
    found = find_datetimes(text)
    return found[0].day if len(found) == 1 and found[0].start == 0 and found[0].end == len(text) else None
