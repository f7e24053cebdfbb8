"""Roster fixtures on disk and the parametrised cases over them, shared by the extraction tests.

A fixture folder holds ``body.html`` (or ``body.txt``), ``info.json`` (url, status, headers: the
raw response) and ``expected.json`` (the residents, written by hand from the page).
"""

from __future__ import annotations

import json
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
