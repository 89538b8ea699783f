"""What an HTML page says about itself, read once from its lxml tree: meta tags, JSON-LD, the
headline elements, date and byline elements. The per-field extractors choose from these facts."""

import json
import re
from dataclasses import dataclass, field

from clipper.indonesian.lines import field_line

# elements whose class, id, itemprop or rel marks a byline (okezone "nmreporter", detik "author", kompas
# "read__credit__item", liputan6 itemprop=author, viva class=author): a part of the class's value
BYLINE_CLASS = re.compile("author|penulis|reporter|byline|writer|jurnalis|credit")


def _is_byline(el) -> bool:
    return (el.get("itemprop") == "author" or el.get("rel") == "author" or "penulis" in el.get("id", "")
            or BYLINE_CLASS.search(el.get("class", "")) is not None)


UNSEEN_TAGS = {"script", "style", "noscript", "template"}
ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting", "webpage", "analysisnewsarticle"}


def squash(text: str | None) -> str:
    return " ".join(text.split()) if text else ""


@dataclass(slots=True)
class PageFacts:
    meta: dict[str, list[str]] = field(default_factory=dict)  # name/property/itemprop -> contents
    jsonld: list[dict] = field(default_factory=list)  # article-like JSON-LD objects
    title_tag: str | None = None
    headlines: list[str] = field(default_factory=list)  # <h1> texts, in order
    canonical: str | None = None
    lang: str | None = None
    texts: list[str] = field(default_factory=list)  # visible text nodes in document order
    headline_indices: list[int] = field(default_factory=list)  # where each <h1> starts in `texts`
    bylines: list[str] = field(default_factory=list)  # short texts of byline elements
    labelled: list[tuple[str, list[str]]] = field(default_factory=list)  # byline lines in the page text

    def first_meta(self, *keys: str) -> str | None:
        for key in keys:
            for value in self.meta.get(key, []):
                if value.strip():
                    return value.strip()
        return None


def _jsonld_objects(tree) -> list[dict]:
    found: list[dict] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "", strict=False)
        except (json.JSONDecodeError, ValueError):
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if not isinstance(item, dict):
                continue
            stack.extend(item.get("@graph", []) if isinstance(item.get("@graph"), list) else [])
            kinds = item.get("@type", "")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(str(k).lower() in ARTICLE_TYPES for k in kinds):
                found.append(item)
    return found


def read_page(tree) -> PageFacts:
    facts = PageFacts()
    for el in tree.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop")
        content = el.get("content")
        if key and content is not None:
            facts.meta.setdefault(key.strip().lower(), []).append(squash(content))
    for el in tree.xpath("//*[@itemprop and (@datetime or @content)][not(self::meta)]"):
        facts.meta.setdefault(el.get("itemprop").lower(), []).append(squash(el.get("datetime") or el.get("content")))
    facts.jsonld = _jsonld_objects(tree)
    title = tree.find(".//title")
    facts.title_tag = squash(title.text_content()) if title is not None else None
    facts.headlines = [t for t in (squash(h.text_content()) for h in tree.iter("h1")) if t]
    canonical = tree.xpath('//link[@rel="canonical"]/@href')
    facts.canonical = canonical[0].strip() if canonical else None
    lang = tree.xpath("/html/@lang")
    facts.lang = lang[0].strip() if lang else None

    body = tree.find("body")
    pending_h1 = False
    for el in (body if body is not None else tree).iter():
        tag = el.tag
        if isinstance(tag, str) and el.attrib and _is_byline(el) \
                and 2 <= len(byline := squash(el.text_content())) <= 80:
            facts.bylines.append(byline)
        if tag == "h1":
            pending_h1 = True
        # most text nodes are the whitespace between tags: ruled out before anything else is asked
        if (text := el.text) and not text.isspace() and isinstance(tag, str) and tag not in UNSEEN_TAGS:
            if pending_h1:
                facts.headline_indices.append(len(facts.texts))
                pending_h1 = False
            facts.texts.append(squash(text))
        if (tail := el.tail) and not tail.isspace() and el is not body:
            facts.texts.append(squash(tail))
    facts.labelled = [got for text in facts.texts if len(text) <= 120 and (got := field_line(text))]
    return facts
