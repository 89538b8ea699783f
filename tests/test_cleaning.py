"""The cleaning pass removes evidence, not regions (issue 13): each class on lines written for it, in
the forms outlets print them, none taken from a dev page."""

from clipper.cleaning import clean
from clipper.extraction.outlet import from_dateline
from clipper.indonesian.lines import field_line

P1 = ("Pemerintah Kota Surabaya menambah jumlah bus sekolah gratis mulai bulan depan, kata kepala dinas "
      "perhubungan dalam keterangannya.")
P2 = ("Menurut dia, penambahan armada itu diharapkan dapat mengurangi kemacetan di sekitar sekolah pada pagi "
      "hari ketika orang tua mengantar anak.")
P3 = ("Warga menyambut baik rencana tersebut, meski sebagian meminta rute bus diperluas hingga ke kawasan "
      "pinggiran kota yang belum terjangkau.")
P4 = ("Dinas juga akan menyiapkan aplikasi untuk memantau posisi bus secara langsung sehingga siswa tidak perlu "
      "menunggu terlalu lama di halte.")


def body(paragraphs, links=frozenset()):
    return clean(paragraphs, links).paragraphs


# where the story starts


def test_a_dateline_deep_in_a_story_cuts_nothing_before_it():
    late = "Sementara itu, Wakil Wali Kota - yang baru dilantik pekan lalu - meninjau tiga halte di Gubeng."
    assert body([P1, P2, P3, "Co - pendiri komunitas pengguna bus itu menyebut rencana ini sudah lama ditunggu.",
                 late]) == [P1, P2, P3, "Co - pendiri komunitas pengguna bus itu menyebut rencana ini sudah lama "
                            "ditunggu.", late]


def test_a_dateline_after_a_title_a_date_line_and_a_standfirst_opens_the_story():
    cleaned = clean(["Bus Sekolah Gratis Ditambah", "Senin, 3 Juli 2023 10:15 WIB", P2, f"Surabaya - {P1}", P3])
    assert cleaned.dateline == "Surabaya" and cleaned.paragraphs == [f"Surabaya - {P1}", P3]


def test_a_short_lead_or_a_list_before_the_first_long_paragraph_is_story():
    assert body(["Hujan turun sejak pagi.", P1, P2])[0] == "Hujan turun sejak pagi."
    recipe = ["Bahan-bahan:", "2 butir telur ayam", "1 sendok makan gula pasir", P1]
    assert body(recipe) == recipe


# inside the story: what is boilerplate goes, what is not stays


def test_an_inline_related_label_takes_its_headlines_and_the_story_goes_on():
    assert body([P1, "Berita Terkait", "Harga Tiket Kereta Naik Mulai Pekan Depan", P2, P3, P4]) == [P1, P2, P3, P4]
    assert body([P1, "Baca Juga:", "Tiga Halte Baru Dibangun di Gubeng", "Warga Minta Rute Diperluas", P2, P3]) == [
        P1, P2, P3]


def test_a_related_block_at_the_end_still_ends_the_story():
    tail = ["Berita Terkait", "Harga Tiket Kereta Naik Mulai Pekan Depan", "2 jam lalu",
            "Kenaikan harga tiket kereta berlaku untuk seluruh kelas mulai pekan depan, kata direksi.",
            "Baca Selengkapnya", "Stasiun Baru Dibuka di Sidoarjo", "5 jam lalu",
            "Stasiun itu melayani kereta komuter dari Surabaya menuju Sidoarjo dan sebaliknya setiap hari.",
            "Baca Selengkapnya"]
    assert body([P1, P2, *tail]) == [P1, P2]


def test_initials_inside_a_story_are_cut_from_their_paragraph_not_the_story():
    assert body([P1, f"{P2} (nop)", P3, P4]) == [P1, P2, P3, P4]
    assert body(["Sejarah[edit]", P1, P2, P3]) == ["Sejarah", P1, P2, P3]
    assert body([P1, P2, f"{P3} (rdk/ags)", "Lihat juga video berikut"]) == [P1, P2, P3]


def test_a_sign_off_after_the_last_sentence_is_cut_and_an_agency_is_a_credit():
    cleaned = clean([P1, f"{P2} [Reuters]", P3])
    assert cleaned.paragraphs == [P1, P2, P3] and cleaned.credits == ["Reuters"]
    assert body([P1, f"{P2} (dewi)"]) == [P1, P2]
    assert body([P1, f"{P2} (S)"]) == [P1, P2]
    with_acronym = "Kebijakan itu diumumkan bersama Dinas Perhubungan (Dishub)."
    assert body([P1, with_acronym]) == [P1, with_acronym]


def test_a_heading_in_capitals_inside_a_story_is_no_sign_off():
    assert body([P1, P2, "HASIL PERTANDINGAN", "Persebaya 2-1 Arema", "Bali United 0-0 PSM"],
                links=frozenset({"jadwal lengkap liga 1 pekan ini"})) == [
        P1, P2, "HASIL PERTANDINGAN", "Persebaya 2-1 Arema", "Bali United 0-0 PSM"]
    cleaned = clean([P1, P2, "BUDI SANTOSO", "Berita Terkait", "Harga Tiket Kereta Naik"])
    assert cleaned.paragraphs == [P1, P2] and cleaned.authors == ["Budi Santoso"]


def test_glued_link_markers_are_cut_and_the_text_kept():
    assert body([P1, f"Baca_Juga {P2}"]) == [P1, P2]
    assert body([P1, f"{P2} BERITA LAIN - Tiga Halte Baru Dibangun di Gubeng"]) == [P1, P2]
    assert body([P1, f"{P2} SIMAK JUGA: Warga Minta Rute Diperluas", P3]) == [P1, P2, P3]


