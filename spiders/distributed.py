"""``rosters_redis``: the roster crawl shared by any number of workers through Redis.

Work arrives as JSON on the list ``<spider>:start_urls`` — ``{"url": "...", "role": "listing"}``
for a registry listing page or ``{"program": {...ProgramItem fields...}}`` for one program —
and every request the workers make goes through one Redis queue and one duplicate filter
(scrapy-redis), so a page is fetched once by one worker whatever the number of workers.

scrapy-redis 0.9 feeds a spider from ``start_requests()``, which Scrapy 2.19 no longer calls:
``start()`` below pulls the first batch from Redis as the spider opens, so workers begin at
once instead of waiting for the first idle signal.
"""

from __future__ import annotations

import json

import scrapy
from scrapy_redis.spiders import RedisMixin

from crawler.items import ProgramItem
from spiders.rosters import RostersSpider

REDIS_SETTINGS = {
    "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
    "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
    # Keep the queue and the seen-set when a worker stops: other workers (or a restarted one)
    # carry on from them. `precedent crawl --redis` clears them before a new run.
    "SCHEDULER_PERSIST": True,
    # A worker closes after this many seconds with nothing to do.
    "MAX_IDLE_TIME_BEFORE_CLOSE": 8,
    "SCHEDULER_IDLE_BEFORE_CLOSE": 2,
    # Items travel back to the coordinator through Redis (``<spider>:items``), so workers on
    # other machines need no shared disk.
    "ITEM_PIPELINES": {
        "crawler.pipelines.validate.ValidateItemPipeline": 100,
        "scrapy_redis.pipelines.RedisPipeline": 800,
        "crawler.pipelines.runstore.RunStorePipeline": 900,
    },
}


class DistributedRostersSpider(RedisMixin, RostersSpider):
    name = "rosters_redis"
    custom_settings = REDIS_SETTINGS

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.setup_redis(crawler)
        return spider

    async def start(self):
        for request in self.next_requests():
            yield request

    def make_request_from_data(self, data):
        job = json.loads(data.decode(self.redis_encoding) if isinstance(data, bytes) else data)
        if "program" in job:
            # The coordinator recorded the program item itself; workers only fetch.
            fields = {k: v for k, v in job["program"].items() if k != "item_type"}
            program = ProgramItem(**fields)
            program.run_id = program.run_id or self.run_id
            return [r for r in self.crawl_program(program) if isinstance(r, scrapy.Request)]
        if job.get("role", "listing") == "listing" and job.get("url"):
            return [self.listing_request(job["url"])]
        self.logger.warning("ignoring a Redis job without url or program: %r", job)
        return []


def listing_job(url: str) -> str:
    return json.dumps({"url": url, "role": "listing"})


def program_job(program: ProgramItem) -> str:
    from dataclasses import asdict

    return json.dumps({"program": asdict(program)})
