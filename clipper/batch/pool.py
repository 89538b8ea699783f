"""Worker processes the run owns, so that a limit always fires and a dead worker costs one input.

Each worker takes one input at a time over its own pipe. A manager thread watches every pipe and
every worker's sentinel: a result completes its future; a worker that overruns the time limit (stuck
in C code, where the alarm inside it cannot reach) is killed and replaced, its input reported as
having taken too long; a worker that dies (the OOM killer, a crash in C) is replaced and its input
reported as such, for the runner to retry once. Workers are replaced after TASKS_PER_WORKER inputs
too. They start from multiprocessing's fork server, which has the extraction stack and the NER model
loaded already (forkserver.py), so a new worker is ready at once.
"""

import concurrent.futures as cf
import contextlib
import os
import threading
import time
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import wait

from clipper.batch.work import Outcome, WorkItem, serve
from clipper.errors import ErrorKind, Stage
from clipper.options import Options

# a worker is replaced after this many inputs, so whatever a page leaves behind cannot pile up
# (memory is flat well past this: bench/batch.py)
TASKS_PER_WORKER = 2000
GRACE = 2.0  # seconds past the time limit the alarm inside the worker gets before the worker is killed
TICK = 0.1  # seconds between the manager's checks of the clock


@dataclass(slots=True)
class _Worker:
    process: object
    conn: object
    ready: bool = False
    task: tuple[WorkItem, cf.Future] | None = None
    started: float = 0.0
    done: int = 0


class WorkerPool:
    def __init__(self, jobs: int, options: Options, time_limit: float | None):
        import multiprocessing

        self.jobs, self.options, self.time_limit = jobs, options, time_limit
        self._queue: deque[tuple[WorkItem, cf.Future]] = deque()
        self._workers: list[_Worker] = []
        self._lock = threading.Lock()
        self._closing = False
        self._context = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload(["clipper.batch.forkserver"])
        self._thread: threading.Thread | None = None  # workers start with the first input

    def _begin(self) -> None:
        for _ in range(self.jobs):
            self._workers.append(self._start())
        self._thread = threading.Thread(target=self._manage, name="clipper-pool", daemon=True)
        self._thread.start()

    def _start(self) -> _Worker:
        ours, theirs = self._context.Pipe()
        process = self._context.Process(target=serve, args=(theirs, self.options, self.time_limit, os.getpid()),
                                        name="clipper-worker", daemon=True)
        process.start()
        theirs.close()
        return _Worker(process, ours)

    def submit(self, item: WorkItem) -> cf.Future:
        future: cf.Future = cf.Future()
        if self._thread is None:
            self._begin()
        with self._lock:
            self._queue.append((item, future))
        return future

    def _hand_out(self) -> None:
        with self._lock:
            for worker in self._workers:
                if worker.ready and worker.task is None and self._queue:
                    worker.task = self._queue.popleft()
                    worker.started = time.monotonic()
                    with contextlib.suppress(OSError):  # died between two inputs: its sentinel says so
                        worker.conn.send(worker.task[0])

    def _replace(self, worker: _Worker, outcome: Outcome | None) -> None:
        if worker.task is not None and outcome is not None:
            worker.task[1].set_result(outcome)
        worker.task = None
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(5)
        worker.conn.close()
        with self._lock:
            self._workers.remove(worker)
            if not self._closing:
                self._workers.append(self._start())

    def _manage(self) -> None:
        while not self._closing:
            self._hand_out()
            with self._lock:
                workers = list(self._workers)
            ready = wait([w.conn for w in workers] + [w.process.sentinel for w in workers], timeout=TICK)
            for worker in workers:
                if worker.conn in ready:
                    try:
                        message = worker.conn.recv()
                    except (EOFError, OSError):
                        message = None
                    if message == "ready":
                        worker.ready = True
                        continue
                    if isinstance(message, Outcome) and worker.task is not None:
                        worker.task[1].set_result(message)
                        worker.task, worker.done = None, worker.done + 1
                        if worker.done >= TASKS_PER_WORKER:
                            self._replace(worker, None)
                        continue
                if worker.process.sentinel in ready or not worker.process.is_alive():
                    self._replace(worker, self._failed(worker, Stage.CRASH, ErrorKind.WORKER_DIED,
                                                       f"worker died (exit code {worker.process.exitcode})"))
                elif worker.task is not None and self.time_limit and \
                        time.monotonic() - worker.started > self.time_limit + GRACE:
                    self._replace(worker, self._failed(worker, Stage.LIMIT, ErrorKind.TIME_LIMIT,
                                                       f"extraction took longer than {self.time_limit:g} s"))

    @staticmethod
    def _failed(worker: _Worker, stage: Stage, kind: ErrorKind, reason: str) -> Outcome | None:
        if worker.task is None:
            return None
        item = worker.task[0]
        return Outcome(item.key, item.source).failed(stage, kind, reason)

    def shutdown(self, cancel: bool = False) -> None:
        if self._thread is None:
            return
        if not cancel:  # let what is in flight finish
            while True:
                with self._lock:
                    busy = self._queue or any(w.task is not None for w in self._workers)
                if not busy:
                    break
                time.sleep(TICK)
        self._closing = True
        self._thread.join(5)
        with self._lock:
            for worker in self._workers:
                if worker.task is not None:
                    worker.task[1].cancel()
                worker.process.kill()
            for worker in self._workers:
                worker.process.join(5)
                worker.conn.close()
            for _, future in self._queue:
                future.cancel()
            self._queue.clear()
