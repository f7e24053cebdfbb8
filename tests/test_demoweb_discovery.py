"""How rosters are found: link texts, nested menus, department pages, sitemap.xml only,
robots.txt that forbids some rosters, programs without a roster; and the prose pages.
"""

from __future__ import annotations

import re
import urllib.request
import urllib.robotparser
from collections import Counter
from collections.abc import Iterator

import pytest

from demoweb.generate import ROSTER_LINK_TEXTS
from demoweb.server import RunningWeb, running_web
from tests.test_demoweb import PROGRAMS, fetch, links_of, parse, visible_text


@pytest.fixture(scope="module")
def web() -> Iterator[RunningWeb]:
    with running_web(programs=PROGRAMS, seed=7, year=2026) as running:
        yield running


def with_discovery(web: RunningWeb, how: str) -> list[dict]:
    found = [p for p in web.truth["programs"] if p["discovery"] == how]
    assert found, f"no program found by {how}"
    return found[:6]


def sitemap_locs(website: str) -> list[str]:
    root = "/".join(website.split("/", 3)[:3])
    robots = fetch(root + "/robots.txt")[2].decode()
    locs = re.findall(
        r"<loc>([^<]+)</loc>", fetch(re.search(r"Sitemap: (\S+)", robots)[1])[2].decode()
    )
    nested = [loc for loc in locs if loc.endswith("sitemap.xml")]
    for sitemap in nested:
        locs += re.findall(r"<loc>([^<]+)</loc>", fetch(sitemap)[2].decode())
    return locs


def test_link_texts_vary_as_on_real_sites(web: RunningWeb) -> None:
    texts = Counter(p["roster_link_text"] for p in web.truth["programs"] if p["discovery"] == "nav")
    for text in (
        "Current Residents",
        "Our Residents",
        "Meet the Residents",
        "Residents & Fellows",
        "People",
        "Trainees",
    ):
        assert text in ROSTER_LINK_TEXTS
        assert texts[text], text


def test_nav_programs_link_the_roster_from_home(web: RunningWeb) -> None:
    for program in with_discovery(web, "nav"):
        home = fetch(program["website"])[2].decode()
        assert program["roster_entry_url"] in links_of(program["website"])
        assert f">{program['roster_link_text'].replace('&', '&amp;')}</a>" in home


def test_nested_menu_hides_the_roster_two_levels_down(web: RunningWeb) -> None:
    for program in with_discovery(web, "nested_menu"):
        home = fetch(program["website"])[2].decode()
        nav = home[home.index("<nav") : home.index("</nav>")]
        path = program["roster_entry_url"].split(":", 2)[2].split("/", 1)[1]
        link = nav.index(f'href="/{path}"')
        assert nav[:link].count('<ul class="sub">') == 2  # inside two nested submenus
        assert program["roster_entry_url"] in links_of(program["website"])


def test_sitemap_only_rosters_are_linked_from_no_page(web: RunningWeb) -> None:
    for program in with_discovery(web, "sitemap"):
        entry = program["roster_entry_url"]
        home = program["website"]
        pages = {home} | links_of(home)
        for page in list(pages):
            if page.startswith(home) and fetch(page)[0] == 200:
                assert entry not in links_of(page), page
        assert entry in sitemap_locs(home)


def test_sitemaps_list_every_roster_page(web: RunningWeb) -> None:
    for program in [p for p in web.truth["programs"] if p["roster_pages"]][:40]:
        locs = sitemap_locs(program["website"])
        for page in program["roster_pages"]:
            assert page["url"] in locs


def test_robots_txt_forbids_the_blocked_rosters_and_only_them(web: RunningWeb) -> None:
    blocked = [p for p in web.truth["programs"] if p["robots_blocked"]]
    assert blocked
    for program in web.truth["programs"]:
        root = "/".join(program["website"].split("/", 3)[:3])
        parser = urllib.robotparser.RobotFileParser(root + "/robots.txt")
        parser.read()
        for url in program["roster_urls"]:
            assert parser.can_fetch("PrecedentBot", url), url
        for url in program["unreachable_roster_urls"]:
            assert not parser.can_fetch("PrecedentBot", url), url
            assert fetch(url)[0] == 200  # robots.txt is a request, not a lock
        if program["robots_blocked"]:
            assert not program["roster_urls"] and program["unreachable_roster_urls"]
            assert not program["expect_residents"]
            assert not any(r["expected"] for r in program["residents"])
        assert parser.can_fetch("PrecedentBot", program["website"])


def test_programs_without_roster_say_so(web: RunningWeb) -> None:
    without = [p for p in web.truth["programs"] if not p["has_roster"]]
    assert without
    for program in without:
        assert not program["roster_urls"] and not program["residents"]
        assert "coming soon" in visible_text(fetch(program["website"])[2])


def test_prose_pages_name_incoming_residents_with_schools(web: RunningWeb) -> None:
    programs = [p for p in web.truth["programs"] if p["prose"]]
    kinds = Counter(page["kind"] for p in programs for page in p["prose"])
    assert kinds["match_day"] and kinds["newsletter"]
    for program in programs[:30]:
        residents = {r["name"]: r for r in program["residents"]}
        for page in program["prose"]:
            status, headers, body = fetch(page["url"])
            assert status == 200
            if page["format"] == "txt":
                assert headers["Content-Type"].startswith("text/plain")
                text = body.decode("utf-8")
            else:
                text = visible_text(body)
            assert page["residents"], page["url"]
            for name in page["residents"]:
                assert residents[name]["pgy"] == 1
                assert name in text and residents[name]["school_string"] in text
                assert page["schools"][name] == residents[name]["school_id"]
            for name in page["distractors"]:
                assert name in text and name not in residents
        news = program["website"] + "news/"
        assert news in links_of(program["website"])
        html_posts = {p["url"] for p in program["prose"] if p["format"] == "html"}
        assert html_posts <= links_of(news)
        assert {h for h, _ in parse(fetch(news)[2]).links}
