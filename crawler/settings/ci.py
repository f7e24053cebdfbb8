"""CI: like dev, quieter logs."""

import os

from .dev import *  # noqa: F403

LOG_LEVEL = "WARNING"
# The suite runs dozens of short crawls on a shared 2-core runner: parse inline and launch
# Chromium only when a page needs it. (Both are exercised on their own in tests/test_offload.py.)
PRECEDENT_EXTRACT_WORKERS = os.environ.get("PRECEDENT_EXTRACT_WORKERS", "0")
PRECEDENT_BROWSER_WARMUP = os.environ.get("PRECEDENT_BROWSER_WARMUP", "0") == "1"
