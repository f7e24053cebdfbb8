"""Cheap refreshes: ask servers whether a page changed, and don't read again what didn't.

- ``crawler.httpcache.RevalidatingPolicy``: Scrapy's RFC 2616 HTTP cache policy, except that
  every cached page is revalidated on every refresh (``If-None-Match`` / ``If-Modified-Since``;
  a 304 reuses the stored body) and browser-rendered requests are never cached: a rendered
  roster is a product of its page *and* its data endpoints, which are revalidated themselves
  (see ``data_endpoints``). Rosters change every July, so nothing is skipped for having
  produced items before (which is what scrapy-deltafetch would do).
- ``revisitable_run`` / ``run_revisit``: a refresh first asks for every page of the last run
  at once (``spiders/revisit.py``) and rediscovers only the programs whose pages changed.
- ``ExtractionCache``: extraction results keyed by the SHA-1 of what was extracted, so an
  unchanged page is not parsed again.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urljoin


def refresh_settings(cache_dir: Path) -> dict[str, str]:
    """Scrapy settings that turn a crawl into a refresh against ``cache_dir``."""
    return {
        "HTTPCACHE_ENABLED": "True",
        "HTTPCACHE_POLICY": "crawler.httpcache.RevalidatingPolicy",
        # One dbm file, not eleven files per page: the filesystem storage costs more than the
        # requests it saves.
        "HTTPCACHE_STORAGE": "crawler.httpcache.SharedDbmCacheStorage",
        "HTTPCACHE_DIR": str(Path(cache_dir).resolve()),
        "PRECEDENT_EXTRACTION_CACHE": str((Path(cache_dir) / "extracted").resolve()),
        "PRECEDENT_REFRESH": "True",
    }


def programs_from_database(db_path: Path, out: Path) -> int:
    """Write the last good database's programs (website and first roster page) as JSONL for
    a refresh to start from; returns how many."""
    import sqlite3

    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "select program_id, name, specialty, website, city, state, acgme_id, roster_urls "
            "from programs").fetchall()
    finally:
        conn.close()
    with out.open("w", encoding="utf-8") as fh:
        for pid, name, specialty, website, city, state, acgme_id, roster_urls in rows:
            rosters = json.loads(roster_urls or "[]") if isinstance(roster_urls, str) else []
            fh.write(json.dumps({
                "program_id": pid, "name": name, "specialty": specialty, "website": website,
                "city": city, "state": state, "acgme_id": acgme_id,
                # Every page of the roster (paginated and per-class rosters have several).
                "roster_url": " ".join(rosters) or None,
            }) + "\n")
    return len(rows)


_ENDPOINT = re.compile(r"""["'`]([^"'`\s<>]+?(?:\.json(?:\?[^"'`\s<>]*)?|/api/[^"'`\s<>]*))["'`]""")


def data_endpoints(html: str, base_url: str, limit: int = 5) -> list[str]:
    """JSON endpoints a script-rendered page names (``fetch("api/residents.json")``,
    ``data-src="/api/people?page=1"``): what to revalidate before rendering again."""
    seen: dict[str, None] = {}
    for m in _ENDPOINT.finditer(html or ""):
        url = urljoin(base_url, m.group(1))
        if url.startswith(("http://", "https://")):
            seen.setdefault(url, None)
        if len(seen) >= limit:
            break
    return list(seen)


# Bump when the extractor changes what it reads, so that old cached results are not reused.
CACHE_VERSION = "1"


def cache_key(*parts: str) -> str:
    """A stable key for extraction inputs (content hashes, academic year, specialty)."""
    import hashlib

    return hashlib.sha1("|".join((CACHE_VERSION, *parts)).encode("utf-8")).hexdigest()


class ExtractionCache:
    """Residents extracted from content with a given SHA-1 (and the same extractor inputs)."""

    def __init__(self, root: str | Path | None):
        self.root = Path(root) if root else None

    def _path(self, key: str) -> Path | None:
        return self.root / key[:2] / f"{key}.json" if self.root else None

    def get(self, key: str) -> list[dict[str, Any]] | None:
        path = self._path(key)
        if path is None or not path.exists():
            return None
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def put(self, key: str, records: list[dict[str, Any]]) -> None:
        path = self._path(key)
        if path is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)


