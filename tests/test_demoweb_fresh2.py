"""The fresh2 (blind) roster variants serve exactly the residents their truth names.

Provenance: written 2026-11-26 by a blind helper, with the fresh2 variants in
``demoweb/layouts/fresh2/``; nothing in ``extract/`` or ``enrich/`` was read or imported, and no
extractor was run. Expected values come from the generator's truth (shown name, degrees as shown,
school string, PGY, class year), never from the pages: every fresh2 roster page must show each of
its residents' name, degrees, school and level, and no other resident. People working on
``extract/`` or ``enrich/`` should not read this file.
"""

from __future__ import annotations

import html
import json
import re
import urllib.request

import pytest

from demoweb.layouts.registry import (
    FRESH2,
    FRESH2_LAYOUTS,
)
from demoweb.server import RunningWeb
from tests.demoweb_variants import (
    TableRows,
    assert_pages_show_exactly_their_residents,
    chromium_text,
    markup_webs,
    shows,
    variant_programs,
)
from tests.demoweb_variants import assert_levels as check_levels
from tests.demoweb_variants import levels as read_levels
from tests.test_demoweb import fetch, links_of, parse, visible_text

# fresh2 takes half of the held-out programs that fresh leaves, so a quarter of held-out: 4000
# programs give every fresh2 layout at least five programs with a reachable roster at seed 7
# (infinite_scroll, the rarest, has five). Pages are made on demand.
PROGRAMS = 4000
MIXED_PROGRAMS = 600
HTML_FRESH2 = sorted(name for name, layout in FRESH2_LAYOUTS.items() if not layout.js)
# Where each HTML layout states a resident's level: in the resident's own block ("after" the
# name) or in the heading or intro of the resident's class ("before" it). Tables: cell by cell.
LEVEL_PLACE = {
    "accordion": "before",
    "bios": "after",
    "cards": "after",
    "definition_list": "after",
    "dense_text": "before",
    "department": "after",
    "mixed_people": "after",
    "paginated": "after",
    "per_class": "before",
    "pgy_sections": "before",
}
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")
LEVEL = re.compile(
    r"PGY-?(?P<pgy>\d+)\b"
    r"|PGY ?-(?P<roman>[IVX]+)\b"  # "PGY -III": the test parser splits the <abbr>
    r"|\b(?P<nth>\d)(?:st|nd|rd|th)[- ][Yy]ears?\b"
    r"|\bYear (?P<year>\d)\b"
    r"|\b(?:Class of|[Gg]raduating(?: Class of)?) (?P<cls>\d{4})\b"
    r"|\b(?P<intern>Interns?)\b"
)


web, mixed = markup_webs(PROGRAMS, MIXED_PROGRAMS)


def fresh2_programs(web: RunningWeb, layout: str, limit: int = 3) -> list[dict]:
    return variant_programs(web, FRESH2, layout, limit)


def _level_of(m: re.Match[str], years: int) -> int:
    if m["pgy"]:
        return int(m["pgy"])
    if m["roman"]:
        return ROMAN.index(m["roman"]) + 1
    if m["nth"] or m["year"]:
        return int(m["nth"] or m["year"])
    if m["cls"]:
        return 2026 - (int(m["cls"]) - years) + 1
    return 1


def levels(text: str, program: dict) -> list[tuple[int, int]]:
    """(position, PGY) of every level the text states."""
    return read_levels(text, program, LEVEL, _level_of)


# The registry, the draw and the pages it must not move: tests/test_demoweb_variant_draws.py.


# --- HTML layouts --------------------------------------------------------------------------------


@pytest.mark.parametrize("layout", HTML_FRESH2)
def test_fresh2_pages_show_exactly_their_truth_residents(web: RunningWeb, layout: str) -> None:
    for program in fresh2_programs(web, layout):
        assert_pages_show_exactly_their_residents(program)


def test_fresh2_pages_of_a_mixed_web_show_exactly_their_truth_residents(
    mixed: RunningWeb,
) -> None:
    checked = 0
    for program in mixed.truth["programs"]:
        if program["layout_variant"] == FRESH2 and not program["js"] and program["roster_urls"]:
            assert_pages_show_exactly_their_residents(program)
            checked += 1
    assert checked >= 15


def assert_levels(text: str, program: dict, names: list[str], place: str) -> None:
    check_levels(text, program, names, place, levels(text, program))


@pytest.mark.parametrize("layout", sorted(LEVEL_PLACE))
def test_fresh2_pages_state_each_residents_level(web: RunningWeb, layout: str) -> None:
    for program in fresh2_programs(web, layout):
        for page in program["roster_pages"]:
            text = visible_text(fetch(page["url"])[2])
            assert_levels(text, program, page["residents"], LEVEL_PLACE[layout])


