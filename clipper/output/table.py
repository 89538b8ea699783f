"""A rich table of clippings, for people reading a terminal."""

from typing import IO

from rich.console import Console
from rich.table import Table

from clipper.schema import Clipping


def render_table(clippings: list[Clipping], stream: IO[str]) -> None:
    table = Table(title=f"{len(clippings)} clipping(s)", show_lines=False, expand=True)
    table.add_column("source", overflow="fold", max_width=28)
    table.add_column("outlet", max_width=16)
    table.add_column("published", no_wrap=True)
    table.add_column("title", overflow="fold", ratio=3)
    table.add_column("authors", overflow="fold", max_width=24)
    table.add_column("people", overflow="fold", max_width=32)
    table.add_column("quotes", justify="right")
    table.add_column("words", justify="right")
    for c in clippings:
        # the people most mentioned, as a reader scanning a day's clippings wants them
        people = sorted(c.people, key=lambda p: -p.mentions)[:3]
        table.add_row(c.source.rsplit("/", 1)[-1], c.outlet or "", (c.published or "")[:16],
                      c.title or "", ", ".join(c.authors), ", ".join(p.name for p in people),
                      str(len(c.quotes)), str(len(c.body.split())))
    Console(file=stream, width=None if stream.isatty() else 160).print(table)
