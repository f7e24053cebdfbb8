"""The facts in Datasette (in-process test client): descriptions, facets, the H-1B canned query.

The database is built from tests/test_db_facts.py's hand-written run with one change: Beta (which
lists an IMG, Dev Patel) says it sponsors H-1B. Alpha (an IMG too) says it does not, and Gamma
says nothing; so the canned query must return Beta alone.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
import sqlite_utils
from datasette.app import Datasette

from db.build import build_database
from db.metadata import build_metadata
from tests.test_db_facts import ALPHA, B_APPLY, BETA, FACTS, fact, write_run

H1B_YES = "We sponsor both J-1 and H-1B visas."


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("facts-datasette")
    facts = [f for f in FACTS if not (f["program_id"] == BETA and f["fact"] == "visa_h1b")]
    facts += [fact(BETA, "visa_h1b", True, H1B_YES, B_APPLY), fact(BETA, "visa_j1", True, H1B_YES, B_APPLY)]
    build_database(write_run(tmp, facts), tmp / "facts.db", academic_year=2026)
    return tmp / "facts.db"


def get_json(db_path, path: str) -> Any:
    async def fetch() -> Any:
        ds = Datasette(immutables=[str(db_path)], metadata=build_metadata("facts", demo=True))
        response = await ds.client.get(path)
        assert response.status_code == 200, (path, response.text[:500])
        return response.json()

    return asyncio.run(fetch())


def test_new_tables_and_columns_are_described(db_path) -> None:
    meta = get_json(db_path, "/-/metadata.json")["databases"]["facts"]["tables"]
    assert meta["facts"]["description"] and meta["fact_conflicts"]["description"]
    described = meta["img_precedent"]["columns"]
    assert [c for c in sqlite_utils.Database(db_path)["img_precedent"].columns_dict if c not in described] == []
    for table in ("facts", "fact_conflicts"):
        columns = sqlite_utils.Database(db_path)[table].columns_dict
        assert [c for c in columns if c not in meta[table]["columns"] and not c.endswith("_id")] == []


def test_facts_are_faceted_by_fact_and_value(db_path) -> None:
    facets = get_json(db_path, "/facts/facts.json")["facet_results"]
    assert sorted(facets) == ["fact", "value_text"]
    by_fact = {f["value"]: f["count"] for f in facets["fact"]["results"]}
    assert by_fact["visa_h1b"] == 3  # Alpha on two pages, Beta on one
    assert {f["value"] for f in facets["value_text"]["results"]} >= {"yes", "no", "240", "4-5"}


def test_img_precedent_is_faceted_by_h1b_and_img_eligibility(db_path) -> None:
    facets = get_json(db_path, "/facts/img_precedent.json")["facet_results"]
    h1b = {f["value"]: f["count"] for f in facets["visa_h1b"]["results"]}
    img = {f["value"]: f["count"] for f in facets["accepts_img"]["results"]}
    assert (h1b.get(1), h1b.get(0)) == (1, 1)  # Beta sponsors, Alpha does not, Gamma is silent
    assert (img.get(1), img.get(0)) == (1, 1)  # Beta accepts IMGs, Alpha says it does not


def test_canned_query_h1b_with_img_precedent(db_path) -> None:
    rows = get_json(db_path, "/facts/h1b_with_img_precedent.json?_shape=array")
    assert [(r["program"], r["img"], r["h1b_sentence"]) for r in rows] == [("Beta Program", 1, H1B_YES)]
    assert ALPHA not in {r.get("program_id") for r in rows}


def test_csv_of_img_precedent_carries_the_policy_columns(db_path) -> None:
    async def fetch() -> str:
        ds = Datasette(immutables=[str(db_path)], metadata=build_metadata("facts", demo=True))
        return (await ds.client.get("/facts/img_precedent.csv?_size=max")).text

    header = asyncio.run(fetch()).splitlines()[0].split(",")
    for column in ("visa_j1", "visa_h1b", "accepts_img", "step2_min", "yog_limit_years",
                   "positions_per_year", "fact_conflict"):
        assert column in header
