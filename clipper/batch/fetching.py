"""Polite concurrent fetching for batch runs, in threads of the main process.

At most `per_host` requests to one host at a time; timeouts and connection failures are retried with
exponential backoff, as their ErrorKind says (5xx answers are already retried by the fetch itself); 4xx
never are. `--timeout` bounds an input's whole download, retries included: each attempt gets what is
left of it, and no retry starts once it is spent.
"""

import threading
import time
from collections import defaultdict
from concurrent.futures import Future, ThreadPoolExecutor
from urllib.parse import urlsplit

from clipper.batch.inputs import Input
from clipper.batch.work import Outcome, WorkItem
from clipper.errors import ClipperError
from clipper.options import Options


class Fetcher:
    def __init__(self, options: Options, *, threads: int = 8, per_host: int = 2, retries: int = 2,
                 backoff: float = 1.0):
        self.options, self.retries, self.backoff = options, retries, backoff
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="clipper-fetch")
        self._hosts: defaultdict[str, threading.Semaphore] = defaultdict(lambda: threading.Semaphore(per_host))
        self._lock = threading.Lock()

    def _slot(self, url: str) -> threading.Semaphore:
        with self._lock:
            return self._hosts[urlsplit(url).netloc.lower()]

    def _fetch(self, inp: Input) -> WorkItem | Outcome:
        from clipper.input.fetch import fetch

        deadline = time.monotonic() + self.options.timeout
        for attempt in range(self.retries + 1):
            try:
                with self._slot(inp.source):
                    got = fetch(inp.source, self.options, deadline)
                return WorkItem(inp.key, inp.source, data=got.data, url=got.url, charset=got.charset,
                                plain=got.content_type == "text/plain")
            except ClipperError as err:
                pause = self.backoff * 2 ** attempt
                if attempt == self.retries or not err.kind.retryable or time.monotonic() + pause >= deadline:
                    return Outcome(inp.key, inp.source).failed(err.stage, err.kind, err.reason)
                time.sleep(pause)
        raise AssertionError("unreachable")

    def submit(self, inp: Input) -> Future:
        return self._pool.submit(self._fetch, inp)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
