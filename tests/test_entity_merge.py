"""Merging the forms a story uses for one entity, on names and institutions from the samples."""

import pytest

from clipper.extraction.entities.merge import abbreviates, same_org, same_person


@pytest.mark.parametrize(("short", "long"), [
    ("Liu", "Zhen Liu"),  # tempo, cnnindonesia
    ("Rudi", "Rudiantara"),  # cnnindonesia: "kata Rudi"
    ("Aliyatul Maimunah", "Margaret Aliyatul Maimunah"),  # liputan6
    ("Sitepu", "Pribudiarta N. Sitepu"),
    ("JK", "Jusuf Kalla"),
    ("Bankman", "Sam Bankman-Fried"),
    ("Jokowi", "Joko Widodo"),  # a nickname that shares no word with the name (liputan6)
    ("Ahok", "Basuki Tjahaja Purnama"),
    # spelling reforms: oe/u, dj/j, tj/c, j/y, ch/kh, doubled consonants; a name written as one word
    ("Megawati Soekarnoputri", "Megawati Sukarnoputri"),
    ("Sukarno Putri", "Soekarnoputri"),
    ("Nazarudin", "Muhammad Nazaruddin"),
    ("Djoko Santoso", "Joko Santoso"),
    ("Tjahjo Kumolo", "Cahyo Kumolo"),
    ("Chairul Tanjung", "Khairul Tanjung"),
    ("Jokowidodo", "Joko Widodo"),
])
def test_short_forms_of_a_person(short, long):
    assert same_person(short, long)


@pytest.mark.parametrize(("short", "long"), [("Dina", "Nan Zhang"), ("Zhang", "Zhen Liu"), ("Liu", "Rudiantara"),
                                             ("Joko Anwar", "Joko Widodo"), ("Dewi", "Dwi Yuliani")])
def test_different_people_stay_apart(short, long):
    assert not same_person(short, long)


@pytest.mark.parametrize(("short", "long"), [
    ("KPAI", "Komisi Perlindungan Anak Indonesia"),
    ("Kemkominfo", "Kementerian Komunikasi dan Informatika"),
    ("Kemenkominfo", "Kementerian Komunikasi dan Informatika"),
    ("Kominfo", "Kementerian Komunikasi dan Informatika"),
    ("KPPA", "Kementerian Pemberdayaan Perempuan dan Anak"),
    ("Kementerian PPA", "Kementerian Pemberdayaan Perempuan dan Perlindungan Anak"),
    ("UGM", "Universitas Gadjah Mada"),
])
def test_abbreviations_of_an_institution(short, long):
    assert abbreviates(short, long)


@pytest.mark.parametrize(("short", "long"), [
    ("KPK", "Komisi Perlindungan Anak Indonesia"),
    ("Kominfo", "Kementerian Perhubungan"),
    ("Polda Lampung", "Ditreskrimum Polda Lampung"),
    ("Indonesia", "Bank Indonesia"),  # a country is not the institution named after it
    ("Polda NTB", "Polda Nusa Tenggara Timur"),  # other initials
])
def test_different_institutions_stay_apart(short, long):
    assert not same_org(short, long, {}) and not same_org(long, short, {})


@pytest.mark.parametrize(("short", "long"), [
    ("Golkar", "Partai Golkar"),  # the name without its head word
    ("Pertamina", "PT Pertamina"),
    ("Madrid", "Real Madrid"),  # a club by the last word of its name
    ("Wolfsburg", "VfL Wolfsburg"),
    ("Dinas Kesehatan Provinsi NTB", "Dinas Kesehatan Provinsi Nusa Tenggara Barat"),  # its last words' initials
    ("Polda DIY", "Polda Daerah Istimewa Yogyakarta"),
])
def test_an_institution_by_part_of_its_name(short, long):
    assert same_org(short, long, {})


def test_spelling_variants_and_known_acronyms_and_defined_acronyms():
    assert same_org("TikTok", "Tik Tok", {})
    assert same_org("Kemenhub", "Kementerian Perhubungan", {})
    assert same_org("BIL", "Bandara Internasional Lombok", {"BIL": "Bandara Internasional Lombok"})
    assert same_org("Tik Tok", "Tik Tok Indonesia", {})


