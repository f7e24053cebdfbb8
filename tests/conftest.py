"""Shared fixtures: a demo web crawled once per session, and helpers for real local servers."""

from __future__ import annotations

import pytest

from tests.helpers import ROOT


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
    build_database(run_dir, db_path, academic_year=2026,
                   profile=load_profile(ROOT / "examples/profiles/us_img_research.yaml"))
    return truth, run_dir, db_path
