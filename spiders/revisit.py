"""``revisit``: a refresh's first pass over the pages the last run fetched.

Every page the last run fetched for a program (home, roster pages, info pages, the data
endpoints of a script-rendered roster, the failures too) is asked for again at once, with its
validators (``If-None-Match`` / ``If-Modified-Since`` through the revalidating HTTP cache, see
:mod:`crawler.refresh`), rather than one discovery step after another. A program whose every
page answers as it did last time (same URL, status and content hash, or the same error) is
*carried forward*: the last run's items for it (program, pages, residents, facts, status),
stamped with this run. A rendered roster is carried forward with its page and data endpoints,
as the ``rosters`` spider reuses an unchanged render. Any other program (a page changed, moved,
redirects elsewhere, fails, or works again) is written to ``rediscover.jsonl`` in the run
directory, and the refresh crawls it with the ``rosters`` spider from its home page: discovery
is the fallback, never skipped for a program whose pages changed.

Nothing here parses a page, so neither the extractor nor spaCy is imported, and no browser is
started: run it with ``-s SPIDER_MODULES=spiders.revisit`` so that Scrapy's spider loader does
not import the other spiders either (``crawler.refresh.revisit_command``).

    scrapy crawl revisit -a last_run=DIR -a programs=FILE -a run_id=ID
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import scrapy

from crawler.items import PageItem, item_from_dict
from db.runstore import iter_items
from spiders.base import PrecedentSpider, describe_failure, utc_now

logger = logging.getLogger(__name__)


@dataclass
class LastRun:
    """One program's items in the last run."""

    program: dict[str, Any] | None = None
    status: dict[str, Any] | None = None
    pages: list[dict[str, Any]] = field(default_factory=list)
    residents: list[dict[str, Any]] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)

    def fetched(self) -> dict[str, dict[str, Any]]:
        """URL → the last answer, for every page fetched without a browser (the pages a
        browser rendered are products of these: a page and its data endpoints)."""
        out: dict[str, dict[str, Any]] = {}
        for page in self.pages:
            if page.get("render") == "plain":
                out.setdefault(page["url"], page)
        return out


def last_run_by_program(run_dir: Path) -> dict[str, LastRun]:
    runs: dict[str, LastRun] = {}
    for item in iter_items(run_dir):
        pid = item.get("program_id")
        if not pid:
            continue  # listing pages
        last = runs.setdefault(pid, LastRun())
        kind = item.get("item_type")
        if kind == "program":
            last.program = item
        elif kind == "program_status":
            last.status = item
        elif kind == "page":
            last.pages.append(item)
        elif kind == "resident":
            last.residents.append(item)
        elif kind == "fact":
            last.facts.append(item)
    return runs


@dataclass
class Revisit:
    row: dict[str, Any]  # the program as the refresh lists it (programs.jsonl)
    last: LastRun
    expected: dict[str, dict[str, Any]]
    pending: int = 0
    changed: list[str] = field(default_factory=list)


