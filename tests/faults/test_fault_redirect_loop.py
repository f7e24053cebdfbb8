"""Redirect loops: a roster page redirects to itself (``?redirect=1``) forever.

The crawl stops after ``REDIRECT_MAX_TIMES`` and records the page as a redirect loop; the rest of
the program's roster (truth moves the looping page to ``unreachable_roster_urls``) and the other
programs are still read. A redirect chain (301 → 302 → home) is followed.
"""

from __future__ import annotations

import pytest

from tests.faults.conftest import clean, crawl, with_fault


@pytest.fixture(scope="module")
def run(fault_web, tmp_path_factory):
    truth = fault_web.truth
    looped, chained = with_fault(truth, "redirect_loop", 1), with_fault(truth, "redirect_chain", 1)
    control = clean(truth, 1)
    programs = looped + chained + control
    return looped[0], chained[0], control, crawl(programs, tmp_path_factory.mktemp("loop"), web=fault_web)


def test_run_completes(run):
    run[3].assert_completed()


def test_the_loop_is_recorded(run):
    program, _, _, result = run
    url = program["fault_details"][0]["url"]
    assert url in program["unreachable_roster_urls"]
    looped = [p for p in result.pages(program["id"]) if p["url"].split("?")[0] == url.split("?")[0]
              and p["error"]]
    assert looped and all(p["error"] == "redirect loop or too many redirects" for p in looped), looped
    assert result.stats.get("precedent/errors/redirect loop or too many redirects", 0) >= 1
    assert "redirect" in result.status(program["id"])["reason"], result.status(program["id"])


def test_the_looping_program_keeps_its_reachable_roster_and_invents_nothing(run):
    program, _, _, result = run
    reachable = {name for page in program["roster_pages"]
                 if page["url"] not in program["unreachable_roster_urls"] for name in page["residents"]}
    got = result.names(program["id"])
    assert got <= reachable
    assert len(got) >= 0.9 * len(reachable)


def test_a_redirect_chain_is_followed(run):
    _, program, _, result = run
    assert result.recall(program) >= 0.9, result.status(program["id"])


def test_the_other_programs_lose_nothing(run):
    _, _, control, result = run
    for program in control:
        assert result.recall(program) >= 0.9, result.status(program["id"])
