"""Build ``eval_strings.csv``, the labelled school-string evaluation set (run once, by hand).

    python tests/data/schools/make_eval.py /work/shared/data/sources

Labels never come from the linker. Each family of rows gets its label from where it was
drawn (see ``PROVENANCE.md``):

* ``derm``: the 225 real roster strings of ``dev-school-strings/`` with their gold labels;
* ``ama-style``: foreign schools in the AMA code file's own spelling ("Univ Of X, Fac Of
  Med"), turned into roster style (city/country appended, "MD"/"Class of" noise); label =
  ``ama-<code>`` of the row they came from;
* ``ama-us``: US schools in the AMA spelling, label = the compiled row with that AMA code;
* ``roster-us``: official US MD/DO names in roster dress ("MD, 2019", "City, ST"), label =
  the row;
* ``roster-ca``: the Canadian faculties' official names, dressed the same way;
* ``hipo-medical``: names of foreign medical universities from the world-university list,
  labelled IMG and their country only (both an ``ama-`` and a ``wu-`` id would be right);
* ``hand``: traps, two-institution strings and unknowns written and labelled by hand.

Split: a stable hash of the string puts about half of each family in ``dev``, half in
``test``. Tune on dev only.
"""

from __future__ import annotations

import csv
import hashlib
import random
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "eval_strings.csv"
COMPILED = Path(__file__).resolve().parents[3] / "enrich" / "data" / "sources"

KIND = {"us_md": "US_MD", "us_do": "US_DO", "canadian": "CA", "international": "IMG"}

