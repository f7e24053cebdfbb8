"""Have Chromium ready before the crawl gets busy, not when the first JS roster needs it.

scrapy-playwright starts Playwright's driver when the engine starts and launches the browser on
the first rendered request. Both talk to the driver through the crawl's event loop, and once
the crawl is busy parsing plain pages that loop answers slowly: measured on the 117-program demo
web (2 cores), the driver start and launch took about 4 s under load against well under 1 s on
an idle loop, and every rendered roster waited for them.

So the browser is launched as the engine starts (for ``http``; for ``https`` at its first
request, since each scheme has its own handler and browser), and the spider's ``start`` waits
for it, at most ``PRECEDENT_BROWSER_WARMUP_WAIT`` seconds (:func:`browser_ready`), before its
first request. A crawl that never renders pays that idle second once; a failed launch is logged
and the first rendered request tries again and records its own error.
``PRECEDENT_BROWSER_WARMUP = False`` turns all of this off (e.g. in the test environment). It
calls a private method of scrapy-playwright (pinned in pyproject); if that method goes away, the
extension does nothing.
"""

from __future__ import annotations

import asyncio
import logging

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.httpobj import urlparse_cached

from crawler.extensions.runstats import seconds_since_start

logger = logging.getLogger(__name__)


class BrowserWarmupExtension:
    def __init__(self, crawler):
        self.crawler = crawler
        self.tasks: dict[str, asyncio.Task | None] = {}

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("PRECEDENT_BROWSER_WARMUP", True):
            raise NotConfigured
        ext = cls(crawler)
        crawler.signals.connect(ext.engine_started, signal=signals.engine_started)
        crawler.signals.connect(ext.request_scheduled, signal=signals.request_scheduled)
        return ext

    def engine_started(self) -> None:
        self.warm("http")

    def request_scheduled(self, request, spider=None) -> None:
        self.warm(urlparse_cached(request).scheme)

    def warm(self, scheme: str) -> None:
        """Launch the browser of ``scheme``'s handler in the background, once."""
        if scheme in self.tasks or scheme not in ("http", "https"):
            return
        handlers = getattr(self.crawler.engine.downloader, "handlers", None)
        get = getattr(handlers, "_get_handler", None)
        handler = get(scheme) if get else None
        if getattr(handler, "_maybe_launch_browser", None) is None:
            self.tasks[scheme] = None
            return
        task = asyncio.get_event_loop().create_task(self._launch(handler))
        task.add_done_callback(self._done)
        self.tasks[scheme] = task

    async def ready(self, timeout: float) -> None:
        """Launch (if not yet started) and wait, at most ``timeout`` seconds in all."""
        self.warm("http")
        pending = [t for t in self.tasks.values() if t is not None and not t.done()]
        if pending:
            await asyncio.wait(pending, timeout=timeout)

    @staticmethod
    async def _launch(handler) -> None:
        # The handler starts Playwright on the same signal; the browser can launch once it has.
        for _ in range(200):
            provider = getattr(handler, "browser_provider", None)
            if getattr(provider, "browser_type", None) is not None:
                break
            await asyncio.sleep(0.05)
        await handler._maybe_launch_browser()

    def _done(self, task: asyncio.Task) -> None:
        if task.cancelled():
            return
        if task.exception() is not None:
            # The first rendered request will try again and record its own error.
            logger.warning("browser warm-up failed: %s", task.exception())
            return
        stats = self.crawler.stats
        stats.max_value("precedent/phase/browser_ready_s", seconds_since_start(stats))


async def browser_ready(crawler) -> None:
    """In a spider's ``start``: wait (bounded) for the warm-up's browser, if there is one."""
    for ext in getattr(getattr(crawler, "extensions", None), "middlewares", ()):
        if isinstance(ext, BrowserWarmupExtension):
            await ext.ready(crawler.settings.getfloat("PRECEDENT_BROWSER_WARMUP_WAIT", 10.0))
