"""Where what a program says and whom it trains disagree: keep both, flag the conflict.

A program page may say "we do not accept international medical graduates" while its roster lists
an IMG. The statement is policy, the roster is evidence; neither overrules the other. A new
PGY-1 IMG is the strongest sign that the statement is stale or not applied, an IMG senior
resident a weaker one (the policy may be newer than their match), so the flag says which.

A program states a fact on one page or several; :func:`settled_facts` keeps one per fact name
when its pages agree and none when they do not (two pages, two values: the program has not
settled it for us), as the extractor does within a page. That is the program's policy.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from extract.facts import ProgramFact, Value


class RosterResident(Protocol):
    """What the conflict check needs of a resident (a ResidentItem, a dict-backed record...)."""

    name: str
    kind: str  # US_MD, US_DO, CA, IMG, UNKNOWN (the linked school's kind)
    pgy: int | None


@dataclass(frozen=True)
class RosterPerson:
    """A roster row reduced to what the conflict check reads."""

    name: str
    kind: str
    pgy: int | None = None


@dataclass(frozen=True)
class FactConflict:
    """A stated fact the roster contradicts, with both sides for the applicant to weigh."""

    fact: str
    stated: object
    sentence: str
    url: str | None
    residents: tuple[str, ...]  # names on the roster that contradict it
    newest_pgy: int | None  # the most junior contradicting resident's PGY (1 = this year's class)
    reason: str


def roster_conflicts(
    facts: Iterable[ProgramFact], residents: Iterable[RosterResident]
) -> list[FactConflict]:
    """Conflicts between a program's stated facts and its roster (pure; order of ``facts``)."""
    roster = list(residents)
    imgs = [r for r in roster if r.kind == "IMG"]
    out = []
    for fact in facts:
        if fact.fact == "accepts_img" and fact.value is False and imgs:
            pgys = [r.pgy for r in imgs if r.pgy is not None]
            newest = min(pgys) if pgys else None
            count = f"{len(imgs)} IMG resident{'s' if len(imgs) != 1 else ''}"
            out.append(
                FactConflict(
                    fact=fact.fact,
                    stated=fact.value,
                    sentence=fact.sentence,
                    url=fact.url,
                    residents=tuple(r.name for r in imgs),
                    newest_pgy=newest,
                    reason=(
                        f"says it does not accept IMGs; the roster lists {count}"
                        + (f" (most junior: PGY-{newest})" if newest else "")
                    ),
                )
            )
    return out


def fact_from_row(row: Mapping[str, Any], *, value_is_json: bool = False) -> ProgramFact:
    """A fact from a ``FactItem`` dict, or from a ``facts`` table row (``value_is_json``: the
    database keeps the value as JSON text, so ``true``, ``230`` and ``"none"`` stay apart)."""
    value = json.loads(row["value"]) if value_is_json else row["value"]
    return ProgramFact(
        fact=str(row["fact"]),
        value=value,
        sentence=str(row.get("sentence") or ""),
        url=row.get("url"),
        confidence=float(row.get("confidence") or 0.0),
        fetched_at=row.get("fetched_at"),
    )


def settled_facts(facts: Iterable[ProgramFact]) -> dict[str, ProgramFact]:
    """One fact per name across a program's pages; pages that disagree settle nothing."""
    by_name: dict[str, list[ProgramFact]] = {}
    for f in facts:
        by_name.setdefault(f.fact, []).append(f)
    out = {}
    for name, stated in by_name.items():
        if len({json.dumps(f.value) for f in stated}) == 1:
            out[name] = max(stated, key=lambda f: f.confidence)
    return out


def value_text(value: Value) -> str:
    """A value as a person reads it in a table or a facet: yes/no, a number, the page's words."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)
