"""Cleaning layer: the article's paragraphs without the boilerplate Indonesian outlets wrap around it.

`html.main_paragraphs` gets the main text out of a page with trafilatura; `boilerplate.clean` then
works paragraph by paragraph on both paths (HTML and scraped plain text), using the rules in `rules`.
"""

from clipper.cleaning.boilerplate import Cleaned, clean
from clipper.cleaning.text import normalise, paragraphs_of

__all__ = ["Cleaned", "clean", "normalise", "paragraphs_of"]
