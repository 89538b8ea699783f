"""Each named entity rule on a sentence written for it (not taken from the dev pages): the rule gives
the entity back, trimmed or relabelled, or drops it."""

import pytest
from spacy.tokens import Span

from clipper.extraction.entities.institutions import _cited_sources, _named_groups
from clipper.extraction.entities.rules import RULES, decide
from clipper.extraction.entities.story import STORY_RULES, StoryCase, names_in_lists, people_named_again
from clipper.indonesian.lexicon import HEADS_WITH_DAN, HONORIFICS, INSTITUTION_HEADS, NAME_OPENING_TITLES
from clipper.indonesian.tokenizer import blank

NLP = blank()

# rule name: (sentence, entity as the model might give it, its label, what the rule makes of it)
CASES = {
    "no-opening-words": ("Menurut Andi Wijaya , harga naik .", "Menurut Andi Wijaya", "PERSON",
                         ("Andi Wijaya", "PERSON")),
    "names-open-with-a-capital": ("Ia menolak , tapi Rajata Wibisono tetap datang .", "tapi Rajata Wibisono",
                                  "PERSON", ("Rajata Wibisono", "PERSON")),
    "organisations-open-with-a-name": ("Ia mendanai startup berbasis cloud Singapura Wavecell .",
                                       "cloud Singapura Wavecell", "ORG", ("Singapura Wavecell", "ORG")),
    "laws-are-not-organisations": ("Buruh menolak Undang-Undang Cipta Kerja itu .", "Undang-Undang Cipta Kerja",
                                   "ORG", None),
    "things-are-not-organisations": ("Laptop itu punya port USB dan HDMI .", "USB", "ORG", None),
    "funding-rounds-are-not-names": ("Startup itu meraih pendanaan Seri A pekan lalu .", "Seri A", "PERSON", None),
    "football-clubs": ("Laga melawan Persidafon Jayapura berakhir imbang .", "Persidafon Jayapura", "LOC",
                       ("Persidafon Jayapura", "ORG")),
    "no-punctuation-in-names": ("Lagu Budi & Ani diputar .", "Budi & Ani", "PERSON", None),
    "no-offices-or-lower-case": ("Menkominfo hadir di sana .", "Menkominfo", "PERSON", None),
    "no-office-complements": ("Gubernur DKI hadir .", "DKI", "LOC", None),
    "customary-titles-open-names": ("Lukisan Raden Saleh dipamerkan .", "Raden Saleh", "LOC",
                                    ("Raden Saleh", "PERSON")),
    "initials-are-people": ("Polisi menangkap pria berinisial AS kemarin .", "AS", "LOC", ("AS", "PERSON")),
    "offices-are-not-institutions": ("Direktur Harvard University berkata .", "Direktur Harvard University", "ORG",
                                     ("Harvard University", "ORG")),
    "no-lone-heads-or-clitics": ("Harganya naik lagi .", "Harganya", "PERSON", None),
    "within-one-sentence": ("Ia ke Bali . Saya sama Dewi .", "Bali . Saya", "LOC", None),
    "groups-are-organisations": ("Ia berjualan di platform Kriya Nusa .", "Kriya Nusa", "LOC",
                                 ("Kriya Nusa", "ORG")),
    "employers-before-demonstratives": ("Gelandang Arsenal tersebut cedera lagi .", "Gelandang Arsenal", "PERSON",
                                        ("Arsenal", "ORG")),
    "places-after-place-words": ("Mereka berlibur di Lombok Utara .", "Lombok Utara", "PERSON",
                                 ("Lombok Utara", "LOC")),
    "venues-are-places": ("Mereka menginap Hotel Santika Bogor .", "Hotel Santika Bogor", "PERSON",
                          ("Hotel Santika Bogor", "LOC")),
    "company-endings-are-organisations": ("Saham Sinar Mas Limited naik .", "Sinar Mas Limited", "PERSON",
                                          ("Sinar Mas Limited", "ORG")),
    "place-heads-open-places": ("Mereka mendaki Gunung Semeru .", "Gunung Semeru", "PERSON",
                                ("Gunung Semeru", "LOC")),
    "known-places-are-places": ("Timnas bertanding melawan Maroko di Doha .", "Maroko", "PERSON", ("Maroko", "LOC")),
    "known-organisations-are-organisations": ("Laga itu disiarkan Indosiar malam ini .", "Indosiar", "PERSON",
                                              ("Indosiar", "ORG")),
    "no-roles-inside-names": ("kata Regional Manager Dewi .", "Regional Manager Dewi", "PERSON", None),
    "numbers-are-not-in-names": ("Ia pindah dari Persija 1928 ke klub lain .", "Persija 1928", "PERSON",
                                 ("Persija 1928", "ORG")),
    "no-one-letter-names": ("Menurut X , harga naik .", "X", "PERSON", None),
    "units-after-amounts": ("Ekspor itu bernilai 2,5 miliar Ringgit tahun lalu .", "Ringgit", "PERSON", None),
    "acronyms-are-organisations": ("Aktivis LBH Jakarta datang .", "LBH Jakarta", "PERSON", ("LBH Jakarta", "ORG")),
    "no-places-before-names": ("Ia mengalahkan pebalap Spanyol Marc Marquez .", "Spanyol Marc Marquez", "PERSON",
                               ("Marc Marquez", "PERSON")),
    "titles-are-not-names": ("kata Kompol Rudi Hartono .", "Kompol Rudi Hartono", "PERSON",
                             ("Rudi Hartono", "PERSON")),
    "named-by-their-noun": ("Pabrik itu merilis robot kecil bernama Kiko tahun ini .", "Kiko", "PERSON",
                            ("Kiko", "THING")),
}


