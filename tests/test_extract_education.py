"""Which of a resident's education strings is the medical school, on real-world roster markup.

The fixtures under ``fixtures/extract_education/`` are pages whose cards carry several
education-like fields at once (college and medical school in either order, labelled or not, a
PhD or an MPH, a prior residency or an internship, a hometown, a research year), written the
way US program sites write them: Bootstrap cards, Drupal fields with the label in its own
element, Squarespace excerpts with the label under the value, WordPress education lists,
``data-*`` attributes, tooltips, "Read bio" modals outside the card, JSON-LD ``Person``.
Raw bytes and response headers; ``expected.json`` is what the page says, written with it.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from extract.records import ResidentRecord
from extract.roster import extract_residents, name_key

FIXTURES = Path(__file__).parent / "fixtures" / "extract_education"
PAGES = sorted(p.name for p in FIXTURES.iterdir() if (p / "expected.json").exists())
FIELDS = ("degrees", "school_raw", "pgy", "undergrad", "hometown")


@cache
def _expected(page: str) -> dict:
    return json.loads((FIXTURES / page / "expected.json").read_text(encoding="utf-8"))


@cache
def _extracted(page: str) -> dict[str, ResidentRecord]:
    info = json.loads((FIXTURES / page / "info.json").read_text(encoding="utf-8"))
    records = extract_residents(
        (FIXTURES / page / "body.html").read_bytes(),
        info["url"],
        content_type=_expected(page)["content_type"],
        academic_year=_expected(page)["academic_year"],
        headers=info["headers"],
    )
    return {name_key(r.name): r for r in records}


RESIDENT_CASES = [
    pytest.param(page, resident, id=f"{page}-{resident['name']}")
    for page in PAGES
    for resident in _expected(page)["residents"]
]
FIELD_CASES = [
    pytest.param(page, resident, field, id=f"{page}-{resident['name']}-{field}")
    for page in PAGES
    for resident in _expected(page)["residents"]
    for field in FIELDS
    if field in resident
]


@pytest.mark.parametrize(("page", "resident"), RESIDENT_CASES)
def test_resident_is_found(page: str, resident: dict) -> None:
    assert name_key(resident["name"]) in _extracted(page)


@pytest.mark.parametrize(("page", "resident", "field"), FIELD_CASES)
def test_field(page: str, resident: dict, field: str) -> None:
    record = _extracted(page).get(name_key(resident["name"]))
    assert record is not None
    assert getattr(record, field) == resident[field]


@pytest.mark.parametrize("page", PAGES)
def test_nobody_else(page: str) -> None:
    expected = {name_key(r["name"]) for r in _expected(page)["residents"]}
    assert set(_extracted(page)) - expected == set()
