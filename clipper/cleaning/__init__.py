"""Cleaning layer: the article's paragraphs without the boilerplate Indonesian outlets wrap around it.

`html.main_text` gets the main text out of a page with trafilatura; `boilerplate.clean` then works
paragraph by paragraph on both paths (HTML and scraped plain text), using the rules in `rules` and the
line classifiers of the language floor (`clipper.indonesian.lines`). Cleaning never imports
`clipper.extraction`, nor the other way round: what both need lives in `clipper.indonesian`.
"""

from clipper.cleaning.boilerplate import Cleaned, clean
from clipper.cleaning.text import normalise, paragraphs_of

__all__ = ["Cleaned", "clean", "normalise", "paragraphs_of"]