def entity(sentence: str, text: str, label: str):
    doc = NLP.make_doc(sentence)
    start = sentence.index(text)
    span = doc.char_span(start, start + len(text), label=label)
    assert span is not None, (sentence, text)
    return doc, span


def test_every_rule_has_a_case():
    assert [rule.name for rule in RULES] == list(CASES)


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_rule(rule):
    sentence, text, label, expected = CASES[rule.name]
    doc, span = entity(sentence, text, label)
    got = rule.apply(doc, span)
    assert (None if got is None else (got.text, got.label_)) == expected


@pytest.mark.parametrize(("sentence", "text", "name"), [
    ("kata Kombes Pol Hendra Gunawan .", "Kombes Pol Hendra Gunawan", "Hendra Gunawan"),
    ("kata Plh Danramil Yusuf Maulana .", "Plh Danramil Yusuf Maulana", "Yusuf Maulana"),
    ("ujar Bripda Sinta Dewi .", "Bripda Sinta Dewi", "Sinta Dewi"),
])
def test_ranks_and_acting_offices_are_not_part_of_names(sentence, text, name):
    doc, span = entity(sentence, text, "PERSON")
    assert decide(doc, span).text == name


@pytest.mark.parametrize(("sentence", "text", "expected"), [
    ("Ia diganti ( Hendra 75 ' ) pada babak kedua .", "Hendra 75", ("Hendra", "PERSON")),
    ("Ia bermain untuk Schalke 04 dulu .", "Schalke 04", ("Schalke 04", "ORG")),
    ("Ponsel Galaxy S6 Edge dijual murah .", "Galaxy S6 Edge", None),
    ("Tablet itu memakai prosesor Atom X7 dan Bluetooth 4.0 .", "Atom X7", None),
    ("Tablet itu memakai prosesor Atom X7 dan Bluetooth 4.0 .", "Bluetooth 4.0", None),
    ("Menurut Google , S6 Edge punya celah .", "Edge", None),
    ("Pandemi Covid-19 belum usai .", "Covid", None),
    ("Pukul 10.00 Budi Santoso tiba .", "Budi Santoso", ("Budi Santoso", "PERSON")),
])
def test_a_minute_after_a_name_is_cut_a_number_in_a_name_makes_a_club_a_code_a_product(sentence, text, expected):
    doc, span = entity(sentence, text, "PERSON")
    got = decide(doc, span)
    assert (None if got is None else (got.text, got.label_)) == expected


def test_a_plain_name_passes_every_rule():
    doc, span = entity("kata Rudi Hartono kepada wartawan .", "Rudi Hartono", "PERSON")
    kept = decide(doc, span)
    assert (kept.text, kept.label_) == ("Rudi Hartono", "PERSON")


