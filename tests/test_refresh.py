"""Refreshes on the demo web: a no-change refresh is answered by 304s and re-reads nothing; a
new academic year shows up as changes; history keeps both years."""

from __future__ import annotations

import json

import pytest
import sqlite_utils

from tests.conftest import copy_refreshed, refresh, run_stats


@pytest.fixture(scope="module")
def refreshed(refreshed_twice, tmp_path_factory):
    """The session's cold and no-change refreshes (tests/conftest.py), then, on a copy, a
    refresh of the next academic year's web."""
    from demoweb.server import running_web

    db = copy_refreshed(refreshed_twice, tmp_path_factory.mktemp("refresh") / "copy")
    same_run = db.parent / "runs" / refreshed_twice["same_run"]
    out = {
        "truth": refreshed_twice["truth"],
        "cold_residents": refreshed_twice["cold_residents"],
        "same": refreshed_twice["same"],
        "same_stats": run_stats(same_run),
        "same_timings": json.loads((same_run / "timings.json").read_text(encoding="utf-8")),
        "same_residents": sqlite_utils.Database(db)["residents"].count,
    }
    with running_web(programs=14, seed=7, year=2027, port=refreshed_twice["port"]) as web:
        out["truth_next"] = web.truth
        nxt = refresh(db, "--year", "2027")
        assert nxt.returncode == 0, nxt.stderr[-3000:]
        out["next"] = nxt
    out["db"] = db
    return out


def test_no_change_refresh_is_answered_by_304s(refreshed):
    s = refreshed["same_stats"]
    answered = s.get("downloader/response_count", 0)
    assert answered > 0
    assert s.get("httpcache/revalidate", 0) / answered >= 0.9, s


def test_no_change_refresh_reads_and_renders_nothing_again(refreshed):
    s = refreshed["same_stats"]
    assert s.get("precedent/extract_seconds") is None  # every roster came from the cache
    assert s.get("precedent/extraction_skipped", 0) > 0
    js = [p for p in refreshed["truth"]["programs"] if p["js"] and p["residents"]]
    assert s.get("precedent/render_skipped", 0) >= len(js) > 0
    assert not s.get("precedent/render_requests")


def test_no_change_refresh_revisits_and_re_stamps(refreshed):
    s = refreshed["same_stats"]
    assert s["precedent/unchanged_programs"] == len(refreshed["truth"]["programs"])
    assert "build (re-stamp)" in refreshed["same_timings"]["refresh"]


def test_a_new_academic_year_is_rediscovered_and_built_in_full(refreshed):
    # The rosters of another year cannot be carried forward from this one's.
    assert (
        "crawling every program from its home page (academic_year changed"
        in refreshed["next"].stderr
    )
    assert "re-stamp" not in refreshed["next"].stderr


def test_no_change_refresh_changes_nothing(refreshed):
    assert refreshed["same_residents"] == refreshed["cold_residents"]
    assert "changes since the last build" not in refreshed["same"].stderr


def test_a_new_academic_year_shows_up_as_changes(refreshed):
    db = sqlite_utils.Database(refreshed["db"])
    kinds = {r["change"] for r in db["changes"].rows}
    assert {"residents_added", "residents_removed"} <= kinds
    assert "changes since the last build" in refreshed["next"].stderr
    # The interns who arrived are in the database, and last year's seniors are not.
    truth_next = {
        (p["id"], r["name"])
        for p in refreshed["truth_next"]["programs"]
        for r in p["residents"]
        if r["pgy"] == 1 and r.get("expected", True)
    }
    now = {(r["program_id"], r["name"]) for r in db["residents"].rows}
    assert len(truth_next & now) / len(truth_next) >= 0.9


def test_history_keeps_both_years(refreshed):
    db = sqlite_utils.Database(refreshed["db"])
    years = {r["academic_year"] for r in db["precedent_by_year"].rows}
    assert years == {2026, 2027}
