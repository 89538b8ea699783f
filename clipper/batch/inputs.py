"""The inputs of a batch: from arguments, folders (recursive, --glob) and --from lists, de-duplicated."""

import fnmatch
import hashlib
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from clipper.errors import ClipperError, ErrorKind
from clipper.input import ARTICLE_SUFFIXES, is_url
from clipper.input.fetch import check_url

UNSAFE = re.compile(r"[^\w.-]+")


@dataclass(slots=True, frozen=True)
class Input:
    source: str  # as the user gave it; becomes the clipping's `source`
    key: str  # stable identity: the normalised URL, or the file's real path
    rel: str  # relative name for --out-dir (mirrors the input tree)

    @property
    def is_url(self) -> bool:
        return is_url(self.source)

    @property
    def label(self) -> str:
        """The source as clippings, messages and the journal show it (valid UTF-8 whatever the name)."""
        return shown(self.source)


def normalise_url(url: str) -> str:
    """The page a URL names: courlan lower-cases the host, drops a default port and tracking
    parameters (utm_*, fbclid) and sorts the rest; the fragment never reaches the server."""
    from courlan import normalize_url

    parts = urlsplit(normalize_url(url.strip()))
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))


def key_of(source: str) -> str:
    """What an input is, however it was spelled: its normalised URL or its resolved path."""
    if source == "-":
        return "-"
    return normalise_url(source) if is_url(source) else os.path.realpath(source)


def file_digest(path: str) -> str:
    h = hashlib.sha1()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def _url_rel(url: str) -> str:
    """The output name of a URL under --out-dir: host and path segments, each made safe (no separator,
    no "." or ".." that could climb out of the folder), the query as a hash."""
    parts = urlsplit(url)
    segments = [safe_segment(s) for s in (parts.netloc, *parts.path.split("/")) if s and s not in (".", "..")]
    if parts.query and segments:
        segments[-1] += "_" + hashlib.sha1(parts.query.encode()).hexdigest()[:8]
    return "/".join(segments) or "index"


def safe_segment(segment: str) -> str:
    """One path segment that names nothing but itself: no separators, no leading dot."""
    return UNSAFE.sub("_", segment).lstrip(".") or "_"


def _walk(folder: str, pattern: str | None, errors: list[ClipperError]) -> list[tuple[str, str]]:
    """(path, path relative to the folder) for the folder's article files (or those matching
    `pattern`), recursively in sorted order, hidden ones left out; a subfolder that cannot be read is
    an error of its own, not a silence."""
    def unreadable(err: OSError) -> None:
        errors.append(ClipperError(err.filename, f"cannot read this folder ({err.strerror})",
                                   kind=ErrorKind.PERMISSION))

    found = []
    for root, dirs, files in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = os.path.join(root, name)
            if pattern is None:
                wanted = not name.startswith(".") and Path(name).suffix.lower() in ARTICLE_SUFFIXES
            else:
                wanted = fnmatch.fnmatch(name, pattern) or fnmatch.fnmatch(os.path.relpath(path, folder), pattern)
            if wanted:
                found.append(path)
    return [(p, os.path.relpath(p, folder)) for p in found]


def read_list(text: str) -> list[str]:
    """Lines of a --from file: one path or URL each, or the JSON lines of an --errors file (to retry
    what failed); blank lines and '#' comments skipped. Raises ValueError naming a line that is
    neither."""
    items = []
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("{"):
            try:
                line = json.loads(line)["input"]
            except (ValueError, KeyError, TypeError):
                line = None
            if not isinstance(line, str):
                raise ValueError(f"line {n} is JSON without a string \"input\" (an --errors file has one)")
        if line:
            items.append(line)
    return items


def shown(source: str) -> str:
    """A source fit for JSON and a terminal: a file name's bytes that are no UTF-8 (carried by Python
    as surrogates) written as backslash escapes, "a\\xff.html", from which the name can be recovered."""
    if source.isascii():
        return source
    return source.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def collect(args: Iterable[str], pattern: str | None = None) -> tuple[list[Input], list[ClipperError]]:
    """Inputs in order, each once; the arguments that name nothing come back as errors.

    For --out-dir, a folder's files keep their paths inside it; with several folders each tree is
    mirrored under the folder's own name (news/a.html, blogs/a.html)."""
    args = list(args)
    folders = [a for a in args if a != "-" and not is_url(a) and Path(a).is_dir()]
    inputs: list[Input] = []
    errors: list[ClipperError] = []
    seen_keys: set[str] = set()
    used_rels: set[str] = set()

    def add(source: str, key: str, rel: str) -> None:
        if key in seen_keys:
            return
        seen_keys.add(key)
        if rel in used_rels:  # two inputs that would land on the same output file
            rel = f"{rel}-{hashlib.sha1(key.encode()).hexdigest()[:8]}"
        used_rels.add(rel)
        inputs.append(Input(source, key, rel))

    for arg in args:
        if arg == "-":
            add(arg, "-", "stdin")
        elif is_url(arg):
            try:
                check_url(arg)
            except ClipperError as err:
                errors.append(err)
                continue
            add(arg, key_of(arg), _url_rel(arg))
        elif arg in folders:
            files = _walk(arg, pattern, errors)
            if not files:
                errors.append(ClipperError(arg, "no article files in this folder", kind=ErrorKind.EMPTY))
            tree = UNSAFE.sub("_", Path(os.path.realpath(arg)).name) if len(set(folders)) > 1 else ""
            for path, rel in files:
                add(path, key_of(path), f"{tree}/{rel}" if tree else rel)
        elif os.path.lexists(arg):
            add(arg, key_of(arg), Path(arg).name)
        else:
            errors.append(ClipperError(arg, "no such file", kind=ErrorKind.MISSING_FILE))
    return inputs, errors
