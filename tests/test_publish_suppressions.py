"""Takedowns stick: a suppressed person is gone from the database and from the run it was
built from, and stays gone when the database is rebuilt."""

from __future__ import annotations

import json
import shutil

import pytest
import sqlite_utils

from db.build import build_database
from db.suppress import load_suppressions, name_pattern


@pytest.fixture(scope="module")
def suppressed(demo_crawl, tmp_path_factory):
    """Build a copy of the demo run, suppress one resident and one roster URL, rebuild."""
    truth, run_dir, _ = demo_crawl
    root = tmp_path_factory.mktemp("suppress")
    run = shutil.copytree(run_dir, root / "runs" / run_dir.name)
    db_path = root / "demo.db"
    build_database(run, db_path, academic_year=2026)
    before = {r["name"] for r in sqlite_utils.Database(db_path)["residents"].rows}
    with_residents = [p for p in truth["programs"] if len(p["residents"]) >= 2]
    person = with_residents[0]["residents"][0]["name"]
    url_program = next(p for p in with_residents[1:] if not p["js"])
    url = url_program["roster_urls"][0]
    (root / "suppressions.yaml").write_text(
        f"- name: {json.dumps(person)}\n  reason: takedown request (test)\n- url: {url}\n",
        encoding="utf-8")
    build_database(run, db_path, academic_year=2026)
    build_database(run, db_path, academic_year=2026)  # and again: still gone
    return {"db": sqlite_utils.Database(db_path), "run": run, "person": person, "before": before,
            "url": url, "url_program": url_program}


def test_the_person_was_there_before(suppressed):
    assert suppressed["person"] in suppressed["before"]


def test_rebuilt_database_has_no_row_of_the_person(suppressed):
    names = {r["name"] for r in suppressed["db"]["residents"].rows}
    assert suppressed["person"] not in names


def test_name_is_nowhere_in_the_database_text(suppressed):
    pattern = name_pattern(suppressed["person"])
    db = suppressed["db"]
    for table in db.table_names():
        for row in db[table].rows:
            for value in row.values():
                assert not (isinstance(value, str) and pattern.search(value)), (table, value)


def test_full_text_search_does_not_find_the_person(suppressed):
    last = suppressed["person"].split()[-1]
    hits = [r["name"] for r in suppressed["db"]["residents"].search(f'"{last}"')]
    assert suppressed["person"] not in hits


def test_residents_of_a_suppressed_roster_url_are_gone(suppressed):
    rows = list(suppressed["db"]["residents"].rows_where("source_url = ?", [suppressed["url"]]))
    assert rows == []


def test_run_items_no_longer_name_the_person(suppressed):
    text = (suppressed["run"] / "items.jsonl").read_text(encoding="utf-8")
    assert not name_pattern(suppressed["person"]).search(text)


def test_raw_archive_no_longer_names_the_person(suppressed):
    pattern = name_pattern(suppressed["person"])
    for body in (suppressed["run"] / "raw").glob("*.body"):
        assert not pattern.search(body.read_bytes().decode("utf-8", "surrogateescape")), body


def test_suppressed_roster_body_is_emptied(suppressed):
    infos = [json.loads(p.read_text()) for p in (suppressed["run"] / "raw").glob("*.json")]
    hit = [i for i in infos if i["url"].rstrip("/") == suppressed["url"].rstrip("/")]
    assert hit and all(i.get("suppressed") == "url" for i in hit)


@pytest.mark.parametrize("written", [
    "Jane Doe", "JANE DOE", "Jane Q. Doe", "Jane&nbsp;Doe", "Jane  Doe",
])
def test_name_pattern_matches_how_rosters_write_a_name(written):
    assert name_pattern("Jane Doe").search(f"<td>{written}, MD</td>")


@pytest.mark.parametrize("other", ["Jane Doeson", "Janet Doe", "Doe Jane"])
def test_name_pattern_leaves_other_people_alone(other):
    assert not name_pattern("Jane Doe").search(f"<td>{other}, MD</td>")


@pytest.mark.parametrize("written", ["José García", "Jos&eacute; Garc&iacute;a", "Jose Garcia"])
def test_name_pattern_matches_accents_however_encoded(written):
    assert name_pattern("José García").search(written)


def test_csv_list_is_read_too(tmp_path):
    path = tmp_path / "suppressions.csv"
    path.write_text("name,url,program_id,reason\nJane Doe,,1600000001,asked\n,https://x.edu/r/,,\n")
    entries = load_suppressions(path).entries
    assert [(e.name, e.url, e.program_id) for e in entries] == [
        ("Jane Doe", None, "1600000001"), (None, "https://x.edu/r/", None)]
