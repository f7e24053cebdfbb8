"""Politeness beyond Scrapy's defaults: robots.txt ``Crawl-delay`` and ``Sitemap:`` lines, and
retries that back off and honour ``Retry-After``.

Scrapy's robots.txt middleware decides allow/deny only; a site that asks for ``Crawl-delay: 5``
gets it here, as a floor on its download slot's delay that AutoThrottle cannot lower. The
``Sitemap:`` lines it read are kept so discovery need not fetch robots.txt a second time.

It also holds robots.txt for every request that waited for it. Scrapy 2.19's ``robot_parser``
lets the requests that arrive while a host's robots.txt is being fetched await one shared
Deferred; with the asyncio reactor the first waiter gets the parser and every later one gets
``None``, which reads as "no robots.txt": allowed. Whether a disallowed page was fetched then
depended on which request reached the host first (``tests/test_robots_waiters.py``). The parser
is stored on the middleware before the Deferred fires, so a waiter that got ``None`` reads it
from there.
"""

from __future__ import annotations

import asyncio
import logging
from email.utils import parsedate_to_datetime
from time import time

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred

logger = logging.getLogger(__name__)


class RobotsPolitenessMiddleware(RobotsTxtMiddleware):
    """robots.txt allow/deny as Scrapy does, plus Crawl-delay and Sitemap lines."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.crawl_delays: dict[str, float] = {}
        self.sitemaps: dict[str, list[str]] = {}
        self.max_crawl_delay = crawler.settings.getfloat("PRECEDENT_MAX_CRAWL_DELAY", 60.0)
        crawler.precedent_robots = self

    async def robot_parser(self, request):
        parser = await super().robot_parser(request)
        if parser is None:
            stored = self._parsers.get(urlparse_cached(request).netloc)
            if stored is not None and not isinstance(stored, Deferred):
                return stored
        return parser

    def process_request_2(self, rp, request) -> None:
        netloc = urlparse_cached(request).netloc
        if rp is not None and netloc not in self.crawl_delays:
            ua = self._robotstxt_useragent or request.headers.get(b"User-Agent", self._default_useragent)
            try:
                delay = rp.crawl_delay(ua)
            except Exception:  # noqa: BLE001 - a parser quirk must not stop the request
                delay = None
            self.crawl_delays[netloc] = min(float(delay or 0.0), self.max_crawl_delay)
            self.sitemaps[netloc] = list(getattr(getattr(rp, "rp", None), "sitemaps", []) or [])
            if delay:
                logger.info("%s asks for Crawl-delay %s s", netloc, delay)
        self._apply_delay(request)
        super().process_request_2(rp, request)

    def process_response(self, request, response, spider=None):
        # AutoThrottle lowers slot delays on every response; put the site's floor back.
        self._apply_delay(request)
        return response

    def _apply_delay(self, request) -> None:
        delay = self.crawl_delays.get(urlparse_cached(request).netloc)
        if not delay or self.crawler.engine is None:
            return
        downloader = self.crawler.engine.downloader
        _, slot = downloader._get_slot(request)  # noqa: SLF001 - no public way to reach a slot
        if slot.delay < delay:
            slot.delay = delay
        if hasattr(slot, "jitter"):
            slot.jitter = 0.0  # the site named its delay: no random shortening

    def sitemaps_for(self, netloc: str) -> list[str]:
        return self.sitemaps.get(netloc, [])


def retry_after_seconds(value: bytes | str | None, now: float | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text).timestamp()
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when - (now or time()))


class BackoffRetryMiddleware(RetryMiddleware):
    """Retry 429/5xx after the server's Retry-After, or after an exponential backoff.

    The wait happens inside the download slot, so the whole site slows down, as a server that
    answers 429 asks. A Retry-After longer than ``RETRY_MAX_WAIT`` is not waited for: the page is
    recorded as failed with its status.
    """

    def __init__(self, settings):
        super().__init__(settings)
        self.base = settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        self.max_wait = settings.getfloat("RETRY_MAX_WAIT", 30.0)

    async def process_response(self, request, response, spider=None):
        if request.meta.get("dont_retry") or response.status not in self.retry_http_codes:
            return response
        tries = request.meta.get("retry_times", 0)
        if tries >= request.meta.get("max_retry_times", self.max_retry_times):
            return self._retry(request, f"HTTP {response.status}") or response
        wait = retry_after_seconds(response.headers.get(b"Retry-After"))
        if wait is None:
            wait = self.base * (2**tries)
        if wait > self.max_wait:
            logger.warning("%s asks to retry after %.0f s; not waiting", request.url, wait)
            return response
        self.crawler.stats.inc_value("precedent/retry_wait_s", round(wait, 1))
        await asyncio.sleep(wait)
        return self._retry(request, f"HTTP {response.status}") or response
