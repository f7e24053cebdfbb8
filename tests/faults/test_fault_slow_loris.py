"""Slow answers and slow-loris responses.

A roster that takes 2 s to answer (demo web ``slow``) is waited for. A roster of our own that
sends its headers, then one byte a second forever, is cut at ``DOWNLOAD_TIMEOUT`` on every try:
the page is recorded as timed out, the crawl ends in bounded time, and the other programs keep
their residents.
"""

from __future__ import annotations

import asyncio
import time

import pytest
from aiohttp import web

from tests.faults.conftest import HOME, clean, crawl, local_site, site_program, with_fault

TIMEOUT = 4  # above the demo web's 2 s slow roster, far below a drip that never ends
RETRIES = 1


async def home(request: web.Request) -> web.Response:
    return web.Response(text=HOME, content_type="text/html")


async def loris(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse(headers={"Content-Type": "text/html; charset=utf-8"})
    response.enable_chunked_encoding()
    await response.prepare(request)
    try:
        await response.write(b"<html><body><h1>Current Residents</h1>")
        for _ in range(600):
            await asyncio.sleep(1.0)
            await response.write(b" ")
    except (ConnectionError, RuntimeError):
        pass
    return response


@pytest.fixture(scope="module")
def run(fault_web, tmp_path_factory):
    truth = fault_web.truth
    slow, control = with_fault(truth, "slow", 1), clean(truth, 1)
    with local_site({"/": home, "/residents/": loris}, "127.0.66.1") as url:
        dripping = site_program("Slow Loris University Program", url)
        started = time.monotonic()
        result = crawl([dripping, *slow, *control], tmp_path_factory.mktemp("loris"), web=fault_web,
                       settings={"DOWNLOAD_TIMEOUT": str(TIMEOUT), "RETRY_TIMES": str(RETRIES)})
        seconds = time.monotonic() - started
    return dripping, slow[0], control, result, seconds


def test_run_completes_in_bounded_time(run):
    _, _, _, result, seconds = run
    result.assert_completed()
    # Two tries of TIMEOUT each on the loris, plus Scrapy's start-up and the other programs.
    assert seconds < 60, seconds


def test_the_dripping_roster_is_recorded_as_timed_out(run):
    dripping, _, _, result, _ = run
    roster = [p for p in result.pages(dripping["id"]) if p["url"].endswith("/residents/")]
    assert roster and all(p["error"] == "timed out" for p in roster), roster
    assert result.names(dripping["id"]) == set()
    assert result.status(dripping["id"])["reason"]


def test_a_slow_roster_is_waited_for(run):
    _, slow, _, result, _ = run
    assert result.recall(slow) >= 0.9, result.status(slow["id"])


def test_the_other_programs_lose_nothing(run):
    _, _, control, result, _ = run
    for program in control:
        assert result.recall(program) >= 0.9
