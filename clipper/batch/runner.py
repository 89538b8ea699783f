"""A batch run: collect inputs, skip what a previous run finished, clip the rest in parallel,
stream results to a sink as they finish, report failures, and summarise."""

import concurrent.futures as cf
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from clipper.batch.engines import DaskEngine, LocalEngine, default_jobs
from clipper.batch.fetching import Fetcher
from clipper.batch.inputs import Input, collect, file_digest
from clipper.batch.sinks import DirSink, ErrorLog, Journal, JsonlSink, StdoutSink
from clipper.batch.work import Outcome, WorkItem
from clipper.errors import ErrorKind, ExitStatus, Stage
from clipper.options import Options
from clipper.output.progress import progress_bar

CHECKPOINT_EVERY = 200  # results between fsyncs of the output and the journal


@dataclass(slots=True, kw_only=True)
class BatchConfig:
    sources: list[str]
    glob: str | None = None
    output: str | None = None  # a JSON Lines file; None with out_dir None means stdout
    out_dir: str | None = None
    errors: str | None = None
    jobs: int = field(default_factory=default_jobs)
    resume: bool = False
    engine: str = "local"  # or "dask"
    scheduler: str = "local"
    options: Options = field(default_factory=Options)
    time_limit: float | None = 120.0  # seconds of extraction per input
    fetch_threads: int = 8
    per_host: int = 2
    retries: int = 2
    progress: bool = True


@dataclass(slots=True)
class Summary:
    total: int = 0
    skipped: int = 0  # already clipped by an earlier run
    clipped: int = 0
    failed: int = 0
    seconds: float = 0.0
    kinds: Counter = field(default_factory=Counter)  # ErrorKind -> failed inputs
    worker_peak_mb: dict[int, float] = field(default_factory=dict)
    halfway_peak_mb: float = 0.0  # the largest worker peak when half the inputs were done
    interrupted: bool = False

    @property
    def rate(self) -> float:
        return self.clipped / self.seconds if self.seconds else 0.0


ErrorCallback = Callable[[str, str], None]  # (input, reason) -> shows one line


def _sink(config: BatchConfig):
    if config.out_dir:
        return DirSink(config.out_dir, config.resume), Path(config.out_dir) / ".clipper-journal"
    if config.output:
        return JsonlSink(config.output, config.resume), Path(config.output + ".journal")
    return StdoutSink(), None


def already_done(inp: Input, sink, journal: Journal) -> bool:
    """Skip an input on resume when its clipping was written.

    The output itself is the truth: the journal line is written after the clipping, so an input whose
    clipping is there but whose journal line is not (killed between the two) is still done. A file
    whose content changed since (its digest differs from the journal's) is clipped again.
    """
    if not sink.has(inp):
        return False
    recorded = journal.done.get(inp.key)
    if recorded is None or inp.is_url:
        return True
    try:
        return file_digest(inp.source) == recorded
    except OSError:
        return False


def _engine(config: BatchConfig):
    if config.engine == "dask":
        return DaskEngine(config.scheduler, config.jobs, config.options, config.time_limit)
    return LocalEngine(config.jobs, config.options, config.time_limit)


