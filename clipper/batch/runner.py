"""The one runner under `clipper extract` and `clipper batch`: collect the inputs, skip what an earlier
run finished, clip the rest (in this process, in worker processes, or on Dask), stream each result to
its sink as it finishes, report failures and warnings, and summarise.

`extract` is a run with one worker whose output file is replaced when the run completes; `batch`
keeps a journal beside its output so that `--resume` can continue it. Library-level (no
typer): the CLI passes a message callback and turns the status into an exit code.
"""

import concurrent.futures as cf
import contextlib
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from clipper.batch import resume as resuming
from clipper.batch.engines import DaskEngine, LocalEngine, default_jobs
from clipper.batch.fetching import Fetcher
from clipper.batch.inputs import Input, collect, shown
from clipper.batch.work import Outcome, WorkItem
from clipper.errors import ErrorKind, ExitStatus, Stage, UsageError
from clipper.options import Options
from clipper.output import progress as live
from clipper.output.sinks import DirSink, LinesFile, StreamSink
from clipper.output.targets import resolve

CHECKPOINT_EVERY = 200  # results between fsyncs of the output and the journal
# an input the engine does not time itself (Dask) is given up after three times its limit and ten
# seconds (its clock starts when it is submitted, so it counts the wait for a free worker too); the
# limit inside the task (work.process) fires first unless the task is stuck in C code
OVERRUN_FACTOR, OVERRUN_GRACE = 3, 10.0
ENGINES = ("local", "dask")


@dataclass(slots=True, kw_only=True)
class BatchConfig:
    sources: list[str]
    glob: str | None = None
    output: str | None = None  # a file; None or '-' (and no out_dir): stdout
    out_dir: str | None = None
    errors: str | None = None  # failed inputs as JSON Lines, ready for --from
    fmt: str = "jsonl"  # json (one object, or an array when not `single`), jsonl or table
    single: bool = False  # one input named: `json` writes one object
    journal: bool = True  # batch: append to the output as results come and journal them (resumable)
    resume: bool = False
    overwrite: bool = False
    jobs: int = field(default_factory=default_jobs)
    engine: str = "local"  # or dask
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
    broken_pipe: bool = False
    output_failed: bool = False  # the output refused a write (a full disk)

    @property
    def rate(self) -> float:
        return self.clipped / self.seconds if self.seconds else 0.0


@dataclass(slots=True, frozen=True)
class Message:
    level: str  # "error" or "warning"
    text: str  # "a.html: no such file", naming the input
    trace: str | None = None  # the traceback of an internal error


MessageCallback = Callable[[Message], None]


class ErrorLog:
    """--errors FILE: one JSON line per failed input (input, stage, kind, reason), ready for --from."""

    def __init__(self, path: str | None):
        self._fh = open(resolve(path).path, "w", encoding="utf-8") if path else None  # noqa: SIM115

    def write(self, source: str, stage: str, kind: str, reason: str) -> None:
        if self._fh:
            line = {"input": source, "stage": stage, "kind": kind, "reason": reason}
            self._fh.write(json.dumps(line, ensure_ascii=False) + "\n")
            self._fh.flush()

    def close(self) -> None:
        if self._fh:
            self._fh.close()


def _engine(config: BatchConfig):
    if config.engine == "dask":
        return DaskEngine(config.scheduler, config.jobs, config.options, config.time_limit)
    return LocalEngine(config.jobs, config.options, config.time_limit)


