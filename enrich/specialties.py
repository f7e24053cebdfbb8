"""Facts about specialties that enrich needs: how long a residency lasts."""

from __future__ import annotations

# Years of training (ACGME program length, including the PGY-1 where it is part of the program).
PROGRAM_YEARS: dict[str, int] = {
    "neurosurgery": 7,
    "dermatology": 4,
    "internal_medicine": 3,
    "family_medicine": 3,
    "neurology": 4,
    "general_surgery": 5,
    "radiology": 5,
    "psychiatry": 4,
    "pediatrics": 3,
    "anesthesiology": 4,
}


def program_years(specialty: str | None) -> int:
    key = (specialty or "neurosurgery").strip().lower().replace(" ", "_").replace("-", "_")
    return PROGRAM_YEARS.get(key, 4)
