"""Direct quotes and their speakers, through the whole pipeline on the samples and on paragraphs of
the samples and saved pages (the speaker is resolved against the story's merged people)."""

import pytest

from clipper import extract
from tests.conftest import SAMPLES


def quotes_of(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract(text.encode()).quotes]


@pytest.fixture(scope="module")
def samples():
    return {p.name[:3]: extract(p) for p in SAMPLES}


def test_speakers_of_the_samples_are_merged_people(samples):
    tempo = samples["001"]
    assert [q.speaker for q in tempo.quotes] == ["Zhen Liu", "Zhen Liu", "Rudiantara"]  # "kata Liu", "tuturnya"
    names = {p.name for p in tempo.people}
    assert {q.speaker for q in tempo.quotes} <= names


def test_pronouns_and_nya_forms_go_to_the_person_the_story_is_about(samples):
    # "ungkapnya" after a paragraph about Zhen Liu, though Pribudiarta spoke last
    assert [q.speaker for q in samples["000"].quotes] == ["Pribudiarta N. Sitepu", "Zhen Liu"]
    # "ungkap dia" goes back past a paragraph with no one in it to the last speaker; "ucap dia" to Dina
    kpai = samples["004"].quotes
    assert [q.speaker for q in kpai] == ["Susanto", "Susanto", "Margaret Aliyatul Maimunah", "Dina"]


def test_a_typo_in_the_verb_still_names_the_speaker(samples):
    # cnnindonesia: '... Saya apresiasi" kara Rudi' is Rudiantara's
    assert [q.speaker for q in samples["003"].quotes] == ["Zhen Liu", "Zhen Liu", "Rudiantara", "Rudiantara"]


def test_a_quote_of_several_sentences_is_one_quote(samples):
    (quote,) = samples["002"].quotes
    assert quote.speaker == "Nan Zhang"
    assert quote.text.startswith("Indonesia adalah pasar") and quote.text.endswith("internet di Indonesia")


def test_offsets_point_into_the_body(samples):
    for clipping in samples.values():
        for q in clipping.quotes:
            assert clipping.body[q.start:q.end].strip().rstrip(",") == q.text


def test_a_quote_split_by_its_attribution_is_two_quotes():
    text = ('Jakarta - Menteri Komunikasi dan Informatika Rudiantara siap membuka kembali akses aplikasi '
            'Tik Tok. "Kalau memang sudah bersih, malam ini juga kita bisa langsung buka," ujar Rudiantara. '
            '"Tapi yang jelas harus lolos verifikasi."')
    assert quotes_of(text) == [("Kalau memang sudah bersih, malam ini juga kita bisa langsung buka", "Rudiantara"),
                               ("Tapi yang jelas harus lolos verifikasi.", "Rudiantara")]


def test_an_open_quote_goes_on_in_the_next_paragraph():
    text = ('Jakarta - Kepala Dinas Perhubungan DKI Jakarta, Benjamin Bukit menilai Uber ilegal.\n\n'
            '"Taksi mempunyai kekhususan. Harus punya badan hukum, PT atau koperasi.\n\n'
            '"Uber tidak punya ini," ujar Benjamin Bukit di Mapolda Metro Jaya, Jakarta.')
    (quote,) = quotes_of(text)
    assert quote == ("Taksi mempunyai kekhususan. Harus punya badan hukum, PT atau koperasi. Uber tidak punya ini",
                     "Benjamin Bukit")


def test_single_quotes_used_for_speech():
    text = ("Jakarta - Gubernur DKI Jakarta Basuki Tjahaja Purnama hadir dalam rapat itu. "
            "'Saya mendukung langkah pemerintah untuk membangun rumah rakyat,' kata Basuki.")
    assert quotes_of(text) == [("Saya mendukung langkah pemerintah untuk membangun rumah rakyat",
                                "Basuki Tjahaja Purnama")]


def test_titles_scare_quotes_and_nicknames_are_not_quotes():
    # republika: a film title and a scare quote inside a real quote
    text = ('JAKARTA -- Ia mencontohkan salah satu film "The Beach" yang dibintangi Leonardo di Caprio. '
            '"Film ini sektor yang \'powerful\' (kuat) untuk promosi wisata," kata Marcella Zalianty.\n\n'
            'Gubernur Basuki "Ahok" Tjahaja Purnama menyebut program itu "luar biasa".')
    assert quotes_of(text) == [("Film ini sektor yang 'powerful' (kuat) untuk promosi wisata", "Marcella Zalianty")]


def test_a_description_pointing_back_is_the_last_speaker():
    # kompas: "kata politisi Partai Hanura itu" is Yuddy
    text = ('JAKARTA - Menteri Pendayagunaan Aparatur Negara Yuddy Chrisnandi menginginkan sistem baru.\n\n'
            '"Artinya, ranking 36 terbawah dirasionalisasi," ucapnya.\n\n'
            '"Siapa kuadran keempat? Mereka yang dianggap tidak produktif," kata politisi Partai Hanura itu.')
    assert [s for _, s in quotes_of(text)] == ["Yuddy Chrisnandi", "Yuddy Chrisnandi"]