def test_fresh2_levels_of_a_mixed_web(mixed: RunningWeb) -> None:
    """Programs of one to seven years: interns, chiefs and Roman numerals all come out right."""
    checked = 0
    for program in mixed.truth["programs"]:
        layout = program["layout"]
        if program["layout_variant"] != FRESH2 or layout not in LEVEL_PLACE:
            continue
        for page in program["roster_pages"]:
            if page["url"] in program["roster_urls"]:
                text = visible_text(fetch(page["url"])[2])
                assert_levels(text, program, page["residents"], LEVEL_PLACE[layout])
                checked += 1
    assert checked >= 15


def test_fresh2_tables_give_each_resident_one_row_with_school_and_level(web: RunningWeb) -> None:
    for program in fresh2_programs(web, "table", limit=8):
        parser = TableRows()
        parser.feed(fetch(program["roster_urls"][0])[2].decode("utf-8"))
        for r in program["residents"]:
            rows = [row for row in parser.rows if r["name_shown"] in row[0]]
            assert len(rows) == 1, r["name"]
            (row,) = rows
            assert r["degrees_shown"] in " ".join(row)
            assert r["school_string"] in row
            rest = " | ".join(cell for cell in row if cell != r["school_string"])
            stated = {lvl for _, lvl in levels(rest, program)}
            assert stated == {r["pgy"]}, (r["name"], row)


NEXT_WP = re.compile(r'<a class="next page-numbers" href="([^"]+)"')


def test_fresh2_paginated_pages_chain_with_their_pager(web: RunningWeb) -> None:
    """Drupal pagers chain with rel="next" (zero-based ?page=N); WordPress ones by the link of
    class "next page-numbers" (?paged=N, no rel at all)."""
    styles = set()
    for program in fresh2_programs(web, "paginated", limit=10):
        url, chain = program["roster_urls"][0], []
        while url:
            chain.append(url)
            body = fetch(url)[2]
            nexts = [h for h, rel in parse(body).links if rel == "next"]
            wp = NEXT_WP.findall(body.decode("utf-8"))
            if nexts:
                styles.add("drupal")
                assert not wp
            elif wp:
                styles.add("wordpress")
            following = nexts or wp
            url = urllib.request.urljoin(url, html.unescape(following[0])) if following else None
        assert chain == [p["url"] for p in program["roster_pages"]]
        if len(chain) > 1:
            assert "?page=1" in chain[1] or "?paged=2" in chain[1]
    assert styles == {"drupal", "wordpress"}


def test_fresh2_per_class_landing_links_every_class_and_names_nobody(web: RunningWeb) -> None:
    for program in fresh2_programs(web, "per_class", limit=2):
        index = program["roster_entry_url"]
        assert index not in program["roster_urls"]
        text = visible_text(fetch(index)[2])
        assert not any(r["name_shown"] in text for r in program["residents"])
        assert set(program["roster_urls"]) <= links_of(index)
        assert len(program["roster_urls"]) == len({r["pgy"] for r in program["residents"]})


def test_fresh2_department_roster_is_linked_only_from_the_department_page(
    web: RunningWeb,
) -> None:
    program = fresh2_programs(web, "department")[0]
    roster = program["roster_urls"][0]
    assert program["roster_entry_url"] in links_of(program["website"])
    assert roster not in links_of(program["website"])
    assert roster in links_of(program["roster_entry_url"])


def test_fresh2_directory_names_others_only_with_their_titles(web: RunningWeb) -> None:
    for program in fresh2_programs(web, "mixed_people"):
        text = visible_text(fetch(program["roster_urls"][0])[2])
        assert len(program["distractors"]) > 5
        assert all(name in text for name in program["distractors"])
        titles = re.findall(r"\b(?:Chief )?Resident \(PGY(\d)\)", text)
        assert sorted(int(t) for t in titles) == sorted(r["pgy"] for r in program["residents"])


# --- JavaScript layouts --------------------------------------------------------------------------


