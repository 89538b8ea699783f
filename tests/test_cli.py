"""The command line, through typer's runner and as a real subprocess."""

import json
import subprocess
import sys

from typer.testing import CliRunner

from clipper.cli import app
from tests.conftest import ROOT

SAMPLES = ROOT / "sample_articles"
ONE = str(SAMPLES / "001_2b9158f90e3cda6c.txt")
runner = CliRunner()
CLIPPER = [sys.executable, "-m", "clipper"]


def run(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


def test_one_input_gives_one_json_object():
    result = run("extract", ONE)
    assert result.exit_code == 0
    clipping = json.loads(result.stdout)
    assert clipping["outlet"] == "TEMPO.CO" and clipping["source"] == ONE


def test_a_folder_gives_json_lines_in_order():
    result = run("extract", str(SAMPLES))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [json.loads(line)["source"].rsplit("/", 1)[-1] for line in lines] == sorted(
        p.name for p in SAMPLES.glob("*.txt"))


def test_bad_inputs_are_reported_and_the_rest_goes_on(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run("extract", str(tmp_path / "missing.txt"), ONE, str(empty))
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1  # the good input still clipped
    errors = result.stderr.strip().splitlines()
    assert errors == [f"clipper: {tmp_path / 'missing.txt'}: no such file", f"clipper: {empty}: empty input"]


def test_output_file_and_json_array_format(tmp_path):
    out = tmp_path / "clips.json"
    result = run("extract", str(SAMPLES), "--format", "json", "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    data = json.loads(out.read_text())
    assert isinstance(data, list) and len(data) == 5
    assert not list(tmp_path.glob(".*.tmp"))  # no temporary file left behind


def test_stdin(tmp_path):
    result = run("extract", "-", input=(SAMPLES / "003_84e747b45bf6edbd.txt").read_text())
    assert result.exit_code == 0
    assert json.loads(result.stdout)["outlet"] == "CNN Indonesia"


def test_table_format():
    result = run("extract", str(SAMPLES), "--format", "table")
    assert result.exit_code == 0
    assert "5 clipping(s)" in result.stdout and "BeritaSatu.com" in result.stdout
    assert "Nan Zhang" in result.stdout  # the people column


def test_reference_date_resolves_relative_dates_of_an_undated_story():
    cnn = str(SAMPLES / "003_84e747b45bf6edbd.txt")  # prints no publication date
    def dates(*args):
        return {d["text"]: d["value"] for d in json.loads(run("extract", cnn, *args).stdout)["dates"]}

    assert dates()["hari ini"] is None  # no reference: no guess
    dated = dates("--reference-date", "2018-07-04")
    assert dated["hari ini"] == "2018-07-04" and dated["Rabu (4/7)"] == "2018-07-04"
    for typed in ("04/07/2018", "4-7-2018", "4 Juli 2018"):  # the forms Indonesians write a day in
        assert dates("--reference-date", typed)["hari ini"] == "2018-07-04"
    wrong = subprocess.run([*CLIPPER, "extract", cnn, "--reference-date", "07/31/2018"],  # month first
                           capture_output=True, text=True, timeout=60)
    assert wrong.returncode == 2 and wrong.stdout == ""
    assert wrong.stderr == ("clipper: Invalid value for --reference-date: '07/31/2018' is not a date: use "
                            "YYYY-MM-DD, DD/MM/YYYY or '4 Juli 2018' (see clipper extract --help)\n")


def test_usage_errors_exit_2():
    assert run("extract", ONE, "--format", "xml").exit_code == 2
    assert run("extract").exit_code == 2
    assert run("no-such-command").exit_code == 2


def test_schema_lists_every_field_of_a_clipping():
    schema = json.loads(run("schema").stdout)
    clipping = json.loads(run("extract", ONE).stdout)
    assert set(schema["required"]) == set(clipping) == set(schema["properties"])


def test_empty_folder_is_a_failure(tmp_path):
    result = run("extract", str(tmp_path))
    assert result.exit_code == 1
    assert "no article files in this folder" in result.stderr


def test_real_process_pipes_jsonl_and_keeps_errors_on_stderr():
    proc = subprocess.run([sys.executable, "-m", "clipper", "extract", str(SAMPLES), "/no/such.html"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert len([json.loads(line) for line in proc.stdout.splitlines()]) == 5
    assert proc.stderr.strip() == "clipper: /no/such.html: no such file"


def test_help_and_version_do_not_import_the_heavy_stack():
    code = ("import sys; from clipper.cli import app\n"
            "for args in (['--help'], ['--version'], ['extract', '--help']):\n"
            "    try: app(args)\n"
            "    except SystemExit: pass\n"
            "print(sorted(m for m in ('spacy', 'trafilatura', 'lxml', 'thinc') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip().splitlines()[-1] == "[]"


def test_a_decoding_fallback_is_a_warning_on_stderr_and_the_clipping_still_comes(tmp_path):
    broken = tmp_path / "broken.txt"
    data = (SAMPLES / "001_2b9158f90e3cda6c.txt").read_bytes()
    broken.write_bytes(data[:500] + b"\xff\xfe\xfa" + data[500:])
    proc = subprocess.run([sys.executable, "-m", "clipper", "extract", str(broken), "--no-entities"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["outlet"] == "TEMPO.CO"
    assert proc.stderr.strip() == f"clipper: warning: {broken}: invalid UTF-8: 1 byte sequence(s) replaced"
