"""JSONL pattern files read by the spaCy components and by the string helpers."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

# Through importlib.resources, not __file__: the patterns must load from a zipped egg too
# (scrapyd runs the project from the egg scrapyd-deploy builds).
PATTERN_DIR = resources.files(__package__)


@cache
def load_patterns(name: str) -> tuple[dict[str, Any], ...]:
    """Rows of ``patterns/<name>.jsonl``; cached because every page needs them."""
    rows = []
    with PATTERN_DIR.joinpath(f"{name}.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rows.append(json.loads(line))
    return tuple(rows)
