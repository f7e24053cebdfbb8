"""From a program's website to its current-resident roster pages, one program at a time.

Each program is a small state machine (:class:`ProgramSite`): its requests are counted, and when
the last one has answered the spider decides what to try next, in this order: the best roster
link not yet tried, a hub page (education, department) one level deeper, the program's sitemaps
(``<prefix>sitemap.xml`` and robots.txt ``Sitemap:`` lines), and finally gives up with a reason.
A roster is a page where residents were read; its pagination and per-class subpages are followed.
A page that names one person only and links on to a roster candidate not yet tried (a department
page with its chair's name, a news item), or an eligibility page naming one person while roster
links are still untried, is held back: if the candidates yield a roster, that page keeps its
plain role and its person is dropped; if not, it is the roster after all.
Every request carries an errback, duplicates are filtered per program, and a program is closed
exactly once with one :class:`ProgramStatusItem` that says what was found and why, or why not.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from urllib.parse import urldefrag, urljoin, urlparse

from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.http import TextResponse
from scrapy_playwright.page import PageMethod

from crawler.browser import GROW_SCRIPT
from crawler.items import FactItem, PageItem, ProgramItem, ProgramStatusItem, ResidentItem
from crawler.offload import ExtractionPool, pool_size
from crawler.refresh import ExtractionCache, cache_key, data_endpoints
from extract.records import ResidentRecord
from extract.rendering import looks_script_rendered
from spiders.base import PrecedentSpider, utc_now
from spiders.discovery import (
    ROSTER_THRESHOLD,
    ScoredLink,
    class_links,
    grows_by_script,
    in_scope,
    next_page,
    roster_candidates,
    score_links,
    score_url,
    sitemap_urls,
)
from spiders.info import info_candidates
from spiders.sections import keep_specialty

logger = logging.getLogger(__name__)

HUB_WORDS = ("education", "training", "residency", "program", "department", "people", "about",
             "directory", "our team")
MAX_HUBS_PER_PAGE = 3
# Deeper first (see crawler.scheduler): a page for Chromium renders in Chromium's own processes
# while the spider goes on with plain pages, so it goes first; then roster candidates and info
# pages, so that programs close early and JS rosters are found while plain pages still flow.
_PRIORITY = {"render": 10, "roster": 2, "info": 1, "home": 0, "other": 0}
SITEMAP_THRESHOLD = 1.0
LONE_PERSON = 1  # people read from a page at most, for it to wait for a better roster linked on

@dataclass
class ProgramSite:
    """What the spider knows about one program while it crawls the program's site."""

    program_id: str
    site: str
    specialty: str
    pending: int = 0
    fetched: int = 0
    seen: set[str] = field(default_factory=set)
    candidates: list[tuple[ScoredLink, int]] = field(default_factory=list)
    hubs: list[tuple[ScoredLink, int]] = field(default_factory=list)
    sitemaps_tried: bool = False
    rosters: list[str] = field(default_factory=list)
    found_via: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    budget_hit: bool = False
    home_failed: bool = False  # the website itself failed: nothing else of it is worth trying
    # Pages naming one person while a better roster may still be found: (page, its residents,
    # its role if it is not the roster).
    tentative: list[tuple[PageItem, list[ResidentItem], str]] = field(default_factory=list)


def site_prefix(website: str) -> str:
    """The path prefix a program owns: its website's directory (``/neurosurgery/``), since
    departments share university hosts."""
    u = urlparse(website)
    path = u.path or "/"
    if not path.endswith("/"):
        path = path.rsplit("/", 1)[0] + "/"
    return f"{u.scheme}://{u.netloc}{path}"


