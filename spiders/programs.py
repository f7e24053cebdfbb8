"""``programs``: read a registry listing (following pagination) into program items.

Run it alone with ``scrapy crawl programs -a registry=URL``; ``rosters`` extends it to go on
into each program's website.
"""

from __future__ import annotations

import scrapy

from crawler.items import ProgramItem
from spiders.base import PrecedentSpider
from spiders.discovery import next_page
from spiders.listing import parse_listing_rows, program_id_for


class ProgramsSpider(PrecedentSpider):
    name = "programs"

    def __init__(self, registry: str | None = None, specialty: str = "neurosurgery", run_id=None, **kw):
        super().__init__(**kw)
        self.registry = registry
        self.specialty = specialty
        self.run_id = run_id

    async def start(self):
        if not self.registry:
            raise ValueError("programs spider needs -a registry=URL (a registry listing page)")
        yield self.listing_request(self.registry)

    def listing_request(self, url: str):
        return self.request(url, self.parse_listing, role="listing")

    def request(self, url, callback, *, role, program_id=None, dont_filter=False, **meta):
        return scrapy.Request(
            url,
            callback=callback,
            errback=self.on_error,
            dont_filter=dont_filter,
            meta={"role": role, "program_id": program_id, **meta},
        )

    def parse_listing(self, response):
        yield self.page_item(response, "listing", None)
        for row in parse_listing_rows(response.text, response.url):
            program = ProgramItem(
                program_id=program_id_for(row.get("acgme_id"), row.get("website"), row["name"]),
                name=row["name"],
                specialty=row.get("specialty") or self.specialty,
                website=row.get("website"),
                city=row.get("city"),
                state=row.get("state"),
                acgme_id=row.get("acgme_id"),
                source_url=response.url,
                run_id=self.run_id,
            )
            yield program
            yield from self.follow_program(program)
        nxt = next_page(response.text, response.url)
        if nxt and nxt != response.url:
            yield self.listing_request(nxt)

    def follow_program(self, program: ProgramItem):
        """Hook for subclasses: what to do with each program found. ``programs`` stops here."""
        return iter(())
