"""The one exception clipper raises for bad input, and the process exit codes."""

from enum import IntEnum


class ExitStatus(IntEnum):
    """What `clipper` tells the shell (one place, as httpie's `ExitStatus`)."""

    OK = 0
    SOME_FAILED = 1  # at least one input could not be clipped
    USAGE = 2  # bad options or arguments
    INTERRUPTED = 130  # Ctrl-C


class ClipperError(Exception):
    """An input that cannot be clipped: `source` names it, `reason` says why in a few words.

    `stage` is where it failed (read, fetch, decode, extract) so a batch can group failures.
    """

    def __init__(self, source: str, reason: str, stage: str = "read"):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
        self.stage = stage
