"""Batch throughput, scaling and memory, against plain trafilatura in a process pool, in one run.

    python bench/batch.py [--size 2000]

Two workloads, measured apart because they are different work: saved HTML pages (the dev pages,
copied under unique names to `--size` inputs), where trafilatura has a page to read, and plain-text
articles (the dev stories and the samples), where it has nothing to do. Each runs through the batch
runner (the code behind `clipper batch`, full clipping) with 1 and 2 worker processes; the pages also
without the entity stage, and through `trafilatura.extract` in pools of 1 and 2 processes as the
reference. Peak RSS per worker is read at the end of each run and half-way through it.
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

PAGES = sorted((SHARED / "data" / "html" / "dev").glob("*.html"))
ARTICLES = sorted((SHARED / "data" / "articles" / "dev").glob("*.txt")) + sorted(
    (ROOT / "sample_articles").glob("*.txt"))


def build_corpus(folder: Path, seeds: list[Path], size: int) -> list[Path]:
    paths = []
    for i in range(size):
        seed = seeds[i % len(seeds)]
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


def rss(summary) -> str:
    return (f"peak RSS per worker {max(summary.worker_peak_mb.values()):.0f} MB at the end, "
            f"{summary.halfway_peak_mb:.0f} MB half-way")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2000, help="inputs per workload")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        pages = build_corpus(Path(tmp) / "pages", PAGES, args.size)
        build_corpus(Path(tmp) / "articles", ARTICLES, args.size)
        runs = {(kind, jobs): clipper_batch(Path(tmp) / kind, Path(tmp) / f"{kind}{jobs}.jsonl", jobs)
                for kind in ("pages", "articles") for jobs in (1, 2)}
        bare = clipper_batch(Path(tmp) / "pages", Path(tmp) / "bare.jsonl", 2, entities=False)
        reference = {jobs: trafilatura_pool(pages, jobs) for jobs in (1, 2)}
    print(f"{args.size} HTML pages ({len(PAGES)} dev pages, copied), full clipping, inputs per second:")
    for jobs in (1, 2):
        run = runs["pages", jobs]
        print(f"  clipper --jobs {jobs}          {run.rate:7.1f}   trafilatura, {jobs} process(es)"
              f" {reference[jobs]:7.1f}   clipper / trafilatura {run.rate / reference[jobs]:.2f}   {rss(run)}")
    print(f"  scaling 1 -> 2 jobs       {runs['pages', 2].rate / runs['pages', 1].rate:.2f}x"
          f"   (trafilatura {reference[2] / reference[1]:.2f}x)")
    print(f"  clipper --no-entities, 2  {bare.rate:7.1f}   clipper / trafilatura {bare.rate / reference[2]:.2f}")
    print(f"{args.size} plain-text articles ({len(ARTICLES)} dev stories and samples, copied), full clipping:")
    for jobs in (1, 2):
        run = runs["articles", jobs]
        print(f"  clipper --jobs {jobs}          {run.rate:7.1f}   {rss(run)}")
    print(f"  scaling 1 -> 2 jobs       {runs['articles', 2].rate / runs['articles', 1].rate:.2f}x")


if __name__ == "__main__":
    main()