def test_the_lexicon_does_not_contradict_itself():
    assert HEADS_WITH_DAN <= INSTITUTION_HEADS  # the "dan" scan starts from a head: others are unreachable
    assert not NAME_OPENING_TITLES & HONORIFICS  # a title kept in a name is not stripped from it


# story rules: (story, entity, label, what the rule makes of it); the story is what the rule reads
STORY_CASES = {
    "words-are-not-names": [
        # a word that opens a sentence and that the story writes in lower case elsewhere
        ("Senyum itu hilang . Ia tak lagi bisa tersenyum , senyum pun pudar .", "Senyum", "PERSON", None),
        # a common word opening a quote, never written in lower case in this story
        ('" Nasib saya buruk , " katanya .', "Nasib", "PERSON", None),
        # a headline's words
        ("Hadirkan Konten Positif\nSitus itu tumbuh .", "Hadirkan Konten Positif", "ORG", None),
        # a name the story capitalises inside a sentence stays, even if it is also a word
        ("Pertemuan dengan Bunga berlangsung lama . Bunga tersenyum .", "Bunga", "PERSON", ("Bunga", "PERSON")),
        # a word opening a sentence alone that is usually written in lower case ("penelitian": 87%)
        ("Hasilnya baik .\nPenelitian menunjukkan hal itu .", "Penelitian", "ORG", None),
        # ... but a given name stays ("putri" is a word 81% of the time)
        ("Hasilnya baik .\nPutri menunjukkan hal itu .", "Putri", "PERSON", ("Putri", "PERSON")),
        # a passive verb opening a quote, slang the raw text never saw
        ('" Dipelototin saja dia , " katanya .', "Dipelototin", "ORG", None),
    ],
    "names-hold-no-words": [
        ("Sebelumnya Dewi Lestari juga mengaku senang .", "Sebelumnya Dewi Lestari", "PERSON",
         ("Dewi Lestari", "PERSON")),
        ("Mungkinkah Jose Mourinho bertahan ?", "Mungkinkah Jose Mourinho", "PERSON", ("Jose Mourinho", "PERSON")),
        ("Kepergok Jalan dengan Pria Muda , Rina Nose Kena Semprot\nIa kena semprot .", "Rina Nose Kena Semprot",
         "PERSON", ("Rina Nose", "PERSON")),
        ("Wajah Madrid berubah musim ini .", "Wajah Madrid", "ORG", ("Madrid", "ORG")),
    ],
}


def test_every_story_rule_has_cases():
    assert [rule.name for rule in STORY_RULES] == list(STORY_CASES)


@pytest.mark.parametrize(("rule", "case"), [(r, c) for r in STORY_RULES for c in STORY_CASES[r.name]],
                         ids=[f"{r.name}-{i}" for r in STORY_RULES for i in range(len(STORY_CASES[r.name]))])
def test_story_rule(rule, case):
    story, text, label, expected = case
    doc, span = entity(story, text, label)
    got = rule.apply(doc, span, StoryCase.of(doc))
    assert (None if got is None else (got.text, got.label_)) == expected


@pytest.mark.parametrize(("sentence", "found"), [
    ("Kabar itu dilansir ESPN pada Kamis .", ["ESPN"]),
    ("Seperti dikutip dari laman resmi Billboard , lagu itu rilis pekan depan .", ["Billboard"]),
    ("Data itu dilaporkan kantor berita Yonhap News kemarin .", ["Yonhap News"]),
    ("Harga saham naik , dinukil dari situs people.com .", ["people.com"]),
    ("Menurut Budi , harga akan turun .", []),  # "menurut" and a person: left to the model
    ("Menurut laman Marca , ia akan pindah .", ["Marca"]),
    ("Mengutip kantor berita setempat , Khaosod , pria itu ditangkap .", ["Khaosod"]),  # described, then named
    ("Menurut data yang dikutip dari situs Sofascore Andi bermain 12 kali .", ["Sofascore"]),  # a given name ends it
])
def test_cited_sources_are_organisations(sentence, found):
    doc = NLP.make_doc(sentence)
    assert [doc[a:b].text for a, b in _cited_sources(doc)] == found


