"""Streaming writers. JSON Lines are flushed one clipping at a time, so a pipe sees each clipping as
soon as it is done; `-o FILE` goes to a temporary file renamed into place only when the run ends, so
a reader never sees half a file (and a failed run leaves the old file alone)."""

import json
import os
import sys
import tempfile
from contextlib import contextmanager
from typing import IO

from clipper.schema import Clipping

FORMATS = ("auto", "json", "jsonl", "table")


def choose_format(requested: str, n_inputs: int) -> str:
    """auto: one JSON object for one input, JSON Lines for several."""
    if requested != "auto":
        return requested
    return "json" if n_inputs == 1 else "jsonl"


def dumps(clipping: Clipping, pretty: bool = False) -> str:
    return json.dumps(clipping.to_dict(), ensure_ascii=False, indent=2 if pretty else None)


class Sink:
    """Receives clippings one by one and writes them in one format; `several` makes JSON an array."""

    def __init__(self, stream: IO[str], fmt: str, pretty: bool, several: bool):
        self.stream, self.fmt, self.pretty, self.several = stream, fmt, pretty, several
        self.count = 0
        self._rows: list[Clipping] = []

    def write(self, clipping: Clipping) -> None:
        if self.fmt == "jsonl":
            self.stream.write(dumps(clipping) + "\n")
        elif self.fmt == "json" and not self.several:
            self.stream.write(dumps(clipping, self.pretty) + "\n")
        elif self.fmt == "json":
            self.stream.write(("[\n" if self.count == 0 else ",\n") + dumps(clipping, self.pretty))
        else:
            self._rows.append(clipping)
        self.count += 1
        self.stream.flush()

    def close(self) -> None:
        if self.fmt == "json" and self.several:
            self.stream.write("\n]\n" if self.count else "[]\n")
        elif self.fmt == "table":
            from clipper.output.table import render_table

            render_table(self._rows, self.stream)
        self.stream.flush()


@contextmanager
def open_sink(path: str | None, fmt: str, several: bool):
    """A Sink on stdout, or on a temporary file that replaces `path` when the block ends cleanly."""
    if path is None or path == "-":
        sink = Sink(sys.stdout, fmt, pretty=sys.stdout.isatty(), several=several)
        yield sink
        sink.close()
        return
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as stream:
            sink = Sink(stream, fmt, pretty=fmt == "json", several=several)
            yield sink
            sink.close()
            os.fsync(stream.fileno())
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
