"""What a person sees: Chromium (Debian's, through Playwright) against `precedent serve`.

Every request that leaves 127.0.0.1 is aborted, so the map draws on a local tile layer and the
charts on the plotting library the dashboard plugin bundles. Screenshots go to
``var/artifacts/`` (override with PRECEDENT_ARTIFACTS)."""

from __future__ import annotations

import asyncio
import csv
import io
import os
import struct
import threading
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.async_api import async_playwright

from crawler.settings.base import PLAYWRIGHT_LAUNCH_OPTIONS
from tests.helpers import ROOT, have_chromium
from tests.test_datasette_server import precedent_serve, served_copy

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not have_chromium(), reason="Debian chromium not installed")]

ARTIFACTS = Path(os.environ.get("PRECEDENT_ARTIFACTS", ROOT / "var" / "artifacts"))


def _png(rgb=(233, 236, 228), size=256) -> bytes:
    row = b"\x00" + bytes(rgb) * size
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(row * size)) + chunk(b"IEND", b""))


class _Tiles(BaseHTTPRequestHandler):
    TILE = _png()
    served = 0

    def do_GET(self):  # noqa: N802 (http.server's name)
        type(self).served += 1
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(self.TILE)))
        self.end_headers()
        self.wfile.write(self.TILE)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site(demo_crawl, tmp_path_factory):
    tiles = ThreadingHTTPServer(("127.0.0.1", 0), _Tiles)
    threading.Thread(target=tiles.serve_forever, daemon=True).start()
    layer = f"http://127.0.0.1:{tiles.server_address[1]}/{{z}}/{{x}}/{{y}}.png"
    db_path = served_copy(demo_crawl, tmp_path_factory.mktemp("browser"), tile_layer=layer)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with precedent_serve(db_path) as base:
        yield base
    tiles.shutdown()


def browse(base: str, steps) -> dict:
    """Run ``steps(page, out)`` in Chromium with every request off 127.0.0.1 aborted."""
    out: dict = {"blocked": []}

    async def run():
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(**PLAYWRIGHT_LAUNCH_OPTIONS)
            page = await browser.new_page(viewport={"width": 1280, "height": 1000})

            async def guard(route):
                host = urlparse(route.request.url).hostname
                if route.request.url.startswith(("data:", "blob:")) or host == "127.0.0.1":
                    await route.continue_()
                else:
                    out["blocked"].append(route.request.url)
                    await route.abort()

            await page.route("**/*", guard)
            try:
                await steps(page, out)
            finally:
                await browser.close()

    asyncio.run(run())
    return out


def test_front_page_links_to_the_table_and_facets_filter_and_csv_matches(site, demo_crawl):
    truth = demo_crawl[0]
    states = sorted({p["state"] for p in truth["programs"]},
                    key=lambda s: -sum(p["state"] == s for p in truth["programs"]))
    state = states[0]

    async def steps(page, out):
        await page.goto(site + "/")
        await page.get_by_role("link", name="Browse the IMG-precedent table").click()
        await page.wait_for_load_state()
        out["table_url"] = page.url
        out["all_rows"] = await page.locator("table.rows-and-columns tbody tr").count()
        await page.locator(f'.facet-info[data-column="state"] a[href*="state={state}"]').first.click()
        await page.wait_for_load_state()
        out["filtered_url"] = page.url
        out["shown"] = await page.locator("table.rows-and-columns td.col-program_id").all_inner_texts()
        out["shown_states"] = await page.locator("table.rows-and-columns td.col-state").all_inner_texts()
        href = await page.locator('a[href*=".csv"]').first.get_attribute("href")
        response = await page.request.get(site + href if href.startswith("/") else href)
        out["csv"] = await response.text()

    out = browse(site, steps)
    assert out["table_url"].endswith("/demo/img_precedent")
    assert out["all_rows"] == len(truth["programs"])
    assert f"state={state}" in out["filtered_url"]
    assert set(out["shown_states"]) == {state}
    assert len(out["shown"]) == sum(p["state"] == state for p in truth["programs"])
    csv_ids = [r["program_id"] for r in csv.DictReader(io.StringIO(out["csv"]))]
    assert sorted(csv_ids) == sorted(s.strip() for s in out["shown"])


def test_map_renders_markers_coloured_by_precedent_on_local_tiles(site, demo_crawl):
    truth = demo_crawl[0]

    async def steps(page, out):
        await page.goto(site + "/demo/img_precedent")
        await page.wait_for_selector(".leaflet-container .precedent-marker", timeout=20000)
        await page.wait_for_selector(".leaflet-tile-loaded", timeout=20000)
        await page.wait_for_timeout(500)
        out["markers"] = await page.locator(".precedent-marker").count()
        out["kinds"] = await page.evaluate(
            "() => [...document.querySelectorAll('.precedent-marker')].map(e => e.className)")
        out["legend"] = await page.locator(".precedent-legend").inner_text()
        map_box = page.locator(".leaflet-container")
        await map_box.screenshot(path=str(ARTIFACTS / "img_precedent_map.png"))
        await page.screenshot(path=str(ARTIFACTS / "img_precedent_page.png"))

    out = browse(site, steps)
    assert out["markers"] >= 1
    assert any("precedent-img" in k or "precedent-both" in k for k in out["kinds"])
    assert "IMG precedent" in out["legend"]
    assert _Tiles.served > 0
    assert len(truth["programs"]) > 0
    assert (ARTIFACTS / "img_precedent_map.png").stat().st_size > 1000


def test_dashboard_charts_render(site):
    async def steps(page, out):
        await page.goto(site + "/-/dashboards/precedent")
        await page.wait_for_selector("#chart-share-by-state canvas, #chart-share-by-state svg", timeout=20000)
        await page.wait_for_selector("#chart-by-year canvas, #chart-by-year svg", timeout=20000)
        out["metric"] = await page.locator("#chart-programs-with-img").inner_text()
        await page.wait_for_timeout(500)
        await page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)

    out = browse(site, steps)
    assert any(ch.isdigit() for ch in out["metric"])
    assert (ARTIFACTS / "dashboard.png").stat().st_size > 1000
