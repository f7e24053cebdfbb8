"""Timeouts: a roster's first request hangs longer than the download timeout, later ones answer.

The crawl gives up on the hung request after ``DOWNLOAD_TIMEOUT``, retries and reads the roster;
with no retries it records the page as timed out and the program's reason, and the other
programs keep their residents.
"""

from __future__ import annotations

import pytest

from tests.faults.conftest import HANG_SECONDS, SHORT_TIMEOUT, clean, crawl, with_fault


@pytest.fixture(scope="module")
def runs(fault_web, tmp_path_factory):
    truth = fault_web.truth
    faulted, control = with_fault(truth, "timeout", 2), clean(truth, 1)
    assert float(SHORT_TIMEOUT["DOWNLOAD_TIMEOUT"]) < HANG_SECONDS
    root = tmp_path_factory.mktemp("fault_timeout")
    retried = crawl(faulted + control, root / "retried", settings=SHORT_TIMEOUT, web=fault_web)
    no_retry = crawl(faulted[:1] + control, root / "no_retry",
                     settings={**SHORT_TIMEOUT, "RETRY_TIMES": "0"}, web=fault_web)
    return faulted, control, retried, no_retry


def test_runs_complete(runs):
    runs[2].assert_completed()
    runs[3].assert_completed()


def test_the_hung_request_is_retried_and_the_roster_read(runs):
    faulted, _, retried, _ = runs
    assert retried.stats.get("retry/reason_count/scrapy.exceptions.DownloadTimeoutError", 0) >= len(faulted)
    for program in faulted:
        assert retried.recall(program) >= 0.9, retried.status(program["id"])


def test_a_timeout_without_retries_is_recorded(runs):
    faulted, _, _, no_retry = runs
    program = faulted[0]
    roster = program["fault_details"][0]["url"]
    pages = [p for p in no_retry.pages(program["id"]) if p["url"] == roster]
    assert pages and all(p["error"] == "timed out" for p in pages), pages
    assert no_retry.stats.get("precedent/errors/timed out", 0) >= 1


@pytest.mark.parametrize("which", [2, 3])
def test_the_other_programs_lose_nothing(runs, which):
    run = runs[which]
    for program in runs[1]:
        assert run.recall(program) >= 0.9, run.status(program["id"])
