"""Acceptance on the proving ground with faults, both splits: roster pages found against the
ground truth, a reason for every program, no traceback, every fetch recorded, offline re-extract."""

from __future__ import annotations

import json

import pytest

from crawler.jobs import new_run_dir, run_crawl
from crawler.proving import roster_scores
from crawler.reextract import reextract_run
from db.runstore import iter_items

PROGRAMS = 60


@pytest.fixture(scope="module")
def faulty_crawl(tmp_path_factory):
    from demoweb.server import running_web

    root = tmp_path_factory.mktemp("proving")
    with running_web(programs=PROGRAMS, seed=7, year=2026, faults=True) as web:
        run_dir = new_run_dir(root / "runs")
        run_crawl(run_dir, registry=web.registry_url, academic_year=2026, env="ci", quiet=True)
        truth = web.truth
    return truth, run_dir, roster_scores(run_dir, truth)


def test_the_fixture_web_has_faults_and_both_splits(faulty_crawl):
    truth, _, scores = faulty_crawl
    assert any(p["faults"] for p in truth["programs"])
    assert scores["dev"]["roster_pages"] and scores["heldout"]["roster_pages"]


@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_roster_page_recall(faulty_crawl, split):
    s = faulty_crawl[2][split]
    assert s["recall"] >= 0.99, s["missing"]


@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_roster_page_precision(faulty_crawl, split):
    s = faulty_crawl[2][split]
    assert s["precision"] >= 0.98, s["wrong"]


@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_every_program_is_closed_with_a_reason(faulty_crawl, split):
    assert faulty_crawl[2][split]["without_reason"] == []


def test_programs_without_a_roster_say_why(faulty_crawl):
    truth, run_dir, _ = faulty_crawl
    status = {i["program_id"]: i for i in iter_items(run_dir) if i["item_type"] == "program_status"}
    for p in truth["programs"]:
        if not p["roster_urls"]:
            assert status[p["id"]]["roster_urls"] == []
            assert status[p["id"]]["reason"].split()[0] in ("no", "robots.txt", "website"), status[p["id"]]


def test_robots_blocked_rosters_are_never_fetched(faulty_crawl):
    truth, run_dir, _ = faulty_crawl
    blocked = {u for p in truth["programs"] if p["robots_blocked"] for u in p["unreachable_roster_urls"]}
    fetched = {i["url"] for i in iter_items(run_dir) if i["item_type"] == "page" and i["status"]}
    assert not blocked & fetched


def test_one_status_per_program(faulty_crawl):
    truth, run_dir, _ = faulty_crawl
    ids = [i["program_id"] for i in iter_items(run_dir) if i["item_type"] == "program_status"]
    assert sorted(ids) == sorted(p["id"] for p in truth["programs"])


def test_no_traceback_in_the_log(faulty_crawl):
    log = (faulty_crawl[1] / "crawl.log").read_text(encoding="utf-8")
    assert "Traceback" not in log
    assert " ERROR: " not in log


def test_every_fetch_is_recorded_with_provenance(faulty_crawl):
    _, run_dir, _ = faulty_crawl
    pages = [i for i in iter_items(run_dir) if i["item_type"] == "page"]
    assert {p["role"] for p in pages} >= {"listing", "home", "roster", "info"}
    for p in pages:
        assert p["run_id"] == run_dir.name and p["fetched_at"]
        assert p["error"] or p["sha1"], p


def test_javascript_rosters_are_rendered_and_counted(faulty_crawl):
    truth, run_dir, _ = faulty_crawl
    stats = json.loads((run_dir / "stats.json").read_text(encoding="utf-8"))
    js = [p for p in truth["programs"] if p["js"] and p["roster_urls"]]
    rendered = [i for i in iter_items(run_dir) if i["item_type"] == "page" and i["render"] == "browser"]
    assert stats.get("precedent/pages/browser", 0) == len(rendered)
    assert {p["program_id"] for p in rendered} >= {p["id"] for p in js if not p["faults"]}


def test_reextract_reads_the_archive_again(faulty_crawl, tmp_path):
    import shutil

    _, run_dir, _ = faulty_crawl
    copy = tmp_path / run_dir.name
    shutil.copytree(run_dir, copy)
    before = sorted((i["program_id"], i["name"]) for i in iter_items(copy) if i["item_type"] == "resident")
    counts = reextract_run(copy, academic_year=2026)
    after = sorted((i["program_id"], i["name"]) for i in iter_items(copy) if i["item_type"] == "resident")
    assert counts["missing_bodies"] == 0
    assert set(after) == set(before)
