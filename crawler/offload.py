"""Extraction off the crawl's event loop: a process pool for the CPU-heavy parsing.

Scrapy runs every callback on one event loop. Reading a roster (lxml + spaCy rules) or an info
page's facts takes milliseconds of CPU per page; run inline, that time stalls every download in
flight and every message Chromium sends back. Here the parsing runs in worker processes (spawned,
never forked: the crawl process has an event loop and Playwright's driver running) and the
callback awaits the result, so the loop keeps fetching while a page is read, on another core.

``workers=0`` keeps everything inline (the test environment). ``workers="thread"`` parses in one
thread of the crawl process: no more CPU for the parsing (the GIL is shared), but the loop gets
the GIL back every switch interval (5 ms) instead of waiting out a whole page (4–270 ms), so
Chromium's messages and the downloads keep moving while a page is read. A pool that breaks (a
worker killed by the OOM killer) falls back to inline parsing for the rest of the crawl rather
than losing pages.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
from concurrent.futures import BrokenExecutor, Executor, ProcessPoolExecutor, ThreadPoolExecutor
from typing import Any

logger = logging.getLogger(__name__)


def default_workers() -> int | str:
    """Worker processes for the cores left after the crawl process and Chromium, at most two;
    with no core to spare, one parsing thread.

    On the 2-core test machine one worker process was no clear win on the 117-program crawl:
    five alternating runs each (2026-11-25, other suites running, load 1–6) took 10.4–12.5 s
    inline (median 12.2) and 9.6–13.6 s with a worker (median 11.1); the crawl process, Chromium
    and the worker share two cores, and shipping pages to a worker costs ~15 % more CPU in all
    and a process of memory. A thread costs neither: four alternating pairs (2026-11-26, load
    4–5) gave 39.7–46.8 pages/s against 26.2–41.5 inline, with the first render answered at
    5.7–8.9 s instead of 9.3–16.8 s (while plain pages were still being fetched)."""
    spare = (os.cpu_count() or 1) - 2
    return min(2, spare) if spare > 0 else "thread"


def pool_size(setting: object) -> int | str:
    """``PRECEDENT_EXTRACT_WORKERS`` as the pool takes it: empty means :func:`default_workers`."""
    if setting in (None, ""):
        return default_workers()
    if str(setting).strip().lower() == "thread":
        return "thread"
    return int(str(setting))


# The crawl process imports spaCy only if it parses inline (no workers, or a broken pool):
# the readers are looked up where they run.


def read_residents(*args: Any, **kwargs: Any) -> list:
    from extract.roster import extract_residents

    return extract_residents(*args, **kwargs)


def read_facts(*args: Any, **kwargs: Any) -> list:
    from extract.facts import extract_facts

    return extract_facts(*args, **kwargs)


def _warm() -> None:
    """Build the spaCy pipelines once per worker, before the first page arrives."""
    read_residents("<p>Jane Doe, MD. PGY-1.</p>", "http://localhost/")
    read_facts(b"<p>We sponsor J-1 visas.</p>", "http://localhost/")


class ExtractionPool:
    """Where pages are parsed: worker processes (``workers`` > 0), one thread (``"thread"``)
    or inline (0)."""

    def __init__(self, workers: int | str):
        self.workers = workers
        self._executor: Executor | None = None
        if workers == "thread":
            self._executor = ThreadPoolExecutor(1, "extract", initializer=_warm)
        elif int(workers) > 0:
            self._executor = ProcessPoolExecutor(
                int(workers), mp_context=multiprocessing.get_context("spawn"), initializer=_warm
            )

    async def residents(self, body: Any, url: str, **kwargs: Any) -> list:
        return await self._run(read_residents, body, url, **kwargs)

    async def facts(self, body: Any, url: str, **kwargs: Any) -> list:
        return await self._run(read_facts, body, url, **kwargs)

    async def _run(self, fn, *args: Any, **kwargs: Any) -> list:
        if self._executor is not None:
            try:
                future = self._executor.submit(fn, *args, **kwargs)
                return await asyncio.wrap_future(future)
            except BrokenExecutor as error:
                logger.warning("extraction workers broke (%s); parsing inline from here", error)
                self._executor = None
        return fn(*args, **kwargs)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