def test_an_unnamed_speaker_is_null():
    # detikcom: the spokesperson is not named
    text = ('Jakarta - Sam Bankman-Fried membela diri. Ketika dimintai konfirmasi, juru bicara orang tua Bankman '
            'menyatakan mereka telah mencoba mengembalikan properti itu. "Sejak sebelum proses kebangkrutan, '
            'mereka sudah mencoba mengembalikannya ke perusahaan," kata sang juru bicara.')
    assert quotes_of(text)[0][1] is None


@pytest.mark.parametrize("text", [
    'Jakarta - Perdana Menteri Sheikh Hasina menolak kritik itu. "Ini negara kami, kami yang berhak memutuskan," '
    'ucap seorang orang kepercayaan Sheikh Hasina.',
    'Jakarta - Penjualan Hyundai Motor Group turun. "Jajaran eksekutif mengajukan pengurangan gaji," kata seorang '
    'petinggi Hyundai Motor Group.',
])
def test_someone_unnamed_of_a_named_person_or_company_is_null(text):
    assert [speaker for _, speaker in quotes_of(text)] == [None]


def test_a_name_after_someone_unnamed_and_a_comma_speaks():
    text = ('Jakarta - Harga beras naik. "Kami tidak akan mundur," kata seorang pejabat kementerian, Budi Santoso.')
    assert [speaker for _, speaker in quotes_of(text)] == ["Budi Santoso"]


def test_authorities_left_unnamed_are_no_one_named_before():
    """'," konfirmasi pihak berwajib': the quote is not the suspect's, who was named last."""
    text = ('Jakarta - Penyanyi Rudi Hartono ditangkap polisi. "Dia ditangkap sesaat setelah pukul dua pagi hari ini '
            'di jalan tol," konfirmasi pihak berwajib.')
    assert quotes_of(text)[0][1] is None


def test_the_police_unnamed_is_the_force_the_story_named():
    text = ('London - Penyanyi Rudi Hartono ditangkap kepolisian Cheshire karena mengemudi dalam keadaan mabuk. '
            '"Dia ditangkap sesaat setelah pukul dua pagi hari ini di jalan tol," konfirmasi pihak berwajib.')
    clipping = extract(text.encode())
    assert "kepolisian cheshire" in [o.name.casefold() for o in clipping.organizations]
    assert [q.speaker.casefold() for q in clipping.quotes] == ["kepolisian cheshire"]


def test_an_institution_can_speak():
    # detikcom: "kata Samsung"
    text = ('Jakarta - Samsung menyatakan bahwa tiga celah keamanan akan diperbaiki. '
            '"Menjaga kepercayaan konsumen adalah prioritas top kami," kata Samsung.')
    assert quotes_of(text) == [("Menjaga kepercayaan konsumen adalah prioritas top kami", "Samsung")]


def test_a_name_then_a_verb_after_the_quote():
    # nerugm: '," Agun menjelaskan.'
    text = ('Jakarta - Rapat itu belum selesai. "Apabila belum ada substansi yang mengerucut, harus ada alternatif '
            'untuk kemudian diputuskan melalui sidang paripurna," Agun menjelaskan.')
    assert quotes_of(text)[0][1] == "Agun"


def test_a_place_after_di_is_not_part_of_the_speakers_name():
    # nerugm: 'kata Didik di Gedung DPR RI'
    text = ('Jakarta - Fraksi itu mempertanyakan surat keputusan menteri. "Kita punya hak untuk bertanya kepada '
            'Menteri Hukum dan HAM terkait surat keputusannya," kata Didik di Gedung DPR RI, Jakarta.')
    assert quotes_of(text)[0][1] == "Didik"


def test_titles_in_running_text_are_not_quotes_but_a_partial_quote_is():
    text = ('Jakarta - Pada tahun 2001, dia tampil dalam melodrama "Kabhi Khushi Kabhi Gham", yang menjadi film '
            'India terlaris. Ketua DPR Puan Maharani menyebut kebijakan itu "sangat merugikan rakyat kecil" dan '
            'meminta pemerintah meninjaunya.')
    assert quotes_of(text) == [("sangat merugikan rakyat kecil", "Puan Maharani")]


@pytest.mark.parametrize("verb", ["kata", "ujar", "ungkap", "tutur", "ucap", "papar", "jelas", "tegas", "imbuh",
                                  "lanjut", "sebut", "terang", "konfirmasi", "bantah", "akui"])
def test_verbs_of_saying_name_the_speaker_after_them(verb):
    text = ('Jakarta - Polisi masih memeriksa para saksi. "Kami akan terus memantau perkembangan situasi di '
            f'lapangan," {verb} Kapolres Jakarta Selatan Kombes Budi Hartono.')
    assert quotes_of(text) == [("Kami akan terus memantau perkembangan situasi di lapangan", "Budi Hartono")]


