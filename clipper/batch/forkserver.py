"""Imported by multiprocessing's fork server when it starts (the pool's preload): the server ends
with the run that started it (orphans.py), and loads the extraction stack and the NER model once, so
that every worker forked from it has them already, shared, and is ready at once. Never imported
anywhere else."""

import os
import signal

from clipper.batch.orphans import die_with_parent

die_with_parent()
# Ctrl-C reaches the whole process group: the run handles it, and workers, which the server forks
# with the handlers it has now, ignore it from their first instruction (not only once they run ours)
signal.signal(signal.SIGINT, signal.SIG_IGN)
# one process per core already: a BLAS thread pool in each would only contend (and threads must not
# be running when the server forks)
for variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(variable, "1")

try:
    from clipper.batch.work import warm_up
    from clipper.options import Options

    warm_up(Options())
except Exception:  # a worker loads what it needs itself, and reports what fails
    pass
