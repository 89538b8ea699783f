"""Running clipper over inputs, for both commands: thousands of files or URLs in parallel, resumable,
nothing lost or duplicated, or one file here and now.

inputs.py collects and de-duplicates the inputs; work.py is the per-input function that runs in a
worker (a local process or a Dask worker); fetching.py downloads URLs politely in the main process;
engines.py runs the work locally (pool.py: worker processes under the time limit, replaced when they
die; orphans.py: they end with the run) or on Dask; resume.py decides what an earlier run finished;
runner.py ties them together with the sinks of clipper/output, progress and a summary.
"""

from clipper.batch.runner import BatchConfig, Message, run_batch

__all__ = ["BatchConfig", "Message", "run_batch"]
