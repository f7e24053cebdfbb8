"""kill -9 mid-run, while faults are in flight (a 503 burst waiting out its Retry-After, a slow
roster, a hung request), then ``--resume``: every program closed exactly once, nothing fetched
twice, the programs closed before the kill kept.

The other kill -9 hazards have their own modules, not repeated here: a killed crawl on a clean
web resumed without gaps or duplicates (tests/test_crawl_resume.py), and kill -9 at any moment of
a database build or refresh leaving the last good database serving (tests/test_kill9.py).
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections import Counter

import pytest

from crawler.jobs import crawl_command, crawl_env, new_run_dir, run_crawl
from db.runstore import iter_items
from tests.faults.conftest import SHORT_TIMEOUT, clean, programs_file, reset_faults, with_fault


def _closed(run_dir) -> set[str]:
    return {i["program_id"] for i in iter_items(run_dir) if i["item_type"] == "program_status"}


@pytest.fixture(scope="module")
def resumed(fault_web, tmp_path_factory):
    truth = fault_web.truth
    programs = (with_fault(truth, "burst_503", 1) + with_fault(truth, "slow", 1)
                + with_fault(truth, "timeout", 1) + clean(truth, 4))
    root = tmp_path_factory.mktemp("kill9")
    listed = programs_file(programs, root / "programs.jsonl")
    run_dir = new_run_dir(root / "runs")
    settings = {**SHORT_TIMEOUT, "CONCURRENT_REQUESTS": "2"}
    reset_faults(fault_web)
    cmd = crawl_command(run_dir, programs_file=str(listed), academic_year=2026, settings=settings)
    proc = subprocess.Popen(cmd, env=crawl_env("ci"), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    while len(_closed(run_dir)) < 2 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    before = _closed(run_dir)
    run_crawl(run_dir, programs_file=str(listed), academic_year=2026, env="ci", quiet=True,
              settings=settings, resume=True)
    return programs, run_dir, before, list(iter_items(run_dir))


def test_the_kill_landed_mid_run(resumed):
    programs, _, before, _ = resumed
    assert 0 < len(before) < len(programs), before


def test_every_program_is_closed_exactly_once(resumed):
    programs, _, _, items = resumed
    closed = Counter(i["program_id"] for i in items if i["item_type"] == "program_status")
    assert sorted(closed) == sorted(p["id"] for p in programs)
    assert max(closed.values()) == 1, closed


def test_nothing_is_fetched_twice_for_a_program_closed_before_the_kill(resumed):
    _, _, before, items = resumed
    pages = Counter((i["program_id"], i["url"], i["render"]) for i in items
                    if i["item_type"] == "page" and i["program_id"] in before)
    assert max(pages.values()) == 1, [k for k, v in pages.items() if v > 1]


def test_the_programs_keep_their_residents(resumed):
    programs, _, _, items = resumed
    for program in programs:
        expected = {r["name"] for r in program["residents"] if r.get("expected", True)}
        got = {i["name"] for i in items if i["item_type"] == "resident" and i["program_id"] == program["id"]}
        assert len(got & expected) >= 0.9 * len(expected), program["id"]
