"""What every benchmark shares: the RESULT line and the results file."""

from __future__ import annotations

import json
import platform
import resource
import sys
from datetime import UTC, datetime
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


def machine() -> str:
    import os

    return f"{platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}"


def peak_rss_mb(children: bool = False) -> float:
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)


def emit(result: dict) -> None:
    """Write the results file and print the one closing ``RESULT {json}`` line."""
    result = {**result, "machine": machine(), "at": datetime.now(UTC).isoformat(timespec="seconds")}
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"{result['bench']}.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    sys.stdout.flush()
    print("RESULT " + json.dumps(result, sort_keys=True), flush=True)
