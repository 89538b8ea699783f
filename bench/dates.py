"""Turning a date expression into a value: clipper's rules against dateparser, on every date
expression of the gold clippings (samples and dev pages), each resolved against its article's
publication date as the gold gives it.

    python bench/dates.py          # dateparser comes with trafilatura (through htmldate)

A value is right when it equals the gold's (YYYY-MM-DD, YYYY-MM or YYYY, compared on the gold's
precision). Expressions found in context are measured by bench/accuracy.py (dates P/R/F1).
"""

import json
import time
from datetime import date, datetime

from paths import SHARED

GOLD = [SHARED / "eval" / name for name in ("seeds.gold.json", "html-dev.gold.json")]


def cases() -> list[tuple[str, str, date | None]]:
    out = []
    for path in GOLD:
        for article in json.loads(path.read_text(encoding="utf-8"))["articles"]:
            published = article.get("published")
            reference = date.fromisoformat(published[:10]) if published else None
            out += [(d["text"], d["value"], reference) for d in article["dates"]]
    return out


def clipper_value(text: str, reference: date | None) -> str | None:
    from clipper.extraction.dates import find_dates

    found = [d["value"] for d in find_dates(text, reference) if d["value"]]
    return found[0] if found else None


def dateparser_value(text: str, reference: date | None) -> str | None:
    import dateparser

    settings = {"PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY"}
    if reference:
        settings["RELATIVE_BASE"] = datetime(reference.year, reference.month, reference.day, 12)
    parsed = dateparser.parse(text, languages=["id"], settings=settings)
    return parsed.date().isoformat() if parsed else None


def main() -> None:
    rows = []
    all_cases = cases()
    resolvers = [("clipper rules", clipper_value)]
    try:
        import dateparser  # noqa: F401

        resolvers.append(("dateparser 'id'", dateparser_value))
    except ImportError:
        print("dateparser is not importable: only clipper's rules are measured")
    misses: dict[str, list[str]] = {}
    for label, resolve in resolvers:
        resolve(*all_cases[0][::2])  # warm up (load the matcher or dateparser's language data)
        right = 0
        began = time.perf_counter()
        for text, want, reference in all_cases:
            got = resolve(text, reference)
            if got is not None and got[: len(want)] == want and len(got) >= len(want):
                right += 1
            else:
                misses.setdefault(label, []).append(f"{text!r} -> {got}, want {want}")
        elapsed = time.perf_counter() - began
        rows.append((label, right, len(all_cases), 1000 * elapsed / len(all_cases)))
    print("| resolver | right | of | accuracy | ms per expression |")
    print("|---|---|---|---|---|")
    for label, right, n, ms in rows:
        print(f"| {label} | {right} | {n} | {right / n:.2f} | {ms:.2f} |")
    for label, items in misses.items():
        print(f"\n{label} misses:")
        for item in items:
            print(f"  {item}")


if __name__ == "__main__":
    main()
