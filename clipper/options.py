"""Options for one extraction run, built once (by the CLI or by library callers)."""

from dataclasses import dataclass
from datetime import date

DEFAULT_USER_AGENT = "clipper/0.1 (+https://github.com/clipper-news/clipper)"


@dataclass(slots=True, kw_only=True, frozen=True)
class Options:
    timeout: float = 30.0  # seconds for one HTTP fetch
    user_agent: str = DEFAULT_USER_AGENT
    max_bytes: int = 20_000_000  # larger files and responses are refused, not truncated
    allow_private_hosts: bool = False  # fetch from 127.0.0.1 / LAN (trafilatura blocks it by default)
    entities: bool = True  # people, organisations, places (loads the NER model on first use)
    # what "kemarin" and "Rabu (4/7)" count from when the article prints no publication date
    reference_date: date | None = None
    # today's date, given at the edge (the CLI passes the clock's): the latest a date printed without
    # its year can be, when nothing else dates the story; None leaves such a year unknown, so a
    # library call gives the same clipping on any day
    today: date | None = None
