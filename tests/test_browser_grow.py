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
# A roster that shows the next residents when a control is clicked; the control's words and tag
# vary as on real sites. {control} is the whole element.
BUTTON_FEED = """<!doctype html><html><head><title>Residents</title></head><body>
<h1>Current Residents</h1><div id="feed"></div>{control}
<script>
(function () {{
  var feed = document.getElementById('feed'), offset = 0, control = document.getElementById('more');
  function more(event) {{
    if (event) event.preventDefault();
    fetch('/api?offset=' + offset).then(function (r) {{ return r.json(); }}).then(function (d) {{
      d.people.forEach(function (name) {{
        var card = document.createElement('p'); card.textContent = name + ', MD';
        feed.appendChild(card);
      }});
      offset += d.people.length;
      if (!d.more) control.remove();
    }});
  }}
  more();
  control.addEventListener('click', more);
}})();
</script></body></html>"""
CONTROLS = {
    "/load-next": '<button type="button" id="more" class="btn">Load next 3</button>',
    "/show-n-more": '<button type="button" id="more">Show 3 more</button>',
    "/view-more": '<a href="#" id="more" role="button">View more residents</a>',
    "/more-residents": '<span role="button" id="more" tabindex="0">More residents</span>',
}
# A link to another page worded like a "load more" control: the crawl follows such links itself,
# so the browser must not click it (the page being read would be gone).
AWAY = '<a href="/elsewhere" id="more">Show more</a>'
SHORT = ".card { height: 20px; }"
TALL = ".card { height: 400px; }"


async def _handle(request: web.BaseRequest) -> web.Response:
    if request.path == "/api":
        offset = int(request.query.get("offset", "0"))
        await asyncio.sleep(0.15)  # a feed answers in its own time
        return web.json_response(
            {"people": PEOPLE[offset : offset + CHUNK], "more": offset + CHUNK < len(PEOPLE)}
        )
    if request.path == "/elsewhere":
        return web.Response(text="<html><body>Elsewhere</body></html>", content_type="text/html")
    if request.path in CONTROLS or request.path == "/away":
        control = CONTROLS.get(request.path, AWAY)
        return web.Response(text=BUTTON_FEED.format(control=control), content_type="text/html")
    style = TALL if request.path == "/tall" else SHORT
    return web.Response(text=FEED.format(style=style), content_type="text/html")


@pytest.fixture(scope="module")
def feed_url() -> Iterator[str]:
    with serving(_handle, "127.0.0.1") as port:
        yield f"http://127.0.0.1:{port}"


def _grown(url: str) -> tuple[str, str]:
    """The page's text and address once the crawl's grow script is done with it."""

    async def run() -> tuple[str, str]:
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(**PLAYWRIGHT_LAUNCH_OPTIONS)
            page = await browser.new_page()
            await page.add_init_script(WATCH_SCRIPT)
            await page.goto(url)
            await page.evaluate(GROW_SCRIPT)
            text = await page.inner_text("body")
            address = page.url
            await browser.close()
            return text, address

    return asyncio.run(run())


def _grown_text(url: str) -> str:
    return _grown(url)[0]


@pytest.mark.parametrize("path", ["/short", "/tall"])
def test_a_feed_grown_on_scroll_shows_every_resident(feed_url, path):
    text = _grown_text(feed_url + path)
    assert [name for name in PEOPLE if name in text] == PEOPLE
    assert "That is everyone." in text


@pytest.mark.parametrize("path", sorted(CONTROLS))
def test_a_roster_grown_by_its_control_shows_every_resident(feed_url, path):
    text = _grown_text(feed_url + path)
    assert [name for name in PEOPLE if name in text] == PEOPLE


def test_a_link_away_worded_like_a_control_is_not_clicked(feed_url):
    text, address = _grown(feed_url + "/away")
    assert address == feed_url + "/away"
    assert "Elsewhere" not in text
    assert [name for name in PEOPLE if name in text] == PEOPLE[:CHUNK]
