"""Batch throughput, scaling and memory, against plain trafilatura in a process pool, in one run.

    python bench/batch.py [--size 2000]

Builds a corpus of `--size` inputs by copying the saved dev pages and the samples under unique names,
runs the batch runner (the code behind `clipper batch`) with 1 and 2 worker processes (full clipping,
entities included) and with 2 without the entity stage, and runs the same files through
`trafilatura.extract` in a 2-process pool as the reference.
"""

import argparse
import shutil
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from paths import ROOT, SHARED

from clipper import Options
from clipper.batch import BatchConfig, run_batch

SEEDS = sorted((SHARED / "data" / "html" / "dev").glob("*.html")) + sorted(
    (ROOT / "sample_articles").glob("*.txt"))


def build_corpus(folder: Path, size: int) -> list[Path]:
    paths = []
    for i in range(size):
        seed = SEEDS[i % len(SEEDS)]
        target = folder / f"{i // 500:03d}" / f"{i:06d}_{seed.name}"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(seed, target)
        paths.append(target)
    return paths


def trafilatura_one(path: str) -> bool:
    import trafilatura

    return trafilatura.extract(Path(path).read_bytes()) is not None


def trafilatura_pool(paths: list[Path], jobs: int) -> float:
    with ProcessPoolExecutor(jobs) as pool:
        list(pool.map(trafilatura_one, [str(p) for p in paths[:jobs * 2]]))  # warm the workers
        start = time.perf_counter()
        list(pool.map(trafilatura_one, [str(p) for p in paths], chunksize=16))
        return len(paths) / (time.perf_counter() - start)


def clipper_batch(folder: Path, out: Path, jobs: int, entities: bool = True):
    config = BatchConfig(sources=[str(folder)], output=str(out), jobs=jobs, progress=False,
                         options=Options(entities=entities))
    status, summary = run_batch(config, on_message=lambda message: print(f"{message.level}: {message.text}"))
    assert summary.failed == 0, status
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paths = build_corpus(Path(tmp) / "corpus", args.size)
        one = clipper_batch(Path(tmp) / "corpus", Path(tmp) / "one.jsonl", 1)
        two = clipper_batch(Path(tmp) / "corpus", Path(tmp) / "two.jsonl", 2)
        bare = clipper_batch(Path(tmp) / "corpus", Path(tmp) / "bare.jsonl", 2, entities=False)
        reference = trafilatura_pool(paths, 2)
    print(f"corpus: {args.size} inputs ({len(SEEDS)} seed pages and articles, copied)")
    print(f"clipper batch --jobs 1     {one.rate:7.1f} pages/s")
    print(f"clipper batch --jobs 2     {two.rate:7.1f} pages/s   scaling {two.rate / one.rate:.2f}x")
    print(f"clipper --no-entities, 2   {bare.rate:7.1f} pages/s   clipper / trafilatura {bare.rate / reference:.2f}")
    print(f"trafilatura, 2 processes   {reference:7.1f} pages/s   clipper / trafilatura {two.rate / reference:.2f}")
    for label, s in (("jobs 1", one), ("jobs 2", two)):
        print(f"peak RSS per worker ({label}): {max(s.worker_peak_mb.values()):.0f} MB at the end, "
              f"{s.halfway_peak_mb:.0f} MB half-way, over {len(s.worker_peak_mb)} worker process(es)")


if __name__ == "__main__":
    main()
