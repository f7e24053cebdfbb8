"""robots.txt disallow: rosters a site's robots.txt forbids are never fetched.

The program is closed with a reason that names robots.txt, the block is counted, and the other
programs keep their residents. (Crawl-delay and a disallowed whole site are covered on a web of
their own in tests/test_crawl_politeness.py.)
"""

from __future__ import annotations

import pytest

from tests.faults.conftest import clean, crawl


@pytest.fixture(scope="module")
def run(fault_web, tmp_path_factory):
    truth = fault_web.truth
    blocked = [p for p in truth["programs"] if p["robots_blocked"] and not p["faults"]][:1]
    control = clean(truth, 1)
    assert blocked
    return blocked, control, crawl(blocked + control, tmp_path_factory.mktemp("robots"), web=fault_web)


def test_run_completes(run):
    run[2].assert_completed()


def test_blocked_rosters_are_never_fetched(run):
    blocked, _, result = run
    for program in blocked:
        fetched = {p["url"] for p in result.pages(program["id"]) if p["status"]}
        assert not fetched & set(program["unreachable_roster_urls"])


def test_the_block_is_recorded(run):
    blocked, _, result = run
    for program in blocked:
        reachable = [u for u in program["roster_urls"] if u not in program["unreachable_roster_urls"]]
        if not reachable:
            assert result.status(program["id"])["reason"].startswith("robots.txt"), result.status(program["id"])
    # Scrapy's robots.txt middleware counts each request it drops (robotstxt/request_count, which
    # is always there, counts only the robots.txt fetches themselves).
    assert result.stats.get("robotstxt/forbidden", 0) >= len(blocked), result.stats


def test_nothing_is_read_from_a_blocked_page(run):
    blocked, _, result = run
    for program in blocked:
        shown = {name for page in program["roster_pages"]
                 if page["url"] in program["unreachable_roster_urls"] for name in page["residents"]}
        assert not result.names(program["id"]) & shown


def test_the_other_programs_lose_nothing(run):
    _, control, result = run
    for program in control:
        assert result.recall(program) >= 0.9
