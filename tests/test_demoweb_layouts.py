"""Every roster layout, in both variants, serves exactly the residents its truth names.

HTML layouts: every page the truth lists shows its residents (shown name, degrees as shown,
school string), and the union of a program's roster pages is its roster. JavaScript layouts:
the raw HTML shows at most the first batch, and the JSON endpoints the truth lists hold the
rest. Chromium tests (marked ``browser``) click "load more" and scroll until the list is complete.
"""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Iterator

import pytest

from demoweb.layouts import LAYOUTS, VARIANTS
from demoweb.server import RunningWeb, running_web
from tests.demoweb_variants import chromium_text
from tests.test_demoweb import fetch, links_of, parse, visible_text

# Of the held-out programs, fresh, fresh2, fresh3 and fresh4 each take half of what the ones
# before leave (tested in test_demoweb_variant_draws.py), so a sixteenth keep the held-out markup:
# 11400 programs still hold every layout's at seed 7 (the last, infinite_scroll, arrives at
# 11390). Pages are made on demand: only the few programs each test fetches are rendered.
PROGRAMS = 11400
HTML_LAYOUTS = [name for name, layout in LAYOUTS.items() if not layout.js]
JS_LAYOUTS = [name for name, layout in LAYOUTS.items() if layout.js]


@pytest.fixture(scope="module")
def web() -> Iterator[RunningWeb]:
    with running_web(programs=PROGRAMS, seed=7, year=2026) as running:
        yield running


def programs_with(web: RunningWeb, layout: str, split: str) -> list[dict]:
    found = [
        p
        for p in web.truth["programs"]
        if p["layout"] == layout
        and p["split"] == split
        and p["layout_variant"] == split  # fresh markup is tested in test_demoweb_fresh.py
        and p["residents"]
    ]
    assert found, f"no {layout}/{split} program among {PROGRAMS}"
    return found[:4]


def shows(text: str, resident: dict, degrees: bool = True) -> bool:
    return (
        resident["name_shown"] in text
        and resident["school_string"] in text
        and (not degrees or resident["degrees_shown"] in text)
    )


def test_layouts_are_at_least_twelve_and_documented() -> None:
    assert len(LAYOUTS) >= 12
    assert all(layout.description for layout in LAYOUTS.values())
    assert {"table", "cards", "js"} <= set(LAYOUTS)  # the v1 names other code relies on


@pytest.mark.parametrize("split", VARIANTS)
@pytest.mark.parametrize("layout", HTML_LAYOUTS)
def test_html_layout_pages_show_their_truth_residents(
    web: RunningWeb, layout: str, split: str
) -> None:
    for program in programs_with(web, layout, split):
        pages = program["roster_pages"]
        union = []
        for page in pages:
            text = visible_text(fetch(page["url"])[2])
            by_name = {r["name"]: r for r in program["residents"]}
            degrees = not (layout == "dense_text" and split == "heldout")
            for name in page["residents"]:
                assert shows(text, by_name[name], degrees), (page["url"], name)
            others = set(by_name) - set(page["residents"])
            assert not any(by_name[n]["name_shown"] in text for n in others)
            union += page["residents"]
        assert sorted(union) == sorted(r["name"] for r in program["residents"])


@pytest.mark.parametrize("split", VARIANTS)
@pytest.mark.parametrize("layout", [n for n in HTML_LAYOUTS if n != "mixed_people"])
def test_html_layouts_name_no_distractor_on_roster_pages(
    web: RunningWeb, layout: str, split: str
) -> None:
    for program in programs_with(web, layout, split):
        for page in program["roster_pages"]:
            text = visible_text(fetch(page["url"])[2])
            assert not any(name in text for name in program["distractors"]), page["url"]


@pytest.mark.parametrize("split", VARIANTS)
def test_people_page_lists_faculty_fellows_and_alumni_beside_residents(
    web: RunningWeb, split: str
) -> None:
    for program in programs_with(web, "mixed_people", split):
        text = visible_text(fetch(program["roster_urls"][0])[2])
        assert len(program["distractors"]) > 5
        assert all(name in text for name in program["distractors"])
        assert all(shows(text, r) for r in program["residents"])
        if split == "dev":
            for heading in ("Faculty", "Residents", "Fellows", "Alumni"):
                assert heading in text


@pytest.mark.parametrize("split", VARIANTS)
def test_bios_name_the_undergraduate_college_before_the_medical_school(
    web: RunningWeb, split: str
) -> None:
    trapped = 0
    for program in programs_with(web, "bios", split):
        text = visible_text(fetch(program["roster_urls"][0])[2])
        for r in program["residents"]:
            if r["undergrad"]:
                start = text.index(r["name_shown"])
                assert text.index(r["undergrad"], start) < text.index(r["school_string"], start)
                trapped += 1
    assert trapped


