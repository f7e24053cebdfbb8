"""Undergraduate colleges, hometowns and degree spellings: what bios and cards say besides the
medical school.

The undergraduate college is the trap of bio paragraphs ("received her undergraduate degree
from the University of Michigan and her medical degree from ..."): many colleges share a name with
a medical school, so an extractor that takes the first school it reads is wrong. Hometowns feed
the US-citizen-IMG hint (a US hometown with an international medical school).
"""

from __future__ import annotations

import random

from demoweb.places import CITIES

# Real US colleges and universities, many of them sharing a name with a medical school.
# fmt: off
US_COLLEGES = (
    "University of Michigan", "Stanford University", "Duke University", "Harvard College",
    "Yale University", "University of Texas at Austin", "University of California, Berkeley",
    "University of California, Los Angeles", "Cornell University", "Brown University",
    "Emory University", "Vanderbilt University", "Rice University", "Northwestern University",
    "University of Florida", "Ohio State University", "Pennsylvania State University",
    "University of Wisconsin–Madison", "Boston College", "Georgetown University",
    "Tufts University", "Johns Hopkins University", "University of Virginia",
    "University of North Carolina at Chapel Hill", "Washington University in St. Louis",
    "Tulane University", "Purdue University", "Indiana University Bloomington",
    "University of Notre Dame", "Williams College", "Amherst College", "Wellesley College",
    "Davidson College", "Texas A&M University", "Brigham Young University",
    "University of Illinois Urbana-Champaign", "Rutgers University", "Howard University",
    "Spelman College", "Morehouse College", "University of Minnesota", "Baylor University",
)
STATE_NAMES = {
    "AL": "Alabama", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DC": "D.C.", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii",
    "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky",
    "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan",
    "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon",
    "PA": "Pennsylvania", "PR": "Puerto Rico", "RI": "Rhode Island", "SC": "South Carolina",
    "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia",
    "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin",
}
DOTTED = {
    "MD": "M.D.", "DO": "D.O.", "PhD": "Ph.D.", "MS": "M.S.", "MPH": "M.P.H.",
    "MBBS": "M.B.B.S.", "MBChB": "MB ChB",
}
# fmt: on
DEGREE_STYLES = (("plain", 0.72), ("dotted", 0.2), ("spaced", 0.08))


def degrees_shown(rng: random.Random, degrees: tuple[str, ...]) -> str:
    """How a page writes the degrees: "MD, PhD" (usually), "M.D., Ph.D." or "MD PhD"; one draw."""
    roll = rng.random()
    if roll < DEGREE_STYLES[0][1]:
        return ", ".join(degrees)
    if roll < DEGREE_STYLES[0][1] + DEGREE_STYLES[1][1]:
        return ", ".join(DOTTED.get(d, d) for d in degrees)
    return " ".join(degrees)


def undergrad_for(rng: random.Random, kind: str) -> str | None:
    """A US college for US and Caribbean-bound graduates; None when medicine was a first degree."""
    roll = rng.random()
    if kind == "IMG" and roll < 0.6:
        return None
    return US_COLLEGES[int(roll * 10_000) % len(US_COLLEGES)]


def hometown_for(rng: random.Random, kind: str, country: str) -> str:
    """Where the resident grew up: a US city, or for most IMGs a place in the school's country."""
    city, state = rng.choice(CITIES)
    if kind == "IMG" and country and rng.random() < 0.6:
        return country.replace("United Kingdom-England", "England")
    return f"{city}, {STATE_NAMES.get(state, state)}"
