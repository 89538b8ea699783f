"""Where batch results go, and what a resumed run may skip.

- `JsonlSink`: one JSON Lines file. Each clipping is one write() of one whole line on an O_APPEND
  descriptor, fsynced at checkpoints; a line cut by a crash is cut off when the run resumes.
- `DirSink`: one `.json` per input, mirroring the input tree, each written to a temporary file and
  renamed into place, so a file that exists is complete.
- `StdoutSink`: JSON Lines on stdout, for pipes (nothing to resume from).
A journal beside the output (`Journal`) records each clipped input's key and content digest after
its clipping is written; see runner.already_done for how the two are read on resume.
"""

import json
import os
import sys
import tempfile
from pathlib import Path

from clipper.batch.inputs import Input


def _line(clipping: dict) -> bytes:
    return (json.dumps(clipping, ensure_ascii=False) + "\n").encode("utf-8")


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


class AppendOnlyLines:
    """A file of whole lines, appended with one write() each and fsynced at checkpoints. Resuming
    first cuts a line left half-written by a crash, so every line read back is complete."""

    def __init__(self, path: Path, resume: bool):
        self.path = path
        if resume:
            self._cut_partial_line()
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | (0 if resume else os.O_TRUNC)
        self._fd = os.open(self.path, flags, 0o644)

    def _cut_partial_line(self) -> None:
        if not self.path.exists() or self.path.stat().st_size == 0:
            return
        with self.path.open("rb+") as fh:
            fh.seek(-1, os.SEEK_END)
            if fh.read(1) != b"\n":
                fh.truncate(self.path.read_bytes().rfind(b"\n") + 1)

    def lines(self):
        with self.path.open(encoding="utf-8") as fh:
            yield from fh

    def append(self, line: bytes) -> None:
        _write_all(self._fd, line)

    def checkpoint(self) -> None:
        os.fsync(self._fd)

    def close(self) -> None:
        self.checkpoint()
        os.close(self._fd)


class JsonlSink(AppendOnlyLines):
    def __init__(self, path: str, resume: bool):
        super().__init__(Path(path), resume)
        self._sources: set[str] | None = None

    def has(self, inp: Input) -> bool:
        if self._sources is None:  # read once, on the first question of a resumed run
            self._sources = {json.loads(line)["source"] for line in self.lines()}
        return inp.source in self._sources

    def write(self, inp: Input, clipping: dict) -> None:
        self.append(_line(clipping))


class DirSink:
    def __init__(self, folder: str, resume: bool):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)

    def target(self, inp: Input) -> Path:
        return self.folder / f"{inp.rel}.json"

    def has(self, inp: Input) -> bool:
        return self.target(inp).exists()

    def write(self, inp: Input, clipping: dict) -> None:
        target = self.target(inp)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        try:
            try:
                _write_all(fd, _line(clipping))
            finally:
                os.close(fd)
            os.replace(tmp, target)
        except BaseException:  # Ctrl-C mid-write included: no temporary file is left behind
            Path(tmp).unlink(missing_ok=True)
            raise

    def checkpoint(self) -> None:
        pass

    def close(self) -> None:
        pass


class StdoutSink:
    def __init__(self) -> None:
        self._out = sys.stdout.buffer

    def has(self, inp: Input) -> bool:
        return False

    def write(self, inp: Input, clipping: dict) -> None:
        self._out.write(_line(clipping))
        self._out.flush()

    def checkpoint(self) -> None:
        pass

    def close(self) -> None:
        self._out.flush()


class Journal(AppendOnlyLines):
    """Record of clipped inputs: {"key", "digest"} per line (digest null for URLs)."""

    def __init__(self, path: Path, resume: bool):
        super().__init__(path, resume)
        self.done: dict[str, str | None] = {}
        if resume:
            for line in self.lines():
                entry = json.loads(line)
                self.done[entry["key"]] = entry["digest"]

    def record(self, key: str, digest: str | None) -> None:
        self.append((json.dumps({"key": key, "digest": digest}) + "\n").encode())


class ErrorLog:
    """--errors FILE: one JSON line per failed input (input, stage, kind, reason), ready for --from."""

    def __init__(self, path: str | None):
        self._fh = open(path, "w", encoding="utf-8") if path else None  # noqa: SIM115

    def write(self, source: str, stage: str, kind: str, reason: str) -> None:
        if self._fh:
            line = {"input": source, "stage": stage, "kind": kind, "reason": reason}
            self._fh.write(json.dumps(line, ensure_ascii=False) + "\n")
            self._fh.flush()

    def close(self) -> None:
        if self._fh:
            self._fh.close()
