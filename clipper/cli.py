"""The `clipper` command: parses options, builds a run, hands it to the one runner, renders messages.

No extraction logic lives here, and nothing heavy is imported before a command runs, so
`clipper --help` starts fast (trafilatura, lxml and spaCy load on the first clipping).
"""

import os
import sys
from datetime import date
from enum import StrEnum
from typing import Annotated

import typer

from clipper import __version__
from clipper.errors import ExitStatus, SetupError
from clipper.options import DEFAULT_USER_AGENT, Options

app = typer.Typer(
    name="clipper",
    help="Turn Indonesian news pages and scraped articles into clean JSON clippings.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)



def _plain_help() -> None:
    """typer (0.29) puts Python type names in help (`<list[str]>`, `<bool>`) and braces around a required
    argument (`{SOURCE}...`); a user needs the metavar and the choices, and the usual `SOURCE...`."""
    from typer import core

    def option_type(self, ctx):
        if self.metavar is not None:
            return self.metavar or None
        shown = self.display_type(ctx)
        return shown if self.type_descriptor.is_choice else None

    def usage_name(self):
        name = self.display_name_raw + ("..." if self.nargs != 1 else "")
        return name if self.required else f"[{name}]"

    if hasattr(core.TyperOption, "display_type_rich") and hasattr(core.TyperArgument, "_usage_display_name"):
        core.TyperOption.display_type_rich = option_type
        core.TyperArgument.display_type_rich = lambda self, ctx: None
        core.TyperArgument._usage_display_name = usage_name


_plain_help()

EXIT_CODES = ("Exit code: 0 every input clipped, 1 some failed, 2 usage error (bad options, an output that "
              "cannot be written, an unreadable --from list), 130 interrupted, 141 the reader of stdout "
              "went away.")


class Format(StrEnum):
    auto = "auto"
    json = "json"
    jsonl = "jsonl"
    table = "table"


class Engine(StrEnum):
    local = "local"
    dask = "dask"


def _at_least(low: float):
    def check(value):
        if value is not None and value < low:
            raise typer.BadParameter(f"must be at least {low:g}, not {value:g}")
        return value

    return check


def _day(value: str | None) -> date | None:
    if value is None:
        return None
    from clipper.indonesian.calendar import DAY_FORMS, parse_day

    day = parse_day(value)
    if day is None:
        raise typer.BadParameter(f"{value!r} is not a date: use {DAY_FORMS}")
    return day


# the options both commands share, declared once
Output = Annotated[str | None, typer.Option("--output", "-o", metavar="FILE", show_default=False, help=(
    "Write here instead of stdout. A file is replaced atomically (batch: appended as results come, "
    "see --resume); a symlink's target is written; a device or FIFO is written in place."))]
Errors = Annotated[str | None, typer.Option(metavar="FILE", help="Also write failed inputs here as JSON Lines "
                                            "(input, stage, kind, reason), ready for --from.")]
Timeout = Annotated[float, typer.Option(metavar="SECONDS", callback=_at_least(0.1),
                                        help="Seconds to wait for a web server.")]
UserAgent = Annotated[str, typer.Option(metavar="TEXT", help="User-Agent header sent when fetching URLs.")]
MaxMB = Annotated[float, typer.Option("--max-mb", metavar="MB", callback=_at_least(0.001),
                                      help="Refuse files and responses larger than this.")]
AllowPrivate = Annotated[bool, typer.Option("--allow-private", metavar="", help=(
    "Allow fetching from private and loopback addresses (refused by default)."))]
NoEntities = Annotated[bool, typer.Option("--no-entities", metavar="", help=(
    "Skip people, organisations and places (faster; the NER model is not loaded; quote speakers are "
    "then the names as written)."))]
ReferenceDate = Annotated[str | None, typer.Option("--reference-date", metavar="DATE", help=(
    "What 'kemarin' or 'Rabu (4/7)' count from when an article prints no publication date: "
    "2018-07-04, 04/07/2018 or '4 Juli 2018'."))]
TimeLimit = Annotated[float, typer.Option(metavar="SECONDS", callback=_at_least(1),
                                          help="Seconds of extraction allowed per input.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", metavar="", help="No progress bar and no summary.")]
Debug = Annotated[bool, typer.Option("--debug", metavar="", help="Show the traceback of an internal error.")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"clipper {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[bool, typer.Option("--version", "-V", callback=_version, is_eager=True, metavar="",
                                          help="Show the version and exit.")] = False,
) -> None:
    """Turn Indonesian news pages and scraped articles into clean JSON clippings."""


def _say(prefix: str, text: str) -> None:
    from rich.markup import escape

    from clipper.output.progress import say

    say(f"{prefix} {escape(text)}")


