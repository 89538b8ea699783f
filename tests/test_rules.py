"""The Indonesian rules on real lines from the samples and the saved pages."""

import pytest

from clipper.cleaning import clean, normalise
from clipper.cleaning.rules import DROP, END
from clipper.extraction.outlet import from_dateline
from clipper.extraction.title import strip_site
from clipper.indonesian.calendar import datetime_in, find_datetimes, parse_machine, without_datetimes
from clipper.indonesian.lines import field_line, is_caption

STORY = ("Rudiantara mengatakan pemerintah tidak akan menolak program yang baik untuk warga, "
         "dan Kominfo akan berkoordinasi dengan kementerian lain.")


@pytest.mark.parametrize("line", [
    "Advertisement", "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", "SCROLL TO RESUME CONTENT", "Baca Juga",
    "Baca: Dua Syarat dari Rudiantara Agar Tik Tok Tak Diblokir", "BACA JUGA: Menhub Lobi Sri Mulyani",
    "Baca juga: Tik Tok Punya 10 Juta Pengguna Aktif di Indonesia", "[Gambas:Video 20detik]",
    'Simak Video "Juragan Kripto Tiantian Kullander Meninggal"', "Saksikan Video Pilihan Berikut Ini:",
    "2 dari 2 halaman", "Halaman Selanjutnya", "Load More...", "COPYRIGHT © ANTARA 2015",
    "© 2007 - 2015 okezone.com, All Rights Reserved", "1.229 Views", "Lihat juga Video: Cekcok Polisi dengan Ketua RT",
    "12 jam lalu", "Antara/Teresia May", "#Benjamin Bukit",
    "Scroll untuk melanjutkan", "Gulir ke bawah untuk melanjutkan membaca",
    "Simak breaking news dan berita pilihan kami langsung di ponselmu.", "Simak juga: Harga BBM Naik",
    "(Baca juga: Harga BBM Naik)", 'Baca artikel detiknews, "Polisi Tangkap Pelaku" selengkapnya https://x.id/a',
    "Follow Berita Okezone di Google News", "Ikuti kami di Google News", "Dengarkan artikel ini",
    "Download aplikasi Kompas.com", "Video: Polisi Tangkap Pelaku",
])
def test_boilerplate_lines_are_dropped(line):
    assert DROP.match(line)


@pytest.mark.parametrize("line", [
    "Berita terkait", "Berita Lainnya", "Kumpulan Berita Terkait:", "Jangan Lewatkan", "Related News", "TERKAIT",
    "Komentar Pembaca", "Baca Selengkapnya", "Tags: tik tok, kominfo", "Topik Menarik", "Terkini",
])
def test_blocks_after_the_story_end_it(line):
    assert END.match(line)


@pytest.mark.parametrize("line", [
    STORY, "Baca lebih lanjut laporan itu, kata dia, sudah diserahkan ke DPR.", "Tagihan listrik naik 5 persen.",
    "Sukses besar diraih tim nasional di Piala AFF tahun ini, kata pelatih.",
    "Fitur baru itu kini tersedia di Google News.",
])
def test_story_lines_are_not_boilerplate(line):
    assert not DROP.match(line) and not END.match(line)


@pytest.mark.parametrize(("line", "want"), [
    ("Reporter: Fauzan Jamaludin", ("authors", ["Fauzan Jamaludin"])),
    ("Penulis : Kontributor Lhokseumawe, Masriadi", ("authors", ["Masriadi"])),
    ("Pewarta: Budisantoso Budiman dan Agus S", ("authors", ["Budisantoso Budiman", "Agus S"])),
    ("Oleh : Maya Sofia", ("authors", ["Maya Sofia"])),
    ("Laporan Wartawan Tribunnews.com, Glery Lazuardi", ("authors", ["Glery Lazuardi"])),
    ("Herman / YUD Rabu, 11 Juli 2018 | 18:31 WIB", ("authors", ["Herman"])),
    ("Fino Yurio Kristo - detikinet", ("authors", ["Fino Yurio Kristo"])),
    ("Editor: Ade Marboen", ("editors", ["Ade Marboen"])),
    ("Red: Yudha Manggala P Putra", ("editors", ["Yudha Manggala P Putra"])),
    ("Sumber: Merdeka.com", ("credits", ["Merdeka.com"])),
    ('Artikel ini telah tayang di Kompas.com dengan judul "Harga BBM Naik, Ini Kata Jokowi"',
     ("credits", ["Kompas.com"])),
    ("Artikel ini telah tayang di Tribunnews.com dengan judul Uber Ilegal, https://www.tribunnews.com/x",
     ("credits", ["Tribunnews.com"])),
    ("Oleh karena itu, pemerintah meminta Tik Tok membersihkan konten negatif.", None),
])
def test_byline_and_source_lines(line, want):
    assert field_line(line) == want


@pytest.mark.parametrize("line", [
    "Aplikasi Media Sosial Tik Tok. Kredit: YouTube",
    "Tim Tik Tok berkunjung ke kantor Kementerian PPA. ( Foto: Beritasatu Photo/Herman )",
    "Alat terapi pascastroke temuan mahasiswa UGM yang diberi nama I-REBOT. (Bagus Kurniawan/detikcom)",
    "Taylor Swift memberikan standing ovation untuk Joey Alexander. Foto: Grammy",
    "KOMPAS.com/NABILLA TASHANDRA Menteri Pendayagunaan Aparatur Negara Yuddy Chrisnandi",
])
def test_captions(line):
    assert is_caption(line)


