"""Resume a killed crawl from its run directory, with no duplicates and no gaps.

Scrapy's ``JOBDIR`` keeps the request queue on disk (memory stays flat on big crawls), but its
queue and duplicate filter are written on a clean shutdown only: after ``kill -9`` they are
missing or stale, and a request taken off the queue but never answered is lost. So the journal
is ``items.jsonl``: a program is *closed* once its one ``program_status`` item is written, and
that happens only after every request of the program has answered. To resume, the journal is
rewritten (atomically) to keep only closed programs' items; everything else (listing pages, the
half-crawled programs) is crawled again from the start, and closed programs are skipped.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from db.runstore import iter_items


def closed_programs(run_dir: Path) -> set[str]:
    return {
        item["program_id"]
        for item in iter_items(run_dir)
        if item.get("item_type") == "program_status" and item.get("program_id")
    }


def prepare_resume(run_dir: Path) -> dict[str, int]:
    """Rewrite ``items.jsonl`` to the closed programs' items and drop Scrapy's stale queue.
    Returns what was kept and dropped."""
    run_dir = Path(run_dir)
    path = run_dir / "items.jsonl"
    closed = closed_programs(run_dir)
    kept = dropped = 0
    if path.exists():
        tmp = path.with_suffix(".jsonl.tmp")
        with tmp.open("w", encoding="utf-8") as out:
            for item in iter_items(run_dir):
                if item.get("program_id") in closed:
                    out.write(json.dumps(item, ensure_ascii=False) + "\n")
                    kept += 1
                else:
                    dropped += 1
        tmp.replace(path)
    job = run_dir / "job"
    for stale in ("requests.queue", "requests.seen", "spider.state"):
        target = job / stale
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
    return {"closed_programs": len(closed), "kept_items": kept, "dropped_items": dropped}
