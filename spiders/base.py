"""Shared machinery of Precedent's spiders: provenance, page records, error handling.

Every request has an errback: a handled failure becomes one log line and a ``PageItem`` with
the error, and the crawl goes on. A traceback in the log means a bug, not a bad website.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import (
    ConnectError,
    ConnectionLost,
    ConnectionRefusedError,
    DNSLookupError,
    TCPTimedOutError,
    TimeoutError,
)
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

from crawler.items import PageItem

logger = logging.getLogger(__name__)


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


BROWSER_LAUNCH_FAILED = "browser failed to launch"


def describe_failure(failure: Any) -> tuple[int | None, str]:
    """(HTTP status or None, a short human reason) for a request failure."""
    exc = failure.value
    if failure.check(HttpError):
        status = exc.response.status
        return status, f"HTTP {status}"
    if failure.check(IgnoreRequest):
        msg = str(exc) or "ignored"
        if "robots" in msg.lower():
            return None, "robots.txt disallows"
        if "redirect" in msg.lower():
            return None, "redirect loop or too many redirects"
        return None, f"ignored: {msg[:120]}"
    if failure.check(DNSLookupError):
        return None, "DNS lookup failed"
    if failure.check(TimeoutError, TCPTimedOutError):
        return None, "timed out"
    if failure.check(ConnectionRefusedError, ConnectError):
        return None, "connection refused"
    if failure.check(ResponseNeverReceived, ResponseFailed, ConnectionLost):
        return None, "connection lost"
    name = type(exc).__name__
    if "BrowserType.launch" in str(exc):  # Chromium missing, or crashing as it starts
        return None, f"{BROWSER_LAUNCH_FAILED}: {(str(exc).strip().splitlines() or [''])[0][:160]}"
    if "Cancel" in name or "maxsize" in str(exc).lower():
        return None, "response too large or cancelled"
    if "Timeout" in name:  # Playwright's TimeoutError
        return None, "timed out"
    first = (str(exc).strip().splitlines() or [""])[0]
    return None, f"{name}: {first[:160]}"


class PrecedentSpider(scrapy.Spider):
    """Base spider: run id, page records and an errback that never lets a failure escape."""

    run_id: str | None = None

    def request(self, url, callback, *, role, program_id=None, priority: int = 0,
                **meta) -> scrapy.Request:
        """Every request goes through here so that none lacks an errback. ``dont_filter``:
        duplicates are filtered per program by the spider itself, so that a request is never
        dropped without its callback or errback running (which would leave a program open)."""
        return scrapy.Request(
            url,
            callback=callback,
            errback=self.on_error,
            dont_filter=True,
            priority=priority,
            meta={"role": role, "program_id": program_id, **meta},
        )

    def page_item(self, response, role: str, program_id: str | None, **extra) -> PageItem:
        render = "browser" if response.meta.get("playwright") else "plain"
        self.crawler.stats.inc_value(f"precedent/pages/{render}")
        return PageItem(
            url=response.url,
            program_id=program_id,
            role=role,
            status=response.status,
            fetched_at=utc_now(),
            run_id=self.run_id,
            render=render,
            sha1=response.meta.get("precedent_sha1"),
            found_via=extra.pop("found_via", None) or response.meta.get("found_via"),
            **extra,
        )

    def page_item_for(self, url: str, role: str, program_id: str | None, *, render: str,
                      found_via: str | None = None) -> PageItem:
        """A page answered without a fetch of its own (a refresh reusing an unchanged render)."""
        self.crawler.stats.inc_value(f"precedent/pages/{render}")
        return PageItem(url=url, program_id=program_id, role=role, status=304,
                        fetched_at=utc_now(), run_id=self.run_id, render=render,
                        found_via=found_via)

    def failure_item(self, failure) -> tuple[PageItem, str]:
        """Record a failed request as a page with its error; log one line, no traceback."""
        request = failure.request
        status, reason = describe_failure(failure)
        role = request.meta.get("role", "other")
        self.crawler.stats.inc_value(f"precedent/errors/{reason.split(':')[0]}")
        logger.warning("%s %s failed: %s", role, request.url, reason)
        if reason.startswith(BROWSER_LAUNCH_FAILED) and not getattr(self, "_told_no_browser", False):
            self._told_no_browser = True
            executable = (self.settings.getdict("PLAYWRIGHT_LAUNCH_OPTIONS") or {}).get("executable_path")
            logger.error("Chromium at %s could not start (%s); pages that need a browser are "
                         "recorded as failed, plain pages are still crawled. Point PRECEDENT_CHROMIUM "
                         "at a working Chromium.", executable, reason.split(": ", 1)[-1])
        page = PageItem(
            url=request.url,
            program_id=request.meta.get("program_id"),
            role=role,
            status=status,
            fetched_at=utc_now(),
            run_id=self.run_id,
            error=reason,
            render="browser" if request.meta.get("playwright") else "plain",
            found_via=request.meta.get("found_via"),
        )
        return page, reason

    def on_error(self, failure):
        page, _ = self.failure_item(failure)
        yield page
