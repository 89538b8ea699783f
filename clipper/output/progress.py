"""The progress bar on stderr, shared by `clipper extract` and `clipper batch`: shown only to people
watching a terminal, never mixed into piped output."""

import sys


def progress_bar(*extra_columns):
    """A started rich Progress on stderr with `extra_columns` before the ETA, or None when stderr is
    not a terminal."""
    if not sys.stderr.isatty():
        return None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    progress = Progress(TextColumn("clipping"), BarColumn(), MofNCompleteColumn(), *extra_columns,
                        TimeRemainingColumn(), console=Console(stderr=True), transient=True)
    progress.start()
    return progress
