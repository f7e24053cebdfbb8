"""Roster fixtures on disk and the parametrised cases over them, shared by the extraction tests.

A fixture folder holds ``body.html`` (or ``body.txt``), ``info.json`` (url, status, headers: the
raw response) and ``expected.json`` (the residents, written by hand from the page).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from extract.records import ResidentRecord
from extract.roster import extract_residents, name_key


class RosterFixtures:
    def __init__(self, folder: Path, fields: tuple[str, ...]):
        self.folder = folder
        self.fields = fields
        self.pages = sorted(p.name for p in folder.iterdir() if (p / "expected.json").exists())
        # Parse once per page for the whole module.
        self.expected = cache(self._expected)
        self.extracted = cache(self._extracted)

    def body(self, page: str) -> bytes:
        folder = self.folder / page
        body = folder / "body.html"
        return (body if body.exists() else folder / "body.txt").read_bytes()

    def _expected(self, page: str) -> dict:
        return json.loads((self.folder / page / "expected.json").read_text(encoding="utf-8"))

    def _extracted(self, page: str) -> tuple[ResidentRecord, ...]:
        info = json.loads((self.folder / page / "info.json").read_text(encoding="utf-8"))
        expected = self.expected(page)
        return tuple(
            extract_residents(
                self.body(page),
                info["url"],
                content_type=expected["content_type"],
                academic_year=expected["academic_year"],
                headers=info["headers"],
            )
        )

    def by_name(self, page: str) -> dict[str, ResidentRecord]:
        return {name_key(r.name): r for r in self.extracted(page)}

    def resident_cases(self) -> list:
        return [
            pytest.param(page, resident, id=f"{page}-{resident['name']}")
            for page in self.pages
            for resident in self.expected(page)["residents"]
        ]

    def field_cases(self) -> list:
        return [
            pytest.param(page, resident, field, id=f"{page}-{resident['name']}-{field}")
            for page in self.pages
            for resident in self.expected(page)["residents"]
            for field in self.fields
            if field in resident
        ]


def roster_tests(rosters: RosterFixtures) -> tuple[Callable[..., None], Callable[..., None]]:
    """The two tests every module of roster fixtures binds: each resident is found, and each
    field of theirs the fixture names is read as the page writes it."""

    @pytest.mark.parametrize(("page", "resident"), rosters.resident_cases())
    def test_resident_is_found(page: str, resident: dict) -> None:
        assert name_key(resident["name"]) in rosters.by_name(page)

    @pytest.mark.parametrize(("page", "resident", "field"), rosters.field_cases())
    def test_field(page: str, resident: dict, field: str) -> None:
        record = rosters.by_name(page).get(name_key(resident["name"]))
        assert record is not None
        assert getattr(record, field) == resident[field]

    return test_resident_is_found, test_field


def nobody_else_test(rosters: RosterFixtures) -> Callable[..., None]:
    """A test that each page gives no record beyond its expected residents (labels, headings and
    units are nobody), for modules whose fixtures list every resident of a page."""

    @pytest.mark.parametrize("page", rosters.pages)
    def test_nobody_else(page: str) -> None:
        expected = {name_key(r["name"]) for r in rosters.expected(page)["residents"]}
        assert set(rosters.by_name(page)) - expected == set()

    return test_nobody_else