def run_batch(config: BatchConfig, on_error: ErrorCallback) -> tuple[ExitStatus, Summary]:
    """Raises SetupError, before any input is tried, when clipper cannot run (no model, no dask)."""
    if config.options.entities:
        from clipper.extraction.entities.model import check_model

        check_model()
    args = list(config.sources)
    inputs, bad_args = collect(args, config.glob)
    summary = Summary(total=len(inputs) + len(bad_args))
    errors = ErrorLog(config.errors)

    def fail(source: str, stage: Stage, kind: ErrorKind, reason: str) -> None:
        summary.failed += 1
        summary.kinds[kind] += 1
        errors.write(source, stage, kind, reason)
        on_error(source, reason)

    for err in bad_args:
        fail(err.source, err.stage, err.kind, err.reason)

    sink, journal_path = _sink(config)
    journal = Journal(journal_path, config.resume) if journal_path else None
    if config.resume and journal is not None:
        todo = [inp for inp in inputs if not already_done(inp, sink, journal)]
        summary.skipped = len(inputs) - len(todo)
    else:
        todo = inputs

    start = time.perf_counter()
    engine = _engine(config) if todo else None
    fetcher = Fetcher(config.options, threads=config.fetch_threads, per_host=config.per_host,
                      retries=config.retries) if any(inp.is_url for inp in todo) else None
    progress = None
    if config.progress and todo:
        from rich.progress import TextColumn

        progress = progress_bar(TextColumn("[red]{task.fields[failed]} failed"),
                                TextColumn("{task.fields[rate]:.1f}/s"))
    task = progress.add_task("clip", total=len(todo), failed=0, rate=0.0) if progress else None
    window = max(4, (engine.jobs if engine else 1) * 4)
    pending = iter(todo)
    inflight: dict[cf.Future, Input] = {}
    finished = 0

    def record(inp: Input, outcome: Outcome) -> None:
        nonlocal finished
        finished += 1
        if outcome.ok:
            outcome.clipping["source"] = inp.source
            sink.write(inp, outcome.clipping)
            if journal is not None:
                journal.record(inp.key, outcome.digest)
            summary.clipped += 1
        else:
            fail(inp.source, outcome.stage, outcome.kind, outcome.reason)
        if outcome.rss_mb:
            summary.worker_peak_mb[outcome.pid] = max(summary.worker_peak_mb.get(outcome.pid, 0.0), outcome.rss_mb)
            if finished == len(todo) // 2:  # memory must stay flat: compare the half-way mark with the end
                summary.halfway_peak_mb = max(summary.worker_peak_mb.values())
        if finished % CHECKPOINT_EVERY == 0:
            sink.checkpoint()
            if journal is not None:
                journal.checkpoint()
        if progress:
            elapsed = time.perf_counter() - start
            progress.update(task, advance=1, failed=summary.failed, rate=summary.clipped / elapsed if elapsed else 0)

    try:
        while True:
            while len(inflight) < window and (inp := next(pending, None)) is not None:
                future = fetcher.submit(inp) if inp.is_url else engine.submit(WorkItem(inp.key, inp.source))
                inflight[future] = inp
            if not inflight:
                break
            done, _ = cf.wait(inflight, timeout=1.0, return_when=cf.FIRST_COMPLETED)
            for future in done:
                inp = inflight.pop(future)
                try:
                    result = future.result()
                except Exception as err:  # a worker process died (out of memory, a crash in C code)
                    result = Outcome(inp.key, inp.source).failed(Stage.CRASH, ErrorKind.WORKER_DIED,
                                                                 f"worker died: {type(err).__name__}")
                if isinstance(result, WorkItem):  # fetched: now extract it
                    inflight[engine.submit(result)] = inp
                else:
                    record(inp, result)
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        if progress:
            progress.stop()
        if fetcher:
            fetcher.shutdown()
        if engine:
            engine.shutdown(cancel=summary.interrupted)
        sink.close()
        if journal is not None:
            journal.close()
        errors.close()
        summary.seconds = time.perf_counter() - start

    if summary.interrupted:
        return ExitStatus.INTERRUPTED, summary
    return (ExitStatus.SOME_FAILED if summary.failed else ExitStatus.OK), summary


def describe(summary: Summary) -> list[str]:
    """The end-of-run summary, a few lines for stderr."""
    lines = [f"{summary.clipped} clipped, {summary.failed} failed, {summary.skipped} already done, "
             f"of {summary.total} inputs in {summary.seconds:.1f} s ({summary.rate:.1f} pages/s)"]
    if summary.worker_peak_mb:
        lines.append(f"peak memory per worker: {max(summary.worker_peak_mb.values()):.0f} MB "
                     f"(half-way: {summary.halfway_peak_mb:.0f} MB)")
    for kind, count in summary.kinds.most_common(10):
        lines.append(f"  {count:>6}  {kind}")
    if summary.interrupted:
        lines.append("interrupted: what was written is complete; run again with --resume to finish")
    return lines


__all__ = ["BatchConfig", "Summary", "describe", "run_batch"]
