"""Fetch a URL with urllib3 (trafilatura's own HTTP client), and say why when it fails.

Failures are read from urllib3's exceptions, by type, into an `ErrorKind` (a timeout, a refused
connection, a redirect loop...), so retries and reports never depend on a message's wording.
Private, loopback and link-local peers are refused after the connection is made, on every redirect
hop, so that a name resolving to 127.0.0.1 or a DNS rebinding cannot get past the check.
"""

import ipaddress
import threading
import time
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urljoin

import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import (
    LocationParseError,
    LocationValueError,
    MaxRetryError,
    NameResolutionError,
    NewConnectionError,
    ProtocolError,
    ResponseError,
    SSLError,
)
from urllib3.exceptions import (
    TimeoutError as Urllib3Timeout,
)

from clipper.errors import ClipperError, ErrorKind, Stage
from clipper.options import Options

# content types we can clip; anything else (PDF, images, JSON) is refused before decoding
TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml",
              "application/gzip", "application/x-gzip")  # a saved page served as a .gz file: unpacked later
MAX_REDIRECTS = 5
SERVER_ERRORS = (429, 500, 502, 503, 504)  # retried twice, quickly, before they are reported
HEADERS = {"Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
           "Accept-Encoding": "gzip, deflate", "Accept-Language": "id,en;q=0.8"}


@dataclass(slots=True)
class Fetched:
    data: bytes
    url: str  # after redirects
    charset: str | None
    content_type: str


class PrivateAddress(NewConnectionError):
    """The peer is not a public address (loopback, private network, link-local)."""


def _public(host: str) -> bool:
    address = ipaddress.ip_address(host.split("%", 1)[0])  # an IPv6 zone id is not part of the address
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return address.is_global


class _GuardedHTTPConnection(HTTPConnection):
    def _new_conn(self):
        sock = super()._new_conn()
        peer = sock.getpeername()[0]
        if not _public(peer):
            sock.close()
            raise PrivateAddress(self, f"{peer} is not a public address")
        return sock


class _GuardedHTTPSConnection(_GuardedHTTPConnection, HTTPSConnection):
    pass


class _GuardedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _GuardedHTTPConnection


class _GuardedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _GuardedHTTPSConnection


@lru_cache(maxsize=2)
def _pool(allow_private: bool) -> urllib3.PoolManager:
    import certifi

    pool = urllib3.PoolManager(num_pools=50, cert_reqs="CERT_REQUIRED", ca_certs=certifi.where())
    if not allow_private:
        pool.pool_classes_by_scheme = {"http": _GuardedHTTPPool, "https": _GuardedHTTPSPool}
    return pool


def _kind_of(error: Exception) -> ErrorKind:
    """The kind of a urllib3 failure, by the exception's type."""
    cause = error.reason if isinstance(error, MaxRetryError) else error
    if isinstance(cause, PrivateAddress):
        return ErrorKind.PRIVATE_ADDRESS
    if isinstance(cause, NameResolutionError):
        return ErrorKind.HOST_NOT_FOUND
    if isinstance(cause, (NewConnectionError, ProtocolError, SSLError, ConnectionError)):
        return ErrorKind.CONNECTION  # before timeouts: urllib3's NewConnectionError is a ConnectTimeoutError
    if isinstance(cause, Urllib3Timeout):
        return ErrorKind.TIMEOUT
    if isinstance(cause, ResponseError):  # the only retries that raise are redirects (raise_on_status off)
        return ErrorKind.REDIRECT_LOOP
    if isinstance(cause, (LocationValueError, LocationParseError)):  # no host, a bad port, a file:// redirect
        return ErrorKind.INVALID_URL
    return ErrorKind.INTERNAL


def _reason(kind: ErrorKind, error: Exception, options: Options) -> str:
    """A few words a user can act on."""
    match kind:
        case ErrorKind.PRIVATE_ADDRESS:
            return "private or loopback address refused (allowed by --allow-private, allow_private_hosts=True)"
        case ErrorKind.HOST_NOT_FOUND:
            return "host not found"
        case ErrorKind.TIMEOUT:
            return f"timed out after {options.timeout:g} s"
        case ErrorKind.REDIRECT_LOOP:
            return f"redirect loop (more than {MAX_REDIRECTS} redirects)"
        case ErrorKind.INVALID_URL:
            return "not a valid web address (or a redirect to one that is not)"
        case ErrorKind.CONNECTION:
            cause = error.reason if isinstance(error, MaxRetryError) else error
            if isinstance(cause, SSLError):
                return "TLS handshake failed"
            return "connection refused" if isinstance(cause.__cause__, ConnectionRefusedError) else "connection failed"
    return f"download failed: {type(error).__name__}"


