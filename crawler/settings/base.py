"""Scrapy settings shared by every environment.

Politeness defaults are for the real web; ``dev``/``ci`` relax them for the local demo web.
Every throttle can be overridden from the environment (``PRECEDENT_<NAME>``).
"""

from __future__ import annotations

import os


def _env(name: str, default: str) -> str:
    return os.environ.get(f"PRECEDENT_{name}", default)


BOT_NAME = "precedent"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"

USER_AGENT = _env(
    "USER_AGENT",
    "Precedent/0.1 (residency program research crawler; +https://github.com/precedent-org/precedent)",
)
ROBOTSTXT_OBEY = True

# Politeness: one or two requests per host, adaptive delay, bounded pages and time.
CONCURRENT_REQUESTS = int(_env("CONCURRENT_REQUESTS", "16"))
CONCURRENT_REQUESTS_PER_DOMAIN = int(_env("CONCURRENT_REQUESTS_PER_DOMAIN", "2"))
DOWNLOAD_DELAY = float(_env("DOWNLOAD_DELAY", "0.5"))
AUTOTHROTTLE_ENABLED = _env("AUTOTHROTTLE", "1") == "1"
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = int(_env("DOWNLOAD_TIMEOUT", "15"))
DOWNLOAD_MAXSIZE = int(_env("DOWNLOAD_MAXSIZE", str(8 * 1024 * 1024)))
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = int(_env("RETRY_TIMES", "2"))
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
RETRY_BACKOFF_BASE = float(_env("RETRY_BACKOFF_BASE", "1.0"))  # then 2 s, 4 s, ... unless Retry-After
RETRY_MAX_WAIT = float(_env("RETRY_MAX_WAIT", "30"))  # a longer Retry-After is not waited for
RETRY_GIVE_UP_LOG_LEVEL = "DEBUG"  # the errback logs the one line
REDIRECT_MAX_TIMES = 5  # a redirect loop stops here and is recorded as one
COOKIES_ENABLED = False
PRECEDENT_MAX_CRAWL_DELAY = float(_env("MAX_CRAWL_DELAY", "60"))
# A Redis worker (spiders.distributed) closes after this many seconds with no job in Redis,
# checked at Scrapy's 5 s idle heartbeat. Set here, not in the spider, so that the environment
# (PRECEDENT_MAX_IDLE_TIME) reaches the workers `precedent crawl --redis` starts; 0 never closes.
MAX_IDLE_TIME_BEFORE_CLOSE = int(_env("MAX_IDLE_TIME", "6"))

# No remote control or telnet: a crawler is not a shell.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
EXTENSIONS = {
    "scrapy.extensions.telnet.TelnetConsole": None,
    "scrapy.extensions.remote_control.RemoteControl": None,
    "crawler.extensions.runstats.RunStatsExtension": 500,
    "crawler.extensions.progress.ProgressExtension": 510,
    "crawler.extensions.browser_warmup.BrowserWarmupExtension": 520,
}
# Launch Chromium in the background when the crawl starts (see crawler.extensions.browser_warmup).
PRECEDENT_BROWSER_WARMUP = _env("BROWSER_WARMUP", "1") == "1"
PRECEDENT_BROWSER_WARMUP_WAIT = float(_env("BROWSER_WARMUP_WAIT", "10"))  # s the start waits at most

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"

# Playwright only for requests that ask for it (meta["playwright"] = True); plain requests
# fall through to Scrapy's own HTTP handler.
DOWNLOAD_HANDLERS = {
    "http": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
    "https": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
}
PLAYWRIGHT_BROWSER_TYPE = "chromium"
PLAYWRIGHT_LAUNCH_OPTIONS = {
    "executable_path": _env("CHROMIUM", "/usr/bin/chromium"),
    "headless": True,
    "args": [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ],
}
PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT = DOWNLOAD_TIMEOUT * 1000
PLAYWRIGHT_MAX_PAGES_PER_CONTEXT = 4
PLAYWRIGHT_ABORT_REQUEST = "crawler.browser.abort_heavy_request"

ITEM_PIPELINES = {
    "crawler.pipelines.validate.ValidateItemPipeline": 100,
    "crawler.pipelines.runstore.RunStorePipeline": 900,
}
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.middlewares.politeness.RobotsPolitenessMiddleware": 100,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.politeness.BackoffRetryMiddleware": 550,
    # Below the HTTP cache (900), redirects (600) and decompression (590): the archive keeps
    # the body the spider reads (a 304's revalidated body, never the empty 304 or gzip bytes).
    "crawler.middlewares.archive.RawArchiveMiddleware": 580,
}
# Scrapy's LIFO queues: a program's next page goes before the next program, so programs close
# early. Requests wait in memory up to a limit and spill to JOBDIR's disk queue beyond it; pages
# that wait for Chromium go first (see crawler.scheduler).
SCHEDULER = "crawler.scheduler.SpillingScheduler"
SCHEDULER_PRIORITY_QUEUE = "crawler.scheduler.PriorityFirstQueue"
PRECEDENT_MEMORY_QUEUE_LIMIT = int(_env("MEMORY_QUEUE_LIMIT", "5000"))
# Items go through synchronous pipelines one at a time; Scrapy's default of 100 concurrent
# items only starts 100 idle asyncio tasks per callback (measured: ~10 % of the crawl's CPU).
CONCURRENT_ITEMS = 8
# Where pages are parsed (crawler.offload): a number of worker processes, 0 (inline) or
# "thread"; empty = one process per spare core, or a thread when no core is spare.
PRECEDENT_EXTRACT_WORKERS = _env("EXTRACT_WORKERS", "")

# Where a run keeps its items and raw responses (``var/runs/<run_id>``).
PRECEDENT_RUN_DIR = _env("RUN_DIR", "")
PRECEDENT_ACADEMIC_YEAR = int(_env("ACADEMIC_YEAR", "0")) or None
PRECEDENT_SITE_PAGE_BUDGET = int(_env("SITE_PAGE_BUDGET", "25"))  # pages per program site
PRECEDENT_SITE_DEPTH = int(_env("SITE_DEPTH", "2"))  # hub pages between home and roster

LOG_LEVEL = _env("LOG_LEVEL", "INFO")
FEED_EXPORT_ENCODING = "utf-8"
