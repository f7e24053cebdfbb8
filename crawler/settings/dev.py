"""Local development against the demo web: no artificial delay, the demo web is ours."""

DOWNLOAD_DELAY = 0.0
AUTOTHROTTLE_ENABLED = False
CONCURRENT_REQUESTS = 32
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_TIMEOUT = 10
RETRY_TIMES = 2  # as prod: the proving ground's 503 bursts need two
PLAYWRIGHT_MAX_PAGES_PER_CONTEXT = 8
