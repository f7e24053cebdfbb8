"""Whole jobs the CLI runs: a crawl into a run directory, then a database build from it.

The crawl runs ``scrapy crawl rosters`` in a child process: that is exactly what an operator
runs by hand or through scrapyd, it gives each crawl a fresh Twisted reactor, and a crash in
the crawl cannot take the caller (or the database it serves) down with it. While it runs, the
parent draws the child's ``progress.json`` (rich) and, at the end, a summary table.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from crawler.resume import prepare_resume
from db.runstore import write_run_meta

DEFAULT_VAR = Path(os.environ.get("PRECEDENT_VAR", "var"))


class CrawlFailed(RuntimeError):
    pass


def new_run_dir(root: Path | None = None) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    run_dir = (root or DEFAULT_VAR / "runs") / f"{stamp}-{secrets.token_hex(2)}"
    run_dir.mkdir(parents=True, exist_ok=False)
    return run_dir


def crawl_command(
    run_dir: Path,
    *,
    registry: str | None = None,
    programs_file: str | None = None,
    specialty: str = "neurosurgery",
    academic_year: int | None = None,
    settings: dict[str, str] | None = None,
) -> list[str]:
    """The ``scrapy crawl rosters`` command line of one run (with its own JOBDIR)."""
    if not (registry or programs_file):
        raise ValueError("a crawl needs a registry URL or a programs file")
    cmd = [sys.executable, "-m", "scrapy", "crawl", "rosters",
           "-a", f"run_id={run_dir.name}", "-a", f"specialty={specialty}",
           "-s", f"PRECEDENT_RUN_DIR={run_dir.resolve()}",
           "-s", f"JOBDIR={(run_dir / 'job').resolve()}"]
    if registry:
        cmd += ["-a", f"registry={registry}"]
    if programs_file:
        cmd += ["-a", f"programs={Path(programs_file).resolve()}"]
    if academic_year:
        cmd += ["-a", f"academic_year={academic_year}"]
    for key, value in (settings or {}).items():
        cmd += ["-s", f"{key}={value}"]
    return cmd


def crawl_env(env: str = "prod") -> dict[str, str]:
    return {**os.environ, "PRECEDENT_ENV": env, "SCRAPY_SETTINGS_MODULE": "crawler.settings"}


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
    resume: bool = False,
) -> dict:
    """Crawl into ``run_dir``; return the Scrapy stats. Raises CrawlFailed if Scrapy died.

    ``resume=True`` continues a run that was killed: closed programs are kept, the rest crawled
    again (see :mod:`crawler.resume`)."""
    if resume:
        prepare_resume(run_dir)
    cmd = crawl_command(run_dir, registry=registry, programs_file=programs_file,
                        specialty=specialty, academic_year=academic_year, settings=settings)
    started = datetime.now(UTC).isoformat(timespec="seconds")
    log_path = run_dir / "crawl.log"
    with log_path.open("a" if resume else "w", encoding="utf-8") as log:
        proc = subprocess.Popen(cmd, env=crawl_env(env), stdout=log, stderr=subprocess.STDOUT)
        if quiet:
            proc.wait()
        else:
            from crawler.display import show_progress

            show_progress(proc, run_dir / "progress.json")
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
        "resumed": resume,
        "stats": {k: v for k, v in stats.items() if not k.startswith("log_count/DEBUG")},
    })
    if proc.returncode != 0:
        tail = log_path.read_text(encoding="utf-8", errors="replace")[-2000:]
        raise CrawlFailed(f"scrapy exited with {proc.returncode}; see {log_path}\n{tail}")
    if not quiet:
        from crawler.display import summary_table

        summary_table(run_dir, stats)
    return stats


def wait_for(path: Path, timeout: float) -> bool:
    """Poll for ``path`` (tests and benchmarks use it to time a kill)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if path.exists():
            return True
        time.sleep(0.1)
    return False
