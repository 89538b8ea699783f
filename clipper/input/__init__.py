"""Input layer: find the inputs (files, folders, stdin, URLs), read or fetch them, decode to `str`.

Everything after this layer sees a `Document` holding text, never bytes.
"""

from clipper.input.read import Document, expand_sources, load

__all__ = ["Document", "expand_sources", "load"]
