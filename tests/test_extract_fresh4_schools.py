"""Schools, and the levels written beside them, on the builders' markup of the fresh4 rosters.

The fixtures under ``fixtures/fresh4_schools/`` are hand-written pages of the kinds fresh4 was
modelled on, not its pages: Webflow collection cards whose captions set label and value apart
with a spaced slash ("Medical School / X"), Adobe Experience Manager content fragments (a
``<dl>`` whose dt/dd pairs are each wrapped in a ``<div>``, element titles "Full Name",
"Post-Nominal Letters", "Expected Completion"), a SvelteKit feed whose inline fields run into one
line ("Jane Doe, MD Completes 2029 X"), and Elementor bios that name the medical school in
several ways. Raw bytes and response headers; ``expected.json`` is what the page says, written
with it. The near misses say what must not be read as a school, a label or a level.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from enrich.schools import get_linker
from extract.labels import split_label_line
from extract.levels import parse_level, parse_level_value
from extract.names import clean_name
from extract.prose import read_prose
from extract.roster import name_key
from tests.roster_fixtures import RosterFixtures, nobody_else_test, roster_tests

FIXTURES = Path(__file__).parent / "fixtures" / "fresh4_schools"
FIELDS = ("degrees", "school_raw", "pgy", "class_year", "undergrad", "hometown")
ROSTERS = RosterFixtures(FIXTURES, FIELDS)

test_resident_is_found, test_field = roster_tests(ROSTERS)


test_nobody_else = nobody_else_test(ROSTERS)  # labels ("Full Name") and headings


@pytest.mark.parametrize(
    ("page", "resident", "field"),
    RosterFixtures(FIXTURES, ("kind",)).field_cases(),
)
def test_school_kind(page: str, resident: dict, field: str) -> None:
    record = ROSTERS.by_name(page).get(name_key(resident["name"]))
    assert record is not None
    assert get_linker().link(record.school_raw or "", record.degrees).kind == resident[field]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Medical School / Rush", ("school", "Medical School", "Rush")),
        (
            "Medical School / Madras Medical College",
            ("school", "Medical School", "Madras Medical College"),
        ),
        (
            "Undergraduate / Xavier University of Louisiana",
            ("undergrad", "Undergraduate", "Xavier University of Louisiana"),
        ),
        ("Hometown / Duluth, MN", ("hometown", "Hometown", "Duluth, MN")),
        # near misses: a label of two fields, a school and its place, two degrees, no label
        ("Undergrad / Medical School", None),
        ("Medical School / Country", None),
        ("MD / PhD", None),
        ("DO / MBA", None),
        ("Jane Doe / Rush", None),
    ],
)
def test_slash_label_line(line: str, expected: tuple[str, str, str] | None) -> None:
    assert split_label_line(line) == expected


@pytest.mark.parametrize(
    ("text", "class_year"),
    [
        ("Completes 2029", 2029),
        ("Completing in June 2028", 2028),
        ("Graduates 2027", 2027),
        # near misses: a past degree's year, a year alone
        ("graduated 2019 from Tulane University", None),
        ("After graduating in 2019 from Duke, she taught.", None),
        ("Tulane University 2019", None),
    ],
)
def test_completion_level(text: str, class_year: int | None) -> None:
    assert parse_level(text).class_year == class_year


@pytest.mark.parametrize(
    ("value", "class_year"), [("June 2027", 2027), ("2028", 2028), ("June", None)]
)
def test_completion_value(value: str, class_year: int | None) -> None:
    assert parse_level_value(value).class_year == class_year


@pytest.mark.parametrize(
    ("text", "school"),
    [
        (
            "Rocky Vista University, where Isaac studied medicine, followed Colorado State University.",
            "Rocky Vista University",
        ),
        ("Mei Lin trained in medicine at Georgetown.", "Georgetown"),
        (
            "Medical school for Farhan was Aga Khan University Medical College, Karachi.",
            "Aga Khan University Medical College, Karachi",
        ),
        (
            "Her medical school was Emory University School of Medicine.",
            "Emory University School of Medicine",
        ),
        ("She read medicine at Trinity College Dublin before moving.", "Trinity College Dublin"),
        # near misses: no school named, a college before medical school
        ("Medical school was a turning point for Samuel.", None),
        ("Before medical school, he studied chemistry at Tulane University.", None),
    ],
)
def test_medical_school_phrasing(text: str, school: str | None) -> None:
    assert read_prose(text).school == school


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("SIOBHAN MAC AN TSAOIR", "Siobhan Mac an Tsaoir"),
        ("MARIA DE LA CRUZ", "Maria de la Cruz"),
        # near misses: "St." keeps its capital, a particle that ends the name is its surname
        ("CLAIRE ST. CLAIR", "Claire St. Clair"),
        ("PRIYANKA DAS", "Priyanka Das"),
    ],
)
def test_name_in_capitals(raw: str, name: str) -> None:
    assert clean_name(raw).name == name
