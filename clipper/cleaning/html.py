"""Main text of an HTML page, with trafilatura, after pruning blocks we know are not the story."""

import re
from functools import cache

from clipper.cleaning.rules import OUTLET_STORY, PRUNE_CLASSES, PRUNE_IDS, PRUNE_TAGS

LONG_TAG = 20000  # characters: a tag this long may hide thousands of attributes
TAG_NAME = re.compile(r"[A-Za-z][\w:-]*")
MAX_ATTRIBUTES = 1000  # lxml's parse time grows with the square of a tag's attribute count


def _bounded(html: str) -> str:
    """The page with every tag of more than MAX_ATTRIBUTES attributes cut to its bare name, so that no
    page can make the parser run for minutes (200,000 attributes on <body>: 10,000 take 0.25 s, 40,000
    take 10 s); real tags have a handful, and a long one (an SVG path, a JSON data attribute) few.
    A tag is the text after the last "<" of a piece of the page split at ">" (0.2 ms a page, where a
    regex looking for long tags took 1.2)."""
    if len(html) <= LONG_TAG:
        return html
    pieces = html.split(">")
    cut = False
    for i, piece in enumerate(pieces[:-1]):  # the last piece is not closed by a ">"
        if len(piece) > LONG_TAG and (start := piece.rfind("<")) >= 0 and len(piece) - start > LONG_TAG \
                and (name := TAG_NAME.match(piece, start + 1)) and piece.count("=", start) > MAX_ATTRIBUTES:
            pieces[i], cut = piece[:name.end()], True
    return ">".join(pieces) if cut else html


def parse(html: str):
    """The page as an lxml tree, or None when there is no HTML in it."""
    from trafilatura import load_html

    return load_html(_bounded(html))


def prune(tree) -> None:
    """Drop the blocks rules.py names (inline "Baca juga" boxes, ad slots, captions), keeping the text
    that follows each; one pass over the page, class names compared as whole words."""
    doomed = []
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        classes = el.get("class")
        if el.tag in PRUNE_TAGS or el.get("id") in PRUNE_IDS or (
                classes and not PRUNE_CLASSES.isdisjoint(classes.split())):
            doomed.append(el)
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()


STORY_SHARE = 0.7  # of the page's story text: a container holding less may miss part of the story
OUTLET_SHARE = 0.4  # for a container an outlet names as its story's: its pages list teasers in <p>s too
PARAGRAPH_MIN = 40  # characters: shorter runs of text are labels and menus, not the story's paragraphs
# the first two of trafilatura's container patterns (trafilatura.xpaths.BODY_XPATH), as Python regexes:
# its XPath regexes cost 3 ms a page, a scan of the containers' classes 0.2 ms
STORY_CLASS = re.compile(
    r"post[-_]text|post-body|post-?entry|post[-_]?content|postContent|post_inner_wrapper|article-?text|articleText"
    r"|(?:entry|page|text|article|art)-content|article__content|article(?:-|__)?body|articleBody|ArticleContent"
    r"|body-text|article__container")
STORY_ID = re.compile(r"(?:entry|article|art)-content|article__content|article(?:-|__)?body|articleBody|body-text")


def _marked_story(tree):
    """The containers a page marks as its story's, with the share of the paragraph text each must
    hold: the first whose class, id or itemprop says it holds the article, then the first <article>
    (the order trafilatura tries them in), then the first an Indonesian outlet names
    (rules.OUTLET_STORY)."""
    for el in tree.iter("article", "div", "main", "section"):
        classes, ident = el.get("class", ""), el.get("id", "")
        if classes in ("post", "entry") or el.get("itemprop") == "articleBody" or ident == "articleContent" \
                or STORY_CLASS.search(classes) or STORY_ID.search(ident):
            yield el, STORY_SHARE
            break
    yield tree.find(".//article"), STORY_SHARE
    for el in tree.iter("div", "article", "section"):
        if OUTLET_STORY.search(el.get("class", "")) or OUTLET_STORY.search(el.get("id", "")):
            yield el, OUTLET_SHARE
            break


