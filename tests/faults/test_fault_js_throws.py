"""JavaScript that throws: a script that raises before the roster's own scripts.

On a demo web roster (``js_throws``) the residents are in the HTML and are read as usual. On a
page of our own whose roster is filled by a script after one that throws, Chromium renders it
anyway: the error is the page's, not the crawl's, and the residents are read.
"""

from __future__ import annotations

import json

import pytest
from aiohttp import web

from tests.faults.conftest import (
    HOME,
    ROSTER_NAMES,
    ROSTER_ROWS,
    clean,
    crawl,
    local_site,
    site_program,
    with_fault,
)
from tests.helpers import have_chromium

ROSTER = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Current Residents</title>
</head><body><h1>Current Residents</h1><div id="residents"></div>
<script>window.analytics.track("roster");  /* throws: no analytics */</script>
<script>
fetch("/api/residents.json").then(r => r.json()).then(rows => {
  const cells = rows.map(r => `<tr><td>${r[0]}, ${r[1]}</td><td>${r[2]}</td><td>${r[3]}</td></tr>`);
  document.getElementById("residents").innerHTML =
    "<table><tr><th>Name</th><th>PGY</th><th>Medical School</th></tr>" + cells.join("") + "</table>";
});
</script></body></html>"""


async def home(request: web.Request) -> web.Response:
    return web.Response(text=HOME, content_type="text/html")


async def roster(request: web.Request) -> web.Response:
    return web.Response(text=ROSTER, content_type="text/html")


async def api(request: web.Request) -> web.Response:
    return web.Response(text=json.dumps(ROSTER_ROWS), content_type="application/json")


@pytest.fixture(scope="module")
def run(fault_web, tmp_path_factory):
    truth = fault_web.truth
    faulted, control = with_fault(truth, "js_throws", 1), clean(truth, 1)
    routes = {"/": home, "/residents/": roster, "/api/residents.json": api}
    with local_site(routes, "127.0.67.1") as url:
        scripted = site_program("Throwing Script University Program", url)
        result = crawl([scripted, *faulted, *control], tmp_path_factory.mktemp("js_throws"), web=fault_web)
    return scripted, faulted[0], control, result


def test_run_completes(run):
    run[3].assert_completed()


def test_a_demo_roster_with_a_throwing_script_is_read(run):
    _, faulted, _, result = run
    assert result.recall(faulted) >= 0.9, result.status(faulted["id"])


@pytest.mark.browser
@pytest.mark.skipif(not have_chromium(), reason="Debian chromium not installed")
def test_a_rendered_roster_after_a_throwing_script_is_read(run):
    scripted, _, _, result = run
    rendered = [p for p in result.pages(scripted["id"]) if p["render"] == "browser"]
    assert rendered and not any(p["error"] for p in rendered), rendered
    assert result.names(scripted["id"]) == ROSTER_NAMES, result.status(scripted["id"])


def test_the_other_programs_lose_nothing(run):
    _, _, control, result = run
    for program in control:
        assert result.recall(program) >= 0.9
