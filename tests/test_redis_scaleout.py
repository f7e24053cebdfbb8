"""Scale-out on scrapy-redis: workers share one queue and one duplicate filter.

A real redis-server on 127.0.0.1 (installed by .ci/run) and the demo web; run with
``pytest -m redis``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections import Counter

import pytest

from crawler import distributed
from crawler.items import ProgramItem
from spiders.distributed import listing_job, program_job
from tests.helpers import free_port

pytestmark = [
    pytest.mark.redis,
    pytest.mark.skipif(shutil.which("redis-server") is None, reason="redis-server not installed"),
]


@pytest.fixture
def redis_url(tmp_path):
    port = free_port()
    proc = subprocess.Popen(
        [
            "redis-server",
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(tmp_path),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    for _ in range(100):
        try:
            distributed.connect(url).ping()
            break
        except Exception:  # noqa: BLE001 - not up yet
            time.sleep(0.05)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


# A worker closes after MAX_IDLE_TIME_BEFORE_CLOSE seconds (6) with nothing in Redis, checked at
# Scrapy's 5 s idle heartbeat; the tests that start workers themselves give them 1 s (the
# command line outranks the spider's setting), which changes nothing while there is work left.
QUICK_CLOSE = {"MAX_IDLE_TIME_BEFORE_CLOSE": "1"}


def _wait(procs, timeout=180):
    deadline = time.time() + timeout
    for p in procs:
        p.wait(timeout=max(1, deadline - time.time()))


def test_a_worker_pulls_from_redis_at_once(redis_url, tmp_path):
    """A worker pulls its first jobs as its spider opens, not at a later heartbeat. Timed from
    the opening in the worker's log (at INFO), so slow imports under load do not count; a start()
    that waited 6 s failed this (8.5 s), while one yielding nothing passed (Scrapy 2.19 signals
    idle at once, and scrapy-redis pops then: 1.3 s either way, 2026-11-26)."""
    from demoweb.server import running_web

    with running_web(programs=3, seed=7, year=2026) as web:
        distributed.clear(redis_url)
        distributed.seed(redis_url, [listing_job(web.registry_url)])
        t0 = time.time()
        worker = distributed.start_worker(
            redis_url,
            tmp_path / "w1",
            "smoke",
            env="ci",
            extra={**QUICK_CLOSE, "LOG_LEVEL": "INFO"},
        )
        conn = distributed.connect(redis_url)
        log = tmp_path / "w1" / "crawl.log"
        opened = None  # when the worker's log says the spider opened
        while conn.llen(f"{distributed.SPIDER}:start_urls") and time.time() - t0 < 120:
            if opened is None and "Spider opened" in log.read_text(errors="replace"):
                opened = time.time()
            time.sleep(0.05)
        pulled = time.time()
        _wait([worker])
    assert conn.llen(f"{distributed.SPIDER}:start_urls") == 0
    # Measured from the spider's opening, not the process start (imports take seconds under
    # load): waiting for the first idle signal would take Scrapy's 5 s heartbeat.
    waited = pulled - (opened or pulled)
    assert waited < 4, f"the seed waited {waited:.1f}s in Redis after the spider opened"


def test_two_workers_fetch_every_roster_once(redis_url, tmp_path):
    from demoweb.server import running_web

    with running_web(programs=16, seed=7, year=2026) as web:
        truth = web.truth
        distributed.clear(redis_url)
        # As `precedent crawl --redis --programs FILE` does: one job per program.
        distributed.seed(
            redis_url,
            [
                program_job(
                    ProgramItem(
                        program_id=p["id"],
                        name=p["name"],
                        specialty=p["specialty"],
                        website=p["website"],
                        run_id="scaleout",
                    )
                )
                for p in truth["programs"]
            ],
        )
        # Polite workers (a delay per host), as on the real web: a program takes a while, so
        # the second worker finds work left when it has booted.
        workers = [
            distributed.start_worker(
                redis_url,
                tmp_path / f"w{i}",
                "scaleout",
                env="ci",
                extra={"DOWNLOAD_DELAY": "0.5", **QUICK_CLOSE},
            )
            for i in range(2)
        ]
        _wait(workers)
    out = tmp_path / "items.jsonl"
    assert distributed.drain_items(redis_url, out) > 0
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    pages = [i for i in items if i["item_type"] == "page" and not i.get("error")]
    fetched = Counter((p["url"], p.get("render")) for p in pages)
    assert not [k for k, n in fetched.items() if n > 1], "a page was fetched twice"
    roster_pages = {p["url"] for p in pages if p["role"] == "roster"}
    expected = {u for p in truth["programs"] for u in p["roster_urls"]}
    assert expected <= roster_pages, sorted(expected - roster_pages)[:5]
    # Both workers did part of the work.
    logs = [(tmp_path / f"w{i}" / "crawl.log").read_text(encoding="utf-8") for i in range(2)]
    assert all("Traceback" not in log for log in logs)
    programs_per_worker = [
        sum(
            '"item_type": "program"' in line
            for line in (tmp_path / f"w{i}" / "items.jsonl")
            .read_text(encoding="utf-8")
            .splitlines()
        )
        for i in range(2)
    ]
    assert all(n > 0 for n in programs_per_worker), programs_per_worker
    assert sum(programs_per_worker) == len(truth["programs"])


def _worker_idle_close(env: dict[str, str]) -> int:
    """The idle close a worker's spider runs with, read in a fresh process (settings are read
    from the environment at import)."""
    code = (
        "from scrapy.utils.project import get_project_settings\n"
        "from spiders.distributed import DistributedRostersSpider as S\n"
        "s = get_project_settings(); S.update_settings(s)\n"
        "print(s.getint('MAX_IDLE_TIME_BEFORE_CLOSE'))\n"
    )
    inherited = {k: v for k, v in os.environ.items() if k != "PRECEDENT_MAX_IDLE_TIME"}
    env = {**inherited, "SCRAPY_SETTINGS_MODULE": "crawler.settings", **env}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    return int(out.stdout.strip())


def test_the_idle_close_is_read_from_the_environment() -> None:
    """PRECEDENT_MAX_IDLE_TIME reaches the workers `precedent crawl --redis` starts (they
    inherit the environment); the spider's own settings do not override it."""
    assert _worker_idle_close({"PRECEDENT_MAX_IDLE_TIME": "2"}) == 2
    assert _worker_idle_close({"PRECEDENT_MAX_IDLE_TIME": "0"}) == 0
    assert _worker_idle_close({}) > 0  # unset: a worker left alone still closes


def test_precedent_crawl_with_redis_builds_the_database(redis_url, tmp_path):
    import sqlite_utils

    from demoweb.server import running_web
    from tests.helpers import ROOT

    db = tmp_path / "p.db"
    with running_web(programs=6, seed=7, year=2026) as web:
        out = subprocess.run(
            [
                sys.executable,
                "-m",
                "crawler.cli",
                "crawl",
                "--registry",
                web.registry_url,
                "--redis",
                redis_url,
                "--workers",
                "2",
                "--env",
                "ci",
                "--db",
                str(db),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ, "PRECEDENT_MAX_IDLE_TIME": "1"},
        )
        truth = web.truth
    assert out.returncode == 0, out.stderr[-2000:]
    ids = {r["program_id"] for r in sqlite_utils.Database(db)["programs"].rows}
    assert ids == {p["id"] for p in truth["programs"]}
    assert sqlite_utils.Database(db)["residents"].count > 0
