"""A 50 MB page: the "Resident Handbook" a home page links, streamed without end in sight.

Named to the crawl as last year's roster URL, the
page is fetched; the download is cut at ``DOWNLOAD_MAXSIZE`` (8 MB): the page is recorded as too large, nothing of
it is archived, and the program's roster and the other programs are read as usual.
"""

from __future__ import annotations

import pytest

from demoweb.faults import HUGE_BYTES
from tests.faults.conftest import clean, crawl, with_fault


@pytest.fixture(scope="module")
def run(fault_web, tmp_path_factory):
    truth = fault_web.truth
    # The crawl follows roster-like links, not a handbook's: the page is named to it as the
    # roster URL known from last year (a site that moved its roster elsewhere).
    faulted, control = with_fault(truth, "huge_page", 1, js=False), clean(truth, 1)
    faulted = [{**p, "known_roster": p["fault_details"][0]["url"]} for p in faulted]
    return faulted[0], control, crawl(faulted + control, tmp_path_factory.mktemp("huge"), web=fault_web)


def test_run_completes(run):
    run[2].assert_completed()


def test_the_huge_page_is_recorded_and_skipped(run):
    program, _, result = run
    url = program["fault_details"][0]["url"]
    pages = [p for p in result.pages(program["id"]) if p["url"] == url]
    assert HUGE_BYTES >= 50_000_000
    assert pages and all(p["error"] == "response too large or cancelled" and not p["sha1"] for p in pages), pages


def test_nothing_of_it_is_archived(run):
    _, _, result = run
    archived = sum(f.stat().st_size for f in (result.run_dir / "raw").rglob("*") if f.is_file())
    assert archived < 8 * 1024 * 1024, archived


def test_the_program_keeps_its_roster(run):
    program, _, result = run
    assert result.recall(program) >= 0.9, result.status(program["id"])


def test_the_other_programs_lose_nothing(run):
    _, control, result = run
    for program in control:
        assert result.recall(program) >= 0.9
