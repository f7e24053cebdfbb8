"""The demo web serves what its ground truth says, deterministically and at plausible shares.

Expected values come from the generator's truth (and the reference CSVs), never from the pages.
Layouts, discovery, faults and scale have their own modules (tests/test_demoweb_*.py), which
share the helpers and fixtures defined here.
"""

from __future__ import annotations

import csv
import json
import re
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest

from demoweb.generate import build_web
from demoweb.layouts import LAYOUTS, VARIANTS
from demoweb.pages import DEMO_NOTICE
from demoweb.server import RunningWeb, running_web

SOURCES = Path(__file__).resolve().parent.parent / "enrich" / "data" / "sources"
KIND_FILES = {
    "US_MD": "us_md_schools.csv",
    "US_DO": "us_do_schools.csv",
    "CA": "canadian_schools.csv",
    "IMG": "intl_schools.csv",
}
PROGRAMS = 300  # enough for every layout and variant at seed 7 (the last arrives at 133)


def fetch(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


class TextAndLinks(HTMLParser):
    """Visible text (without scripts and styles), links and img tags of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.links: list[tuple[str, str | None]] = []
        self.imgs = 0
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        if tag == "img":
            self.imgs += 1
        if tag == "a":
            self.links.append((dict(attrs).get("href") or "", dict(attrs).get("rel")))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.text.append(data)


def parse(body: bytes) -> TextAndLinks:
    parser = TextAndLinks()
    parser.feed(body.decode("utf-8"))
    return parser


def visible_text(body: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(parse(body).text))


def crawl_registry(url: str | None) -> list[str]:
    """Every program website listed by following a registry's rel=next links."""
    listed: list[str] = []
    while url:
        status, _, body = fetch(url)
        assert status == 200, url
        page = parse(body)
        listed += [href for href, _ in page.links if href.startswith("http://127.")]
        nexts = [href for href, rel in page.links if rel == "next"]
        url = urllib.request.urljoin(url, nexts[0]) if nexts else None
    return listed


def links_of(url: str) -> set[str]:
    """Absolute targets of every link on a page."""
    return {urllib.request.urljoin(url, href) for href, _ in parse(fetch(url)[2]).links}


@pytest.fixture(scope="module")
def web() -> Iterator[RunningWeb]:
    with running_web(programs=PROGRAMS, seed=7, year=2026) as running:
        yield running


@pytest.fixture(scope="module")
def school_ids() -> dict[str, set[str]]:
    ids = {}
    for kind, filename in KIND_FILES.items():
        with (SOURCES / filename).open(encoding="utf-8", newline="") as handle:
            ids[kind] = {
                row["id"] for row in csv.DictReader(handle) if row["status"] != "historical"
            }
    return ids


# --- generation ----------------------------------------------------------------------------------


def test_generation_is_deterministic() -> None:
    assert build_web(20, seed=3).truth(port=8000) == build_web(20, seed=3).truth(port=8000)


def test_seed_changes_the_web() -> None:
    a = build_web(5, seed=3).truth(port=8000)["programs"]
    b = build_web(5, seed=4).truth(port=8000)["programs"]
    assert [p["residents"] for p in a] != [p["residents"] for p in b]


def test_programs_are_prefix_stable() -> None:
    small = build_web(15, seed=11).truth(port=8000)["programs"]
    large = build_web(1000, seed=11).truth(port=8000)["programs"]
    assert large[:15] == small


def test_program_ids_are_unique_acgme_style() -> None:
    programs = build_web(2000, seed=7).truth(port=8000)["programs"]
    ids = [p["id"] for p in programs]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"160\d{7}", i) for i in ids)


def test_year_moves_the_roster_but_keeps_each_resident() -> None:
    this = build_web(10, year=2026).truth(port=8000)["programs"]
    next_ = build_web(10, year=2027).truth(port=8000)["programs"]
    for a, b in zip(this, next_, strict=True):
        if not a["residents"]:
            continue
        stay_a = {
            (r["name"], r["school_id"], r["class_year"]) for r in a["residents"] if r["pgy"] < 7
        }
        stay_b = {
            (r["name"], r["school_id"], r["class_year"]) for r in b["residents"] if r["pgy"] > 1
        }
        assert stay_a == stay_b
        assert {
            r["pgy"]
            for r in b["residents"]
            if (r["name"], r["school_id"], r["class_year"]) in stay_a
        } <= set(range(2, 8))
        assert all(r["class_year"] == 2026 + (7 - r["pgy"]) + 1 for r in a["residents"])


