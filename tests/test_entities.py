"""People, organisations and places in clippings, and the shipped NER model itself."""

import subprocess
import sys
import zipfile

import pytest

from clipper import extract
from tests.conftest import ROOT, SHARED

S = ROOT / "sample_articles"


def entry(entries: list[dict], name: str) -> dict:
    found = [e for e in entries if e.name == name or name in e.aliases]
    assert len(found) == 1, f"{name!r} in {[e.name for e in entries]}"
    return found[0]


@pytest.fixture(scope="module")
def clips():
    return {p.name[:3]: extract(p) for p in sorted(S.glob("*.txt"))}


def test_short_forms_join_the_full_name(clips):
    liu = entry(clips["003"].people, "Zhen Liu")
    assert "Liu" in liu.aliases and liu.mentions >= 3
    assert "Rudi" in entry(clips["003"].people, "Rudiantara").aliases


def test_roles_come_from_titles_and_appositions(clips):
    assert "Menteri Komunikasi dan Informatika" in entry(clips["000"].people, "Rudiantara").roles
    assert "Sekretaris Kementerian PPA" in entry(clips["000"].people, "Pribudiarta N. Sitepu").roles
    assert "Ketua KPAI" in entry(clips["004"].people, "Susanto").roles


def test_acronyms_and_ministry_abbreviations_are_one_organisation(clips):
    kpai = entry(clips["002"].organizations, "Komisi Perlindungan Anak Indonesia")
    assert "KPAI" in kpai.aliases
    kominfo = entry(clips["000"].organizations, "Kementerian Komunikasi dan Informatika")
    assert "Kemkominfo" in kominfo.aliases


def test_the_name_a_person_goes_by_joins_them():
    # liputan6: "Pria yang akrab disapa Dani ini" is Muhammad Buldansyah, not "(Tri)", the company
    text = ("Liputan6.com, Jakarta - Hal ini diungkapkan oleh Muhammad Buldansyah, Wakil Presiden Direktur PT "
            "Hutchison 3 Indonesia (Tri), saat melakukan media visit ke kantor redaksi Liputan6.com.\n\n"
            "Pria yang akrab disapa Dani ini mengatakan demikian mengingat Indonesia merupakan pasar layanan data.")
    assert "Dani" in entry(extract(text.encode()).people, "Muhammad Buldansyah").aliases


def test_two_parts_of_one_name_apart_in_a_sentence_are_two_people():
    """The daughter goes by her given name, her mother by the surname they share."""
    text = ("Jakarta - Lily Anne Parker, gadis cilik asal Texas, Amerika Serikat, memikat hati jutaan warganet.\n\n"
            "Dari situlah, Parker sang ibu mulai memotret Lily setiap pagi dengan gaya tokoh terkenal.\n\n"
            "“Setiap foto yang saya buat untuk proyek ini sangat berharga bagi kami berdua,” ujar Parker.")
    clip = extract(text.encode())
    assert entry(clip.people, "Lily Anne Parker").aliases == ["Lily"]
    assert entry(clip.people, "Parker").aliases == []
    assert [q.speaker for q in clip.quotes] == ["Parker"]


def test_an_alias_in_the_same_sentence_is_the_same_person():
    text = ("Jakarta - Polisi menangkap Faisal Rahman alias Komeng di rumahnya. Faisal alias Komeng tidak melawan "
            "saat ditangkap.")
    assert len(extract(text.encode()).people) == 1


def test_a_known_nickname_alone_is_named_as_the_person():
    text = "Jakarta - Presiden Jokowi meresmikan jalan tol itu. Jokowi mengatakan proyek itu selesai tepat waktu."
    jokowi = entry(extract(text.encode()).people, "Joko Widodo")
    assert jokowi.aliases == ["Jokowi"] and jokowi.mentions == 2


def test_a_hyphenated_ticket_names_both_people():
    # liputan6: "Jokowi-JK memiliki program membangun sejuta rumah"
    text = ("Liputan6.com, Jakarta - Wakil Presiden Jusuf Kalla meninjau perumahan dari udara. Jokowi-JK memiliki "
            "program membangun sejuta rumah untuk masyarakat berpenghasilan rendah.")
    people = extract(text.encode()).people
    assert "JK" in entry(people, "Jusuf Kalla").aliases
    assert entry(people, "Joko Widodo").aliases == ["Jokowi"]


