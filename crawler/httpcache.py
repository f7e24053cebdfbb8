"""The HTTP side of refreshes: Scrapy's cache as ``crawler.refresh.refresh_settings`` configures
it, and the download handler of the ``revisit`` spider.

Kept apart from :mod:`crawler.refresh` so that the ``precedent`` command, which only prepares
and follows a refresh, does not import Scrapy itself.
"""

from __future__ import annotations

from pathlib import Path

from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.extensions.httpcache import DbmCacheStorage, RFC2616Policy


class RevalidatingPolicy(RFC2616Policy):
    def should_cache_request(self, request) -> bool:
        if request.meta.get("playwright"):
            return False
        return super().should_cache_request(request)

    def is_cached_response_fresh(self, cachedresponse, request) -> bool:
        # A refresh always asks: set the validators the cached copy has, never serve it unasked.
        self._set_conditional_validators(request, cachedresponse)
        return False


class SharedDbmCacheStorage(DbmCacheStorage):
    """Scrapy's dbm cache in one file for every spider (Scrapy names the file after the
    spider): the ``revisit`` and ``rosters`` passes ask for the same pages."""

    FILE = "rosters.db"

    def open_spider(self, spider) -> None:
        self.db = self.dbmodule.open(str(Path(self.cachedir, self.FILE)), "c")
        self._fingerprinter = spider.crawler.request_fingerprinter


class QuickCloseHTTPDownloadHandler(HTTP11DownloadHandler):
    """Scrapy's HTTP/1.1 handler, waiting 0.1 s instead of 1 s for idle keep-alive connections
    to close when the crawl ends: a revisit is short, and that wait was up to half of it. The
    process exits right after, which closes whatever is left."""

    def __init__(self, crawler) -> None:
        super().__init__(crawler)
        self._disconnect_timeout = 0.1  # type: ignore[assignment]