@cache
def _story_text():
    """The text nodes of an element's visible text outside links and lists, PARAGRAPH_MIN characters
    or more: a paragraph is a <p> on most pages, the text between two <br>s on others (detik, kompas,
    republika); a link's text is another story's headline and a list item's a teaser."""
    from lxml.etree import XPath

    return XPath(f".//text()[string-length(normalize-space()) >= {PARAGRAPH_MIN}]"
                 "[not(ancestor::a or ancestor::li or ancestor::script or ancestor::style or ancestor::noscript"
                 " or ancestor::template)]", smart_strings=False)


def _story_text_size(el) -> int:
    return sum(len(" ".join(text.split())) for text in _story_text()(el))


def story_container(tree):
    """The element the page keeps its story in, or None: the first that trafilatura's own patterns or
    an Indonesian outlet's container name (_marked_story), when it holds its share of the page's
    story text (_story_text; a generic pattern matching a teaser or a sidebar is no story:
    at 40% a deals page of scrapinghub lost its body to a menu)."""
    body = tree.find("body")
    total = _story_text_size(body if body is not None else tree)
    for el, share in _marked_story(tree) if total else ():
        if el is not None and _story_text_size(el) >= share * total:
            return el
    return None


def _alone(el):
    """A page holding `el` alone (moved out of its own page, which is not read after this)."""
    from lxml.html import Element

    page, body = Element("html"), Element("body")
    page.append(body)
    body.append(el)
    return page


def main_text(tree, url: str | None = None) -> str:
    """The story's text, one paragraph per line ('' when trafilatura finds none).

    Where the page says which element holds the story (story_container), trafilatura reads that
    element alone: its cleaning passes over the whole page cost four fifths of its time and, with the
    same container found, give the same text.
    The page tree loses the container: read what else it holds before.

    Settings, chosen by measurement on the dev pages (see bench/accuracy.py):
    - favor_recall: precision mode drops short lead paragraphs (kapanlagi, viva); the boilerplate
      pass removes what recall lets in, and it knows Indonesian boilerplate better than a generic filter;
    - include_tables: some outlets lay bylines and even text out in tables, and a data table is content;
    - no comments, no metadata (we read metadata ourselves, with times), no deduplication across calls.
    """
    from trafilatura import bare_extraction

    container = story_container(tree)
    doc = bare_extraction(
        tree if container is None else _alone(container),
        url=url,
        favor_recall=True,
        fast=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        with_metadata=False,
        deduplicate=False,
    )
    return (doc.text or "") if doc is not None else ""


BLOCK_TAGS = {"div", "p", "table", "ul", "ol", "section", "article", "blockquote", "h2", "h3", "figure"}
LOOSE_TEXT_MIN = 60  # characters: shorter loose text is a label, not a paragraph


def wrap_loose_text(tree) -> None:
    """Give text that sits loose in a container, before its first block child, a <p> of its own.

    viva.co.id opens its story as bare text in <span itemprop="articleBody"> followed by <div>s;
    trafilatura skips such text, so the lead paragraph would be lost.
    """
    from lxml.html import Element

    for el in list(tree.iter("span", "div", "article", "section", "td")):
        if not len(el) or (el[0].tag in BLOCK_TAGS and len((el.text or "").strip()) < LOOSE_TEXT_MIN):
            continue  # nothing before a first block, or too little (most elements: decided without a list)
        children = list(el)
        first_block = next((i for i, c in enumerate(children) if c.tag in BLOCK_TAGS), None)
        if first_block is None:
            continue
        run = children[:first_block]
        size = len((el.text or "").strip()) + sum(len(c.text_content()) + len(c.tail or "") for c in run)
        if size >= LOOSE_TEXT_MIN:
            p = Element("p")
            p.text, el.text = el.text, None
            for child in run:
                p.append(child)  # moves the child, its tail with it
            el.insert(0, p)


LINK_WORDS = 3  # a link's text as long as a headline: shorter ones are menus, tags and "more"


def link_texts(tree) -> frozenset[str]:
    """The texts of the page's links that read like headlines, case-folded: a paragraph of the main
    text that is one of them is a link to another story (boilerplate.clean)."""
    texts = set()
    for a in tree.iter("a"):
        text = " ".join(a.text_content().split())
        if len(text.split()) >= LINK_WORDS:
            texts.add(text.casefold())
    return frozenset(texts)
