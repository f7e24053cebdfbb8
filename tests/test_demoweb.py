"""The demo web serves what its ground truth says, deterministically and at plausible shares.

Expected values come from the generator's truth (and the reference CSVs), never from the pages.
"""

from __future__ import annotations

import csv
import html
import http.client
import json
import os
import re
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest

from demoweb.generate import build_web
from demoweb.pages import DEMO_NOTICE
from demoweb.server import RunningWeb, running_web

SOURCES = Path(__file__).resolve().parent.parent / "enrich" / "data" / "sources"
KIND_FILES = {
    "US_MD": "us_md_schools.csv",
    "US_DO": "us_do_schools.csv",
    "CA": "canadian_schools.csv",
    "IMG": "intl_schools.csv",
}
PROGRAMS = 80  # enough for every layout and variant at seed 7 (the last arrives at 77)


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
    programs = build_web(300).truth(port=8000)["programs"]
    seen = {(p["layout"], p["split"]) for p in programs if p["roster_urls"]}
    assert seen == {
        (layout, split) for layout in ("table", "cards", "js") for split in ("dev", "heldout")
    }
    assert sum(not p["roster_urls"] for p in programs) <= 15
    assert all(p["js"] == (p["layout"] == "js" and bool(p["roster_urls"])) for p in programs)


# --- serving -------------------------------------------------------------------------------------


def test_registry_pagination_covers_every_program(web: RunningWeb) -> None:
    url: str | None = web.registry_url
    listed: list[str] = []
    while url:
        status, _, body = fetch(url)
        assert status == 200
        page = parse(body)
        listed += [href for href, _ in page.links if href.startswith("http://127.")]
        nexts = [href for href, rel in page.links if rel == "next"]
        url = urllib.request.urljoin(url, nexts[0]) if nexts else None
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


def test_every_truth_roster_url_and_website_returns_200(web: RunningWeb) -> None:
    for program in web.truth["programs"]:
        for url in [program["website"], *program["roster_urls"], *program["api_urls"]]:
            assert fetch(url)[0] == 200, url


def test_home_page_links_to_the_roster(web: RunningWeb) -> None:
    for program in web.truth["programs"]:
        page = parse(fetch(program["website"])[2])
        targets = {urllib.request.urljoin(program["website"], href) for href, _ in page.links}
        for roster in program["roster_urls"]:
            assert roster in targets


@pytest.mark.parametrize("layout", ["table", "cards"])
@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_html_layout_shows_its_truth_residents(web: RunningWeb, layout: str, split: str) -> None:
    programs = [
        p
        for p in web.truth["programs"]
        if p["layout"] == layout and p["split"] == split and p["roster_urls"]
    ]
    assert programs, f"no {layout}/{split} program among {PROGRAMS}"
    for program in programs:
        text = visible_text(fetch(program["roster_urls"][0])[2])
        for r in program["residents"]:
            assert r["name"] in text
            assert r["school_string"] in text
            assert ", ".join(r["degrees"]) in text
        assert not any(name in text for name in program["distractors"])


@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_js_roster_is_empty_in_raw_html_and_its_json_equals_truth(
    web: RunningWeb, split: str
) -> None:
    programs = [
        p
        for p in web.truth["programs"]
        if p["layout"] == "js" and p["split"] == split and p["roster_urls"]
    ]
    assert programs
    for program in programs:
        raw = fetch(program["roster_urls"][0])[2].decode("utf-8")
        assert "<noscript>" in raw
        assert not any(r["name"] in visible_text(raw.encode()) for r in program["residents"])
        status, headers, body = fetch(program["api_urls"][0])
        assert status == 200 and headers["Content-Type"].startswith("application/json")
        data = json.loads(body)
        people = data["residents"] if split == "dev" else data["data"]["people"]
        got = sorted(
            (
                p.get("name") or p["fullName"],
                p.get("medical_school") or p["education"]["medicalSchool"],
            )
            for p in people
        )
        assert got == sorted((r["name"], r["school_string"]) for r in program["residents"])


def test_every_page_carries_the_demo_notice_and_no_img(web: RunningWeb) -> None:
    urls = [web.registry_url]
    for program in web.truth["programs"][:20]:
        page = parse(fetch(program["website"])[2])
        urls += [urllib.request.urljoin(program["website"], href) for href, _ in page.links]
    for url in set(urls):
        status, _, body = fetch(url)
        assert status == 200, url
        assert DEMO_NOTICE in body.decode("utf-8"), url
        assert parse(body).imgs == 0, url


def test_about_page_names_distractors(web: RunningWeb) -> None:
    program = web.truth["programs"][0]
    page = parse(fetch(program["website"])[2])
    texts = [urllib.request.urljoin(program["website"], h) for h, _ in page.links]
    bodies = " ".join(visible_text(fetch(u)[2]) for u in texts)
    assert all(name in bodies for name in program["distractors"])


def test_robots_and_sitemap(web: RunningWeb) -> None:
    program = next(p for p in web.truth["programs"] if p["roster_urls"])
    root = program["website"].split("/", 3)[:3]
    status, _, robots = fetch("/".join(root) + "/robots.txt")
    assert status == 200
    sitemap = re.search(r"Sitemap: (\S+)", robots.decode()).group(1)
    status, _, body = fetch(sitemap)
    assert status == 200
    locs = re.findall(r"<loc>([^<]+)</loc>", body.decode())
    if "sitemapindex" in body.decode():
        locs = [
            loc for s in locs for loc in re.findall(r"<loc>([^<]+)</loc>", fetch(s)[2].decode())
        ]
    assert program["roster_urls"][0] in locs


