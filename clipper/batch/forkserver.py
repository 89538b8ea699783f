"""Imported by multiprocessing's fork server when it starts (LocalEngine's preload): the server ends
with the batch process that started it (orphans.py). Never imported anywhere else."""

from clipper.batch.orphans import die_with_parent

die_with_parent()
