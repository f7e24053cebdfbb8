"""Real medical schools for demo residents, read straight from the project's reference tables.

The demo web is only a fair test of school linking if its schools are the ones the linker must
know, written the ways people write them. So residents get real schools from
``enrich/data/sources/*.csv`` (see ``enrich/data/provenance/compiled-SOURCE.md``), and each school
string is rendered in one of several realistic forms. We read the CSVs with a small reader of our
own instead of importing ``enrich``: the demo web is the yardstick for ``enrich`` and must not
share its code.

Every rendered string must still *name* the school: we only use the official name, aliases from
the ``aliases`` column that point to exactly one school across all tables, and the AMA spelling
with city and country. ``short_names`` ("Alabama", "Tech") are never used on their own.
"""

from __future__ import annotations

import csv
import random
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

SOURCES_DIR = Path(__file__).resolve().parent.parent / "enrich" / "data" / "sources"
# Curated aliases; the ones marked ``ambiguous`` name several schools ("U of M Medical School").
CURATED_ALIASES = SOURCES_DIR.parent / "curated_aliases.csv"

KIND_BY_FILE = {
    "us_md_schools.csv": "US_MD",
    "us_do_schools.csv": "US_DO",
    "canadian_schools.csv": "CA",
    "intl_schools.csv": "IMG",
}

# Where US-citizen IMGs mostly train: weights within the Caribbean pool (AMA ids).
CARIBBEAN_WEIGHTS = {
    "ama-42201": 30.0,  # St George's University
    "ama-30501": 20.0,  # Ross
    "ama-65401": 15.0,  # American University of the Caribbean
    "ama-66501": 8.0,  # Saba
    "ama-13002": 6.0,  # American University of Antigua
    "ama-66106": 3.0,  # UMHS
    "ama-10401": 3.0,  # St Matthew's
    "ama-79601": 2.0,  # Trinity
    "ama-56601": 3.0,  # UWI Mona
    "ama-89401": 2.0,  # UWI St Augustine
}
# Share of a neurosurgery IMG cohort by country of school (Caribbean handled separately).
# Data tables: packed by hand, kept from the formatter.
# fmt: off
COUNTRY_WEIGHTS = {
    "India": 25.0, "Pakistan": 12.0, "Egypt": 7.0, "Iran": 5.0, "Lebanon": 4.0, "Syria": 3.0,
    "Jordan": 3.0, "Mexico": 4.0, "Nigeria": 4.0, "China": 4.0, "Turkey": 3.0, "Brazil": 3.0,
    "Israel": 3.0, "Ireland": 2.0, "United Kingdom-England": 3.0, "Germany": 3.0,
    "Philippines": 2.0, "Bangladesh": 2.0, "Saudi Arabia": 2.0, "Colombia": 2.0,
}
# fmt: on
OTHER_COUNTRIES_WEIGHT = 8.0
CARIBBEAN_SHARE = 0.40  # of all IMGs
# Countries whose graduates usually carry a British-style primary degree.
MBBS_COUNTRIES = {
    "India",
    "Pakistan",
    "Bangladesh",
    "Nepal",
    "Sri Lanka",
    "Nigeria",
    "Ghana",
    "Australia",
    "Jamaica",
    "Trinidad & Tobago",
    "Barbados",
}
MBCHB_COUNTRIES = {
    "Egypt",
    "United Kingdom-England",
    "Ireland",
    "South Africa",
    "Kenya",
    "Iraq",
    "Sudan",
}


@dataclass(frozen=True)
class School:
    """One row of the reference tables, reduced to what the demo web renders."""

    id: str
    kind: str  # US_MD, US_DO, CA, IMG
    name: str
    aliases: tuple[str, ...]
    city: str
    state: str
    country: str
    region: str
    ama_name: str


@dataclass(frozen=True)
class SchoolBook:
    """All usable schools, grouped the way the generator draws from them."""

    by_id: dict[str, School]
    us_md: tuple[School, ...]
    us_md_by_state: dict[str, tuple[School, ...]]
    us_do: tuple[School, ...]
    canadian: tuple[School, ...]
    caribbean: tuple[School, ...]
    caribbean_weights: tuple[float, ...]
    other_img: tuple[School, ...]
    other_img_weights: tuple[float, ...]
    unique_aliases: dict[str, tuple[str, ...]]  # school id -> aliases that name only it