@pytest.mark.parametrize(("sentence", "found"), [
    ("Ia bermain untuk klub Eredivisie musim lalu .", ["Eredivisie"]),
    ("Dana itu untuk platform Zilingo di Asia .", ["Zilingo"]),
    ("Sinyal dari operator Boost Mobile melemah .", ["Boost Mobile"]),
    ("Ada enam startup Indonesia yang terpilih .", []),  # a place after the group word says where from
    ("Ia melatih klub Belanda , Vitesse , musim lalu .", ["Vitesse"]),  # where from, then the name
    ("Ia bermain untuk klub Spanyol , Jakarta , dan Bali .", []),  # a list of places, not a club's name
    ("Pelatih asal klub Belanda , Budi Santoso , datang .", []),  # a person in apposition, not the club
    ("Film itu tayang di jaringan bioskop Cinepolis pekan depan .", ["Cinepolis"]),  # cinemas and media
    ("Laga itu disiarkan stasiun televisi Kompas TV malam ini .", ["Kompas TV"]),
    ("Tim itu kalah lagi .", []),
])
def test_a_name_after_a_group_word_is_the_group(sentence, found):
    doc = NLP.make_doc(sentence)
    assert [doc[a:b].text for a, b in _named_groups(doc)] == found


def tagged(sentence: str, ents: dict[str, str]):
    doc = NLP.make_doc(sentence)
    spans = []
    for text, label in ents.items():
        start = sentence.index(text)
        spans.append(doc.char_span(start, start + len(text), label=label))
    doc.ents = spans
    return doc


def test_people_in_a_list_of_people():
    """A line-up: names the model left out, cut short or took for places are people; a venue and a
    day stay out, and a list of places gains nobody."""
    doc = tagged("Di Stadion Manahan , Senin , tampil Budi Raharjo , Wahyu Kurniawan , Dodi Al Fikri , Marta "
                 "dan Rizky Pratama .", {"Stadion Manahan": "LOC", "Budi Raharjo": "PERSON",
                                         "Wahyu Kurniawan": "PERSON", "Al Fikri": "PERSON", "Marta": "LOC",
                                         "Rizky Pratama": "PERSON"})
    assert sorted(s.text for s in names_in_lists(doc)) == ["Dodi Al Fikri", "Marta"]
    places = tagged("Peserta datang dari Eropa , Amerika , Asia dan Australia .",
                    {"Eropa": "LOC", "Amerika": "LOC", "Asia": "LOC"})
    assert names_in_lists(places) == []


def test_organisations_in_a_list_of_organisations():
    """Investors listed together are all organisations, whatever the model took one of them for."""
    doc = tagged("Pendanaan diikuti East Ventures , Gojek , Kinarya dan Sinar Mas Digital .",
                 {"East Ventures": "ORG", "Gojek": "ORG", "Kinarya": "PERSON", "Sinar Mas Digital": "ORG"})
    assert [(s.text, s.label_) for s in names_in_lists(doc)] == [("Kinarya", "ORG")]
    # a comma before the last item's "dan" (", dan") goes on with the same list
    doc = tagged("Pendanaan diikuti East Ventures , Gojek , Sinar Mas Digital , dan Kinarya .",
                 {"East Ventures": "ORG", "Gojek": "ORG", "Kinarya": "PERSON", "Sinar Mas Digital": "ORG"})
    assert [(s.text, s.label_) for s in names_in_lists(doc)] == [("Kinarya", "ORG")]


def test_a_one_word_person_paired_with_an_organisation_is_one():
    doc = tagged("Putaran itu dipimpin Qualgro dan MDI Ventures .", {"Qualgro": "PERSON", "MDI Ventures": "ORG"})
    assert [(s.text, s.label_) for s in names_in_lists(doc)] == [("Qualgro", "ORG")]
    # after a comma, a person of the organisation; a given name stays a person
    coach = tagged("ujar pelatih Persib , Alberts , kemarin .", {"Persib": "ORG", "Alberts": "PERSON"})
    assert names_in_lists(coach) == []
    pair = tagged("Kontrak diteken Bank Mandiri dan Wahyu .", {"Bank Mandiri": "ORG", "Wahyu": "PERSON"})
    assert names_in_lists(pair) == []


