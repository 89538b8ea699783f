"""Where the per-input function runs: local worker processes, or a Dask distributed cluster.

Both hand back `concurrent.futures.Future`s, so the runner waits on them the same way.
"""

import concurrent.futures as cf
import os

from clipper.batch.work import Outcome, WorkItem, process, warm_up
from clipper.errors import ErrorKind, SetupError, Stage
from clipper.options import Options


class LocalEngine:
    """Worker processes on this machine (pool.py): limits enforced from outside, dead workers replaced."""

    name = "local"
    keeps_time = True  # the pool kills a worker that overruns

    def __init__(self, jobs: int, options: Options, time_limit: float | None):
        from clipper.batch.pool import WorkerPool

        self.jobs = jobs
        self._pool = WorkerPool(jobs, options, time_limit)

    def submit(self, item: WorkItem) -> cf.Future:
        return self._pool.submit(item)

    def cancel(self, future: cf.Future) -> None:
        pass  # the pool keeps time itself

    def shutdown(self, cancel: bool = False) -> None:
        self._pool.shutdown(cancel=cancel)


class DaskEngine:
    """`scheduler` is a scheduler address (tcp://host:8786) or 'local' for a LocalCluster here."""

    name = "dask"
    keeps_time = False  # tasks run in the workers' threads: the runner reports an overrun and cancels it

    def __init__(self, scheduler: str, jobs: int, options: Options, time_limit: float | None):
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise SetupError("the dask engine needs the extra: pip install 'clipper[dask]'") from None
        if scheduler == "local":
            self._cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                                         host="127.0.0.1", dashboard_address=None)
            self._client = Client(self._cluster)
        else:
            self._cluster = None
            try:
                self._client = Client(scheduler, timeout="10s")
            except OSError as err:  # distributed raises OSError (a TimeoutError) for a scheduler out of reach
                raise SetupError(f"cannot reach the dask scheduler at {scheduler}: {err}") from None
        self._client.run(warm_up, options)
        self.jobs = sum(self._client.nthreads().values()) or jobs
        self._args = (options, time_limit)
        self._remote: dict[cf.Future, object] = {}

    def submit(self, item: WorkItem) -> cf.Future:
        future: cf.Future = cf.Future()
        remote = self._client.submit(process, item, *self._args, pure=False)
        self._remote[future] = remote

        def relay(done) -> None:
            self._remote.pop(future, None)
            if future.done():  # reported already: it overran the time limit
                return
            try:
                future.set_result(done.result())
            except Exception as err:  # the worker died: report it as this input's failure
                outcome = Outcome(item.key, item.source).failed(Stage.CRASH, ErrorKind.WORKER_DIED, f"dask: {err}")
                future.set_result(outcome)

        remote.add_done_callback(relay)
        return future

    def cancel(self, future: cf.Future) -> None:
        remote = self._remote.pop(future, None)
        if remote is not None:
            remote.cancel()

    def shutdown(self, cancel: bool = False) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
