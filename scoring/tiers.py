"""Tier programs for an applicant: pure functions, versioned weights, reasons in plain words.

Tiers, best first:

- **Tier 1** (realistic stretch): solid precedent for the applicant's path plus any connection;
  never a program on the applicant's top-tier list.
- **Tier 2** (unlikely but justifiable): a strong connection (research years, an away
  rotation/sub-I, a mentor there), whatever the precedent; never a top-tier program.
- **Tier 3** (long shot for branding): a program on the applicant's own top-tier list where
  someone with ties will advocate (a mentor with ties, or the lab of the research years).
- **Broad**: some precedent, no connection that lifts it yet: apply, and build a connection.
- **Unlikely**: no precedent and no connection.

A program whose own stated policy rules the applicant out (issue 11's facts, when the crawl has
them) cannot be Tier 1; the reasons name the policy. Precedent strength is in
:func:`precedent_for`; its numbers are in :mod:`scoring.weights`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from scoring import weights as w
from scoring.facts import ProgramFacts, RosterEntry
from scoring.profile import Connection, Profile
from scoring.weights import SCORE_VERSION

__all__ = [
    "SCORE_VERSION", "TIERS", "ProgramFacts", "Precedent", "TierResult", "precedent_for",
    "tier_program", "tier_programs", "unknown_connections", "unknown_top_tier",
]

TIERS = ("Tier 1", "Tier 2", "Tier 3", "Broad", "Unlikely")
STRONG_CONNECTIONS = frozenset({"research_year", "away_rotation", "mentor_encourages", "mentor_advocate"})
ADVOCATES = frozenset({"mentor_advocate", "research_year"})
CONNECTION_WORDS = {
    "research_year": "you did research years here",
    "away_rotation": "you did an away rotation/sub-I here",
    "mentor_encourages": "a mentor here encourages you",
    "mentor_advocate": "a mentor with ties here will advocate for you",
    "alumni_contact": "you have an alumni contact here",
}
PATH_KIND = {"us_img": "IMG", "non_us_img": "IMG", "do": "US_DO", "us_md": "US_MD"}
PATH_LABEL = {"IMG": "IMG", "US_DO": "DO", "US_MD": "US MD"}


@dataclass
class Precedent:
    """How strongly a program's current roster says "people on your path train here"."""

    label: str  # IMG, DO or US MD
    count: int
    recent: int  # of them in the crawl's newest classes
    caribbean: int
    classes_with: int
    classes_total: int
    alumni: list[RosterEntry]
    strength: float
    level: str  # none, minimal or solid


@dataclass
class TierResult:
    program_id: str
    program: str
    tier: str
    reasons: list[str]
    precedent: int
    strength: float = 0.0
    rank_score: float = 0.0
    alumni: int = 0
    state: str | None = None
    specialty: str | None = None
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
            "strength": self.strength,
            "alumni": self.alumni,
            "state": self.state,
            "specialty": self.specialty,
            "connections": ", ".join(self.connections),
            "evidence_url": self.evidence_url,
            "score_version": self.score_version,
        }


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _names(p: ProgramFacts) -> set[str]:
    return {_norm(p.program_id), _norm(p.name)}


def connections_for(p: ProgramFacts, profile: Profile) -> list[Connection]:
    """The profile's connections naming this program, by id or name (case and spacing ignored)."""
    keys = _names(p)
    return [c for c in profile.connections if _norm(c.program) in keys]


def is_top_tier(p: ProgramFacts, profile: Profile) -> bool:
    keys = _names(p)
    return any(_norm(t) in keys for t in profile.top_tier_programs)


def _is_recent(entry: RosterEntry, newest: int | None) -> bool:
    return bool(entry.class_year and newest and entry.class_year > newest - w.RECENT_CLASSES)