def test_people_named_again_where_the_model_missed_them():
    doc = tagged("Putri Diana tiba di London . Diana berbisik kepada Charles . Brilio tumbuh pesat . "
                 "Kabar Brilio beredar .", {"Putri Diana": "PERSON", "Charles": "PERSON", "Brilio": "PERSON"})
    # a given name of a person's name is found again; a single word that is no given name ("Brilio", a
    # company the model once took for a person) is not spread
    assert [s.text for s in people_named_again(doc, StoryCase.of(doc))] == ["Diana"]
    doc = tagged("Damayanti hadir . Menurut Damayanti R Sjarif , anak butuh zat besi .", {"Damayanti": "PERSON"})
    assert [s.text for s in people_named_again(doc, StoryCase.of(doc))] == ["Damayanti R Sjarif"]


def test_a_role_before_its_holders_employer_splits_them():
    """'CEO Kopi Senja Rina ...': the word between a role and a given name is where the role is held."""
    from clipper.extraction.entities.names import SHOWN
    from clipper.extraction.entities.rules import _split_off_employer

    doc, span = entity("kata CEO Senjakala Dewi Lestari kemarin .", "CEO Senjakala Dewi Lestari", "PERSON")
    assert [(s.text, s.label_, s.kb_id_) for s in _split_off_employer(doc, span)] == [
        ("Senjakala", "ORG", SHOWN), ("Dewi Lestari", "PERSON", "")]
    doc, span = entity("kata Direktur Budi Santoso Wijaya kemarin .", "Direktur Budi Santoso Wijaya", "PERSON")
    assert [s.text for s in _split_off_employer(doc, span)] == ["Direktur Budi Santoso Wijaya"]


def test_a_label_the_words_show_is_the_label_of_every_mention():
    """Tagged a person seven times by the model, but once after 'platform': an organisation."""
    from clipper.extraction.entities.merge import _one_label_per_name
    from clipper.extraction.entities.names import SHOWN

    doc = NLP.make_doc("Senjakala tumbuh . Senjakala untung . Di platform Senjakala , penjual banyak .")
    ents = [Span(doc, 0, 1, label="PERSON"), Span(doc, 3, 4, label="PERSON"),
            Span(doc, 8, 9, label="ORG", kb_id=SHOWN)]
    assert [e.label_ for e in _one_label_per_name(ents)] == ["ORG", "ORG", "ORG"]



def test_the_opening_words_of_an_organisation_the_words_show_name_it():
    from clipper.extraction.entities.merge import _one_label_per_name
    from clipper.extraction.entities.names import SHOWN

    doc = NLP.make_doc("Laga di markas Dynamo Kyiv berat . Serangan Dynamo cepat . Budi senang .")
    ents = [Span(doc, 3, 5, label="ORG", kb_id=SHOWN), Span(doc, 8, 9, label="PERSON"),
            Span(doc, 11, 12, label="PERSON")]
    assert [e.label_ for e in _one_label_per_name(ents)] == ["ORG", "ORG", "PERSON"]


def test_a_name_does_not_run_over_a_country_before_it():
    doc = tagged("Investor itu mendanai startup Singapura Kopiloka tahun lalu .", {"Singapura": "LOC",
                                                                                   "Kopiloka": "PERSON"})
    from clipper.extraction.entities.rules import whole_names

    assert [(e.text, e.label_) for e in whole_names(doc).ents] == [("Singapura", "LOC"), ("Kopiloka", "PERSON")]


def test_a_name_runs_back_over_a_first_name_after_a_comma_but_not_over_a_sentence_opening():
    from clipper.extraction.entities.rules import whole_names

    doc = tagged("Menurut Masrukhan , itu benar , kata Ketua DPW PPP Jateng , Masrukhan Syamsurie , di Semarang .",
                 {"Masrukhan": "PERSON", "Syamsurie": "PERSON"})
    assert [e.text for e in whole_names(doc).ents] == ["Masrukhan", "Masrukhan Syamsurie"]
    # after a role or an occupation, capitalised where it opens the sentence
    doc = tagged("Jakarta - Penyanyi Sinta Maharani resmi bercerai .", {"Maharani": "PERSON"})
    assert [e.text for e in whole_names(doc).ents] == ["Sinta Maharani"]
    # an office opening a list's next item is no first name
    doc = tagged("Hadir Kapolri Bambang Danuri , Menkumham Andi Matalata .", {"Bambang Danuri": "PERSON",
                                                                             "Andi Matalata": "PERSON"})
    assert [e.text for e in whole_names(doc).ents] == ["Bambang Danuri", "Andi Matalata"]
    doc = tagged("Hujan turun . Kemarin Syamsurie datang .", {"Syamsurie": "PERSON"})
    assert [e.text for e in whole_names(doc).ents] == ["Syamsurie"]