def test_schools_are_real_rows_of_the_reference_data(school_ids: dict[str, set[str]]) -> None:
    for program in build_web(100).truth(port=8000)["programs"]:
        for r in program["residents"]:
            assert r["school_id"] in school_ids[r["kind"]], r


def test_img_and_do_shares_are_plausible_and_concentrated() -> None:
    programs = build_web(300).truth(port=8000)["programs"]
    residents = [r for p in programs for r in p["residents"]]
    img = sum(r["kind"] == "IMG" for r in residents) / len(residents)
    do = sum(r["kind"] == "US_DO" for r in residents) / len(residents)
    assert 0.04 <= img <= 0.11
    assert 0.02 <= do <= 0.07
    with_roster = [p for p in programs if p["residents"]]
    no_img = sum(not any(r["kind"] == "IMG" for r in p["residents"]) for p in with_roster)
    several_img = sum(sum(r["kind"] == "IMG" for r in p["residents"]) >= 3 for p in with_roster)
    assert no_img / len(with_roster) >= 0.4  # many programs have none
    assert several_img >= 10  # and some have several
    imgs = [r for r in residents if r["kind"] == "IMG"]
    caribbean_ids = set()
    with (SOURCES / "intl_schools.csv").open(encoding="utf-8", newline="") as handle:
        caribbean_ids = {
            row["id"] for row in csv.DictReader(handle) if row["region"] == "Caribbean"
        }
    caribbean = sum(r["school_id"] in caribbean_ids for r in imgs) / len(imgs)
    assert 0.2 <= caribbean <= 0.6


def test_web_has_every_layout_variant_and_rare_missing_rosters() -> None:
    programs = build_web(PROGRAMS).truth(port=8000)["programs"]
    seen = {(p["layout"], p["split"]) for p in programs if p["has_roster"]}
    assert len(LAYOUTS) >= 12
    assert seen == {(layout, split) for layout in LAYOUTS for split in VARIANTS}
    assert 0 < sum(not p["has_roster"] for p in programs) <= PROGRAMS // 15
    for p in programs:
        assert p["js"] == (LAYOUTS[p["layout"]].js and bool(p["api_urls"]))


def test_tables_and_cards_stay_the_most_common_layouts() -> None:
    layouts = Counter(p["layout"] for p in build_web(PROGRAMS).truth(port=8000)["programs"])
    top_two = {name for name, _ in layouts.most_common(2)}
    assert top_two == {"table", "cards"}


def test_names_and_degrees_come_in_realistic_variety() -> None:
    residents = [
        r for p in build_web(PROGRAMS).truth(port=8000)["programs"] for r in p["residents"]
    ]
    shown = [r["name_shown"] for r in residents]
    assert any(re.search(r'"[A-Z][a-z]+"', n) for n in shown)  # nicknames in quotes
    assert any("-" in r["name"] for r in residents)  # hyphenated
    assert any(re.search(r"\b(van|de|da|del|von|De|La|Le|St\.) ", r["name"]) for r in residents)
    assert any(not r["name"].isascii() for r in residents)  # diacritics
    degrees = {r["degrees_shown"] for r in residents}
    assert {"MD", "MD, PhD", "DO", "MBBS"} <= degrees
    assert {"M.D.", "D.O."} <= degrees
    for r in residents:  # the shown name is the name plus at most a quoted nickname
        assert re.sub(r' "[^"]+"', "", r["name_shown"]) == r["name"]


def test_school_strings_are_names_the_reference_data_knows() -> None:
    rows = {}
    for filename in KIND_FILES.values():
        with (SOURCES / filename).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                rows[row["id"]] = row
    forms = Counter()
    for p in build_web(PROGRAMS).truth(port=8000)["programs"]:
        for r in p["residents"]:
            row = rows[r["school_id"]]
            aliases = {a.strip() for a in row["aliases"].split("|") if a.strip()}
            text = r["school_string"]
            if text in aliases:
                forms["alias"] += 1
            elif text == row["name"]:
                forms["name"] += 1
            else:
                assert text.startswith(row["name"] + ", "), text  # name with city/country
                forms["with_place"] += 1
    assert min(forms.values()) >= 20, forms


# --- serving -------------------------------------------------------------------------------------


def test_registry_pagination_covers_every_program(web: RunningWeb) -> None:
    listed = crawl_registry(web.registry_url)
    assert listed == [p["website"] for p in web.truth["programs"]]


