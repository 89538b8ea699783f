"""Input layer: find the inputs (files, folders, stdin, URLs), read or fetch them, decode to `str`.

Everything after this layer sees a `Document` holding text, never bytes.
"""

from clipper.input.read import ARTICLE_SUFFIXES, Document, document_from_bytes, is_url, load, read_file

__all__ = ["ARTICLE_SUFFIXES", "Document", "document_from_bytes", "is_url", "load", "read_file"]