@pytest.mark.parametrize(("sentence", "text", "label", "expected"), [
    ("Warga melihat seorang pria bernama Yoga Pratama di sana .", "Yoga Pratama", "ORG", "PERSON"),
    ("Ia membuka usaha kecil bernama Dapur Bunda di Bekasi .", "Dapur Bunda", "PERSON", "ORG"),
    ("Ia menjual sepeda di sebuah toko sepeda bernama Roda Mas .", "Roda Mas", "PERSON", "ORG"),  # the head noun
    ("Ia datang lagi . Toko bernama Roda Mas itu ramai .", "Roda Mas", "PERSON", "ORG"),  # opening a sentence
    ("Ada sebuah aplikasi bernama Titipin yang ramai .", "Titipin", "PERSON", "THING"),  # classifier and noun
    ("Mereka menemukan seekor kucing bernama Oyen .", "Oyen", "PERSON", "THING"),
    ("Para pengungsi dipindah ke pulau bernama Sapudi Kecil .", "Sapudi Kecil", "PERSON", "LOC"),
    ("Ia bertemu teman lama bernama Sukamaju .", "Sukamaju", "LOC", "LOC"),  # no noun of a known kind: unchanged
])
def test_a_name_after_a_naming_verb_is_of_the_kind_of_the_noun(sentence, text, label, expected):
    doc, span = entity(sentence, text, label)
    assert decide(doc, span).label_ == expected


def test_a_thing_the_story_names_is_no_entity_anywhere_in_it():
    from clipper.extraction.entities.rules import not_entities

    doc = tagged("Intel membuat komputer mini bernama Kubus . Kubus punya sensor suhu .",
                 {"Intel": "ORG", "Kubus": "PERSON"})
    doc.ents = [*doc.ents, doc.char_span(doc.text.rindex("Kubus"), doc.text.rindex("Kubus") + 5, label="PERSON")]
    assert [(e.text, e.label_) for e in not_entities(doc).ents] == [("Intel", "ORG")]


@pytest.mark.parametrize(("sentence", "office", "holder"), [
    ("kata Kepala Dinas Perhubungan Provinsi NTB Rahmat Hidayat kepada wartawan .",
     "Dinas Perhubungan Provinsi NTB", "Rahmat Hidayat"),
    ("ujar Direktur Pemasaran Sinar Ventures Dewi Anggraini di Bandung .", "Direktur Pemasaran Sinar Ventures",
     "Dewi Anggraini"),
    ("Kepala Dinas Pendidikan DKI Jakarta hadir .", "Dinas Pendidikan DKI Jakarta", None),  # a place ends it
    ("Direktur Bank BRI Syariah hadir .", "Bank BRI Syariah", None),  # one word, no given name: the office's
    ("Dinas Perhubungan Provinsi NTB Rahmat Hidayat", "Dinas Perhubungan Provinsi NTB Rahmat Hidayat", None),  # no role
])
def test_an_office_after_a_role_runs_on_into_its_holder(sentence, office, holder):
    from clipper.extraction.entities.institutions import _built_names, _office_holders

    doc = NLP.make_doc(sentence)
    offices, holders = _office_holders(doc, _built_names(doc))
    assert office in [doc[a:b].text for a, b in offices]
    assert [h.text for h in holders] == ([holder] if holder else [])


@pytest.mark.parametrize(("sentence", "text", "expected"), [
    ("Bos Tokopedia itu menolak berkomentar .", "Tokopedia", ("Tokopedia", "ORG")),
    ("Pemain Jepang ini tampil apik .", "Jepang", ("Jepang", "LOC")),  # a country: where the player is from
    ("Menurut pelatih Budi Santoso itu , timnya siap .", "Budi Santoso", ("Budi Santoso", "PERSON")),  # a given name
    ("Kakak Raoul Salim ini jatuh cinta .", "Raoul Salim", ("Raoul Salim", "PERSON")),  # kin: the person's own
    ("Mantan Camat Karangrejo ini tersenyum .", "Karangrejo", ("Karangrejo", "LOC")),  # a region's office
    ("Ikan itu tangkapan warga Tanjung Pasir tersebut .", "Tanjung Pasir", ("Tanjung Pasir", "LOC")),
    ("Striker Persikabo tampil apik .", "Striker Persikabo", ("Striker Persikabo", "PERSON")),  # no demonstrative
])
def test_a_name_between_a_role_and_a_demonstrative_is_the_roles_employer(sentence, text, expected):
    from clipper.extraction.entities.rules import _employers_before_demonstratives

    doc, span = entity(sentence, text, "PERSON")
    got = _employers_before_demonstratives(doc, span)
    assert (got.text, got.label_) == expected


