"""Whole jobs the CLI runs: a crawl into a run directory, then a database build from it.

The crawl runs ``scrapy crawl rosters`` in a child process: that is exactly what an operator
runs by hand or through scrapyd, it gives each crawl a fresh Twisted reactor, and a crash in
the crawl cannot take the caller (or the database it serves) down with it.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from db.runstore import write_run_meta

DEFAULT_VAR = Path(os.environ.get("PRECEDENT_VAR", "var"))


class CrawlFailed(RuntimeError):
    pass


def new_run_dir(root: Path | None = None) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    run_dir = (root or DEFAULT_VAR / "runs") / f"{stamp}-{secrets.token_hex(2)}"
    run_dir.mkdir(parents=True, exist_ok=False)
    return run_dir


def run_crawl(
    run_dir: Path,
    *,
    registry: str | None = None,
    programs_file: str | None = None,
    specialty: str = "neurosurgery",
    academic_year: int | None = None,
    env: str = "prod",
    settings: dict[str, str] | None = None,
    quiet: bool = False,
) -> dict:
    """Crawl into ``run_dir``; return the Scrapy stats. Raises CrawlFailed if Scrapy died."""
    if not (registry or programs_file):
        raise ValueError("a crawl needs a registry URL or a programs file")
    started = datetime.now(UTC).isoformat(timespec="seconds")
    cmd = [sys.executable, "-m", "scrapy", "crawl", "rosters",
           "-a", f"run_id={run_dir.name}", "-a", f"specialty={specialty}",
           "-s", f"PRECEDENT_RUN_DIR={run_dir.resolve()}"]
    if registry:
        cmd += ["-a", f"registry={registry}"]
    if programs_file:
        cmd += ["-a", f"programs={Path(programs_file).resolve()}"]
    if academic_year:
        cmd += ["-a", f"academic_year={academic_year}"]
    for key, value in (settings or {}).items():
        cmd += ["-s", f"{key}={value}"]
    child_env = {**os.environ, "PRECEDENT_ENV": env, "SCRAPY_SETTINGS_MODULE": "crawler.settings"}
    log_path = run_dir / "crawl.log"
    with log_path.open("w", encoding="utf-8") as log:
        proc = subprocess.run(cmd, env=child_env, stdout=log, stderr=subprocess.STDOUT, check=False)
    stats_path = run_dir / "stats.json"
    stats = json.loads(stats_path.read_text(encoding="utf-8")) if stats_path.exists() else {}
    write_run_meta(run_dir, {
        "run_id": run_dir.name,
        "started_at": started,
        "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "source": registry or str(programs_file),
        "specialty": specialty,
        "academic_year": academic_year,
        "exit_code": proc.returncode,
        "stats": {k: v for k, v in stats.items() if not k.startswith("log_count/DEBUG")},
    })
    if proc.returncode != 0:
        tail = log_path.read_text(encoding="utf-8", errors="replace")[-2000:]
        raise CrawlFailed(f"scrapy exited with {proc.returncode}; see {log_path}\n{tail}")
    if not quiet:
        print(f"crawl {run_dir.name}: {stats.get('item_scraped_count', 0)} items, "
              f"{stats.get('downloader/response_count', 0)} responses, log {log_path}",
              file=sys.stderr)
    return stats
