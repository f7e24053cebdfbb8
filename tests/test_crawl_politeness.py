"""Politeness on its own small web: Crawl-delay, 429 + Retry-After, robots disallow, redirect
loops. A real aiohttp server on four loopback addresses, a real crawl in a child process."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections import defaultdict

import pytest
from aiohttp import web

from crawler.jobs import new_run_dir, run_crawl
from crawler.middlewares.politeness import retry_after_seconds
from db.runstore import iter_items
from tests.helpers import free_port

HOSTS = {"delay": "127.0.55.1", "busy": "127.0.55.2", "strict": "127.0.55.3"}
CRAWL_DELAY = 1.0
ROSTER = (
    "<html><body><h1>Current Residents</h1><table><tr><th>Name</th><th>PGY</th>"
    "<th>Medical School</th></tr>{rows}</table>{more}</body></html>"
)
ROWS = [
    "<tr><td>Amara Okafor, MD</td><td>PGY-2</td><td>University of Lagos College of Medicine</td></tr>",
    "<tr><td>Daniel Brooks, DO</td><td>PGY-3</td><td>Kansas City University</td></tr>",
    "<tr><td>Priya Raman, MBBS</td><td>PGY-1</td><td>Madras Medical College</td></tr>",
    "<tr><td>Lucas Meyer, MD</td><td>PGY-4</td><td>Heidelberg University</td></tr>",
]
HOME = ('<html><body><h1>Neurosurgery Residency</h1><nav><a href="{prefix}">Home</a> '
        '<a href="{prefix}residents/">Current Residents</a></nav></body></html>')


class PoliteWeb:
    """Each host's request log: (path, monotonic time)."""

    def __init__(self, port: int):
        self.port = port
        self.log: dict[str, list[tuple[str, float]]] = defaultdict(list)
        self.busy_hits = 0

    async def handle(self, request: web.BaseRequest) -> web.Response:
        host = request.transport.get_extra_info("sockname")[0]
        path = request.path
        self.log[host].append((path, time.monotonic()))
        html = "text/html"
        if host == HOSTS["delay"]:
            if path == "/robots.txt":
                return web.Response(text=f"User-agent: *\nCrawl-delay: {CRAWL_DELAY:g}\n")
            if path == "/":
                return web.Response(text=HOME.format(prefix="/"), content_type=html)
            if path == "/residents/" and request.query.get("page") == "2":
                return web.Response(text=ROSTER.format(rows="".join(ROWS[2:]), more=""), content_type=html)
            if path == "/residents/":
                more = '<a rel="next" href="/residents/?page=2">Next</a>'
                return web.Response(text=ROSTER.format(rows="".join(ROWS[:2]), more=more), content_type=html)
        if host == HOSTS["busy"]:
            if path == "/":
                self.busy_hits += 1
                if self.busy_hits == 1:
                    return web.Response(status=429, text="slow down", headers={"Retry-After": "1"})
                return web.Response(text=HOME.format(prefix="/"), content_type=html)
            if path == "/residents/":
                return web.Response(text=ROSTER.format(rows="".join(ROWS), more=""), content_type=html)
        if host == HOSTS["strict"]:
            if path == "/robots.txt":
                return web.Response(text="User-agent: *\nDisallow: /blocked/residents/\n")
            if path == "/blocked/":
                return web.Response(text=HOME.format(prefix="/blocked/"), content_type=html)
            if path.startswith("/loop/"):
                nxt = "/loop/b/" if path == "/loop/a/" else "/loop/a/"
                raise web.HTTPFound(nxt)
        return web.Response(status=404, text="not found")