def test_an_outlet_describing_itself_under_the_story_is_dropped():
    blurb = ("KabarKota.id adalah portal berita kota dan gaya hidup. Ikuti kami untuk kabar terbaru setiap hari.")
    assert body([P1, P2, blurb]) == [P1, P2]


def test_a_source_line_is_a_credit():
    assert field_line("Sumber berita Reuters.") == ("credits", ["Reuters"])
    assert field_line("Sumber berita: Antara") == ("credits", ["Antara"])


def test_the_next_page_teaser_goes_only_after_pagination():
    assert body([P1, "Halaman Selanjutnya", "Sementara itu, armada bus yang baru…", P2]) == [P1, P2]
    assert body([P1, "Tapi tunggu dulu…", P2]) == [P1, "Tapi tunggu dulu…", P2]


# at the end: a run of headlines


def test_headlines_after_the_story_are_other_stories_unless_the_page_says_they_are_not_links():
    headlines = ["Harga Tiket Kereta Naik Mulai Pekan Depan", "Stasiun Baru Dibuka di Sidoarjo"]
    assert body([P1, P2, *headlines]) == [P1, P2]  # scraped text: a related list
    dates = ["Tur Konser 2024", "12 Juni – Surabaya, Gedung Cak Durasim", "15 Juni – Malang, GOR Ken Arok"]
    assert body([P1, P2, *dates], links=frozenset({"beli tiket di sini sekarang"})) == [P1, P2, *dates]
    assert body([P1, P2, *headlines], links=frozenset(h.casefold() for h in headlines)) == [P1, P2]


# a page with text is never refused


def test_a_gallery_of_captions_is_its_own_body():
    captions = ["Suasana halte baru di kawasan Gubeng, Surabaya. (Foto: Dok. Dishub)",
                "Siswa menunggu bus sekolah gratis pada Senin pagi. (Foto: Dok. Dishub)"]
    assert body(["Galeri: Bus Sekolah Baru", *captions]) == captions
    assert body(["Beranda"]) == []  # a lone label is no text


# page facts from a dateline


def test_the_outlet_a_dateline_names():
    assert from_dateline("SEMARANG (Kabar Jateng)") == "Kabar Jateng"
    assert from_dateline("Beritanews") == "Beritanews"
    assert from_dateline("MAKASSAR, Tribun Timur") == "Tribun Timur"
    assert from_dateline("Makassar") is None and from_dateline("Kota Makassar") is None


# page facts, each on a page written for its class


def page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


STORY_HTML = "".join(f"<p>{p}</p>" for p in (P1, P2, P3))


def test_a_site_name_loses_its_tagline():
    from clipper import extract

    html = page('<meta property="og:site_name" content="KabarSulut.com: Berita Terkini Sulawesi Utara">',
                f"<h1>Bus Sekolah Gratis Ditambah</h1>{STORY_HTML}")
    assert extract(html, entities=False).outlet == "KabarSulut.com"


def test_a_headline_keeps_its_own_prefix_and_loses_the_site():
    from clipper import extract

    html = page('<meta property="og:title" content="Dalam Gambar: Banjir Rendam Kampung Melayu - KabarKota.com">'
                '<meta property="og:site_name" content="KabarKota.com">',
                f"<span>Dalam Gambar:</span><h1>Banjir Rendam Kampung Melayu</h1>{STORY_HTML}")
    assert extract(html, entities=False).title == "Dalam Gambar: Banjir Rendam Kampung Melayu"


def test_an_update_line_is_not_the_publication_time():
    from clipper import extract

    html = page("", "<h1>Bus Sekolah Gratis Ditambah</h1><div>Diperbarui 06 Jul 2018, 10:12 WIB</div>"
                    f"<div>Senin, 02 Jul 2018 08:00 WIB</div>{STORY_HTML}")
    assert extract(html, entities=False).published == "2018-07-02T08:00:00+07:00"


def test_a_reporter_in_brackets_under_the_story_is_its_author():
    cleaned = clean([P1, f"{P2} (Wayan Sudarsa)"])
    assert cleaned.paragraphs == [P1, P2] and cleaned.authors == ["Wayan Sudarsa"]


def test_promos_disclaimers_and_syndication_lines_are_not_story():
    cleaned = clean([P1, P2, "Baca berita terkini dan terpercaya lainnya di aplikasi kami.",
                     "Komentar yang Anda tulis sepenuhnya menjadi tanggung jawab Anda.",
                     'Artikel ini telah naik di KabarBali.com dengan judul "Bus Sekolah Gratis"'])
    assert cleaned.paragraphs == [P1, P2] and cleaned.credits == ["KabarBali.com"]


def test_pages_in_other_scripts_pass_through():
    from clipper import extract

    thai = ("กรุงเทพมหานครประกาศเพิ่มรถโดยสารสำหรับนักเรียนฟรีตั้งแต่เดือนหน้า "
            "เจ้าหน้าที่กล่าวว่าจะช่วยลดปัญหาการจราจรบริเวณโรงเรียนในช่วงเช้า")
    arabic = "أعلنت البلدية عن زيادة عدد الحافلات المدرسية المجانية ابتداء من الشهر المقبل لتخفيف الازدحام صباحا."
    for text in (thai, arabic):
        assert extract(page("", f"<h1>Berita</h1><p>{text}</p><p>{text}</p>"), entities=False).body
