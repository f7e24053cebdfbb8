"""Item types the spiders yield, one schema per type shared by pipelines and tests.

Every item carries provenance (``run_id``, ``fetched_at``, ``source_url``); raw strings are
kept beside anything normalised later.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any


@dataclass
class ProgramItem:
    program_id: str
    name: str
    specialty: str
    website: str | None = None
    city: str | None = None
    state: str | None = None
    acgme_id: str | None = None
    source_url: str | None = None
    run_id: str | None = None
    item_type: str = "program"


@dataclass
class PageItem:
    """One fetch, whatever its outcome. ``role``: listing, home, roster, info or other."""

    url: str
    program_id: str | None
    role: str
    status: int | None
    fetched_at: str
    run_id: str | None = None
    error: str | None = None
    render: str = "plain"  # plain | browser
    sha1: str | None = None
    found_via: str | None = None  # why this page was fetched (link text, score)
    item_type: str = "page"


@dataclass
class ResidentItem:
    program_id: str
    name: str
    source_url: str
    fetched_at: str
    run_id: str | None = None
    degrees: list[str] = field(default_factory=list)
    school_raw: str | None = None
    pgy: int | None = None
    pgy_raw: str | None = None
    class_year: int | None = None
    undergrad: str | None = None
    hometown: str | None = None
    role: str = "resident"
    snippet: str = ""
    confidence: float = 0.0
    content_sha1: str | None = None
    item_type: str = "resident"


@dataclass
class ProgramStatusItem:
    """Why a program ended with or without a roster: what discovery found and why."""

    program_id: str
    roster_urls: list[str]
    reason: str
    run_id: str | None = None
    item_type: str = "program_status"


@dataclass
class FactItem:
    """One fact a program states about itself (visa, IMG eligibility, score floors, ...), with
    the sentence it was read from. Values are JSON: bool, number or text (see issue 11)."""

    program_id: str
    fact: str
    value: Any
    sentence: str
    url: str
    fetched_at: str
    confidence: float = 0.0
    run_id: str | None = None
    content_sha1: str | None = None
    item_type: str = "fact"


ITEM_TYPES: dict[str, type] = {
    "program": ProgramItem,
    "page": PageItem,
    "resident": ResidentItem,
    "program_status": ProgramStatusItem,
    "fact": FactItem,
}

REQUIRED: dict[str, tuple[str, ...]] = {
    "program": ("program_id", "name", "specialty"),
    "page": ("url", "role", "fetched_at"),
    "resident": ("program_id", "name", "source_url", "fetched_at"),
    "program_status": ("program_id", "reason"),
    "fact": ("program_id", "fact", "sentence", "url"),
}


def item_problems(item: Any) -> list[str]:
    """Return the field problems of an item (empty list when it is valid)."""
    kind = getattr(item, "item_type", None)
    if kind not in ITEM_TYPES:
        return [f"unknown item type {kind!r}"]
    problems = [f"{kind}.{name} missing" for name in REQUIRED[kind] if not getattr(item, name)]
    if kind == "resident" and item.pgy is not None and not 0 <= item.pgy <= 10:
        problems.append("resident.pgy out of range")
    return problems


def item_from_dict(row: dict[str, Any]) -> Any:
    cls = ITEM_TYPES[row["item_type"]]
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in row.items() if k in names})
