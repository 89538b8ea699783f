"""What a name looks like, shared by the rule components, the story rules and the merge: the shape of
a name's words, of a site's address, and the mark of a label the words around a name show."""

import re

from spacy.tokens import Doc

from clipper.indonesian.lines import opens_after

CAPITALISED = re.compile(r"^[A-Z0-9][\w.&'-]*$")
NAME_TOKEN = re.compile(r"^[A-Z][\w'’.-]*$")
WEB_NAME = r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|id|net|org|tv)"  # a site named by its address: "people.com"
SOURCE_NAME = re.compile(rf"^(?:[A-Z][\w.&'-]*|{WEB_NAME}|\d+)$")  # "Marca", "people.com", "04"
WEB_ADDRESS = re.compile(rf"^{WEB_NAME}$")

# the kb_id of a span whose label the words around it show (a group word before it, a role before its
# holder's employer, the kind of the list it stands in), not only the model's guess: the story's other
# mentions of the same name follow it (merge._one_label_per_name)
SHOWN = "shown"


def opens(doc: Doc, i: int) -> bool:
    """Token i opens a sentence, a line, a quote or an aside (where every word has a capital)."""
    return opens_after(doc[i - 1].text if i else None)
