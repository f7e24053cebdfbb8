""" "Alma Mater" is the medical school or the college, by what else the resident's entry says.

The whole pages are ``fixtures/extract/alma_mater_cards`` (read by ``test_extract.py``); these
are the rule's cases inside one education value, each as the rule in
``extract.education.alma_mater_is_school`` states it: beside a medical school it is the
college; alone, it is the medical school when it reads as one (medical words, a known medical
school, a medical degree, a university the school linker links to its medical school) and
the college otherwise.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.education import split_education
from extract.labels import label_field
from extract.roster import name_key
from tests.roster_fixtures import RosterFixtures


def test_alma_mater_is_a_field_of_its_own() -> None:
    assert label_field("Alma Mater:") == "alma"


@pytest.mark.parametrize(
    ("value", "school", "undergrad"),
    [
        # beside a medical-school label or an MD/DO school: the college
        (
            "Alma Mater: Williams College; Medical School: Emory University School of Medicine",
            "Emory University School of Medicine",
            "Williams College",
        ),
        (
            "Medical School: Baylor College of Medicine; Alma Mater: Rice University",
            "Baylor College of Medicine",
            "Rice University",
        ),
        (
            "Alma Mater: Duke University; MD, Emory University School of Medicine",
            "Emory University School of Medicine",
            "Duke University",
        ),
        # alone and reading as a medical school: the medical school
        (
            "Alma Mater: Lake Erie College of Osteopathic Medicine",
            "Lake Erie College of Osteopathic Medicine",
            None,
        ),
        ("Alma Mater: St. George's University", "St. George's University", None),
        ("Alma Mater: MD, University of Lagos", "University of Lagos", None),
        ("Alma Mater: Duke University", "Duke University", None),
        # alone and plainly no medical school: the college
        ("Alma Mater: Amherst College", None, "Amherst College"),
        ("Alma Mater: B.A., Boston College", None, "Boston College"),
        (
            "Alma Mater: Harvard T.H. Chan School of Public Health",
            None,
            "Harvard T.H. Chan School of Public Health",
        ),
    ],
)
def test_alma_mater(value: str, school: str | None, undergrad: str | None) -> None:
    assert split_education(value)[:2] == (school, undergrad)


# A university the extractor knows grants no medical degree (``patterns/colleges.jsonl``) is the
# college wherever a block files it alone: "Alma Mater", "Education", "School". A medical school
# abroad that reads like one ("Ross University", "University of Notre Dame Australia") and a
# university with a medical school ("Duke University") stay the medical school.
@pytest.mark.parametrize(
    ("value", "school", "undergrad"),
    [
        ("Alma Mater: Rice University", None, "Rice University"),
        ("Alma Mater: Rice University, Houston, TX", None, "Rice University, Houston, TX"),
        ("Alma Mater: Baylor University", None, "Baylor University"),
        ("Education: Princeton University", None, "Princeton University"),
        ("Alma Mater: Ross University", "Ross University", None),
        ("Alma Mater: University of Notre Dame Australia", "University of Notre Dame Australia", None),
        ("Alma Mater: Georgetown University", "Georgetown University", None),
        ("Alma Mater: MD, Baylor University", "Baylor University", None),
    ],
)  # fmt: skip
def test_alma_mater_college_without_medical_school(
    value: str, school: str | None, undergrad: str | None
) -> None:
    assert split_education(value)[:2] == (school, undergrad)


PAGES = RosterFixtures(
    Path(__file__).parent / "fixtures" / "leadership" / "alma_mater_pages",
    ("school_raw", "undergrad", "pgy"),
)


@pytest.mark.parametrize(("page", "resident", "field"), PAGES.field_cases())
def test_alma_mater_page(page: str, resident: dict, field: str) -> None:
    record = PAGES.by_name(page).get(name_key(resident["name"]))
    assert record is not None
    assert getattr(record, field) == resident[field]
