"""Coordinate a crawl shared by workers through Redis (scrapy-redis).

The coordinator clears the spider's keys, seeds the work, starts local workers (other machines
join with ``precedent worker --redis URL``), waits for them, and drains the items the workers
pushed to Redis into the run directory, where ``build`` reads them as from any crawl.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import redis

from spiders.distributed import DistributedRostersSpider

SPIDER = DistributedRostersSpider.name
KEYS = (f"{SPIDER}:start_urls", f"{SPIDER}:dupefilter", f"{SPIDER}:items")


def connect(url: str) -> redis.Redis:
    return redis.Redis.from_url(url)


def clear(url: str) -> None:
    """Forget a previous run's queue, seen-set and items (SCHEDULER_PERSIST keeps them)."""
    connect(url).delete(*KEYS)


def seed(url: str, jobs: Iterable[str]) -> int:
    jobs = list(jobs)
    if jobs:
        connect(url).rpush(f"{SPIDER}:start_urls", *jobs)
    return len(jobs)


def worker_command(url: str, run_dir: Path, run_id: str, extra: dict[str, str] | None = None) -> list[str]:
    cmd = [sys.executable, "-m", "scrapy", "crawl", SPIDER, "-a", f"run_id={run_id}",
           "-s", f"REDIS_URL={url}", "-s", f"PRECEDENT_RUN_DIR={run_dir.resolve()}"]
    for key, value in (extra or {}).items():
        cmd += ["-s", f"{key}={value}"]
    return cmd


def start_worker(url: str, run_dir: Path, run_id: str, env: str = "prod",
                 extra: dict[str, str] | None = None) -> subprocess.Popen:
    """One local worker process; its log and local items go to ``run_dir``."""
    run_dir.mkdir(parents=True, exist_ok=True)
    child_env = {**os.environ, "PRECEDENT_ENV": env, "SCRAPY_SETTINGS_MODULE": "crawler.settings"}
    log = (run_dir / "crawl.log").open("w", encoding="utf-8")
    return subprocess.Popen(worker_command(url, run_dir, run_id, extra), env=child_env,
                            stdout=log, stderr=subprocess.STDOUT)


def drain_items(url: str, path: Path) -> int:
    """Move every item the workers pushed to Redis into ``path`` (JSON lines)."""
    conn = connect(url)
    key = f"{SPIDER}:items"
    n = 0
    with path.open("a", encoding="utf-8") as fh:
        while True:
            batch = conn.lpop(key, 500)
            if not batch:
                break
            for raw in batch:
                fh.write(json.dumps(json.loads(raw), ensure_ascii=False) + "\n")
                n += 1
    return n


def run_distributed(
    run_dir: Path,
    redis_url: str,
    *,
    registry: str | None = None,
    programs_file: str | None = None,
    specialty: str = "neurosurgery",
    workers: int = 2,
    env: str = "prod",
    extra: dict[str, str] | None = None,
) -> int:
    """Seed the shared queue, run ``workers`` local workers to the end, collect the items.

    Returns the number of items collected into ``run_dir/items.jsonl``. Workers started
    elsewhere with ``precedent worker --redis URL`` join the same queue while it runs.
    """
    from datetime import UTC, datetime

    from db.runstore import write_run_meta
    from spiders.distributed import listing_job, program_job
    from spiders.rosters import load_program_file

    started = datetime.now(UTC).isoformat(timespec="seconds")
    clear(redis_url)
    if registry:
        seed(redis_url, [listing_job(registry)])
    else:
        programs = [p for p, _roster in load_program_file(str(programs_file), specialty)]
        seed(redis_url, [program_job(p) for p in programs])
    procs = [start_worker(redis_url, run_dir / "workers" / f"w{i}", run_dir.name, env, extra)
             for i in range(workers)]
    codes = [p.wait() for p in procs]
    n = drain_items(redis_url, run_dir / "items.jsonl")
    write_run_meta(run_dir, {
        "run_id": run_dir.name, "started_at": started,
        "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "source": registry or str(programs_file), "specialty": specialty,
        "distributed": {"redis": redis_url, "workers": workers, "exit_codes": codes},
    })
    return n
