"""Where `-o FILE` writes, so that clipper never destroys what it did not create.

- a regular file (or none yet) is replaced atomically: written beside it, fsynced, renamed over it,
  with the mode it had (a new file gets the umask's mode, as `>` in a shell would give it);
- a symlink is followed: its target is written and the link stays a link;
- a device or a FIFO (`-o /dev/null`, `-o pipe`) is written in place, never replaced;
- a folder, or a path whose folder does not exist, is a usage error before anything runs.
"""

import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from clipper.errors import UsageError


@dataclass(slots=True, frozen=True)
class Target:
    path: Path  # where the bytes go: a symlink's final target
    named: str  # as the user typed it, for messages
    exists: bool
    special: bool  # a device, FIFO or socket: written in place

    @property
    def nonempty(self) -> bool:
        return self.exists and not self.special and self.path.stat().st_size > 0


def resolve(named: str) -> Target:
    """The file `named` stands for; raises UsageError for what cannot be written to."""
    path = Path(os.path.realpath(named))
    try:
        info = path.stat()
    except FileNotFoundError:
        if not path.parent.is_dir():
            raise UsageError(f"{named}: no such folder: {path.parent}") from None
        return Target(path, named, exists=False, special=False)
    except OSError as err:
        raise UsageError(f"{named}: {err.strerror}") from None
    if stat.S_ISDIR(info.st_mode):
        raise UsageError(f"{named}: is a folder")
    return Target(path, named, exists=True, special=not stat.S_ISREG(info.st_mode))


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def new_file_mode(path: Path) -> int:
    """The mode a replacement of `path` gets: the file's own, or what the umask gives a new file."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return 0o666 & ~_umask()


def write_atomically(path: Path, data: bytes) -> None:
    """Replace the regular file `path` (or create it) with `data`, all or nothing."""
    file = AtomicFile(path)
    try:
        file.write(data)
        file.commit()
    except BaseException:  # Ctrl-C mid-write included
        file.discard()
        raise


class AtomicFile:
    """A binary file written beside `path`: `commit()` renames it over `path`, `discard()` removes it
    (a failed or interrupted run leaves the old file as it was, and nothing half-written)."""

    def __init__(self, path: Path):
        self.path = path
        fd, self._tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            os.fchmod(fd, new_file_mode(path))
            self._file = os.fdopen(fd, "wb")
        except BaseException:
            os.close(fd)
            os.unlink(self._tmp)
            raise

    def write(self, data: bytes) -> None:
        self._file.write(data)

    def flush(self) -> None:
        self._file.flush()

    def commit(self) -> None:
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        os.replace(self._tmp, self.path)

    def discard(self) -> None:
        """Safe at any point, after a commit too (the temporary name is gone by then)."""
        self._file.close()
        Path(self._tmp).unlink(missing_ok=True)
