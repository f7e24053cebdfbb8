"""What the tests of each blind roster markup (``test_demoweb_fresh*.py``) check the same way:
the programs showing a markup, the level each resident is given on a page, that roster pages
show exactly their truth residents, table rows, and a JS roster's text once Chromium completes it. Each markup's module keeps its own level pattern."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest

from demoweb.server import RunningWeb, running_web
from tests.test_demoweb import fetch, parse, visible_text

LevelOf = Callable[[re.Match[str], int], int]  # (a level match, program length) -> PGY


def markup_webs(programs: int, mixed_programs: int) -> tuple:
    """A markup module's two module-scoped fixtures, ``web`` (neurosurgery, ``programs``) and
    ``mixed`` (every specialty, ``mixed_programs``: other program lengths and class sizes), both
    at seed 7 in 2026. Each module sets its own sizes: a later markup holds fewer programs."""

    @pytest.fixture(scope="module")
    def web() -> Iterator[RunningWeb]:
        with running_web(programs=programs, seed=7, year=2026) as running:
            yield running

    @pytest.fixture(scope="module")
    def mixed() -> Iterator[RunningWeb]:
        with running_web(programs=mixed_programs, seed=7, year=2026, specialty="all") as running:
            yield running

    return web, mixed


def variant_programs(web: RunningWeb, variant: str, layout: str, limit: int = 3) -> list[dict]:
    """The first ``limit`` programs with a reachable roster showing ``variant`` of ``layout``."""
    found = [
        p
        for p in web.truth["programs"]
        if p["layout"] == layout
        and p["layout_variant"] == variant
        and p["residents"]
        and p["roster_urls"]
    ]
    assert found, f"no {variant} {layout} program among {len(web.truth['programs'])}"
    return found[:limit]


def program_years(program: dict) -> int:
    r = program["residents"][0]
    return r["class_year"] - (2026 - r["pgy"] + 1)


def levels(text: str, program: dict, pattern: re.Pattern[str], level_of: LevelOf) -> list:
    """(position, PGY) of every level the text states."""
    years = program_years(program)
    return [(m.start(), level_of(m, years)) for m in pattern.finditer(text)]


def shows(text: str, r: dict) -> bool:
    return all(r[k] in text for k in ("name_shown", "degrees_shown", "school_string"))


def assert_pages_show_exactly_their_residents(program: dict) -> None:
    """Every roster page shows its residents in full and no other; together, the whole roster."""
    by_name = {r["name"]: r for r in program["residents"]}
    union = []
    for page in program["roster_pages"]:
        body = fetch(page["url"])[2]
        text = visible_text(body)
        for name in page["residents"]:
            assert shows(text, by_name[name]), (page["url"], name)
        others = set(by_name) - set(page["residents"])
        assert not any(by_name[n]["name_shown"] in text for n in others), page["url"]
        if program["layout"] != "mixed_people":
            assert not any(d in text for d in program["distractors"]), page["url"]
        assert parse(body).imgs == 0
        union += page["residents"]
    assert sorted(union) == sorted(by_name)


def assert_levels(text: str, program: dict, names: list[str], place: str, found: list) -> None:
    """Each resident's level is the first one stated after their name ("after": in their own
    block) or the last one stated before it ("before": their class's heading or intro);
    ``found`` is :func:`levels` of the text."""
    by_name = {r["name"]: r for r in program["residents"]}
    starts = sorted(text.index(by_name[n]["name_shown"]) for n in names)
    for name in names:
        at = text.index(by_name[name]["name_shown"])
        if place == "after":
            end = next((s for s in starts if s > at), len(text))
            stated = [lvl for pos, lvl in found if at < pos < end][:1]
        else:
            stated = [lvl for pos, lvl in found if pos < at][-1:]
        assert stated == [by_name[name]["pgy"]], (program["website"], name, stated)


class TableRows(HTMLParser):
    """Each table row's cell texts (nested tables: the innermost cells)."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append(re.sub(r"\s+", " ", " ".join(self._cell)).strip())
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def chromium_text(
    url: str, step: str, done: dict[str, str], button: str, attempts: int = 60
) -> str:
    """Visible text of ``main`` after clicking ``button``, scrolling or waiting (``step``) until
    the page's own end signal, the script ``done[step]``, holds (at most ``attempts`` tries)."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    if not Path(chromium).exists():
        pytest.skip(f"no Chromium at {chromium}")
    with playwright_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        try:
            page = browser.new_page()
            page.goto(url)
            for _ in range(attempts):
                if page.evaluate(done[step]):
                    break
                if step == "click":
                    control = page.query_selector(button)
                    if control and control.is_enabled():
                        control.click()
                elif step == "scroll":
                    page.mouse.wheel(0, 4000)
                page.wait_for_timeout(150)
            assert page.evaluate(done[step]), "the list never completed"
            return page.inner_text("main")
        finally:
            browser.close()
