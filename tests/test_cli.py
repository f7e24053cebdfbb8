"""The CLI's JSON contracts (DEVELOPERS.md) and its errors, run as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

SCHOOL_KEYS = {"input", "canonical", "id", "country", "kind", "score"}
EXTRACT_KEYS = {"name", "degrees", "school", "school_canonical", "school_country", "school_kind", "pgy", "confidence"}
KINDS = {"US_MD", "US_DO", "CA", "IMG", "UNKNOWN"}


def precedent(*args, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "crawler.cli", *args], input=stdin,
                          capture_output=True, text=True, timeout=120)


def test_school_prints_one_object_per_argument():
    out = precedent("school", "Lake Erie College of Osteopathic Medicine", "Cleveland Clinic")
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [set(r) for r in rows] == [SCHOOL_KEYS, SCHOOL_KEYS]
    assert rows[0]["kind"] == "US_DO"
    assert rows[1]["kind"] == "UNKNOWN"  # a residency site, not a medical school


def test_school_dash_reads_stdin_line_by_line_including_bad_lines():
    lines = ["Ross University School of Medicine", "", "x" * 10_000, "Universidad Autonoma de Guadalajara"]
    out = precedent("school", "-", stdin="\n".join(lines) + "\n")
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(rows) == 4
    assert all(r["kind"] in KINDS for r in rows)
    assert [r["kind"] for r in rows] == ["IMG", "UNKNOWN", "UNKNOWN", "IMG"]


def test_extract_follows_the_contract_on_a_saved_demo_roster(tmp_path):
    import urllib.request

    from demoweb.server import running_web

    with running_web(programs=12, seed=7, year=2026) as web:
        program = next(p for p in web.truth["programs"] if not p["js"] and p["residents"])
        body = urllib.request.urlopen(program["roster_urls"][0], timeout=10).read()
    page = tmp_path / "roster.html"
    page.write_bytes(body)
    out = precedent("extract", str(page), "--url", program["roster_urls"][0])
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert all(set(r) == EXTRACT_KEYS for r in rows)
    assert {r["name"] for r in rows} == {r["name"] for r in program["residents"]}
    truth_kind = {r["name"]: r["kind"] for r in program["residents"]}
    assert all(r["school_kind"] == truth_kind[r["name"]] for r in rows)


@pytest.mark.parametrize("args,message", [
    (("extract", "/nonexistent/page.html"), "no such file"),
    (("crawl", "--registry", "http://127.0.0.1:9/", "--programs", "README.md"), "at most one of"),
    (("crawl", "--specialty", "astrology"), "astrology"),
    (("build", "--db", "/tmp/precedent-test-nothing/x.db"), "no crawl runs"),
    (("export", "img-precedent", "--db", "/tmp/precedent-test-nothing/x.db"), "no database"),
])
def test_user_mistakes_get_actionable_errors(args, message):
    out = precedent(*args)
    assert out.returncode != 0
    assert message in out.stderr
    assert "Traceback" not in out.stderr


def test_tiers_csv_and_unknown_connection_warning(demo_crawl):
    _, _, db_path = demo_crawl
    out = precedent("tiers", "--profile", "examples/profiles/non_us_img_visa.yaml", "--db", str(db_path))
    assert out.returncode == 0, out.stderr
    header = out.stdout.splitlines()[0].split(",")
    assert {"program", "program_id", "tier", "reasons"} <= set(header)
    assert "Unknown Program That Does Not Exist" in out.stderr


def test_export_csv_has_one_row_per_program(demo_crawl):
    truth, _, db_path = demo_crawl
    out = precedent("export", "img-precedent", "--db", str(db_path), "--format", "csv")
    assert out.returncode == 0, out.stderr
    assert len(out.stdout.splitlines()) == 1 + len(truth["programs"])
