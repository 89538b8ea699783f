"""clipper under hostile input and faults (issue 14), each finding reproduced for real: a local server
that drips, hangs or hangs up, a real SIGKILL of a worker, two real processes on one output, /dev/full
and a simulated ENOSPC. The subprocess timeouts are the hang detectors, not measurements."""

import errno
import gzip
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from clipper.batch import BatchConfig, run_batch
from clipper.errors import ExitStatus
from tests.conftest import ROOT, SAMPLES
from tests.test_output_safety import _children, clipper, folder_of_samples, jsonl

CLIPPER = [sys.executable, "-m", "clipper"]
ONE = ROOT / "sample_articles" / "001_2b9158f90e3cda6c.txt"
PARAGRAPHS = ONE.read_text(encoding="utf-8").replace("\n", "</p><p>")
PAGE = f"<html><body><article><p>{PARAGRAPHS}</p></article></body></html>"


def many(folder: Path, copies: int) -> Path:
    for i in range(copies):
        folder_of_samples(folder / f"d{i:02d}")
    return folder


def no_traceback(result) -> None:
    assert "Traceback" not in result.stderr, result.stderr


# 1. security


def test_an_out_dir_name_from_a_url_cannot_leave_the_folder(web, tmp_path):
    base, pages = web
    pages["/escape_victim/settings"] = (200, "text/html", PAGE.encode())
    victim = tmp_path / "escape_victim" / "settings.json"
    victim.parent.mkdir()
    victim.write_text("precious")
    out = tmp_path / "deep" / "er" / "clips"
    out.parent.mkdir(parents=True)
    url = f"{base}/x/../../../../escape_victim/settings"
    result = clipper("batch", url, "--out-dir", out, "--allow-private", "-q")
    assert result.returncode == 0, result.stderr
    assert victim.read_text() == "precious"
    made = [p for p in tmp_path.rglob("*.json") if p != victim]
    assert made and all(out in p.parents for p in made)


# 2-5. limits that fire


