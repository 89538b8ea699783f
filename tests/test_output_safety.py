"""Output a user can trust (issue 10), each finding reproduced as a user meets it: a real `clipper`
process, a pseudo-terminal where one matters, real FIFOs, symlinks and devices, a real SIGKILL."""

import gzip
import json
import os
import pty
import re
import select
import shutil
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from clipper.batch.inputs import key_of
from tests.conftest import ROOT, SAMPLES

CLIPPER = [sys.executable, "-m", "clipper"]
ONE = ROOT / "sample_articles" / "001_2b9158f90e3cda6c.txt"  # TEMPO.CO
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\r")


def clipper(*args, cwd=None, umask=None, timeout=240, **kwargs) -> subprocess.CompletedProcess:
    preexec = (lambda: os.umask(umask)) if umask is not None else None
    return subprocess.run([*CLIPPER, *map(str, args)], capture_output=True, text=True, timeout=timeout, cwd=cwd,
                          preexec_fn=preexec, **kwargs)


def folder_of_samples(path: Path, n: int = len(SAMPLES)) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    for sample in SAMPLES[:n]:
        shutil.copyfile(sample, path / sample.name)
    return path


def jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def on_a_terminal(args, *, stdout_tty: bool = False, env=None, timeout: float = 240):
    """Run clipper with stderr (and stdout, if asked) on a pseudo-terminal; return (rc, stdout, terminal)."""
    master, slave = pty.openpty()
    out = slave if stdout_tty else subprocess.PIPE
    proc = subprocess.Popen([*CLIPPER, *map(str, args)], stdout=out, stderr=slave, stdin=subprocess.DEVNULL,
                            env={**os.environ, **(env or {})})
    os.close(slave)
    stdout = []
    reader = threading.Thread(target=lambda: stdout.append(proc.stdout.read()), daemon=True) if not stdout_tty else None
    if reader:
        reader.start()
    seen, deadline = b"", time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the terminal closed: the process has ended
                break
            if not chunk:
                break
            seen += chunk
        elif proc.poll() is not None:
            break
    rc = proc.wait(timeout=30)
    os.close(master)
    if reader:
        reader.join(10)
    return rc, (stdout[0].decode() if stdout else ""), ANSI.sub("", seen.decode(errors="replace"))


# 2. clippings go to stdout even when stderr is a terminal with a progress bar on it


def test_several_inputs_on_a_terminal_still_send_every_clipping_to_stdout(tmp_path):
    rc, stdout, terminal = on_a_terminal(["extract", folder_of_samples(tmp_path / "in"), tmp_path / "missing.txt"])
    assert rc == 1
    assert len([json.loads(line) for line in stdout.splitlines()]) == len(SAMPLES)
    assert '"outlet"' not in terminal
    # 9. the error line prints whole, on a line of its own, not glued onto the progress bar
    assert f"clipper: {tmp_path / 'missing.txt'}: no such file" in terminal.splitlines()


# 3. -o writes into what is there without destroying it


