""" "Alma Mater" is the medical school or the college, by what else the resident's entry says.

The whole pages are ``fixtures/extract/alma_mater_cards`` (read by ``test_extract.py``); these
are the rule's cases inside one education value, each as the rule in
``extract.education.alma_mater_is_school`` states it: beside a medical school it is the
college; alone, it is the medical school when it reads as one (medical words, a known medical
school, a medical degree, a university the school linker links to its medical school) and
the college otherwise.
"""

from __future__ import annotations

import pytest

from extract.education import split_education
from extract.labels import label_field


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