def test_cards_have_placeholder_avatars_and_medical_school_lines(web: RunningWeb) -> None:
    program = programs_with(web, "cards", "dev")[0]
    body = fetch(program["roster_urls"][0])[2].decode()
    assert body.count('class="avatar"') == len(program["residents"])
    assert parse(body.encode()).imgs == 0
    assert body.count("Medical School: ") == len(program["residents"])


def test_accordion_tabs_hide_all_but_one_class_in_html(web: RunningWeb) -> None:
    program = programs_with(web, "accordion", "heldout")[0]
    body = fetch(program["roster_urls"][0])[2].decode()
    classes = {r["class_year"] for r in program["residents"]}
    assert body.count('role="tabpanel"') == len(classes)
    assert body.count(" hidden>") == len(classes) - 1


@pytest.mark.parametrize("split", VARIANTS)
def test_paginated_roster_chains_pages_with_rel_next(web: RunningWeb, split: str) -> None:
    program = max(programs_with(web, "paginated", split), key=lambda p: len(p["residents"]))
    assert len(program["roster_urls"]) >= 2
    url, chain = program["roster_urls"][0], []
    while url:
        chain.append(url)
        nexts = [h for h, rel in parse(fetch(url)[2]).links if rel == "next"]
        url = urllib.request.urljoin(url, nexts[0]) if nexts else None
    assert chain == [p["url"] for p in program["roster_pages"]]


@pytest.mark.parametrize("split", VARIANTS)
def test_per_class_index_links_every_class_page(web: RunningWeb, split: str) -> None:
    program = programs_with(web, "per_class", split)[0]
    index = program["roster_entry_url"]
    assert index not in program["roster_urls"]  # the index shows no resident
    assert not any(r["name_shown"] in visible_text(fetch(index)[2]) for r in program["residents"])
    assert set(program["roster_urls"]) <= links_of(index)
    assert len(program["roster_urls"]) == len({r["pgy"] for r in program["residents"]})


@pytest.mark.parametrize("split", VARIANTS)
def test_department_roster_is_linked_only_from_the_department_page(
    web: RunningWeb, split: str
) -> None:
    program = programs_with(web, "department", split)[0]
    roster = program["roster_urls"][0] if program["roster_urls"] else None
    roster = roster or program["unreachable_roster_urls"][0]
    home = program["website"]
    assert program["roster_entry_url"] in links_of(home)
    assert roster not in links_of(home)
    assert roster in links_of(program["roster_entry_url"])


NAME_KEYS = {"name", "fullName", "displayName", "title"}


def json_people(payload: object) -> list[str]:
    """Names in any of the JSON shapes the JavaScript layouts use."""
    if isinstance(payload, list):
        return [n for item in payload for n in json_people(item)]
    if isinstance(payload, dict):
        found = [v for k, v in payload.items() if k in NAME_KEYS and isinstance(v, str)]
        return found + [n for v in payload.values() for n in json_people(v)]
    return []


@pytest.mark.parametrize("split", VARIANTS)
@pytest.mark.parametrize("layout", JS_LAYOUTS)
def test_js_layout_raw_html_is_partial_and_json_holds_the_rest(
    web: RunningWeb, layout: str, split: str
) -> None:
    for program in programs_with(web, layout, split):
        raw = fetch(program["roster_urls"][0])[2]
        in_html = [r for r in program["residents"] if r["name_shown"] in visible_text(raw)]
        in_json = []
        for url in program["api_urls"]:
            status, headers, body = fetch(url)
            assert status == 200 and headers["Content-Type"].startswith("application/json")
            in_json += json_people(json.loads(body))
        shown = sorted([r["name_shown"] for r in in_html] + in_json)
        if program["js"]:
            assert program["api_urls"] and len(in_html) < len(program["residents"])
        assert shown == sorted(r["name_shown"] for r in program["residents"])


def chromium_page_text(url: str, action: str, button: str = "#load-more, .btn-more") -> str:
    """Visible text of ``main`` after clicking ``button``, scrolling or waiting until complete."""
    complete = "document.querySelector('[data-complete=true]') !== null"
    return chromium_text(url, action, {action: complete}, button, attempts=40)


@pytest.mark.browser
@pytest.mark.parametrize("split", VARIANTS)
@pytest.mark.parametrize(
    ("layout", "action"), [("load_more", "click"), ("infinite_scroll", "scroll")]
)
def test_js_lists_complete_in_chromium(
    web: RunningWeb, layout: str, action: str, split: str
) -> None:
    program = max(programs_with(web, layout, split), key=lambda p: len(p["residents"]))
    text = chromium_page_text(program["roster_urls"][0], action)
    for r in program["residents"]:
        assert r["name_shown"] in text and r["school_string"] in text