class RevisitSpider(PrecedentSpider):
    name = "revisit"
    # Scrapy's own HTTP handler: nothing is rendered here, so Playwright is never started.
    custom_settings = {"DOWNLOAD_HANDLERS": {
        scheme: "crawler.httpcache.QuickCloseHTTPDownloadHandler" for scheme in ("http", "https")}}

    ARCHIVE = "crawler.middlewares.archive.RawArchiveMiddleware"

    @classmethod
    def update_settings(cls, settings) -> None:
        """The raw archive is linked from the last run's for the programs carried forward
        instead of written again page by page (the ``rosters`` pass archives what it fetches).
        All of a host's pages are asked for at once here; robots.txt holds for every request
        that waited for it (``crawler.middlewares.politeness``)."""
        super().update_settings(settings)
        middlewares = dict(settings.getdict("DOWNLOADER_MIDDLEWARES"))
        middlewares[cls.ARCHIVE] = None
        settings.set("DOWNLOADER_MIDDLEWARES", middlewares, priority="spider")

    def __init__(self, last_run: str | None = None, programs: str | None = None,
                 run_id: str | None = None, **kw):
        super().__init__(**kw)
        if not (last_run and programs):
            raise ValueError("revisit needs -a last_run=DIR and -a programs=FILE")
        self.last_run = Path(last_run)
        self.programs_file = programs
        self.run_id = run_id
        self.open: dict[str, Revisit] = {}

    @property
    def rediscover_path(self) -> Path:
        return Path(self.settings.get("PRECEDENT_RUN_DIR") or ".") / "rediscover.jsonl"

    async def start(self):
        last = last_run_by_program(self.last_run)
        self.rediscover_path.unlink(missing_ok=True)
        rows = [json.loads(line) for line in
                Path(self.programs_file).read_text(encoding="utf-8").splitlines() if line.strip()]
        for row in rows:
            self.crawler.stats.inc_value("precedent/programs")
            prev = last.get(row["program_id"])
            if prev is None or prev.program is None or prev.status is None:
                self.rediscover(row, "not closed in the last run")
                continue
            state = Revisit(row, prev, prev.fetched())
            if not state.expected:
                for item in self.carry(state):  # nothing fetched last time (no website listed)
                    yield item
                continue
            self.open[row["program_id"]] = state
            state.pending = len(state.expected)
            for url, page in state.expected.items():
                yield scrapy.Request(url, callback=self.answered, errback=self.failed,
                                     dont_filter=True,
                                     meta={"role": page.get("role"), "program_id": row["program_id"],
                                           "revisit_url": url})

    # --- answers ---------------------------------------------------------------------------

    # Callbacks return lists, not generators: Scrapy parses a generator callback's source on
    # every response to warn about return values (its cache misses on bound methods).
    def answered(self, response) -> list:
        state = self.open[response.meta["program_id"]]
        url = response.meta["revisit_url"]
        was = state.expected[url]
        now = (response.url, response.status, hashlib.sha1(response.body).hexdigest(), None)
        if now != (url, was.get("status"), was.get("sha1"), was.get("error")):
            state.changed.append(f"{url} changed")
        return self._one_done(state)

    def failed(self, failure) -> list:
        request = failure.request
        state = self.open[request.meta["program_id"]]
        url = request.meta["revisit_url"]
        was = state.expected[url]
        status, reason = describe_failure(failure)
        if (status, reason) != (was.get("status"), was.get("error")):
            state.changed.append(f"{url}: {reason}")
        return self._one_done(state)

    def _one_done(self, state: Revisit) -> list:
        state.pending -= 1
        if state.pending > 0:
            return []
        self.open.pop(state.row["program_id"], None)
        if state.changed:
            self.rediscover(state.row, state.changed[0])
            return []
        return list(self.carry(state))

    # --- outcomes --------------------------------------------------------------------------

    def carry(self, state: Revisit):
        """The last run's items of an unchanged program, stamped with this run."""
        stats = self.crawler.stats
        now = utc_now()
        last = state.last
        stats.inc_value("precedent/unchanged_programs")
        yield item_from_dict({**last.program, "run_id": self.run_id,
                              "source_url": str(self.programs_file)})
        for page in last.pages:
            if page.get("render") == "plain":
                self.link_raw(page.get("sha1"))
                stats.inc_value("precedent/pages/plain")
                yield item_from_dict({**page, "fetched_at": now, "run_id": self.run_id})
                if page.get("role") == "roster":
                    stats.inc_value("precedent/extraction_skipped")
            else:  # a render of an unchanged page and unchanged data: not rendered again
                stats.inc_value("precedent/render_skipped")
                stats.inc_value("precedent/pages/browser-cached")
                yield PageItem(url=page["url"], program_id=page["program_id"], role=page["role"],
                               status=304, fetched_at=now, run_id=self.run_id,
                               render="browser-cached", found_via=page.get("found_via"))
        for resident in last.residents:
            yield item_from_dict({**resident, "fetched_at": now, "run_id": self.run_id})
        stats.inc_value("precedent/residents", len(last.residents))
        for fact in last.facts:
            yield item_from_dict({**fact, "fetched_at": now, "run_id": self.run_id})
        stats.inc_value("precedent/programs_done")
        if last.status.get("roster_urls"):
            stats.inc_value("precedent/programs_with_roster")
        yield item_from_dict({**last.status, "run_id": self.run_id})

    def link_raw(self, sha1: str | None) -> None:
        """The last run's archived body and headers of a page, in this run's ``raw/``."""
        if not sha1:
            return
        raw = Path(self.settings.get("PRECEDENT_RUN_DIR") or ".") / "raw"
        for suffix in (".body", ".json"):
            src, dst = self.last_run / "raw" / f"{sha1}{suffix}", raw / f"{sha1}{suffix}"
            if not src.exists() or dst.exists():
                continue
            raw.mkdir(exist_ok=True)
            try:
                os.link(src, dst)
            except OSError:  # another file system: copy
                shutil.copyfile(src, dst)

    def rediscover(self, row: dict[str, Any], why: str) -> None:
        """Leave the program to discovery (the ``rosters`` spider), with the reason logged."""
        self.crawler.stats.inc_value("precedent/rediscover")
        logger.info("program %s to rediscover: %s", row["program_id"], why)
        with self.rediscover_path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps({**row, "rediscover_reason": why}, ensure_ascii=False) + "\n")

    def closed(self, reason):
        for state in list(self.open.values()):  # requests lost: never carried forward
            self.rediscover(state.row, f"not all pages answered ({reason})")
        self.open.clear()
