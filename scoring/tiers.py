"""Tier programs for an applicant: pure functions, versioned rules, reasons in plain words.

Tiers, best first: Tier 1 (realistic stretch: precedent plus a connection), Tier 2 (little
precedent but a strong connection), Tier 3 (top-tier long shot with an advocate), Broad
(precedent, no connection yet), Unlikely (neither).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from scoring.profile import Connection, Profile

SCORE_VERSION = "tiers-v1"
TIERS = ("Tier 1", "Tier 2", "Tier 3", "Broad", "Unlikely")
STRONG_CONNECTIONS = {"research_year", "away_rotation", "mentor_encourages", "mentor_advocate"}
CONNECTION_WORDS = {
    "research_year": "you did research years here",
    "away_rotation": "you did an away rotation/sub-I here",
    "mentor_encourages": "a mentor here encourages you",
    "mentor_advocate": "a mentor with ties here will advocate for you",
    "alumni_contact": "you have an alumni contact here",
}


@dataclass
class ProgramFacts:
    """What scoring needs to know about a program (from the database's img_precedent)."""

    program_id: str
    name: str
    state: str | None = None
    residents: int = 0
    img: int = 0
    do: int = 0
    caribbean_img: int = 0
    img_class_years: int = 0
    latest_img_class_year: int | None = None
    latest_do_class_year: int | None = None
    evidence_url: str | None = None


@dataclass
class TierResult:
    program_id: str
    program: str
    tier: str
    reasons: list[str]
    precedent: int
    connections: list[str] = field(default_factory=list)
    evidence_url: str | None = None
    score_version: str = SCORE_VERSION

    def as_row(self) -> dict[str, Any]:
        return {
            "program": self.program,
            "program_id": self.program_id,
            "tier": self.tier,
            "reasons": "; ".join(self.reasons),
            "precedent": self.precedent,
            "connections": ", ".join(self.connections),
            "evidence_url": self.evidence_url,
            "score_version": self.score_version,
        }


def _precedent(p: ProgramFacts, profile: Profile) -> tuple[int, str]:
    """Count of current residents who share the applicant's path, and how to say it."""
    if profile.applicant_type in ("us_img", "non_us_img"):
        return p.img, "IMG"
    if profile.applicant_type == "do":
        return p.do, "DO"
    return p.residents, "current"


def _precedent_reason(p: ProgramFacts, count: int, label: str) -> str:
    if count == 0:
        return f"no {label} residents on the current roster ({p.residents} residents read)"
    latest = p.latest_img_class_year if label == "IMG" else p.latest_do_class_year
    when = f", most recent class of {latest}" if latest and label != "current" else ""
    plural = "resident" if count == 1 else "residents"
    return f"{count} {label} {plural} of {p.residents} on the current roster{when}"


def connections_for(p: ProgramFacts, profile: Profile) -> list[Connection]:
    key_id, key_name = p.program_id.lower(), p.name.lower()
    return [
        c for c in profile.connections if c.program.strip().lower() in (key_id, key_name)
    ]


def tier_program(p: ProgramFacts, profile: Profile) -> TierResult:
    count, label = _precedent(p, profile)
    conns = connections_for(p, profile)
    kinds = {c.kind for c in conns}
    top = p.program_id in profile.top_tier_programs or p.name in profile.top_tier_programs
    reasons = [_precedent_reason(p, count, label)]
    reasons += [CONNECTION_WORDS[k] for k in sorted(kinds)]
    if top:
        reasons.append("on your top-tier list")

    if count > 0 and conns and not top:
        tier = "Tier 1"
    elif conns and kinds & STRONG_CONNECTIONS and not top:
        tier = "Tier 2"
    elif top and kinds & STRONG_CONNECTIONS:
        tier = "Tier 3"
    elif count > 0:
        tier = "Broad"
        if not conns:
            reasons.append("no connection yet: a candidate for outreach")
    else:
        tier = "Unlikely"
    if p.state and p.state in profile.preferred_states:
        reasons.append(f"in a preferred state ({p.state})")
    return TierResult(
        program_id=p.program_id,
        program=p.name,
        tier=tier,
        reasons=reasons,
        precedent=count,
        connections=sorted(kinds),
        evidence_url=p.evidence_url,
    )


def tier_programs(programs: list[ProgramFacts], profile: Profile) -> list[TierResult]:
    """Rank programs: by tier, then precedent, then preferred state, then name."""
    results = [tier_program(p, profile) for p in programs]
    states = {p.program_id: p.state for p in programs}
    results.sort(
        key=lambda r: (
            TIERS.index(r.tier),
            -r.precedent,
            states.get(r.program_id) not in profile.preferred_states,
            r.program,
        )
    )
    return results


def unknown_connections(programs: list[ProgramFacts], profile: Profile) -> list[str]:
    """Connections naming no known program: warnings, not errors."""
    known = {p.program_id.lower() for p in programs} | {p.name.lower() for p in programs}
    return [c.program for c in profile.connections if c.program.strip().lower() not in known]
