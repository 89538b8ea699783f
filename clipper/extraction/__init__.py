"""Extraction layer: the clipping's fields from a cleaned story and, for pages, the page's own facts.

One module per field, each documenting its fallback order: outlet, title, published, authors,
language; `page` reads the facts of an HTML page once; `entities` finds the people, organisations
and places (our NER model, rules, a merger), `dates` and `quotes` the story's dates and direct
quotations with their speakers. The Indonesian words and line tests these use live one floor down,
in `clipper.indonesian`; extraction never imports `clipper.cleaning`.
"""
