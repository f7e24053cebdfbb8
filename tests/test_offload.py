"""Crawl-speed machinery on its own: the extraction pool (crawler.offload), the scheduler's
queues (crawler.scheduler) and a whole crawl with the pool and the browser warm-up switched on
(the test environment keeps both off for its many short crawls)."""

from __future__ import annotations

import asyncio
import json
import os
import signal
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlparse

import pytest
import scrapy
from scrapy.utils.test import get_crawler

from crawler.offload import ExtractionPool
from crawler.scheduler import PriorityFirstQueue, SpillingScheduler
from tests.helpers import have_chromium

FIXTURE = Path(__file__).parent / "fixtures" / "extract" / "card_grid"


def _fixture():
    info = json.loads((FIXTURE / "info.json").read_text(encoding="utf-8"))
    expected = json.loads((FIXTURE / "expected.json").read_text(encoding="utf-8"))
    return (FIXTURE / "body.html").read_bytes(), info, expected


def _read(pool: ExtractionPool):
    body, info, expected = _fixture()
    return asyncio.run(
        pool.residents(body, info["url"], headers=info["headers"],
                       academic_year=expected["academic_year"])
    )


@pytest.fixture
def pool():
    pool = ExtractionPool(1)
    yield pool
    pool.close()


def test_a_worker_reads_the_roster_its_fixture_lists(pool):
    _, _, expected = _fixture()
    records = _read(pool)
    assert [r.name for r in records] == [r["name"] for r in expected["residents"]]
    assert [r.school_raw for r in records] == [r["school_raw"] for r in expected["residents"]]


def test_a_worker_reads_facts_with_their_sentences(pool):
    page = b"<html><body><p>The program sponsors J-1 visas only.</p></body></html>"
    facts = asyncio.run(pool.facts(page, "http://127.0.0.1/eligibility"))
    j1 = [f for f in facts if f.fact == "visa_j1"]
    assert j1 and j1[0].value is True and "J-1" in j1[0].sentence


def test_a_killed_worker_does_not_lose_the_page(pool, caplog):
    _, _, expected = _fixture()
    _read(pool)  # the worker is up
    for pid in list(pool._executor._processes):
        os.kill(pid, signal.SIGKILL)
    records = _read(pool)
    assert [r.name for r in records] == [r["name"] for r in expected["residents"]]
    assert pool._executor is None  # inline from now on
    assert "parsing inline" in caplog.text


@pytest.mark.parametrize(
    ("cores", "workers"), [(1, "thread"), (2, "thread"), (3, 1), (4, 2), (16, 2)]
)
def test_workers_by_default_leave_two_cores_to_the_crawl_and_chromium(monkeypatch, cores, workers):
    from crawler import offload

    monkeypatch.setattr(offload.os, "cpu_count", lambda: cores)
    assert offload.default_workers() == workers
    assert offload.pool_size("") == workers


@pytest.mark.parametrize(("setting", "size"), [("0", 0), ("2", 2), ("thread", "thread"),
                                                (" Thread ", "thread"), (3, 3)])
def test_the_setting_names_processes_a_thread_or_inline(setting, size):
    from crawler.offload import pool_size

    assert pool_size(setting) == size


def test_no_workers_means_inline():
    pool = ExtractionPool(0)
    _, _, expected = _fixture()
    assert [r.name for r in _read(pool)] == [r["name"] for r in expected["residents"]]


def test_a_thread_pool_parses_off_the_loop_thread(monkeypatch):
    import threading

    from crawler import offload

    seen = []
    real = offload.read_residents

    def spy(*args, **kwargs):
        seen.append(threading.current_thread().name)
        return real(*args, **kwargs)

    pool = ExtractionPool("thread")
    try:
        monkeypatch.setattr(offload, "read_residents", spy)
        _, _, expected = _fixture()
        assert [r.name for r in _read(pool)] == [r["name"] for r in expected["residents"]]
        assert seen and all(name != threading.main_thread().name for name in seen)
    finally:
        pool.close()


# --- the scheduler's queues --------------------------------------------------------------------


class _Downloader:
    """Just what Scrapy's queues ask of a downloader: the slot of a request, the slots busy."""

    def __init__(self, busy: dict[str, int] | None = None):
        self.slots = {k: SimpleNamespace(active=set(range(n))) for k, n in (busy or {}).items()}

    def get_slot_key(self, request) -> str:
        return urlparse(request.url).hostname or ""


def _crawler(downloader, **settings):
    crawler = get_crawler(scrapy.Spider, {"SCHEDULER_PRIORITY_QUEUE":
                                          "crawler.scheduler.PriorityFirstQueue", **settings})
    crawler.engine = SimpleNamespace(downloader=downloader)
    return crawler


def _queue(downloader) -> PriorityFirstQueue:
    from scrapy.squeues import LifoMemoryQueue

    return PriorityFirstQueue.from_crawler(_crawler(downloader), LifoMemoryQueue, "")


