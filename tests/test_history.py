"""History across refreshes, the change report and the sanity gate, on hand-written runs."""

from __future__ import annotations

import json

import pytest
import sqlite_utils

from db.build import build_database
from db.history import BuildRejected

ROSTER = "http://127.0.0.9:8000/residents"


def _run(root, run_id, finished, residents, programs=("1600000001", "1600000002")):
    d = root / "runs" / run_id
    d.mkdir(parents=True)
    items = [{"item_type": "program", "program_id": pid, "name": f"Program {pid}",
              "specialty": "neurosurgery", "state": "NY", "run_id": run_id} for pid in programs]
    items += [{"item_type": "resident", "program_id": pid, "name": name, "school_raw": school,
               "pgy": pgy, "degrees": ["MD"], "source_url": ROSTER,
               "fetched_at": finished, "run_id": run_id} for pid, name, school, pgy in residents]
    (d / "items.jsonl").write_text("\n".join(json.dumps(i) for i in items), encoding="utf-8")
    (d / "run.json").write_text(json.dumps({"run_id": run_id, "finished_at": finished}), encoding="utf-8")
    return d


SGU = "St. George's University School of Medicine, Grenada"
JHU = "Johns Hopkins University School of Medicine"
LECOM = "Lake Erie College of Osteopathic Medicine"


def test_second_year_carries_history_and_reports_changes(tmp_path):
    db_path = tmp_path / "p.db"
    y1 = [("1600000001", "Ana Ruiz", SGU, 7), ("1600000001", "Ben Cole", JHU, 3),
          ("1600000002", "Cara Diaz", JHU, 2)]
    build_database(_run(tmp_path, "r1", "2026-09-01T00:00:00+00:00", y1), db_path, academic_year=2026)
    # A year on: Ana graduated, Ben and Cara moved up, Dev (a DO) arrived at program 2.
    y2 = [("1600000001", "Ben Cole", JHU, 4), ("1600000002", "Cara Diaz", JHU, 3),
          ("1600000002", "Dev Shah", LECOM, 1)]
    report = build_database(_run(tmp_path, "r2", "2027-09-01T00:00:00+00:00", y2), db_path, academic_year=2027)
    db = sqlite_utils.Database(db_path)

    ben = next(db["residents"].rows_where("name = ?", ["Ben Cole"]))
    assert (ben["first_seen"], ben["last_seen"]) == ("2026-09-01", "2027-09-01")
    dev = next(db["residents"].rows_where("name = ?", ["Dev Shah"]))
    assert dev["first_seen"] == "2027-09-01"

    by_year = {(r["program_id"], r["academic_year"]): (r["img"], r["do"]) for r in db["precedent_by_year"].rows}
    assert by_year[("1600000001", 2026)] == (1, 0)
    assert by_year[("1600000001", 2027)] == (0, 0)
    assert by_year[("1600000002", 2027)] == (0, 1)

    years = {(r["name"], r["academic_year"]) for r in db["resident_history"].rows}
    assert ("Ana Ruiz", 2026) in years and ("Ana Ruiz", 2027) not in years

    changes = {(c["program_id"], c["change"]) for c in report.changes}
    assert ("1600000001", "lost_img_precedent") in changes
    assert ("1600000002", "new_do_precedent") in changes
    assert ("1600000002", "residents_added") in changes
    assert ("1600000001", "residents_removed") in changes
    assert {r["run_id"] for r in db["runs"].rows} == {"r1", "r2"}
    assert db["changes"].count == len(report.changes)


def test_sanity_gate_keeps_the_last_good_database(tmp_path):
    db_path = tmp_path / "p.db"
    many = [("1600000001", f"Resident Number{chr(65 + i)}{chr(65 + j)}", JHU, 1 + i % 7)
            for i in range(5) for j in range(6)]
    build_database(_run(tmp_path, "r1", "2026-09-01T00:00:00+00:00", many), db_path, academic_year=2026)
    before = db_path.read_bytes()
    broken = many[:5]  # a crawl that lost most rosters
    with pytest.raises(BuildRejected, match="residents dropped from 30 to 5"):
        build_database(_run(tmp_path, "r2", "2026-10-01T00:00:00+00:00", broken), db_path, academic_year=2026)
    assert db_path.read_bytes() == before
    build_database(tmp_path / "runs" / "r2", db_path, academic_year=2026, force=True)
    assert sqlite_utils.Database(db_path)["residents"].count == 5


def test_stale_temporary_files_of_killed_builds_are_removed(tmp_path):
    db_path = tmp_path / "p.db"
    stale = tmp_path / ".p.db.building-999999999"
    stale.write_bytes(b"half a database")
    journal = tmp_path / ".p.db.building-999999999-journal"  # SQLite's, of a killed build
    journal.write_bytes(b"half a journal")
    build_database(_run(tmp_path, "r1", "2026-09-01T00:00:00+00:00", [("1600000001", "Ana Ruiz", SGU, 7)]),
                   db_path, academic_year=2026)
    assert not stale.exists() and not journal.exists()


def test_a_noticeable_drop_is_an_alert_in_the_runs_table(tmp_path):
    db_path = tmp_path / "p.db"
    many = [("1600000001", f"Resident Number{chr(65 + i)}{chr(65 + j)}", JHU, 1 + i % 7)
            for i in range(5) for j in range(6)]
    build_database(_run(tmp_path, "r1", "2026-09-01T00:00:00+00:00", many), db_path, academic_year=2026)
    report = build_database(_run(tmp_path, "r2", "2026-10-01T00:00:00+00:00", many[:20]), db_path,
                            academic_year=2026)  # 30 -> 20: a third fewer, not refused
    assert report.alerts == ["residents fell from 30 to 20 (33%)"]
    runs = {r["run_id"]: r["alerts"] for r in sqlite_utils.Database(db_path)["runs"].rows}
    assert runs["r1"] is None and "residents fell from 30 to 20" in runs["r2"]
