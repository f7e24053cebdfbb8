"""Program facts for scoring, built from plain rows of the database's tables.

Scoring never opens the database: the CLI and ``db.build`` query ``img_precedent`` and
``residents`` and hand the rows to :func:`program_facts`. Everything the tiers need — counts,
class years, Caribbean or not, alumni of a school, size — derives from one roster per program,
so a count and the class years behind it can never disagree.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

KINDS = ("US_MD", "US_DO", "CA", "IMG", "UNKNOWN")
# What a program says about itself (issue 11), by fact name; absent = not stated.
POLICY_FACTS = ("visa_j1", "visa_h1b", "accepts_img", "step2_min", "first_attempt_required", "yog_limit_years")


@dataclass(frozen=True)
class RosterEntry:
    """One current resident, reduced to what scoring reads."""

    school_kind: str
    class_year: int | None = None
    school_id: str | None = None
    caribbean: bool = False
    source_url: str | None = None
    us_img_hint: bool = False  # an IMG with a US college or hometown: likely a US citizen


@dataclass
class ProgramFacts:
    """What scoring knows about one program: its roster and where it was read."""

    program_id: str
    name: str
    state: str | None = None
    specialty: str | None = None
    roster: tuple[RosterEntry, ...] = ()
    # The newest class in the whole crawl for this specialty: the anchor for "recent classes".
    # It comes from the crawl, not from this program, so adding a resident here never makes
    # another resident here look older.
    newest_class_year: int | None = None
    evidence_url: str | None = None
    policy: dict[str, Any] = field(default_factory=dict)

    @property
    def residents(self) -> int:
        return len(self.roster)

    def of_kind(self, kind: str) -> list[RosterEntry]:
        return [r for r in self.roster if r.school_kind == kind]

    @property
    def img(self) -> int:
        return len(self.of_kind("IMG"))

    @property
    def do(self) -> int:
        return len(self.of_kind("US_DO"))

    @property
    def class_years(self) -> list[int]:
        """Distinct class years on the roster, oldest first."""
        return sorted({r.class_year for r in self.roster if r.class_year})

    @property
    def positions_per_year(self) -> float | None:
        """Residents per class on the roster: the program's size as an applicant feels it."""
        years = self.class_years
        return round(self.residents / len(years), 1) if years else None

    def alumni_of(self, school_id: str | None) -> list[RosterEntry]:
        return [r for r in self.roster if school_id and r.school_id == school_id]


def program_facts(
    programs: Iterable[Mapping[str, Any]],
    residents: Iterable[Mapping[str, Any]],
    policies: Mapping[str, Mapping[str, Any]] | None = None,
) -> list[ProgramFacts]:
    """Facts per program from ``img_precedent`` (or ``programs``) rows and ``residents`` rows.

    Program rows need ``program_id`` and ``program`` (or ``name``); ``state``, ``specialty``
    and ``evidence_url`` are used when present. Resident rows need ``program_id`` and
    ``school_kind``; ``class_year``, ``school_id``, ``caribbean`` and ``source_url`` when present.
    Residents of programs not listed are ignored.
    """
    rosters: dict[str, list[RosterEntry]] = defaultdict(list)
    for r in residents:
        kind = str(r.get("school_kind") or "UNKNOWN")
        rosters[str(r["program_id"])].append(
            RosterEntry(
                school_kind=kind if kind in KINDS else "UNKNOWN",
                class_year=int(r["class_year"]) if r.get("class_year") else None,
                school_id=r.get("school_id") or None,
                caribbean=bool(r.get("caribbean")),
                source_url=r.get("source_url"),
                us_img_hint=bool(r.get("us_img_hint")),
            )
        )
    facts = []
    for row in programs:
        pid = str(row["program_id"])
        roster = sorted(rosters.get(pid, []), key=_entry_order)
        facts.append(
            ProgramFacts(
                program_id=pid,
                name=str(row.get("program") or row.get("name") or pid),
                state=row.get("state") or None,
                specialty=row.get("specialty") or None,
                roster=tuple(roster),
                evidence_url=row.get("evidence_url") or (roster[0].source_url if roster else None),
                policy=dict((policies or {}).get(pid, {})),
            )
        )
    newest: dict[str | None, int] = {}
    for f in facts:
        if f.class_years:
            newest[f.specialty] = max(newest.get(f.specialty, 0), f.class_years[-1])
    for f in facts:
        f.newest_class_year = newest.get(f.specialty)
    return facts


def _entry_order(e: RosterEntry) -> tuple[int, str, str]:
    return (e.class_year or 0, e.school_kind, e.school_id or "")
