"""clipper: Indonesian news pages and scraped articles in, clean JSON clippings out.

    >>> from clipper import extract
    >>> clipping = extract("sample_articles/001_2b9158f90e3cda6c.txt")
    >>> clipping.outlet
    'TEMPO.CO'

Importing the package stays light: the extraction stack (trafilatura, lxml) loads on the first call.
"""

from clipper.errors import ClipperError, ErrorKind, ExitStatus, SetupError
from clipper.options import Options
from clipper.schema import Clipping

__version__ = "0.1.0"
__all__ = ["ClipperError", "Clipping", "ErrorKind", "ExitStatus", "Options", "SetupError", "extract"]


def extract(source, options: Options | None = None, **overrides) -> Clipping:
    """Clip one article: a path, an http(s) URL, HTML or plain text as `str`, or raw `bytes`.

    Keyword overrides are `Options` fields, e.g. `extract(url, timeout=10)`.
    Raises `ClipperError` naming the input and the reason when it cannot be clipped.
    """
    from clipper.pipeline import extract as _extract

    return _extract(source, options, **overrides)
