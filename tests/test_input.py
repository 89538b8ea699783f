"""Bad input: each fails alone, with the input named and a reason a user can act on."""

import pytest

from clipper import ClipperError, Options, extract
from clipper.input.decode import decode
from clipper.input.read import load, looks_like_html
from tests.conftest import ROOT

SAMPLE = ROOT / "sample_articles" / "001_2b9158f90e3cda6c.txt"


def reason_for(path) -> str:
    with pytest.raises(ClipperError) as err:
        extract(path)
    assert str(path) in str(err.value)
    return err.value.reason


def test_missing_file(tmp_path):
    assert reason_for(tmp_path / "nope.txt") == "no such file"


def test_empty_and_blank_files(tmp_path):
    for name, data in (("empty.txt", b""), ("blank.html", b"  \n\n \t")):
        (tmp_path / name).write_bytes(data)
        assert reason_for(tmp_path / name) == "empty input"


@pytest.mark.parametrize(("magic", "kind"), [(b"%PDF-1.7\n%\xe2\xe3", "PDF"), (b"\x89PNG\r\n\x1a\n\0\0", "PNG"),
                                             (b"\xff\xd8\xff\xe0\0\x10JFIF", "JPEG")])
def test_binary_files_are_named_for_what_they_are(tmp_path, magic, kind):
    path = tmp_path / "article.html"
    path.write_bytes(magic + bytes(range(256)) * 20)
    assert kind in reason_for(path)


def test_page_with_no_article_text(tmp_path):
    path = tmp_path / "nav.html"
    path.write_text("<html><head><title>Beranda</title></head><body><ul><li><a href='/'>Beranda</a></li>"
                    "<li><a href='/news'>News</a></li></ul></body></html>")
    assert reason_for(path) == "no article text found"


def test_file_over_the_size_limit_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.html"
    with path.open("wb") as fh:  # a 50 MB page
        fh.truncate(50_000_000)
    assert "too large (50.0 MB" in reason_for(path)


def test_legacy_charset_text_decodes_with_a_note():
    text = SAMPLE.read_text(encoding="utf-8").replace("”", '"').replace("“", '"').replace("’", "'")
    cp1252 = (text + "\nKota Bogor, Jawa Barat — café.").encode("cp1252")
    decoded, note = decode(cp1252, "x.txt")
    assert "café" in decoded and "—" in decoded
    assert note.startswith("not UTF-8, decoded as")


def test_invalid_utf8_bytes_in_a_utf8_article_are_replaced_not_fatal(tmp_path):
    data = SAMPLE.read_bytes()
    broken = data[:500] + b"\xff\xfe\xfa" + data[500:]
    text, note = decode(broken, "x.txt")
    assert "invalid UTF-8" in note
    assert "“Kami (Bytedance)" in text  # the real UTF-8 around the bad bytes survives


def test_noise_bytes_are_an_error_not_a_clipping(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes((i * 37 + 11) % 128 + 128 for i in range(4000)))
    assert reason_for(path) in ("not UTF-8 and no charset decodes it cleanly", "no article text found")


def test_html_vs_text_is_decided_by_content(tmp_path):
    page = tmp_path / "saved.txt"
    page.write_text("<!DOCTYPE html><html><head><title>x</title></head><body><p>" + "kata " * 200 + "</p></body>")
    assert load(page).is_html
    text = tmp_path / "scraped.html"
    text.write_text(SAMPLE.read_text(encoding="utf-8"))
    assert not load(text).is_html
    assert not looks_like_html("Harga naik <5 persen, kata dia.\nBaris kedua.")


def test_small_size_limit_applies_to_files(tmp_path):
    with pytest.raises(ClipperError, match="too large"):
        extract(SAMPLE, Options(max_bytes=1000))


def test_gzipped_saved_page_is_unpacked(tmp_path):
    import gzip

    path = tmp_path / "article.txt.gz"
    path.write_bytes(gzip.compress(SAMPLE.read_bytes()))
    assert extract(path).body == extract(SAMPLE).body
    bomb = tmp_path / "bomb.html.gz"
    bomb.write_bytes(gzip.compress(b"<p>" + b"a" * 3_000_000))
    with pytest.raises(ClipperError, match="unpacks to more than"):
        extract(bomb, Options(max_bytes=1_000_000))