def precedent_for(p: ProgramFacts, profile: Profile) -> Precedent:
    """Precedent strength: count, recency, consistency across classes, Caribbean vs other IMG,
    alumni of the applicant's school. Each term only grows when a matching resident is added."""
    kind = PATH_KIND[profile.applicant_type]
    matching = p.of_kind(kind)
    strength = 0.0
    for r in matching:
        weight = w.RECENT_RESIDENT if _is_recent(r, p.newest_class_year) else w.OLDER_RESIDENT
        if kind == "IMG" and profile.school_caribbean is not None and r.caribbean != profile.school_caribbean:
            weight *= w.OTHER_IMG_GROUP
        strength += weight
    classes_with = len({r.class_year for r in matching if r.class_year})
    classes_total = len(p.class_years)
    if classes_total:
        strength += w.CONSISTENCY * classes_with / classes_total
    alumni = p.alumni_of(profile.school_id)
    strength += w.ALUMNUS * len(alumni)
    strength = round(strength, 2)
    if not matching and not alumni:
        level = "none"
    else:
        level = "solid" if strength >= w.SOLID_PRECEDENT else "minimal"
    return Precedent(
        label=PATH_LABEL[kind],
        count=len(matching),
        recent=sum(_is_recent(r, p.newest_class_year) for r in matching),
        caribbean=sum(r.caribbean for r in matching) if kind == "IMG" else 0,
        classes_with=classes_with,
        classes_total=classes_total,
        alumni=alumni,
        strength=strength,
        level=level,
    )


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _precedent_reasons(p: ProgramFacts, prec: Precedent, profile: Profile) -> list[str]:
    if prec.count == 0:
        out = [f"no {prec.label} residents among the {p.residents} on the current roster"]
    else:
        text = f"{_plural(prec.count, prec.label + ' resident')} of {p.residents} on the current roster"
        if prec.label == "IMG":
            text += f" ({prec.caribbean} from Caribbean schools)"
        out = [text]
        us_like = sum(r.us_img_hint for r in p.roster if r.school_kind == "IMG")
        if prec.label == "IMG" and us_like and profile.applicant_type == "us_img":
            out.append(f"{_plural(us_like, 'IMG resident')} with a US college or hometown "
                       "(likely US citizens, like you)")
        if prec.classes_total:
            out.append(f"{prec.label} residents in {prec.classes_with} of {prec.classes_total} classes")
        if p.newest_class_year:
            first = p.newest_class_year - w.RECENT_CLASSES + 1
            out.append(f"{prec.recent} in the last {w.RECENT_CLASSES} classes "
                       f"(classes of {first}-{p.newest_class_year})")
    if prec.alumni:
        years = sorted({a.class_year for a in prec.alumni if a.class_year})
        when = f" (class of {', '.join(map(str, years))})" if years else ""
        school = profile.school_canonical or profile.school or "your school"
        verb = "trains" if len(prec.alumni) == 1 else "train"
        out.append(f"{_plural(len(prec.alumni), 'graduate')} of {school} {verb} here{when}")
    if prec.level != "none":
        out.append(f"precedent {prec.level} (strength {prec.strength:g}; solid from {w.SOLID_PRECEDENT:g})")
    return out


def policy_breaches(p: ProgramFacts, profile: Profile, match_year: int | None = None) -> list[str]:
    """What the program says about itself that rules this applicant out, in its own terms.

    Reads issue 11's fact names from ``p.policy``; a fact that is absent says nothing."""
    pol, out = p.policy, []
    if profile.needs_visa == "J-1" and pol.get("visa_j1") is False:
        out.append("you need a J-1 visa; the program says it does not sponsor J-1")
    if profile.needs_visa == "H-1B" and pol.get("visa_h1b") is False:
        out.append("you need an H-1B visa; the program says it does not sponsor H-1B")
    if profile.is_img and pol.get("accepts_img") is False:
        out.append("the program says it does not accept IMGs")
    floor = pol.get("step2_min")
    if isinstance(floor, int | float) and profile.step2_ck is not None and profile.step2_ck < floor:
        out.append(f"your Step 2 CK {profile.step2_ck} is under the program's stated minimum {floor:g}")
    later_attempt = profile.step1 == "fail" or (profile.step1_attempts or 1) > 1
    if pol.get("first_attempt_required") is True and later_attempt:
        out.append("the program says it requires passing on the first attempt")
    limit = pol.get("yog_limit_years")
    if isinstance(limit, int | float) and profile.graduation_year and match_year:
        if match_year - profile.graduation_year > limit:
            out.append(f"you graduated in {profile.graduation_year}; the program takes graduates of "
                       f"the last {limit:g} years")
    return out


