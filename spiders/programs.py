"""Registry listings: read program rows (following pagination), then crawl each program's site.

``programs`` reads the listing only; ``rosters`` (see ``rosters.py``) goes on into each
program's website. A real registry with a different listing format is one more subclass that
overrides :meth:`RegistrySpider.listing_rows`.
"""

from __future__ import annotations

from crawler.items import ProgramItem
from spiders.discovery import next_page
from spiders.listing import parse_listing_rows, program_id_for
from spiders.sites import ProgramSiteSpider


class RegistrySpider(ProgramSiteSpider):
    """Base of registry-listing spiders: listing pages in, program items and site crawls out."""

    name = "registry"
    follow_programs = True

    def __init__(self, registry: str | None = None, specialty: str = "neurosurgery", run_id=None,
                 academic_year: str | None = None, **kw):
        super().__init__(**kw)
        self.registry = registry
        self.specialty = specialty
        self.run_id = run_id
        self.academic_year = int(academic_year) if academic_year else None

    async def start(self):
        if not self.registry:
            raise ValueError(f"{self.name} spider needs -a registry=URL (a registry listing page)")
        yield self.listing_request(self.registry)

    def listing_request(self, url: str):
        return self.request(url, self.parse_listing, role="listing")

    def listing_rows(self, response) -> list[dict[str, str | None]]:
        """Program rows of one listing page; override for a registry with another format."""
        return parse_listing_rows(response.text, response.url)

    def parse_listing(self, response):
        yield self.page_item(response, "listing", None)
        for row in self.listing_rows(response):
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
            if self.follow_programs:
                yield from self.crawl_program(program)
            else:
                yield program
        nxt = next_page(response.text, response.url)
        if nxt and nxt != response.url:
            yield self.listing_request(nxt)


class ProgramsSpider(RegistrySpider):
    """The listing alone: program items, no site crawls."""

    name = "programs"
    follow_programs = False
