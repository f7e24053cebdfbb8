"""Every fault is served as the truth describes it, and a correct client gets past it.

The faulty web runs with ``hang_seconds=1.5`` so the timeout fault stays fast; the client here
gives up after 0.5 s, as a crawler gives up after its download timeout.
"""

from __future__ import annotations

import html
import http.client
import json
import os
import socket
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest

from demoweb.faults import FAULTS, HUGE_BYTES
from demoweb.server import RunningWeb, running_web
from tests.test_demoweb import PROGRAMS, fetch, links_of, visible_text


@pytest.fixture(scope="module")
def faulty_web() -> Iterator[RunningWeb]:
    with running_web(programs=PROGRAMS, seed=7, year=2026, faults=True, hang_seconds=1.5) as w:
        yield w


@pytest.fixture(scope="module")
def clean_truth() -> dict:
    with running_web(programs=PROGRAMS, seed=7, year=2026) as running:
        return json.loads(json.dumps(running.truth).replace(f":{running.port}/", ":PORT/"))


def faulted(web: RunningWeb, kind: str) -> dict:
    programs = [p for p in web.truth["programs"] if p["faults"] == [kind]]
    assert programs, f"no program with fault {kind} among {PROGRAMS}"
    return programs[0]


def raw_get(url: str, timeout: float = 10) -> tuple[int, dict[str, str], bytes]:
    """One request, no redirects followed."""
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def test_every_fault_kind_is_served(faulty_web: RunningWeb) -> None:
    kinds = {k for p in faulty_web.truth["programs"] for k in p["faults"]}
    assert kinds == set(FAULTS)


def test_fault_details_name_url_and_expected_behaviour(faulty_web: RunningWeb) -> None:
    for program in faulty_web.truth["programs"]:
        assert len(program["fault_details"]) == len(program["faults"])
        for detail in program["fault_details"]:
            assert detail["kind"] in program["faults"]
            assert detail["expect"] == FAULTS[detail["kind"]].expect
            assert detail["url"].startswith(program["website"].split("/", 3)[0])


def test_faults_are_rare_and_change_only_reachability(
    faulty_web: RunningWeb, clean_truth: dict
) -> None:
    with_fault = [p for p in faulty_web.truth["programs"] if p["faults"]]
    assert 0 < len(with_fault) <= PROGRAMS // 4
    faulty = json.loads(json.dumps(faulty_web.truth).replace(f":{faulty_web.port}/", ":PORT/"))
    moving = {"faults", "fault_details", "roster_urls", "unreachable_roster_urls"}
    moving |= {"expect_residents", "residents"}
    for a, b in zip(faulty["programs"], clean_truth["programs"], strict=True):
        assert {k: v for k, v in a.items() if k not in moving} == {
            k: v for k, v in b.items() if k not in moving
        }
        if "redirect_loop" not in a["faults"]:
            assert a["roster_urls"] == b["roster_urls"]
    assert fetch(faulty_web.registry_url)[0] == 200


def test_burst_503_then_roster(faulty_web: RunningWeb) -> None:
    program = faulted(faulty_web, "burst_503")
    url = program["roster_urls"][0]
    for _ in range(2):
        status, headers, _ = fetch(url)
        assert status == 503 and headers["Retry-After"] == "1"
    status, _, body = fetch(url)
    assert status == 200 and program["residents"][0]["name_shown"] in visible_text(body)


def test_rate_429_then_home(faulty_web: RunningWeb) -> None:
    program = faulted(faulty_web, "rate_429")
    status, headers, _ = fetch(program["website"])
    assert status == 429 and headers["Retry-After"] == "1"
    assert fetch(program["website"])[0] == 200


def test_reset_starts_bursts_again(faulty_web: RunningWeb) -> None:
    program = faulted(faulty_web, "rate_429")
    fetch(program["website"])
    assert fetch(program["website"])[0] == 200
    assert fetch(faulty_web.registry_url.split("/registry")[0] + "/_demoweb/reset-faults")[0] == 200
    assert fetch(program["website"])[0] == 429


def test_slow_roster(faulty_web: RunningWeb) -> None:
    program = faulted(faulty_web, "slow")
    started = time.perf_counter()
    assert fetch(program["roster_urls"][0])[0] == 200
    assert time.perf_counter() - started >= 1.5


def test_timeout_first_request_hangs_then_retry_succeeds(faulty_web: RunningWeb) -> None:
    program = faulted(faulty_web, "timeout")
    url = program["roster_urls"][0]
    with pytest.raises((TimeoutError, socket.timeout)):
        raw_get(url, timeout=0.5)
    status, _, body = raw_get(url, timeout=5)
    assert status == 200 and program["residents"][0]["name_shown"] in visible_text(body)


def test_redirect_chain_reaches_home(faulty_web: RunningWeb) -> None:
    program = faulted(faulty_web, "redirect_chain")
    url, hops = program["website"], []
    for _ in range(3):
        status, headers, body = raw_get(url)
        hops.append(status)
        url = urllib.parse.urljoin(url, headers.get("Location", ""))
    assert hops == [301, 302, 200]
    text = body.decode("utf-8")
    assert program["name"] in text
    if program["roster_entry_url"] and program["discovery"] == "nav":
        assert program["roster_entry_url"].split(":", 2)[2].split("/", 1)[1] in text


