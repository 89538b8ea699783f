"""The `clipper` command: parses options, builds an Options object, calls the library, renders.

No extraction logic lives here, and nothing heavy is imported before a command runs, so
`clipper --help` starts fast (trafilatura, lxml and spaCy load on the first clipping).
"""

import logging
import sys
import traceback
from datetime import date, datetime
from typing import Annotated

import typer

from clipper import __version__
from clipper.errors import ClipperError, ExitStatus, SetupError
from clipper.options import DEFAULT_USER_AGENT, Options

app = typer.Typer(
    name="clipper",
    help="Turn Indonesian news pages and scraped articles into clean JSON clippings.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)

Format = Annotated[str, typer.Option("--format", "-f", help="auto (json for one input, jsonl for several), "
                                     "json, jsonl or table.", case_sensitive=False)]
Output = Annotated[str | None, typer.Option("--output", "-o", help="Write to FILE (atomically) instead of stdout.",
                                            metavar="FILE")]
Timeout = Annotated[float, typer.Option(help="Seconds to wait for a web server.", min=0.1)]
UserAgent = Annotated[str, typer.Option(help="User-Agent header sent when fetching URLs.")]
MaxMB = Annotated[float, typer.Option("--max-mb", help="Refuse files and responses larger than this (MB).", min=0.001)]
AllowPrivate = Annotated[bool, typer.Option("--allow-private", help="Allow fetching from private and loopback "
                                            "addresses (refused by default).")]
Debug = Annotated[bool, typer.Option("--debug", help="Show tracebacks for failed inputs.")]
NoEntities = Annotated[bool, typer.Option("--no-entities", help="Skip people, organisations and places "
                                          "(faster; the NER model is not loaded; quote speakers are then "
                                          "the names as written).")]
ReferenceDate = Annotated[datetime | None, typer.Option(
    "--reference-date", formats=["%Y-%m-%d"], metavar="YYYY-MM-DD",
    help="What 'kemarin' or 'Rabu (4/7)' count from when an article prints no publication date.")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"clipper {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[bool, typer.Option("--version", "-V", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """Turn Indonesian news pages and scraped articles into clean JSON clippings."""


def _error(message: str) -> None:
    from rich.console import Console
    from rich.markup import escape

    Console(stderr=True, highlight=False, soft_wrap=True).print(f"[bold red]clipper:[/] {escape(message)}")


class _WarningLine(logging.Handler):
    """The library's warnings ("a.html: invalid UTF-8: 2 byte sequence(s) replaced"), one line on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        from rich.console import Console
        from rich.markup import escape

        Console(stderr=True, highlight=False, soft_wrap=True).print(
            f"[bold yellow]clipper: warning:[/] {escape(record.getMessage())}")


def _show_warnings() -> None:
    logger = logging.getLogger("clipper")
    if not logger.handlers:
        logger.addHandler(_WarningLine(logging.WARNING))
        logger.propagate = False


def _options(timeout: float, user_agent: str, max_mb: float, allow_private: bool, no_entities: bool,
             reference_date: datetime | None) -> Options:
    """The extraction options both commands share, from their command-line form."""
    return Options(timeout=timeout, user_agent=user_agent, max_bytes=int(max_mb * 1_000_000),
                   allow_private_hosts=allow_private, entities=not no_entities,
                   reference_date=reference_date.date() if reference_date else None, today=date.today())


@app.command()
def extract(
    sources: Annotated[list[str], typer.Argument(help="Files, folders (searched recursively), http(s) URLs, "
                                                 "or '-' for stdin.", metavar="SOURCE...")],
    fmt: Format = "auto",
    output: Output = None,
    timeout: Timeout = 30.0,
    user_agent: UserAgent = DEFAULT_USER_AGENT,
    max_mb: MaxMB = 20.0,
    allow_private: AllowPrivate = False,
    no_entities: NoEntities = False,
    reference_date: ReferenceDate = None,
    debug: Debug = False,
) -> None:
    """Clip articles: one JSON clipping per input.

    [b]Examples[/b]

      clipper extract sample_articles/001_2b9158f90e3cda6c.txt

      clipper extract saved_pages/ -o clippings.jsonl

      clipper extract https://www.antaranews.com/berita/... --timeout 10

      curl -s URL | clipper extract - --format table

    One input gives one JSON object (pretty on a terminal), several give JSON Lines.

    Errors go to stderr, one line per failed input.
    Exit code: 0 when every input was clipped, 1 when some failed, 2 for a usage error.
    """
    from clipper.extractor import run_extract

    fmt = fmt.lower()
    if fmt not in ("auto", "json", "jsonl", "table"):
        raise typer.BadParameter(f"unknown format {fmt!r}: use auto, json, jsonl or table", param_hint="--format")
    options = _options(timeout, user_agent, max_mb, allow_private, no_entities, reference_date)
    try:
        _show_warnings()
        status = run_extract(sources, options, fmt=fmt, output=output, on_error=_reporter(debug))
    except KeyboardInterrupt:
        _error("interrupted")
        raise typer.Exit(ExitStatus.INTERRUPTED) from None
    except SetupError as err:
        _error(str(err))
        raise typer.Exit(ExitStatus.USAGE) from None
    raise typer.Exit(status)


def _reporter(debug: bool):
    def report(error: BaseException, source: str) -> None:
        if isinstance(error, ClipperError):
            _error(str(error))
        else:
            _error(f"{source}: internal error: {type(error).__name__}: {error} (run with --debug for details)")
        if debug:
            traceback.print_exception(error, file=sys.stderr)

    return report


@app.command()
def batch(
    sources: Annotated[list[str] | None, typer.Argument(help="Folders (recursive), files and http(s) URLs.",
                                                        metavar="[SOURCE]...")] = None,
    from_file: Annotated[str | None, typer.Option("--from", help="Read inputs from FILE, one path or URL per "
                                                  "line ('-' for stdin); an --errors file works too.")] = None,
    glob: Annotated[str | None, typer.Option(help="Only files in folders whose name matches, e.g. '*.html'.")] = None,
    output: Annotated[str | None, typer.Option("--output", "-o", help="Append clippings to this JSON Lines file.",
                                               metavar="FILE")] = None,
    out_dir: Annotated[str | None, typer.Option(help="Write one .json per input here, mirroring the input tree.",
                                                metavar="DIR")] = None,
    errors: Annotated[str | None, typer.Option(help="Write failed inputs here as JSON Lines (input, stage, reason).",
                                               metavar="FILE")] = None,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", help="Worker processes (default: all cores).",
                                             min=1)] = None,
    resume: Annotated[bool, typer.Option(help="Skip inputs an earlier run already clipped into the output.")] = False,
    engine: Annotated[str, typer.Option(help="local (processes on this machine) or dask.")] = "local",
    scheduler: Annotated[str, typer.Option(help="Dask scheduler address (tcp://host:8786), or 'local'.")] = "local",
    time_limit: Annotated[float, typer.Option(help="Seconds of extraction allowed per input.", min=1)] = 120.0,
    per_host: Annotated[int, typer.Option(help="Concurrent requests to one web host.", min=1)] = 2,
    retries: Annotated[int, typer.Option(help="Retries for fetches that time out or fail to connect.", min=0)] = 2,
    timeout: Timeout = 30.0,
    user_agent: UserAgent = DEFAULT_USER_AGENT,
    max_mb: MaxMB = 20.0,
    allow_private: AllowPrivate = False,
    no_entities: NoEntities = False,
    reference_date: ReferenceDate = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
) -> None:
    """Clip many inputs in parallel: resumable, nothing lost or duplicated.

    [b]Examples[/b]

      clipper batch crawl/ --glob '*.html' -o clippings.jsonl --errors failed.jsonl

      clipper batch --from urls.txt -o clippings.jsonl --resume

      clipper batch --from failed.jsonl -o clippings.jsonl --resume     (retry what failed)

      clipper batch crawl/ --out-dir clips/ --engine dask --scheduler tcp://10.0.0.5:8786

    Results stream as they finish. A run stopped by Ctrl-C or killed outright continues with
    --resume and yields each input exactly once.
    Exit code: 0 all clipped, 1 some failed, 2 usage error, 130 interrupted.
    """
    from clipper.batch import BatchConfig, run_batch
    from clipper.batch.inputs import read_list
    from clipper.batch.runner import describe

    items = list(sources or [])
    if from_file:
        try:
            text = sys.stdin.read() if from_file == "-" else open(from_file, encoding="utf-8").read()  # noqa: SIM115
        except OSError as err:
            raise typer.BadParameter(f"{from_file}: {err.strerror}", param_hint="--from") from None
        items += read_list(text)
    if not items:
        raise typer.BadParameter("give SOURCE arguments or --from FILE", param_hint="SOURCE")
    if output and out_dir:
        raise typer.BadParameter("use either --output or --out-dir", param_hint="--out-dir")
    if resume and not (output or out_dir):
        raise typer.BadParameter("--resume needs --output or --out-dir to resume from", param_hint="--resume")
    if engine not in ("local", "dask"):
        raise typer.BadParameter(f"unknown engine {engine!r}: use local or dask", param_hint="--engine")
    options = _options(timeout, user_agent, max_mb, allow_private, no_entities, reference_date)
    config = BatchConfig(sources=items, glob=glob, output=output, out_dir=out_dir, errors=errors, resume=resume,
                         engine=engine, scheduler=scheduler, options=options, time_limit=time_limit,
                         per_host=per_host, retries=retries, progress=not quiet)
    if jobs:
        config.jobs = jobs
    try:
        status, summary = run_batch(config, on_error=lambda source, reason: _error(f"{source}: {reason}"))
    except SetupError as err:  # no model, the dask extra is missing, or the scheduler cannot be reached
        _error(str(err))
        raise typer.Exit(ExitStatus.USAGE) from None
    if not quiet or status == ExitStatus.INTERRUPTED:
        for line in describe(summary):
            typer.echo(line, err=True)
    raise typer.Exit(status)


@app.command()
def schema() -> None:
    """Print the JSON Schema of a clipping."""
    import json

    from clipper.schema import json_schema

    typer.echo(json.dumps(json_schema(), indent=2))


def main() -> None:
    app()
