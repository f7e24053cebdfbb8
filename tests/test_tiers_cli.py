"""`precedent tiers` as a user runs it, on the crawled demo web's database."""

from __future__ import annotations

import csv
import hashlib
import io
import json

import sqlite_utils

from scoring.weights import SCORE_VERSION
from tests.test_cli import precedent

TIER_NAMES = {"Tier 1", "Tier 2", "Tier 3", "Broad", "Unlikely"}
SAMPLE = "examples/profiles/us_img_research.yaml"


def test_csv_stdout_is_only_the_ranked_table_and_the_plan_goes_to_stderr(demo_crawl):
    truth, _, db_path = demo_crawl
    before = hashlib.sha1(db_path.read_bytes()).hexdigest()
    out = precedent("tiers", "--profile", SAMPLE, "--db", str(db_path), "--format", "csv")
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert sorted(r["program_id"] for r in rows) == sorted(p["id"] for p in truth["programs"])
    assert {r["tier"] for r in rows} <= TIER_NAMES
    assert [int(r["rank"]) for r in rows] == list(range(1, len(rows) + 1))
    assert {r["score_version"] for r in rows} == {SCORE_VERSION}
    assert all(r["reasons"] for r in rows)
    assert "tiers: Tier 1" in out.stderr and "alumni of St George's" in out.stderr
    assert "no neurology programs in the database" in out.stderr
    assert hashlib.sha1(db_path.read_bytes()).hexdigest() == before  # tiers never writes


def test_out_dir_gets_the_plan_the_alumni_table_and_the_table(demo_crawl, tmp_path):
    _, _, db_path = demo_crawl
    out = precedent("tiers", "--profile", SAMPLE, "--db", str(db_path), "--format", "json", "--out", str(tmp_path))
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert (tmp_path / "tiers.json").read_text(encoding="utf-8") == out.stdout
    plan = json.loads((tmp_path / "plan.json").read_text(encoding="utf-8"))
    assert plan["score_version"] == SCORE_VERSION
    primary = plan["specialties"][0]
    assert primary["specialty"] == "neurosurgery" and sum(primary["tiers"].values()) == len(rows)
    assert set(primary["outreach_targets"]) <= {r["program_id"] for r in rows if r["tier"] != "Unlikely"}
    header = (tmp_path / "alumni.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header == "specialty,program,program_id,state,alumni,class_years,tier,evidence_url"
    assert "tiers: Tier 1" in (tmp_path / "plan.txt").read_text(encoding="utf-8")
    assert "tiers: Tier 1" not in out.stderr


def test_html_is_one_report(demo_crawl):
    _, _, db_path = demo_crawl
    out = precedent("tiers", "--profile", SAMPLE, "--db", str(db_path), "--format", "html")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("<!doctype html>")
    for part in ("Outreach targets", "Ranked list", "Alumni of", "neurology (backup)"):
        assert part in out.stdout


def test_specialty_option_and_top_tier_file(demo_crawl, tmp_path):
    _, _, db_path = demo_crawl
    top = tmp_path / "top.txt"
    top.write_text("# my own list\nLarkford University/Larkford Regional Hospital Program\n", encoding="utf-8")
    out = precedent("tiers", "--profile", SAMPLE, "--db", str(db_path), "--specialty", "neurosurgery",
                    "--top-tier", str(top))
    assert out.returncode == 0, out.stderr
    rows = {r["program_id"]: r for r in csv.DictReader(io.StringIO(out.stdout))}
    assert "on your top-tier list" in rows["1603351889"]["reasons"]
    assert rows["1603351889"]["tier"] not in ("Tier 1", "Tier 2")
    assert "neurology" not in out.stderr
    none = precedent("tiers", "--profile", SAMPLE, "--db", str(db_path), "--specialty", "dermatology")
    assert none.returncode == 0 and none.stdout == ""
    assert "no dermatology programs in the database" in none.stderr


def test_profile_mistakes_are_actionable(tmp_path, demo_crawl):
    _, _, db_path = demo_crawl
    bad = tmp_path / "bad.yaml"
    bad.write_text("applicant: {type: do}\nconnections: [{program: x, kind: friend}]\n", encoding="utf-8")
    out = precedent("tiers", "--profile", str(bad), "--db", str(db_path))
    assert out.returncode != 0
    assert "connections[0]: kind 'friend'" in out.stderr and "Traceback" not in out.stderr


def test_build_stores_the_sample_profiles_tiers_with_their_version(demo_crawl):
    _, _, db_path = demo_crawl
    rows = list(sqlite_utils.Database(db_path)["tiers"].rows)
    assert {r["score_version"] for r in rows} == {SCORE_VERSION}
    assert {r["profile"] for r in rows} == {"us-img-research"}
    assert {r["tier"] for r in rows} <= TIER_NAMES
