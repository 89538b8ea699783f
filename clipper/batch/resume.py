"""What a resumed run may skip, decided by what each input is, never by how it was spelled.

An input's key is its resolved path (or its normalised URL), and a file's content is known by its
SHA-1: `crawl/` and `./crawl`, a symlink and its target, or the same list in another order are the
same inputs. A journal beside the output records key, digest and `source` after each clipping is
written. The output itself is the truth of what is done: a clipping whose journal line was lost (the
run was killed between the two writes) is still done. A file whose content changed since is clipped
again, and its old clipping is taken out of the output first, so nothing is ever there twice.
"""

import fcntl
import json
import os
from dataclasses import dataclass
from pathlib import Path

from clipper.batch.inputs import Input, file_digest, key_of
from clipper.errors import UsageError
from clipper.output.sinks import LinesFile
from clipper.output.targets import write_atomically


@dataclass(slots=True, frozen=True)
class Entry:
    digest: str | None  # None for URLs
    source: str


def cut_partial_line(path: Path) -> None:
    """A line cut by a crash is cut off, so every line read back is whole."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb+") as fh:
        fh.seek(-1, os.SEEK_END)
        if fh.read(1) != b"\n":
            fh.truncate(path.read_bytes().rfind(b"\n") + 1)


def read_lines(path: Path) -> list[bytes]:
    return path.read_bytes().splitlines(keepends=True) if path.exists() else []


class Journal(LinesFile):
    """{"key", "digest", "source"} per clipped input. Opening it takes the output for this run: a
    second run on the same output is refused while the first holds the journal's lock (flock, which
    the kernel releases however the run ends). `fresh` starts it empty (a run that is no resume)."""

    def __init__(self, path: Path, *, fresh: bool, problems: list[str]):
        super().__init__(path)
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self._fd)
            raise UsageError(f"{path.name.removesuffix('.journal')}: another clipper run is writing it") from None
        if fresh:
            os.ftruncate(self._fd, 0)
            self.size = 0
        cut_partial_line(path)
        self.size = os.fstat(self._fd).st_size
        self.done: dict[str, Entry] = {}
        for n, raw in enumerate(read_lines(path), 1):
            try:
                entry = json.loads(raw)
                self.done[entry["key"]] = Entry(entry["digest"], entry["source"])
            except (ValueError, KeyError, TypeError):
                problems.append(f"{path}: line {n} is not a journal entry; skipped")

    def record(self, key: str, digest: str | None, source: str) -> None:
        # ASCII JSON: a key from a file name that is no UTF-8 keeps its surrogates as \udcXX escapes
        self.append((json.dumps({"key": key, "digest": digest, "source": source}) + "\n").encode("ascii"))
        self.done[key] = Entry(digest, source)

    def rewrite_without(self, keys: set[str]) -> None:
        """In place, under the lock (a new file would not hold it)."""
        for key in keys:
            self.done.pop(key, None)
        os.ftruncate(self._fd, 0)
        self.size = 0
        for key, entry in self.done.items():
            self.record(key, entry.digest, entry.source)


@dataclass(slots=True)
class Plan:
    todo: list[Input]
    skipped: int
    changed: list[Input]  # clipped before, but the file is not what it was


def _changed(inp: Input, recorded: Entry | None) -> bool:
    if inp.is_url or inp.source == "-" or recorded is None or recorded.digest is None:
        return False
    try:
        return file_digest(inp.source) != recorded.digest
    except OSError:  # gone or unreadable now: clip it again and let that report why
        return True


def plan(inputs: list[Input], done_keys: set[str], journal: Journal) -> Plan:
    todo, changed, skipped = [], [], 0
    for inp in inputs:
        if inp.key not in done_keys:
            todo.append(inp)
        elif _changed(inp, journal.done.get(inp.key)):
            todo.append(inp)
            changed.append(inp)
        else:
            skipped += 1
    return Plan(todo, skipped, changed)


def keys_in_lines_file(path: Path, journal: Journal, problems: list[str]) -> dict[str, list[int]]:
    """The inputs a JSON Lines output holds: key -> indexes of its lines. A line that is no clipping
    is reported and left as it is."""
    key_of_source = {entry.source: key for key, entry in journal.done.items()}
    found: dict[str, list[int]] = {}
    for i, raw in enumerate(read_lines(path)):
        try:
            source = json.loads(raw)["source"]
            if not isinstance(source, str):
                raise TypeError
        except (ValueError, KeyError, TypeError):
            problems.append(f"{path}: line {i + 1} is not a clipping; left as it is")
            continue
        key = key_of_source.get(source) or key_of(source)  # not journaled: killed between the writes
        found.setdefault(key, []).append(i)
    return found


def drop_lines(path: Path, indexes: set[int]) -> None:
    write_atomically(path, b"".join(raw for i, raw in enumerate(read_lines(path)) if i not in indexes))
