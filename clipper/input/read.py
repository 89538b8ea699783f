"""Turn what the user named (a path, a folder, '-', a URL, or text itself) into Documents."""

import logging
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from clipper.errors import ClipperError, ErrorKind
from clipper.input.decode import decode, gunzip
from clipper.options import Options

log = logging.getLogger("clipper")

URL = re.compile(r"^https?://\S+$", re.IGNORECASE)
# files a folder walk picks up (batch/inputs.py); anything named on the command line is read whatever its name
ARTICLE_SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", ".gz", ""}
# markup that makes a text an HTML page rather than scraped plain text
HTML_MARKERS = re.compile(r"<(?:!doctype\s+html|html|head|body|meta|div|p|article|title)[\s>/]", re.IGNORECASE)


@dataclass(slots=True)
class Document:
    source: str  # as the user named it
    text: str
    is_html: bool
    url: str | None = None


def looks_like_html(text: str) -> bool:
    """Decide by content: scraped text may carry a stray '<', a page has real tags near its top."""
    head = text[:4096].lstrip()
    return (head.startswith("<") and bool(HTML_MARKERS.search(head))) or len(HTML_MARKERS.findall(head)) >= 3


def is_url(text: str) -> bool:
    return bool(URL.match(text))


def read_file(path: Path, source: str, options: Options) -> bytes:
    """The bytes of a file, refusing it (ClipperError) when missing, unreadable or over the size limit."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ClipperError(source, "not a regular file", kind=ErrorKind.NOT_A_FILE)
        if size > options.max_bytes:
            raise ClipperError(source, f"too large ({size / 1e6:.1f} MB, the limit is {options.max_bytes / 1e6:g} MB)",
                               kind=ErrorKind.TOO_LARGE)
        with path.open("rb") as fh:
            return fh.read(options.max_bytes + 1)
    except FileNotFoundError:
        raise ClipperError(source, "no such file", kind=ErrorKind.MISSING_FILE) from None
    except PermissionError:
        raise ClipperError(source, "permission denied", kind=ErrorKind.PERMISSION) from None
    except IsADirectoryError:
        raise ClipperError(source, "is a folder", kind=ErrorKind.NOT_A_FILE) from None
    except OSError as err:
        raise ClipperError(source, err.strerror or str(err), kind=ErrorKind.NOT_A_FILE) from None


def document_from_bytes(data: bytes, source: str, options: Options, *, charset: str | None = None,
                        url: str | None = None, plain: bool = False) -> Document:
    """Unpack, refuse empty input, decode, and decide HTML or text."""
    data = gunzip(data, source, options.max_bytes)
    if not data.strip():
        raise ClipperError(source, "empty input", kind=ErrorKind.EMPTY)
    text, note = decode(data, source, declared=charset)
    if note:  # clipped, but the reader should know the text may hold a replaced character or two
        log.warning("%s: %s", source, note)
    return Document(source, text, is_html=not plain and looks_like_html(text), url=url)


def load(source: str | bytes | os.PathLike, options: Options | None = None, *, name: str | None = None) -> Document:
    """Read, fetch or wrap one input. Raises ClipperError naming the input and the reason."""
    options = options or Options()
    if not isinstance(source, (str, bytes, os.PathLike)):
        raise TypeError(f"clipper reads a path, a URL, text or HTML (str), bytes or a Document, "
                        f"not {type(source).__name__}")
    if isinstance(source, str) and not source.strip():
        raise ClipperError(name or "<text>", "empty input", kind=ErrorKind.EMPTY)
    if isinstance(source, bytes):
        return document_from_bytes(source, name or "<bytes>", options)
    if isinstance(source, os.PathLike):
        label = name or os.fspath(source)
        return document_from_bytes(read_file(Path(source), label, options), label, options)
    if source == "-":
        data = sys.stdin.buffer.read(options.max_bytes + 1)
        if len(data) > options.max_bytes:
            raise ClipperError("-", f"stdin is larger than the {options.max_bytes / 1e6:g} MB limit",
                               kind=ErrorKind.TOO_LARGE)
        return document_from_bytes(data, name or "-", options)
    if is_url(source):
        from clipper.input.fetch import fetch

        got = fetch(source, options)
        return document_from_bytes(got.data, name or source, options, charset=got.charset, url=got.url,
                         plain=got.content_type == "text/plain")
    if "\n" in source or "<" in source or len(source) > 4096 or not _names_a_file(source):
        return Document(name or "<text>", source, is_html=looks_like_html(source))
    return document_from_bytes(read_file(Path(source), source, options), name or source, options)


def _names_a_file(text: str) -> bool:
    """A one-line str is a path when a file is there or it is written like one (a folder, a suffix);
    otherwise it is the text itself ("hello")."""
    return os.path.lexists(text) or os.sep in text or Path(text).suffix.lower() in ARTICLE_SUFFIXES - {""}