def test_a_listed_organisation_over_the_models_person_is_the_organisation():
    """'San Antonio Spurs' is in the organisation lists: the model's "Antonio Spurs" person, and its
    "San" beside it, become the club; a listed place the model calls a place stays a place."""
    from clipper.extraction.entities.institutions import _listed_organisations

    doc = tagged("Laga San Antonio Spurs melawan tim tamu berakhir .", {"San": "ORG", "Antonio Spurs": "PERSON"})
    assert [doc[a:b].text for a, b in _listed_organisations(doc)] == ["San Antonio Spurs"]
    doc = tagged("Laga Houston Rockets berakhir .", {"Houston Rockets": "LOC"})
    assert _listed_organisations(doc) == []
    doc = tagged("Ia dan Kevin Durant ( Houston Rockets ) menang .", {"Kevin Durant": "PERSON"})
    assert [doc[a:b].text for a, b in _listed_organisations(doc)] == ["Houston Rockets"]


def test_a_person_does_not_run_over_the_outlet_cited_before_it():
    from clipper.extraction.entities.model import load_pipeline

    doc = load_pipeline()("Menurut data yang dikutip dari situs Sofascore Andi Pratama bermain 12 kali musim ini .")
    assert ("Sofascore", "ORG") in [(e.text, e.label_) for e in doc.ents]
    assert not any("Sofascore" in e.text and e.label_ == "PERSON" for e in doc.ents)


@pytest.mark.parametrize("sentence", ["Dilansir hipwee.com , Jumat ( 5/5 ) , aturan itu berlaku .",
                                      "Harga saham naik , seperti dikutip dari situs katadata.co.id kemarin ."])
def test_a_site_cited_by_its_address_is_an_organisation(sentence):
    """No capital in it, and no word of the story either: the address names the outlet."""
    from clipper.extraction.entities.model import load_pipeline

    site = next(w for w in sentence.split() if "." in w and w[0].islower())
    assert (site, "ORG") in [(e.text, e.label_) for e in load_pipeline()(sentence).ents]


def test_a_league_named_like_a_funding_round_stays():
    from clipper.extraction.entities.rules import _funding_rounds_are_not_names

    doc, span = entity("Ia pindah ke klub Liga Seri A musim ini .", "Seri A", "ORG")
    assert _funding_rounds_are_not_names(doc, span) is span


def test_a_rank_ends_the_office_before_it():
    """'Humas Polda Riau Kombes Pol Sunarto': the office, then its holder, whom the rank announces."""
    from clipper.extraction.entities.institutions import _built_names

    doc = NLP.make_doc("kata Kepala Bidang Humas Kepolisian Daerah Riau Kombes Pol Sunarto Wibowo kemarin .")
    assert "Kepolisian Daerah Riau" in [doc[a:b].text for a, b in _built_names(doc)]
    assert not any("Sunarto" in doc[a:b].text for a, b in _built_names(doc))


def test_a_place_after_a_group_word_says_where_the_group_is_from():
    """"Inggris" alone is not listed ("Inggris Raya" is): the model's place of listed place words."""
    doc, span = entity("Ia melatih klub Inggris musim lalu .", "Inggris", "LOC")
    assert decide(doc, span).label_ == "LOC"


@pytest.mark.parametrize(("sentence", "found"), [
    ("Di Desa Sukamaju , Kabupaten Garut , Wati Suryani ( 54 ) ditemukan tewas .", ["Wati Suryani"]),
    ("Pelaku , Joni ( 35 ) , warga Bekasi , ditangkap .", ["Joni"]),
    ("Skor ( 2 ) tidak berubah .", []),  # one word opening a sentence: a bracketed number, not an age
    ("Ia menembak sasaran ( 150 ) kali .", []),  # no age
])
def test_a_name_with_an_age_in_brackets_is_a_person(sentence, found):
    from clipper.extraction.entities.rules import _people_by_age

    assert [s.text for s in _people_by_age(NLP.make_doc(sentence))] == found


