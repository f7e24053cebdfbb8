"""429 + Retry-After: a home page answers 429 (Retry-After: 1) once, then 200.

The crawl waits what the server asks and reads the site; a Retry-After longer than
``RETRY_MAX_WAIT`` is not waited for: the page is recorded with its 429 and the program's reason
says the website failed, while the other programs keep their residents.
"""

from __future__ import annotations

import pytest

from tests.faults.conftest import clean, crawl, with_fault


@pytest.fixture(scope="module")
def runs(fault_web, tmp_path_factory):
    truth = fault_web.truth
    faulted, control = with_fault(truth, "rate_429", 2, js=False), clean(truth, 1)
    root = tmp_path_factory.mktemp("fault_429")
    waited = crawl(faulted + control, root / "waited", web=fault_web)
    impatient = crawl(faulted[:1] + control, root / "impatient", settings={"RETRY_MAX_WAIT": "0.5"},
                      web=fault_web)
    return faulted, control, waited, impatient


def test_runs_complete(runs):
    runs[2].assert_completed()
    runs[3].assert_completed()


def test_the_crawl_waits_as_asked_and_reads_the_site(runs):
    faulted, _, waited, _ = runs
    assert waited.stats.get("precedent/retry_wait_s", 0) >= len(faulted) * 1.0
    for program in faulted:
        home = program["fault_details"][0]["url"]
        assert any(p["url"] == home and p["status"] == 200 for p in waited.pages(program["id"]))
        assert waited.recall(program) >= 0.9, waited.status(program["id"])


def test_a_retry_after_beyond_the_limit_is_recorded_not_waited(runs):
    faulted, _, _, impatient = runs
    program = faulted[0]
    home = program["fault_details"][0]["url"]
    pages = [p for p in impatient.pages(program["id"]) if p["url"] == home]
    assert pages and all(p["status"] == 429 for p in pages), pages
    assert impatient.status(program["id"])["reason"].startswith("website failed"), impatient.status(program["id"])
    assert "asks to retry after" in impatient.log


@pytest.mark.parametrize("which", [2, 3])
def test_the_other_programs_lose_nothing(runs, which):
    run = runs[which]
    for program in runs[1]:
        assert run.recall(program) >= 0.9, run.status(program["id"])
