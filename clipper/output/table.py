"""A rich table of clippings, for people reading a terminal: it fits the terminal's width, leaving
out the less telling columns (authors, then people, then outlet) before it squeezes the title."""

import shutil
from typing import BinaryIO

from rich.console import Console
from rich.table import Table

# (column, width it needs, terminal width from which it is shown); source, published and title always are
# source, published, title (at least TITLE_WIDTH), quotes and words take about 70 columns with the borders
OPTIONAL_COLUMNS = (("outlet", 16, 110), ("people", 30, 140), ("authors", 22, 170))
TITLE_WIDTH = 30
FILE_WIDTH = 160  # a table written to a file or a pipe


def published(value: str | None) -> str:
    """'2018-07-04T10:00:00+07:00' as '2018-07-04 10:00 +07:00': the minute and the zone, readable."""
    if not value:
        return ""
    day, _, time = value.partition("T")
    if not time:
        return day
    clock, zone = time[:5], time[8:].lstrip(".0123456789")
    return f"{day} {clock} {zone}".rstrip()


def render_table(clippings: list[dict], out: BinaryIO, *, tty: bool) -> None:
    width = shutil.get_terminal_size((FILE_WIDTH, 24)).columns if tty else FILE_WIDTH
    shown = {name for name, _, from_width in OPTIONAL_COLUMNS if width >= from_width}
    table = Table(title=f"{len(clippings)} clipping(s)", expand=True)
    table.add_column("source", overflow="fold", max_width=18)
    if "outlet" in shown:
        table.add_column("outlet", overflow="fold", max_width=16)
    table.add_column("published", no_wrap=True, min_width=10)
    table.add_column("title", overflow="fold", ratio=1, min_width=TITLE_WIDTH)
    for name, need, _ in OPTIONAL_COLUMNS[1:]:
        if name in shown:
            table.add_column(name, overflow="fold", max_width=need)
    table.add_column("quotes", justify="right")
    table.add_column("words", justify="right")
    for c in clippings:
        # the people most mentioned, as a reader scanning a day's clippings wants them
        people = sorted(c["people"], key=lambda p: -p["mentions"])[:3]
        row = [c["source"].rsplit("/", 1)[-1]]
        if "outlet" in shown:
            row.append(c["outlet"] or "")
        row += [published(c["published"]), c["title"] or ""]
        if "people" in shown:
            row.append(", ".join(p["name"] for p in people))
        if "authors" in shown:
            row.append(", ".join(c["authors"]))
        row += [str(len(c["quotes"])), str(len(c["body"].split()))]
        table.add_row(*row)
    console = Console(width=width, force_terminal=tty, color_system="auto" if tty else None, record=False,
                      file=_TextOut(out))
    console.print(table)


class _TextOut:
    """rich writes text; the sinks hold binary streams."""

    def __init__(self, out: BinaryIO):
        self._out = out

    def write(self, text: str) -> int:
        self._out.write(text.encode("utf-8"))
        return len(text)

    def flush(self) -> None:
        self._out.flush()
