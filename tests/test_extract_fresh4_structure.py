"""Roster structures first seen in the fresh4 markup, written by hand the way real sites write
them: tables turned on their side (a resident a column, rows headed by field labels or a first
row of names over an empty corner), scaffolded record pages ("Name: ..." a line, a page per
class, a class of one) and credentials printed on a line of their own above the name. Each
page also holds a near miss: a rotation schedule or a statistics table with row labels, a
"contact name" field, "MD" heading a medical school under a name heading.
"""

from __future__ import annotations

from pathlib import Path

from tests.roster_fixtures import RosterFixtures, nobody_else_test, roster_tests

FIXTURES = Path(__file__).parent / "fixtures" / "fresh4_structure"
FIELDS = ("degrees", "school_raw", "pgy", "class_year", "undergrad", "hometown")
ROSTERS = RosterFixtures(FIXTURES, FIELDS)

test_resident_is_found, test_field = roster_tests(ROSTERS)


test_nobody_else = nobody_else_test(ROSTERS)  # labels ("Full Name") and headings
