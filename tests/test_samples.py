"""The five sample articles, clipped field by field (they ship with the project, so these always run)."""

import pytest

from clipper import Clipping, extract
from tests.conftest import ROOT

S = ROOT / "sample_articles"


def clip(name: str) -> Clipping:
    return extract(S / name)


def test_liputan6_byline_source_and_initials_become_fields_not_body():
    c = clip("000_89172537aff854d4.txt")
    assert c.outlet == "Liputan6.com"
    assert c.authors == ["Fauzan Jamaludin"]
    assert c.credits == ["Merdeka.com"]
    for junk in ("Advertisement", "Baca Juga", "Reporter:", "Sumber:", "(Ysl)", "Saksikan", "Â"):
        assert junk not in c.body
    assert c.body.startswith("Liputan6.com, Jakarta - Setelah resmi diblokir")
    assert "Ingin Kembangkan Industri dan Perkuat Keamanan Online" in c.body  # a subheading stays
    assert c.body.endswith("mengusulkan untuk aplikasi tersebut diblokir.")


def test_tempo_headline_date_and_related_block():
    c = clip("001_2b9158f90e3cda6c.txt")
    assert (c.outlet, c.title) == ("TEMPO.CO", "Aplikasi Diblokir Kemenkominfo, Apa Tanggapan Tik Tok?")
    assert c.published == "2018-07-05T07:45:00+07:00"
    assert "Kredit: YouTube" not in c.body and "Berita terkait" not in c.body and "Advertising" not in c.body
    assert "Baca:" not in c.body and "12 jam lalu" not in c.body
    assert c.body.endswith("Tapi yang jelas harus lolos verifikasi,” ujar Rudiantara.")


def test_beritasatu_caption_and_writer_slash_editor_line():
    c = clip("002_73810cc3cc024dd8.txt")
    assert c.authors == ["Herman"]
    assert c.published == "2018-07-11T18:31:00+07:00"
    assert c.outlet == "BeritaSatu.com"  # no outlet in the dateline: the source line names it
    assert "Foto:" not in c.body and "Tim Tik Tok berkunjung" not in c.body and "Herman / YUD" not in c.body
    assert c.body.startswith("Jakarta - Aplikasi Tik Tok")


def test_cnn_dateline_broken_over_two_lines_is_mended():
    c = clip("003_84e747b45bf6edbd.txt")
    assert c.outlet == "CNN Indonesia"
    assert c.body.startswith("Jakarta, CNN Indonesia -- Petinggi Tik Tok berencana")
    assert "SCROLL TO CONTINUE" not in c.body and "ADVERTISEMENT" not in c.body and "(age)" not in c.body


def test_liputan6_pagination_is_dropped_but_page_two_kept():
    c = clip("004_ee6922a5c2256d77.txt")
    assert c.title == "Bertemu Manajemen Tik Tok, KPAI Soroti Sejumlah Hal Ini"
    assert "2 dari 2 halaman" not in c.body and "Sukses" not in c.body
    assert "Local Marketing Manager Platform Tik Tok, Dina" in c.body
    assert c.language == "id"


@pytest.mark.parametrize("path", sorted(S.glob("*.txt")), ids=lambda p: p.name)
def test_every_field_is_present_even_when_empty(path):
    data = extract(path).to_dict()
    for key in ("people", "organizations", "locations", "dates", "quotes", "authors", "editors", "credits"):
        assert isinstance(data[key], list)


def test_text_given_as_a_string_is_clipped_like_the_file():
    path = S / "003_84e747b45bf6edbd.txt"
    from_string = extract(path.read_text(encoding="utf-8"))
    assert from_string.body == extract(path).body
    assert from_string.source == "<text>"
