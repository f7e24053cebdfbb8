"""robots.txt holds for every request that waited for it: several pages of one host asked for
at once, before its robots.txt has arrived (as the ``revisit`` spider asks), and none that
robots.txt disallows is fetched. Real demo web, real Scrapy in a child process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import urllib.request
from urllib.parse import urljoin

import pytest

from tests.helpers import ROOT, free_port

SPIDER = textwrap.dedent('''
    import json, os
    import scrapy

    class AllAtOnce(scrapy.Spider):
        name = "all_at_once"
        custom_settings = {"DOWNLOAD_HANDLERS": {}}

        @classmethod
        def update_settings(cls, settings):
            super().update_settings(settings)
            mws = dict(settings.getdict("DOWNLOADER_MIDDLEWARES"))
            mws["crawler.middlewares.politeness.RobotsPolitenessMiddleware"] = None
            mws[os.environ["ROBOTS_MIDDLEWARE"]] = 100
            settings.set("DOWNLOADER_MIDDLEWARES", mws, priority="spider")

        async def start(self):
            self.fetched = []
            for url in json.loads(os.environ["URLS"]):
                yield scrapy.Request(url, callback=self.got, errback=self.failed, dont_filter=True)

        def got(self, response):
            self.fetched.append(response.url)

        def failed(self, failure):
            pass

        def closed(self, reason):
            with open(os.environ["OUT"], "w") as fh:
                json.dump(self.fetched, fh)
''')


@pytest.mark.parametrize("middleware", [
    "crawler.middlewares.politeness.RobotsPolitenessMiddleware",
    pytest.param("scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware",
                 marks=pytest.mark.xfail(strict=True, reason="Scrapy 2.19: later waiters get no "
                                         "parser (crawler/middlewares/politeness.py)")),
])
def test_no_disallowed_page_is_fetched_when_a_host_is_asked_for_many_pages_at_once(
        middleware, tmp_path):
    from demoweb.server import running_web

    with running_web(programs=80, seed=7, year=2026, port=free_port()) as web:
        blocked = next(p for p in web.truth["programs"] if p["robots_blocked"])
        robots = urllib.request.urlopen(urljoin(blocked["website"], "/robots.txt")).read().decode()
        disallowed = [line.split(":", 1)[1].strip() for line in robots.splitlines()
                      if line.lower().startswith("disallow:") and "/private/" not in line]
        assert disallowed
        urls = [blocked["website"], *blocked["info_urls"]]
        for path in disallowed:  # each disallowed page asked for several times, among the others
            urls += [urljoin(blocked["website"], path)] * 3
        spider = tmp_path / "all_at_once.py"
        spider.write_text(SPIDER, encoding="utf-8")
        out = tmp_path / "fetched.json"
        env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "crawler.settings", "PRECEDENT_ENV": "ci",
               "ROBOTS_MIDDLEWARE": middleware, "URLS": json.dumps(urls), "OUT": str(out)}
        run = subprocess.run([sys.executable, "-m", "scrapy", "runspider", str(spider)], cwd=ROOT,
                             env=env, capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, run.stderr[-2000:]
    fetched = json.loads(out.read_text(encoding="utf-8"))
    assert blocked["website"] in fetched  # the allowed pages were fetched
    assert not [u for u in fetched if any(path in u for path in disallowed)]
