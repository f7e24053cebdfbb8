"""JSONL pattern files read by the spaCy components and by the string helpers."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

PATTERN_DIR = Path(__file__).parent


@cache
def load_patterns(name: str) -> tuple[dict[str, Any], ...]:
    """Rows of ``patterns/<name>.jsonl``; cached because every page needs them."""
    rows = []
    with (PATTERN_DIR / f"{name}.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rows.append(json.loads(line))
    return tuple(rows)
