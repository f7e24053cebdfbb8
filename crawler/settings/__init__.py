"""Settings by environment: ``PRECEDENT_ENV`` = ``prod`` (default), ``dev`` or ``ci``.

Scrapy reads this module (``scrapy.cfg`` → ``crawler.settings``); the overlay for the chosen
environment replaces the polite defaults where the target is our own demo web.
"""

import os

from .base import *  # noqa: F403

_ENV = os.environ.get("PRECEDENT_ENV", "prod")
if _ENV == "dev":
    from .dev import *  # noqa: F403
elif _ENV == "ci":
    from .ci import *  # noqa: F403
elif _ENV != "prod":
    raise RuntimeError(f"PRECEDENT_ENV must be prod, dev or ci, not {_ENV!r}")