def test_an_english_institution_name_runs_over_its_of():
    from clipper.extraction.entities.institutions import _built_names

    doc = NLP.make_doc("Gugatan itu diajukan Yayasan Legal Aid Foundation of Jakarta kemarin .")
    assert "Yayasan Legal Aid Foundation of Jakarta" in [doc[a:b].text for a, b in _built_names(doc)]


@pytest.mark.parametrize("sentence", ["Petenis Inggris , Andy Murray , menang lagi .",
                                      "Gol itu lahir dari kesalahan gelandang Roma , yang lalu dihukum ."])
def test_a_team_position_or_an_athlete_cues_no_person(sentence):
    """The name after one is as often the club's or the country's as the player's."""
    from clipper.extraction.entities.rules import people_by_title

    doc = people_by_title(NLP.make_doc(sentence))
    assert not any(e.text in ("Inggris", "Roma") for e in doc.ents)


@pytest.mark.parametrize(("sentence", "text"), [("Agar tidak bobol selama Ramadan , catat belanja .", "Ramadan"),
                                              ("Idul Fitri jatuh pada 1 Syawal tahun ini .", "Syawal")])
def test_a_month_of_the_islamic_calendar_is_no_name(sentence, text):
    doc, span = entity(sentence, text, "PERSON")
    assert decide(doc, span) is None


@pytest.mark.parametrize(("sentence", "text"), [("Penjualan Kia Motor turun tahun ini .", "Kia Motor"),
                                              ("Ia yakin , katanya dalam rilis Suzuki kemarin .", "Suzuki")])
def test_a_motor_company_and_a_press_releases_issuer_are_organisations(sentence, text):
    doc, span = entity(sentence, text, "PERSON")
    got = decide(doc, span)
    assert (got.text, got.label_) == (text, "ORG")


@pytest.mark.parametrize(("sentence", "text", "label", "expected"), [
    ("Mereka menikah di gereja Desa Lelema pada Sabtu .", "Desa Lelema", "ORG", ("Desa Lelema", "LOC")),
    ("Pesawat mendarat di Bandara Juanda .", "Bandara Juanda", "ORG", ("Bandara Juanda", "ORG")),
    ("Film itu tayang lewat BBC2 pekan depan .", "BBC2", "PERSON", ("BBC2", "ORG")),
])
def test_a_village_tagged_an_organisation_is_a_place_and_an_acronym_with_a_number_a_channel(
        sentence, text, label, expected):
    doc, span = entity(sentence, text, label)
    got = decide(doc, span)
    assert (got.text, got.label_) == expected


def test_a_thing_named_where_the_model_tagged_nothing_is_no_entity_where_it_is_named_again():
    from spacy.tokens import Span

    from clipper.extraction.entities.rules import not_entities

    doc = NLP.make_doc("Intel membuat komputer mini bernama Euclid . Euclid bisa mendeteksi suhu .")
    doc.ents = [Span(doc, 0, 1, label="ORG"), Span(doc, 7, 8, label="PERSON")]  # the second "Euclid" only
    assert [e.text for e in not_entities(doc).ents] == ["Intel"]
    doc = NLP.make_doc("Intel membuat komputer mini bernama Euclid . Intel Euclid bisa mendeteksi suhu .")
    doc.ents = [Span(doc, 0, 1, label="ORG"), Span(doc, 7, 9, label="PERSON")]  # with its maker's name
    assert [e.text for e in not_entities(doc).ents] == ["Intel"]


def test_a_known_place_left_after_lower_case_words_is_a_place():
    doc, span = entity("Startup berbasis cloud Singapura itu tumbuh .", "cloud Singapura", "ORG")
    got = decide(doc, span)
    assert (got.text, got.label_) == ("Singapura", "LOC")


def test_a_racing_circuit_is_a_place():
    doc, span = entity("Rossi menjajal Sirkuit Mandalika pekan lalu .", "Sirkuit Mandalika", "PERSON")
    got = decide(doc, span)
    assert (got.text, got.label_) == ("Sirkuit Mandalika", "LOC")
