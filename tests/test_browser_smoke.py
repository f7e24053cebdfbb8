"""Playwright drives Debian's Chromium (not Playwright's own build): catch a break early."""

from __future__ import annotations

import asyncio

import pytest
from playwright.async_api import async_playwright

from crawler.settings.base import PLAYWRIGHT_LAUNCH_OPTIONS
from tests.helpers import have_chromium

pytestmark = pytest.mark.skipif(not have_chromium(), reason="Debian chromium not installed")


def test_chromium_renders_a_javascript_roster_of_the_demo_web():
    from demoweb.server import running_web

    with running_web(programs=40, seed=7, year=2026) as web:
        program = next(p for p in web.truth["programs"] if p["layout"] == "js" and p["residents"])

        async def render() -> str:
            async with async_playwright() as pw:
                browser = await pw.chromium.launch(**PLAYWRIGHT_LAUNCH_OPTIONS)
                page = await browser.new_page()
                await page.goto(program["roster_urls"][0], wait_until="networkidle")
                text = await page.inner_text("body")
                await browser.close()
                return text

        text = asyncio.run(render())
    for resident in program["residents"]:
        assert resident.get("name_shown", resident["name"]) in text
