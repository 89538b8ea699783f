"""What can go wrong, by kind: the exception clipper raises for an input it cannot clip, the one for
an installation that cannot run, and the process exit codes. Retries, exit codes and reports decide
by `ErrorKind`, never by the wording of a message."""

from enum import IntEnum, StrEnum


class ExitStatus(IntEnum):
    """What `clipper` tells the shell (one place, as httpie's `ExitStatus`)."""

    OK = 0
    SOME_FAILED = 1  # at least one input could not be clipped
    USAGE = 2  # bad options or arguments, or an installation that cannot run (SetupError)
    INTERRUPTED = 130  # Ctrl-C
    BROKEN_PIPE = 141  # the reader of stdout went away (`| head`): 128 + SIGPIPE, as a shell reports it


class Stage(StrEnum):
    """Where an input failed, so a batch can group its failures."""

    READ = "read"
    FETCH = "fetch"
    DECODE = "decode"
    EXTRACT = "extract"
    LIMIT = "limit"  # the batch's time limit for one input
    CRASH = "crash"  # the worker serving it died


class ErrorKind(StrEnum):
    """One kind per cause."""

    MISSING_FILE = "missing file"
    NOT_A_FILE = "not a file"  # a folder, a device, a socket
    PERMISSION = "permission denied"
    EMPTY = "empty"
    BINARY = "binary"  # a PDF, an image, an archive: not an article
    TOO_LARGE = "too large"
    TIMEOUT = "timeout"
    CONNECTION = "connection failed"  # refused or reset
    HOST_NOT_FOUND = "host not found"
    HTTP_STATUS = "http status"
    PRIVATE_ADDRESS = "private address refused"
    REDIRECT_LOOP = "redirect loop"
    NOT_A_PAGE = "not a web page"  # a content type we cannot clip
    INVALID_URL = "invalid url"  # "http:///?x=1", "http://[::1/x", a redirect to file://
    NO_ARTICLE = "no article"
    DECODING = "decoding"
    TIME_LIMIT = "time limit"
    WORKER_DIED = "worker died"
    INTERNAL = "internal"  # a bug: an exception clipper did not expect

    @property
    def retryable(self) -> bool:
        """Worth another try later: the network, not the input, failed."""
        return self in (ErrorKind.TIMEOUT, ErrorKind.CONNECTION)


class ClipperError(Exception):
    """An input that cannot be clipped: `source` names it, `reason` says why in a few words for a
    person, `kind` says why for a program, `stage` where it happened."""

    def __init__(self, source: str, reason: str, *, kind: ErrorKind, stage: Stage = Stage.READ):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
        self.kind = kind
        self.stage = stage


class SetupError(Exception):
    """clipper cannot run at all (the NER model is missing, the dask extra is not installed, the
    scheduler cannot be reached): not a fault of any input, so the run stops before it starts."""


class UsageError(SetupError):
    """The options cannot work as given (an output folder that does not exist, an output that would be
    overwritten without --overwrite): said in one line, exit 2, before any input is tried."""
