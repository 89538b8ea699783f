"""Fetch a URL with trafilatura's downloader, and say why when it fails.

trafilatura logs the cause of a failed download and returns None; we listen to its logger for the
record about our URL and turn the exception into a short reason a user can act on.
"""

import logging
import math
import re
from dataclasses import dataclass

from clipper.errors import ClipperError
from clipper.options import Options

# content types we can clip; anything else (PDF, images, JSON) is refused before decoding
TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")
MAX_REDIRECTS = 5


@dataclass(slots=True)
class Fetched:
    data: bytes
    url: str  # after redirects
    charset: str | None
    content_type: str


class _FailureListener(logging.Handler):
    """Keeps the exception trafilatura logged for one URL."""

    def __init__(self, url: str):
        super().__init__(logging.ERROR)
        self.url = url
        self.error: object = None

    def emit(self, record: logging.LogRecord) -> None:
        if isinstance(record.args, tuple) and len(record.args) == 2 and record.args[0] == self.url:
            self.error = record.args[1]


def _config(options: Options):
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "DOWNLOAD_TIMEOUT", str(max(1, math.ceil(options.timeout))))
    config.set("DEFAULT", "MAX_FILE_SIZE", str(options.max_bytes))
    config.set("DEFAULT", "USER_AGENTS", options.user_agent)
    config.set("DEFAULT", "MAX_REDIRECTS", str(MAX_REDIRECTS))
    config.set("DEFAULT", "SSRF_PROTECTION", "off" if options.allow_private_hosts else "on")
    return config


def _reason(error: object, options: Options) -> str:
    """A few words for the exception urllib3 raised."""
    text = str(error)
    low = text.lower()
    inner = getattr(error, "reason", None)
    inner_name = type(inner).__name__ if inner is not None else ""
    if "exceeds max_file_size" in low:
        return f"response larger than the {options.max_bytes / 1e6:g} MB limit"
    if "too many redirects" in low:
        return f"redirect loop (more than {MAX_REDIRECTS} redirects)"
    if "timeout" in low or "timed out" in low or "Timeout" in inner_name:
        return f"timed out after {options.timeout:g} s"
    if "refused" in low:
        return "connection refused"
    if "ssrf protection" in low:
        return "private or loopback address refused (allow it with --allow-private)"
    if "nameresolution" in low or "name or service not known" in low or "getaddrinfo" in low:
        return "host not found"
    if m := re.search(r"too many (\d{3}) error responses", low):
        return f"HTTP {m.group(1)} (after retries)"
    return f"download failed: {text[:160]}"


def fetch(url: str, options: Options) -> Fetched:
    """Download `url`; raise ClipperError with the reason on any failure or non-200 answer."""
    from trafilatura.downloads import fetch_response

    listener = _FailureListener(url)
    logger = logging.getLogger("trafilatura.downloads")
    logger.addHandler(listener)
    try:
        response = fetch_response(url, decode=False, config=_config(options))
    finally:
        logger.removeHandler(listener)
    if response is None:
        raise ClipperError(url, _reason(listener.error, options), stage="fetch")
    if response.status != 200:
        raise ClipperError(url, f"HTTP {response.status}", stage="fetch")
    headers = response.headers or {}
    content_type, _, params = headers.get("content-type", "text/html").partition(";")
    content_type = content_type.strip().lower()
    if content_type and not content_type.startswith(TEXT_TYPES):
        raise ClipperError(url, f"not a web page (content type {content_type})", stage="fetch")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'")
    if not response.data:
        raise ClipperError(url, "empty response", stage="fetch")
    return Fetched(response.data, response.url or url, charset, content_type)
