"""Batch runs for real: worker processes, malformed inputs, SIGKILL and resume, Ctrl-C, URLs, Dask."""

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
from clipper.options import Options
from tests.conftest import ROOT, SAMPLES

CLIPPER = [sys.executable, "-m", "clipper"]


def corpus(folder: Path, copies: int) -> list[Path]:
    """`copies` renamed copies of each sample article, in sub-folders."""
    paths = []
    for i in range(copies):
        sub = folder / f"day{i % 3}"
        sub.mkdir(parents=True, exist_ok=True)
        for sample in SAMPLES:
            target = sub / f"{i:04d}_{sample.name}"
            shutil.copyfile(sample, target)
            paths.append(target)
    return paths


def lines_of(path: Path) -> list[dict]:
    raw = path.read_bytes()
    assert not raw or raw.endswith(b"\n"), "a truncated last line"
    return [json.loads(line) for line in raw.decode().splitlines()]


def run(config: BatchConfig):
    failures = []
    status, summary = run_batch(config, on_message=lambda m: failures.append(m.text) if m.level == "error" else None)
    return status, summary, failures


def test_malformed_inputs_fail_alone_and_go_to_the_error_file(tmp_path):
    good = corpus(tmp_path / "in", 2)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "scan.html").write_bytes(b"%PDF-1.7 binary")
    (tmp_path / "in" / "nav.html").write_text("<html><body><ul><li><a href='/'>Beranda</a></li></ul></body></html>")
    with (tmp_path / "in" / "huge.html").open("wb") as fh:  # a 50 MB page
        fh.truncate(50_000_000)
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    config = BatchConfig(sources=[str(tmp_path / "in"), str(tmp_path / "missing"), str(good[0])],
                         output=str(out), errors=str(errors), jobs=2, progress=False)
    status, summary, failures = run(config)
    assert status == ExitStatus.SOME_FAILED
    assert sorted(c["source"] for c in lines_of(out)) == sorted(map(str, good))  # each good input once
    failed = {e["input"]: e for e in lines_of(errors)}
    assert set(failed) == {str(tmp_path / "missing"), *(str(tmp_path / "in" / n) for n in
                                                          ("empty.txt", "scan.html", "nav.html", "huge.html"))}
    assert failed[str(tmp_path / "in" / "scan.html")]["reason"] == "not an article: a PDF document"
    assert failed[str(tmp_path / "in" / "huge.html")]["reason"].startswith("too large (50.0 MB")
    assert summary.clipped == len(good) and summary.failed == 5 and len(failures) == 5


def test_a_page_that_takes_too_long_is_cut_off_and_the_batch_goes_on(tmp_path):
    good = corpus(tmp_path / "in", 1)
    slow = tmp_path / "in" / "endless.html"  # 120,000 paragraphs: seconds of extraction
    slow.write_text("<html><body><article>" + "<p>Hujan turun lagi di Jakarta hari ini, kata warga.</p>" * 120_000
                    + "</article></body></html>")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    status, _, _ = run(BatchConfig(sources=[str(tmp_path / "in")], output=str(out), errors=str(errors), jobs=2,
                                   time_limit=1.0, progress=False))
    assert status == ExitStatus.SOME_FAILED
    assert len(lines_of(out)) == len(good)
    assert lines_of(errors) == [{"input": str(slow), "stage": "limit", "kind": "time limit",
                                 "reason": "extraction took longer than 1 s"}]


@pytest.mark.parametrize("args", [["x", "-o", "a.jsonl", "--out-dir", "d"], ["x", "--resume"], [],
                                  ["x", "--engine", "spark"]])
def test_batch_usage_errors_exit_2(args):
    from typer.testing import CliRunner

    from clipper.cli import app

    assert CliRunner().invoke(app, ["batch", *args]).exit_code == 2