def test_conditional_request_gets_304(web: RunningWeb) -> None:
    url = web.truth["programs"][0]["website"]
    status, headers, _ = fetch(url)
    assert status == 200 and headers["ETag"] and headers["Last-Modified"]
    assert fetch(url, {"If-None-Match": headers["ETag"]})[0] == 304


def test_unknown_paths_are_404(web: RunningWeb) -> None:
    program = web.truth["programs"][0]
    assert fetch(program["website"] + "no-such-page.html")[0] == 404
    assert fetch(web.registry_url.replace("page=1", "page=999"))[0] == 404


def test_truth_file_is_written_before_serving(tmp_path: Path) -> None:
    path = tmp_path / "truth.json"
    with running_web(programs=3, seed=5, truth_path=str(path)) as running:
        assert json.loads(path.read_text(encoding="utf-8")) == running.truth
    assert not list(tmp_path.glob("*.tmp"))


@pytest.mark.browser
@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_js_roster_renders_in_chromium(web: RunningWeb, split: str) -> None:
    """The JavaScript layout really needs, and really works in, a browser."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    if not Path(chromium).exists():
        pytest.skip(f"no Chromium at {chromium}")
    program = next(
        p for p in web.truth["programs"] if p["js"] and p["split"] == split and p["residents"]
    )
    with playwright_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        try:
            page = browser.new_page()
            page.goto(program["roster_urls"][0])
            page.wait_for_selector("[data-loaded=true]", timeout=10_000)
            text = page.inner_text("main")
        finally:
            browser.close()
    for r in program["residents"]:
        assert r["name"] in text
        assert r["school_string"] in text


# --- faults --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def faulty_web() -> Iterator[RunningWeb]:
    with running_web(programs=PROGRAMS, seed=7, year=2026, faults=True) as running:
        yield running


def faulted(web: RunningWeb, kind: str) -> dict:
    programs = [p for p in web.truth["programs"] if p["faults"] == [kind]]
    assert programs, f"no program with fault {kind} among {PROGRAMS}"
    return programs[0]


def test_no_faults_unless_asked(web: RunningWeb) -> None:
    assert all(p["faults"] == [] for p in web.truth["programs"])


def test_faults_are_rare_and_leave_the_web_unchanged(
    faulty_web: RunningWeb, web: RunningWeb
) -> None:
    with_fault = [p for p in faulty_web.truth["programs"] if p["faults"]]
    assert 0 < len(with_fault) <= PROGRAMS // 3

    def without_faults(running: RunningWeb) -> str:
        programs = [
            {k: v for k, v in p.items() if k != "faults"} for p in running.truth["programs"]
        ]
        return json.dumps(programs).replace(f":{running.port}/", ":PORT/")

    assert without_faults(faulty_web) == without_faults(web)
    assert fetch(faulty_web.registry_url)[0] == 200


def test_burst_503_then_roster(faulty_web: RunningWeb) -> None:
    program = faulted(faulty_web, "burst_503")
    url = program["roster_urls"][0]
    for _ in range(2):
        status, headers, _ = fetch(url)
        assert status == 503 and headers["Retry-After"] == "1"
    status, _, body = fetch(url)
    assert status == 200 and program["residents"][0]["name"] in visible_text(body)


def test_rate_429_then_home(faulty_web: RunningWeb) -> None:
    program = faulted(faulty_web, "rate_429")
    status, headers, _ = fetch(program["website"])
    assert status == 429 and headers["Retry-After"] == "1"
    assert fetch(program["website"])[0] == 200


def test_slow_roster(faulty_web: RunningWeb) -> None:
    program = faulted(faulty_web, "slow")
    started = time.perf_counter()
    assert fetch(program["roster_urls"][0])[0] == 200
    assert time.perf_counter() - started >= 1.5


def test_redirect_chain_reaches_home(faulty_web: RunningWeb) -> None:
    program = faulted(faulty_web, "redirect_chain")
    host, port = program["website"].split("/")[2].split(":")
    path = "/" + program["website"].split("/", 3)[3]
    hops = []
    for _ in range(3):
        connection = http.client.HTTPConnection(host, int(port), timeout=10)
        connection.request("GET", path)
        response = connection.getresponse()
        hops.append(response.status)
        path = response.getheader("Location") or path
        body = response.read()
        connection.close()
    assert hops == [301, 302, 200]
    assert program["name"] in body.decode("utf-8")
    assert program["roster_urls"][0].split(port, 1)[1] in body.decode("utf-8")


def test_bom_roster(faulty_web: RunningWeb) -> None:
    program = faulted(faulty_web, "bom")
    _, headers, body = fetch(program["roster_urls"][0])
    assert body.startswith(b"\xef\xbb\xbf") and "utf-8" in headers["Content-Type"]
    text = visible_text(body[3:])
    assert all(r["name"] in text for r in program["residents"])


def test_cp1252_bytes_labelled_utf8(faulty_web: RunningWeb) -> None:
    program = faulted(faulty_web, "cp1252_mislabel")
    _, headers, body = fetch(program["roster_urls"][0])
    assert "utf-8" in headers["Content-Type"]
    text = body.decode("cp1252")
    assert all(
        html.unescape(r["school_string"]) in html.unescape(text) for r in program["residents"]
    )
    if any(ord(c) > 127 for r in program["residents"] for c in r["name"] + r["school_string"]):
        with pytest.raises(UnicodeDecodeError):
            body.decode("utf-8")
