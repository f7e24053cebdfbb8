"""Roll linked residents up into per-program precedent.

A program has IMG (or DO) *precedent* when at least one current resident graduated from an
international (or osteopathic) medical school. Every flag keeps its evidence: the roster URL,
the snippet the resident was read from, and the fetch date.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class LinkedResident:
    """A resident as the database stores it: raw fields plus the linked school."""

    program_id: str
    name: str
    school_raw: str | None
    school_id: str | None
    school_kind: str  # US_MD US_DO CA IMG UNKNOWN
    caribbean: bool
    pgy: int | None
    class_year: int | None
    source_url: str
    fetched_at: str
    snippet: str = ""
    degrees: list[str] = field(default_factory=list)
    us_img_hint: bool = False


@dataclass
class ProgramPrecedent:
    program_id: str
    residents: int = 0
    img: int = 0
    do: int = 0
    caribbean_img: int = 0
    unknown_school: int = 0
    us_img_hint: int = 0
    img_class_years: list[int] = field(default_factory=list)
    do_class_years: list[int] = field(default_factory=list)
    evidence_url: str | None = None
    evidence_snippet: str | None = None
    evidence_fetched_at: str | None = None

    @property
    def img_share(self) -> float:
        return round(self.img / self.residents, 4) if self.residents else 0.0

    @property
    def do_share(self) -> float:
        return round(self.do / self.residents, 4) if self.residents else 0.0

    @property
    def latest_img_class_year(self) -> int | None:
        return max(self.img_class_years) if self.img_class_years else None

    @property
    def latest_do_class_year(self) -> int | None:
        return max(self.do_class_years) if self.do_class_years else None

    def as_row(self) -> dict[str, Any]:
        return {
            "program_id": self.program_id,
            "residents": self.residents,
            "img": self.img,
            "do": self.do,
            "img_share": self.img_share,
            "do_share": self.do_share,
            "caribbean_img": self.caribbean_img,
            "us_img_hint": self.us_img_hint,
            "unknown_school": self.unknown_school,
            "img_class_years": len(set(self.img_class_years)),
            "latest_img_class_year": self.latest_img_class_year,
            "latest_do_class_year": self.latest_do_class_year,
            "evidence_url": self.evidence_url,
            "evidence_snippet": self.evidence_snippet,
            "evidence_fetched_at": self.evidence_fetched_at,
        }


def roll_up(residents: Iterable[LinkedResident]) -> dict[str, ProgramPrecedent]:
    """Per-program precedent from linked residents (one entry per program seen)."""
    out: dict[str, ProgramPrecedent] = {}
    for r in residents:
        p = out.setdefault(r.program_id, ProgramPrecedent(r.program_id))
        p.residents += 1
        if r.school_kind == "UNKNOWN":
            p.unknown_school += 1
        flagged = False
        if r.school_kind == "IMG":
            p.img += 1
            p.caribbean_img += int(r.caribbean)
            p.us_img_hint += int(r.us_img_hint)
            if r.class_year:
                p.img_class_years.append(r.class_year)
            flagged = True
        elif r.school_kind == "US_DO":
            p.do += 1
            if r.class_year:
                p.do_class_years.append(r.class_year)
            flagged = True
        # Evidence: the page of the first flagged resident, else the roster itself.
        if flagged and (p.evidence_snippet is None):
            p.evidence_url, p.evidence_snippet = r.source_url, r.snippet[:300] or r.name
            p.evidence_fetched_at = r.fetched_at
        elif p.evidence_url is None:
            p.evidence_url, p.evidence_fetched_at = r.source_url, r.fetched_at
    return out


def class_year_for(pgy: int | None, academic_year: int, program_years: int) -> int | None:
    """Expected graduation year for a resident in ``pgy`` during the academic year that starts
    in ``academic_year`` (PGY-7 of a 7-year program in AY 2026-27 graduates in 2027)."""
    if pgy is None or pgy < 1:
        return None
    return academic_year + 1 + max(program_years - pgy, 0)


def kind_counts(residents: Iterable[LinkedResident]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for r in residents:
        counts[r.school_kind] += 1
    return dict(counts)
