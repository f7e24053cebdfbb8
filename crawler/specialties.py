"""Specialties by configuration: a specialty is a seed list of programs plus its link cues.

``precedent crawl --specialty neurosurgery`` with neither ``--registry`` nor ``--programs`` crawls
the shipped seed list on the real web. Seeds are reference data with provenance
(``crawler/data/datadoc1-SOURCE.md`` and the ``sources`` column): many URLs will have moved, and a
program whose site has moved says so in its roster status.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class SpecialtyConfig:
    slug: str
    title: str
    seeds: Path  # CSV: program_name/name, website and/or a known roster URL, acgme_id, city, state
    link_cues: tuple[str, ...]  # words that name this specialty in a department's menus


SPECIALTIES: dict[str, SpecialtyConfig] = {
    "neurosurgery": SpecialtyConfig(
        "neurosurgery", "Neurological Surgery", DATA / "neurosurgery_programs.csv",
        ("neurosurgery", "neurological surgery", "neurosurgical"),
    ),
    "dermatology": SpecialtyConfig(
        "dermatology", "Dermatology", DATA / "derm_program_websites_2024.csv", ("dermatology",),
    ),
}


def get_specialty(slug: str) -> SpecialtyConfig:
    try:
        return SPECIALTIES[slug]
    except KeyError:
        raise KeyError(f"no seed list for specialty {slug!r}; shipped: {', '.join(SPECIALTIES)}") from None