def test_editor_initials_sign_off_and_leave_the_paragraph():
    paras = [f"Liputan6.com, Jakarta - {STORY}", STORY, "Pemerintah akan membangun 331 ribu unit rumah. (Mvi/Ali)",
             "Rate artikel ini"]
    cleaned = clean(paras)
    assert cleaned.paragraphs[-1] == "Pemerintah akan membangun 331 ribu unit rumah."
    for initials in ("(Ysl)", "(age)", "(vyp/kna)", "[ian]", "(kpl/pur/tch)"):
        assert clean([f"Jakarta - {STORY}", STORY, initials, "Lain"]).paragraphs == [f"Jakarta - {STORY}", STORY]


def test_acronym_in_parentheses_is_not_initials():
    paras = [f"Jakarta - {STORY}", "Tik Tok juga bekerja sama dengan Komisi Perlindungan Anak Indonesia (KPAI)", STORY]
    assert len(clean(paras).paragraphs) == 3


def test_capitals_sign_off_is_a_credit_or_a_reporter():
    tail = ["Berita terkait", "Kominfo Jamin Keamanan Siber"]
    assert clean([f"TEMPO.CO, Jakarta - {STORY}", STORY, "BISNIS", *tail]).credits == ["BISNIS"]
    assert clean([f"TEMPO.CO, Jakarta - {STORY}", STORY, "DEWI RINA", *tail]).authors == ["Dewi Rina"]


def test_mojibake_is_repaired():
    assert normalise("Brandon Salim/Â©KapanLagi.comÂ®") == "Brandon Salim/©KapanLagi.com®"
    assert normalise("Â") == " "
    assert normalise("â€œKami berharapâ€\x9d") == "“Kami berharap”"


@pytest.mark.parametrize(("head", "outlet"), [
    ("Liputan6.com, Jakarta", "Liputan6.com"), ("Jakarta, CNN Indonesia", "CNN Indonesia"),
    ("Mataram, NTB (ANTARA News)", "ANTARA News"), ("REPUBLIKA.CO.ID, JAKARTA", "REPUBLIKA.CO.ID"),
    ("LHOKSEUMAWE, KOMPAS.com", "KOMPAS.com"), ("Jakarta", None),
])
def test_outlet_from_dateline(head, outlet):
    assert from_dateline(head) == outlet


@pytest.mark.parametrize(("text", "iso"), [
    ("Kamis, 5 Juli 2018 07:45 WIB", "2018-07-05T07:45:00+07:00"),
    ("Herman / YUD Rabu, 11 Juli 2018 | 18:31 WIB", "2018-07-11T18:31:00+07:00"),
    ("Selasa 16 Jun 2015, 14:05 WIB", "2015-06-16T14:05:00+07:00"),
    ("Kamis, 05/11/2015 10:08 WIB", "2015-11-05T10:08:00+07:00"),
    ("Kompas.com - 02/11/2023, 21:34 WIB", "2023-11-02T21:34:00+07:00"),
    ("on 16 Feb 2016 at 09:10 WIB", "2016-02-16T09:10:00+07:00"),
    ("Senin, 15 Februari 2016, 16:15 WIB", "2016-02-15T16:15:00+07:00"),
    ("Sabtu, 10 Des 2022 13:19 WIB", "2022-12-10T13:19:00+07:00"),
    ("Jumat, 2 Agu 2019 pukul 08.00 Wita", "2019-08-02T08:00:00+08:00"),
    ("Rabu, 14 Okt 2020 10:00 WIT", "2020-10-14T10:00:00+09:00"),
    ("Sabtu, 21 Nop 2015 19:30", "2015-11-21T19:30:00+07:00"),
    ("13 Pebruari 2017", "2017-02-13"),
])
def test_indonesian_date_lines(text, iso):
    assert find_datetimes(text)[0].isoformat() == iso
    assert datetime_in(text).group(0) in text and not datetime_in(without_datetimes(text))


def test_a_line_without_a_year_holds_no_date():
    for text in ("Kamis, 05/11 10:08 WIB", "Rabu (4/7) pukul 10.00", "Senin, 15 Februari"):
        assert datetime_in(text) is None and without_datetimes(text) == text and find_datetimes(text) == []


@pytest.mark.parametrize(("value", "iso"), [
    ("2015-11-05T14:56:43+07:00", "2015-11-05T14:56:43+07:00"),
    ("2015-11-05 T10:08:58Z", "2015-11-05T10:08:58+00:00"),
    ("2015-06-16T14-05-11Z", "2015-06-16T14:05:11+00:00"),
    ("2022/12/10 13:19:56", "2022-12-10T13:19:56+07:00"),
    ("2016-02-16T13:01:52+0700", "2016-02-16T13:01:52+07:00"),
    ("2016-02-16", "2016-02-16"),
])
def test_machine_dates(value, iso):
    assert parse_machine(value).isoformat() == iso


@pytest.mark.parametrize(("title", "want"), [
    ("Polres Lhokseumawe Serahkan Anggota Di Minimi ke Kejaksaan - Kompas.com Regional",
     "Polres Lhokseumawe Serahkan Anggota Di Minimi ke Kejaksaan"),
    ("Marcella Zalianty Promo Pariwisata Indonesia Lewat Film | Republika Online",
     "Marcella Zalianty Promo Pariwisata Indonesia Lewat Film"),
    ("KapanLagi.com: Brandon Salim Makin Dekat Dengan Sivia Blink", "Brandon Salim Makin Dekat Dengan Sivia Blink"),
    ("Kadishub DKI: Taksi Uber Tak Punya Izin - Tribunnews.com", "Kadishub DKI: Taksi Uber Tak Punya Izin"),
])
def test_site_name_is_cut_from_titles(title, want):
    assert strip_site(title, {"kompas", "republika", "online", "kapanlagi", "tribunnews"}) == want