def _error(text: str) -> None:
    _say("[bold red]clipper:[/]", text)


def _warning(text: str) -> None:
    _say("[bold yellow]clipper: warning:[/]", text)


def _options(timeout: float, user_agent: str, max_mb: float, allow_private: bool, no_entities: bool,
             reference_date: str | None) -> Options:
    """The extraction options both commands share, from their command-line form."""
    try:
        day = _day(reference_date)
    except typer.BadParameter as err:
        raise typer.BadParameter(str(err), param_hint="--reference-date") from None
    return Options(timeout=timeout, user_agent=user_agent, max_bytes=int(max_mb * 1_000_000),
                   allow_private_hosts=allow_private, entities=not no_entities, reference_date=day,
                   today=date.today())


def _run(config, *, quiet: bool, debug: bool, summary: bool) -> None:
    """Both commands end here: run, print messages and the summary, exit with the run's status."""
    from clipper.batch.runner import describe, run_batch

    def show(message) -> None:
        (_error if message.level == "error" else _warning)(message.text)
        if debug and message.trace:
            sys.stderr.write(message.trace)

    if "-" in config.sources and sys.stdin.isatty() and not quiet:
        _say("[dim]clipper:[/]", "reading a page from stdin (end it with Ctrl-D)")
    try:
        status, result = run_batch(config, on_message=show)
    except KeyboardInterrupt:  # before the first input (loading the model, walking folders)
        _error("interrupted")
        raise typer.Exit(ExitStatus.INTERRUPTED) from None
    except SetupError as err:  # a usage error, no model, the dask extra missing, no scheduler
        _error(str(err))
        raise typer.Exit(ExitStatus.USAGE) from None
    if status == ExitStatus.BROKEN_PIPE:  # quietly: the reader has gone, and so does any further output
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(status)
    if (summary and not quiet) or status == ExitStatus.INTERRUPTED:
        for line in describe(result):
            typer.echo(line, err=True)
    raise typer.Exit(status)


def _read_from(from_file: str | None) -> list[str]:
    if not from_file:
        return []
    from clipper.batch.inputs import read_list

    try:
        text = sys.stdin.read() if from_file == "-" else open(from_file, encoding="utf-8").read()  # noqa: SIM115
        return read_list(text)
    except UnicodeDecodeError:
        raise typer.BadParameter(f"{from_file}: not UTF-8 text", param_hint="--from") from None
    except OSError as err:
        raise typer.BadParameter(f"{from_file}: {err.strerror or err}", param_hint="--from") from None
    except ValueError as err:
        raise typer.BadParameter(f"{from_file}: {err}", param_hint="--from") from None


@app.command()
def extract(
    sources: Annotated[list[str], typer.Argument(help="Files, folders (searched recursively), http(s) URLs, "
                                                 "or '-' for stdin.", metavar="SOURCE", show_default=False)],
    fmt: Annotated[Format, typer.Option("--format", "-f", case_sensitive=False, help=(
        "auto: one JSON object for one file, page or stdin; JSON Lines for a folder, several inputs "
        "or -o x.jsonl."))] = Format.auto,
    output: Output = None,
    errors: Errors = None,
    timeout: Timeout = 30.0,
    user_agent: UserAgent = DEFAULT_USER_AGENT,
    max_mb: MaxMB = 20.0,
    allow_private: AllowPrivate = False,
    no_entities: NoEntities = False,
    reference_date: ReferenceDate = None,
    time_limit: TimeLimit = 120.0,
    quiet: Quiet = False,
    debug: Debug = False,
) -> None:
    """Clip articles here and now: one JSON clipping per input.

    [b]Examples[/b]

      clipper extract sample_articles/001_2b9158f90e3cda6c.txt

      clipper extract saved_pages/ -o clippings.jsonl

      clipper extract https://www.antaranews.com/berita/... --timeout 10

      curl -s URL | clipper extract - --format table

    Clippings go to stdout (or -o), errors and warnings to stderr, one line each.
    """
    from clipper.batch.runner import BatchConfig

    options = _options(timeout, user_agent, max_mb, allow_private, no_entities, reference_date)
    single = len(sources) == 1 and not os.path.isdir(sources[0])
    from clipper.output.sinks import choose_format

    config = BatchConfig(sources=sources, output=output, errors=errors, single=single,
                         fmt=choose_format(fmt.value, single=single, output=output), journal=False,
                         jobs=1, options=options, time_limit=time_limit, retries=0,
                         progress=not quiet)
    _run(config, quiet=quiet, debug=debug, summary=False)


extract.__doc__ += "\n    " + EXIT_CODES