def test_fresh2_load_more_html_and_records_hold_the_roster(web: RunningWeb) -> None:
    for program in fresh2_programs(web, "load_more"):
        raw = visible_text(fetch(program["roster_urls"][0])[2])
        by_shown = {r["name_shown"]: r for r in program["residents"]}
        in_html = [r for r in program["residents"] if r["name_shown"] in raw]
        assert all(shows(raw, r) for r in in_html)
        assert len(in_html) == min(6, len(by_shown))
        records = []
        for n, url in enumerate(program["api_urls"], start=1):
            assert url.endswith(f"?skip={6 * n}&take=6")
            status, headers, body = fetch(url)
            assert status == 200 and headers["Content-Type"].startswith("application/json")
            payload = json.loads(body)
            assert payload["meta"] == {"total": len(by_shown), "skip": 6 * n, "take": 6}
            records += payload["records"]
        for rec in records:
            r = by_shown[rec["person"]["name"]["full"]]
            assert rec["person"]["suffix"] == r["degrees_shown"]
            assert rec["appointment"]["year"] == r["pgy"]
            assert rec["schooling"][0]["school"] == r["school_string"]
            undergrad = [s["school"] for s in rec["schooling"][1:]]
            assert undergrad == ([r["undergrad"]] if r["undergrad"] else [])
        shown = [r["name_shown"] for r in in_html] + [
            rec["person"]["name"]["full"] for rec in records
        ]
        assert sorted(shown) == sorted(by_shown)
        assert program["js"] == (len(by_shown) > 6)


def test_fresh2_feed_html_and_rest_pages_hold_the_roster(web: RunningWeb) -> None:
    for program in fresh2_programs(web, "infinite_scroll"):
        by_shown = {r["name_shown"]: r for r in program["residents"]}
        raw = fetch(program["roster_urls"][0])[2]
        text = visible_text(raw)
        in_html = [r for r in program["residents"] if r["name_shown"] in text]
        assert all(shows(text, r) for r in in_html)
        total = re.search(r'data-total-pages="(\d+)"', raw.decode("utf-8"))
        assert total and int(total[1]) == len(program["api_urls"]) + 1
        posts = []
        for n, url in enumerate(program["api_urls"], start=2):
            assert url.endswith(f"?page={n}&per_page=9")
            payload = json.loads(fetch(url)[2])
            assert isinstance(payload, list)
            posts += payload
        for post in posts:
            r = by_shown[html.unescape(post["title"]["rendered"])]
            assert post["acf"]["post_nominals"] == r["degrees_shown"]
            assert post["acf"]["medical_school"] == r["school_string"]
            assert post["acf"]["undergraduate"] == (r["undergrad"] or "")
            assert int(post["acf"]["residency_year"][0]) == r["pgy"]
        shown = [r["name_shown"] for r in in_html]
        shown += [html.unescape(p["title"]["rendered"]) for p in posts]
        assert sorted(shown) == sorted(by_shown)


def test_fresh2_jsonapi_answer_joins_to_the_truth(web: RunningWeb) -> None:
    for program in fresh2_programs(web, "js"):
        raw = visible_text(fetch(program["roster_urls"][0])[2])
        assert not any(r["name_shown"] in raw for r in program["residents"])
        (url,) = program["api_urls"]
        doc = json.loads(fetch(url)[2])
        terms = {(t["type"], t["id"]): t["attributes"]["name"] for t in doc["included"]}
        by_shown = {r["name_shown"]: r for r in program["residents"]}
        assert sorted(n["attributes"]["title"] for n in doc["data"]) == sorted(by_shown)
        for node in doc["data"]:
            a, rels = node["attributes"], node["relationships"]
            r = by_shown[a["title"]]
            assert a["field_post_nominals"] == r["degrees_shown"]
            assert a["field_training_year"] == r["pgy"]
            assert a["field_graduation_year"] == r["class_year"]
            school = rels["field_medical_school"]["data"]
            assert terms[(school["type"], school["id"])] == r["school_string"]
            college = rels["field_undergraduate"]["data"]
            assert (terms[(college["type"], college["id"])] if college else None) == r["undergrad"]


DONE = {
    "click": "() => !document.querySelector('.see-more')",
    "scroll": "() => !!document.querySelector('.feed-end')",
    "wait": "() => document.getElementById('resident-directory')"
    ".getAttribute('aria-busy') === 'false'",
}


@pytest.mark.browser
@pytest.mark.parametrize(
    ("layout", "step", "place"),
    [
        ("load_more", "click", "after"),
        ("infinite_scroll", "scroll", "after"),
        ("js", "wait", "before"),
    ],
)
def test_fresh2_js_rosters_complete_in_chromium(
    web: RunningWeb, layout: str, step: str, place: str
) -> None:
    program = max(fresh2_programs(web, layout, limit=10), key=lambda p: len(p["residents"]))
    text = re.sub(r"\s+", " ", chromium_text(program["roster_urls"][0], step, DONE, ".see-more"))
    assert all(shows(text, r) for r in program["residents"])
    assert_levels(text, program, [r["name"] for r in program["residents"]], place)