def test_redirect_loop_never_ends_and_the_roster_is_unreachable(faulty_web: RunningWeb) -> None:
    program = faulted(faulty_web, "redirect_loop")
    url = program["fault_details"][0]["url"]
    assert url in program["unreachable_roster_urls"] and url not in program["roster_urls"]
    seen = []
    for _ in range(6):
        status, headers, _ = raw_get(url)
        assert status == 302
        seen.append(url)
        url = urllib.parse.urljoin(url, headers["Location"])
    assert len(set(seen)) == 2  # back and forth for ever
    pages = {p["url"]: p["residents"] for p in program["roster_pages"]}
    lost = set(pages[program["fault_details"][0]["url"]])
    for r in program["residents"]:
        shown_elsewhere = any(r["name"] in pages[u] for u in program["roster_urls"])
        assert r["expected"] == shown_elsewhere
    assert lost and not all(r["expected"] for r in program["residents"] if r["name"] in lost)


def test_broken_html_still_holds_every_resident(faulty_web: RunningWeb) -> None:
    program = faulted(faulty_web, "broken_html")
    page = program["roster_pages"][0]
    _, _, body = fetch(page["url"])
    text = body.decode("utf-8")
    assert "</html>" not in text and "</td>" not in text and "</li>" not in text
    assert "<main></div></span>" in text
    shown = {r["name"]: r["name_shown"] for r in program["residents"]}
    assert all(html.unescape(shown[n]) in html.unescape(text) for n in page["residents"])


def test_bom_roster(faulty_web: RunningWeb) -> None:
    program = faulted(faulty_web, "bom")
    _, headers, body = fetch(program["roster_urls"][0])
    assert body.startswith(b"\xef\xbb\xbf") and "utf-8" in headers["Content-Type"]
    text = visible_text(body[3:])
    page = program["roster_pages"][0]
    shown = {r["name"]: r["name_shown"] for r in program["residents"]}
    assert all(shown[n] in text for n in page["residents"])


def test_cp1252_bytes_labelled_utf8(faulty_web: RunningWeb) -> None:
    program = faulted(faulty_web, "cp1252_mislabel")
    page = program["roster_pages"][0]
    _, headers, body = fetch(page["url"])
    assert "utf-8" in headers["Content-Type"]
    text = html.unescape(body.decode("cp1252"))
    residents = [r for r in program["residents"] if r["name"] in page["residents"]]
    assert all(html.unescape(r["school_string"]) in text for r in residents)
    if any(not (r["name_shown"] + r["school_string"]).isascii() for r in residents):
        with pytest.raises(UnicodeDecodeError):
            body.decode("utf-8")


def test_charset_meta_lies_about_utf8_bytes(faulty_web: RunningWeb) -> None:
    program = faulted(faulty_web, "charset_meta")
    page = program["roster_pages"][0]
    _, headers, body = fetch(page["url"])
    assert headers["Content-Type"] == "text/html"
    assert b'<meta charset="windows-1252">' in body
    text = visible_text(body)  # the bytes are UTF-8 whatever the meta says
    shown = {r["name"]: r["name_shown"] for r in program["residents"]}
    assert all(shown[n] in text for n in page["residents"])


def test_huge_page_is_50_mb_streamed(faulty_web: RunningWeb) -> None:
    program = faulted(faulty_web, "huge_page")
    url = program["fault_details"][0]["url"]
    assert url in links_of(program["website"])
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    connection.request("GET", parts.path)
    response = connection.getresponse()
    assert response.status == 200
    assert int(response.getheader("Content-Length")) == HUGE_BYTES >= 50 * 1024 * 1024
    assert b"Resident Handbook" in response.read(1 << 20)  # a client that caps the size stops
    connection.close()


def test_never_ending_page_drips_until_the_client_leaves(faulty_web: RunningWeb) -> None:
    program = faulted(faulty_web, "never_ending")
    url = program["fault_details"][0]["url"]
    assert url in links_of(program["website"])
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    connection.request("GET", parts.path)
    response = connection.getresponse()
    assert response.getheader("Transfer-Encoding") == "chunked"
    received, started = b"", time.perf_counter()
    while time.perf_counter() - started < 1.2:
        received += response.read1(4096)
    assert b"Day 2" in received and b"</html>" not in received
    connection.close()


def test_js_throws_before_the_roster_scripts(faulty_web: RunningWeb) -> None:
    program = faulted(faulty_web, "js_throws")
    body = fetch(program["roster_pages"][0]["url"])[2].decode()
    assert body.index("window.analytics.track") < body.index("</main>")
    assert body.index("<script>window.analytics") == body.index("<main>") + len("<main>")


@pytest.mark.browser
def test_js_throws_in_chromium_and_the_roster_still_shows(faulty_web: RunningWeb) -> None:
    playwright_api = pytest.importorskip("playwright.sync_api")
    chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    if not Path(chromium).exists():
        pytest.skip(f"no Chromium at {chromium}")
    program = faulted(faulty_web, "js_throws")
    page_truth = program["roster_pages"][0]
    errors: list[str] = []
    with playwright_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        try:
            page = browser.new_page()
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.goto(page_truth["url"])
            page.wait_for_timeout(500)
            text = page.content()
        finally:
            browser.close()
    assert errors and "track" in errors[0]
    shown = {r["name"]: r["name_shown"] for r in program["residents"]}
    assert all(html.escape(shown[n], quote=False) in text for n in page_truth["residents"])
