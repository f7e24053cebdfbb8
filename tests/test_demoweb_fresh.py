"""The fresh (blind) roster variants serve exactly the residents their truth names.

Provenance: written 2026-11-25 by a blind helper, with the fresh variants in
``demoweb/layouts/fresh/``; nothing in ``extract/`` or ``enrich/`` was read or imported. Expected
values come from the generator's truth (shown name, degrees as shown, school string, PGY, class
year), never from the pages: every fresh roster page must show each of its residents' name,
degrees, school and level, and no other resident.
"""

from __future__ import annotations

import json
import re
import urllib.request
from html.parser import HTMLParser

import pytest

from demoweb.layouts import FRESH, FRESH_LAYOUTS
from demoweb.server import RunningWeb
from tests.demoweb_variants import assert_levels as check_levels
from tests.demoweb_variants import (
    assert_pages_show_exactly_their_residents,
    markup_webs,
    shows,
    variant_programs,
)
from tests.demoweb_variants import levels as read_levels
from tests.test_demoweb import fetch, links_of, parse, visible_text
from tests.test_demoweb_layouts import chromium_page_text

PROGRAMS = 1200  # every fresh layout has at least two programs with a reachable roster at seed 7
MIXED_PROGRAMS = 600
HTML_FRESH = sorted(name for name, layout in FRESH_LAYOUTS.items() if not layout.js)
# Where each HTML layout states a resident's level: in the resident's own block ("after" the
# name) or in the heading of the resident's class ("before" it). Tables are checked cell by cell.
LEVEL_PLACE = {
    "accordion": "before",
    "bios": "after",
    "cards": "after",
    "definition_list": "before",
    "dense_text": "before",
    "department": "after",
    "mixed_people": "after",
    "paginated": "after",
    "per_class": "before",
    "pgy_sections": "before",
}
ORDINALS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth")
LEVEL = re.compile(
    r"PGY[- ]?(?P<pgy>\d+)|Post-Graduate Year (?P<pg>\d+)|Class of (?P<cls>\d{4})"
    rf"|\b(?P<ord>{'|'.join(ORDINALS)})-Year\b|\b(?P<intern>Interns?)\b"
)


web, mixed = markup_webs(PROGRAMS, MIXED_PROGRAMS)


def fresh_programs(web: RunningWeb, layout: str, limit: int = 3) -> list[dict]:
    return variant_programs(web, FRESH, layout, limit)


def _level_of(m: re.Match[str], years: int) -> int:
    if m["pgy"] or m["pg"]:
        return int(m["pgy"] or m["pg"])
    if m["cls"]:
        return 2026 - (int(m["cls"]) - years) + 1
    if m["ord"]:
        return ORDINALS.index(m["ord"]) + 1
    return 1


def levels(text: str, program: dict) -> list[tuple[int, int]]:
    """(position, PGY) of every level the text states."""
    return read_levels(text, program, LEVEL, _level_of)


# The registry, the draw and the pages it must not move: tests/test_demoweb_variant_draws.py.


# --- HTML layouts --------------------------------------------------------------------------------


@pytest.mark.parametrize("layout", HTML_FRESH)
def test_fresh_pages_show_exactly_their_truth_residents(web: RunningWeb, layout: str) -> None:
    for program in fresh_programs(web, layout):
        assert_pages_show_exactly_their_residents(program)


def test_fresh_pages_of_a_mixed_web_show_exactly_their_truth_residents(
    mixed: RunningWeb,
) -> None:
    checked = 0
    for program in mixed.truth["programs"]:
        if program["layout_variant"] == FRESH and not program["js"] and program["roster_urls"]:
            assert_pages_show_exactly_their_residents(program)
            checked += 1
    assert checked >= 20


def test_fresh_people_directory_names_distractors_only_with_their_titles(
    web: RunningWeb,
) -> None:
    for program in fresh_programs(web, "mixed_people"):
        text = visible_text(fetch(program["roster_urls"][0])[2])
        assert len(program["distractors"]) > 5
        assert all(name in text for name in program["distractors"])
        assert text.count("Resident Physician, PGY-") == len(program["residents"])


def assert_levels(text: str, program: dict, names: list[str], place: str) -> None:
    check_levels(text, program, names, place, levels(text, program))


@pytest.mark.parametrize("layout", sorted(LEVEL_PLACE))
def test_fresh_pages_state_each_residents_level(web: RunningWeb, layout: str) -> None:
    for program in fresh_programs(web, layout):
        for page in program["roster_pages"]:
            text = visible_text(fetch(page["url"])[2])
            assert_levels(text, program, page["residents"], LEVEL_PLACE[layout])


