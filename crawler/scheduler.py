"""Scheduling: which request goes next, and where waiting requests are kept.

Two small changes to Scrapy's defaults, both measured with ``bench/crawl.py``:

- :class:`PriorityFirstQueue`. Scrapy's ``DownloaderAwarePriorityQueue`` spreads requests over
  hosts round-robin and looks at priorities only within one host. A page that waits for
  Chromium (``priority`` > 0) would then wait for the round to reach its host, behind every
  plain page queued for other hosts, and rendering (which runs in Chromium's processes, off the
  spider's CPU) could not overlap the plain pages. Among the hosts with the fewest downloads in
  flight, this queue serves first a host holding a higher-priority request, and otherwise keeps
  Scrapy's round-robin.
- :class:`SpillingScheduler`. With ``JOBDIR`` set, Scrapy keeps every waiting request on disk,
  one directory per host, created and removed as each host's queue fills and empties (hundreds
  of mkdir/rmdir calls on a short crawl). Resuming a killed run never reads that queue: it
  re-crawls unfinished programs from ``items.jsonl`` (:mod:`crawler.resume`). So requests wait
  in memory up to ``PRECEDENT_MEMORY_QUEUE_LIMIT`` and only the excess (a 13,000-program
  registry's first flood of home pages) spills to disk, which is what keeps memory flat.
"""

from __future__ import annotations

from scrapy.core.scheduler import Scheduler
from scrapy.pqueues import DownloaderAwarePriorityQueue


class PriorityFirstQueue(DownloaderAwarePriorityQueue):
    def _next_slot(self, stats: list[tuple[int, str]], *, update_state: bool) -> str:
        # Scrapy's pop() asks this which host goes next, then pops and cleans up as usual.
        fewest = min(active for active, _ in stats)
        # ScrapyPriorityQueue keeps -priority: the smallest ``curprio`` is the most urgent.
        urgent = min(
            (self.pqueues[slot].curprio, slot)
            for active, slot in stats
            if active == fewest and self.pqueues[slot].curprio is not None
        )
        if urgent[0] >= 0:
            return super()._next_slot(stats, update_state=update_state)
        return urgent[1]


class SpillingScheduler(Scheduler):
    memory_limit = 5000

    @classmethod
    def from_crawler(cls, crawler):
        scheduler = super().from_crawler(crawler)
        scheduler.memory_limit = crawler.settings.getint("PRECEDENT_MEMORY_QUEUE_LIMIT", 5000)
        scheduler.in_memory = 0
        return scheduler

    def _dqpush(self, request) -> bool:
        if self.in_memory < self.memory_limit:
            return False  # the caller keeps it in memory
        return super()._dqpush(request)

    def _mqpush(self, request) -> None:
        super()._mqpush(request)
        self.in_memory += 1

    def next_request(self):
        request = self.mqs.pop()
        if request is not None:
            self.in_memory -= 1
            self.stats.inc_value("scheduler/dequeued/memory")
        else:
            request = self._dqpop()
            if request is not None:
                self.stats.inc_value("scheduler/dequeued/disk")
        if request is not None:
            self.stats.inc_value("scheduler/dequeued")
        return request