@pytest.mark.parametrize("attribution", ["katanya", "ujarnya", "ungkapnya", "tuturnya", "ucap dia", "kata dia"])
def test_pronoun_forms_go_back_to_the_person_named_before(attribution):
    text = ('Jakarta - Kapolres Jakarta Selatan Kombes Budi Hartono mengatakan polisi masih memeriksa saksi.\n\n'
            f'"Kami akan terus memantau perkembangan situasi di lapangan," {attribution}.')
    assert quotes_of(text)[0][1] == "Budi Hartono"


def test_a_pronoun_goes_to_the_subject_not_to_someone_spoken_about():
    """'-nya' after a paragraph whose only name is not its subject ('... dari Rudi.') stays with the
    one who was speaking; a subject named after a long apposition still counts."""
    text = ("Jakarta - Penyanyi Sinta Maharani resmi bercerai pada Senin setelah sidang singkat di pengadilan.\n\n"
            '"Saya lega semuanya sudah selesai dan saya bisa kembali bekerja," ujar Sinta kepada wartawan.\n\n'
            "Ibu dua anak itu menambahkan bahwa para saksi bercerita soal nafkah yang tak pernah diberikan Rudi.\n\n"
            '"Para saksi sudah menjelaskan semuanya kepada hakim dengan sangat jelas," lanjutnya.\n\n'
            "Di ruang yang sama, kuasa hukum pihak lawan, Anton Wijaya, mengatakan kliennya akan menempuh banding.\n\n"
            '"Kami akan mempelajari putusan ini lebih dulu sebelum mengambil langkah berikutnya," kata dia.')
    assert [s for _, s in quotes_of(text)] == ["Sinta Maharani", "Sinta Maharani", "Anton Wijaya"]


def test_a_speaker_phrase_holding_a_known_name_with_more_is_that_person():
    """'Direktur PT Sinar Jaya Budi Santoso SE' names Budi Santoso, whom the story has named."""
    text = ("Jakarta - Budi Santoso memimpin perusahaan keluarga itu sejak 2010 dan membuka tiga pabrik baru "
            "di Jawa Tengah tahun ini.\n\n"
            '"Kami akan menambah seribu pekerja dalam dua tahun ke depan," kata Direktur Utama Sinar Jaya '
            "Budi Santoso SE di Semarang.")
    assert [s for _, s in quotes_of(text)] == ["Budi Santoso"]


def test_a_name_after_only_its_title_is_the_subject_a_pronoun_goes_back_to():
    text = ("Semarang - Partai Hijau dan Partai Biru sepakat membentuk koalisi baru menjelang pemilihan.\n\n"
            '"Koalisi ini sudah lama kami bicarakan bersama para pengurus," kata Ketua Partai Biru Agus Salim.\n\n'
            "Wakil Ketua DPW Partai Hijau Jawa Tengah, Rahmat Hidayat, pun membenarkan rencana itu.\n\n"
            "Ia menyebut koalisi itu akan diumumkan bulan depan di kantor partai.\n\n"
            '"Kami sudah sepakat dan tinggal menunggu waktu yang tepat," katanya.')
    assert [s for _, s in quotes_of(text)] == ["Agus Salim", "Rahmat Hidayat"]


def test_a_speaker_is_always_an_entry_and_a_fuller_name_becomes_the_entrys():
    from clipper.extraction.quotes import speakers_are_entries
    from clipper.records import Person, Quote

    people = [Person(name="Damayanti", aliases=["Yanti"])]
    quotes = [Quote(text="a", speaker="Damayanti", start=0, end=1),
              Quote(text="b", speaker="Damayanti R Sjarif", start=2, end=3),
              Quote(text="c", speaker="Budi Santoso", start=4, end=5), Quote(text="d", speaker=None, start=6, end=7)]
    speakers_are_entries(quotes, people, [])
    assert [(p.name, p.aliases) for p in people] == [("Damayanti R Sjarif", ["Damayanti", "Yanti"]),
                                                     ("Budi Santoso", [])]
    assert [q.speaker for q in quotes] == ["Damayanti R Sjarif", "Damayanti R Sjarif", "Budi Santoso", None]


def test_a_name_after_an_office_in_the_attribution_is_the_speaker():
    """'kata Juru Bicara Kemenhub Rahmat Hidayat' names Rahmat Hidayat, not the minister the story
    named before, whom an office alone would point back to."""
    text = ("Jakarta - Menteri Perhubungan Budi Karya Sumadi meninjau Bandara Soekarno-Hatta pada Senin pagi.\n\n"
            '"Semua penerbangan berjalan normal sejak pagi tadi," kata Juru Bicara Kemenhub Rahmat Hidayat '
            "kepada wartawan di Jakarta.")
    assert [s for _, s in quotes_of(text)] == ["Rahmat Hidayat"]
