"""A refresh revisits the last run's pages and rediscovers only the programs whose pages
changed; with nothing changed, the build re-stamps the last good database. Real demo web, real
Scrapy, real SQLite, through the CLI; the changes are made to what the demo web serves, and
the expected values come from the demo web's truth and from those changes."""

from __future__ import annotations

import hashlib
import json
from urllib.parse import urlparse

import pytest
import sqlite_utils

from tests.conftest import copy_refreshed, last_run, refresh, run_stats

NEW_NAME = "Zelda Quarantotto"
NOTE = b"<p>Updated for the November intake: see the new calendar.</p>"


def plain_programs(truth: dict) -> list[dict]:
    """Programs with one plain-HTML roster page, no faults, an info page and residents."""
    return [
        p
        for p in truth["programs"]
        if p["has_roster"]
        and not p["js"]
        and len(p["roster_pages"]) == 1
        and p["expect_residents"]
        and not p["faults"]
        and not p["robots_blocked"]
        and p["info_urls"]
        and p["roster_urls"] == [p["roster_entry_url"]]
    ]


def path_of(url: str) -> str:
    return urlparse(url).path


def change_the_web(server, truth: dict) -> dict:
    """Four programs change what they serve: a resident replaced, an info page edited, the
    whole site failing, the roster moved to a new URL (linked from the home page)."""
    from demoweb.server import NOT_FOUND, _page

    renamed, edited, failing, moved = plain_programs(truth)[:4]
    renamed_roster = path_of(renamed["roster_urls"][0])
    old_name = next(r["name"] for r in renamed["residents"] if r.get("expected", True))
    info = path_of(edited["info_urls"][0])
    failing_prefix = path_of(failing["website"])
    old_roster = path_of(moved["roster_urls"][0])
    new_roster = old_roster.rstrip("/") + "-moved/"
    moved_home = path_of(moved["website"])
    original = server.render
    served: dict[str, bytes] = {}

    def render(host, path, query):
        if host == failing["host"] and path.startswith(failing_prefix):
            return NOT_FOUND
        if host == moved["host"] and path == old_roster:
            return NOT_FOUND
        if host == moved["host"] and path == new_roster:
            return original(host, old_roster, query)
        page = original(host, path, query)
        if host == moved["host"] and path == moved_home:
            return _page(page.body.replace(old_roster.encode(), new_roster.encode()))
        if host == renamed["host"] and path == renamed_roster:
            assert old_name.encode() in page.body
            return _page(page.body.replace(old_name.encode(), NEW_NAME.encode()))
        if host == edited["host"] and path == info:
            body = page.body.replace(b"</main>", NOTE + b"</main>", 1)
            served["info"] = body
            return _page(body)
        return page

    server.render = render
    return {
        "renamed": renamed,
        "old_name": old_name,
        "edited": edited,
        "failing": failing,
        "moved": moved,
        "new_roster": moved["roster_urls"][0].replace(old_roster, new_roster),
        "served": served,
    }


@pytest.fixture(scope="module")
def revisits(refreshed_twice, tmp_path_factory):
    """The session's cold and no-change refreshes (tests/conftest.py), then, on a copy, a
    refresh after four programs changed what they serve."""
    from demoweb.server import running_web

    db = copy_refreshed(refreshed_twice, tmp_path_factory.mktemp("revisit") / "copy")
    out: dict = {
        "db": db,
        "truth": refreshed_twice["truth"],
        "cold_run": refreshed_twice["cold_run"],
        "same": refreshed_twice["same"],
        "same_run": db.parent / "runs" / refreshed_twice["same_run"],
        "same_residents": {
            r["resident_key"]: r for r in sqlite_utils.Database(db)["residents"].rows
        },
    }
    with running_web(programs=14, seed=7, year=2026, port=refreshed_twice["port"]) as web:
        out["changed"] = change_the_web(web.server, web.truth)
        changed = refresh(db, "--year", "2026")
        assert changed.returncode == 0, changed.stderr[-3000:]
        out["changed_run"] = last_run(db)
        out["changed_out"] = changed
    return out


def test_no_change_refresh_revisits_every_program_and_rediscovers_none(revisits):
    s = run_stats(revisits["same_run"])
    assert s["precedent/unchanged_programs"] == len(revisits["truth"]["programs"])
    assert not s.get("precedent/rediscover")
    assert not (revisits["same_run"] / "rediscover.jsonl").exists()


