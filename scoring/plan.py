"""The application plan and the "alumni of my school" table, from ranked tiers.

The plan follows the strategy Precedent serves: apply broadly (often 60-110 programs), but put
personal outreach into the 20-30 programs where the odds are best, and keep the same plan for
each backup specialty. The recommended number of applications is a rule of thumb from
:mod:`scoring.weights`, and the plan says which parts of the profile raised it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from scoring import weights as w
from scoring.facts import ProgramFacts
from scoring.profile import Profile
from scoring.tiers import TIERS, TierResult, tier_programs, unknown_connections, unknown_top_tier


@dataclass
class AlumniRow:
    program: str
    program_id: str
    state: str | None
    alumni: int
    class_years: list[int]
    tier: str
    evidence_url: str | None

    def as_row(self) -> dict[str, Any]:
        return {
            "program": self.program, "program_id": self.program_id, "state": self.state,
            "alumni": self.alumni, "class_years": " ".join(map(str, self.class_years)),
            "tier": self.tier, "evidence_url": self.evidence_url,
        }


@dataclass
class SpecialtyPlan:
    """Everything the applicant gets for one specialty."""

    specialty: str
    role: str  # primary or backup
    ranked: list[TierResult]
    counts: dict[str, int]
    outreach: list[TierResult]
    broad_list: list[TierResult]
    recommended: int
    recommended_why: list[str]
    alumni: list[AlumniRow]
    notices: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        return {
            "specialty": self.specialty,
            "role": self.role,
            "programs": len(self.ranked),
            "tiers": self.counts,
            "recommended_applications": self.recommended,
            "recommended_why": self.recommended_why,
            "outreach_targets": [r.program_id for r in self.outreach],
            "broad_list": [r.program_id for r in self.broad_list],
            "notices": self.notices,
        }


def recommended_applications(profile: Profile, match_year: int | None = None) -> tuple[int, list[str]]:
    """How many programs to apply to, and the profile facts that raised the number."""
    n = w.APPLICATIONS_BASE[profile.applicant_type]
    why = [f"{n} as a starting point for a {profile.applicant_type.replace('_', '-')} applicant"]
    if profile.needs_visa:
        n += w.APPLICATIONS_MORE["visa"]
        why.append(f"+{w.APPLICATIONS_MORE['visa']}: you need a {profile.needs_visa} visa")
    if profile.step1 == "fail" or (profile.step1_attempts or 1) > 1:
        n += w.APPLICATIONS_MORE["step1"]
        why.append(f"+{w.APPLICATIONS_MORE['step1']}: Step 1 not passed on the first attempt")
    if profile.graduation_year and match_year and match_year - profile.graduation_year >= w.YEARS_OUT:
        n += w.APPLICATIONS_MORE["years_out"]
        why.append(f"+{w.APPLICATIONS_MORE['years_out']}: graduated in {profile.graduation_year}, "
                   f"{match_year - profile.graduation_year} years before a {match_year} start")
    return min(n, w.APPLICATIONS_MAX), why


def outreach_targets(ranked: list[TierResult]) -> list[TierResult]:
    """Every Tier 1-3 program (at most 30), topped up to 20 with the strongest Broad ones."""
    candidates = [r for r in ranked if r.tier != "Unlikely"]
    connected = sum(r.tier != "Broad" for r in candidates)
    return candidates[: min(max(connected, w.OUTREACH_MIN), w.OUTREACH_MAX)]


def alumni_table(facts: list[ProgramFacts], ranked: list[TierResult], profile: Profile) -> list[AlumniRow]:
    """Programs where graduates of the applicant's school train now, most alumni first."""
    tiers = {r.program_id: r.tier for r in ranked}
    rows = []
    for p in facts:
        alumni = p.alumni_of(profile.school_id)
        if alumni:
            rows.append(AlumniRow(
                program=p.name, program_id=p.program_id, state=p.state, alumni=len(alumni),
                class_years=sorted({a.class_year for a in alumni if a.class_year}),
                tier=tiers.get(p.program_id, "Unlikely"),
                evidence_url=next((a.source_url for a in alumni if a.source_url), p.evidence_url),
            ))
    rows.sort(key=lambda r: (-r.alumni, TIERS.index(r.tier), r.program, r.program_id))
    return rows


def _in_specialty(p: ProgramFacts, specialty: str, primary: str) -> bool:
    if p.specialty is None:  # a program list without specialties is the primary's
        return specialty == primary
    return p.specialty.lower() == specialty


def plan_specialty(
    facts: list[ProgramFacts], profile: Profile, specialty: str, *, match_year: int | None = None
) -> SpecialtyPlan:
    """Ranked tiers, plan and alumni for one specialty's programs."""
    specialty = specialty.lower()
    mine = [p for p in facts if _in_specialty(p, specialty, profile.specialty)]
    ranked = tier_programs(mine, profile, match_year=match_year)
    counts = {t: sum(r.tier == t for r in ranked) for t in TIERS}
    recommended, why = recommended_applications(profile, match_year)
    broad_list = [r for r in ranked if r.tier != "Unlikely"]
    plan = SpecialtyPlan(
        specialty=specialty,
        role="primary" if specialty == profile.specialty else "backup",
        ranked=ranked, counts=counts, outreach=outreach_targets(ranked), broad_list=broad_list,
        recommended=recommended, recommended_why=why,
        alumni=alumni_table(mine, ranked, profile),
    )
    plan.notices = _notices(plan, profile)
    return plan


def _notices(plan: SpecialtyPlan, profile: Profile) -> list[str]:
    s = plan.specialty
    if not plan.ranked:
        return [f"{s}: no {s} programs in the database; crawl them to plan this specialty"]
    out = []
    if not profile.top_tier_programs:
        out.append(f"{s}: Tier 3 is empty because the profile has no top_tier_programs list "
                   "(Precedent ships no ranking of programs as fact; list your own)")
    if len(plan.outreach) < w.OUTREACH_MIN:
        out.append(f"{s}: only {len(plan.outreach)} outreach targets (wanted {w.OUTREACH_MIN}-"
                   f"{w.OUTREACH_MAX}): few programs have precedent or a connection")
    if len(plan.broad_list) < plan.recommended:
        out.append(f"{s}: {len(plan.broad_list)} programs have precedent or a connection, fewer than "
                   f"the {plan.recommended} applications recommended; the rest are Unlikely, or "
                   "not crawled yet")
    if profile.school_id and not plan.alumni:
        out.append(f"{s}: no current residents from {profile.school_canonical} on the rosters read")
    return out


def plan_all(
    facts: list[ProgramFacts],
    profile: Profile,
    specialties: list[str] | None = None,
    *,
    match_year: int | None = None,
) -> tuple[list[SpecialtyPlan], list[str]]:
    """Plans for the chosen specialties (default: primary then backups) and the profile-wide
    notices: the profile's warnings and connections or top-tier entries naming no program."""
    chosen = [s.lower() for s in specialties] if specialties else [profile.specialty, *profile.backup_specialties]
    chosen = list(dict.fromkeys(chosen))
    notices = [f"warning: {m}" for m in profile.warnings]
    notices += [f"warning: connection names no known program: {c!r}" for c in unknown_connections(facts, profile)]
    notices += [f"warning: top-tier entry names no known program: {t!r}" for t in unknown_top_tier(facts, profile)]
    return [plan_specialty(facts, profile, s, match_year=match_year) for s in chosen], notices