# --- revisiting the last run's pages (spiders/revisit.py) ----------------------------------------

# What a crawl's items depend on besides the web: the spiders, their settings and the extractor.
CRAWL_CODE = ("crawler", "spiders", "extract")
CRAWL_INPUTS = "refresh.json"


def crawl_inputs(academic_year: int, specialty: str) -> dict[str, Any]:
    """What must not have changed for the last run's items to stand for this run's."""
    from db.restamp import source_sha1

    return {"academic_year": academic_year, "specialty": specialty,
            "code_sha1": source_sha1(CRAWL_CODE)}


def write_crawl_inputs(run_dir: Path, inputs: dict[str, Any]) -> None:
    path = Path(run_dir) / CRAWL_INPUTS
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(inputs, sort_keys=True), encoding="utf-8")
    tmp.replace(path)


def revisitable_run(db_path: Path, inputs: dict[str, Any]) -> tuple[Path | None, str]:
    """The run the last good database was built from, if a refresh may revisit it: its crawl
    finished, and it was made by the same code for the same academic year and specialty.
    Returns (run directory or None, why not)."""
    import sqlite3
    from contextlib import closing

    try:
        with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as conn:
            row = conn.execute(
                "select run_id from runs order by built_at desc, rowid desc limit 1").fetchone()
    except sqlite3.Error as exc:
        return None, f"the database has no runs ({exc})"
    if not row:
        return None, "the database has no runs"
    run_dir = Path(db_path).resolve().parent / "runs" / row[0]
    try:
        meta = json.loads((run_dir / "run.json").read_text(encoding="utf-8"))
        made_with = json.loads((run_dir / CRAWL_INPUTS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None, f"the last run {run_dir} is gone or was not made by a refresh"
    if meta.get("exit_code") != 0 or not (run_dir / "items.jsonl").exists():
        return None, f"the last run {run_dir.name} did not finish"
    if made_with != inputs:
        changed = sorted(k for k in inputs if made_with.get(k) != inputs[k])
        return None, f"{', '.join(changed)} changed since the last run"
    return run_dir, ""


def revisit_command(run_dir: Path, last_run: Path, programs_file: Path,
                    settings: dict[str, str]) -> list[str]:
    import sys

    cmd = [sys.executable, "-m", "scrapy", "crawl", "revisit",
           "-a", f"last_run={Path(last_run).resolve()}",
           "-a", f"programs={Path(programs_file).resolve()}",
           "-a", f"run_id={run_dir.name}",
           # Load this spider alone: the others import the extractor and spaCy.
           "-s", "SPIDER_MODULES=spiders.revisit",
           "-s", f"PRECEDENT_RUN_DIR={Path(run_dir).resolve()}"]
    for key, value in settings.items():
        cmd += ["-s", f"{key}={value}"]
    return cmd


def run_revisit(run_dir: Path, last_run: Path, programs_file: Path, *, env: str,
                settings: dict[str, str], while_waiting=None) -> tuple[dict[str, Any], dict[str, float]]:
    """Run the ``revisit`` spider in a child process; returns its stats (kept apart as
    ``stats-revisit.json``: a ``rosters`` pass may follow) and its time breakdown.
    ``while_waiting()`` runs in this process meanwhile (the caller warms up its build)."""
    import subprocess
    import time

    from crawler.jobs import CrawlFailed, crawl_env

    launched = time.time()
    with (run_dir / "revisit.log").open("w", encoding="utf-8") as log:
        proc = subprocess.Popen(revisit_command(run_dir, last_run, programs_file, settings),
                                env=crawl_env(env), stdout=log, stderr=subprocess.STDOUT)
        try:
            if while_waiting is not None:
                while_waiting()
        finally:
            code = proc.wait()
    ended = time.time()
    stats_path = run_dir / "stats.json"
    stats = json.loads(stats_path.read_text(encoding="utf-8")) if stats_path.exists() else {}
    if stats_path.exists():
        stats_path.replace(run_dir / "stats-revisit.json")
    if code != 0:
        tail = (run_dir / "revisit.log").read_text(encoding="utf-8", errors="replace")[-2000:]
        raise CrawlFailed(f"scrapy (revisit) exited with {code}; see {run_dir / 'revisit.log'}\n{tail}")
    return stats, child_timings(stats, launched, ended)


def child_timings(stats: dict[str, Any], launched: float, ended: float) -> dict[str, float]:
    """Scrapy start (process, imports, settings, engine), requests (spider open to close),
    Scrapy stop, from the child's stats and the parent's clock."""
    from datetime import datetime

    try:
        opened = datetime.fromisoformat(stats["start_time"]).timestamp()
        finished = datetime.fromisoformat(stats["finish_time"]).timestamp()
    except (KeyError, TypeError, ValueError):
        return {"crawl": round(ended - launched, 3)}
    return {"scrapy start": round(opened - launched, 3),
            "requests": round(finished - opened, 3),
            "scrapy stop": round(ended - finished, 3)}


def merge_stats(first: dict[str, Any], second: dict[str, Any]) -> dict[str, Any]:
    """Two passes' Scrapy stats as one run's: counters add up, the first start and the last
    finish stand."""
    merged = dict(first)
    for key, value in second.items():
        old = merged.get(key)
        if key.startswith("start_time"):
            merged.setdefault(key, value)
        elif isinstance(value, (int, float)) and isinstance(old, (int, float)) \
                and not isinstance(value, bool) and "max" not in key:
            merged[key] = old + value
        else:
            merged[key] = value
    return merged


def crawl_in_two_passes(run_dir: Path, *, last_run: Path | None, why_not: str,
                        programs_file: str | None, registry: str | None, specialty: str,
                        env: str, settings: dict[str, str], academic_year: int | None,
                        echo, while_waiting=None) -> dict[str, dict[str, float]]:
    """A refresh's crawl: the revisit of ``last_run`` (if any), then the ``rosters`` spider for
    the programs it left to rediscover (or for every program, without a last run). One run
    directory, one ``stats.json`` and ``run.json``; returns each pass's time breakdown."""
    import time
    from datetime import UTC, datetime

    from crawler.jobs import run_crawl
    from db.runstore import read_run_meta

    timings: dict[str, dict[str, float]] = {}
    first: dict[str, Any] = {}
    started = datetime.now(UTC).isoformat(timespec="seconds")
    if last_run is not None:
        first, timings["revisit"] = run_revisit(run_dir, last_run, Path(str(programs_file)),
                                                env=env, settings=settings,
                                                while_waiting=while_waiting)
        echo(f"revisited {first.get('precedent/programs', 0)} programs of {last_run.name}: "
             f"{first.get('precedent/unchanged_programs', 0)} unchanged, "
             f"{first.get('precedent/rediscover', 0)} to rediscover")
        todo = run_dir / "rediscover.jsonl"
        if not todo.exists():
            _write_meta(run_dir, first, started, specialty, academic_year, last_run)
            return timings
        for line in todo.read_text(encoding="utf-8").splitlines()[:5]:
            row = json.loads(line)
            echo(f"  {row['program_id']}: {row.get('rediscover_reason')}")
        programs_file = str(todo)
    else:
        echo(f"crawling every program from its home page ({why_not})")
    launched = time.time()
    second = run_crawl(run_dir, registry=registry, programs_file=programs_file,
                       specialty=specialty, env=env, settings=settings,
                       academic_year=academic_year)
    timings["discovery"] = child_timings(second, launched, time.time())
    if last_run is not None:  # one run: both passes' stats, from the revisit's start
        meta = read_run_meta(run_dir)
        stats = merge_stats(first, meta.get("stats") or {})
        _write_meta(run_dir, stats, started, specialty, academic_year, last_run,
                    finished=meta.get("finished_at"))
    return timings


def _write_meta(run_dir: Path, stats: dict[str, Any], started: str, specialty: str,
                academic_year: int | None, last_run: Path, finished: str | None = None) -> None:
    from datetime import UTC, datetime

    from db.runstore import write_run_meta

    (run_dir / "stats.json").write_text(json.dumps(stats, indent=2, sort_keys=True),
                                        encoding="utf-8")
    write_run_meta(run_dir, {
        "run_id": run_dir.name, "started_at": started,
        "finished_at": finished or datetime.now(UTC).isoformat(timespec="seconds"),
        "source": str(run_dir / "programs.jsonl"), "specialty": specialty,
        "academic_year": academic_year, "exit_code": 0, "resumed": False,
        "revisited": last_run.name, "stats": stats})
