"""Date expressions on sentences from the samples and the saved pages, each form the issue lists,
and the ones that must not be taken."""

from datetime import date

import pytest

from clipper.extraction.dates import find_dates


def values(text: str, reference: date | None) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates(text, reference)]


@pytest.mark.parametrize(("text", "reference", "expected"), [
    # liputan6 sample: day name and full numeric date
    ("Setelah resmi diblokir, Selasa (3/7/2018), perwakilan Tik Tok langsung mendatangi kantor",
     None, [("Selasa (3/7/2018)", "2018-07-03")]),
    # cnnindonesia sample: no year, taken from the publication date
    ("kata Senior VP Corporate Strategy Bytedance Zhen Liu, di kantor Kominfo, Jakarta Pusat, Rabu (4/7).",
     date(2018, 7, 4), [("Rabu (4/7)", "2018-07-04")]),
    # a bare numeric date with its year
    ("Ia ditangkap di rumahnya (15/7/2013) oleh polisi.", date(2015, 1, 1), [("(15/7/2013)", "2013-07-15")]),
    ("Rapat digelar Selasa (3/7/18) dan Jumat (1/5/98).", date(2018, 7, 5),
     [("Selasa (3/7/18)", "2018-07-03"), ("Jumat (1/5/98)", "1998-05-01")]),
    # tempo sample: spelled out, with and without time and zone
    ("di kantor Kementerian Kominfo, Rabu, 4 Juli 2018.", date(2018, 7, 5), [("Rabu, 4 Juli 2018", "2018-07-04")]),
    ("Kamis, 5 Juli 2018 07:45 WIB", None, [("Kamis, 5 Juli 2018 07:45 WIB", "2018-07-05")]),
    # kompas: "lalu" puts the date before the publication date
    ("terlibat dalam kasus penculikan Panglima Muda Komite Peralihan Aceh, pada 23 Maret lalu.",
     date(2015, 11, 4), [("23 Maret lalu", "2015-03-23")]),
    ("Ia tiba 4 Februari lalu.", date(2017, 1, 10), [("4 Februari lalu", "2016-02-04")]),
    # both ends of a range
    ("Kejadian pada 23/24 Maret lalu.", date(2015, 11, 4), [("23", "2015-03-23"), ("24 Maret lalu", "2015-03-24")]),
    ("Pameran digelar tanggal 13 sampai dengan 25 Pebruari 2017 di Jakarta.", None,
     [("13", "2017-02-13"), ("25 Pebruari 2017", "2017-02-25")]),
    # short and old month spellings
    ("Rapat 5 Agu 2016, 3 Okt. 2016, 2 Nop 2016 dan 10 Nopember 2016.", None,
     [("5 Agu 2016", "2016-08-05"), ("3 Okt. 2016", "2016-10-03"), ("2 Nop 2016", "2016-11-02"),
      ("10 Nopember 2016", "2016-11-10")]),
    # detikcom: "Senin (10/7) kemarin" is one date
    ("telah dinormalisasi sejak Senin (10/7) kemarin.", date(2018, 7, 11), [("Senin (10/7) kemarin", "2018-07-10")]),
    # relative days
    ("Zhen Liu, kemarin mendatangi kantor Kementerian", date(2018, 7, 5), [("kemarin", "2018-07-04")]),
    ("Sidang digelar lusa, bukan besok atau hari ini.", date(2018, 7, 5),
     [("lusa", "2018-07-07"), ("besok", "2018-07-06"), ("hari ini", "2018-07-05")]),
    # liputan6: the aside corrects the word before it
    ('"Besok (hari ini) Bapak Wakil Presiden melakukan peninjauan', date(2015, 6, 18),
     [("Besok (hari ini)", "2015-06-18")]),
    # vague ones at month or year precision
    ("Aplikasi Tik Tok yang pekan lalu diblokir", date(2018, 7, 11), [("pekan lalu", "2018-07")]),
    ("bulan lalu, tahun ini dan tahun lalu", date(2018, 1, 11),
     [("bulan lalu", "2017-12"), ("tahun ini", "2018"), ("tahun lalu", "2017")]),
    ("Laporan keuangan Tri di kuartal III 2015 lalu", date(2016, 2, 16), [("kuartal III 2015 lalu", "2015")]),
    ("Pada Juli 2016 harga naik.", None, [("Juli 2016", "2016-07")]),
    ("Harga naik sejak Juli lalu dan turun Maret mendatang.", date(2015, 11, 5),
     [("Juli lalu", "2015-07"), ("Maret mendatang", "2016-03")]),
    # a count of periods: a day for days, the month for weeks and months, the year for years
    ("Ia ditangkap dua hari lalu, sepekan lalu ia kabur, dan 3 tahun silam ia bebas.", date(2018, 7, 5),
     [("dua hari lalu", "2018-07-03"), ("sepekan lalu", "2018-06"), ("3 tahun silam", "2015")]),
    # antaranews: a day name alone is the latest such day up to the publication date
    ("saat dihubungi melalui telepon dari Mataram, Kamis, mengatakan", date(2015, 11, 5), [("Kamis", "2015-11-05")]),
    ("di Bandarlampung, Selasa.", date(2016, 2, 25), [("Selasa", "2016-02-23")]),
    # viva: an English date on an Indonesian page
    ("February 16, 2016", None, [("February 16, 2016", "2016-02-16")]),
])
def test_date_forms(text, reference, expected):
    assert values(text, reference) == expected


