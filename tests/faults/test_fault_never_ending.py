"""A page that never ends: the "Resident Call Schedule", chunked, a row every half second forever.

Named to the crawl as last
year's roster URL, the page is fetched; the download is cut at ``DOWNLOAD_TIMEOUT`` and recorded as timed out; the program's roster and
the other programs are read as usual, and the crawl ends.
"""

from __future__ import annotations

import pytest

from tests.faults.conftest import SHORT_TIMEOUT, clean, crawl, with_fault


@pytest.fixture(scope="module")
def run(fault_web, tmp_path_factory):
    truth = fault_web.truth
    # The crawl follows roster-like links, not a handbook's: the page is named to it as the
    # roster URL known from last year (a site that moved its roster elsewhere).
    faulted, control = with_fault(truth, "never_ending", 2, js=False), clean(truth, 1)
    faulted = [{**p, "known_roster": p["fault_details"][0]["url"]} for p in faulted]
    result = crawl(faulted + control, tmp_path_factory.mktemp("never"), web=fault_web,
                   settings={**SHORT_TIMEOUT, "RETRY_TIMES": "1"})
    return faulted, control, result


def test_run_completes(run):
    run[2].assert_completed()


def test_the_endless_page_is_recorded_as_timed_out(run):
    faulted, _, result = run
    for program in faulted:
        url = program["fault_details"][0]["url"]
        pages = [p for p in result.pages(program["id"]) if p["url"] == url]
        assert pages and all(p["error"] == "timed out" for p in pages), pages


def test_the_programs_keep_their_rosters(run):
    faulted, _, result = run
    for program in faulted:
        assert result.recall(program) >= 0.9, result.status(program["id"])


def test_the_other_programs_lose_nothing(run):
    _, control, result = run
    for program in control:
        assert result.recall(program) >= 0.9