@pytest.fixture(scope="module")
def polite_crawl(tmp_path_factory):
    root = tmp_path_factory.mktemp("polite")
    port = free_port()
    site = PoliteWeb(port)
    loop = asyncio.new_event_loop()
    ready = threading.Event()

    async def serve():
        runner = web.ServerRunner(web.Server(site.handle), access_log=None)
        await runner.setup()
        for host in HOSTS.values():
            await web.TCPSite(runner, host, port).start()
        ready.set()
        return runner

    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    runner = asyncio.run_coroutine_threadsafe(serve(), loop).result(10)
    ready.wait(10)
    programs = root / "programs.csv"
    base = {k: f"http://{h}:{port}" for k, h in HOSTS.items()}
    programs.write_text(
        "name,website\n"
        f"Delay Program,{base['delay']}/\n"
        f"Busy Program,{base['busy']}/\n"
        f"Blocked Program,{base['strict']}/blocked/\n"
        f"Loop Program,{base['strict']}/loop/a/\n",
        encoding="utf-8",
    )
    run_dir = new_run_dir(root / "runs")
    try:
        run_crawl(run_dir, programs_file=str(programs), academic_year=2026, env="ci", quiet=True)
    finally:
        asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
    items = list(iter_items(run_dir))
    return site, base, run_dir, items


def _status(items, website_prefix):
    pid = next(i["program_id"] for i in items if i["item_type"] == "program"
               and i["website"].startswith(website_prefix))
    return next(i for i in items if i["item_type"] == "program_status" and i["program_id"] == pid)


def test_crawl_delay_spaces_requests_to_one_host(polite_crawl):
    site, *_ = polite_crawl
    times = [t for path, t in site.log[HOSTS["delay"]] if path != "/robots.txt"]
    assert len(times) >= 3
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert min(gaps) >= CRAWL_DELAY * 0.9, gaps


def test_paginated_roster_pages_are_both_rosters(polite_crawl):
    _, base, _, items = polite_crawl
    status = _status(items, base["delay"])
    assert sorted(status["roster_urls"]) == [f"{base['delay']}/residents/", f"{base['delay']}/residents/?page=2"]


def test_429_is_retried_after_retry_after(polite_crawl):
    site, base, _, items = polite_crawl
    homes = [t for path, t in site.log[HOSTS["busy"]] if path == "/"]
    assert len(homes) == 2
    assert homes[1] - homes[0] >= 0.9
    assert _status(items, base["busy"])["roster_urls"] == [f"{base['busy']}/residents/"]


def test_robots_disallowed_roster_is_the_reason(polite_crawl):
    site, base, _, items = polite_crawl
    assert "/blocked/residents/" not in [p for p, _ in site.log[HOSTS["strict"]]]
    status = _status(items, base["strict"] + "/blocked/")
    assert status["roster_urls"] == []
    assert "robots.txt disallows" in status["reason"]


def test_redirect_loop_is_stopped_and_recorded(polite_crawl):
    site, base, _, items = polite_crawl
    loops = [p for p, _ in site.log[HOSTS["strict"]] if p.startswith("/loop/")]
    assert len(loops) <= 8
    status = _status(items, base["strict"] + "/loop/")
    assert "redirect" in status["reason"]


def test_every_failure_is_one_line_without_traceback(polite_crawl):
    _, _, run_dir, _ = polite_crawl
    log = (run_dir / "crawl.log").read_text(encoding="utf-8")
    assert "Traceback" not in log
    assert log.count("failed: redirect loop") == 1


def test_user_agent_names_the_project_and_a_contact_url():
    from crawler.settings.base import USER_AGENT

    assert "Precedent" in USER_AGENT and "+http" in USER_AGENT


@pytest.mark.parametrize("value,expected", [("1", 1.0), (b"120", 120.0), ("soon", None), (None, None)])
def test_retry_after_values(value, expected):
    assert retry_after_seconds(value) == expected


def test_retry_after_http_date():
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:10 GMT", now=1445412480.0) == pytest.approx(10.0)


def test_stats_are_written(polite_crawl):
    _, _, run_dir, _ = polite_crawl
    stats = json.loads((run_dir / "stats.json").read_text(encoding="utf-8"))
    assert stats["precedent/programs_done"] == 4
