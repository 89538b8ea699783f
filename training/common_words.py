"""Build clipper's list of common Indonesian words from the unlabelled text in ../shared/data/raw:
the words that are written in lower case nearly every time they stand inside a sentence.

    python training/common_words.py --raw ../shared/data/raw/indonesian-text.txt.gz

A news story capitalises such a word only where a sentence, a heading or a quote opens ("Nasib",
"Senyum", "Lanjut", "Memasuki"), which is where the NER most often takes a word for a name; the
entity rules use the list to tell those from names (clipper/indonesian/lexicon.py: common_words).
A word is listed when it is seen inside sentences at least 5 times and written in lower case there
at least 93% of the time (lines in Title Case, titles and headings, are not counted); "Putri", "Indah",
"Jaya" (names as well as words) stay out.
Writes clipper/indonesian/data/common_words.txt (one word a line, sorted), a statistic the package
ships; the text itself is never shipped. Also writes opening_words.txt: the words below that bar but
still in lower case at least 80% of at least 10 sightings ("penelitian", "lega"), or that open 10
sentences or more and are always in lower case the few times they stand inside one ("alhasil"), which
the entity rules take for words only where one opens a sentence alone. And english_words.txt: common English
words (wordfreq's English frequencies, more English than Indonesian) that the raw text does not write as
names mid-sentence ("ceremony", "conference", "passive"), a feature of the NER (features.py): stories
quote English phrases and products ("Continuous Passive Motion", "S6 Edge") that no Indonesian list
knows. About a minute here.
"""

import argparse
import gzip
import itertools
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "clipper" / "indonesian" / "data"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", type=Path,
                        default=HERE.parent.parent / "shared" / "data" / "raw" / "indonesian-text.txt.gz")
    parser.add_argument("--out", type=Path, default=DATA, help="folder of the two lists")
    parser.add_argument("--min-seen", type=int, default=5)
    parser.add_argument("--min-lower", type=float, default=0.93)
    parser.add_argument("--opening-min-seen", type=int, default=10)
    parser.add_argument("--opening-min-lower", type=float, default=0.8)
    parser.add_argument("--english-min-zipf", type=float, default=3.5,
                        help="wordfreq's Zipf scale: 3.5 is about 3 in a million words")
    args = parser.parse_args()

    from clipper.indonesian.lines import opens_after
    from clipper.indonesian.tokenizer import blank

    nlp = blank()
    seen, lower, opened = Counter(), Counter(), Counter()
    with gzip.open(args.raw, "rt", encoding="utf-8") as lines:
        for doc in nlp.tokenizer.pipe(line.strip() for line in lines):
            alpha = [t for t in doc if t.is_alpha]
            if sum(t.text[:1].isupper() for t in alpha) >= 0.6 * len(alpha):
                continue  # a title, a heading, a name list: Title Case says nothing about a word
            if len(doc) and doc[0].is_alpha:
                opened[doc[0].lower_] += 1
            for prev, tok in itertools.pairwise(doc):  # the first word of a line opens it
                if not tok.is_alpha:
                    continue
                if opens_after(prev.text):
                    opened[tok.lower_] += 1
                    continue
                seen[tok.lower_] += 1
                lower[tok.lower_] += tok.text.islower()
    words = sorted(w for w, n in seen.items() if n >= args.min_seen and lower[w] / n >= args.min_lower and len(w) > 1)
    # and the words that open sentences often but are rarely seen inside one, always in lower case there
    # ("Alhasil": 39 openings, twice inside a sentence, both lower case)
    opening = sorted(w for w, n in seen.items() if len(w) > 2 and w not in words and (
        (n >= args.opening_min_seen and args.opening_min_lower <= lower[w] / n)
        or (n >= 2 and lower[w] == n and opened[w] >= args.opening_min_seen)))
    english = english_words(seen, lower, args.english_min_zipf)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, listed in (("common_words.txt", words), ("opening_words.txt", opening), ("english_words.txt", english)):
        (args.out / name).write_text("\n".join(listed) + "\n", encoding="utf-8")
        print(f"{len(listed)} words written to {args.out / name}")


def english_words(seen: Counter, lower: Counter, min_zipf: float) -> list[str]:
    """Common English words, more English than Indonesian by half a Zipf point (10^0.5 times as frequent),
    less those the raw text capitalises inside sentences most of the times it has them ("Trump", "London")."""
    import wordfreq

    def english(word: str) -> bool:
        if not word.isalpha() or len(word) < 3:
            return False
        zipf = wordfreq.zipf_frequency(word, "en")
        if zipf < min_zipf or zipf < wordfreq.zipf_frequency(word, "id") + 0.5:
            return False
        return seen[word] < 3 or lower[word] / seen[word] >= 0.5

    return sorted(w for w in wordfreq.top_n_list("en", 50_000) if english(w))


if __name__ == "__main__":
    main()
