"""Running extraction over many inputs: expand, clip each, stream to a sink, report failures.

Library-level (no typer): the CLI passes an error callback and turns the status into an exit code.
"""

from collections.abc import Callable

from clipper.errors import ClipperError, ErrorKind, ExitStatus, SetupError
from clipper.input import expand_sources
from clipper.options import Options
from clipper.output import choose_format, open_sink
from clipper.output.progress import progress_bar

ErrorCallback = Callable[[BaseException, str], None]


def run_extract(args: list[str], options: Options, *, fmt: str, output: str | None,
                on_error: ErrorCallback) -> ExitStatus:
    from clipper.pipeline import extract

    if options.entities:
        from clipper.extraction.entities.model import check_model

        check_model()
    sources: list[str] = []
    failed = 0
    for arg in args:
        found = list(expand_sources([arg]))
        if not found:  # only a folder expands to nothing: an input that failed, not silence
            on_error(ClipperError(arg, "no article files in this folder", kind=ErrorKind.EMPTY), arg)
            failed += 1
        sources += found
    several = len(sources) > 1 or len(args) > 1
    progress = progress_bar() if len(sources) > 1 else None
    with open_sink(output, choose_format(fmt, 2 if several else 1), several) as sink:
        task = progress.add_task("clip", total=len(sources)) if progress else None
        try:
            for source in sources:
                try:
                    sink.write(extract(source, options))
                except (KeyboardInterrupt, SetupError):
                    raise
                except Exception as error:  # one bad input never stops the others
                    failed += 1
                    on_error(error, source)
                if progress:
                    progress.advance(task)
        finally:
            if progress:
                progress.stop()
    return ExitStatus.SOME_FAILED if failed else ExitStatus.OK
