"""Worker processes that end with the batch that started them, however it ends (a SIGKILL included).

Local workers are forked by multiprocessing's fork server, a child of the batch process. On Linux
each asks the kernel for SIGKILL when its parent dies (prctl PR_SET_PDEATHSIG): the server when the
batch dies, a worker when the server dies. Elsewhere, and as a second line, a worker also watches
the batch's pid and leaves when it is gone.
"""

import contextlib
import ctypes
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1
WATCH_EVERY = 1.0  # seconds


def die_with_parent() -> None:
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):  # no libc to ask: the watch thread remains
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # the pid now belongs to someone else's process: ours is gone
        return False
    return True


def watch(pid: int) -> None:
    """Leave at once when process `pid` is gone (a daemon thread)."""
    def run() -> None:
        while _alive(pid):
            time.sleep(WATCH_EVERY)
        os._exit(1)

    threading.Thread(target=run, name="clipper-watch-parent", daemon=True).start()
