"""Check every item against its schema; problems become stats counters, not silent drops."""

from __future__ import annotations

import logging

from scrapy.exceptions import DropItem

from crawler.items import item_problems

logger = logging.getLogger(__name__)


class ValidateItemPipeline:
    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item):
        problems = item_problems(item)
        for problem in problems:
            self.stats.inc_value(f"precedent/item_problem/{problem}")
        if any(p.endswith("missing") or p.startswith("unknown") for p in problems):
            self.stats.inc_value("precedent/items_dropped")
            raise DropItem("; ".join(problems))
        self.stats.inc_value(f"precedent/items/{item.item_type}")
        return item
