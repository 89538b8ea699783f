"""Character-level repair of text and splitting it into paragraphs."""

import re
import unicodedata

# UTF-8 read as windows-1252: a lead byte (Â, Ã, â...) followed by continuation characters
MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}"
)
# what is left of a no-break space after a bad decode once the space itself is gone (liputan6 scrapes)
LONE_A_CIRCUMFLEX = re.compile(r"(?<![^\W\d_])Â(?![^\W\d_])")
SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
INVISIBLE = re.compile("[\u200c\u200d\u2060\ufeff\u00ad]")


def _cp1252_byte(ch: str) -> bytes:
    """The byte windows-1252 shows as `ch`; its five unassigned bytes pass through as themselves."""
    try:
        return ch.encode("cp1252")
    except UnicodeEncodeError:
        return bytes([ord(ch)]) if ord(ch) < 256 else ch.encode("utf-8")


def _undo_mojibake(match: re.Match) -> str:
    try:
        return b"".join(_cp1252_byte(ch) for ch in match.group()).decode("utf-8")
    except UnicodeDecodeError:
        return match.group()


def normalise(text: str) -> str:
    """Repair mojibake, drop invisible characters and fold runs of spaces; keep line breaks."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if "Â" in text or "Ã" in text or "â" in text:
        text = MOJIBAKE.sub(_undo_mojibake, text)
        text = LONE_A_CIRCUMFLEX.sub(" ", text)
    text = INVISIBLE.sub("", text)
    return SPACES.sub(" ", text)


def paragraphs_of(text: str) -> list[str]:
    """One paragraph per non-blank line, trimmed (scraped text and trafilatura's output alike)."""
    return [line.strip() for line in normalise(text).split("\n") if line.strip()]
