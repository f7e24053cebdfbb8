"""kill -9 in the middle of a crawl, resume it: nothing duplicated, nothing missing."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections import Counter

from crawler.jobs import crawl_command, crawl_env, new_run_dir, run_crawl
from crawler.proving import roster_scores
from db.runstore import iter_items

PROGRAMS = 30


def _closed(run_dir) -> int:
    path = run_dir / "items.jsonl"
    if not path.exists():
        return 0
    return path.read_text(encoding="utf-8", errors="replace").count('"item_type": "program_status"')


def test_kill_9_then_resume_has_no_duplicates_and_no_gaps(tmp_path):
    from demoweb.server import running_web

    with running_web(programs=PROGRAMS, seed=7, year=2026, faults=False) as web:
        run_dir = new_run_dir(tmp_path / "runs")
        # Slowed down so that the kill lands mid-crawl.
        slow = {"DOWNLOAD_DELAY": "0.05", "CONCURRENT_REQUESTS": "2"}
        cmd = crawl_command(run_dir, registry=web.registry_url, academic_year=2026, settings=slow)
        proc = subprocess.Popen(cmd, env=crawl_env("ci"), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + 120
        while _closed(run_dir) < PROGRAMS // 3 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        closed_at_kill = _closed(run_dir)
        assert 0 < closed_at_kill < PROGRAMS, closed_at_kill
        run_crawl(run_dir, registry=web.registry_url, academic_year=2026, env="ci", quiet=True,
                  resume=True)
        truth = web.truth

    items = list(iter_items(run_dir))
    kinds = Counter(i["item_type"] for i in items)
    truth_ids = sorted(p["id"] for p in truth["programs"])
    # No gaps: every program once, every program closed once, every roster page found.
    assert sorted(i["program_id"] for i in items if i["item_type"] == "program") == truth_ids
    assert sorted(i["program_id"] for i in items if i["item_type"] == "program_status") == truth_ids
    scores = roster_scores(run_dir, truth)
    assert all(s["recall"] >= 0.99 for s in scores.values()), scores
    # No duplicates: each page once per program and render mode, each resident once.
    pages = Counter((i["program_id"], i["url"], i["render"]) for i in items if i["item_type"] == "page")
    assert max(pages.values()) == 1, [k for k, v in pages.items() if v > 1][:5]
    residents = Counter((i["program_id"], i["name"]) for i in items if i["item_type"] == "resident")
    assert kinds["resident"] > 0 and max(residents.values()) == 1
    expected = {(p["id"], r["name"]) for p in truth["programs"] for r in p["residents"]}
    assert len(set(residents) & expected) / len(expected) >= 0.97
