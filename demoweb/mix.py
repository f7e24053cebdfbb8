"""The combined index of a mixed-specialty web (``specialty="all"``).

Position ``i`` of a mixed web is program ``local`` of one specialty, chosen by a smooth weighted
round robin over ``PROGRAM_COUNTS``: every prefix of the sequence holds each specialty at close to
its share, and the sequence never depends on how many programs are served, so program ``i`` of a
mixed web is the same program whatever ``programs=N`` is. A program keeps its per-specialty
identity (names, residents, ACGME id): internal medicine #5 is the same in a one-specialty web
and in a mixed one; only its host differs, since hosts are handed out by position in the web.
"""

from __future__ import annotations

from demoweb.specialties import PROGRAM_COUNTS

_ORDER: list[tuple[str, int]] = []
_STATE: dict[str, float] = {}
_SEEN: dict[str, int] = {}


def _extend(to: int) -> None:
    total = sum(PROGRAM_COUNTS.values())
    while len(_ORDER) < to:
        for slug, weight in PROGRAM_COUNTS.items():
            _STATE[slug] = _STATE.get(slug, 0.0) + weight
        slug = max(PROGRAM_COUNTS, key=_STATE.__getitem__)  # ties: first in table order
        _STATE[slug] -= total
        _ORDER.append((slug, _SEEN.get(slug, 0)))
        _SEEN[slug] = _SEEN.get(slug, 0) + 1


def specialty_at(index: int) -> tuple[str, int]:
    """(specialty slug, index within that specialty) of position ``index`` in a mixed web."""
    if index >= len(_ORDER):
        _extend(max(index + 1, 2 * len(_ORDER)))
    return _ORDER[index]


def specialties_in(programs: int) -> list[str]:
    """The specialties a mixed web of ``programs`` programs holds, in registry order."""
    specialty_at(programs - 1)
    present = {slug for slug, _ in _ORDER[:programs]}
    return [slug for slug in PROGRAM_COUNTS if slug in present]
