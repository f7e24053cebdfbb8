"""`precedent publish DIR`: a self-contained bundle that plain `datasette serve DIR` serves."""

from __future__ import annotations

import subprocess
import sys

import pytest
import sqlite_utils
from click.testing import CliRunner

from crawler.cli import main
from tests.helpers import free_port
from tests.test_datasette_server import get, get_json, served_copy, wait_until_up


@pytest.fixture(scope="module", params=[False, True], ids=["full", "public"])
def bundle(request, demo_crawl, tmp_path_factory):
    root = tmp_path_factory.mktemp("bundle")
    db_path = served_copy(demo_crawl, root / "src")
    out = root / "out"
    args = ["publish", str(out), "--db", str(db_path)] + (["--public"] if request.param else [])
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return out, request.param


@pytest.fixture(scope="module")
def served_bundle(bundle):
    out, public = bundle
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "datasette", "serve", str(out), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base, proc)
        yield base, public
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_bundle_holds_everything_to_serve_it(bundle):
    out, _ = bundle
    for name in ("demo.db", "metadata.json", "settings.json", "inspect-data.json",
                 "requirements.txt", "README.md", "templates/_footer.html",
                 "plugins/precedent_pages.py"):
        assert (out / name).is_file(), name


def test_requirements_are_pinned(bundle):
    lines = (bundle[0] / "requirements.txt").read_text().split()
    assert sorted(line.split("==")[0] for line in lines) == [
        "datasette", "datasette-cluster-map", "datasette-dashboards"]
    assert all("==" in line for line in lines)


def test_public_bundle_has_no_residents(bundle, demo_crawl):
    out, public = bundle
    tables = set(sqlite_utils.Database(out / "demo.db").table_names())
    assert ("residents" in tables) is not public


def test_served_bundle_front_page_plugins_and_immutability(served_bundle):
    base, _ = served_bundle
    assert 'href="/demo/img_precedent"' in get(base + "/")
    plugins = {p["name"] for p in get_json(base + "/-/plugins.json")}
    assert {"datasette-cluster-map", "datasette-dashboards", "precedent_pages.py"} <= plugins
    assert [d["is_mutable"] for d in get_json(base + "/-/databases.json")] == [False]
    assert get_json(base + "/-/settings.json")["allow_download"] is False
