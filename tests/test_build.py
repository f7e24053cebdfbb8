"""Database build from a hand-written run directory: tables, roll-up, and the atomic swap."""

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from db.build import build_database, class_year_for, resident_key
from scoring.profile import Connection, Profile

RUN_ID = "20261001T000000Z-test"
ROSTER = "http://127.0.0.9:8000/residents"


def _items():
    prog = lambda pid, name, state: {  # noqa: E731
        "item_type": "program",
        "program_id": pid,
        "name": name,
        "specialty": "neurosurgery",
        "state": state,
        "city": "Town",
        "website": f"http://{pid}/",
        "run_id": RUN_ID,
    }
    res = lambda pid, name, school, pgy, degrees=("MD",): {  # noqa: E731
        "item_type": "resident",
        "program_id": pid,
        "name": name,
        "school_raw": school,
        "pgy": pgy,
        "degrees": list(degrees),
        "source_url": ROSTER,
        "fetched_at": "2026-10-01T00:00:00+00:00",
        "run_id": RUN_ID,
        "snippet": f"{name} — {school}",
    }
    return [
        prog("1600000001", "Alpha Program", "NY"),
        prog("1600000002", "Beta Program", "TX"),
        prog("1600000003", "Gamma Program", "CA"),
        res("1600000001", "Ana Ruiz", "St. George's University School of Medicine, Grenada", 2),
        res("1600000001", "Ben Cole", "Johns Hopkins University School of Medicine", 5),
        res("1600000001", "Cara Diaz", "Lake Erie College of Osteopathic Medicine", 1, ("DO",)),
        res("1600000001", "Ana Ruiz", "St. George's University School of Medicine, Grenada", 2),
        res(
            "1600000002",
            "Dev Patel",
            "King Edward Medical University, Lahore, Pakistan",
            7,
            ("MBBS",),
        ),
        res("1600000002", "Eve Stone", "Harvard Medical School", 3),
        {
            "item_type": "page",
            "url": ROSTER,
            "program_id": "1600000001",
            "role": "roster",
            "status": 200,
            "fetched_at": "2026-10-01T00:00:00+00:00",
            "run_id": RUN_ID,
        },
        {
            "item_type": "program_status",
            "program_id": "1600000003",
            "roster_urls": [],
            "reason": "no roster link found",
            "run_id": RUN_ID,
        },
    ]


def _run_dir(root):
    d = root / "runs" / RUN_ID
    d.mkdir(parents=True)
    (d / "items.jsonl").write_text(
        "\n".join(json.dumps(i) for i in _items()) + "\n{torn", encoding="utf-8"
    )
    return d


