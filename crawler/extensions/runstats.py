"""Write the crawl's Scrapy stats into the run directory when the spider closes."""

from __future__ import annotations

import json
import resource
from datetime import datetime
from pathlib import Path

from scrapy import signals


class RunStatsExtension:
    def __init__(self, crawler, run_dir: str):
        self.crawler = crawler
        self.run_dir = Path(run_dir)

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler, crawler.settings.get("PRECEDENT_RUN_DIR") or "")
        if crawler.settings.get("PRECEDENT_RUN_DIR"):
            crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_closed(self, spider, reason):
        # CPU the crawl process itself used (not Chromium's or extraction workers'): what a
        # busy machine's wall-clock figures hide.
        usage = resource.getrusage(resource.RUSAGE_SELF)
        self.crawler.stats.set_value("precedent/cpu_seconds", round(usage.ru_utime + usage.ru_stime, 2))
        stats = {
            k: (v.isoformat() if isinstance(v, datetime) else v)
            for k, v in self.crawler.stats.get_stats().items()
        }
        stats["finish_reason"] = reason
        self.run_dir.mkdir(parents=True, exist_ok=True)
        tmp = self.run_dir / "stats.json.tmp"
        tmp.write_text(json.dumps(stats, indent=2, sort_keys=True, default=str), encoding="utf-8")
        tmp.replace(self.run_dir / "stats.json")
