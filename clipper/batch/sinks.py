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


class JsonlSink:
    def __init__(self, path: str, resume: bool):
        self.path = Path(path)
        if resume:
            self._cut_partial_line()
        self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | (0 if resume else os.O_TRUNC), 0o644)
        self._sources: set[str] | None = None

    def _cut_partial_line(self) -> None:
        if not self.path.exists() or self.path.stat().st_size == 0:
            return
        with self.path.open("rb+") as fh:
            fh.seek(-1, os.SEEK_END)
            if fh.read(1) == b"\n":
                return
            data = self.path.read_bytes()
            fh.truncate(data.rfind(b"\n") + 1)

    def has(self, inp: Input) -> bool:
        if self._sources is None:  # read once, on the first question of a resumed run
            self._sources = set()
            with self.path.open(encoding="utf-8") as fh:
                for line in fh:
                    self._sources.add(json.loads(line)["source"])
        return inp.source in self._sources

    def write(self, inp: Input, clipping: dict) -> None:
        _write_all(self._fd, _line(clipping))

    def checkpoint(self) -> None:
        os.fsync(self._fd)

    def close(self) -> None:
        self.checkpoint()
        os.close(self._fd)


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


class Journal:
    """Append-only record of clipped inputs: {"key", "digest"} per line (digest null for URLs)."""

    def __init__(self, path: Path, resume: bool):
        self.path = path
        self.done: dict[str, str | None] = {}
        if resume and path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    entry = json.loads(line)
                except json.JSONDecodeError:  # a line cut by a crash
                    continue
                self.done[entry["key"]] = entry["digest"]
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | (0 if resume else os.O_TRUNC), 0o644)
        if resume and path.exists() and path.stat().st_size and not path.read_bytes().endswith(b"\n"):
            _write_all(self._fd, b"\n")

    def record(self, key: str, digest: str | None) -> None:
        _write_all(self._fd, (json.dumps({"key": key, "digest": digest}) + "\n").encode())

    def checkpoint(self) -> None:
        os.fsync(self._fd)

    def close(self) -> None:
        self.checkpoint()
        os.close(self._fd)


class ErrorLog:
    """--errors FILE: one JSON line per failed input (input, stage, reason), ready for --from."""

    def __init__(self, path: str | None):
        self._fh = open(path, "w", encoding="utf-8") if path else None  # noqa: SIM115

    def write(self, source: str, stage: str, reason: str) -> None:
        if self._fh:
            self._fh.write(json.dumps({"input": source, "stage": stage, "reason": reason}, ensure_ascii=False) + "\n")
            self._fh.flush()

    def close(self) -> None:
        if self._fh:
            self._fh.close()
