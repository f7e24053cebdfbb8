"""A school named in a bio's sentence ends where its name ends, and a role word belongs to the
person it is written beside.

The pages under ``fixtures/prose_clauses/`` are written the way program sites and newsletters
introduce residents in running text, several to a paragraph: "Maya Patel, MD graduated from X
and leads our wellness committee" (no comma after the degree), "... X and Atlanta remains
home", "... X and MPH from Harvard", "... X and Dr. Reyes was her mentor"; and titles beside
names, "Chief resident Aisha Bello, MD, ...", "Our chief resident Nadia Farouk", "Research
resident Jonas Berg", in paragraphs that go on to name other residents. Raw bytes and response
headers; ``expected.json`` is what each page says. The near misses are names that hold "and"
("University of Medicine and Dentistry of New Jersey", "College of Physicians and Surgeons",
"University of Medicine and Biosciences") and roles that do speak for several people ("Our
chief residents Iris Tan, MD, and Kwame Asante, MD").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.prose import read_prose
from extract.roster import name_key
from tests.roster_fixtures import RosterFixtures, roster_tests

FIXTURES = Path(__file__).parent / "fixtures" / "prose_clauses"
ROSTERS = RosterFixtures(FIXTURES, ("school_raw", "pgy", "role"))
NOT_RESIDENT_CASES = [
    pytest.param(page, name, id=f"{page}-{name}")
    for page in ROSTERS.pages
    for name in ROSTERS.expected(page)["not_residents"]
]


test_resident_is_found, test_field = roster_tests(ROSTERS)


@pytest.mark.parametrize("page", ROSTERS.pages)
def test_nobody_else(page: str) -> None:
    expected = {name_key(r["name"]) for r in ROSTERS.expected(page)["residents"]}
    assert set(ROSTERS.by_name(page)) - expected == set()


@pytest.mark.parametrize(
    ("sentence", "school"),
    [
        # "and" opening a new clause whose subject is capitalised, or naming a person or degree
        ("She graduated from Yale School of Medicine and Maya enjoys hiking.", "Yale School of Medicine"),
        ("She earned her MD at Yale School of Medicine and Spanish is her first language.", "Yale School of Medicine"),
        ("She completed medical school at the University of Iowa Carver College of Medicine and Iowa City remains home.", "University of Iowa Carver College of Medicine"),
        ("He received his MD from the University of Iowa Carver College of Medicine and MPH from Harvard.", "University of Iowa Carver College of Medicine"),
        ("She is a graduate of Emory University School of Medicine and Dr. Patel mentored her.", "Emory University School of Medicine"),
        ("She attended Tulane University School of Medicine and PGY-2 year was her favorite.", "Tulane University School of Medicine"),
        # names that hold "and", and clause ends the rules already kept
        ("She graduated from University of Medicine and Dentistry of New Jersey and leads our wellness committee.", "University of Medicine and Dentistry of New Jersey"),
        ("He received his medical degree from Columbia University Vagelos College of Physicians and Surgeons and Boston remains home.", "Columbia University Vagelos College of Physicians and Surgeons"),
        ("He attended Kansas City University of Medicine and Biosciences and Omaha is home.", "Kansas City University of Medicine and Biosciences"),
        ("She earned her MD at Texas A&M College of Medicine in 2019.", "Texas A&M College of Medicine"),
        ("He received his medical degree from Universidad Nacional Autónoma de México and is interested in surgery.", "Universidad Nacional Autónoma de México"),
        ("She graduated from Dhaka Medical College and Hospital and joined us in 2024.", "Dhaka Medical College and Hospital"),
    ],
)  # fmt: skip
def test_prose_school_ends_with_its_name(sentence: str, school: str) -> None:
    assert read_prose(sentence).school == school
