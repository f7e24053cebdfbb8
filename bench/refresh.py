"""Refresh: a cold crawl against a no-change refresh of the same demo web, then a new academic
year, with the change report.

All runs use `precedent refresh` (the revalidating HTTP cache, the extraction cache, JS rosters
re-rendered only when their page or data changed) through the CLI, as an operator runs it; the
cold run starts from an empty cache. `not_modified_share` is the share of answered requests the
server answered 304 (plus renders skipped), i.e. what a refresh did not have to transfer or read.

    python bench/refresh.py [--programs 80] [--quick]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._common import emit  # noqa: E402


def refresh(db: Path, *extra: str) -> tuple[float, dict, str, dict]:
    t0 = time.perf_counter()
    # From a snapshot of the source: an edit in the shared tree between two runs would make
    # the refresh rediscover everything (as it must when the code changed).
    out = subprocess.run([sys.executable, "-m", "crawler.cli", "refresh", "--db", str(db),
                          "--env", "dev", *extra], cwd=db.parent / "src", capture_output=True,
                         text=True)
    seconds = time.perf_counter() - t0
    if out.returncode != 0:
        raise SystemExit(out.stderr[-3000:])
    run = max((db.parent / "runs").iterdir(), key=lambda p: p.name)
    timings = json.loads((run / "timings.json").read_text(encoding="utf-8"))
    timings["whole command"] = {"process start and imports": round(
        seconds - sum(timings["refresh"].values()), 3)}
    return (seconds, json.loads((run / "stats.json").read_text(encoding="utf-8")), out.stderr,
            timings)


def breakdown(label: str, seconds: float, timings: dict) -> None:
    """Where one refresh's time went: the command's stages, and inside each pass and the build."""
    print(f"{label}: {seconds:.2f} s")
    for part in ("whole command", "refresh", "revisit", "discovery", "build"):
        stages = timings.get(part)
        if stages:
            print(f"  {part:<14} " + ", ".join(f"{k} {v:.2f}" for k, v in stages.items()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--programs", type=int, default=80)
    ap.add_argument("--quick", action="store_true", help="30 programs")
    args = ap.parse_args()
    n = 30 if args.quick else args.programs

    from demoweb.server import running_web
    from tests.helpers import free_port
    from tests.source_snapshot import snapshot_source

    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "p.db"
        snapshot_source(Path(tmp) / "src")
        with running_web(programs=n, seed=7, year=2026, port=port) as web:
            cold_s, cold, _, cold_t = refresh(db, "--registry", web.registry_url, "--year", "2026")
            same_s, same, same_err, same_t = refresh(db, "--year", "2026")
        with running_web(programs=n, seed=7, year=2027, port=port):
            next_s, nxt, report, _ = refresh(db, "--year", "2027")
    breakdown("cold refresh", cold_s, cold_t)
    breakdown("no-change refresh", same_s, same_t)
    for line in same_err.splitlines():
        if line.startswith(("revisited", "  ")):
            print("  " + line)
    answered = same.get("downloader/response_count", 0)
    not_modified = same.get("httpcache/revalidate", 0) + same.get("precedent/render_skipped", 0)
    share = not_modified / max(answered + same.get("precedent/render_skipped", 0), 1)
    crawl_cold, crawl_same = cold.get("elapsed_time_seconds", 0), same.get("elapsed_time_seconds", 0)
    print(f"cold crawl+build    {cold_s:6.1f} s  (crawl {crawl_cold:.1f} s, "
          f"{cold.get('downloader/response_count', 0)} responses, "
          f"{cold.get('precedent/render_requests', 0)} renders)")
    print(f"no-change refresh   {same_s:6.1f} s  (crawl {crawl_same:.1f} s, {answered} responses, "
          f"{same.get('httpcache/revalidate', 0)} answered 304, "
          f"{same.get('precedent/render_skipped', 0)} renders skipped, "
          f"{same.get('precedent/extraction_skipped', 0)} pages not re-read)")
    print(f"speed-up            {cold_s / same_s:6.2f}x whole job, {crawl_cold / max(crawl_same, 1e-9):.2f}x crawl")
    print(f"next academic year  {next_s:6.1f} s; change report:")
    for line in report.splitlines():
        if line.startswith(("changes since", "  new_", "  lost_")):
            print("   " + line)
    emit({
        "bench": "refresh",
        "programs": n,
        "cold_s": round(cold_s, 2),
        "refresh_s": round(same_s, 2),
        "speedup": round(cold_s / same_s, 2),
        "crawl_speedup": round(crawl_cold / max(crawl_same, 1e-9), 2),
        "not_modified_share": round(share, 4),
        "cold_responses": cold.get("downloader/response_count", 0),
        "refresh_responses": answered,
        "renders_cold": cold.get("precedent/render_requests", 0),
        "renders_skipped": same.get("precedent/render_skipped", 0),
        "refresh_restamped": "build (re-stamp)" in same_t["refresh"],
        "refresh_rediscovered": same.get("precedent/rediscover", 0),
        "next_year_s": round(next_s, 2),
        "next_year_changes": sum(1 for line in report.splitlines() if line.startswith("  ")),
    })


if __name__ == "__main__":
    main()