def test_registry_rows_carry_program_facts(web: RunningWeb) -> None:
    text = visible_text(fetch(web.registry_url)[2])
    for program in web.truth["programs"][:25]:
        for value in (program["name"], program["city"], program["state"], program["id"]):
            assert value in text


def test_programs_are_spread_over_own_and_shared_hosts(web: RunningWeb) -> None:
    hosts = [p["host"] for p in web.truth["programs"]]
    shared = [p for p in web.truth["programs"] if p["shared_host"]]
    assert len(set(hosts)) > PROGRAMS // 2
    assert shared and all(p["website"].count("/") > 3 for p in shared)


def test_every_truth_url_returns_200(web: RunningWeb) -> None:
    for program in web.truth["programs"]:
        urls = [
            program["website"],
            *program["roster_urls"],
            *program["unreachable_roster_urls"],  # robots.txt forbids them; they still exist
            *program["api_urls"],
            *program["prose_urls"],
        ]
        for url in urls:
            assert fetch(url)[0] == 200, url


def test_every_page_carries_the_demo_notice_and_no_img(web: RunningWeb) -> None:
    urls = [web.registry_url]
    for program in web.truth["programs"][:30]:
        page = parse(fetch(program["website"])[2])
        urls += [urllib.request.urljoin(program["website"], href) for href, _ in page.links]
        urls += program["roster_urls"]
    for url in set(urls):
        status, _, body = fetch(url)
        assert status == 200, url
        assert DEMO_NOTICE in body.decode("utf-8"), url
        assert parse(body).imgs == 0, url


def test_about_page_names_staff_distractors(web: RunningWeb) -> None:
    program = web.truth["programs"][0]
    page = parse(fetch(program["website"])[2])
    texts = [urllib.request.urljoin(program["website"], h) for h, _ in page.links]
    bodies = " ".join(visible_text(fetch(u)[2]) for u in texts)
    staff = [d for d in program["distractors"]]
    assert staff and all(name in bodies for name in staff)


def test_unknown_paths_are_404(web: RunningWeb) -> None:
    program = web.truth["programs"][0]
    assert fetch(program["website"] + "no-such-page.html")[0] == 404
    assert fetch(web.registry_url.replace("page=1", "page=999"))[0] == 404


def test_truth_file_is_written_before_serving(tmp_path: Path) -> None:
    path = tmp_path / "truth.json"
    with running_web(programs=3, seed=5, truth_path=str(path)) as running:
        assert json.loads(path.read_text(encoding="utf-8")) == running.truth
    assert not list(tmp_path.glob("*.tmp"))


# --- time: conditional requests ------------------------------------------------------------------


def test_conditional_requests_get_304_for_html_and_json(web: RunningWeb) -> None:
    program = next(p for p in web.truth["programs"] if p["api_urls"])
    for url in (program["website"], program["roster_urls"][0], program["api_urls"][0]):
        status, headers, _ = fetch(url)
        assert status == 200 and headers["ETag"] and headers["Last-Modified"]
        assert fetch(url, {"If-None-Match": headers["ETag"]})[0] == 304
        assert fetch(url, {"If-None-Match": f'W/{headers["ETag"]}, "other"'})[0] == 304
        assert fetch(url, {"If-None-Match": '"stale"'})[0] == 200
        assert fetch(url, {"If-Modified-Since": headers["Last-Modified"]})[0] == 304
        assert fetch(url, {"If-Modified-Since": "Sat, 01 Jan 2000 00:00:00 GMT"})[0] == 200


def test_validators_change_exactly_when_content_changes() -> None:
    """Across academic years, a page keeps its Last-Modified iff it keeps its bytes and ETag."""
    seen = {}
    for year in (2026, 2027):
        with running_web(programs=12, seed=7, year=year, port=0) as running:
            port = running.port
            for program in running.truth["programs"]:
                urls = [program["website"], *program["roster_urls"], *program["api_urls"]]
                urls += program["prose_urls"]
                for url in urls:
                    status, headers, body = fetch(url)
                    key = url.replace(f":{port}/", ":PORT/")
                    if "page=" in key or "class-of" in key or "pgy-" in key or "news/" in key:
                        continue  # these URLs themselves move with the year
                    body = body.replace(f":{port}/".encode(), b":PORT/")
                    seen.setdefault(key, []).append((headers["Last-Modified"], body))
    compared = 0
    for key, versions in seen.items():
        if len(versions) != 2:
            continue
        (lm_a, body_a), (lm_b, body_b) = versions
        assert (lm_a == lm_b) == (body_a == body_b), key
        compared += 1
    assert compared > 20
