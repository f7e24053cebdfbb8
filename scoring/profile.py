"""Applicant profiles: a YAML file a person writes, validated with errors they can act on."""

from __future__ import annotations

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
    step2_ck: int | None = None
    graduation_year: int | None = None
    needs_visa: str | None = None  # None, "J-1" or "H-1B"
    preferred_states: list[str] = field(default_factory=list)
    connections: list[Connection] = field(default_factory=list)
    top_tier_programs: list[str] = field(default_factory=list)
    backup_specialties: list[str] = field(default_factory=list)


def _require(mapping: dict[str, Any], key: str, where: str) -> Any:
    if key not in mapping or mapping[key] in (None, ""):
        raise ProfileError(f"{where}: '{key}' is required")
    return mapping[key]


def parse_profile(data: Any, source: str = "profile") -> Profile:
    if not isinstance(data, dict):
        raise ProfileError(f"{source}: expected a mapping at the top level")
    applicant = data.get("applicant") or {}
    if not isinstance(applicant, dict):
        raise ProfileError(f"{source}: 'applicant' must be a mapping")
    kind = str(_require(applicant, "type", f"{source}: applicant")).strip().lower()
    if kind not in APPLICANT_TYPES:
        raise ProfileError(
            f"{source}: applicant.type is {kind!r}; use one of {', '.join(APPLICANT_TYPES)}"
        )
    connections = []
    for i, raw in enumerate(data.get("connections") or []):
        where = f"{source}: connections[{i}]"
        if not isinstance(raw, dict):
            raise ProfileError(f"{where}: expected a mapping with 'program' and 'kind'")
        ckind = str(_require(raw, "kind", where)).strip().lower()
        if ckind not in CONNECTION_KINDS:
            raise ProfileError(f"{where}: kind {ckind!r}; use one of {', '.join(CONNECTION_KINDS)}")
        connections.append(Connection(str(_require(raw, "program", where)), ckind, raw.get("note", "")))
    step2 = applicant.get("step2_ck")
    if step2 is not None and not (isinstance(step2, int) and 150 <= step2 <= 300):
        raise ProfileError(f"{source}: applicant.step2_ck must be a whole number from 150 to 300")
    geo = data.get("geography") or {}
    return Profile(
        name=str(data.get("name") or Path(source).stem),
        applicant_type=kind,
        specialty=str(data.get("specialty") or "neurosurgery"),
        school=applicant.get("school"),
        step2_ck=step2,
        graduation_year=applicant.get("graduation_year"),
        needs_visa=applicant.get("needs_visa") or None,
        preferred_states=[str(s).upper() for s in geo.get("preferred_states") or []],
        connections=connections,
        top_tier_programs=[str(p) for p in data.get("top_tier_programs") or []],
        backup_specialties=[str(s) for s in data.get("backup_specialties") or []],
    )


def load_profile(path: str | Path) -> Profile:
    p = Path(path)
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ProfileError(f"profile file not found: {p}") from exc
    except yaml.YAMLError as exc:
        raise ProfileError(f"{p}: not valid YAML ({exc})") from exc
    return parse_profile(data, str(p))
