"""Where clippings go, one interface for every command: `write(clipping, rel)`, `checkpoint()`,
`close(complete)`.

- `StreamSink`: JSON, JSON Lines or a table on a stream: stdout, a device or FIFO written in place, or
  a regular file written beside its name and renamed over it when the run completes (targets.py).
- `LinesFile`: the JSON Lines file of a resumable batch: each clipping one write() of one whole line
  on an O_APPEND descriptor, fsynced at checkpoints; `write` returns where the line lies, for the journal.
- `DirSink`: one `.json` per input, mirroring the input trees, each replaced atomically.
"""

import json
import os
import sys
from pathlib import Path
from typing import BinaryIO

from clipper.output.targets import AtomicFile, Target, write_atomically

FORMATS = ("auto", "json", "jsonl", "table")
LINES_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")


def choose_format(requested: str, *, single: bool, output: str | None) -> str:
    """By intent: JSON Lines for an `-o x.jsonl`, one JSON object for one file, page or stdin, and
    JSON Lines for a folder or several inputs (a JSON array for several into `-o x.json`)."""
    if requested != "auto":
        return requested
    if output and output.lower().endswith(LINES_SUFFIXES):
        return "jsonl"
    if single:
        return "json"
    return "json" if output and output.lower().endswith(".json") else "jsonl"


def line(clipping: dict) -> bytes:
    return (json.dumps(clipping, ensure_ascii=False) + "\n").encode("utf-8")


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


class StreamSink:
    def __init__(self, fmt: str, target: Target | None = None, *, single: bool = False):
        self.fmt, self.single, self.count = fmt, single, 0
        self._rows: list[dict] = []
        self._atomic = None
        if target is None:
            self._out: BinaryIO | AtomicFile = sys.stdout.buffer
            self._tty = sys.stdout.isatty()
        elif target.special:
            self._out, self._tty = open(target.path, "wb"), False  # noqa: SIM115 (closed in close())
        else:
            self._out = self._atomic = AtomicFile(target.path)
            self._tty = False

    def write(self, clipping: dict, rel: str = "") -> None:
        if self.fmt == "jsonl":
            self._out.write(line(clipping))
        elif self.fmt == "json" and self.single:
            pretty = json.dumps(clipping, ensure_ascii=False, indent=2 if self._tty or self._atomic else None)
            self._out.write((pretty + "\n").encode("utf-8"))
        elif self.fmt == "json":
            self._out.write((b"[\n" if self.count == 0 else b",\n") + line(clipping).rstrip(b"\n"))
        else:
            self._rows.append(clipping)
        self.count += 1
        self._out.flush()  # a pipe sees each clipping as soon as it is done

    def checkpoint(self) -> None:
        pass

    def close(self, complete: bool = True) -> None:
        """`complete` False (Ctrl-C, a failure of the run itself): a file being replaced keeps its old
        content; a stream gets what was written."""
        try:
            if self.fmt == "json" and not self.single:
                self._out.write(b"\n]\n" if self.count else b"[]\n")
            elif self.fmt == "table":
                from clipper.output.table import render_table

                render_table(self._rows, self._out, tty=self._tty)
            self._out.flush()
        finally:
            if self._atomic is not None:
                if complete:
                    self._atomic.commit()
                else:
                    self._atomic.discard()
            elif self._out is not sys.stdout.buffer:
                self._out.close()


class LinesFile:
    """An append-only file of whole lines (a batch's output, its journal)."""

    def __init__(self, path: Path):
        self.path = path
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)  # the umask applies
        self.size = os.fstat(self._fd).st_size

    def append(self, data: bytes) -> int:
        """Append whole lines; return the offset they start at."""
        offset = self.size
        _write_all(self._fd, data)
        self.size += len(data)
        return offset

    def write(self, clipping: dict, rel: str = "") -> tuple[int, int]:
        data = line(clipping)
        return self.append(data), len(data)

    def checkpoint(self) -> None:
        os.fsync(self._fd)

    def close(self, complete: bool = True) -> None:
        self.checkpoint()
        os.close(self._fd)


class DirSink:
    def __init__(self, folder: str):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)

    def target(self, rel: str) -> Path:
        """Where an input's clipping goes; never outside the folder, whatever the input's name."""
        target = self.folder / f"{rel}.json"
        root = os.path.realpath(self.folder)
        if os.path.commonpath([root, os.path.realpath(target)]) != root:
            raise ValueError(f"{rel}: an output name outside {self.folder}")
        return target

    def write(self, clipping: dict, rel: str = "") -> None:
        target = self.target(rel)
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, line(clipping))

    def checkpoint(self) -> None:
        pass

    def close(self, complete: bool = True) -> None:
        pass