def check(config: BatchConfig) -> None:
    """Raise UsageError for options that cannot work together, before anything is read or created."""
    if config.engine not in ENGINES:
        raise UsageError(f"unknown engine {config.engine!r}: use local or dask")
    if config.output not in (None, "-") and config.out_dir:
        raise UsageError("use either --output or --out-dir")
    to_stdout = config.output in (None, "-") and not config.out_dir
    if config.resume and to_stdout:
        raise UsageError("--resume needs --output or --out-dir to resume from")
    if config.resume and config.overwrite:
        raise UsageError("use either --resume or --overwrite")
    if config.output not in (None, "-"):
        target = resolve(config.output)
        if config.resume and target.special:
            raise UsageError(f"{config.output}: --resume needs a regular file to resume from")
        if config.journal and target.nonempty and not (config.resume or config.overwrite):
            raise UsageError(f"{config.output}: exists and is not empty (--resume to continue it, "
                             f"--overwrite to replace it)")
    if config.out_dir:
        folder = Path(config.out_dir)
        if folder.exists() and not folder.is_dir():
            raise UsageError(f"{config.out_dir}: not a folder")
        if not folder.parent.is_dir():
            raise UsageError(f"{config.out_dir}: no such folder: {folder.parent}")
        if config.journal and folder.is_dir() and any(folder.iterdir()) and not (config.resume or config.overwrite):
            raise UsageError(f"{config.out_dir}: is not empty (--resume to continue it, --overwrite to "
                             f"write over its clippings)")
    if config.errors:
        resolve(config.errors)


class _Output:
    """The sink of a run and, for a resumable one, its journal; opened only once there are inputs."""

    def __init__(self, config: BatchConfig, inputs: list[Input], say: MessageCallback):
        self.journal = None
        self.named = config.out_dir or config.output or "stdout"
        problems: list[str] = []
        if config.out_dir:
            self.sink = DirSink(config.out_dir)
            if config.journal:
                self.journal = resuming.Journal(Path(config.out_dir) / ".clipper-journal", fresh=not config.resume,
                                                problems=problems)
            self.todo, self.skipped = self._plan_dir(config, inputs, say)
            self._report(problems, say)
            return
        target = resolve(config.output) if config.output not in (None, "-") else None
        if not (config.journal and target is not None and not target.special):
            self.sink = StreamSink(config.fmt, target, single=config.single)
            self.todo, self.skipped = inputs, 0
            return
        # the journal first: its lock says this run has the output (a journal of another run is no
        # account of this one: a run that is no resume starts it empty)
        self.journal = resuming.Journal(target.path.with_name(target.path.name + ".journal"),
                                        fresh=not config.resume, problems=problems)
        if config.overwrite and target.exists:
            os.truncate(target.path, 0)
        resuming.cut_partial_line(target.path)
        self.todo, self.skipped = self._plan_lines(config, target.path, inputs, say, problems)
        self._report(problems, say)
        self.sink = LinesFile(target.path)

    @staticmethod
    def _report(problems: list[str], say: MessageCallback) -> None:
        for text in problems:
            say(Message("warning", text))

    def _plan_lines(self, config, path: Path, inputs, say, problems: list[str]):
        if not config.resume:
            return inputs, 0
        held = resuming.keys_in_lines_file(path, self.journal, problems)
        plan = resuming.plan(inputs, set(held), self.journal)
        if plan.changed:
            resuming.drop_lines(path, {i for inp in plan.changed for i in held[inp.key]})
            self.journal.rewrite_without({inp.key for inp in plan.changed})
        for inp in plan.changed:
            say(Message("warning", f"{inp.label}: changed since it was clipped; its clipping is replaced"))
        return plan.todo, plan.skipped

    def _plan_dir(self, config, inputs, say):
        if not config.resume:
            return inputs, 0
        held = {inp.key for inp in inputs if self.sink.target(inp.rel).exists()}
        plan = resuming.plan(inputs, held, self.journal)
        for inp in plan.changed:
            say(Message("warning", f"{inp.label}: changed since it was clipped; its clipping is replaced"))
        return plan.todo, plan.skipped

    def write(self, inp: Input, outcome: Outcome) -> None:
        with self._failing():
            self.sink.write(outcome.clipping, inp.rel)
            if self.journal is not None:
                self.journal.record(inp.key, outcome.digest, inp.label)

    def checkpoint(self) -> None:
        with self._failing():
            self.sink.checkpoint()
            if self.journal is not None:
                self.journal.checkpoint()

    def close(self, complete: bool) -> None:
        with self._failing():
            try:
                self.sink.close(complete)
            finally:
                if self.journal is not None:
                    self.journal.close()

    @contextlib.contextmanager
    def _failing(self):
        """A write the output refuses (a full disk, a quota) is the output's failure, not an input's."""
        try:
            yield
        except BrokenPipeError:
            raise
        except OSError as err:
            raise OutputFailed(f"{self.named}: {err.strerror or err}") from err


