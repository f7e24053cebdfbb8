"""Shared fixtures: a demo web crawled once per session, and helpers for real local servers."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT, free_port


@pytest.fixture(scope="session")
def demo_crawl(tmp_path_factory):
    """Crawl a 24-program demo web once (real Scrapy, real Chromium for JS rosters) and build
    the database. Yields (truth, run_dir, db_path)."""
    from crawler.jobs import new_run_dir, run_crawl
    from db.build import build_database
    from demoweb.server import running_web
    from scoring.profile import load_profile

    root = tmp_path_factory.mktemp("demo")
    with running_web(programs=24, seed=7, year=2026) as web:
        run_dir = new_run_dir(root / "runs")
        run_crawl(run_dir, registry=web.registry_url, academic_year=2026, env="ci", quiet=True)
        truth = web.truth
    db_path = root / "demo.db"
    build_database(
        run_dir,
        db_path,
        academic_year=2026,
        profile=load_profile(ROOT / "examples/profiles/us_img_research.yaml"),
    )
    return truth, run_dir, db_path


def refresh(db: Path, *extra: str) -> subprocess.CompletedProcess:
    """``precedent refresh`` on ``db``, from the snapshot of the source beside it (``src``): an
    edit in the shared tree between two refreshes would (rightly) make the second one
    rediscover everything instead of revisiting."""
    return subprocess.run(
        [sys.executable, "-m", "crawler.cli", "refresh", "--db", str(db), "--env", "ci", *extra],
        cwd=db.parent / "src",
        capture_output=True,
        text=True,
        timeout=600,
    )


def last_run(db: Path) -> Path:
    return max((db.parent / "runs").iterdir(), key=lambda p: p.name)


@pytest.fixture(scope="session")
def refreshed_twice(tmp_path_factory):
    """A cold refresh of a 14-program demo web, then a refresh with nothing changed, done once
    for the modules that go on from there (tests/test_refresh.py, tests/test_revisit.py).
    Each takes its own copy with :func:`copy_refreshed` and serves the same web (same seed,
    same port: the ETags are the bodies' hashes) for its next refresh."""
    import sqlite_utils

    from demoweb.server import running_web
    from tests.source_snapshot import snapshot_source

    root = tmp_path_factory.mktemp("refreshed_twice")
    snapshot_source(root / "src")
    db = root / "p.db"
    out: dict = {"root": root, "port": free_port()}
    with running_web(programs=14, seed=7, year=2026, port=out["port"]) as web:
        out["truth"] = web.truth
        cold = refresh(db, "--registry", web.registry_url, "--year", "2026")
        assert cold.returncode == 0, cold.stderr[-3000:]
        out["cold_run"] = last_run(db).name
        out["cold_residents"] = sqlite_utils.Database(db)["residents"].count
        same = refresh(db, "--year", "2026")
        assert same.returncode == 0, same.stderr[-3000:]
        out["same"], out["same_run"] = same, last_run(db).name
    return out


def copy_refreshed(refreshed: dict, dest: Path) -> Path:
    """A private copy of the twice-refreshed database, its runs, cache and source; returns its
    database path (the shared one is never written again)."""
    shutil.copytree(refreshed["root"], dest, symlinks=True)
    return dest / "p.db"


def run_stats(run: Path) -> dict:
    return json.loads((run / "stats.json").read_text(encoding="utf-8"))
