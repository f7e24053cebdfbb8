"""Write the crawl's Scrapy stats into the run directory when the spider closes.

Besides Scrapy's own counters it notes where the crawl's time went: seconds from the spider's
opening (Scrapy's ``start_time``) to the first and last plain (not rendered) response, to the
first and last rendered one, and to the close (``precedent/phase/*``; the browser warm-up adds
``browser_ready_s``). A crawl whose last minutes are spent waiting on the browser looks
different there from one that is busy parsing.

It also samples the event loop's lag: a timer asks to wake every 100 ms and notes how late it
woke (``precedent/loop_lag_ms/p50``, ``p95``, ``max``). Everything the crawl does, Chromium's
messages included, waits that long for the loop: on the 2-core demo crawl, parsing plain pages
inline, the loop managed a few hundred turns a second and rendered pages waited seconds for
their first message from Playwright's driver.
"""

from __future__ import annotations

import asyncio
import json
import resource
import time
from datetime import datetime
from pathlib import Path

from scrapy import signals


class RunStatsExtension:
    def __init__(self, crawler, run_dir: str):
        self.crawler = crawler
        self.run_dir = Path(run_dir)
        self.phase: dict[str, float] = {}
        self.lags: list[float] = []
        self.sampler: asyncio.Task | None = None

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler, crawler.settings.get("PRECEDENT_RUN_DIR") or "")
        if crawler.settings.get("PRECEDENT_RUN_DIR"):
            crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
            crawler.signals.connect(ext.response_received, signal=signals.response_received)
            crawler.signals.connect(ext.engine_started, signal=signals.engine_started)
        return ext

    def engine_started(self) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # not on the asyncio reactor: no sampling
            return
        self.sampler = loop.create_task(self._sample_lag())

    async def _sample_lag(self, every: float = 0.1) -> None:
        while True:
            asked = time.monotonic()
            await asyncio.sleep(every)
            self.lags.append((time.monotonic() - asked - every) * 1000)

    def response_received(self, response, request, spider=None) -> None:
        at = seconds_since_start(self.crawler.stats)
        kind = "render" if request.meta.get("playwright") else "plain"
        self.phase.setdefault(f"first_{kind}_s", at)
        self.phase[f"last_{kind}_s"] = at

    def spider_closed(self, spider, reason):
        # CPU the crawl process itself used (not Chromium's or extraction workers'): what a
        # busy machine's wall-clock figures hide.
        usage = resource.getrusage(resource.RUSAGE_SELF)
        self.crawler.stats.set_value("precedent/cpu_seconds", round(usage.ru_utime + usage.ru_stime, 2))
        for name, at in self.phase.items():
            self.crawler.stats.set_value(f"precedent/phase/{name}", at)
        if self.sampler is not None:
            self.sampler.cancel()
        if self.lags:
            lags = sorted(self.lags)
            for name, q in (("p50", 0.5), ("p95", 0.95), ("max", 1.0)):
                value = lags[min(len(lags) - 1, int(q * len(lags)))]
                self.crawler.stats.set_value(f"precedent/loop_lag_ms/{name}", round(value, 1))
        self.crawler.stats.set_value("precedent/phase/closed_s",
                                     seconds_since_start(self.crawler.stats))
        stats = {
            k: (v.isoformat() if isinstance(v, datetime) else v)
            for k, v in self.crawler.stats.get_stats().items()
        }
        stats["finish_reason"] = reason
        self.run_dir.mkdir(parents=True, exist_ok=True)
        tmp = self.run_dir / "stats.json.tmp"
        tmp.write_text(json.dumps(stats, indent=2, sort_keys=True, default=str), encoding="utf-8")
        tmp.replace(self.run_dir / "stats.json")


def seconds_since_start(stats) -> float:
    """Seconds since the spider opened (Scrapy's ``start_time`` stat; 0 before it is set)."""
    start = stats.get_value("start_time")
    return round(time.time() - start.timestamp(), 3) if start else 0.0
