"""Errors by kind: every cause has its ErrorKind, and retries, exit codes and reports decide by it,
never by a message's wording."""

import socket

import pytest
from typer.testing import CliRunner

from clipper import ClipperError, Options, extract
from clipper.batch.fetching import Fetcher
from clipper.batch.inputs import Input
from clipper.batch.work import WorkItem
from clipper.cli import app
from clipper.errors import ErrorKind, ExitStatus, Stage
from tests.conftest import SAMPLES

LOCAL = Options(allow_private_hosts=True, timeout=1)


def kind_of(source, options: Options = LOCAL) -> ErrorKind:
    with pytest.raises(ClipperError) as err:
        extract(source, options)
    return err.value.kind


def test_file_failures_have_their_kinds(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    (tmp_path / "menu.html").write_text("<html><body><nav>Home</nav></body></html>")
    assert kind_of(tmp_path / "nosuch.txt") is ErrorKind.MISSING_FILE
    assert kind_of(tmp_path / "empty.txt") is ErrorKind.EMPTY
    assert kind_of(tmp_path / "doc.pdf") is ErrorKind.BINARY
    assert kind_of(tmp_path / "menu.html") is ErrorKind.NO_ARTICLE
    assert kind_of(SAMPLES[0], Options(max_bytes=100)) is ErrorKind.TOO_LARGE


@pytest.mark.parametrize(("path", "page", "kind"), [
    ("/k404", (404, "text/html", b"<html></html>"), ErrorKind.HTTP_STATUS),
    ("/k.pdf", (200, "application/pdf", b"%PDF-1.4"), ErrorKind.NOT_A_PAGE),
    ("/kbig", (200, "text/html", b"x" * 5000), ErrorKind.TOO_LARGE),
    ("/loop", None, ErrorKind.REDIRECT_LOOP),
    ("/slow", None, ErrorKind.TIMEOUT),
])
def test_fetch_failures_have_their_kinds(web, path, page, kind):
    base, pages = web
    if page:
        pages[path] = page
    assert kind_of(base + path, Options(allow_private_hosts=True, timeout=1, max_bytes=1000)) is kind


def test_network_failures_have_their_kinds(web):
    base, _ = web
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    assert kind_of(f"http://127.0.0.1:{port}/x") is ErrorKind.CONNECTION
    assert kind_of(base + "/x", Options(timeout=1)) is ErrorKind.PRIVATE_ADDRESS
    assert kind_of("http://no-such-host.invalid/x") is ErrorKind.HOST_NOT_FOUND


def test_only_network_kinds_are_retryable():
    assert {k for k in ErrorKind if k.retryable} == {ErrorKind.TIMEOUT, ErrorKind.CONNECTION}


def test_retries_follow_the_kind_not_the_wording(monkeypatch):
    """A timeout reworded is still retried; an HTTP status worded like a timeout is not."""
    import clipper.input.fetch

    calls = []

    def failing(kind: ErrorKind, reason: str):
        def fetch(url, options, deadline=None):
            calls.append(url)
            raise ClipperError(url, reason, kind=kind, stage=Stage.FETCH)
        return fetch

    fetcher = Fetcher(LOCAL, retries=2, backoff=0)
    try:
        monkeypatch.setattr(clipper.input.fetch, "fetch", failing(ErrorKind.TIMEOUT, "Zeitüberschreitung"))
        outcome = fetcher.submit(Input("http://example.org/a", "a", "a")).result()
        assert len(calls) == 3 and outcome.kind is ErrorKind.TIMEOUT and outcome.reason == "Zeitüberschreitung"
        calls.clear()
        monkeypatch.setattr(clipper.input.fetch, "fetch", failing(ErrorKind.HTTP_STATUS, "timed out after 1 s"))
        outcome = fetcher.submit(Input("http://example.org/b", "b", "b")).result()
        assert len(calls) == 1 and outcome.kind is ErrorKind.HTTP_STATUS
    finally:
        fetcher.shutdown()
    assert not isinstance(outcome, WorkItem)


def test_a_missing_model_stops_extract_and_batch_the_same_way(monkeypatch, tmp_path):
    import clipper.extraction.entities.model as model

    monkeypatch.setattr(model, "model_path", lambda: tmp_path / "no-model")
    runner = CliRunner()
    for command in (["extract", str(SAMPLES[0])], ["batch", str(SAMPLES[0]), "-o", str(tmp_path / "out.jsonl")]):
        result = runner.invoke(app, command)
        assert result.exit_code == ExitStatus.USAGE, command
        assert result.stderr.strip().splitlines() == [
            f"clipper: the NER model is missing from {tmp_path / 'no-model'}; retrain it with: python training/ner.py"]
    assert runner.invoke(app, ["extract", str(SAMPLES[0]), "--no-entities"]).exit_code == 0