# (string, kind, id, country) written and labelled by hand.
HAND: list[tuple[str, str, str, str]] = [
    ("BS Rutgers; MD St. George's University", "IMG", "ama-42201", "GD"),
    (
        "B.S., Rutgers University; M.D., St. George's University School of Medicine",
        "IMG",
        "ama-42201",
        "GD",
    ),
    ("BA Cornell University, MD Ross University School of Medicine", "IMG", "ama-30501", ""),
    (
        "BS University of Michigan; DO Michigan State University College of Osteopathic Medicine",
        "US_DO",
        "msucom",
        "US",
    ),
    ("BA Harvard University; MD Johns Hopkins University School of Medicine", "US_MD", "jhu", "US"),
    ("PhD University of Oxford; MD Yale School of Medicine", "US_MD", "yale", "US"),
    ("Emory University (BS), Medical College of Georgia (MD)", "US_MD", "mcg-augusta", "US"),
    ("BS Penn State; DO Lake Erie College of Osteopathic Medicine", "US_DO", "lecom", "US"),
    ("MBBS, King Edward Medical University, Lahore, Pakistan", "IMG", "ama-70401", "PK"),
    ("University of Washington School of Medicine", "US_MD", "uw", "US"),
    ("University of Washington", "US_MD", "uw", "US"),
    ("Washington University in St. Louis School of Medicine", "US_MD", "washu", "US"),
    ("Washington University School of Medicine in St Louis", "US_MD", "washu", "US"),
    ("Washington University of Health and Science, Belize", "IMG", "ama-16608", "BZ"),
    ("Washington University of Health & Sciences", "IMG", "ama-16608", "BZ"),
    ("St. George's University, Grenada", "IMG", "ama-42201", "GD"),
    ("St George's University School of Medicine (Grenada, West Indies)", "IMG", "ama-42201", "GD"),
    ("St George's, University of London", "IMG", "ama-91724", "GB"),
    ("St. George's University of London, UK", "IMG", "ama-91724", "GB"),
    ("Saint Louis University School of Medicine", "US_MD", "slu", "US"),
    ("St. Louis University School of Medicine, St. Louis, MO", "US_MD", "slu", "US"),
    ("Saint Louis University, Baguio City, Philippines", "IMG", "ama-74816", "PH"),
    ("St. Louis University College of Medicine, Philippines", "IMG", "ama-74816", "PH"),
    ("Cleveland Clinic", "UNKNOWN", "", ""),
    ("Mayo Clinic", "UNKNOWN", "", ""),
    ("Johns Hopkins Hospital", "UNKNOWN", "", ""),
    ("Massachusetts General Hospital", "UNKNOWN", "", ""),
    ("N/A", "UNKNOWN", "", ""),
    ("TBD", "UNKNOWN", "", ""),
    ("Unknown", "UNKNOWN", "", ""),
    ("-", "UNKNOWN", "", ""),
    ("", "UNKNOWN", "", ""),
    ("Internal Medicine", "UNKNOWN", "", ""),
    ("PGY-2", "UNKNOWN", "", ""),
    ("Medical School", "UNKNOWN", "", ""),
    ("UCSF School of Medicine", "US_MD", "ucsf", "US"),
    ("Pitt Med", "US_MD", "pitt", "US"),
    ("LECOM Bradenton", "US_DO", "lecom-bradenton", "US"),
    ("NYITCOM", "US_DO", "nyitcom", "US"),
    ("KCU", "US_DO", "kcu-com", "US"),
    ("PCOM Georgia", "US_DO", "pcom-georgia", "US"),
    ("SGU", "IMG", "ama-42201", "GD"),
    ("AUC School of Medicine", "IMG", "ama-65401", ""),
    ("RCSI", "IMG", "ama-53906", "IE"),
    ("AIIMS New Delhi", "IMG", "ama-49536", "IN"),
    ("Universidad de Buenos Aires, Argentina", "IMG", "ama-13201", "AR"),
    ("Universidad Autónoma de Guadalajara", "IMG", "", "MX"),
    ("Université de Montréal", "CA", "montreal", "CA"),
    ("McGill University Faculty of Medicine", "CA", "mcgill", "CA"),
    ("University of Toronto Temerty Faculty of Medicine", "CA", "utoronto", "CA"),
    ("Universitatea de Medicina si Farmacie Carol Davila, Bucharest, Romania", "IMG", "", "RO"),
    ("Facoltà di Medicina e Chirurgia, Università di Bologna, Italy", "IMG", "", "IT"),
    ("Universität Heidelberg Medizinische Fakultät", "IMG", "", "DE"),
    ("Government Medical College, Nagpur, India", "IMG", "", "IN"),
    ("Nishtar Medical College, Multan, Pakistan", "IMG", "", "PK"),
    ("Rawalpindi Medical College", "IMG", "", "PK"),
    ("Faculty of Medicine, Ain Shams University, Cairo, Egypt", "IMG", "", "EG"),
    ("University of Nairobi College of Health Sciences, Kenya", "IMG", "", "KE"),
    ("Sechenov First Moscow State Medical University, Russia", "IMG", "", "RU"),
    ("University of the Philippines College of Medicine", "IMG", "", "PH"),
    ("University of Ibadan College of Medicine, Nigeria", "IMG", "", "NG"),
    ("Tbilisi State Medical University", "IMG", "", "GE"),
    ("Jordan University of Science and Technology Faculty of Medicine", "IMG", "", "JO"),
    ("American University of Beirut Faculty of Medicine", "IMG", "ama-60501", "LB"),
    ("Ross University School of Medicine, Barbados", "IMG", "ama-30501", ""),
    ("American University of Antigua", "IMG", "ama-13002", "AG"),
    ("Saba University School of Medicine", "IMG", "ama-66501", ""),
    ("Medical University of the Americas", "IMG", "", ""),
    ("Trinity School of Medicine, St. Vincent", "IMG", "ama-79601", "VC"),
    ("Windsor University School of Medicine, St. Kitts", "IMG", "ama-66103", "KN"),
    ("DO", "US_DO", "", "US"),
    ("MBBS", "IMG", "", ""),
    ("Harvard Medical School, MD 2018", "US_MD", "harvard", "US"),
    ("Duke University School of Medicine - Class of 2020", "US_MD", "duke", "US"),
    (
        "MD, Perelman School of Medicine at the University of Pennsylvania",
        "US_MD",
        "penn-perelman",
        "US",
    ),
    ("Stanford University School of Medicine (2017)", "US_MD", "stanford", "US"),
    ("David Geffen School of Medicine at UCLA", "US_MD", "ucla-geffen", "US"),
    ("Icahn School of Medicine at Mount Sinai", "US_MD", "mount-sinai-icahn", "US"),
    ("Philadelphia College of Osteopathic Medicine, DO", "US_DO", "pcom", "US"),
    ("Rowan University School of Osteopathic Medicine", "US_DO", "rowan-virtua-som", "US"),
    ("Touro College of Osteopathic Medicine - Harlem", "US_DO", "tourocom", "US"),
    ("University of Puerto Rico School of Medicine", "US_MD", "upr", "US"),
    ("Ponce Health Sciences University", "US_MD", "ponce", "US"),
    ("Universidad Central del Caribe", "US_MD", "ucc-pr", "US"),
    ("Memorial University of Newfoundland", "CA", "mun", "CA"),
    ("University of Western Ontario", "CA", "western", "CA"),
    ("Dalhousie", "CA", "dalhousie", "CA"),
]