def test_a_page_of_200000_attributes_is_parsed_in_bounded_time(tmp_path):
    page = tmp_path / "attrs.html"
    attributes = " ".join(f'a{i}="x"' for i in range(200_000))
    page.write_text(f"<html><body {attributes}><article><p>{PARAGRAPHS}</p></article></body></html>")
    result = clipper("extract", page, "--no-entities", timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Tik Tok" in json.loads(result.stdout)["body"]


def test_extract_has_a_time_limit_too(tmp_path):
    page = tmp_path / "endless.html"
    page.write_text("<html><body><article>" + "<p>Hujan turun lagi di Jakarta hari ini, kata warga.</p>" * 200_000
                    + "</article></body></html>")
    result = clipper("extract", page, ONE, "--time-limit", "1", "--no-entities", timeout=120)
    assert result.returncode == 1
    assert result.stderr == f"clipper: {page}: extraction took longer than 1 s\n"
    assert json.loads(result.stdout)["source"] == str(ONE)  # the next input is still clipped


def test_a_worker_stuck_past_the_limit_is_killed_and_the_batch_goes_on(monkeypatch, tmp_path):
    import clipper.batch.pool as pool

    monkeypatch.setattr(pool, "GRACE", -0.5)  # the pool kills before the worker's own alarm: as in C code
    slow = tmp_path / "in" / "slow.html"
    slow.parent.mkdir()
    slow.write_text("<html><body><article>" + "<p>Hujan turun lagi di Jakarta hari ini, kata warga.</p>" * 150_000
                    + "</article></body></html>")
    folder_of_samples(tmp_path / "in")
    messages = []
    status, summary = run_batch(BatchConfig(sources=[str(tmp_path / "in")], output=str(tmp_path / "out.jsonl"),
                                            jobs=1, time_limit=1.0, progress=False), messages.append)
    assert status == ExitStatus.SOME_FAILED
    assert [m.text for m in messages] == [f"{slow}: extraction took longer than 1 s"]
    assert summary.clipped == len(SAMPLES)


def test_a_dripping_body_and_a_silent_server_time_out_on_the_deadline(web):
    base, _ = web
    for path in ("/drip", "/silent"):
        started = time.monotonic()
        result = clipper("extract", f"{base}{path}", "--timeout", "2", "--allow-private", timeout=20)
        assert result.returncode == 1 and result.stderr == f"clipper: {base}{path}: timed out after 2 s\n"
        assert time.monotonic() - started < 15  # the deadline, not the per-read timeout, ended it
    result = clipper("batch", f"{base}/silent", "--timeout", "2", "--retries", "2", "--allow-private", "-q",
                     timeout=20)  # retries share the deadline
    assert result.returncode == 1 and "timed out after 2 s" in result.stderr


@pytest.mark.slow
def test_dask_keeps_the_time_limit_and_an_unreachable_scheduler_leaves_nothing(tmp_path):
    pytest.importorskip("distributed")
    out = tmp_path / "out.jsonl"
    result = clipper("batch", ONE, "-o", out, "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9", timeout=60)
    assert result.returncode == 2 and result.stderr.startswith("clipper: cannot reach the dask scheduler")
    no_traceback(result)
    assert list(tmp_path.iterdir()) == []
    slow = tmp_path / "slow.html"
    slow.write_text("<html><body><article>" + "<p>Hujan turun lagi di Jakarta hari ini, kata warga.</p>" * 150_000
                    + "</article></body></html>")
    messages = []
    status, _ = run_batch(BatchConfig(sources=[str(slow), str(ONE)], output=str(out), jobs=1, engine="dask",
                                      scheduler="local", time_limit=1.0, progress=False), messages.append)
    assert status == ExitStatus.SOME_FAILED
    assert [m.text for m in messages if m.level == "error"] == [f"{slow}: extraction took longer than 1 s"]
    assert [c["source"] for c in jsonl(out)] == [str(ONE)]


# 6-11. nothing lost, duplicated or mangled


def test_a_worker_killed_mid_batch_costs_nothing(tmp_path):
    folder = many(tmp_path / "in", 30)
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen([*CLIPPER, "batch", folder, "-o", out, "-j", "2", "-q"], stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while (not out.exists() or len(out.read_bytes().splitlines()) < 10) and time.monotonic() < deadline:
        time.sleep(0.05)
    children = _children()
    workers = [w for server in children.get(proc.pid, []) for w in children.get(server, [])]  # the server's
    assert workers
    os.kill(workers[0], signal.SIGKILL)  # as the OOM killer would
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    sources = [c["source"] for c in jsonl(out)]
    assert len(sources) == len(set(sources)) == 30 * len(SAMPLES)


def test_a_second_run_on_the_same_output_is_refused_while_the_first_holds_it(tmp_path):
    folder = many(tmp_path / "in", 30)
    out = tmp_path / "out.jsonl"
    first = subprocess.Popen([*CLIPPER, "batch", folder, "-o", out, "-j", "1", "-q"], stderr=subprocess.PIPE,
                             text=True)
    deadline = time.monotonic() + 60
    while not (out.with_name("out.jsonl.journal").exists() and out.exists()) and time.monotonic() < deadline:
        time.sleep(0.05)
    second = clipper("batch", folder, "-o", out, "--resume", "-j", "1", "-q")
    assert second.returncode == 2
    assert second.stderr == f"clipper: {out.name}: another clipper run is writing it\n"
    _, err = first.communicate(timeout=180)
    assert first.returncode == 0, err
    sources = [c["source"] for c in jsonl(out)]
    assert len(sources) == len(set(sources)) == 30 * len(SAMPLES)


def test_a_full_device_is_one_line_naming_the_output():
    for command in (["extract", ONE, SAMPLES[1]], ["batch", ONE, "-j", "1", "-q"]):
        result = clipper(*command, "-o", "/dev/full")
        assert result.returncode == 1
        assert result.stderr.splitlines()[0] == "clipper: /dev/full: No space left on device"
        no_traceback(result)


def test_a_disk_that_fills_up_stops_the_run_and_resume_finishes_it(monkeypatch, tmp_path):
    import clipper.output.sinks as sinks

    folder = folder_of_samples(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    real_write, lines = sinks._write_all, []

    def filling(fd, data):
        if fd == getattr(filling, "fd", None) or len(lines) >= 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        lines.append(data)
        real_write(fd, data)

    monkeypatch.setattr(sinks, "_write_all", filling)
    messages = []
    config = BatchConfig(sources=[str(folder)], output=str(out), jobs=1, progress=False)
    status, _ = run_batch(config, messages.append)
    assert status == ExitStatus.SOME_FAILED
    assert [m.text for m in messages] == [f"{out}: No space left on device"]
    monkeypatch.setattr(sinks, "_write_all", real_write)
    config.resume = True
    assert run_batch(config, messages.append)[0] == ExitStatus.OK
    sources = [c["source"] for c in jsonl(out)]
    assert sorted(sources) == sorted(str(folder / s.name) for s in SAMPLES)


def test_a_multi_member_gzip_is_read_whole(tmp_path):
    text = ONE.read_text(encoding="utf-8")
    half = len(text) // 2
    cut = text.rfind("\n", 0, half)
    page = tmp_path / "two.txt.gz"
    page.write_bytes(gzip.compress(text[:cut].encode()) + gzip.compress(text[cut:].encode()))
    whole = json.loads(clipper("extract", ONE, "--no-entities").stdout)["body"]
    assert json.loads(clipper("extract", page, "--no-entities").stdout)["body"] == whole


def test_file_names_are_read_as_files_whatever_they_hold(tmp_path):
    odd = tmp_path / "a<b\nc.txt"
    shutil.copyfile(ONE, odd)
    result = clipper("extract", odd, "--no-entities")
    assert result.returncode == 0 and json.loads(result.stdout)["outlet"] == "TEMPO.CO"
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "ok.txt").write_bytes(ONE.read_bytes())
    with open(os.fsencode(folder) + b"/caf\xe9.txt", "wb") as fh:  # a Latin-1 name, not UTF-8
        fh.write(ONE.read_bytes())
    out = tmp_path / "out.jsonl"
    result = clipper("batch", folder, "-o", out, "-j", "1", "-q", "--no-entities")
    assert result.returncode == 0, result.stderr
    assert sorted(c["source"] for c in jsonl(out)) == [f"{folder}/caf\\xe9.txt", f"{folder}/ok.txt"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder")
def test_an_unreadable_subfolder_is_reported(tmp_path):
    folder = folder_of_samples(tmp_path / "in", 1)
    locked = folder / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        result = clipper("batch", folder, "-o", tmp_path / "out.jsonl", "-q", "-j", "1")
    finally:
        locked.chmod(0o755)
    assert result.returncode == 1 and f"clipper: {locked}: cannot read this folder" in result.stderr


def test_resume_over_garbage_lines_reports_them_and_goes_on(tmp_path):
    folder = folder_of_samples(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    assert clipper("batch", folder, "-o", out, "-q", "-j", "1", "--no-entities").returncode == 0
    with out.open("a") as fh:
        fh.write("this is no json\n{\"no\": \"source\"}\n")
    with out.with_name("out.jsonl.journal").open("a") as fh:
        fh.write("garbage\n")
    result = clipper("batch", folder, "-o", out, "--resume", "-q", "-j", "1", "--no-entities")
    assert result.returncode == 0
    no_traceback(result)
    assert f"{out}: line {len(SAMPLES) + 1} is not a clipping; left as it is" in result.stderr
    assert "is not a journal entry; skipped" in result.stderr
    assert len(out.read_text().splitlines()) == len(SAMPLES) + 2  # nothing added, nothing destroyed


# 12-15. one line for every mistake, and reasons a person can act on


def test_command_line_mistakes_are_one_line_each(tmp_path):
    result = clipper("batch", "http:///?x=1", "http://[::1/x", ONE, "-q", "-j", "1", "--no-entities")
    assert result.returncode == 1
    assert result.stderr.splitlines() == ["clipper: http:///?x=1: not a valid web address",
                                          "clipper: http://[::1/x: not a valid web address"]
    listing = tmp_path / "list.txt"
    listing.write_text('{"input": 5}\n')
    bad_list = clipper("batch", "--from", listing)
    assert bad_list.returncode == 2 and 'line 1 is JSON without a string "input"' in bad_list.stderr
    listing.write_bytes(b"caf\xe9.html\n")
    assert "not UTF-8 text" in clipper("batch", "--from", listing).stderr
    for args in (["extract", ONE, "-o", tmp_path], ["batch", ONE, "-o", tmp_path], ["batch", ONE, "--errors", tmp_path],
                 ["batch", ONE, "--out-dir", ONE]):
        result = clipper(*args)
        assert result.returncode == 2 and len(result.stderr.splitlines()) == 1, (args, result.stderr)
        no_traceback(result)


@pytest.mark.slow
def test_a_long_one_line_text_is_clipped_not_an_internal_error():
    from clipper import extract

    sentence = "Pemerintah Kota Surabaya menambah jumlah bus sekolah gratis, kata Budi Santoso dari dinas. "
    clipping = extract(sentence * 12_000)  # 1.1 million characters on one line: past spaCy's own limit
    assert [p.name for p in clipping.people] == ["Budi Santoso"]


def test_ctrl_c_early_never_prints_a_traceback(tmp_path):
    folder = many(tmp_path / "in", 20)
    for delay in (0.0, 0.15, 0.45):
        out = tmp_path / f"o{delay}.jsonl"
        proc = subprocess.Popen([*CLIPPER, "batch", folder, "-o", out, "-j", "2", "-q"],
                                stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60  # the run is under way (its journal made), however slow the start
        while not out.with_name(out.name + ".journal").exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(delay)  # then while the pool starts its workers, and while they clip
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 130 and "Traceback" not in err, err


def test_reasons_a_person_can_act_on(web, tmp_path):
    from clipper import ClipperError, extract
    from clipper.input.decode import decode

    base, _ = web
    result = clipper("extract", f"{base}/to-file", "--allow-private")
    assert result.stderr == f"clipper: {base}/to-file: not a valid web address (or a redirect to one that is not)\n"
    result = clipper("extract", f"{base}/hang-up", "--allow-private")
    assert result.stderr == f"clipper: {base}/hang-up: connection failed\n"
    text = ONE.read_text(encoding="utf-8")
    assert decode(text.encode("utf-16-le"), "x")[0] == text  # UTF-16 without a byte-order mark
    with_nul = text[:100] + "\x00" + text[100:]
    assert decode(with_nul.encode(), "x")[0] == text
    damaged = b"\xff".join([("Kafé “baru” di Jakarta, kata warga. ").encode()] * 3001)  # 3,000 bad bytes
    assert decode(damaged, "x")[1] == "invalid UTF-8: 3000 byte sequence(s) replaced"
    for wrong in (None, 5):
        with pytest.raises(TypeError, match="a path, a URL, text or HTML"):
            extract(wrong)
    with pytest.raises(ClipperError, match="empty input"):
        extract("")
