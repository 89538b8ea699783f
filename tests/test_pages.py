"""The saved pages from Indonesian outlets: decoding, boilerplate and metadata on real HTML."""

import pytest

from clipper import extract
from tests.conftest import DEV_PAGES, SHARED, needs_shared

DEV = SHARED / "data" / "html" / "dev"


@needs_shared
def test_page_declaring_latin1_but_written_in_utf8_has_no_mojibake():
    raw = (DEV / "kapanlagi_1.html").read_bytes()
    assert b'charset=iso-8859-1' in raw.lower() or b"iso-8859-1" in raw.lower()
    c = extract(DEV / "kapanlagi_1.html")
    assert "Â" not in c.body and "Ã" not in c.body
    assert "KapanLagi.com®" in c.body  # the registered sign, decoded right


@needs_shared
def test_detik_inline_links_video_prompts_and_initials_are_gone():
    c = extract(DEV / "detik_7.html")
    for junk in ("Baca juga", "ADVERTISEMENT", "SCROLL TO RESUME", "Simak Video", "[Gambas", "(fyk/fay)"):
        assert junk not in c.body
    assert c.published == "2022-12-10T07:16:35+07:00"
    assert c.authors == ["Fino Yurio Kristo"]


@needs_shared
def test_utc_labelled_local_time_takes_the_printed_zone():
    # detik writes WIB wall-clock time with a "Z"; the page prints "Kamis, 05/11/2015 10:08 WIB"
    assert extract(DEV / "detik_1.html").published == "2015-11-05T10:08:58+07:00"


@needs_shared
def test_true_utc_time_is_given_in_the_printed_zone():
    # kompas JSON-LD says 14:34:19+00:00, the page prints 21:34 WIB: the same instant
    assert extract(DEV / "kompas_7.html").published == "2023-11-02T21:34:19+07:00"


@needs_shared
def test_editors_are_kept_apart_from_authors():
    c = extract(DEV / "kompas_7.html")
    assert c.authors == ["Isna Rifka Sri Rahayu"] and c.editors == ["Yoga Sukmana"]
    assert "Halaman Selanjutnya" not in c.body and "Baca juga" not in c.body


@needs_shared
def test_lead_paragraph_loose_in_its_container_is_kept():
    c = extract(DEV / "viva_1.html")
    assert c.body.startswith("VIVA.co.id - Pianis cilik Indonesia, Joey Alexander")
    assert "Foto: Grammy" not in c.body and "Load More" not in c.body


@needs_shared
@pytest.mark.parametrize("path", DEV_PAGES, ids=lambda p: p.name)
def test_every_page_gives_a_full_clipping(path):
    c = extract(path)
    assert c.title and c.outlet and c.published and c.language == "id"
    assert c.url is None or c.url.startswith("http")  # antara pages name no URL of their own
    assert len(c.body.split()) > 80
    assert "\n\n" in c.body


STORY = "".join(f"<p>Paragraf cerita ke-{i} berisi kalimat yang cukup panjang untuk dihitung sebagai isi berita.</p>"
                for i in range(6))
SIDEBAR = "<p>Berita lain yang tidak ada hubungannya dengan cerita ini, panjang sekali juga.</p>"


@pytest.mark.parametrize(("page", "found"), [
    (f'<html><body><div class="sidebar">{SIDEBAR}</div><div itemprop="articleBody">{STORY}</div></body></html>',
     "div"),
    (f'<html><body><nav>{SIDEBAR}</nav><article>{STORY}</article></body></html>', "article"),
    # the marked element holds a teaser, the story is elsewhere: trafilatura reads the whole page
    (f'<html><body><div class="article-body">{SIDEBAR}</div><div>{STORY}</div></body></html>', None),
    (f"<html><body><div>{STORY}</div></body></html>", None),  # nothing marks the story
    # paragraphs between <br>s, not in <p>s; the teasers beside it are long, but links and list items
    (f'<html><body><div class="article-body">{STORY.replace("<p>", "").replace("</p>", "<br><br>")}</div>'
     f'<ul>{"".join(f"<li><a href=/{i}>{SIDEBAR}</a></li>" for i in range(8))}</ul></body></html>', "div"),
])
def test_the_story_container_is_one_the_page_marks_and_that_holds_the_story(page, found):
    from clipper.cleaning.html import main_text, parse, story_container

    container = story_container(parse(page))
    assert (container.tag if container is not None else None) == found
    text = main_text(parse(page))
    assert "Paragraf cerita ke-0" in text and "Paragraf cerita ke-5" in text


@needs_shared
@pytest.mark.parametrize("name", ["detik_4.html", "detik_7.html", "antara_1.html", "viva_1.html",
                                  "detik_3.html", "antara_2.html"])  # the last two: paragraphs between <br>s
def test_trafilatura_reads_the_same_story_from_the_container_as_from_the_page(name):
    from clipper.cleaning import html

    page = (DEV / name).read_bytes().decode("utf-8")
    trees = [html.parse(page), html.parse(page)]
    for tree in trees:
        html.prune(tree)
        html.wrap_loose_text(tree)
    assert html.story_container(trees[0]) is not None
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(html, "story_container", lambda tree: None)
        whole = html.main_text(trees[1])
    assert html.main_text(trees[0]) == whole


@needs_shared
def test_a_story_laid_out_with_brs_is_read_from_its_container_without_the_widgets_after_it():
    from clipper.cleaning import html

    page = (DEV / "liputan6_4.html").read_bytes().decode("utf-8")
    trees = [html.parse(page), html.parse(page)]
    for tree in trees:
        html.prune(tree)
        html.wrap_loose_text(tree)
    assert "entry-content" in html.story_container(trees[0]).get("class")
    alone = html.main_text(trees[0])
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(html, "story_container", lambda tree: None)
        whole = html.main_text(trees[1])
    assert whole.startswith(alone.rstrip()) and "Rate artikel ini" in whole and "Rate artikel ini" not in alone


@needs_shared
@pytest.mark.parametrize(("name", "marked_by"), [
    ("detik_1.html", "text_detail"), ("kompas_7.html", "read__content"), ("kompas_1.html", "kcm-read-text"),
    ("kapanlagi_1.html", "entertainment-detail-news"),
    # pages whose related stories are <p>s too: the outlet's container holds under 70% of the story text
    ("tribunnews_1.html", "txt-article"), ("okezone_1.html", "dtlnews"), ("liputan6_1.html", "read-page__content-body"),
])
def test_an_outlets_own_story_container_is_read_alone(name, marked_by):
    from clipper.cleaning import html

    tree = html.parse((DEV / name).read_bytes().decode("utf-8", "replace"))
    html.prune(tree)
    html.wrap_loose_text(tree)
    assert marked_by in html.story_container(tree).get("class")


@needs_shared
def test_read_alone_detiks_story_keeps_its_dateline_and_loses_the_next_storys_teaser():
    c = extract(DEV / "detik_1.html")
    assert c.body.startswith("Jakarta - Galaxy S6 Edge")  # as every other page's body opens
    assert "Kalau bukan sekarang, kapan lagi?" not in c.body  # the lead of a story linked below it


@needs_shared
def test_a_byline_table_after_the_story_container_is_still_read():
    # kompas's older pages: the story in "kcm-read-text", then a table "| Penulis | : Kontributor
    # Lhokseumawe, Masriadi |" outside it, which the page's facts carry
    assert extract(DEV / "kompas_1.html").authors == ["Masriadi"]