def test_an_acronym_aside_inside_an_institutions_name():
    # kompas: "Pengadilan Negeri (PN) Lhoksukon", later "PN Lhoksukon"; the aside is not part of the name
    text = ("LHOKSEUMAWE, KOMPAS.com - Komeng dibawa ke Pengadilan Negeri (PN) Lhoksukon, Aceh Utara, untuk "
            "diperiksa sebagai saksi. Berkas perkaranya sudah diterima PN Lhoksukon pekan lalu.")
    court = entry(extract(text.encode()).organizations, "Pengadilan Negeri Lhoksukon")
    assert court.aliases == ["PN Lhoksukon"]


def test_offices_and_the_dateline_are_not_entities(clips):
    for clip in clips.values():
        names = {n for e in clip.people + clip.organizations for n in (e.name, *e.aliases)}
        assert not names & {"Menkominfo", "Liputan6.com", "TEMPO.CO", "CNN Indonesia"}
        assert not set(clip.authors) & {e.name for e in clip.people}  # bylines stay in authors


def test_entities_can_be_left_out():
    from clipper import Options

    clip = extract(S / "003_84e747b45bf6edbd.txt", Options(entities=False))
    assert clip.people == clip.organizations == clip.locations == []


@pytest.mark.skipif(not (SHARED / "data" / "ner" / "nerui").exists(), reason="NER corpora not found")
def test_evaluation_gate_on_ner_ui(monkeypatch):
    """The shipped statistical model must not fall below its current NER UI score (fold 1 test, micro F1,
    exact spans). The issue's target is 0.88, not reached yet; this gate guards the level reached so
    far, so a model or tokenizer change that loses accuracy fails CI."""
    import importlib.util

    monkeypatch.syspath_prepend(str(ROOT / "bench"))  # as when run as a script: bench/paths.py beside it
    spec = importlib.util.spec_from_file_location("bench_ner", ROOT / "bench" / "ner.py")
    bench_ner = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench_ner)

    from clipper.extraction.entities.model import load_pipeline
    from clipper.extraction.entities.rules import COMPONENTS

    nlp = load_pipeline()
    with nlp.select_pipes(disable=list(COMPONENTS)):
        result = bench_ner.evaluate(nlp, "nerui")
    assert result["micro"][2] >= 0.83


def test_the_tokenizer_built_from_code_is_the_one_the_model_was_trained_with():
    """load() builds the tokenizer from tokenizer.py instead of reading the model folder's copy."""
    import spacy

    from clipper.extraction.entities.model import load_pipeline, model_path

    saved = spacy.blank("id").tokenizer.from_disk(model_path() / "tokenizer")
    assert load_pipeline().tokenizer.to_bytes(exclude=["vocab"]) == saved.to_bytes(exclude=["vocab"])


