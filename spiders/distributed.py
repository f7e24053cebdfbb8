"""``rosters_redis``: the roster crawl shared by any number of workers through Redis.

The unit of shared work is a *program*: workers pop jobs from one Redis list
(``rosters_redis:start_urls``) — ``{"url": ..., "role": "listing"}`` for a registry listing
page, ``{"program": {...ProgramItem fields...}}`` for one program — and each crawls a popped
program's site itself, so one site is visited by one worker at a time (per-site politeness
holds) and the discovery state of a program never has to cross machines. Every request is
checked against one shared Redis duplicate filter, so no page is fetched twice whatever the
number of workers. Items go back to the coordinator through Redis (``rosters_redis:items``).

scrapy-redis 0.9 feeds a spider from ``start_requests()``, which Scrapy 2.19 no longer calls:
``start()`` below pulls the first batch from Redis as the spider opens. (Without it the spider
still begins at once: Scrapy 2.19 signals idle as soon as ``start()`` yields nothing, and
scrapy-redis pops its jobs then; ``tests/test_redis_scaleout.py`` times it.)
"""

from __future__ import annotations

import json
from dataclasses import asdict

import scrapy
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.spiders import RedisMixin

from crawler.items import ProgramItem
from spiders.rosters import RostersSpider

NAME = "rosters_redis"
REDIS_SETTINGS = {
    "DUPEFILTER_CLASS": "spiders.distributed.SharedDupeFilter",
    "ITEM_PIPELINES": {
        "crawler.pipelines.validate.ValidateItemPipeline": 100,
        "scrapy_redis.pipelines.RedisPipeline": 800,
        "crawler.pipelines.runstore.RunStorePipeline": 900,
    },
    "REDIS_ITEMS_KEY": f"{NAME}:items",
    # JOBDIR-style resume is per machine; Redis keeps the shared state instead.
    "JOBDIR": None,
}


class SharedDupeFilter(RFPDupeFilter):
    """scrapy-redis's duplicate filter under one fixed key that every worker shares (its own
    ``from_settings`` makes a new key per process unless the Redis scheduler is used)."""

    @classmethod
    def from_crawler(cls, crawler):
        from scrapy_redis.connection import get_redis_from_settings

        return cls(get_redis_from_settings(crawler.settings), key=f"{NAME}:dupefilter",
                   debug=crawler.settings.getbool("DUPEFILTER_DEBUG"))


def listing_job(url: str) -> str:
    return json.dumps({"url": url, "role": "listing"})


def program_job(program: ProgramItem) -> str:
    return json.dumps({"program": asdict(program)})


class DistributedRostersSpider(RedisMixin, RostersSpider):
    name = NAME
    custom_settings = REDIS_SETTINGS
    # Take two programs at a time (scrapy-redis would take CONCURRENT_REQUESTS), so that the
    # programs spread over the workers.
    redis_batch_size = 2

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
            return scrapy.Request("data:,", callback=self.start_program, dont_filter=True,
                                  errback=self.on_error, meta={"role": "other", "program": job["program"]})
        if job.get("role", "listing") == "listing" and job.get("url"):
            return self.listing_request(job["url"])
        self.logger.warning("ignoring a Redis job without url or program: %r", job)
        return None

    def start_program(self, response):
        fields = {k: v for k, v in response.meta["program"].items() if k != "item_type"}
        yield from self.crawl_program(ProgramItem(**fields))

    def parse_listing(self, response):
        """Programs of a listing page become shared jobs instead of local crawls."""
        self.follow_programs = False
        for out in super().parse_listing(response):
            if isinstance(out, ProgramItem):
                self.server.rpush(self.redis_key, program_job(out))
            else:
                yield out