def split_of(text: str) -> str:
    return "dev" if int(hashlib.sha1(text.encode()).hexdigest(), 16) % 2 == 0 else "test"


def read(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def roster_dress(name: str, city: str, country: str, rng: random.Random) -> str:
    """The noise roster pages add around a school name."""
    style = rng.randrange(7)
    year = rng.randrange(2008, 2024)
    if style == 0:
        return f"{name}, {city}, {country}" if city else f"{name}, {country}"
    if style == 1:
        return f"MD, {name} ({year})"
    if style == 2:
        return f"{name} - Class of {year}"
    if style == 3:
        return f"{name}, {country}"
    if style == 4:
        return name.upper()
    if style == 5:
        return f"{name}; M.D. {year}"
    return name


def main(shared: Path) -> int:
    rng = random.Random(20240903)
    rows: list[dict[str, str]] = []

    def add(text: str, kind: str, ident: str, country: str, origin: str) -> None:
        rows.append(
            {
                "text": text,
                "gold_kind": kind,
                "gold_id": ident,
                "gold_country": country,
                "origin": origin,
                "split": split_of(text),
            }
        )

    for r in read(shared / "dev-school-strings" / "derm_school_strings.csv"):
        kind = KIND[r["gold_kind"]]
        add(
            r["school_as_recorded"],
            kind,
            r["gold_school_id"],
            "US" if kind.startswith("US") else "",
            "derm",
        )

    ama = read(shared / "ama-school-codes-2019" / "ama_medical_school_codes_oct2019.csv")
    name_counts: dict[str, int] = {}
    for r in ama:
        key = r["name"].lower()
        name_counts[key] = name_counts.get(key, 0) + 1
    intl = {r["ama_code"]: r for r in read(COMPILED / "intl_schools.csv")}
    foreign = [
        r
        for r in ama
        if r["ama_code"] in intl
        and r["historical_flag"] == "0"
        and name_counts[r["name"].lower()] == 1
    ]
    for r in rng.sample(foreign, 170):
        text = roster_dress(r["name"], r["city"].title(), r["country"], rng)
        add(text, "IMG", f"ama-{r['ama_code']}", "", "ama-style")

    us_rows = read(COMPILED / "us_md_schools.csv") + read(COMPILED / "us_do_schools.csv")
    by_code = {r["ama_code"]: r for r in us_rows if r["ama_code"]}
    ama_us = [r for r in ama if r["ama_code"] in by_code and r["historical_flag"] == "0"]
    for r in rng.sample(ama_us, 60):
        row = by_code[r["ama_code"]]
        add(
            roster_dress(r["name"], r["city"].title(), r["state"], rng),
            KIND[row["kind"]],
            row["id"],
            "US",
            "ama-us",
        )

    for row in rng.sample(us_rows, 90):
        add(
            roster_dress(row["name"], row["city"], row["state"], rng),
            KIND[row["kind"]],
            row["id"],
            "US",
            "roster-us",
        )
    for row in read(COMPILED / "canadian_schools.csv"):
        add(
            roster_dress(row["name"], row["city"], row["state_or_province"], rng),
            "CA",
            row["id"],
            "CA",
            "roster-ca",
        )

    hipo = [
        r
        for r in read(shared / "hipo-world-universities" / "world_universities.csv")
        if r["alpha_two_code"] not in {"US", "CA", "PR"}
        and any(w in r["name"] for w in ("Medical", "Medicine", "Health Sciences"))
    ]
    for r in rng.sample(hipo, 80):
        add(r["name"], "IMG", "", r["alpha_two_code"], "hipo-medical")

    for text, kind, ident, country in HAND:
        add(text, kind, ident, country, "hand")

    seen: set[str] = set()
    unique = [r for r in rows if not (r["text"] in seen or seen.add(r["text"]))]  # type: ignore[func-returns-value]
    with open(OUT, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(unique[0]))
        w.writeheader()
        w.writerows(unique)
    print(f"wrote {len(unique)} rows to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/sources")))