def test_out_dir_mirrors_the_input_tree(tmp_path):
    corpus(tmp_path / "in", 1)
    status, _summary, _ = run(BatchConfig(sources=[str(tmp_path / "in")], out_dir=str(tmp_path / "out"), jobs=1,
                                         progress=False))
    assert status == ExitStatus.OK
    written = sorted(p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.json"))
    assert written == sorted(f"day0/0000_{s.name}.json" for s in SAMPLES)
    clip = json.loads((tmp_path / "out" / "day0" / f"0000_{SAMPLES[1].name}.json").read_text())
    assert clip["outlet"] == "TEMPO.CO"
    assert not list((tmp_path / "out").rglob("*.tmp"))


def test_from_file_deduplicates_and_retries_an_error_file(tmp_path):
    paths = corpus(tmp_path / "in", 1)
    listing = tmp_path / "list.txt"
    listing.write_text("# today's crawl\n" + "\n".join(map(str, paths + paths[:2])) + "\n\n")
    out = tmp_path / "out.jsonl"
    proc = subprocess.run([*CLIPPER, "batch", "--from", str(listing), "-o", str(out), "-q"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert len(lines_of(out)) == len(paths)
    errors = tmp_path / "errors.jsonl"
    errors.write_text(json.dumps({"input": str(paths[0]), "stage": "read", "reason": "x"}) + "\n")
    retry = tmp_path / "retry.jsonl"
    proc = subprocess.run([*CLIPPER, "batch", "--from", str(errors), "-o", str(retry), "-q"], capture_output=True)
    assert proc.returncode == 0 and [c["source"] for c in lines_of(retry)] == [str(paths[0])]


def _start(args: list[str]) -> subprocess.Popen:
    return subprocess.Popen([*CLIPPER, "batch", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)


def _wait_for_lines(path: Path, at_least: int, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if path.exists() and path.read_bytes().count(b"\n") >= at_least:
            return
        time.sleep(0.05)
    pytest.fail("the batch finished or stalled before it could be interrupted")


def test_killed_mid_run_then_resumed_yields_each_input_exactly_once(tmp_path):
    paths = corpus(tmp_path / "in", 120)  # 600 inputs
    out = tmp_path / "out.jsonl"
    proc = _start([str(tmp_path / "in"), "-o", str(out), "--jobs", "2", "-q"])
    _wait_for_lines(out, 60, proc)
    os.killpg(proc.pid, signal.SIGKILL)  # the parent and its workers, no chance to clean up
    proc.wait()
    first = out.read_bytes().count(b"\n")
    assert first < len(paths)
    resumed = subprocess.run([*CLIPPER, "batch", str(tmp_path / "in"), "-o", str(out), "--jobs", "2", "--resume"],
                             capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    sources = [c["source"] for c in lines_of(out)]
    assert sorted(sources) == sorted(map(str, paths))  # all there, none twice
    assert "already done" in resumed.stderr


def test_ctrl_c_stops_cleanly_with_130_and_resume_finishes(tmp_path):
    paths = corpus(tmp_path / "in", 120)
    out_dir = tmp_path / "out"
    proc = _start([str(tmp_path / "in"), "--out-dir", str(out_dir), "--jobs", "2"])
    deadline = time.monotonic() + 60
    while len(list(out_dir.rglob("*.json"))) < 40 and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert b"--resume" in stderr
    assert not list(out_dir.rglob("*.tmp"))
    for written in out_dir.rglob("*.json"):
        json.loads(written.read_text())  # every file that exists is whole
    resumed = subprocess.run([*CLIPPER, "batch", str(tmp_path / "in"), "--out-dir", str(out_dir), "--resume", "-q"],
                             capture_output=True, timeout=300)
    assert resumed.returncode == 0
    assert len(list(out_dir.rglob("*.json"))) == len(paths)


def test_urls_with_errors_retries_and_timeouts(web, tmp_path):
    base, pages = web
    article = (ROOT / "sample_articles" / "003_84e747b45bf6edbd.txt").read_bytes()
    pages["/ok"] = (200, "text/plain; charset=utf-8", article)
    pages["/missing"] = (404, "text/html", b"<html><body>Tidak ditemukan</body></html>")
    pages["/flaky"] = [(500, "text/html", b"busy"), (200, "text/plain; charset=utf-8", article)]
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    urls = [f"{base}/ok", f"{base}/missing", f"{base}/flaky", f"{base}/slow", f"{base}/loop", f"{base}/ok#again"]
    config = BatchConfig(sources=urls, output=str(out), errors=str(errors), jobs=1, progress=False, retries=1,
                         options=Options(allow_private_hosts=True, timeout=1))
    status, _summary, _ = run(config)
    assert status == ExitStatus.SOME_FAILED
    assert sorted(c["source"] for c in lines_of(out)) == [f"{base}/flaky", f"{base}/ok"]  # fragment: same page
    reasons = {e["input"].rsplit("/", 1)[-1]: e["reason"] for e in lines_of(errors)}
    assert reasons == {"missing": "HTTP 404", "slow": "timed out after 1 s",
                       "loop": "redirect loop (more than 5 redirects)"}


def test_dask_local_cluster_gives_the_same_clippings(tmp_path):
    pytest.importorskip("distributed")
    corpus(tmp_path / "in", 2)
    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    run(BatchConfig(sources=[str(tmp_path / "in")], output=str(local), jobs=2, progress=False))
    status, _summary, _ = run(BatchConfig(sources=[str(tmp_path / "in")], output=str(dask), jobs=2, progress=False,
                                         engine="dask", scheduler="local"))
    assert status == ExitStatus.OK
    by_source = lambda path: {c["source"]: c for c in lines_of(path)}  # noqa: E731
    assert by_source(dask) == by_source(local) and len(by_source(local)) == 10
