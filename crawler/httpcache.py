"""The HTTP cache of refreshes (Scrapy's, configured by ``crawler.refresh.refresh_settings``).

Kept apart from :mod:`crawler.refresh` so that the ``precedent`` command, which only prepares
and follows a refresh, does not import Scrapy itself.
"""

from __future__ import annotations

from pathlib import Path

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