class OutputFailed(Exception):
    """The output cannot take more (ENOSPC): the run stops, what was written stays whole, and
    --resume continues once there is room."""


def _overrun(engine, started: dict[cf.Future, float], limit: float | None) -> set[cf.Future]:
    """Futures past the time limit, for an engine that does not enforce it (taken out of `started`)."""
    if engine.keeps_time or not limit:
        return set()
    now = time.monotonic()
    late = {f for f, t in started.items() if now - t > limit * OVERRUN_FACTOR + OVERRUN_GRACE and not f.done()}
    for future in late:
        del started[future]
    return late


def _stdin_item(inp: Input, options: Options) -> WorkItem | Outcome:
    data = sys.stdin.buffer.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        return Outcome(inp.key, inp.source).failed(Stage.READ, ErrorKind.TOO_LARGE,
                                                   f"stdin is larger than the {options.max_bytes / 1e6:g} MB limit")
    return WorkItem(inp.key, inp.source, data=data)


def run_batch(config: BatchConfig, on_message: MessageCallback) -> tuple[ExitStatus, Summary]:
    """Raises SetupError (UsageError among them), before any input is tried, when the run cannot work."""
    check(config)
    if config.options.entities:
        from clipper.extraction.entities.model import check_model

        check_model()
    inputs, bad_args = collect(config.sources, config.glob)
    summary = Summary(total=len(inputs) + len(bad_args))
    errors = ErrorLog(config.errors)

    def fail(source: str, stage: Stage, kind: ErrorKind, reason: str, trace: str | None = None) -> None:
        source = shown(source)
        summary.failed += 1
        summary.kinds[kind] += 1
        errors.write(source, stage, kind, reason)
        on_message(Message("error", f"{source}: {reason}", trace))

    for err in bad_args:
        fail(err.source, err.stage, err.kind, err.reason)
    if not inputs:  # nothing to clip: nothing is created
        errors.close()
        return ExitStatus.SOME_FAILED if summary.failed else ExitStatus.OK, summary

    engine = _engine(config)  # first: a scheduler out of reach is said before any output is made
    try:
        output = _Output(config, inputs, on_message)
    except BaseException:
        engine.shutdown(cancel=True)
        raise
    todo, summary.skipped = output.todo, output.skipped
    start = time.perf_counter()
    fetcher = Fetcher(config.options, threads=config.fetch_threads, per_host=config.per_host,
                      retries=config.retries) if any(inp.is_url for inp in todo) else None
    progress = None
    if config.progress and len(todo) > 1:
        from rich.progress import TextColumn

        progress = live.progress_bar(TextColumn("[red]{task.fields[failed]} failed"),
                                     TextColumn("{task.fields[rate]:.1f}/s"))
    task = progress.add_task("clip", total=len(todo), failed=0, rate=0.0) if progress else None
    window = max(2, engine.jobs * 4)
    pending = iter(todo)
    inflight: dict[cf.Future, Input] = {}
    finished = 0

    def record(inp: Input, outcome: Outcome) -> None:
        nonlocal finished
        finished += 1
        for text in outcome.warnings:
            on_message(Message("warning", shown(text)))
        if outcome.ok:
            outcome.clipping["source"] = inp.label
            output.write(inp, outcome)
            summary.clipped += 1
        else:
            fail(inp.source, outcome.stage, outcome.kind, outcome.reason, outcome.trace)
        if outcome.rss_mb:
            summary.worker_peak_mb[outcome.pid] = max(summary.worker_peak_mb.get(outcome.pid, 0.0), outcome.rss_mb)
            if finished == len(todo) // 2:  # memory must stay flat: compare the half-way mark with the end
                summary.halfway_peak_mb = max(summary.worker_peak_mb.values())
        if finished % CHECKPOINT_EVERY == 0:
            output.checkpoint()
        if progress:
            elapsed = time.perf_counter() - start
            progress.update(task, advance=1, failed=summary.failed, rate=summary.clipped / elapsed if elapsed else 0)

    items: dict[cf.Future, WorkItem] = {}  # what each worker was given, for the one retry after a death
    retried: set[str] = set()

    started: dict[cf.Future, float] = {}  # for an engine that cannot keep time itself (Dask)

    def clip(inp: Input, item: WorkItem) -> None:
        future = engine.submit(item)
        items[future], inflight[future], started[future] = item, inp, time.monotonic()

    def submit(inp: Input) -> None:
        if inp.is_url:
            inflight[fetcher.submit(inp)] = inp
        elif inp.source != "-":
            clip(inp, WorkItem(inp.key, inp.source))
        elif isinstance(item := _stdin_item(inp, config.options), Outcome):
            record(inp, item)
        else:
            clip(inp, item)

    try:
        while True:
            while len(inflight) < window and (inp := next(pending, None)) is not None:
                submit(inp)
            if not inflight:
                break
            done, _ = cf.wait(inflight, timeout=1.0, return_when=cf.FIRST_COMPLETED)
            for future in _overrun(engine, started, config.time_limit) - done:
                inp, _ = inflight.pop(future), items.pop(future, None)
                engine.cancel(future)
                record(inp, Outcome(inp.key, inp.source).failed(
                    Stage.LIMIT, ErrorKind.TIME_LIMIT, f"extraction took longer than {config.time_limit:g} s"))
            for future in done:
                started.pop(future, None)
                inp, item = inflight.pop(future), items.pop(future, None)
                try:
                    result = future.result()
                except Exception as err:  # the engine lost it (a Dask worker gone)
                    result = Outcome(inp.key, inp.source).failed(Stage.CRASH, ErrorKind.WORKER_DIED,
                                                                 f"worker died: {type(err).__name__}")
                if isinstance(result, WorkItem):  # fetched: now extract it
                    clip(inp, result)
                elif result.kind == ErrorKind.WORKER_DIED and item is not None and inp.key not in retried:
                    retried.add(inp.key)  # once, in a fresh worker: the input may not be what killed it
                    clip(inp, item)
                else:
                    record(inp, result)
    except KeyboardInterrupt:
        summary.interrupted = True
    except BrokenPipeError:  # `| head`: the reader has all it wants
        summary.broken_pipe = True
    except OutputFailed as err:
        summary.output_failed = True
        on_message(Message("error", str(err)))
    finally:
        if progress:
            live.stop()
        if fetcher:
            fetcher.shutdown()
        engine.shutdown(cancel=summary.interrupted or summary.broken_pipe)
        try:
            output.close(complete=not (summary.interrupted or summary.output_failed))
        except BrokenPipeError:
            summary.broken_pipe = True
        except OutputFailed as err:
            if not summary.output_failed:
                summary.output_failed = True
                on_message(Message("error", str(err)))
        errors.close()
        summary.seconds = time.perf_counter() - start

    if summary.broken_pipe:
        return ExitStatus.BROKEN_PIPE, summary
    if summary.interrupted:
        return ExitStatus.INTERRUPTED, summary
    return (ExitStatus.SOME_FAILED if summary.failed or summary.output_failed else ExitStatus.OK), summary


def describe(summary: Summary) -> list[str]:
    """The end-of-run summary, a few lines for stderr; rates and memory only where they mean something."""
    line = (f"{summary.clipped} clipped, {summary.failed} failed, {summary.skipped} already done, "
            f"of {summary.total} inputs in {summary.seconds:.1f} s")
    if summary.clipped >= 10 and summary.seconds >= 1:
        line += f" ({summary.rate:.1f} pages/s)"
    lines = [line]
    if summary.worker_peak_mb and summary.halfway_peak_mb:
        lines.append(f"peak memory per worker: {max(summary.worker_peak_mb.values()):.0f} MB "
                     f"(half-way: {summary.halfway_peak_mb:.0f} MB)")
    for kind, count in summary.kinds.most_common(10):
        lines.append(f"  {count:>6}  {kind}")
    if summary.interrupted:
        lines.append("interrupted: what was written is complete; run again with --resume to finish")
    if summary.output_failed:
        lines.append("the output stopped taking clippings: what was written is complete; make room and run "
                     "again with --resume to finish")
    return lines


__all__ = ["BatchConfig", "Message", "Summary", "describe", "run_batch"]
