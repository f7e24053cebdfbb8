"""How a rendered roster is grown (crawler.browser): hand-written feeds on 127.0.0.1 that load
more residents on scroll, driven in Debian Chromium with the crawl's own scripts."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from aiohttp import web
from playwright.async_api import async_playwright

from crawler.browser import GROW_SCRIPT, WATCH_SCRIPT
from crawler.settings.base import PLAYWRIGHT_LAUNCH_OPTIONS
from demoweb.server import serving
from tests.helpers import have_chromium

pytestmark = pytest.mark.skipif(not have_chromium(), reason="Debian chromium not installed")

PEOPLE = [f"Resident Number{i}" for i in range(1, 13)]
CHUNK = 3

# A feed that asks for the next residents when its sentinel comes into view, and ignores the
# sentinel while a request is in flight: on a short page the sentinel never leaves the view, so
# the observer never fires again after the first load (a real pattern: "busy" guards are common).
FEED = """<!doctype html><html><head><title>Residents</title>
<style>{style}</style></head><body><h1>Current Residents</h1><div id="feed"></div>
<div id="sentinel">Loading&hellip;</div>
<script>
(function () {{
  var feed = document.getElementById('feed'), offset = 0, busy = false, done = false;
  function more() {{
    if (busy || done) return;
    busy = true;
    fetch('/api?offset=' + offset).then(function (r) {{ return r.json(); }}).then(function (d) {{
      d.people.forEach(function (name) {{
        var card = document.createElement('article'); card.className = 'card';
        card.textContent = name + ', MD';
        feed.appendChild(card);
      }});
      offset += d.people.length; done = !d.more; busy = false;
      if (done) document.getElementById('sentinel').textContent = 'That is everyone.';
    }});
  }}
  new IntersectionObserver(function (entries) {{
    if (entries.some(function (e) {{ return e.isIntersecting; }})) more();
  }}).observe(document.getElementById('sentinel'));
}})();
</script></body></html>"""
SHORT = ".card { height: 20px; }"
TALL = ".card { height: 400px; }"


async def _handle(request: web.BaseRequest) -> web.Response:
    if request.path == "/api":
        offset = int(request.query.get("offset", "0"))
        await asyncio.sleep(0.15)  # a feed answers in its own time
        return web.json_response(
            {"people": PEOPLE[offset : offset + CHUNK], "more": offset + CHUNK < len(PEOPLE)}
        )
    style = TALL if request.path == "/tall" else SHORT
    return web.Response(text=FEED.format(style=style), content_type="text/html")


@pytest.fixture(scope="module")
def feed_url() -> Iterator[str]:
    with serving(_handle, "127.0.0.1") as port:
        yield f"http://127.0.0.1:{port}"


def _grown_text(url: str) -> str:
    async def run() -> str:
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(**PLAYWRIGHT_LAUNCH_OPTIONS)
            page = await browser.new_page()
            await page.add_init_script(WATCH_SCRIPT)
            await page.goto(url)
            await page.evaluate(GROW_SCRIPT)
            text = await page.inner_text("body")
            await browser.close()
            return text

    return asyncio.run(run())


@pytest.mark.parametrize("path", ["/short", "/tall"])
def test_a_feed_grown_on_scroll_shows_every_resident(feed_url, path):
    text = _grown_text(feed_url + path)
    assert [name for name in PEOPLE if name in text] == PEOPLE
    assert "That is everyone." in text