def _failure(url: str, reason: str, kind: ErrorKind) -> ClipperError:
    return ClipperError(url, reason, kind=kind, stage=Stage.FETCH)


def _read_capped(response, url: str, options: Options) -> bytes:
    declared = response.headers.get("content-length", "")
    too_large = f"response larger than the {options.max_bytes / 1e6:g} MB limit"
    if declared.isdigit() and int(declared) > options.max_bytes:
        raise _failure(url, too_large, ErrorKind.TOO_LARGE)
    chunks, size = [], 0
    for chunk in response.stream(2**16, decode_content=True):  # decoded: the cap applies to what gzip unpacks to
        size += len(chunk)
        if size > options.max_bytes:
            raise _failure(url, too_large, ErrorKind.TOO_LARGE)
        chunks.append(chunk)
    return b"".join(chunks)


def _get(url: str, options: Options, seconds: float):
    retries = urllib3.Retry(total=None, connect=0, read=0, redirect=MAX_REDIRECTS, status=2,
                            status_forcelist=SERVER_ERRORS, backoff_factor=0.2, raise_on_status=False,
                            respect_retry_after_header=False)
    return _pool(options.allow_private_hosts).request(
        "GET", url, headers={**HEADERS, "User-Agent": options.user_agent}, retries=retries,
        timeout=urllib3.Timeout(connect=seconds, read=seconds), preload_content=False)


def check_url(url: str) -> None:
    """Raise ClipperError for a URL no request can be made of ("http:///?x=1", "http://[::1/x")."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        ok = parts.scheme in ("http", "https") and bool(parts.hostname)
        parts.port  # noqa: B018 (raises ValueError for a port out of range)
    except ValueError:
        ok = False
    if not ok:
        raise _failure(url, "not a valid web address", ErrorKind.INVALID_URL)


def fetch(url: str, options: Options, deadline: float | None = None) -> Fetched:
    """Download `url` by `deadline` (time.monotonic(); default: `options.timeout` from now), the whole
    of it: a body dripped a byte a second is cut off there too, since a read timeout alone restarts
    with every byte. Raise ClipperError with the reason on any failure or non-200 answer."""
    check_url(url)
    deadline = time.monotonic() + options.timeout if deadline is None else deadline
    cut_off = threading.Event()
    try:
        response = _get(url, options, max(0.001, deadline - time.monotonic()))

        def cut() -> None:
            cut_off.set()
            response.shutdown()

        timer = threading.Timer(max(0.0, deadline - time.monotonic()), cut)
        timer.daemon = True
        timer.start()
        try:
            if response.status != 200:
                after = " (after retries)" if response.status in SERVER_ERRORS else ""
                raise _failure(url, f"HTTP {response.status}{after}", ErrorKind.HTTP_STATUS)
            data = _read_capped(response, url, options)
        finally:
            timer.cancel()
            response.release_conn()
    except ClipperError:
        raise
    except Exception as err:  # urllib3 and socket failures, sorted by type
        kind = ErrorKind.TIMEOUT if cut_off.is_set() or time.monotonic() >= deadline else _kind_of(err)
        raise _failure(url, _reason(kind, err, options), kind) from err
    if cut_off.is_set():  # the body was cut off at the deadline: what came is not the page
        raise _failure(url, _reason(ErrorKind.TIMEOUT, TimeoutError(), options), ErrorKind.TIMEOUT)
    headers = response.headers
    content_type, _, params = headers.get("content-type", "text/html").partition(";")
    content_type = content_type.strip().lower()
    if content_type and not content_type.startswith(TEXT_TYPES):
        raise _failure(url, f"not a web page (content type {content_type})", ErrorKind.NOT_A_PAGE)
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'")
    if not data:
        raise _failure(url, "empty response", ErrorKind.EMPTY)
    # geturl() is the last Location header, which may be relative
    return Fetched(data, urljoin(url, response.geturl() or url), charset, content_type)
