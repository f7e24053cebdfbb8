"""``rosters``: program website → current-resident roster page(s) → one item per resident.

Programs come from a registry listing (``-a registry=URL``, inherited from ``programs``) or a
CSV/JSONL file (``-a programs=FILE``). Pages whose roster is filled in by JavaScript are fetched
again through Chromium (scrapy-playwright); every other page is fetched plainly.
"""

from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from pathlib import Path

from scrapy_playwright.page import PageMethod

from crawler.items import ProgramItem, ProgramStatusItem, ResidentItem
from extract.roster import extract_residents, looks_script_rendered
from spiders.base import utc_now
from spiders.discovery import next_page, roster_candidates, score_links
from spiders.listing import program_id_for
from spiders.programs import ProgramsSpider

HUB_CUES = re.compile(r"\b(education|training|residency|program|department|people|about)\b", re.I)


def load_program_file(path: str, specialty: str) -> list[ProgramItem]:
    """Programs from a CSV (columns name, website; optional specialty, city, state, acgme_id)
    or a JSONL file of the same fields."""
    p = Path(path)
    if p.suffix == ".jsonl":
        rows = [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    else:
        with p.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
    programs = []
    for row in rows:
        name = (row.get("name") or row.get("program_name") or "").strip()
        website = (row.get("website") or row.get("residents_page_url") or "").strip() or None
        if not name or not website:
            continue
        acgme = (row.get("acgme_id") or "").strip() or None
        programs.append(
            ProgramItem(
                program_id=program_id_for(acgme, website, name),
                name=name,
                specialty=(row.get("specialty") or specialty).strip(),
                website=website,
                city=row.get("city") or None,
                state=row.get("state") or None,
                acgme_id=acgme,
                source_url=str(p),
            )
        )
    return programs


class RostersSpider(ProgramsSpider):
    name = "rosters"

    def __init__(self, programs: str | None = None, academic_year: str | None = None, **kw):
        super().__init__(**kw)
        self.programs_file = programs
        self.academic_year = int(academic_year) if academic_year else None
        self.pages_per_program: dict[str, int] = defaultdict(int)
        self.rosters_seen: set[str] = set()

    async def start(self):
        if self.programs_file:
            for program in load_program_file(self.programs_file, self.specialty):
                program.run_id = self.run_id
                yield program
                for req in self.follow_program(program):
                    yield req
        elif self.registry:
            yield self.listing_request(self.registry)
        else:
            raise ValueError("rosters spider needs -a registry=URL or -a programs=FILE")

    @property
    def budget(self) -> int:
        return self.settings.getint("PRECEDENT_SITE_PAGE_BUDGET", 12)

    def budgeted(self, url, callback, *, role, program_id, site, **meta):
        if self.pages_per_program[program_id] >= self.budget:
            return None
        self.pages_per_program[program_id] += 1
        return self.request(url, callback, role=role, program_id=program_id, site=site, **meta)

    def follow_program(self, program: ProgramItem):
        if not program.website:
            yield ProgramStatusItem(program.program_id, [], "no website listed", self.run_id)
            return
        req = self.budgeted(
            program.website, self.parse_home, role="home", program_id=program.program_id,
            site=program.website, depth_left=1,
        )
        if req is not None:
            yield req

    def parse_home(self, response):
        meta = response.meta
        pid, site = meta["program_id"], meta["site"]
        yield self.page_item(response, "home", pid)
        candidates = roster_candidates(response.text, response.url, site)
        if candidates:
            for link in candidates:
                req = self.budgeted(
                    link.url, self.parse_roster, role="roster", program_id=pid, site=site,
                    found_via=link.reason,
                )
                if req is not None:
                    yield req
            return
        if meta.get("depth_left", 0) > 0:
            hubs = [
                link for link in score_links(response.text, response.url, site)
                if HUB_CUES.search(link.text) and link.url != response.url
            ][:3]
            for link in hubs:
                req = self.budgeted(
                    link.url, self.parse_home, role="other", program_id=pid, site=site,
                    depth_left=meta["depth_left"] - 1, found_via=f"hub {link.reason}",
                )
                if req is not None:
                    yield req
            if hubs:
                return
        yield ProgramStatusItem(pid, [], f"no roster link found on {response.url}", self.run_id)

    def render_request(self, response):
        """The same page again through Chromium, waiting for scripts and the network to settle."""
        meta = {k: v for k, v in response.meta.items() if k in ("program_id", "site", "found_via")}
        return self.request(
            response.url, self.parse_roster, role="roster", dont_filter=True, playwright=True,
            playwright_page_methods=[PageMethod("wait_for_load_state", "networkidle")],
            **meta,
        )

    def parse_roster(self, response):
        pid = response.meta["program_id"]
        rendered = bool(response.meta.get("playwright"))
        html = response.text
        if not rendered and looks_script_rendered(html):
            self.crawler.stats.inc_value("precedent/render_requests")
            yield self.page_item(response, "roster", pid)
            yield self.render_request(response)
            return
        residents = extract_residents(
            response.body, response.url, headers=_headers(response),
            academic_year=self.academic_year,
        ) if not rendered else extract_residents(html, response.url, academic_year=self.academic_year)
        yield self.page_item(response, "roster", pid)
        fetched = utc_now()
        for r in residents:
            yield ResidentItem(
                program_id=pid, name=r.name, source_url=response.url, fetched_at=fetched,
                run_id=self.run_id, degrees=r.degrees, school_raw=r.school_raw, pgy=r.pgy,
                pgy_raw=r.pgy_raw, class_year=r.class_year, undergrad=r.undergrad,
                hometown=r.hometown, role=r.role, snippet=r.snippet, confidence=r.confidence,
                content_sha1=response.meta.get("precedent_sha1"),
            )
        self.crawler.stats.inc_value("precedent/residents", len(residents))
        if residents:
            yield ProgramStatusItem(
                pid, [response.url], f"roster via {response.meta.get('found_via') or 'direct'}",
                self.run_id,
            )
            nxt = next_page(html, response.url)
            if nxt and nxt != response.url:
                req = self.budgeted(
                    nxt, self.parse_roster, role="roster", program_id=pid,
                    site=response.meta["site"], found_via="roster pagination",
                )
                if req is not None:
                    yield req
        else:
            yield ProgramStatusItem(pid, [], f"no residents read on {response.url}", self.run_id)


def _headers(response) -> dict[str, str]:
    return {
        k.decode("latin-1"): v[0].decode("latin-1") for k, v in response.headers.items() if v
    }
