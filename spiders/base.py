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
from twisted.internet.error import DNSLookupError, TCPTimedOutError, TimeoutError

from crawler.items import PageItem, ProgramStatusItem

logger = logging.getLogger(__name__)


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def describe_failure(failure: Any) -> tuple[int | None, str]:
    """(HTTP status or None, a short human reason) for a request failure."""
    exc = failure.value
    if failure.check(HttpError):
        status = exc.response.status
        return status, f"HTTP {status}"
    if failure.check(IgnoreRequest):
        msg = str(exc) or "ignored"
        if "robots" in msg.lower() or "Forbidden by robots.txt" in msg:
            return None, "robots.txt disallows"
        return None, f"ignored: {msg[:120]}"
    if failure.check(DNSLookupError):
        return None, "DNS lookup failed"
    if failure.check(TimeoutError, TCPTimedOutError):
        return None, "timed out"
    return None, f"{type(exc).__name__}: {str(exc)[:160]}"


class PrecedentSpider(scrapy.Spider):
    """Base spider: run id, page records and an errback that never lets a failure escape."""

    run_id: str | None = None

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
            found_via=response.meta.get("found_via"),
            **extra,
        )

    def on_error(self, failure):
        request = failure.request
        status, reason = describe_failure(failure)
        role = request.meta.get("role", "other")
        program_id = request.meta.get("program_id")
        self.crawler.stats.inc_value(f"precedent/errors/{reason.split(':')[0]}")
        logger.warning("%s %s failed: %s", role, request.url, reason)
        yield PageItem(
            url=request.url,
            program_id=program_id,
            role=role,
            status=status,
            fetched_at=utc_now(),
            run_id=self.run_id,
            error=reason,
            render="browser" if request.meta.get("playwright") else "plain",
            found_via=request.meta.get("found_via"),
        )
        if program_id and role in ("home", "roster"):
            yield ProgramStatusItem(program_id, [], f"{role} page {request.url}: {reason}", self.run_id)