class Tables(HTMLParser):
    """Each table's caption, header cells and rows of cell texts."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[dict] = []
        self._cell: list[str] | None = None
        self._in_caption = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.tables.append({"caption": "", "head": [], "rows": []})
        elif tag == "caption":
            self._in_caption = True
        elif tag == "tr":
            self.tables[-1]["rows"].append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "caption":
            self._in_caption = False
        elif tag in ("td", "th") and self._cell is not None:
            self.tables[-1]["rows"][-1].append(re.sub(r"\s+", " ", " ".join(self._cell)))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._in_caption:
            self.tables[-1]["caption"] += data
        elif self._cell is not None:
            self._cell.append(data)


def test_fresh_tables_give_each_resident_one_row_with_school_and_level(web: RunningWeb) -> None:
    for program in fresh_programs(web, "table", limit=6):
        parser = Tables()
        parser.feed(fetch(program["roster_urls"][0])[2].decode("utf-8"))
        for r in program["residents"]:
            rows = [
                (table, row)
                for table in parser.tables
                for row in table["rows"][1:]
                if r["name_shown"] in row[0]
            ]
            assert len(rows) == 1, r["name"]
            table, row = rows[0]
            assert r["degrees_shown"] in row[0]
            assert any(r["school_string"] in cell for cell in row[1:])
            where = table["caption"] or row[1]
            level = re.search(r"PGY-?(\d+)", where) or re.search(r"(\d+)", where)
            assert level and int(level[1]) == r["pgy"], (r["name"], where)


def test_fresh_paginated_pages_chain_with_rel_next(web: RunningWeb) -> None:
    chained = 0
    for program in fresh_programs(web, "paginated"):
        url, chain = program["roster_urls"][0], []
        while url:
            chain.append(url)
            nexts = [h for h, rel in parse(fetch(url)[2]).links if rel == "next"]
            url = urllib.request.urljoin(url, nexts[0]) if nexts else None
        assert chain == [p["url"] for p in program["roster_pages"]]
        chained += len(chain) >= 2
    assert chained >= 2


def test_fresh_per_class_index_links_every_class_and_names_nobody(web: RunningWeb) -> None:
    program = fresh_programs(web, "per_class")[0]
    index = program["roster_entry_url"]
    assert index not in program["roster_urls"]
    assert not any(r["name_shown"] in visible_text(fetch(index)[2]) for r in program["residents"])
    assert set(program["roster_urls"]) <= links_of(index)
    assert len(program["roster_urls"]) == len({r["pgy"] for r in program["residents"]})


def test_fresh_department_roster_is_linked_only_from_the_department_page(
    web: RunningWeb,
) -> None:
    program = fresh_programs(web, "department")[0]
    roster = program["roster_urls"][0]
    assert program["roster_entry_url"] in links_of(program["website"])
    assert roster not in links_of(program["website"])
    assert roster in links_of(program["roster_entry_url"])


# --- JavaScript layouts --------------------------------------------------------------------------


def test_fresh_load_more_html_and_json_fragments_hold_the_roster(web: RunningWeb) -> None:
    for program in fresh_programs(web, "load_more"):
        raw = visible_text(fetch(program["roster_urls"][0])[2])
        texts = [raw]
        for url in program["api_urls"]:
            status, headers, body = fetch(url)
            assert status == 200 and headers["Content-Type"].startswith("application/json")
            payload = json.loads(body)
            assert payload["success"] is True
            texts.append(visible_text(payload["data"]["html"].encode("utf-8")))
        for r in program["residents"]:
            holding = [t for t in texts if r["name_shown"] in t]
            assert len(holding) == 1, r["name"]
            assert shows(holding[0], r)
            after = holding[0][holding[0].index(r["name_shown"]) :]
            assert f"PGY-{r['pgy']}" in after.split(r["school_string"])[0]
        assert program["js"] == (len(program["residents"]) > 5)


def test_fresh_feed_html_and_cursor_pages_hold_the_roster(web: RunningWeb) -> None:
    for program in fresh_programs(web, "infinite_scroll"):
        by_shown = {r["name_shown"]: r for r in program["residents"]}
        raw = fetch(program["roster_urls"][0])[2].decode("utf-8")
        in_html = [r for r in program["residents"] if r["name_shown"] in visible_text(raw.encode())]
        assert all(shows(visible_text(raw.encode()), r) for r in in_html)
        cursor = re.search(r'data-next-cursor="([^"]*)"', raw)
        assert cursor
        records, next_cursor = [], cursor[1]
        for url in program["api_urls"]:
            assert url.endswith(f"?cursor={next_cursor}")
            payload = json.loads(fetch(url)[2])
            records += payload["results"]
            next_cursor = payload["next_cursor"]
        assert not next_cursor
        for rec in records:
            r = by_shown[rec["name"]["display"]]
            assert rec["credentials"] == r["degrees_shown"]
            medical = [e["institution"] for e in rec["education"] if e["type"] == "medical"]
            assert medical == [r["school_string"]]
            assert re.match(rf"PGY-{r['pgy']}\b", rec["program_year"])
        shown = [r["name_shown"] for r in in_html] + [rec["name"]["display"] for rec in records]
        assert sorted(shown) == sorted(by_shown)


def test_fresh_js_roster_graph_answer_matches_the_truth(web: RunningWeb) -> None:
    for program in fresh_programs(web, "js"):
        raw = visible_text(fetch(program["roster_urls"][0])[2])
        assert not any(r["name_shown"] in raw for r in program["residents"])
        (url,) = program["api_urls"]
        answer = json.loads(fetch(url)[2])
        nodes = [e["node"] for e in answer["data"]["program"]["residents"]["edges"]]
        by_shown = {r["name_shown"]: r for r in program["residents"]}
        assert sorted(n["displayName"] for n in nodes) == sorted(by_shown)
        for node in nodes:
            r = by_shown[node["displayName"]]
            assert node["postNominals"] == r["degrees_shown"]
            assert node["trainingYear"] == r["pgy"]
            assert node["graduationYear"] == r["class_year"]
            assert node["medicalSchool"]["name"] == r["school_string"]
            assert (node["undergraduate"] or {}).get("name") == r["undergrad"]


@pytest.mark.browser
@pytest.mark.parametrize(
    ("layout", "step", "place"),
    [
        ("load_more", "click", "after"),
        ("infinite_scroll", "scroll", "after"),
        ("js", "wait", "before"),
    ],
)
def test_fresh_js_rosters_complete_in_chromium(
    web: RunningWeb, layout: str, step: str, place: str
) -> None:
    program = max(fresh_programs(web, layout), key=lambda p: len(p["residents"]))
    text = chromium_page_text(program["roster_urls"][0], step, button=".view-more-team")
    text = re.sub(r"\s+", " ", text)
    assert all(shows(text, r) for r in program["residents"])
    assert_levels(text, program, [r["name"] for r in program["residents"]], place)
