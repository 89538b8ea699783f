"""Batch runs: thousands of files or URLs, in parallel, resumable, nothing lost or duplicated.

inputs.py collects and de-duplicates the inputs; work.py is the per-input function that runs in a
worker (a local process or a Dask worker); fetching.py downloads URLs politely in the main process;
engines.py runs the work locally or on Dask; sinks.py writes results, the journal that remembers what
is done and the errors file; runner.py ties them together with progress and a summary.
"""

from clipper.batch.runner import BatchConfig, run_batch

__all__ = ["BatchConfig", "run_batch"]