def test_relative_dates_without_a_reference_get_no_value():
    assert values("Tik Tok diblokir kemarin dan pekan lalu.", None) == [("kemarin", None), ("pekan lalu", None)]


def test_a_day_name_pins_the_year_when_nothing_else_does():
    found = find_dates("di kantor Kominfo, Jakarta Pusat, Rabu (4/7).", None, today=date(2026, 12, 1))
    assert found[0].value == "2018-07-04" and "day name" in found[0].note
    # today bounds the search: the latest 4 July on a Wednesday not after it
    assert find_dates("Rabu (4/7).", None, today=date(2018, 7, 3))[0].value == "2012-07-04"


def test_no_hidden_clock_without_today_a_missing_year_stays_unknown():
    """The same input gives the same clipping on any day: nothing reads the machine's clock."""
    (found,) = find_dates("di kantor Kominfo, Jakarta Pusat, Rabu (4/7).", None)
    assert found.value is None
    assert values("Tanggal (3/7/18) itu", None) == [("(3/7/18)", None)]
    assert values("Tanggal (3/7/18) itu", date(2018, 7, 5)) == [("(3/7/18)", "2018-07-03")]


def test_the_numbers_win_over_a_contradicting_day_name_and_it_is_noted():
    (found,) = find_dates("sejak Senin (10/7) kemarin", date(2018, 7, 11))
    assert found.value == "2018-07-10"  # a Tuesday
    assert "Senin" in found.note and "Selasa" in found.note


def test_a_misprinted_year_is_taken_from_the_publication_date():
    (found,) = find_dates("ke Kejari Lhoksukon, Rabu (4/11/205).", date(2015, 11, 4))
    assert found.value == "2015-11-04" and "misprinted" in found.note


@pytest.mark.parametrize("text", [
    "Dua pertiga (2/3) anggota dewan hadir.",  # a fraction
    "Ia salat Jumat di masjid.",  # the prayer, not the day
    "pada pukul 08.00 WIB sampai 08.45 WITA",  # times alone
    "Joey Alexander yang berusia 12 tahun",  # an age
    "sebanyak 27 penerbangan domestik",
    "selama hampir tiga bulan ini dan beberapa tahun lalu",  # lengths of time
])
def test_not_dates(text):
    assert find_dates(text, date(2016, 2, 16)) == []


def test_minggu_opening_a_sentence_is_the_week_not_sunday():
    assert values("Minggu lalu ramai sekali.", date(2016, 2, 16)) == [("Minggu lalu", "2016-02")]


def test_offsets_point_into_the_text():
    text = "TEMPO.CO, Jakarta - Zhen Liu, kemarin mendatangi kantor Kementerian, Rabu, 4 Juli 2018."
    for d in find_dates(text, date(2018, 7, 5)):
        assert text[d.start:d.end] == d.text
