"""Speed of clipper against plain trafilatura, in the same run, on the saved dev pages.

    python bench/speed.py [--rounds 5]

Reports pages per second of `clipper.extract` (full clipping: decode, main text, boilerplate,
metadata) and of `trafilatura.extract` (main text only, its defaults) on the same bytes, their ratio,
and the start-up time of `clipper --help` (median of 7 runs).
"""

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT.parent / "shared" / "data" / "html" / "dev").glob("*.html"))


def pages_per_second(func, pages: list[bytes], rounds: int) -> float:
    func(pages[0])  # warm up imports and caches
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for page in pages:
            func(page)
        best = min(best, time.perf_counter() - start)
    return len(pages) / best


def startup_seconds(runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "clipper", "--help"], capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    import trafilatura

    import clipper

    pages = [p.read_bytes() for p in PAGES]
    ours = pages_per_second(clipper.extract, pages, args.rounds)
    theirs = pages_per_second(trafilatura.extract, pages, args.rounds)
    print(f"pages: {len(pages)} saved Indonesian news pages, best of {args.rounds} rounds, one core")
    print(f"clipper.extract      {ours:7.1f} pages/s")
    print(f"trafilatura.extract  {theirs:7.1f} pages/s")
    print(f"ratio (clipper / trafilatura)  {ours / theirs:.2f}")
    print(f"clipper --help start-up        {startup_seconds():.3f} s (median of 7)")


if __name__ == "__main__":
    main()
