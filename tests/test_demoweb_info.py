"""Eligibility and application pages: linked, listed in sitemaps, undated, and stating exactly
the facts (and traps) the truth names, with each sentence as the page shows it.
"""

from __future__ import annotations

import html as html_module
import re
from collections import Counter
from collections.abc import Iterator

import pytest

from demoweb.generate import build_web
from demoweb.pages import DEMO_NOTICE
from demoweb.phrasings import DEV, HELDOUT
from demoweb.server import UNDATED, RunningWeb, running_web
from tests.test_demoweb import fetch, links_of, visible_text
from tests.test_demoweb_discovery import sitemap_locs

PROGRAMS = 120
PRINTED = (
    "visa_j1",
    "visa_h1b",
    "accepts_img",
    "ecfmg_by",
    "usce_required_months",
    "step1_min",
    "step2_min",
    "comlex_min",
    "first_attempt_required",
    "yog_limit_years",
    "positions_per_year",
)


@pytest.fixture(scope="module")
def web() -> Iterator[RunningWeb]:
    with running_web(programs=PROGRAMS, seed=7, year=2026) as running:
        yield running


def with_info(web: RunningWeb) -> list[dict]:
    return [p for p in web.truth["programs"] if p["info_urls"]]


def test_most_programs_have_info_pages_and_some_have_none(web: RunningWeb) -> None:
    have = len(with_info(web))
    assert 0.8 * PROGRAMS < have < PROGRAMS


def test_info_pages_are_linked_from_home_and_listed_in_the_sitemap(web: RunningWeb) -> None:
    for program in with_info(web)[:25]:
        linked = links_of(program["website"])
        locs = sitemap_locs(program["website"])
        for url in program["info_urls"]:
            assert url in linked, url
            assert url in locs, url


def test_info_pages_serve_html_with_the_demo_notice(web: RunningWeb) -> None:
    for program in with_info(web)[:25]:
        for url in program["info_urls"]:
            status, headers, body = fetch(url)
            assert status == 200, url
            assert headers["Content-Type"].startswith("text/html")
            assert DEMO_NOTICE in body.decode("utf-8")


def page_text(url: str) -> str:
    return visible_text(fetch(url)[2])


def row_texts(url: str) -> set[str]:
    """Each table row as "label: value", the form the truth gives a row's sentence."""
    html = fetch(url)[2].decode("utf-8")
    rows = re.findall(r"<tr><t[hd][^>]*>([^<]*)</t[hd]><td>([^<]*)</td></tr>", html)
    return {html_module.unescape(f"{label}: {value}") for label, value in rows}


def test_every_fact_sentence_is_on_its_page(web: RunningWeb) -> None:
    checked = 0
    for program in with_info(web):
        for item in program["facts"] + program["fact_traps"]:
            text, rows = page_text(item["url"]), row_texts(item["url"])
            assert item["sentence"] in text or item["sentence"] in rows, item
            checked += 1
    assert checked > 300


def test_facts_name_only_truth_pages(web: RunningWeb) -> None:
    for program in with_info(web):
        pages = {program["website"], *program["info_urls"]}
        assert {f["url"] for f in program["facts"]} <= pages


def test_every_printed_fact_and_format_occurs_in_both_splits(web: RunningWeb) -> None:
    seen = Counter((p["split"], f["fact"]) for p in web.truth["programs"] for f in p["facts"])
    formats = Counter(
        (p["split"], i["format"]) for p in web.truth["programs"] for i in p["info_pages"]
    )
    for split in ("dev", "heldout"):
        for fact in PRINTED:
            assert seen[split, fact], (split, fact)
        for fmt in ("prose", "list", "table", "faq"):
            assert formats[split, fmt], (split, fmt)


def test_traps_cover_preferences_and_averages(web: RunningWeb) -> None:
    kinds = Counter(t["kind"] for p in web.truth["programs"] for t in p["fact_traps"])
    assert kinds["usce_pref"] and kinds["step2_average"] and kinds["yog_pref"]


def test_j1_only_says_h1b_is_not_sponsored() -> None:
    truth = build_web(PROGRAMS, seed=7).truth(port=8000)
    facts = [f for p in truth["programs"] for f in p["facts"]]
    by_sentence: dict[tuple[str, str], dict[str, object]] = {}
    for f in facts:
        by_sentence.setdefault((f["url"], f["sentence"]), {})[f["fact"]] = f["value"]
    j1_only = [v for (_, s), v in by_sentence.items() if s == "We sponsor J-1 visas only."]
    assert j1_only and all(v == {"visa_j1": True, "visa_h1b": False} for v in j1_only)


def test_heldout_phrasings_share_no_sentence_with_dev() -> None:
    dev = {t for ts in DEV.values() for t in ts}
    assert not dev & {t for ts in HELDOUT.values() for t in ts}
    assert set(DEV) == set(HELDOUT)


def test_info_pages_name_no_resident_or_staff(web: RunningWeb) -> None:
    for program in with_info(web)[:30]:
        people = [r["name"] for r in program["residents"]] + program["distractors"]
        for url in program["info_urls"]:
            text = page_text(url)
            assert not [n for n in people if n in text], url


def test_info_pages_do_not_move_with_the_year() -> None:
    a = build_web(15, seed=7, year=2026).truth(port=8000)["programs"]
    b = build_web(15, seed=7, year=2027).truth(port=8000)["programs"]
    for x, y in zip(a, b, strict=True):
        assert (x["info_pages"], x["facts"], x["fact_traps"]) == (
            y["info_pages"],
            y["facts"],
            y["fact_traps"],
        )
    with running_web(programs=4, seed=7, year=2027) as later:
        program = next(p for p in later.truth["programs"] if p["info_urls"])
        assert fetch(program["info_urls"][0])[1]["Last-Modified"] == UNDATED
