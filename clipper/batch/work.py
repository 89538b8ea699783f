"""The per-input function, the same for every engine: one input in, one Outcome out, never raising.

It runs in a worker process (or a Dask worker). Files are read in the worker (no bytes cross the
process boundary); URLs arrive already fetched.
"""

import hashlib
import logging
import os
import resource
import signal
import threading
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from clipper.errors import ClipperError, ErrorKind, Stage
from clipper.options import Options


@dataclass(slots=True)
class WorkItem:
    key: str
    source: str
    data: bytes | None = None  # the fetched page, for URLs
    url: str | None = None
    charset: str | None = None
    plain: bool = False


@dataclass(slots=True)
class Outcome:
    key: str
    source: str
    clipping: dict | None = None
    stage: Stage | None = None  # where it failed
    kind: ErrorKind | None = None  # why, for programs
    reason: str | None = None  # why, for people
    digest: str | None = None  # sha1 of the file's bytes, for resuming
    warnings: list[str] = field(default_factory=list)  # "a.html: invalid UTF-8: ...", shown by the runner
    trace: str | None = None  # the traceback of an internal error, for --debug
    rss_mb: float = 0.0  # the worker's peak resident memory so far
    pid: int = field(default_factory=os.getpid)

    @property
    def ok(self) -> bool:
        return self.clipping is not None

    def failed(self, stage: Stage, kind: ErrorKind, reason: str) -> "Outcome":
        self.stage, self.kind, self.reason = stage, kind, reason
        return self


class TimeLimit(Exception):
    pass


def _raise_time_limit(signum, frame):
    raise TimeLimit


def _interrupt(thread_id: int) -> None:
    """Raise TimeLimit in another thread, at its next bytecode (CPython's PyThreadState_SetAsyncExc)."""
    import ctypes

    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(TimeLimit))


def warm_up(options: Options) -> None:
    """Load the extraction stack, the NER model and the date matcher once per worker, before any time
    limit runs (about a second: paid by the first input otherwise)."""
    import clipper.pipeline  # noqa: F401  (trafilatura, lxml)
    from clipper.extraction.dates import find_dates

    processed = None
    if options.entities:
        from clipper.extraction.entities.model import load_pipeline

        processed = load_pipeline()("Rabu (4/7)")
    find_dates("Rabu (4/7)", None, processed)


def init_worker(options: Options, batch_pid: int) -> None:
    """A local worker process: end with the batch and warm up (it ignores Ctrl-C from birth, as the
    fork server forks it: forkserver.py)."""
    from clipper.batch.orphans import die_with_parent, watch

    die_with_parent()
    watch(batch_pid)
    warm_up(options)


def serve(conn, options: Options, time_limit: float | None, batch_pid: int) -> None:
    """A pool worker's life (pool.py): warm up, say so, then one input in and its Outcome out over
    `conn` until the pool closes the pipe."""
    init_worker(options, batch_pid)
    try:
        conn.send("ready")
        while True:
            conn.send(process(conn.recv(), options, time_limit))
    except (EOFError, OSError):  # the pool closed the pipe (the run ended, or was stopped): so do we
        return


class _Collect(logging.Handler):
    """The library's warnings about one input, carried back with its outcome."""

    def __init__(self, into: list[str]):
        super().__init__(logging.WARNING)
        self.into = into

    def emit(self, record: logging.LogRecord) -> None:
        self.into.append(record.getMessage())


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def process(item: WorkItem, options: Options, time_limit: float | None = None) -> Outcome:
    from clipper.input import document_from_bytes, read_file
    from clipper.pipeline import clip

    outcome = Outcome(item.key, item.source)
    log = logging.getLogger("clipper")  # its warnings about this input go with the outcome, and only there
    handlers, propagated = log.handlers, log.propagate
    log.handlers, log.propagate = [_Collect(outcome.warnings)], False
    # the time limit from inside: a SIGALRM in a worker process; in a thread (Dask runs tasks in
    # threads, which take no signals) a timer that raises TimeLimit in it at its next bytecode. Code
    # stuck in C ignores both: the pool kills such a worker from outside (pool.py)
    use_alarm = bool(time_limit) and threading.current_thread() is threading.main_thread()
    timer = None
    if use_alarm:
        signal.signal(signal.SIGALRM, _raise_time_limit)
        signal.setitimer(signal.ITIMER_REAL, time_limit)
    elif time_limit:
        timer = threading.Timer(time_limit, _interrupt, args=(threading.get_ident(),))
        timer.daemon = True
        timer.start()
    try:
        if item.data is None:
            data = read_file(Path(item.source), item.source, options)
            outcome.digest = hashlib.sha1(data).hexdigest()
            doc = document_from_bytes(data, item.source, options)
        else:
            doc = document_from_bytes(item.data, item.source, options, charset=item.charset, url=item.url,
                                      plain=item.plain)
        outcome.clipping = clip(doc, options).to_dict()
    except ClipperError as err:
        outcome.failed(err.stage, err.kind, err.reason)
    except TimeLimit:
        outcome.failed(Stage.LIMIT, ErrorKind.TIME_LIMIT, f"extraction took longer than {time_limit:g} s")
    except Exception as err:  # a bug on one page must not end the batch
        outcome.failed(Stage.EXTRACT, ErrorKind.INTERNAL, f"internal error: {type(err).__name__}: {err}")
        outcome.trace = traceback.format_exc()
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
        if timer is not None:
            timer.cancel()
        log.handlers, log.propagate = handlers, propagated
    outcome.rss_mb = _peak_rss_mb()
    return outcome
