"""The headline as shown. Fallback order for pages: the <h1> that agrees with og:title, JSON-LD
headline or <title>; those titles without the site name; the first <h1>. For scraped text: the
first headline-like line before the story."""

import re

from clipper.extraction.page import PageFacts
from clipper.indonesian.lines import is_caption, is_datestamp, words

SEPARATOR = re.compile(r"\s+(?:[-|–—:·»]|::)\s+|:\s+|\s+\|\s*")


def fold(text: str) -> str:
    return " ".join(text.casefold().split())


def strip_site(title: str, site_words: set[str]) -> str:
    """'Polres Lhokseumawe ... - Kompas.com Regional' -> 'Polres Lhokseumawe ...'."""
    spans, pos = [], 0
    for m in SEPARATOR.finditer(title):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(title)))

    def is_site(span: tuple[int, int]) -> bool:
        """The site's name, whole words of it ("Kompas.com Regional", "detikNews"): a headline's own
        prefix ("In Picture: ...", "VIDEO: ...") holds no such word and stays."""
        part = fold(title[span[0]:span[1]])
        tokens = part.split()
        return len(tokens) <= 4 and any(
            t == w or (len(w) >= 5 and t.startswith(w)) or (w.startswith(".") and t.endswith(w))
            for t in tokens for w in site_words)

    while len(spans) > 1 and is_site(spans[-1]):
        spans.pop()
    while len(spans) > 1 and is_site(spans[0]):
        spans.pop(0)
    return title[spans[0][0]:spans[-1][1]].strip()


def _site_words(facts: PageFacts, outlet: str | None, host: str | None) -> set[str]:
    names = {outlet, facts.first_meta("og:site_name"), host}
    found = set()
    for name in filter(None, names):
        name = fold(name)
        found.add(name)
        found.add(name.split(".")[0])  # "kompas.com" -> "kompas"
    found.update({"online", ".com", ".co.id"})
    return {w for w in found if len(w) >= 3}


def title_from_page(facts: PageFacts, outlet: str | None, host: str | None) -> str | None:
    site = _site_words(facts, outlet, host)
    metas = [facts.first_meta("og:title", "twitter:title")]
    metas += [i.get("headline") for i in facts.jsonld if isinstance(i.get("headline"), str)]
    metas.append(facts.title_tag)
    metas = [m for m in metas if m]
    cleaned = [strip_site(m, site) for m in metas]

    folded_clean = {fold(c) for c in cleaned}
    for h1 in facts.headlines:
        if fold(h1) in folded_clean:
            return h1
    inside = [h for h in facts.headlines if len(words(h)) >= 3 and any(fold(h) in fold(m) for m in metas)]
    if inside:
        h1 = max(inside, key=len)
        # the headline's own kicker, printed beside the <h1> and kept in og:title ("In Picture: ...")
        prefixed = [c for c in cleaned if fold(c).endswith(fold(h1)) and len(c) > len(h1)]
        return min(prefixed, key=len) if prefixed else h1
    if cleaned:
        return cleaned[0]
    return facts.headlines[0] if facts.headlines else None


def title_from_text(header: list[str]) -> str | None:
    """The headline of scraped text: the first line of three or more words that is not a caption,
    a date line or a sentence (a lede ends with a full stop, a headline does not)."""
    for line in header:
        ws = words(line)
        if len(ws) >= 3 and len(ws) <= 25 and not is_caption(line) and not is_datestamp(line) \
                and not line.rstrip().endswith("."):
            return line.strip()
    return None
