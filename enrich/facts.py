"""Where what a program says and whom it trains disagree: keep both, flag the conflict.

A program page may say "we do not accept international medical graduates" while its roster lists
an IMG. The statement is policy, the roster is evidence; neither overrules the other. A new
PGY-1 IMG is the strongest sign that the statement is stale or not applied, an IMG senior
resident a weaker one (the policy may be newer than their match), so the flag says which.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from extract.facts import ProgramFact


class RosterResident(Protocol):
    """What the conflict check needs of a resident (a ResidentItem, a dict-backed record...)."""

    name: str
    kind: str  # US_MD, US_DO, CA, IMG, UNKNOWN (the linked school's kind)
    pgy: int | None


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