def test_model_loads_from_the_installed_package(tmp_path):
    """Build the wheel, install it apart from the source tree, and load the model from there."""
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                    str(tmp_path), str(ROOT)], check=True, capture_output=True)
    wheel = next(tmp_path.glob("clipper-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "clipper/models/ner/meta.json" in names
    assert {f"clipper/indonesian/data/{n}.txt" for n in ("common_words", "places", "given_names", "organisations")} \
        <= set(names)
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    code = (
        "import sys\n"
        "sys.meta_path = [f for f in sys.meta_path if 'editable' not in repr(f).lower()]\n"
        f"sys.path.insert(0, {str(target)!r})\n"
        "import clipper\n"
        "from clipper.extraction.entities.model import load_pipeline, model_path\n"
        f"assert clipper.__file__.startswith({str(target)!r}), clipper.__file__\n"
        f"assert str(model_path()).startswith({str(target)!r})\n"
        "doc = load_pipeline()('Menteri Komunikasi dan Informatika Rudiantara bertemu Zhen Liu di Maroko.')\n"
        "print(sorted({e.label_ for e in doc.ents}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "PERSON" in out.stdout


def test_a_name_used_as_a_place_is_one_place_and_a_cited_outlet_an_organisation():
    """Story-level decisions, on a story written for the test: the label most mentions of a name
    have wins, a known country is a place, an outlet after "dilansir" is an organisation."""
    text = ("Jakarta - Tim nasional akan bertanding di Doha pekan depan. Pelatih Shin Tae-yong membawa 23 "
            "pemain ke Qatar, dilansir ESPN. Menurut Shin, cuaca di Doha panas dan pemain harus beradaptasi "
            "sejak hari pertama. Doha juga menjadi tuan rumah laga sebelumnya, kata dia kepada wartawan.")
    clip = extract(text.encode())
    places = {p.name for p in clip.locations}
    assert {"Doha", "Qatar"} <= places
    assert "Doha" not in {p.name for p in clip.people}
    assert "ESPN" in {o.name for o in clip.organizations}


def test_a_birth_name_the_story_gives_joins_the_person():
    text = ("Jakarta - Penyanyi Dewi Persik hadir di pengadilan pada Senin pagi bersama pengacaranya. "
            "Pemilik nama asli Dewi Murya Agung ini datang mengenakan baju merah dan menjawab pertanyaan "
            "wartawan dengan singkat sebelum masuk ke ruang sidang.")
    people = extract(text.encode()).people
    dewi = entry(people, "Dewi Persik")
    assert "Dewi Murya Agung" in [dewi.name, *dewi.aliases]


def test_a_nickname_in_brackets_joins_the_person_and_di_before_a_platform_is_no_particle():
    text = ("Jakarta - Mantan anggota DPR Angelina Sondakh (Angie) bebas dari penjara pada Kamis pagi setelah "
            "menjalani hukuman. Angie langsung menemui keluarganya di rumah. Sementara itu, aktris Dian Sastro "
            "menulis ucapan selamat. Ucapan Dian di Instagram itu disukai ribuan pengikutnya.")
    people = extract(text.encode()).people
    assert "Angie" in entry(people, "Angelina Sondakh").aliases
    assert "Dian di Instagram" not in {p.name for p in people}


@pytest.mark.parametrize("cache_words", [200_000, 40])  # 40: the table starts again within a story
def test_the_word_cache_gives_the_rows_the_layers_give(monkeypatch, cache_words):
    """The tok2vec's embedding served from the per-word cache is bitwise the one its layers compute
    for the whole doc, for words met before and words new to it, across several stories."""
    import numpy
    from thinc.layers.chain import forward as chain_forward

    from clipper.extraction.entities import features
    from clipper.extraction.entities.model import load, model_path

    monkeypatch.setattr(features, "CACHE_WORDS", cache_words)
    nlp = load(model_path())  # a fresh model: a fresh cache
    embed = nlp.get_pipe("tok2vec").model.layers[0]
    stories = [p.read_text(encoding="utf-8")[:2000] for p in sorted((ROOT / "sample_articles").glob("*.txt"))]
    for story in stories + stories[:2]:
        doc = nlp.make_doc(story)
        (cached,), _ = embed([doc], is_train=False)
        (computed,), _ = chain_forward(embed, [doc], False)
        assert cached.shape == computed.shape and numpy.array_equal(cached, computed)


def test_a_training_step_empties_the_word_cache():
    """spaCy evaluates between training steps: rows kept from before a step would be stale."""
    import numpy
    from thinc.layers.chain import forward as chain_forward

    from clipper.extraction.entities.model import load, model_path

    nlp = load(model_path())
    embed = nlp.get_pipe("tok2vec").model.layers[0]
    doc = nlp.make_doc("Menteri Keuangan Sri Mulyani bertemu Joko Widodo di Jakarta.")
    embed([doc], is_train=False)  # the table now holds these words
    embed([doc], is_train=True)  # a step; then the optimizer changes the weights
    maxout = next(layer for layer in embed.walk() if layer.name == "maxout")
    maxout.set_param("W", maxout.get_param("W") * 1.5)
    (cached,), _ = embed([doc], is_train=False)
    (computed,), _ = chain_forward(embed, [doc], False)
    assert numpy.array_equal(cached, computed)
