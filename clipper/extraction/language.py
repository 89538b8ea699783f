"""Language of the article text: Indonesian or English by their commonest words, else the page's
declared language (kompas and kapanlagi declare lang="en" over Indonesian text, so text wins)."""

import re

INDONESIAN = {"yang", "dan", "di", "itu", "dengan", "untuk", "tidak", "ini", "dari", "dalam", "akan",
              "pada", "juga", "ke", "karena", "ada", "kata", "mereka", "sudah", "bisa", "telah", "saat"}
ENGLISH = {"the", "and", "of", "to", "is", "in", "that", "it", "was", "for", "on", "are", "with", "as",
           "be", "this", "have", "from", "by", "at", "said", "has"}
TOKEN = re.compile(r"[a-z]+")


def detect_language(text: str, declared: str | None = None) -> str | None:
    tokens = TOKEN.findall(text[:5000].lower())
    if len(tokens) >= 20:
        ind = sum(t in INDONESIAN for t in tokens)
        eng = sum(t in ENGLISH for t in tokens)
        if max(ind, eng) >= len(tokens) * 0.05:
            return "id" if ind >= eng else "en"
    if declared:
        return declared.split("-")[0].split("_")[0].lower() or None
    return None
