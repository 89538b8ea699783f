"""The progress bar on stderr, and every line clipper prints there, shared by both commands.

The bar is shown only to people watching a terminal; it never touches stdout (rich's default is to
redirect stdout into its console, which would send the clippings to stderr). While it is live, the
lines of `say` print above it, whole, instead of being glued onto it.
"""

import sys

_live = None  # the running Progress, if any


def progress_bar(*extra_columns):
    """A started rich Progress on stderr with `extra_columns` before the ETA, or None when stderr is
    not a terminal."""
    global _live
    if not sys.stderr.isatty():
        return None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    _live = Progress(TextColumn("clipping"), BarColumn(), MofNCompleteColumn(), *extra_columns,
                     TimeRemainingColumn(), console=Console(stderr=True), transient=True,
                     redirect_stdout=False, redirect_stderr=False)
    _live.start()
    return _live


def stop() -> None:
    global _live
    if _live is not None:
        _live.stop()
        _live = None


def say(markup: str) -> None:
    """One line on stderr (rich markup), above the progress bar when one is showing."""
    from rich.console import Console

    console = _live.console if _live is not None else Console(stderr=True, highlight=False, soft_wrap=True)
    console.print(markup, highlight=False, soft_wrap=True)