def test_a_page_for_the_browser_goes_before_plain_pages_of_other_hosts():
    queue = _queue(_Downloader())
    for host in "abcdef":
        queue.push(scrapy.Request(f"http://{host}.test/"))
    queue.push(scrapy.Request("http://z.test/roster", priority=10))
    assert queue.pop().url == "http://z.test/roster"
    assert sorted(queue.pop().url for _ in range(6)) == [f"http://{h}.test/" for h in "abcdef"]
    assert queue.pop() is None


def test_a_busy_host_waits_even_with_an_urgent_request():
    queue = _queue(_Downloader(busy={"z.test": 2}))
    queue.push(scrapy.Request("http://a.test/"))
    queue.push(scrapy.Request("http://z.test/roster", priority=10))
    assert queue.pop().url == "http://a.test/"
    assert queue.pop().url == "http://z.test/roster"


def test_requests_spill_to_disk_past_the_memory_limit(tmp_path):
    crawler = _crawler(_Downloader(), JOBDIR=str(tmp_path / "job"), PRECEDENT_MEMORY_QUEUE_LIMIT=3,
                       LOG_UNSERIALIZABLE_REQUESTS=True)
    scheduler = SpillingScheduler.from_crawler(crawler)
    spider = scrapy.Spider(name="s")
    spider.crawler = crawler
    scheduler.open(spider)
    urls = [f"http://h{i}.test/p" for i in range(10)]
    for url in urls:
        assert scheduler.enqueue_request(scrapy.Request(url, dont_filter=True))
    stats = crawler.stats.get_stats()
    assert stats["scheduler/enqueued/memory"] == 3
    assert stats["scheduler/enqueued/disk"] == 7
    out = []
    while (request := scheduler.next_request()) is not None:
        out.append(request.url)
    assert sorted(out) == sorted(urls)
    scheduler.close("finished")


# --- a whole crawl with the pool and the warm-up -----------------------------------------------


@pytest.mark.skipif(not have_chromium(), reason="Debian chromium is not installed")
@pytest.mark.parametrize("workers", ["1", "thread"])
def test_a_crawl_with_workers_and_warmup_finds_every_roster(tmp_path, workers):
    from crawler.jobs import new_run_dir, run_crawl
    from crawler.proving import roster_scores
    from db.runstore import iter_items
    from demoweb.server import running_web

    with running_web(programs=24, seed=11, year=2026) as web:
        run_dir = new_run_dir(tmp_path / "runs")
        stats = run_crawl(run_dir, registry=web.registry_url, academic_year=2026, env="ci",
                          quiet=True, settings={"PRECEDENT_EXTRACT_WORKERS": workers,
                                                "PRECEDENT_BROWSER_WARMUP": "True"})
        truth = web.truth
    scores = roster_scores(run_dir, truth)
    for split in scores.values():
        assert split["recall"] == 1.0 and split["precision"] == 1.0, split
    found = {(i["program_id"], i["name"]) for i in iter_items(run_dir)
             if i["item_type"] == "resident"}
    shown = {(p["id"], name) for p in truth["programs"] for page in p["roster_pages"]
             if page["url"] in p["roster_urls"] for name in page["residents"]}
    assert len(found & shown) >= 0.99 * len(shown)
    assert len(found & shown) >= 0.98 * len(found)
    assert stats.get("playwright/browser_count", 0) <= 1  # one scheme, one browser
    assert stats["precedent/cpu_seconds"] > 0


@pytest.mark.skipif(not have_chromium(), reason="Debian chromium is not installed")
def test_the_warmed_up_browser_is_ready_before_the_first_page_is_fetched(tmp_path):
    """The spider waits for the warm-up's launch before its first request."""
    from crawler.jobs import new_run_dir, run_crawl
    from demoweb.server import running_web

    with running_web(programs=3, seed=11, year=2026) as web:
        run_dir = new_run_dir(tmp_path / "runs")
        stats = run_crawl(run_dir, registry=web.registry_url, academic_year=2026, env="ci",
                          quiet=True, settings={"PRECEDENT_BROWSER_WARMUP": "True"})
    assert stats["playwright/browser_count"] == 1
    assert 0 < stats["precedent/phase/browser_ready_s"] < stats["precedent/phase/first_plain_s"]
    assert stats["precedent/phase/first_plain_s"] <= stats["precedent/phase/last_plain_s"]
    assert stats["precedent/phase/last_plain_s"] <= stats["precedent/phase/closed_s"]


def test_without_the_warm_up_nothing_waits_for_a_browser(tmp_path):
    from crawler.jobs import new_run_dir, run_crawl
    from demoweb.server import running_web

    with running_web(programs=1, seed=11, year=2026) as web:
        run_dir = new_run_dir(tmp_path / "runs")
        stats = run_crawl(run_dir, registry=web.registry_url, academic_year=2026, env="ci",
                          quiet=True, settings={"PRECEDENT_BROWSER_WARMUP": "False"})
    assert "precedent/phase/browser_ready_s" not in stats
    assert stats["precedent/phase/first_plain_s"] > 0
    # The loop's lag was sampled (every 100 ms) while the crawl ran.
    lag = {q: stats[f"precedent/loop_lag_ms/{q}"] for q in ("p50", "p95", "max")}
    assert 0 <= lag["p50"] <= lag["p95"] <= lag["max"], lag