@pytest.fixture
def run_dir(tmp_path):
    return _run_dir(tmp_path)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The hand-written run built once without a profile: (report, database path), for the
    tests that only read the database."""
    root = tmp_path_factory.mktemp("built")
    db_path = root / "p.db"
    return build_database(_run_dir(root), db_path, academic_year=2026), db_path


def test_precedent_counts_match_the_hand_count(built):
    report, db_path = built
    rows = {r["program_id"]: r for r in sqlite_utils.Database(db_path)["img_precedent"].rows}
    # Alpha: 3 distinct residents (Ana listed twice), 1 IMG (Grenada, Caribbean), 1 DO.
    assert (
        rows["1600000001"]["residents"],
        rows["1600000001"]["img"],
        rows["1600000001"]["do"],
    ) == (3, 1, 1)
    assert rows["1600000001"]["caribbean_img"] == 1
    # Beta: 2 residents, 1 IMG (Pakistan, not Caribbean), no DO.
    assert (
        rows["1600000002"]["img"],
        rows["1600000002"]["do"],
        rows["1600000002"]["caribbean_img"],
    ) == (1, 0, 0)
    # Gamma: no roster, kept with zero counts.
    assert rows["1600000003"]["residents"] == 0
    assert report.img_programs == 2 and report.do_programs == 1


def test_latest_img_class_year_and_evidence(built):
    _, db_path = built
    row = sqlite_utils.Database(db_path)["img_precedent"].get("1600000001")
    # PGY-2 of a 7-year program in AY 2026-27 graduates in June 2032.
    assert row["latest_img_class_year"] == 2032
    assert row["evidence_url"] == ROSTER
    assert "Ana Ruiz" in row["evidence_snippet"]


def test_tables_and_search_exist(built):
    _, db_path = built
    db = sqlite_utils.Database(db_path)
    for table in ("programs", "residents", "schools", "pages", "runs", "img_precedent"):
        assert db[table].exists(), table
    assert db["programs"].get("1600000003")["roster_status"] == "no roster link found"
    hits = list(db["residents"].search("Grenada"))
    assert [h["name"] for h in hits] == ["Ana Ruiz"]


def test_tiers_are_built_for_a_profile(run_dir, tmp_path):
    db_path = tmp_path / "p.db"
    prof = Profile(
        name="me", applicant_type="us_img", connections=[Connection("1600000002", "research_year")]
    )
    build_database(run_dir, db_path, academic_year=2026, profile=prof)
    tiers = {r["program_id"]: r["tier"] for r in sqlite_utils.Database(db_path)["tiers"].rows}
    assert tiers == {"1600000002": "Tier 1", "1600000001": "Broad", "1600000003": "Unlikely"}


def test_failed_build_leaves_last_good_database(built, run_dir, tmp_path, monkeypatch):
    db_path = Path(shutil.copy2(built[1], tmp_path / "p.db"))  # a last good database
    before = db_path.read_bytes()

    def boom(*a, **k):
        raise sqlite3.OperationalError("disk full (simulated)")

    monkeypatch.setattr("db.build._index_and_search", boom)
    with pytest.raises(sqlite3.OperationalError):
        build_database(run_dir, db_path, academic_year=2026)
    assert db_path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if "building" in p.name] == []


def test_identities():
    assert class_year_for(7, 2026, 7) == 2027
    assert class_year_for(1, 2026, 7) == 2033
    assert class_year_for(None, 2026, 7) is None
    assert resident_key("p", "José  Álvarez-Ruiz", "x") == resident_key(
        "p", "jose alvarez ruiz", "x"
    )


def test_us_img_hint_counts_img_residents_with_a_us_college_or_hometown(tmp_path):
    d = tmp_path / "runs" / "hint"
    d.mkdir(parents=True)
    base = {
        "item_type": "resident",
        "program_id": "1600000009",
        "source_url": ROSTER,
        "fetched_at": "2026-10-01T00:00:00+00:00",
        "run_id": "hint",
        "pgy": 2,
        "degrees": ["MD"],
    }
    items = [
        {
            "item_type": "program",
            "program_id": "1600000009",
            "name": "Hint Program",
            "specialty": "neurosurgery",
        },
        # IMG with a US college: counts.
        {
            **base,
            "name": "Ana Ruiz",
            "school_raw": "Ross University School of Medicine",
            "undergrad": "University of Michigan",
        },
        # IMG with a US hometown: counts.
        {
            **base,
            "name": "Ben Cole",
            "school_raw": "St. George's University, Grenada",
            "hometown": "Tampa, FL",
        },
        # IMG with a foreign college: does not count.
        {
            **base,
            "name": "Dev Rao",
            "school_raw": "King Edward Medical University, Lahore, Pakistan",
            "undergrad": "Government College Lahore",
        },
        # US MD graduate from a US college: not an IMG, does not count.
        {
            **base,
            "name": "Eve Stone",
            "school_raw": "Harvard Medical School",
            "undergrad": "Yale University",
        },
    ]
    (d / "items.jsonl").write_text("\n".join(json.dumps(i) for i in items), encoding="utf-8")
    db_path = tmp_path / "hint.db"
    build_database(d, db_path, academic_year=2026, check_datasette=False)
    row = sqlite_utils.Database(db_path)["img_precedent"].get("1600000009")
    assert (row["img"], row["us_img_hint"]) == (3, 2)
    assert "hometown" not in sqlite_utils.Database(db_path)["residents"].columns_dict
