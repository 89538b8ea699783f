"""Speed of clipper against plain trafilatura, in the same run, on the saved dev pages.

    python bench/speed.py [--rounds 7]

Reports pages per second (each page's best of interleaved rounds) of `clipper.extract` without the entity
stage (decode, main text, boilerplate, metadata, dates, quotes) and with it, and of
`trafilatura.extract` (main text only, its defaults) on the same bytes; the cost of the entity stage
and of the date and quote stage in ms per article; the start-up time of `clipper --help` (median of
7 runs), the time to the first clipping in a fresh process (model loading included; median of 5), and the time
for one very long story.
"""

import argparse
import statistics
import subprocess
import sys
import time

from paths import ROOT, SHARED

PAGES = sorted((SHARED / "data" / "html" / "dev").glob("*.html"))


def pages_per_second(funcs: dict, pages: list[bytes], rounds: int) -> dict[str, float]:
    """Pages per second of each function: for every page its best time over `rounds` (the least
    disturbed by the other tenants of a shared machine), summed over the pages. The functions take
    turns page by page, in an order that rotates, so that a slower moment falls on all of them."""
    for func in funcs.values():
        func(pages[0])  # warm up imports and caches
    best = {name: [float("inf")] * len(pages) for name in funcs}
    names = list(funcs)
    for r in range(rounds):
        for i, page in enumerate(pages):
            turn = (r + i) % len(names)
            for name in names[turn:] + names[:turn]:
                start = time.perf_counter()
                funcs[name](page)
                best[name][i] = min(best[name][i], time.perf_counter() - start)
    return {name: len(pages) / sum(times) for name, times in best.items()}


def startup_seconds(runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "clipper", "--help"], capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def first_clipping_seconds(runs: int = 5) -> tuple[float, float]:
    """Median and best, over fresh processes, of the time from the import to the first clipping."""
    code = ("import time; t = time.perf_counter(); from clipper import extract; "
            f"extract({str(ROOT / 'sample_articles' / '001_2b9158f90e3cda6c.txt')!r}); print(time.perf_counter() - t)")
    times = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
             for _ in range(runs)]
    return statistics.median(times), min(times)


def dates_and_quotes_ms(pages: list[bytes], rounds: int) -> float:
    """The date and quote stage alone, on bodies the entity stage has already processed."""
    from datetime import date

    import clipper
    from clipper.extraction.dates import find_dates
    from clipper.extraction.entities import entities_of
    from clipper.extraction.entities.model import load_pipeline
    from clipper.extraction.quotes import find_quotes

    prepared = []
    for page in pages:
        clipping = clipper.extract(page, clipper.Options(entities=False))
        processed = load_pipeline()(clipping.body)
        found = entities_of(processed, text=clipping.body)
        reference = date.fromisoformat(clipping.published[:10]) if clipping.published else None
        prepared.append((clipping.body, reference, processed, found.people, found.mentions))
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for body, reference, processed, people, mentions in prepared:
            find_dates(body, reference, processed)
            find_quotes(body, people, mentions)
        best = min(best, time.perf_counter() - start)
    return 1000 * best / len(prepared)


def long_story_seconds(pages: list[bytes], copies: int = 10) -> tuple[int, float]:
    """One plain-text story made of every dev page's body, `copies` times over: the stages must grow
    with the length of a story, not with its square."""
    import clipper

    body = "\n\n".join(clipper.extract(page, clipper.Options(entities=False)).body for page in pages)
    story = ("Jakarta - " + "\n\n".join([body] * copies)).encode()
    start = time.perf_counter()
    clipper.extract(story)
    return len(story.split()), time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    import trafilatura

    import clipper

    pages = [p.read_bytes() for p in PAGES]
    no_entities = clipper.Options(entities=False)
    rates = pages_per_second({"extraction": lambda page: clipper.extract(page, no_entities),
                              "full": clipper.extract, "theirs": trafilatura.extract}, pages, args.rounds)
    extraction, full, theirs = rates["extraction"], rates["full"], rates["theirs"]
    print(f"pages: {len(pages)} saved Indonesian news pages, best of {args.rounds} interleaved rounds, one core")
    print(f"clipper.extract, no entities  {extraction:7.1f} pages/s  ratio to trafilatura {extraction / theirs:.2f}")
    print(f"clipper.extract, full         {full:7.1f} pages/s  ratio to trafilatura {full / theirs:.2f}")
    print(f"trafilatura.extract           {theirs:7.1f} pages/s")
    print(f"entity stage                  {1000 / full - 1000 / extraction:7.1f} ms per article")
    print(f"date and quote stage          {dates_and_quotes_ms(pages, args.rounds):7.1f} ms per article")
    words, seconds = long_story_seconds(pages)
    print(f"one story of {words:,} words    {seconds:7.2f} s (full clipping)")
    print(f"clipper --help start-up       {startup_seconds():.3f} s (median of 7)")
    median, best = first_clipping_seconds()
    print(f"first clipping, fresh process {median:.2f} s (median of 5, best {best:.2f}; NER model loaded)")


if __name__ == "__main__":
    main()
