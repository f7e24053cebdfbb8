"""Malformed HTML: roster pages that lose their closing tags and gain stray ones.

The parser is lenient: the residents are read as from the clean page, nothing is logged as an
error, and the other programs keep theirs.
"""

from __future__ import annotations

import pytest

from tests.faults.conftest import clean, crawl, with_fault


@pytest.fixture(scope="module")
def run(fault_web, tmp_path_factory):
    truth = fault_web.truth
    faulted, control = with_fault(truth, "broken_html", 3), clean(truth, 1)
    return faulted, control, crawl(faulted + control, tmp_path_factory.mktemp("broken"), web=fault_web)


def test_run_completes(run):
    run[2].assert_completed()


def test_the_broken_roster_is_fetched_and_archived(run):
    faulted, _, result = run
    for program in faulted:
        url = program["fault_details"][0]["url"]
        page = [p for p in result.pages(program["id"]) if p["url"] == url]
        assert page and page[0]["status"] == 200 and page[0]["sha1"], page


@pytest.mark.parametrize("which", [0, 1, 2])
def test_broken_rosters_are_read_leniently(run, which):
    program = run[0][which]
    assert run[2].recall(program) >= 0.9, run[2].status(program["id"])


def test_the_other_programs_lose_nothing(run):
    _, control, result = run
    for program in control:
        assert result.recall(program) >= 0.9
