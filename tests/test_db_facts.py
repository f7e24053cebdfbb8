"""Program facts in the database (facts, fact_conflicts, img_precedent columns), from a
hand-written run directory.

The run is tests/test_build.py's (Alpha: Ana Ruiz, an IMG from Grenada in PGY-2, Ben Cole, Cara
Diaz; Beta: Dev Patel, an IMG from Pakistan, and Eve Stone; Gamma: no roster) plus the facts
below. Every expected value is worked out by hand from these items.
"""

from __future__ import annotations

import json

import pytest
import sqlite_utils

from db.build import build_database
from tests.test_build import RUN_ID, _items

ALPHA, BETA, GAMMA = "1600000001", "1600000002", "1600000003"
A_ELIG, A_FAQ = "http://alpha.example/eligibility", "http://alpha.example/faq"
B_APPLY, B_FAQ = "http://beta.example/apply", "http://beta.example/faq"
NO_IMGS = "We do not accept international medical graduates."


def fact(pid: str, name: str, value: object, sentence: str, url: str) -> dict:
    return {
        "item_type": "fact", "program_id": pid, "fact": name, "value": value,
        "sentence": sentence, "url": url, "fetched_at": "2026-10-01T00:00:00+00:00",
        "confidence": 0.9, "run_id": RUN_ID, "content_sha1": "0" * 40,
    }  # fmt: skip


FACTS = [
    fact(ALPHA, "accepts_img", False, NO_IMGS, A_ELIG),
    fact(ALPHA, "visa_j1", True, "We sponsor J-1 visas only.", A_ELIG),
    fact(ALPHA, "visa_h1b", False, "We sponsor J-1 visas only.", A_ELIG),
    fact(ALPHA, "positions_per_year", "4-5", "We match 4-5 residents each year.", A_ELIG),
    fact(ALPHA, "visa_h1b", False, "H-1B visas are not sponsored.", A_FAQ),  # agrees
    fact(BETA, "step2_min", 240, "The minimum USMLE Step 2 CK score is 240.", B_APPLY),
    fact(BETA, "yog_limit_years", 3, "Applicants must have graduated within 3 years.", B_APPLY),
    fact(BETA, "accepts_img", True, "IMGs are welcome to apply.", B_APPLY),
    fact(BETA, "visa_h1b", False, "We do not sponsor H-1B visas.", B_APPLY),
]


def write_run(tmp_path, facts: list[dict]):
    d = tmp_path / "runs" / RUN_ID
    d.mkdir(parents=True)
    lines = [json.dumps(i) for i in [*_items(), *facts]]
    (d / "items.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return d


@pytest.fixture
def db(tmp_path) -> sqlite_utils.Database:
    build_database(write_run(tmp_path, FACTS), tmp_path / "p.db", academic_year=2026)
    return sqlite_utils.Database(tmp_path / "p.db")


def test_facts_table_keeps_every_statement_with_its_sentence(db) -> None:
    rows = list(db["facts"].rows)
    assert len(rows) == 9  # one per (program, fact, page)
    alpha_img = db["facts"].get(f"{ALPHA}|accepts_img|{A_ELIG}")
    assert (alpha_img["value"], alpha_img["value_text"], alpha_img["sentence"]) == (
        "false",
        "no",
        NO_IMGS,
    )
    assert (alpha_img["url"], alpha_img["run_id"], alpha_img["confidence"]) == (A_ELIG, RUN_ID, 0.9)
    floor = db["facts"].get(f"{BETA}|step2_min|{B_APPLY}")
    assert (floor["value"], floor["value_text"]) == ("240", "240")
    size = db["facts"].get(f"{ALPHA}|positions_per_year|{A_ELIG}")
    assert (size["value"], size["value_text"]) == ('"4-5"', "4-5")


def test_facts_sentences_are_searchable(db) -> None:
    assert [r["url"] for r in db["facts"].search("sponsored")] == [A_FAQ]


def test_conflict_keeps_the_statement_and_the_roster_evidence(db) -> None:
    rows = list(db["fact_conflicts"].rows)
    assert len(rows) == 1  # Alpha says no IMGs and lists Ana Ruiz; Beta accepts IMGs
    c = rows[0]
    assert (c["program_id"], c["fact"], c["stated"], c["sentence"], c["url"]) == (
        ALPHA,
        "accepts_img",
        "false",
        NO_IMGS,
        A_ELIG,
    )
    assert (c["residents"], c["contradicting_residents"], c["newest_pgy"]) == ("Ana Ruiz", 1, 2)
    evidence = json.loads(c["roster_evidence"])
    assert [(e["name"], e["pgy"], e["school_kind"]) for e in evidence] == [("Ana Ruiz", 2, "IMG")]
    assert "Grenada" in evidence[0]["school_raw"]
    assert c["roster_urls"] == "http://127.0.0.9:8000/residents"
    assert c["reason"] == "says it does not accept IMGs; the roster lists 1 IMG resident (most junior: PGY-2)"


def test_img_precedent_carries_each_programs_settled_policy(db) -> None:
    rows = {r["program_id"]: r for r in db["img_precedent"].rows}
    cols = ("visa_j1", "visa_h1b", "accepts_img", "step2_min", "yog_limit_years", "positions_per_year")
    assert tuple(rows[ALPHA][c] for c in cols) == (1, 0, 0, None, None, "4-5")
    assert tuple(rows[BETA][c] for c in cols) == (None, 0, 1, "240", "3", None)
    assert tuple(rows[GAMMA][c] for c in cols) == (None,) * 6
    assert rows[ALPHA]["fact_conflict"].startswith("says it does not accept IMGs")
    assert rows[BETA]["fact_conflict"] is None
    assert rows[ALPHA]["img"] == 1  # the precedent counts are untouched


def test_pages_that_disagree_settle_nothing_but_both_rows_stay(tmp_path) -> None:
    other = fact(BETA, "step2_min", 220, "Step 2 CK cutoff: 220", B_FAQ)
    run = write_run(tmp_path, [*FACTS, other])
    build_database(run, tmp_path / "p.db", academic_year=2026)
    db = sqlite_utils.Database(tmp_path / "p.db")
    assert db["img_precedent"].get(BETA)["step2_min"] is None
    assert {r["value"] for r in db["facts"].rows_where("fact = 'step2_min'")} == {"240", "220"}
