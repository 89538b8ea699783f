"""People, organisations and places in a story: our Indonesian NER model plus rules, merged into one
entry per real-world entity (name, aliases, mentions, roles).

model.py loads the pipeline shipped in clipper/models/ner once per process; rules.py adds the rule
components (institutions, titles that mark a person, role words that are not entities), with their
data in lexicon.py; merge.py turns mentions into entries.
"""

from clipper.extraction.entities.merge import entities_of

__all__ = ["entities_of"]
