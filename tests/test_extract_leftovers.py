"""Roster readings left over from the fresh4 round: house-staff level tags, a campus after the
school's dash, a "Name" label inside a name field, rotations and units shaped like names, and a
degree that labels its school.

The fixtures under ``fixtures/extract_leftovers/`` are hand-written pages of common kinds (a
HubSpot section per class, an IIS table, a SvelteKit feed, WordPress column cards, Squarespace
lists), not the demo web's. Raw bytes and response headers; ``expected.json`` is what the page
says, written with it. The near misses say what must not change: a surname that is also a unit
word, "Ho" in capitals, a room "R-3" or a CSS class "pl-3", a hospital after the school.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.dom import class_fields, parse_html
from extract.levels import parse_level, parse_level_value
from extract.names import looks_like_name
from extract.roster import name_key
from extract.sections import classify_attrs, classify_heading
from tests.roster_fixtures import RosterFixtures, roster_tests

FIXTURES = Path(__file__).parent / "fixtures" / "extract_leftovers"
FIELDS = ("degrees", "school_raw", "pgy", "class_year", "hometown")
ROSTERS = RosterFixtures(FIXTURES, FIELDS)

test_resident_is_found, test_field = roster_tests(ROSTERS)


@pytest.mark.parametrize("page", ROSTERS.pages)
def test_nobody_else(page: str) -> None:
    """Rotations, units, rooms and labels are nobody."""
    expected = {name_key(r["name"]) for r in ROSTERS.expected(page)["residents"]}
    assert set(ROSTERS.by_name(page)) - expected == set()


@pytest.mark.parametrize(
    ("text", "pgy"),
    [
        ("PL-3", 3),
        ("HO-3", 3),
        ("R-3", 3),
        ("PL3", 3),
        ("HO2", 2),
        ("PL 1", 1),
        ("HO-III", 3),
        ("PL–2", 2),
        ("HO-3 Class", 3),
        ("R-5 Resident", 5),
        ("the PL-2s on nights", 2),
        ("Jane Doe, MD, R-4", 4),
        # a PGY written beside the tag wins, as the first one written
        ("PGY-2 (PL-2)", 2),
        # controls
        ("PGY-4", 4),
        ("R3", 3),
    ],
)
def test_house_staff_tag_is_a_pgy(text: str, pgy: int) -> None:
    assert parse_level(text).pgy == pgy


@pytest.mark.parametrize(
    "text",
    [
        "pl-3",  # a CSS class (padding-left), never written in capitals on a page
        "JOHN HO III",  # the surname Ho in capitals and a generation
        "Room R-3",
        "Suite R-3",
        "Form HO-2",
        "R-3.5",
        "PL-30",
        "HO-3-B",
        "PR-3",
        "AR-3 receptor",
        "Minh Ho",
    ],
)
def test_not_a_house_staff_tag(text: str) -> None:
    assert parse_level(text).pgy is None


@pytest.mark.parametrize(("value", "pgy"), [("HO III", 3), ("PL 2", 2), ("R-1", 1), ("PL-4", 4)])
def test_tag_alone_under_a_level_label(value: str, pgy: int) -> None:
    """ "Level: HO III": alone under a label, a roman numeral after a space is the year too."""
    assert parse_level_value(value).pgy == pgy


def test_house_staff_heading_is_a_section() -> None:
    assert classify_heading("HO-3 Class").level.pgy == 3


def test_bootstrap_padding_class_is_no_section() -> None:
    assert classify_attrs("pl-3 col-md-6").level.empty


def _fields(html: str) -> dict[str, str]:
    root = parse_html(f"<html><body>{html}</body></html>")
    assert root is not None
    body = root.find(".//body")
    assert body is not None
    return class_fields([body[0]])


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (
            '<div class="field-name"><div class="field__label">Name</div>'
            '<div class="field__item">Jane Doe</div></div>',
            {"name": "Jane Doe"},
        ),
        (
            '<div class="views-field-name"><span class="views-label">Full Name</span> '
            "<span>Omar Haddad</span></div>",
            {"name": "Omar Haddad"},
        ),
        # a "Name" label inside another field names that field's value, never a person
        (
            '<div class="field-medical-school"><div class="field__label">Name</div>'
            '<div class="field__item">Yale School of Medicine</div></div>',
            {"school": "Yale School of Medicine"},
        ),
        # controls: a name field with no label, a labelled school field
        ('<div class="resident-name">Jane Doe</div>', {"name": "Jane Doe"}),
        (
            '<div class="field-school"><div class="field__label">Medical School</div>'
            '<div class="field__item">Emory University School of Medicine</div></div>',
            {"school": "Emory University School of Medicine"},
        ),
    ],
)
def test_name_label_is_dropped_from_its_field(html: str, expected: dict[str, str]) -> None:
    assert _fields(html) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Neurocritical Care",
        "Night Float",
        "Neuro ICU",
        "Critical Care Medicine",
        "Interventional Radiology",
        "Surgical ICU",
        "NICU Rotation",
        "Stroke Unit",
    ],
)
def test_rotation_or_unit_is_no_name(text: str) -> None:
    assert not looks_like_name(text)


@pytest.mark.parametrize(
    "text", ["Nora Ward", "Jana Call", "Claus Neurohr", "Maya Carey", "Dana Knight", "Ana Neuro"]
)
def test_surname_like_a_unit_is_a_name(text: str) -> None:
    assert looks_like_name(text)
