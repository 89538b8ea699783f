"""Extraction layer: the clipping's fields from a cleaned story and, for pages, the page's own facts.

One module per field, each documenting its fallback order: outlet, title, published, authors,
language; `page` reads the facts of an HTML page once; `indonesian_time` reads Indonesian date lines.
"""
