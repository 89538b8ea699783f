"""People, organisations and places in a story: our Indonesian NER model plus rules, merged into one
entry per real-world entity (name, aliases, mentions, roles).

model.py loads the pipeline shipped in clipper/models/ner once per process (vectors.py: its floret
table, each word's vector computed once); rules.py adds the rule components (institutions, titles
that mark a person, the named RULES) and story.py the decisions that read the whole story, with their
words in clipper/indonesian/lexicon.py; merge.py turns mentions into entries.
"""

from clipper.extraction.entities.merge import entities_of

__all__ = ["entities_of"]
