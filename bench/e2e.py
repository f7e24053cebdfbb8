"""End to end on the demo web: seconds per stage of `precedent demo --no-serve`.

Baseline measured in the same run: a bare aiohttp fetch of every page the crawl must at least
read (registry pages, home pages and roster pages from the ground truth), so the ratio says how
much of the crawl's time goes beyond moving bytes (politeness off, extraction, rendering).

    python bench/e2e.py [--programs 117] [--specialty neurosurgery|all] [--quick]
    python bench/e2e.py --programs 13400 --specialty all     # the proving ground at scale

``peak_rss_mb`` is the peak of the summed RSS of this process (demo web included) and the crawl's
Python process (and Playwright's driver), sampled from /proc; ``chromium_peak_rss_mb`` the peak
of Chromium's processes, summed, reported apart.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import TreeRss, emit, peak_rss_mb  # noqa: E402


async def bare_fetch(urls: list[str]) -> float:
    import aiohttp

    t0 = time.perf_counter()
    # Idle keep-alive connections are two descriptors each in this process (client and demo web);
    # at 13,400 hosts beside 13,400 listening sockets they would exhaust the open-files limit.
    conn = aiohttp.TCPConnector(limit=32, keepalive_timeout=1.0)
    async with aiohttp.ClientSession(connector=conn) as session:
        sem = asyncio.Semaphore(32)

        async def one(url: str) -> None:
            async with sem, session.get(url) as resp:
                await resp.read()

        await asyncio.gather(*(one(u) for u in urls))
    return time.perf_counter() - t0


def truth_agreement(truth: dict, db_path: Path) -> float:
    """Share of programs whose IMG and DO counts equal the demo web's ground truth."""
    import sqlite_utils

    rows = {r["program_id"]: r for r in sqlite_utils.Database(db_path)["img_precedent"].rows}
    exact = 0
    for p in truth["programs"]:
        kinds = [r["kind"] for r in p["residents"]]
        row = rows.get(p["id"]) or {}
        exact += (row.get("img"), row.get("do")) == (kinds.count("IMG"), kinds.count("US_DO"))
    return exact / len(truth["programs"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--programs", type=int, default=117)
    ap.add_argument("--specialty", default="neurosurgery",
                    help='one specialty, or "all" for the mixed web of every specialty')
    ap.add_argument("--quick", action="store_true", help="40 programs")
    args = ap.parse_args()
    n = 40 if args.quick else args.programs

    from crawler.jobs import new_run_dir, run_crawl
    from db.build import build_database
    from demoweb.server import running_web
    from scoring.profile import load_profile

    stages: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp, TreeRss() as rss:
        t0 = time.perf_counter()
        with running_web(programs=n, seed=7, year=2026, specialty=args.specialty) as web:
            stages["web_start_s"] = time.perf_counter() - t0
            truth = web.truth
            urls = [p["website"] for p in truth["programs"]]
            urls += [u for p in truth["programs"] for u in p["roster_urls"]]
            urls += [truth["registry_url"]]
            t0 = time.perf_counter()
            baseline = asyncio.run(bare_fetch(urls))
            stages["bare_fetch_s"] = time.perf_counter() - t0
            run_dir = new_run_dir(Path(tmp) / "runs")
            print(f"crawling {n} programs into {run_dir}", flush=True)
            t0 = time.perf_counter()
            stats = run_crawl(run_dir, registry=web.registry_url, academic_year=2026, env="dev",
                              quiet=True, specialty=args.specialty)
            stages["crawl_s"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        profile = load_profile(Path(__file__).resolve().parent.parent / "examples/profiles/us_img_research.yaml")
        report = build_database(run_dir, Path(tmp) / "demo.db", academic_year=2026, profile=profile)
        stages["build_s"] = time.perf_counter() - t0
        exact = truth_agreement(truth, Path(report.db_path))
    baseline = stages.pop("bare_fetch_s")
    total = sum(stages.values())
    for name, secs in stages.items():
        print(f"{name:>14}: {secs:7.2f}")
    print(f"{'total':>14}: {total:7.2f}  ({n} programs, {report.residents} residents, "
          f"{stats.get('downloader/response_count', 0)} responses)")
    print(f"{'truth':>14}: IMG and DO counts equal the ground truth for {exact:.1%} of programs")
    print(f"{'bare aiohttp':>14}: {baseline:7.2f}  ({len(urls)} pages)  crawl/bare = {stages['crawl_s'] / baseline:.1f}x")
    emit({
        "bench": "e2e",
        "programs": n,
        "specialty": args.specialty,
        "seconds": round(total, 2),
        **{k: round(v, 2) for k, v in stages.items()},
        "residents": report.residents,
        "programs_exact_img_do": round(exact, 4),
        "responses": stats.get("downloader/response_count", 0),
        "rendered_pages": stats.get("precedent/pages/browser", 0),
        "bare_fetch_s": round(baseline, 3),
        "ratio_crawl_vs_bare": round(stages["crawl_s"] / baseline, 1),
        "crawl_pages_s": round(stats.get("downloader/response_count", 0) / stages["crawl_s"], 1),
        "peak_rss_mb": max(rss.python_mb, peak_rss_mb()),
        "chromium_peak_rss_mb": rss.chromium_mb,
        "peak_rss_self_mb": peak_rss_mb(),
        "peak_rss_crawl_mb": peak_rss_mb(children=True),
    })


if __name__ == "__main__":
    main()