@app.command()
def batch(
    sources: Annotated[list[str] | None, typer.Argument(help="Folders (recursive), files and http(s) URLs.",
                                                        metavar="SOURCE", show_default=False)] = None,
    from_file: Annotated[str | None, typer.Option("--from", metavar="FILE", help=(
        "Read inputs from FILE, one path or URL per line ('-' for stdin); an --errors file works too."))] = None,
    glob: Annotated[str | None, typer.Option(metavar="PATTERN", help=(
        "Only files in folders whose name matches, e.g. '*.html'."))] = None,
    output: Output = None,
    out_dir: Annotated[str | None, typer.Option(metavar="DIR", help=(
        "Write one .json per input here, mirroring the input trees."))] = None,
    errors: Errors = None,
    resume: Annotated[bool, typer.Option("--resume", metavar="", help=(
        "Continue an earlier run into the same output: inputs it clipped are skipped (by resolved path "
        "and content, or normalised URL); a file changed since is clipped again and replaces its clipping."))
    ] = False,
    overwrite: Annotated[bool, typer.Option("--overwrite", metavar="", help=(
        "Start the output afresh when it already holds clippings."))] = False,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", metavar="N", callback=_at_least(1),
                                             help="Worker processes (default: all cores).")] = None,
    engine: Annotated[Engine, typer.Option(case_sensitive=False, help=(
        "Processes on this machine, or a Dask cluster."))] = Engine.local,
    scheduler: Annotated[str, typer.Option(metavar="ADDRESS", help=(
        "Dask scheduler address (tcp://host:8786), or 'local'."))] = "local",
    time_limit: TimeLimit = 120.0,
    per_host: Annotated[int, typer.Option(metavar="N", callback=_at_least(1),
                                          help="Concurrent requests to one web host.")] = 2,
    retries: Annotated[int, typer.Option(metavar="N", callback=_at_least(0), help=(
        "Retries for fetches that time out or fail to connect."))] = 2,
    timeout: Timeout = 30.0,
    user_agent: UserAgent = DEFAULT_USER_AGENT,
    max_mb: MaxMB = 20.0,
    allow_private: AllowPrivate = False,
    no_entities: NoEntities = False,
    reference_date: ReferenceDate = None,
    quiet: Quiet = False,
    debug: Debug = False,
) -> None:
    """Clip many inputs in parallel into JSON Lines: resumable, nothing lost or duplicated.

    [b]Examples[/b]

      clipper batch crawl/ --glob '*.html' -o clippings.jsonl --errors failed.jsonl

      clipper batch --from urls.txt -o clippings.jsonl --resume

      clipper batch --from failed.jsonl -o clippings.jsonl --resume     (retry what failed)

      clipper batch crawl/ --out-dir clips/ --engine dask --scheduler tcp://10.0.0.5:8786

    Results stream as they finish. A run stopped by Ctrl-C or killed outright continues with
    --resume and yields each input exactly once. An output that already holds clippings needs
    --resume or --overwrite.
    """
    from clipper.batch.runner import BatchConfig

    items = list(sources or []) + _read_from(from_file)
    if not items:
        raise typer.BadParameter("give SOURCE arguments or --from FILE", param_hint="SOURCE")
    options = _options(timeout, user_agent, max_mb, allow_private, no_entities, reference_date)
    config = BatchConfig(sources=items, glob=glob, output=output, out_dir=out_dir, errors=errors, resume=resume,
                         overwrite=overwrite, engine=engine.value, scheduler=scheduler, options=options,
                         time_limit=time_limit, per_host=per_host, retries=retries, progress=not quiet)
    if jobs:
        config.jobs = jobs
    _run(config, quiet=quiet, debug=debug, summary=True)


batch.__doc__ += "\n    " + EXIT_CODES


@app.command()
def schema() -> None:
    """Print the JSON Schema of a clipping."""
    import json

    from clipper.schema import json_schema

    typer.echo(json.dumps(json_schema(), indent=2))


def main() -> None:
    """The console script: a usage error is one line on stderr, as every other message of clipper."""
    usage_error = typer.BadParameter.__mro__[1]  # click's UsageError, as typer (0.29 vendors click) raises it
    try:
        status = app(standalone_mode=False, prog_name="clipper")
    except usage_error as err:
        if err.ctx is not None and type(err).__name__ == "NoArgsIsHelpError":  # bare `clipper`: the help
            err.ctx.get_help()  # rich prints it
            sys.exit(ExitStatus.USAGE)
        command = err.ctx.command_path if err.ctx else "clipper"
        _error(f"{err.format_message()} (see {command} --help)")
        sys.exit(ExitStatus.USAGE)
    except typer.Abort:
        _error("interrupted")
        sys.exit(ExitStatus.INTERRUPTED)
    sys.exit(status or 0)