def _tier(top: bool, level: str, kinds: set[str]) -> str:
    if top:
        if kinds & ADVOCATES:
            return "Tier 3"
        return "Broad" if level != "none" else "Unlikely"
    if level == "solid" and kinds:
        return "Tier 1"
    if kinds & STRONG_CONNECTIONS:
        return "Tier 2"
    return "Broad" if level != "none" else "Unlikely"


def tier_program(p: ProgramFacts, profile: Profile, *, match_year: int | None = None) -> TierResult:
    prec = precedent_for(p, profile)
    conns = connections_for(p, profile)
    kinds = {c.kind for c in conns}
    top = is_top_tier(p, profile)
    tier = _tier(top, prec.level, kinds)
    reasons = _precedent_reasons(p, prec, profile)
    for c in sorted(conns, key=lambda c: (CONNECTION_WORDS[c.kind], c.note)):
        reasons.append(CONNECTION_WORDS[c.kind] + (f" ({c.note})" if c.note else ""))
    if top:
        reasons.append("on your top-tier list" + ("" if tier == "Tier 3" else
                       ": Tier 3 needs a mentor with ties or research years here"))
    if tier == "Broad" and not kinds & STRONG_CONNECTIONS:
        reasons.append("no strong connection yet: a candidate for outreach")
    breaches = policy_breaches(p, profile, match_year)
    if breaches and tier == "Tier 1":
        tier = "Tier 2"
        breaches = [f"{b} (so not Tier 1)" for b in breaches]
    reasons += breaches
    rank = prec.strength
    if p.positions_per_year:
        reasons.append(f"about {p.positions_per_year:g} residents a year")
        rank += w.PER_POSITION * p.positions_per_year
    if p.state and p.state in profile.preferred_states:
        reasons.append(f"in a preferred state ({p.state})")
        rank += w.PREFERRED_STATE
    if p.state and p.state in profile.avoid_states:
        reasons.append(f"in a state you would rather avoid ({p.state})")
        rank += w.AVOIDED_STATE
    return TierResult(
        program_id=p.program_id,
        program=p.name,
        tier=tier,
        reasons=reasons,
        precedent=prec.count,
        strength=prec.strength,
        rank_score=round(rank, 3),
        alumni=len(prec.alumni),
        state=p.state,
        specialty=p.specialty,
        connections=sorted(kinds),
        evidence_url=p.evidence_url,
    )


def tier_programs(
    programs: list[ProgramFacts], profile: Profile, *, match_year: int | None = None
) -> list[TierResult]:
    """Rank programs: by tier, then by precedent strength with size and geography, then name."""
    results = [tier_program(p, profile, match_year=match_year) for p in programs]
    results.sort(key=lambda r: (TIERS.index(r.tier), -r.rank_score, r.program, r.program_id))
    return results


def unknown_connections(programs: list[ProgramFacts], profile: Profile) -> list[str]:
    """Connections naming no known program: warnings, not errors."""
    known = set().union(*(_names(p) for p in programs)) if programs else set()
    return [c.program for c in profile.connections if _norm(c.program) not in known]


def unknown_top_tier(programs: list[ProgramFacts], profile: Profile) -> list[str]:
    """Top-tier entries naming no known program."""
    known = set().union(*(_names(p) for p in programs)) if programs else set()
    return [t for t in profile.top_tier_programs if _norm(t) not in known]
