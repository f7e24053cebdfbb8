"""Every page of one program's website, as a map from path to how to render it.

The server asks a :class:`ProgramSite` for the path a request names; the truth asks it which
URLs are roster pages, API endpoints and prose pages. Both read the same map, so what the truth
promises is what the server serves.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from demoweb import pages, prose
from demoweb.faults import EXTRA_PAGES, fault_for
from demoweb.info import ProgramInfo, program_info
from demoweb.layouts import RosterContext, RosterPage, layout_for
from demoweb.layouts.registry import ApiPage
from demoweb.model import Program, Site

API_PATH = "api/residents.json"
HTML = "text/html; charset=utf-8"
TEXT = "text/plain; charset=utf-8"
JSON = "application/json; charset=utf-8"
XML = "application/xml; charset=utf-8"


@dataclass(frozen=True)
class Route:
    """One page: its content type, how to make its body, and whether it moves with the year."""

    content_type: str
    render: Callable[[], str]
    dated: bool  # content depends on the academic year (Last-Modified: July 1 of that year)
    role: str = "other"  # home, about, roster, roster_index, department, api, prose, news, info...


def robots_disallow(site: Site) -> tuple[str, ...]:
    """Paths robots.txt forbids for a program: its roster pages and API, when it is blocked.

    Disallow is a prefix match, so the roster path without ".html" also covers its paginated
    and per-class pages.
    """
    if not (site.robots_blocked and site.roster_path):
        return ()
    stem = site.roster_path.removesuffix(".html")
    return (site.prefix + stem, site.prefix + API_PATH.rsplit("/", 1)[0] + "/")


class ProgramSite:
    """The pages of one program's site for one server (``port``) and fault setting."""

    def __init__(self, program: Program, port: int, seed: int = 7, faults: bool = False) -> None:
        self.program = program
        self.port = port
        self.fault = fault_for(seed, program) if faults else None
        site = program.site
        self.ctx = RosterContext(site.prefix, site.roster_path or "", API_PATH)

    # --- what the site holds -------------------------------------------------------------------

    @cached_property
    def roster_pages(self) -> list[RosterPage]:
        if self.program.site.roster_path is None:
            return []
        site = self.program.site
        layout = layout_for(site.layout, site.layout_variant)
        return layout.roster_pages(self.program, site.layout_variant, self.ctx)

    @cached_property
    def api_pages(self) -> list[ApiPage]:
        if self.program.site.roster_path is None:
            return []
        site = self.program.site
        layout = layout_for(site.layout, site.layout_variant)
        return layout.json_pages(self.program, site.layout_variant, self.ctx)

    @cached_property
    def prose_pages(self) -> list[prose.ProsePage]:
        return prose.prose_pages(self.program) if self.program.site.roster_path else []

    @cached_property
    def info(self) -> ProgramInfo:
        """Eligibility and application pages, and the facts the home page states."""
        return program_info(self.program)

    @property
    def js(self) -> bool:
        """Whether a browser is needed to see every resident."""
        site = self.program.site
        return layout_for(site.layout, site.layout_variant).js and bool(self.api_pages)

    def url(self, rel: str = "") -> str:
        return self.program.url(self.port, rel)

    @cached_property
    def nav(self) -> pages.NavLinks:
        prefix = self.program.site.prefix
        roster = None
        if self.roster_pages:
            entry = self.roster_pages[0]
            roster = (prefix + entry.rel, entry.link_text or self.program.site.roster_link_text)
        extra = tuple(
            (prefix + rel, text) for kind, (rel, text) in EXTRA_PAGES.items() if self.fault == kind
        )
        return pages.NavLinks(
            roster=roster,
            news=prefix + "news/" if self.prose_pages else None,
            extra=extra,
            info=tuple((prefix + p.rel, p.link_text) for p in self.info.pages),
        )

    def sitemap_rels(self) -> list[str]:
        site = self.program.site
        rels = ["", site.about_path, *(p.rel for p in self.roster_pages)]
        if self.prose_pages:
            rels.append("news/")
            rels += [p.slug + ".html" for p in self.prose_pages]
        rels += [p.rel for p in self.info.pages]
        return list(dict.fromkeys(rels))

    # --- the routes ----------------------------------------------------------------------------

    @cached_property
    def routes(self) -> dict[str, Route]:
        program, site, nav = self.program, self.program.site, self.nav
        routes: dict[str, Route] = {
            "": Route(
                HTML, lambda: pages.home_page(program, nav, self.info.home_html), False, "home"
            ),
            site.about_path: Route(HTML, lambda: pages.about_page(program, nav), False, "about"),
            "sitemap.xml": Route(
                XML,
                lambda: pages.sitemap_xml([self.url(r) for r in self.sitemap_rels()]),
                True,
                "sitemap",
            ),
        }
        for page in self.roster_pages:
            role = "roster" if page.roster else ("department" if page.link_text else "roster_index")
            title = page.title or site.roster_link_text
            routes[page.rel] = Route(
                HTML,
                lambda page=page, title=title: pages.program_page(program, title, page.body, nav),
                True,
                role,
            )
        for api in self.api_pages:
            routes[api.rel] = Route(
                JSON, lambda api=api: json.dumps(api.payload, ensure_ascii=False), True, "api"
            )
        if self.prose_pages:
            posts = [(site.prefix + p.slug + ".html", p.title) for p in self.prose_pages]
            routes["news/"] = Route(
                HTML, lambda: pages.news_index(program, posts, nav), True, "news"
            )
            for p in self.prose_pages:
                routes[p.slug + ".html"] = Route(
                    HTML,
                    lambda p=p: pages.prose_html(program, p.title, p.paragraphs, nav),
                    True,
                    "prose",
                )
                routes[p.slug + ".txt"] = Route(
                    TEXT, lambda p=p: prose.as_text(p, pages.DEMO_NOTICE), True, "prose"
                )
        for info in self.info.pages:  # the same in every year: undated
            routes[info.rel] = Route(
                HTML,
                lambda info=info: pages.program_page(program, info.title, info.body, nav),
                False,
                "info",
            )
        for kind, (rel, text) in EXTRA_PAGES.items():
            if self.fault == kind:  # the body is streamed by the fault injector
                routes[rel] = Route(HTML, lambda text=text: text, False, "fault")
        return routes

    def roster_rels(self) -> list[str]:
        return [p.rel for p in self.roster_pages if p.roster]