def test_no_change_refresh_re_stamps_the_last_good_database(revisits):
    timings = json.loads((revisits["same_run"] / "timings.json").read_text(encoding="utf-8"))
    assert "build (re-stamp)" in timings["refresh"]
    db = sqlite_utils.Database(revisits["db"])
    runs = {r["run_id"]: r for r in db["runs"].rows}
    same = runs[revisits["same_run"].name]
    assert same["changes"] == 0 and same["residents"] == len(revisits["same_residents"])


def test_re_stamped_rows_name_the_run_that_saw_them(revisits):
    run_id = revisits["same_run"].name
    residents = revisits["same_residents"].values()
    assert {r["run_id"] for r in residents} == {run_id}
    db = sqlite_utils.Database(revisits["db"])
    # The history keeps one row per resident and year, now stamped by the latest run that saw it.
    assert {h["run_id"] for h in db["resident_history"].rows_where("academic_year = 2026")} >= {
        run_id
    }


def test_changed_programs_are_rediscovered_and_the_rest_carried(revisits):
    c = revisits["changed"]
    rows = (revisits["changed_run"] / "rediscover.jsonl").read_text(encoding="utf-8").splitlines()
    rediscovered = {json.loads(line)["program_id"] for line in rows}
    expected = {c[k]["id"] for k in ("renamed", "edited", "failing", "moved")}
    assert rediscovered == expected
    s = run_stats(revisits["changed_run"])
    assert s["precedent/unchanged_programs"] == len(revisits["truth"]["programs"]) - len(expected)


def test_a_new_resident_is_noticed(revisits):
    c = revisits["changed"]
    db = sqlite_utils.Database(revisits["db"])
    names = {r["name"] for r in db["residents"].rows_where("program_id = ?", [c["renamed"]["id"]])}
    assert NEW_NAME in names and c["old_name"] not in names
    kinds = {
        (ch["change"], ch["detail"])
        for ch in db["changes"].rows_where(
            "program_id = ? and run_id = ?", [c["renamed"]["id"], revisits["changed_run"].name]
        )
    }
    assert ("residents_added", NEW_NAME) in kinds
    assert ("residents_removed", c["old_name"]) in kinds


def test_a_changed_info_page_is_read_again(revisits):
    c = revisits["changed"]
    db = sqlite_utils.Database(revisits["db"])
    page = next(db["pages"].rows_where("url = ?", [c["edited"]["info_urls"][0]]))
    assert page["sha1"] == hashlib.sha1(c["served"]["info"]).hexdigest()
    assert page["run_id"] == revisits["changed_run"].name


def test_a_program_whose_site_now_fails_loses_its_roster(revisits):
    c = revisits["changed"]
    db = sqlite_utils.Database(revisits["db"])
    assert not list(db["residents"].rows_where("program_id = ?", [c["failing"]["id"]]))
    lost = list(
        db["changes"].rows_where("program_id = ? and change = 'lost_roster'", [c["failing"]["id"]])
    )
    assert len(lost) == 1
    assert "lost_roster" in revisits["changed_out"].stderr


def test_a_moved_roster_is_found_at_its_new_url(revisits):
    c = revisits["changed"]
    db = sqlite_utils.Database(revisits["db"])
    program = db["programs"].get(c["moved"]["id"])
    assert json.loads(program["roster_urls"]) == [c["new_roster"]]
    truth_names = {r["name"] for r in c["moved"]["residents"] if r.get("expected", True)}
    names = {r["name"] for r in db["residents"].rows_where("program_id = ?", [c["moved"]["id"]])}
    assert len(truth_names & names) / len(truth_names) >= 0.9


def test_history_keeps_first_seen_of_carried_residents(revisits):
    db = sqlite_utils.Database(revisits["db"])
    now = {r["resident_key"]: r for r in db["residents"].rows}
    carried = set(now) & set(revisits["same_residents"])
    assert carried
    assert all(now[k]["first_seen"] == revisits["same_residents"][k]["first_seen"] for k in carried)
    assert {r["run_id"] for r in db["runs"].rows} == {
        revisits["cold_run"],
        revisits["same_run"].name,
        revisits["changed_run"].name,
    }