class ProgramSiteSpider(PrecedentSpider):
    """Base spider of every program source: subclasses yield programs, this finds rosters."""

    specialty: str = "neurosurgery"
    academic_year: int | None = None

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.sites = {}  # program_id -> ProgramSite, while the program is open
        spider.done = set()  # program ids closed (in this run or a resumed one)
        spider.programs_seen = set()
        crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        workers = crawler.settings.get("PRECEDENT_EXTRACT_WORKERS")
        spider.extraction = ExtractionPool(pool_size(workers))
        crawler.signals.connect(spider.extraction.close, signal=signals.spider_closed)
        return spider

    # --- settings ------------------------------------------------------------------------------

    @property
    def budget(self) -> int:
        return self.settings.getint("PRECEDENT_SITE_PAGE_BUDGET", 25)

    @property
    def max_depth(self) -> int:
        return self.settings.getint("PRECEDENT_SITE_DEPTH", 2)

    @property
    def info_budget(self) -> int:
        return self.settings.getint("PRECEDENT_INFO_PAGE_BUDGET", 4)

    @property
    def refreshing(self) -> bool:
        return self.settings.getbool("PRECEDENT_REFRESH")

    @property
    def extraction_cache(self) -> ExtractionCache:
        if not hasattr(self, "_extraction_cache"):
            self._extraction_cache = ExtractionCache(self.settings.get("PRECEDENT_EXTRACTION_CACHE"))
        return self._extraction_cache

    # --- programs in ---------------------------------------------------------------------------

    def crawl_program(self, program: ProgramItem, known_roster: str | None = None):
        """Yield the program item and the first requests of its site (nothing if already done,
        e.g. when a killed run is resumed)."""
        if program.program_id in self.done or program.program_id in self.programs_seen:
            return
        self.programs_seen.add(program.program_id)
        self.crawler.stats.inc_value("precedent/programs")
        program.run_id = self.run_id
        yield program
        if not program.website:
            yield self.close_program_status(program.program_id, [], "no website listed")
            return
        state = ProgramSite(program.program_id, site_prefix(program.website), program.specialty)
        self.sites[program.program_id] = state
        # ``known_roster`` may list several pages (a paginated or per-class roster),
        # separated by white space.
        known = (known_roster or "").split()
        if known and self.refreshing:
            # A refresh asks for every page of last run's roster at once (a 304 costs nothing);
            # discovery from the home page is the fallback if the roster moved.
            for url in known:
                req = self.fetch(state, url, self.parse_page, role="roster", depth=0,
                                 found_via="last run's roster")
                if req is not None:
                    yield req
        elif known:
            state.candidates.append((ScoredLink(known[0], "known roster URL", 99.0), 0))
        req = self.fetch(state, program.website, self.parse_home, role="home", depth=0,
                         found_via="program website")
        if req is not None:
            yield req
        elif not state.pending:
            yield from self.advance(state)

    def fetch(self, state: ProgramSite, url: str, callback, *, role: str, depth: int,
              found_via: str, render: bool = False):
        """A request for one of the program's pages, or None if seen or over budget."""
        url = urldefrag(url)[0]
        key = ("browser " if render else "") + url
        if key in state.seen:
            return None
        if state.fetched >= self.budget:
            state.budget_hit = True
            return None
        state.seen.add(key)
        state.fetched += 1
        state.pending += 1
        meta = {"site": state.site, "site_depth": depth, "found_via": found_via}
        if render:
            meta.update(
                playwright=True,
                playwright_page_init_callback="crawler.browser.watch_page",
                playwright_page_goto_kwargs={"wait_until": "domcontentloaded"},
                playwright_page_methods=[PageMethod("evaluate", GROW_SCRIPT)],
            )
        return self.request(url, callback, role=role, program_id=state.program_id,
                            priority=_PRIORITY["render" if render else role], **meta)

    # --- callbacks: each answer, then decide what next ------------------------------------------

    # Callbacks are async: reading a page (residents, facts) is awaited from the extraction
    # pool (crawler.offload), so the event loop keeps fetching while a page is parsed.

    async def parse_home(self, response):
        async for item in self._settle(response, self._home(response)):
            yield item

    async def parse_page(self, response):
        async for item in self._settle(response, self._page(response)):
            yield item

    async def parse_sitemap(self, response):
        async for item in self._settle(response, self._sitemap(response)):
            yield item

    async def parse_info(self, response):
        async for item in self._settle(response, self._info(response)):
            yield item

    async def parse_endpoint(self, response):
        async for item in self._settle(response, self._endpoint(response)):
            yield item

    def on_error(self, failure):
        page, reason = self.failure_item(failure)
        yield page
        state = self.sites.get(page.program_id or "")
        check = failure.request.meta.get("endpoint_check")
        if state is not None and check is not None:
            # A guessed data endpoint that fails is no reason to lose the roster: go on to the
            # next one (and render), with the failure as that endpoint's "content".
            yield from self._check_endpoints(state, {**check, "hashes": [*check["hashes"], reason]})
            yield from self._done_one(state)
            return
        if state is not None:
            if reason == "robots.txt disallows" and page.role in ("roster", "other"):
                state.notes.append(f"robots.txt disallows {page.url}")
            elif page.role in ("home", "roster", "other"):
                state.notes.append(f"{page.url}: {reason}")
            if page.role == "home" and failure.request.meta.get("site_depth") == 0:
                state.home_failed = True
            yield from self._done_one(state)

    async def _settle(self, response, work):
        state = self.sites.get(response.meta.get("program_id") or "")
        try:
            if hasattr(work, "__aiter__"):
                async for item in work:
                    yield item
            else:
                for item in work:
                    yield item
        except Exception:  # noqa: BLE001 - a bug in parsing must not stall the program
            self.crawler.stats.inc_value("precedent/errors/spider bug")
            logger.exception("bug while parsing %s", response.url)
            if state is not None:
                state.notes.append(f"{response.url}: parse error")
        if state is not None:
            for item in self._done_one(state):
                yield item

    def _done_one(self, state: ProgramSite):
        state.pending -= 1
        if state.pending <= 0:
            yield from self.advance(state)

    async def _home(self, response):
        state = self.sites[response.meta["program_id"]]
        yield self.page_item(response, "home", state.program_id)
        if not _is_html(response):
            state.notes.append(f"home {response.url} is not HTML")
            return
        self._learn_links(state, response, depth=0)
        for item in await self._facts(response, state):
            yield item
        for link in info_candidates(response.text, response.url, state.site, limit=self.info_budget):
            req = self.fetch(state, link.url, self.parse_info, role="info", depth=1,
                             found_via=f"info {link.reason}")
            if req is not None:
                yield req

    async def _info(self, response):
        """An eligibility / how-to-apply / FAQ page: its facts, and a roster if it holds one."""
        state = self.sites[response.meta["program_id"]]
        if not _is_html(response):
            yield self.page_item(response, "info", state.program_id)
            return
        residents = await self._residents(response, state)
        if 0 < len(residents) <= LONE_PERSON and not state.rosters and state.candidates:
            # One person on an eligibility page (a contact, a misread phrase) while roster links
            # are still untried: those go first (see _settle_tentative).
            state.tentative.append((self.page_item(response, "roster", state.program_id),
                                    residents, "info"))
        elif residents:  # a page can be both; a roster is what matters most
            yield self.page_item(response, "roster", state.program_id)
            state.rosters.append(response.url)
            state.found_via.append(response.meta.get("found_via") or "info page")
            for item in residents:
                yield item
        else:
            yield self.page_item(response, "info", state.program_id)
        for item in await self._facts(response, state):
            yield item

    async def _facts(self, response, state: ProgramSite) -> list[FactItem]:
        """Program facts the page states (visa, IMG eligibility, floors, ...), with sentences."""
        fetched = utc_now()
        try:
            facts = await self.extraction.facts(response.body, response.url,
                                                headers=_headers(response), fetched_at=fetched)
        except Exception:  # noqa: BLE001 - facts are a bonus; a bug here must not lose a roster
            logger.exception("facts extraction failed on %s", response.url)
            return []
        self.crawler.stats.inc_value("precedent/facts", len(facts))
        return [
            FactItem(program_id=state.program_id, fact=f.fact, value=f.value,
                           sentence=f.sentence, url=response.url, fetched_at=fetched,
                           confidence=f.confidence, run_id=self.run_id,
                           content_sha1=response.meta.get("precedent_sha1"))
            for f in facts
        ]

    def _learn_links(self, state: ProgramSite, response, depth: int) -> None:
        html = response.text
        for link in roster_candidates(html, response.url, state.site, limit=4):
            state.candidates.append((link, depth))
        if depth < self.max_depth:
            hubs = [
                link for link in score_links(html, response.url, state.site)
                if any(w in link.text.lower() for w in HUB_WORDS) and link.score < ROSTER_THRESHOLD
                and link.url != response.url
            ][:MAX_HUBS_PER_PAGE]
            state.hubs.extend((link, depth + 1) for link in hubs)

    async def _page(self, response):
        """A roster candidate, a hub, a class page or a next page: its role is what it holds."""
        state = self.sites[response.meta["program_id"]]
        depth = response.meta.get("site_depth", 0)
        rendered = bool(response.meta.get("playwright"))
        if not _is_html(response):
            yield self.page_item(response, "other", state.program_id)
            return
        html = response.text
        if not rendered and (looks_script_rendered(html) or grows_by_script(html)):
            yield self.page_item(response, "other", state.program_id,
                                 found_via=f"{response.meta.get('found_via')}; needs a browser")
            check = {"page_url": response.url, "found_via": response.meta.get("found_via") or "",
                     "depth": depth, "todo": data_endpoints(html, response.url),
                     "hashes": [response.meta.get("precedent_sha1") or ""]}
            if self.extraction_cache.root is not None:
                # Refresh mode: what a browser would show depends on this page and its data
                # endpoints; ask for those (conditionally) before paying for a render.
                for item in self._check_endpoints(state, check):
                    yield item
            else:
                for item in self._render(state, check, None):
                    yield item
            return
        residents = await self._residents(response, state)
        if not residents:
            role = "info" if response.meta["role"] == "info" else "other"
            yield self.page_item(response, role, state.program_id)
            for link in class_links(html, response.url, state.site):
                req = self.fetch(state, link.url, self.parse_page, role="roster", depth=depth,
                                 found_via=f"class link {link.text!r} on {response.url}")
                if req is not None:
                    yield req
            if depth < self.max_depth:
                self._learn_links(state, response, depth=depth + 1)
            return
        if len(residents) <= LONE_PERSON and not state.rosters:
            onward = [link for link in roster_candidates(html, response.url, state.site, limit=4)
                      if urldefrag(link.url)[0] not in state.seen]
            if onward:
                state.tentative.append((self.page_item(response, "roster", state.program_id),
                                        residents, "other"))
                state.candidates.extend((link, depth) for link in onward)
                return
        yield self.page_item(response, "roster", state.program_id)
        state.rosters.append(response.url)
        state.found_via.append(response.meta.get("found_via") or "direct")
        for item in residents:
            yield item
        follow = [(url, "roster pagination") for url in [next_page(html, response.url)] if url]
        follow += [(link.url, f"class link {link.text!r}")
                   for link in class_links(html, response.url, state.site)]
        for url, why in follow:
            if in_scope(url, state.site):
                req = self.fetch(state, url, self.parse_page, role="roster", depth=depth,
                                 found_via=why)
                if req is not None:
                    yield req

    async def _residents(self, response, state: ProgramSite) -> list[ResidentItem]:
        if response.meta.get("playwright"):
            body, headers = keep_specialty(response.text, state.specialty), {}
        else:
            text = keep_specialty(response.text, state.specialty)
            body = response.body if text is response.text else text
            headers = _headers(response)
        cache = self.extraction_cache
        rendered = bool(response.meta.get("playwright"))
        key = response.meta.get("render_cache_key") if rendered else cache_key(
            "page", response.meta.get("precedent_sha1") or "", str(self.academic_year),
            state.specialty)
        cached = cache.get(key) if key and not rendered else None
        if cached is not None:
            self.crawler.stats.inc_value("precedent/extraction_skipped")
            records = [ResidentRecord(**r) for r in cached]
        else:
            started = time.perf_counter()
            records = await self.extraction.residents(body, response.url, headers=headers,
                                                      academic_year=self.academic_year)
            self.crawler.stats.inc_value("precedent/extract_seconds", time.perf_counter() - started)
            if key:
                cache.put(key, [r.to_dict() for r in records])
        return self._resident_items(state, response.url, records,
                                    response.meta.get("precedent_sha1"))

    def _resident_items(self, state: ProgramSite, url: str, records, sha1: str | None):
        self.crawler.stats.inc_value("precedent/residents", len(records))
        fetched = utc_now()
        return [
            ResidentItem(
                program_id=state.program_id, name=r.name, source_url=url,
                fetched_at=fetched, run_id=self.run_id, degrees=r.degrees,
                school_raw=r.school_raw, pgy=r.pgy, pgy_raw=r.pgy_raw, class_year=r.class_year,
                undergrad=r.undergrad, hometown=r.hometown, role=r.role, snippet=r.snippet,
                confidence=r.confidence, content_sha1=sha1,
            )
            for r in records
        ]

    # --- browser pages: render, or (refreshing) reuse the last render if nothing changed ------

    def _render(self, state: ProgramSite, check: dict, key: str | None):
        self.crawler.stats.inc_value("precedent/render_requests")
        req = self.fetch(state, check["page_url"], self.parse_page, role="roster",
                         depth=check["depth"], found_via=check["found_via"], render=True)
        if req is not None:
            req.meta["render_cache_key"] = key
            yield req

    def _check_endpoints(self, state: ProgramSite, check: dict):
        """Revalidate the next data endpoint; with all answered, reuse the last render of the
        same page and data, or render again."""
        if check["todo"]:
            url, rest = check["todo"][0], check["todo"][1:]
            req = self.fetch(state, url, self.parse_endpoint, role="other", depth=check["depth"],
                             found_via=f"data endpoint of {check['page_url']}")
            if req is not None:
                req.meta["endpoint_check"] = {**check, "todo": rest}
                yield req
                return
            check = {**check, "todo": rest}
            yield from self._check_endpoints(state, check)
            return
        key = cache_key("rendered", *check["hashes"], str(self.academic_year), state.specialty)
        cached = self.extraction_cache.get(key)
        if cached is None:
            yield from self._render(state, check, key)
            return
        self.crawler.stats.inc_value("precedent/render_skipped")
        url = check["page_url"]
        state.rosters.append(url)
        state.found_via.append(f"{check['found_via']} (page and data unchanged since last render)")
        yield self.page_item_for(url, "roster", state.program_id, render="browser-cached")
        yield from self._resident_items(state, url, [ResidentRecord(**r) for r in cached], None)

    def _endpoint(self, response):
        state = self.sites[response.meta["program_id"]]
        check = response.meta["endpoint_check"]
        yield self.page_item(response, "other", state.program_id)
        check = {**check, "hashes": [*check["hashes"], response.meta.get("precedent_sha1") or ""]}
        yield from self._check_endpoints(state, check)

    def _sitemap(self, response):
        state = self.sites[response.meta["program_id"]]
        yield self.page_item(response, "info", state.program_id)
        pages, nested = sitemap_urls(response.body)
        for url in nested:
            if in_scope(url, state.site) or url.startswith(state.site.rstrip("/")):
                req = self.fetch(state, url, self.parse_sitemap, role="info", depth=0,
                                 found_via=f"sitemap index {response.url}")
                if req is not None:
                    yield req
        scored = sorted((score_url(u) for u in pages if in_scope(u, state.site)),
                        key=lambda link: -link.score)
        # A sitemap entry has no link text to go by: any positive cue ("people") makes it a
        # candidate, best first, a few at most.
        for link in scored[:4]:
            if link.score >= SITEMAP_THRESHOLD:
                state.candidates.append((link, 1))

    # --- what next -------------------------------------------------------------------------------

    def advance(self, state: ProgramSite):
        """The program's requests have all answered: try the next way to its roster, or close."""
        if state.rosters or (state.home_failed and not state.candidates):
            yield from self._settle_tentative(state)
            yield self.close_program(state)
            return
        while state.candidates:
            state.candidates.sort(key=lambda c: -c[0].score)
            link, depth = state.candidates.pop(0)
            req = self.fetch(state, link.url, self.parse_page, role="roster", depth=depth,
                             found_via=link.reason)
            if req is not None:
                yield req
                return
        started = False
        while state.hubs and not started:
            link, depth = state.hubs.pop(0)
            req = self.fetch(state, link.url, self.parse_page, role="info", depth=depth,
                             found_via=f"hub {link.reason}")
            if req is not None:
                started = True
                yield req
        if started:
            return
        if not state.sitemaps_tried:
            state.sitemaps_tried = True
            for url in self.sitemaps_for(state):
                req = self.fetch(state, url, self.parse_sitemap, role="info", depth=0,
                                 found_via="sitemap")
                if req is not None:
                    started = True
                    yield req
            if started:
                return
        yield from self._settle_tentative(state)
        yield self.close_program(state)

    def _settle_tentative(self, state: ProgramSite):
        """The pages held back for naming one person: the roster if nothing better was found,
        otherwise pages of their plain role (``other``, ``info``) whose person is dropped."""
        found_elsewhere = bool(state.rosters)
        for page, residents, role in state.tentative:
            if found_elsewhere:
                page.role = role
                page.found_via = f"{page.found_via}; names one person, the roster is elsewhere"
                self.crawler.stats.inc_value("precedent/lone_person_pages")
                self.crawler.stats.inc_value("precedent/residents", -len(residents))
                yield page
                continue
            state.rosters.append(page.url)
            state.found_via.append(page.found_via or "direct")
            yield page
            yield from residents
        state.tentative.clear()

    def sitemaps_for(self, state: ProgramSite) -> list[str]:
        urls = [urljoin(state.site, "sitemap.xml")]
        robots = getattr(self.crawler, "precedent_robots", None)
        if robots is not None:
            urls += robots.sitemaps_for(urlparse(state.site).netloc)
        return list(dict.fromkeys(urls))

    def close_program(self, state: ProgramSite) -> ProgramStatusItem:
        self.sites.pop(state.program_id, None)
        if state.rosters:
            reason = f"roster via {state.found_via[0]}"
            if len(state.rosters) > 1:
                reason += f" (+{len(state.rosters) - 1} more pages)"
            return self.close_program_status(state.program_id, state.rosters, reason)
        blocked = [n for n in state.notes if n.startswith("robots.txt")]
        if blocked:
            reason = blocked[0]
        elif state.home_failed:
            reason = "website failed: " + state.notes[0]
        elif state.notes:
            reason = "no roster: " + "; ".join(state.notes[:3])
        elif state.budget_hit:
            reason = f"no roster within the page budget ({self.budget} pages)"
        else:
            reason = (f"no roster link found ({state.fetched} pages: home, hubs to depth "
                      f"{self.max_depth}, sitemaps)")
        return self.close_program_status(state.program_id, [], reason)

    def close_program_status(self, program_id: str, rosters: list[str], reason: str):
        self.done.add(program_id)
        self.crawler.stats.inc_value("precedent/programs_done")
        if rosters:
            self.crawler.stats.inc_value("precedent/programs_with_roster")
        else:
            kind = reason.split(" ")[0:3]
            self.crawler.stats.inc_value(f"precedent/no_roster/{' '.join(kind)}")
        return ProgramStatusItem(program_id, list(dict.fromkeys(rosters)), reason, self.run_id)

    # --- a safety net: no program is left open when the crawl runs dry ---------------------------

    def on_idle(self):
        if not self.sites:
            return
        from scrapy import Request

        self.crawler.engine.crawl(Request("data:,", callback=self.close_leftovers, dont_filter=True,
                                          errback=self.on_error, meta={"role": "other"}))
        raise DontCloseSpider

    def close_leftovers(self, response):
        for state in list(self.sites.values()):
            logger.warning("program %s left open with %d pending; closing", state.program_id,
                           state.pending)
            state.notes.append("requests lost")
            yield from self._settle_tentative(state)
            yield self.close_program(state)


def _is_html(response) -> bool:
    if not isinstance(response, TextResponse):
        return False
    ctype = (response.headers.get(b"Content-Type") or b"text/html").lower()
    return b"html" in ctype or (b"json" not in ctype and b"xml" not in ctype)


def _headers(response) -> dict[str, str]:
    return {
        k.decode("latin-1"): v[0].decode("latin-1") for k, v in response.headers.items() if v
    }
