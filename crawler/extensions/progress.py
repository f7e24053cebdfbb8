"""Live figures of a running crawl, written to ``<run>/progress.json`` about once a second.

The crawl runs in a child process; the parent (``precedent crawl``) reads this file to draw its
progress bar, so the display never slows or breaks the crawl.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from scrapy import signals
from twisted.internet import task

INTERVAL = 1.0


def progress_figures(stats: dict, started: float) -> dict:
    errors = sum(v for k, v in stats.items() if k.startswith("precedent/errors/"))
    return {
        "programs_total": stats.get("precedent/programs", 0),
        "programs_done": stats.get("precedent/programs_done", 0),
        "with_roster": stats.get("precedent/programs_with_roster", 0),
        "pages": stats.get("precedent/pages/plain", 0) + stats.get("precedent/pages/browser", 0),
        "rendered": stats.get("precedent/pages/browser", 0),
        "residents": stats.get("precedent/residents", 0),
        "errors": errors,
        "elapsed_s": round(time.monotonic() - started, 1),
    }


class ProgressExtension:
    def __init__(self, crawler, run_dir: str):
        self.crawler = crawler
        self.path = Path(run_dir) / "progress.json"
        self.started = time.monotonic()
        self.loop = task.LoopingCall(self.write)

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler, crawler.settings.get("PRECEDENT_RUN_DIR") or "")
        if crawler.settings.get("PRECEDENT_RUN_DIR"):
            crawler.signals.connect(ext.opened, signal=signals.spider_opened)
            crawler.signals.connect(ext.closed, signal=signals.spider_closed)
        return ext

    def opened(self, spider):
        self.started = time.monotonic()
        self.loop.start(INTERVAL, now=True)

    def closed(self, spider, reason):
        if self.loop.running:
            self.loop.stop()
        self.write(finished=reason)

    def write(self, finished: str | None = None) -> None:
        figures = progress_figures(self.crawler.stats.get_stats(), self.started)
        if finished:
            figures["finished"] = finished
        tmp = self.path.with_suffix(".tmp")
        try:
            tmp.write_text(json.dumps(figures), encoding="utf-8")
            tmp.replace(self.path)
        except OSError:  # a full disk shows in the items; the display may miss a beat
            pass
