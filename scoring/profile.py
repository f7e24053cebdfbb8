"""Applicant profiles: a YAML file a person writes, validated with errors they can act on.

``examples/profiles/us_img_research.yaml`` is the commented example of every field. Parsing is
pure (:func:`parse_profile`); :func:`load_profile` also links the medical school with the
gazetteer's school linker, so the alumni table and the Caribbean/other-IMG weighting know which
school the applicant means. Doubts that do not stop the tiers (an unlinked school, a DO whose
school links to an international one) become ``Profile.warnings``, never silent guesses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

APPLICANT_TYPES = ("us_img", "non_us_img", "do", "us_md")
CONNECTION_KINDS = (
    "research_year",
    "away_rotation",
    "mentor_encourages",
    "mentor_advocate",
    "alumni_contact",
)
VISAS = ("J-1", "H-1B")
STEP1_RESULTS = ("pass", "fail")
US_STATES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM "
    "NY NC ND OH OK OR PA PR RI SC SD TN TX UT VT VA WA WV WI WY".split()
)
TOP_KEYS = ("name", "specialty", "backup_specialties", "applicant", "geography", "connections",
            "top_tier_programs")
APPLICANT_KEYS = ("type", "school", "step1", "step1_attempts", "step2_ck", "graduation_year",
                  "needs_visa")
GEOGRAPHY_KEYS = ("preferred_states", "avoid_states")
CONNECTION_KEYS = ("program", "kind", "note")
# The school kind each applicant type expects; a mismatch is a warning (a typo in one or the other).
EXPECTED_SCHOOL_KIND = {"us_img": "IMG", "non_us_img": "IMG", "do": "US_DO", "us_md": "US_MD"}


class ProfileError(ValueError):
    """A profile that cannot be used; the message says which field and why."""


@dataclass
class Connection:
    program: str  # program id or program name as the applicant knows it
    kind: str
    note: str = ""


@dataclass
class Profile:
    name: str
    applicant_type: str
    specialty: str = "neurosurgery"
    school: str | None = None
    step1: str | None = None  # "pass", "fail" or None (not taken / not said)
    step1_attempts: int | None = None
    step2_ck: int | None = None
    graduation_year: int | None = None
    needs_visa: str | None = None  # None, "J-1" or "H-1B"
    preferred_states: list[str] = field(default_factory=list)
    avoid_states: list[str] = field(default_factory=list)
    connections: list[Connection] = field(default_factory=list)
    top_tier_programs: list[str] = field(default_factory=list)
    backup_specialties: list[str] = field(default_factory=list)
    # Filled by link_school (load_profile does it): the gazetteer's view of ``school``.
    school_id: str | None = None
    school_canonical: str | None = None
    school_kind: str | None = None
    school_caribbean: bool | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def is_img(self) -> bool:
        return self.applicant_type in ("us_img", "non_us_img")


def _require(mapping: dict[str, Any], key: str, where: str) -> Any:
    if key not in mapping or mapping[key] in (None, ""):
        raise ProfileError(f"{where}: '{key}' is required")
    return mapping[key]


def _mapping(value: Any, where: str) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ProfileError(f"{where}: expected a mapping (key: value lines)")
    return value


def _known_keys(mapping: dict[str, Any], known: tuple[str, ...], where: str) -> None:
    unknown = sorted(str(k) for k in mapping if k not in known)
    if unknown:
        raise ProfileError(f"{where}: unknown key {unknown[0]!r}; known keys: {', '.join(known)}")


def _whole(value: Any, low: int, high: int, where: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ProfileError(f"{where} must be a whole number from {low} to {high} (got {value!r})")
    return value


def _strings(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise ProfileError(f"{where} must be a list, e.g. [a, b]")
    return [str(v).strip() for v in value if str(v).strip()]


def _states(value: Any, where: str) -> list[str]:
    states = [s.upper() for s in _strings(value, where)]
    bad = [s for s in states if s not in US_STATES]
    if bad:
        raise ProfileError(f"{where}: {bad[0]!r} is not a US state code (use two letters, e.g. NY)")
    return states


def _visa(value: Any, where: str) -> str | None:
    if value in (None, False, "", "none", "no"):
        return None
    norm = re.sub(r"[^a-z0-9]", "", str(value).lower())
    for visa in VISAS:
        if norm == re.sub(r"[^a-z0-9]", "", visa.lower()):
            return visa
    raise ProfileError(f"{where} is {value!r}; use null, J-1 or H-1B")


def _step1(value: Any, where: str) -> str | None:
    if value is None:
        return None
    if value is True:  # YAML reads a bare `pass` as a string, but `yes` as True
        return "pass"
    text = str(value).strip().lower()
    if text not in STEP1_RESULTS:
        raise ProfileError(f"{where} is {value!r}; use pass or fail (Step 1 is pass/fail)")
    return text


def _connections(value: Any, source: str) -> list[Connection]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ProfileError(f"{source}: 'connections' must be a list of mappings with 'program' and 'kind'")
    out = []
    for i, raw in enumerate(value):
        where = f"{source}: connections[{i}]"
        if not isinstance(raw, dict):
            raise ProfileError(f"{where}: expected a mapping with 'program' and 'kind'")
        _known_keys(raw, CONNECTION_KEYS, where)
        kind = str(_require(raw, "kind", where)).strip().lower()
        if kind not in CONNECTION_KINDS:
            raise ProfileError(f"{where}: kind {kind!r}; use one of {', '.join(CONNECTION_KINDS)}")
        out.append(Connection(str(_require(raw, "program", where)).strip(), kind, str(raw.get("note") or "")))
    return out


def parse_profile(data: Any, source: str = "profile") -> Profile:
    """A validated :class:`Profile` from parsed YAML; raises :class:`ProfileError` naming the field."""
    if not isinstance(data, dict):
        raise ProfileError(f"{source}: expected a mapping at the top level")
    _known_keys(data, TOP_KEYS, source)
    applicant = _mapping(data.get("applicant"), f"{source}: applicant")
    _known_keys(applicant, APPLICANT_KEYS, f"{source}: applicant")
    geo = _mapping(data.get("geography"), f"{source}: geography")
    _known_keys(geo, GEOGRAPHY_KEYS, f"{source}: geography")
    kind = str(_require(applicant, "type", f"{source}: applicant")).strip().lower()
    if kind not in APPLICANT_TYPES:
        raise ProfileError(f"{source}: applicant.type is {kind!r}; use one of {', '.join(APPLICANT_TYPES)}")
    step1 = _step1(applicant.get("step1"), f"{source}: applicant.step1")
    attempts = _whole(applicant.get("step1_attempts"), 1, 6, f"{source}: applicant.step1_attempts")
    if step1 is None and attempts:
        raise ProfileError(f"{source}: applicant.step1_attempts is given but applicant.step1 is not (pass or fail)")
    school = applicant.get("school")
    profile = Profile(
        name=str(data.get("name") or Path(source).stem),
        applicant_type=kind,
        specialty=str(data.get("specialty") or "neurosurgery").strip().lower(),
        school=str(school).strip() if school else None,
        step1=step1,
        step1_attempts=attempts or (1 if step1 else None),
        step2_ck=_whole(applicant.get("step2_ck"), 150, 300, f"{source}: applicant.step2_ck"),
        graduation_year=_whole(applicant.get("graduation_year"), 1950, 2100, f"{source}: applicant.graduation_year"),
        needs_visa=_visa(applicant.get("needs_visa"), f"{source}: applicant.needs_visa"),
        preferred_states=_states(geo.get("preferred_states"), f"{source}: geography.preferred_states"),
        avoid_states=_states(geo.get("avoid_states"), f"{source}: geography.avoid_states"),
        connections=_connections(data.get("connections"), source),
        top_tier_programs=_strings(data.get("top_tier_programs"), f"{source}: top_tier_programs"),
        backup_specialties=[s.lower() for s in _strings(data.get("backup_specialties"), f"{source}: backup_specialties")],
    )
    both = sorted(set(profile.preferred_states) & set(profile.avoid_states))
    if both:
        raise ProfileError(f"{source}: geography: {both[0]} is both preferred and avoided")
    if profile.needs_visa and kind != "non_us_img":
        profile.warnings.append(
            f"needs_visa is {profile.needs_visa} but applicant.type is {kind}: US citizens and "
            "permanent residents need no visa; check one or the other")
    return profile


def link_school(profile: Profile, linker: Any) -> Profile:
    """Fill ``school_id`` & co. with ``linker.link`` (``enrich.schools.get_linker()``)."""
    if not profile.school:
        profile.warnings.append("no applicant.school: the alumni table is empty and IMG precedent is not "
                                "weighted by Caribbean vs other schools")
        return profile
    degrees = ("DO",) if profile.applicant_type == "do" else ()
    match = linker.link(profile.school, degrees)
    if not match.id:
        profile.warnings.append(
            f"school {profile.school!r} is not in the gazetteer: the alumni table is empty; try the "
            "school's full name (`precedent school` shows how a name links)")
        return profile
    profile.school_id, profile.school_canonical = match.id, match.canonical
    profile.school_kind, profile.school_caribbean = match.kind, bool(match.caribbean)
    expected = EXPECTED_SCHOOL_KIND[profile.applicant_type]
    if match.kind != expected:
        profile.warnings.append(
            f"school {profile.school!r} links to {match.canonical} ({match.kind}), but applicant.type "
            f"{profile.applicant_type} expects a {expected} school; check one or the other")
    return profile


def load_profile(path: str | Path, *, link: bool = True) -> Profile:
    """Read, validate and (by default) school-link a profile file."""
    p = Path(path)
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ProfileError(f"profile file not found: {p}") from exc
    except yaml.YAMLError as exc:
        raise ProfileError(f"{p}: not valid YAML ({exc})") from exc
    profile = parse_profile(data, str(p))
    if link:
        from enrich.schools import get_linker

        link_school(profile, get_linker())
    return profile