@pytest.mark.parametrize(("a", "b", "typo"), [
    ("Tokopedya", "Tokopedia", True),  # a letter changed
    ("Bukalapak Group", "Bukalapk Group", True),  # dropped
    ("Sinar Mas Grup", "Sinar Mas Gurp", True),  # swapped
    ("Bank BRI", "Bank BNI", False),  # an acronym: another bank
    ("Kodam III", "Kodam II", False),
    ("Persib", "Persis", False),  # too short to tell a typo from another club
    ("Polres 1 Bogor", "Polres 2 Bogor", False),  # a digit
])
def test_an_organisation_one_typo_away_is_the_same(a, b, typo):
    from clipper.extraction.entities.merge import one_typo_apart

    assert one_typo_apart(a, b) is typo and same_org(a, b, {}) is typo


@pytest.mark.parametrize(("sentence", "person", "org", "kept"), [
    ("Pelatih San Antonio Spurs itu kecewa . Pelatih kepala Spurs Gregg Popovich marah .",
     "Spurs Gregg Popovich", "San Antonio Spurs", "Gregg Popovich"),
    ("Investor Wavecell datang . CEO Wavecell Olivier Gerhardt bicara .", "Wavecell Olivier Gerhardt", "Wavecell",
     "Olivier Gerhardt"),
    # a given name first is the person's own: "Ciputra" of "Ciputra Group" and "Budi Ciputra Santoso"
    ("Saham Ciputra Group naik . Kata Budi Ciputra Santoso .", "Budi Ciputra Santoso", "Ciputra Group",
     "Budi Ciputra Santoso"),
])
def test_an_organisation_the_story_names_is_cut_from_the_name_after_it(sentence, person, org, kept):
    from spacy.tokens import Span

    from clipper.extraction.entities.merge import _without_glued_words
    from clipper.indonesian.tokenizer import blank

    doc = blank().make_doc(sentence)

    def span(text: str, label: str) -> Span:
        start = sentence.rindex(text)
        return doc.char_span(start, start + len(text), label=label)

    assert [e.text for e in _without_glued_words([span(person, "PERSON")], [span(org, "ORG")])] == [kept]


def test_a_team_tagged_as_often_an_organisation_as_a_person_is_the_clubs():
    from spacy.tokens import Span

    from clipper.extraction.entities.merge import _one_label_per_name
    from clipper.indonesian.tokenizer import blank

    sentence = "Ia keluar dari Jong Ajax . Kontrak di Jong Ajax habis . Ajax menunggu . Aburizal Bakrie , Bakrie ."
    doc = blank().make_doc(sentence)
    tagged = [("Jong Ajax", 0, "PERSON"), ("Jong Ajax", 1, "ORG"), ("Ajax", 2, "ORG"),
              ("Aburizal Bakrie", 0, "PERSON"), ("Bakrie", 0, "ORG")]
    ents = []
    for text, nth, label in tagged:
        start = -1
        for _ in range(nth + 1):
            start = sentence.index(text, start + 1)
        ents.append(doc.char_span(start, start + len(text), label=label))
    assert isinstance(ents[0], Span)
    got = [(e.text, e.label_) for e in _one_label_per_name(ents)]
    assert got[:2] == [("Jong Ajax", "ORG"), ("Jong Ajax", "ORG")]
    assert ("Aburizal Bakrie", "PERSON") in got


def test_a_place_named_with_its_head_word_is_that_place_without_it():
    from clipper.extraction.entities.merge import _places_without_their_heads
    from clipper.indonesian.tokenizer import blank

    sentence = "Warga Desa Lelema datang . Di Lelema hujan . Jalan Sudirman macet , kata Sudirman ."
    doc = blank().make_doc(sentence)

    def span(text: str, label: str, nth: int = 0):
        start = -1
        for _ in range(nth + 1):
            start = sentence.index(text, start + 1)
        return doc.char_span(start, start + len(text), label=label)

    by_label = {"LOC": [span("Desa Lelema", "LOC"), span("Jalan Sudirman", "LOC")],
                "ORG": [span("Lelema", "ORG", 1)], "PERSON": [span("Sudirman", "PERSON", 1)]}
    _places_without_their_heads(by_label)
    assert [e.text for e in by_label["LOC"]] == ["Desa Lelema", "Lelema", "Jalan Sudirman"]
    assert by_label["ORG"] == [] and [e.text for e in by_label["PERSON"]] == ["Sudirman"]
