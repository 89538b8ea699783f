"""Bytes to text, once, at the edge: valid UTF-8 first, then the declared charsets, then sniffing.

A page that declares iso-8859-1 but is UTF-8 (kapanlagi.com does) comes out right because valid
UTF-8 wins over any declaration: legacy-charset text with accented letters is almost never valid UTF-8.
"""

import codecs
import re
import zlib

from clipper.errors import ClipperError, ErrorKind, Stage

# magic numbers of files people point clipper at by mistake
BINARY_SIGNATURES = {
    b"%PDF-": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"RIFF": "a RIFF (WebP/WAV) file",
    b"PK\x03\x04": "a ZIP archive (DOCX/XLSX/EPUB?)",
    b"\x7fELF": "an executable",
}
MANY_MULTIBYTE = 200  # valid multibyte characters that make a damaged file UTF-8, however many bytes broke
NUL_SHARE = 0.01  # more NUL bytes than this in a file's first 4 KB make it binary; a stray one does not
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
BAD_RUN = re.compile("\ufffd+")
# WHATWG: browsers read these labels as windows-1252, so must we
WINDOWS_1252_ALIASES = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii", "l1"}


def binary_kind(data: bytes) -> str | None:
    """What kind of binary file this is, or None when it may be text."""
    for magic, kind in BINARY_SIGNATURES.items():
        if data.startswith(magic):
            return kind
    head = data[:4096]
    if head.count(b"\x00") > len(head) * NUL_SHARE and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) \
            and _utf16_order(head) is None:
        return "a binary file"
    return None


def _utf16_order(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' for UTF-16 text without a byte-order mark: Latin-script text in
    UTF-16 has a NUL in every other byte, on one side."""
    head = data[:4096]
    if len(head) < 16:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    if odd > half * 0.6 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.6 and odd < half * 0.05:
        return "utf-16-be"
    return None


def _usable(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in WINDOWS_1252_ALIASES:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def gunzip(data: bytes, source: str, max_bytes: int) -> bytes:
    """Saved crawls are often gzipped (page.html.gz): unpack, refusing what grows past the limit."""
    if not data.startswith(b"\x1f\x8b"):
        return data
    out = b""
    while data:  # a file of several gzip members (`cat a.gz b.gz`) is all of them, as zcat reads it
        unpacker = zlib.decompressobj(wbits=31)
        try:
            out += unpacker.decompress(data, max_bytes + 1 - len(out))
        except zlib.error as err:
            raise ClipperError(source, f"broken gzip file ({err})", kind=ErrorKind.DECODING,
                               stage=Stage.DECODE) from None
        if len(out) > max_bytes or unpacker.unconsumed_tail:
            raise ClipperError(source, f"unpacks to more than the {max_bytes / 1e6:g} MB limit",
                               kind=ErrorKind.TOO_LARGE, stage=Stage.DECODE)
        data = unpacker.unused_data if unpacker.unused_data.startswith(b"\x1f\x8b") else b""
    return out


# what legacy Western text holds beyond ASCII: accented letters and typographic punctuation
WESTERN_PUNCTUATION = frozenset("“”‘’–—…«»€°· ©®")


def _as_windows_1252(data: bytes) -> str | None:
    """Legacy Western text ("café" saved as Latin-1): what a user expects of a file without a charset,
    and what a detector guesses badly on a short text (cp775, UTF-16). Only when the bytes beyond
    ASCII are quotes and letters, at most three in ten of the letters: other scripts (cp1251 Russian) are left to
    the detector, since in cp1252 nearly every one of their letters would be beyond ASCII."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    beyond = [ch for ch in text if ord(ch) > 0x7F]
    if not all(ch.isalpha() or ch in WESTERN_PUNCTUATION for ch in beyond):
        return None
    letters = sum(1 for ch in text if ch.isalpha())
    accented = sum(1 for ch in beyond if ch.isalpha())
    return text if accented <= 0.3 * letters else None


def decode(data: bytes, source: str, declared: str | None = None) -> tuple[str, str | None]:
    """Return (text, note); the note says when the text needed a fallback to decode.

    `declared` is the HTTP charset. Raises ClipperError for binary or undecodable input.
    """
    if kind := binary_kind(data):
        raise ClipperError(source, f"not an article: {kind}", kind=ErrorKind.BINARY, stage=Stage.DECODE)
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace").lstrip("\ufeff"), None
    if order := _utf16_order(data):
        return data.decode(order, errors="replace"), None
    data = data.replace(b"\x00", b"")  # a stray NUL is nothing a reader sees
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass

    meta = META_CHARSET.search(data[:8192])
    for label in (declared, meta.group(1).decode("ascii", "ignore") if meta else None):
        encoding = _usable(label)
        if encoding and encoding != "utf-8":
            try:
                return data.decode(encoding), None
            except UnicodeDecodeError:
                continue

    # mostly UTF-8 with a few broken bytes (a truncated or concatenated file): keep the good part
    text = data.decode("utf-8", errors="replace")
    bad = len(BAD_RUN.findall(text))
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    # broken bytes among valid multibyte characters: legacy-charset text has no valid multibyte
    # sequences at all, and random bytes have broken ones everywhere
    if (multibyte >= bad and bad <= len(text) / 200) or (multibyte >= MANY_MULTIBYTE and bad <= len(text) / 20):
        return text, f"invalid UTF-8: {bad} byte sequence(s) replaced"

    if (western := _as_windows_1252(data)) is not None:
        return western, "not UTF-8, decoded as cp1252"

    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.chaos < 0.2:
        return str(best), f"not UTF-8, decoded as {best.encoding}"
    raise ClipperError(source, "not UTF-8 and no charset decodes it cleanly", kind=ErrorKind.DECODING,
                       stage=Stage.DECODE)