def _normal(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _read(path: Path, kind: str) -> list[School]:
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    schools = []
    for row in rows:
        status = (row.get("status") or "").strip()
        # Historical rows are re-coded or defunct; new schools have no graduates in residency yet.
        if status == "historical" or status.startswith("new"):
            continue
        schools.append(
            School(
                id=row["id"],
                kind=kind,
                name=row["name"].strip(),
                aliases=tuple(
                    a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()
                ),
                city=(row.get("city") or "").strip(),
                state=(row.get("state") or row.get("state_or_province") or "").strip(),
                country=(row.get("country") or "").strip(),
                region=(row.get("region") or "").strip(),
                ama_name=(row.get("ama_name") or "").strip(),
            )
        )
    return schools


def _ambiguous_aliases(path: Path) -> frozenset[str]:
    if not path.exists():
        return frozenset()
    with path.open(newline="", encoding="utf-8") as handle:
        return frozenset(
            _normal(row["alias"]) for row in csv.DictReader(handle) if row["type"] == "ambiguous"
        )


@cache
def load_school_book(sources_dir: Path = SOURCES_DIR) -> SchoolBook:
    """Read the four school tables once per process."""
    schools: list[School] = []
    for filename, kind in KIND_BY_FILE.items():
        schools.extend(_read(sources_dir / filename, kind))
    by_id = {s.id: s for s in schools}

    owners: dict[str, set[str]] = {}
    for s in schools:
        for text in (s.name, *s.aliases):
            owners.setdefault(_normal(text), set()).add(s.id)
    # An alias the curated table marks ambiguous is some other school's too, so a roster that
    # writes it names no one school and the truth could not say which: never drawn.
    ambiguous = _ambiguous_aliases(sources_dir.parent / CURATED_ALIASES.name)
    unique_aliases = {
        s.id: tuple(
            a
            for a in s.aliases
            if len(owners[_normal(a)]) == 1 and len(_normal(a)) >= 3 and _normal(a) not in ambiguous
        )
        for s in schools
    }

    imgs = [s for s in schools if s.kind == "IMG"]
    caribbean = tuple(s for s in imgs if s.region == "Caribbean")
    other = tuple(s for s in imgs if s.region != "Caribbean")

    per_country = Counter(s.country for s in other)

    def other_weight(s: School) -> float:
        base = COUNTRY_WEIGHTS.get(s.country)
        if base:
            share = base / per_country[s.country]
        else:
            share = OTHER_COUNTRIES_WEIGHT / max(1, len(other))
        return share * (5.0 if s.aliases else 1.0)  # well-known schools send more graduates

    return SchoolBook(
        by_id=by_id,
        us_md=tuple(s for s in schools if s.kind == "US_MD"),
        us_md_by_state={
            st: tuple(s for s in schools if s.kind == "US_MD" and s.state == st)
            for st in {s.state for s in schools if s.kind == "US_MD"}
        },
        us_do=tuple(s for s in schools if s.kind == "US_DO"),
        canadian=tuple(s for s in schools if s.kind == "CA"),
        caribbean=caribbean,
        caribbean_weights=tuple(CARIBBEAN_WEIGHTS.get(s.id, 0.3) for s in caribbean),
        other_img=other,
        other_img_weights=tuple(other_weight(s) for s in other),
        unique_aliases=unique_aliases,
    )


def pick_school(rng: random.Random, kind: str, program_state: str) -> School:
    """A school of ``kind``; US MD graduates often stay in the program's state."""
    book = load_school_book()
    if kind == "US_MD":
        local = book.us_md_by_state.get(program_state, ())
        if local and rng.random() < 0.25:
            return rng.choice(local)
        return rng.choice(book.us_md)
    if kind == "US_DO":
        return rng.choice(book.us_do)
    if kind == "CA":
        return rng.choice(book.canadian)
    if rng.random() < CARIBBEAN_SHARE:
        return rng.choices(book.caribbean, book.caribbean_weights)[0]
    return rng.choices(book.other_img, book.other_img_weights)[0]


def render_school(rng: random.Random, school: School) -> str:
    """The school as a roster would write it: official name, a known alias, or AMA style."""
    aliases = load_school_book().unique_aliases.get(school.id, ())
    roll = rng.random()
    if aliases and roll < 0.35:
        return rng.choice(aliases)
    if school.kind == "IMG" and roll < 0.65:
        place = ", ".join(p for p in (school.city, school.country) if p)
        return f"{school.name}, {place}" if place else school.name
    if school.kind == "US_MD" and roll > 0.9 and school.city:
        return f"{school.name}, {school.city}, {school.state}"
    return school.name


def degrees_for(rng: random.Random, school: School) -> tuple[str, ...]:
    """Degree tokens a resident from ``school`` plausibly lists after their name."""
    if school.kind == "US_DO":
        return ("DO", "MS") if rng.random() < 0.05 else ("DO",)
    if school.kind == "IMG":
        if school.country in MBBS_COUNTRIES and rng.random() < 0.7:
            return ("MBBS",)
        if school.country in MBCHB_COUNTRIES and rng.random() < 0.6:
            return ("MBChB",)
        return ("MD", "PhD") if rng.random() < 0.05 else ("MD",)
    roll = rng.random()
    if roll < 0.12:
        return ("MD", "PhD")
    if roll < 0.15:
        return ("MD", "MS")
    if roll < 0.17:
        return ("MD", "MPH")
    return ("MD",)
