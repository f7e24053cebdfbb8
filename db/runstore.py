"""Read what a crawl left in its run directory."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)


def iter_items(run_dir: Path) -> Iterator[dict[str, Any]]:
    """Items of one run, in the order written. A torn last line (a killed crawl) is skipped."""
    path = Path(run_dir) / "items.jsonl"
    if not path.exists():
        return
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError:
                logger.warning("%s:%d: skipping a torn item line", path, lineno)


def read_run_meta(run_dir: Path) -> dict[str, Any]:
    path = Path(run_dir) / "run.json"
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    return {"run_id": Path(run_dir).name}


def write_run_meta(run_dir: Path, meta: dict[str, Any]) -> None:
    path = Path(run_dir) / "run.json"
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(meta, indent=2, sort_keys=True), encoding="utf-8")
    tmp.replace(path)


def latest_run(runs_root: Path) -> Path | None:
    runs = sorted(p for p in Path(runs_root).glob("*") if (p / "items.jsonl").exists())
    return runs[-1] if runs else None
