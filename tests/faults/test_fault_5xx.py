"""5xx bursts: a roster answers 503 + Retry-After twice, then 200.

With the default two retries the crawl waits and gets the roster; with one retry it gives up,
records the page with its status and the program's reason, and the other programs keep theirs.
"""

from __future__ import annotations

import pytest

from tests.faults.conftest import clean, crawl, with_fault


@pytest.fixture(scope="module")
def runs(fault_web, tmp_path_factory):
    truth = fault_web.truth
    faulted, control = with_fault(truth, "burst_503", 2), clean(truth, 1)
    root = tmp_path_factory.mktemp("fault_5xx")
    retried = crawl(faulted + control, root / "retried", web=fault_web)
    gave_up = crawl(faulted[:1] + control, root / "gave_up", settings={"RETRY_TIMES": "1"}, web=fault_web)
    return faulted, control, retried, gave_up


def test_runs_complete(runs):
    _, _, retried, gave_up = runs
    retried.assert_completed()
    gave_up.assert_completed()


def test_bursts_are_retried_and_the_rosters_read(runs):
    faulted, _, retried, _ = runs
    assert retried.stats.get("retry/count", 0) >= 2 * len(faulted)
    for program in faulted:
        roster = program["fault_details"][0]["url"]
        assert any(p["url"] == roster and p["status"] == 200 for p in retried.pages(program["id"]))
        assert retried.recall(program) >= 0.9, retried.status(program["id"])


def test_a_burst_longer_than_the_retries_is_recorded(runs):
    faulted, _, _, gave_up = runs
    program = faulted[0]
    roster = program["fault_details"][0]["url"]
    failed = [p for p in gave_up.pages(program["id"]) if p["url"] == roster]
    assert failed and all(p["status"] == 503 and p["error"] == "HTTP 503" for p in failed), failed
    assert gave_up.names(program["id"]) == set()
    assert gave_up.status(program["id"])["reason"]


@pytest.mark.parametrize("which", ["retried", "gave_up"])
def test_the_other_programs_lose_nothing(runs, which):
    _, control, retried, gave_up = runs
    run = {"retried": retried, "gave_up": gave_up}[which]
    for program in control:
        assert run.recall(program) >= 0.9, run.status(program["id"])
