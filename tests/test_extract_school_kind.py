"""The school kind a roster page gives each resident: extraction, then the school linker.

The accuracy that matters to an applicant is the kind of the medical school (US MD, US DO,
Canadian, international) a resident is shown with; picking the college, a PhD school or a
prior residency's hospital instead gives a wrong kind. Fixtures are the raw pages of
``fixtures/extract_education/``; each resident's ``kind`` in ``expected.json`` is the kind of
the medical school the page names, written with the page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from enrich.schools import get_linker
from extract.roster import name_key
from tests.roster_fixtures import RosterFixtures

ROSTERS = RosterFixtures(Path(__file__).parent / "fixtures" / "extract_education", ("kind",))
KIND_CASES = ROSTERS.field_cases()


@pytest.mark.parametrize(("page", "resident", "field"), KIND_CASES)
def test_school_kind(page: str, resident: dict, field: str) -> None:
    record = ROSTERS.by_name(page).get(name_key(resident["name"]))
    assert record is not None
    assert get_linker().link(record.school_raw or "", record.degrees).kind == resident[field]
