"""Start Chromium in the background as the crawl starts, not when the first JS roster needs it.

scrapy-playwright launches its browser on the first rendered request, so the launch (1–2 s of
CPU) lands on the critical path of whichever roster needs it first. Started in the background at
the first request of each scheme (http and https have a handler, and a browser, each), the launch
overlaps the first plain fetches. Nothing waits for it: a crawl
that never renders just pays for a browser it did not use (``PRECEDENT_BROWSER_WARMUP = False``
turns this off, e.g. in the test environment). It calls a private method of scrapy-playwright
(pinned in pyproject); if that method goes away, the extension does nothing.
"""

from __future__ import annotations

import asyncio
import logging

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.httpobj import urlparse_cached

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
        crawler.signals.connect(ext.request_scheduled, signal=signals.request_scheduled)
        return ext

    def request_scheduled(self, request, spider=None) -> None:
        scheme = urlparse_cached(request).scheme
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
        if not task.cancelled() and task.exception() is not None:
            # The first rendered request will try again and record its own error.
            logger.warning("browser warm-up failed: %s", task.exception())
