"""Roster structures first seen in the fresh4 markup, written by hand the way real sites write
them: tables turned on their side (a resident a column, rows headed by field labels or a first
row of names over an empty corner), scaffolded record pages ("Name: ..." a line, a page per
class, a class of one) and credentials printed on a line of their own above the name. Each
page also holds a near miss: a rotation schedule or a statistics table with row labels, a
"contact name" field, "MD" heading a medical school under a name heading.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.roster import name_key
from tests.roster_fixtures import RosterFixtures, roster_tests

FIXTURES = Path(__file__).parent / "fixtures" / "fresh4_structure"
FIELDS = ("degrees", "school_raw", "pgy", "class_year", "undergrad", "hometown")
ROSTERS = RosterFixtures(FIXTURES, FIELDS)

test_resident_is_found, test_field = roster_tests(ROSTERS)


@pytest.mark.parametrize("page", ROSTERS.pages)
def test_nobody_else(page: str) -> None:
    expected = {name_key(r["name"]) for r in ROSTERS.expected(page)["residents"]}
    assert set(ROSTERS.by_name(page)) - expected == set()
