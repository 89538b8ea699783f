"""URLs, fetched for real from a web server on 127.0.0.1 started by the tests."""

import socket

import pytest

from clipper import ClipperError, Options, extract
from tests.conftest import SHARED, needs_shared

LOCAL = Options(allow_private_hosts=True, timeout=2)
ARTICLE = (
    "<html><head><title>Banjir Rendam Kemang - Contoh.com</title></head><body><h1>Banjir Rendam Kemang</h1>"
    "<div class='date'>Senin, 12 Februari 2024 | 09:15 WIB</div><article>"
    + "".join(f"<p>Jakarta - Hujan deras sejak pagi membuat air naik di kawasan Kemang, kata warga ke-{i}, "
              "dan petugas pemadam kebakaran dikerahkan untuk membantu evakuasi.</p>" for i in range(6))
    + "<p>Baca juga: Jakarta Siaga Banjir</p></article></body></html>"
).encode()


def fetch_reason(url: str, options: Options = LOCAL) -> str:
    with pytest.raises(ClipperError) as err:
        extract(url, options)
    assert err.value.source == url and err.value.stage == "fetch"
    return err.value.reason


def test_page_is_fetched_and_clipped(web):
    base, pages = web
    pages["/berita/banjir"] = (200, "text/html; charset=utf-8", ARTICLE)
    c = extract(base + "/berita/banjir", LOCAL)
    assert c.title == "Banjir Rendam Kemang"
    assert c.published == "2024-02-12T09:15:00+07:00"
    assert c.url == base + "/berita/banjir" and c.source == base + "/berita/banjir"
    assert "Baca juga" not in c.body and c.body.count("Hujan deras") == 6


@needs_shared
def test_http_charset_that_lies_does_not_cause_mojibake(web):
    base, pages = web
    pages["/kapanlagi"] = (200, "text/html; charset=iso-8859-1",
                           (SHARED / "data/html/dev/kapanlagi_1.html").read_bytes())
    c = extract(base + "/kapanlagi", LOCAL)
    assert "Â" not in c.body and "KapanLagi.com®" in c.body


@pytest.mark.parametrize(("path", "page", "reason"), [
    ("/gone", (404, "text/html", b"<html><body>Tidak ditemukan</body></html>"), "HTTP 404"),
    ("/report.pdf", (200, "application/pdf", b"%PDF-1.4 ..."), "not a web page (content type application/pdf)"),
])
def test_answers_that_are_not_an_article_page(web, path, page, reason):
    base, pages = web
    pages[path] = page
    assert fetch_reason(base + path) == reason


def test_server_error_is_retried_then_reported(web):
    base, pages = web
    pages["/broken"] = (500, "text/html", b"oops")
    assert fetch_reason(base + "/broken", Options(allow_private_hosts=True, timeout=1)) == "HTTP 500 (after retries)"


def test_slow_server_times_out(web):
    base, _ = web
    assert fetch_reason(base + "/slow", Options(allow_private_hosts=True, timeout=1)) == "timed out after 1 s"


def test_redirect_loop(web):
    base, _ = web
    assert fetch_reason(base + "/loop").startswith("redirect loop")


def test_refused_connection():
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    assert fetch_reason(f"http://127.0.0.1:{port}/x") == "connection refused"


def test_response_over_the_size_limit(web):
    base, pages = web
    pages["/big"] = (200, "text/html", b"<html><body>" + b"<p>kata</p>" * 20000 + b"</body></html>")
    reason = fetch_reason(base + "/big", Options(allow_private_hosts=True, timeout=2, max_bytes=100_000))
    assert reason.startswith("response larger than")


def test_loopback_is_refused_unless_allowed(web):
    base, pages = web
    pages["/berita/banjir"] = (200, "text/html; charset=utf-8", ARTICLE)
    assert "private or loopback" in fetch_reason(base + "/berita/banjir", Options(timeout=2))