def test_a_fifo_is_written_in_place_and_stays_a_fifo(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = clipper("extract", ONE, "-o", fifo)
    reader.join(30)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert json.loads(got[0])["outlet"] == "TEMPO.CO"


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
def test_a_device_is_written_in_place_and_gets_no_journal(tmp_path):
    null = tmp_path / "null"
    os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a copy of /dev/null
    assert clipper("extract", ONE, "-o", null).returncode == 0
    assert clipper("batch", folder_of_samples(tmp_path / "in", 2), "-o", null, "-q", "-j", "1").returncode == 0
    assert stat.S_ISCHR(null.lstat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "null"]  # no null.journal, no temporary file


def test_a_symlink_is_followed_and_stays_a_link(tmp_path):
    real, link = tmp_path / "real.json", tmp_path / "link.json"
    real.write_text("old")
    link.symlink_to(real.name)
    assert clipper("extract", ONE, "-o", link).returncode == 0
    assert link.is_symlink() and os.readlink(link) == real.name
    assert json.loads(real.read_text())["outlet"] == "TEMPO.CO"


def test_new_files_get_the_umask_mode_and_a_replaced_file_keeps_its_own(tmp_path):
    out, kept = tmp_path / "new.jsonl", tmp_path / "kept.json"
    assert clipper("extract", ONE, "-o", out, umask=0o027).returncode == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    kept.write_text("old")
    kept.chmod(0o604)
    assert clipper("extract", ONE, "-o", kept, umask=0o077).returncode == 0
    assert stat.S_IMODE(kept.stat().st_mode) == 0o604 and kept.read_text() != "old"
    assert clipper("batch", ONE, "--out-dir", tmp_path / "clips", "-q", "-j", "1", umask=0o022).returncode == 0
    assert stat.S_IMODE((tmp_path / "clips" / f"{ONE.name}.json").stat().st_mode) == 0o644


def test_an_output_in_a_missing_folder_is_a_one_line_usage_error(tmp_path):
    for command in ("extract", "batch"):
        result = clipper(command, ONE, "-o", tmp_path / "nope" / "x.jsonl")
        assert result.returncode == 2
        assert result.stderr == f"clipper: {tmp_path / 'nope' / 'x.jsonl'}: no such folder: {tmp_path / 'nope'}\n"


# 4. resume knows an input by what it is, not by how it was typed


def test_resume_with_another_spelling_of_the_folder_writes_nothing_twice(tmp_path):
    folder_of_samples(tmp_path / "crawl")
    assert clipper("batch", "crawl/", "-o", "b.jsonl", "-q", "-j", "1", cwd=tmp_path).returncode == 0
    again = clipper("batch", "./crawl", str(tmp_path / "crawl" / ONE.name), "-o", "b.jsonl", "--resume", "-j", "1",
                    cwd=tmp_path)
    assert again.returncode == 0
    assert len(jsonl(tmp_path / "b.jsonl")) == len(SAMPLES)
    assert f"0 clipped, 0 failed, {len(SAMPLES)} already done" in again.stderr


def test_a_file_changed_between_runs_replaces_its_clipping(tmp_path):
    crawl = folder_of_samples(tmp_path / "crawl")
    out = tmp_path / "b.jsonl"
    assert clipper("batch", crawl, "-o", out, "-q", "-j", "1").returncode == 0
    changed = crawl / SAMPLES[1].name
    changed.write_text(SAMPLES[2].read_text())  # another story under the same name
    again = clipper("batch", crawl, "-o", out, "--resume", "-j", "1")
    assert again.returncode == 0
    assert f"clipper: warning: {changed}: changed since it was clipped; its clipping is replaced" in again.stderr
    clips = jsonl(out)
    assert sorted(c["source"] for c in clips) == sorted(str(crawl / s.name) for s in SAMPLES)
    title = {c["source"]: c["title"] for c in clips}
    assert title[str(changed)] == title[str(crawl / SAMPLES[2].name)]


def test_resume_keys_urls_by_their_normalised_form():
    assert key_of("HTTP://Example.com:80/berita/1?utm_source=x&id=3#komentar") == "http://example.com/berita/1?id=3"
    assert key_of("sample_articles/../sample_articles/x.txt") == str(ROOT / "sample_articles" / "x.txt")


# 5. batch -o never empties a file it did not make for this run


def test_batch_refuses_a_non_empty_output_without_resume_or_overwrite(tmp_path):
    out = tmp_path / "mine.jsonl"
    out.write_text('{"precious": true}\n')
    refused = clipper("batch", ONE, "-o", out, "-q")
    assert refused.returncode == 2
    assert "exists and is not empty (--resume to continue it, --overwrite to replace it)" in refused.stderr
    assert out.read_text() == '{"precious": true}\n'
    assert clipper("batch", ONE, "-o", out, "--overwrite", "-q", "-j", "1").returncode == 0
    assert [c["source"] for c in jsonl(out)] == [str(ONE)]


def test_a_run_without_inputs_creates_nothing(tmp_path):
    result = clipper("batch", tmp_path / "nosuch", "-o", tmp_path / "x.jsonl")
    assert result.returncode == 1
    assert list(tmp_path.iterdir()) == []


# 6. the shape of the output says what was asked, not how many files a folder holds


def test_output_shape_follows_intent(tmp_path):
    one_file_folder = folder_of_samples(tmp_path / "one", 1)
    into = tmp_path / "x.jsonl"
    assert clipper("extract", one_file_folder, "-o", into).returncode == 0
    assert len(into.read_text().splitlines()) == 1 and json.loads(into.read_text())  # one line of JSON Lines
    single = clipper("extract", ONE)
    assert json.loads(single.stdout)["source"] == str(ONE)  # one file: one JSON object
    assert len(clipper("extract", one_file_folder).stdout.splitlines()) == 1  # a folder: JSON Lines


# 7. pipes


def test_a_reader_that_goes_away_ends_the_run_quietly(tmp_path):
    folder = tmp_path / "many"
    for i in range(8):
        folder_of_samples(folder / f"d{i}")
    proc = subprocess.Popen([*CLIPPER, "extract", folder, "--no-entities"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()  # `| head -1`
    _, err = proc.communicate(timeout=120)
    assert json.loads(first)
    assert err == b""
    assert proc.returncode == 141


# 8. workers die with their parent


def _children() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(entry.name))
    return children


def _descendants(pid: int) -> set[int]:
    children = _children()
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process tree from /proc")
def test_a_sigkilled_batch_leaves_no_process_behind(tmp_path):
    folder = tmp_path / "in"
    for i in range(6):
        folder_of_samples(folder / f"d{i}")
    proc = subprocess.Popen([*CLIPPER, "batch", folder, "-o", tmp_path / "out.jsonl", "-j", "2", "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while len(_descendants(proc.pid)) < 3 and time.monotonic() < deadline:  # the fork server and two workers
        time.sleep(0.2)
    left = _descendants(proc.pid)
    assert len(left) >= 3
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() and not _is_zombie(pid) for pid in left):
        time.sleep(0.2)
    assert [pid for pid in left if Path(f"/proc/{pid}").exists() and not _is_zombie(pid)] == []


def _is_zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


# 9. the table fits the terminal; the summary says nothing silly about tiny runs


def test_the_table_fits_a_narrow_terminal_and_keeps_the_time_zone():
    rc, _, terminal = on_a_terminal(["extract", ROOT / "sample_articles", "--format", "table", "-q"],
                                    stdout_tty=True, env={"COLUMNS": "100", "LINES": "50"})
    assert rc == 0
    lines = [line for line in terminal.splitlines() if line.strip()]
    assert max(len(line) for line in lines) <= 100
    assert "+07:00" in terminal
    header = next(line for line in lines if "title" in line).split("┃")
    assert len(next(cell for cell in header if "title" in cell)) >= 30  # a title that can be read


def test_a_tiny_run_has_no_rate_or_half_way_figures(tmp_path):
    result = clipper("batch", ONE, "-o", tmp_path / "x.jsonl", "-j", "1")
    assert result.returncode == 0
    assert "pages/s" not in result.stderr and "half-way" not in result.stderr
    assert result.stderr.startswith("1 clipped, 0 failed, 0 already done, of 1 inputs in ")


# 10. the same flags and messages on both commands; help a user can read


def test_both_commands_take_quiet_debug_and_errors_and_warn_alike(tmp_path):
    broken = tmp_path / "broken.txt"
    data = ONE.read_bytes()
    broken.write_bytes(data[:500] + b"\xff\xfe\xfa" + data[500:])
    warning = f"clipper: warning: {broken}: invalid UTF-8: 1 byte sequence(s) replaced"
    for command, extra in (("extract", []), ("batch", ["-j", "1"])):
        errors = tmp_path / f"{command}-errors.jsonl"
        result = clipper(command, broken, tmp_path / "missing.txt", "--errors", errors, "--quiet", "--debug",
                         "--no-entities", *extra)
        assert result.returncode == 1, result.stderr
        assert sorted(result.stderr.splitlines()) == [f"clipper: {tmp_path / 'missing.txt'}: no such file", warning]
        assert [e["input"] for e in jsonl(errors)] == [str(tmp_path / "missing.txt")]


def test_help_lists_choices_and_exit_codes_without_type_names():
    for command in ("extract", "batch"):
        text = clipper(command, "--help", env={**os.environ, "COLUMNS": "200"}).stdout
        assert not re.search(r"<(str|bool|int|float|list)", text) and "{SOURCE" not in text
        assert "130 interrupted" in text and "141" in text
    assert "auto|json|jsonl|table" in clipper("extract", "--help").stdout
    assert "local|dask" in clipper("batch", "--help").stdout


def test_a_missing_from_list_is_a_usage_error_naming_it(tmp_path):
    result = clipper("batch", "--from", tmp_path / "list.txt", "-o", tmp_path / "x.jsonl")
    assert result.returncode == 2
    assert result.stderr.startswith(f"clipper: Invalid value for --from: {tmp_path / 'list.txt'}: No such file")
    assert not (tmp_path / "x.jsonl").exists()


def test_stdin_on_a_terminal_says_what_it_waits_for():
    master, slave = pty.openpty()
    proc = subprocess.Popen([*CLIPPER, "extract", "-"], stdin=slave, stdout=subprocess.PIPE, stderr=slave)
    os.close(slave)
    seen = b""
    deadline = time.monotonic() + 60
    while b"Ctrl-D" not in seen and time.monotonic() < deadline:
        if select.select([master], [], [], 0.5)[0]:
            seen += os.read(master, 4096)
    proc.kill()
    proc.wait(10)
    os.close(master)
    assert b"reading a page from stdin (end it with Ctrl-D)" in seen


# 11. odd corners


def test_a_short_latin1_file_reads_as_windows_1252(tmp_path):
    from clipper.input.decode import decode

    assert decode("Kopi di café".encode("latin-1"), "x") == ("Kopi di café", "not UTF-8, decoded as cp1252")
    assert decode("naïve résumé über".encode("latin-1"), "x")[0] == "naïve résumé über"
    russian = "Привет, как дела? Это проверка русского текста."
    assert "cp1252" not in decode(russian.encode("cp1251"), "x")[1]  # another script is still the detector's


def test_a_page_served_gzipped_is_unpacked(web):
    base, pages = web
    pages["/saved.html.gz"] = (200, "application/gzip", gzip.compress(ONE.read_bytes()))
    result = clipper("extract", f"{base}/saved.html.gz", "--allow-private")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["outlet"] == "TEMPO.CO"


def test_out_dir_mirrors_each_input_tree(tmp_path):
    folder_of_samples(tmp_path / "news", 2)
    folder_of_samples(tmp_path / "blogs", 2)
    assert clipper("batch", tmp_path / "news", tmp_path / "blogs", "--out-dir", tmp_path / "clips", "-q",
                   "-j", "1").returncode == 0
    made = sorted(str(p.relative_to(tmp_path / "clips")) for p in (tmp_path / "clips").rglob("*.json"))
    assert made == sorted(f"{tree}/{s.name}.json" for tree in ("news", "blogs") for s in SAMPLES[:2])


def test_the_library_names_its_own_option_and_reads_a_word_as_text(web):
    from clipper import ClipperError, extract

    base, pages = web
    pages["/page"] = (200, "text/html", b"<html><body><p>hi</p></body></html>")
    with pytest.raises(ClipperError, match="allow_private_hosts=True"):
        extract(f"{base}/page")
    assert extract("hello", entities=False).body == "hello"  # the text itself, not a file name
    with pytest.raises(ClipperError, match="no such file"):
        extract("missing.html")


def test_the_licence_the_package_declares_is_there():
    assert "MIT License" in (ROOT / "LICENSE").read_text()
