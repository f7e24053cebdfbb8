"""The whole path on the demo web, checked against the demo web's ground truth."""

from __future__ import annotations

import json
from collections import Counter

import sqlite_utils


def _truth_counts(program):
    kinds = Counter(r["kind"] for r in program["residents"])
    return kinds["IMG"], kinds["US_DO"], len(program["residents"])


def test_img_do_and_resident_counts_match_truth_for_95_percent_of_programs(demo_crawl):
    truth, _, db_path = demo_crawl
    rows = {r["program_id"]: r for r in sqlite_utils.Database(db_path)["img_precedent"].rows}
    exact = 0
    for p in truth["programs"]:
        img, do, n = _truth_counts(p)
        row = rows.get(p["id"])
        if row and (row["img"], row["do"], row["residents"]) == (img, do, n):
            exact += 1
    assert exact / len(truth["programs"]) >= 0.95, f"{exact}/{len(truth['programs'])} exact"


def test_every_program_of_the_registry_is_in_the_database(demo_crawl):
    truth, _, db_path = demo_crawl
    ids = {r["program_id"] for r in sqlite_utils.Database(db_path)["programs"].rows}
    assert ids == {p["id"] for p in truth["programs"]}


def test_residents_found_are_the_true_residents(demo_crawl):
    truth, _, db_path = demo_crawl
    found = {(r["program_id"], r["name"]) for r in sqlite_utils.Database(db_path)["residents"].rows}
    expected = {(p["id"], r["name"]) for p in truth["programs"] for r in p["residents"]}
    recall = len(found & expected) / len(expected)
    precision = len(found & expected) / max(len(found), 1)
    assert recall >= 0.97 and precision >= 0.99, (recall, precision)


def test_javascript_rosters_were_rendered_in_chromium(demo_crawl):
    truth, _, db_path = demo_crawl
    db = sqlite_utils.Database(db_path)
    js_programs = [p for p in truth["programs"] if p["js"] and p["residents"]]
    assert js_programs, "the fixture web should contain JavaScript rosters"
    rendered = {r["program_id"] for r in db.query("select program_id from pages where render = 'browser'")}
    for p in js_programs:
        assert p["id"] in rendered
        names = {r["name"] for r in db["residents"].rows_where("program_id = ?", [p["id"]])}
        assert names == {r["name"] for r in p["residents"]}


def test_school_kinds_match_truth(demo_crawl):
    truth, _, db_path = demo_crawl
    kinds = {(r["program_id"], r["name"]): r["school_kind"] for r in sqlite_utils.Database(db_path)["residents"].rows}
    pairs = [(kinds.get((p["id"], r["name"])), r["kind"]) for p in truth["programs"] for r in p["residents"]]
    agree = sum(a == b for a, b in pairs if a is not None)
    assert agree / len(pairs) >= 0.97


def test_every_page_is_recorded_with_role_and_run(demo_crawl):
    _, run_dir, db_path = demo_crawl
    pages = list(sqlite_utils.Database(db_path)["pages"].rows)
    assert {p["role"] for p in pages} >= {"listing", "home", "roster"}
    assert all(p["run_id"] == run_dir.name for p in pages)
    # Raw responses are archived so that build can run again without fetching.
    assert any((run_dir / "raw").glob("*.body"))


def test_programs_without_roster_have_a_reason(demo_crawl):
    truth, _, db_path = demo_crawl
    db = sqlite_utils.Database(db_path)
    for p in truth["programs"]:
        row = db["programs"].get(p["id"])
        assert row["roster_status"], p["id"]
        if not p["roster_urls"]:
            assert not json.loads(row["roster_urls"] or "[]"), p["id"]


def test_no_traceback_in_the_crawl_log(demo_crawl):
    _, run_dir, _ = demo_crawl
    assert "Traceback" not in (run_dir / "crawl.log").read_text(encoding="utf-8")


def test_sample_profile_tiers_are_not_all_alike(demo_crawl):
    _, _, db_path = demo_crawl
    tiers = Counter(r["tier"] for r in sqlite_utils.Database(db_path)["tiers"].rows)
    assert len(tiers) >= 3, tiers
