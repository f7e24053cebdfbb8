"""End to end on the demo web: seconds per stage of `precedent demo --no-serve`.

Baseline measured in the same run: a bare aiohttp fetch of every page the crawl must at least
read (registry pages, home pages and roster pages from the ground truth), so the ratio says how
much of the crawl's time goes beyond moving bytes (politeness off, extraction, rendering).

    python bench/e2e.py [--programs 117] [--specialty neurosurgery|all] [--quick]
    python bench/e2e.py --programs 13400 --specialty all     # the proving ground at scale

The demo web runs in its own process and the build in another, as beside a real crawl.
``peak_rss_mb`` is the peak of the summed RSS of the pipeline's processes (the crawl's Python
process and Playwright's driver, then the build), sampled from /proc every half second;
``chromium_peak_rss_mb`` the peak of Chromium's processes, summed; ``web_peak_rss_mb`` the demo
web's (not part of the pipeline).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The repository root in place of bench/ (which holds a datasette.py that would shadow Datasette).
sys.path[0] = str(Path(__file__).resolve().parent.parent)

from bench._common import TreeRss, bare_fetch, emit, peak_rss_mb  # noqa: E402


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


DEMO_SERVER = (
    "import sys\nfrom demoweb.server import run_server\n"
    "run_server(int(sys.argv[1]), seed=7, year=2026, truth_path=sys.argv[2], specialty=sys.argv[3])\n"
)
BUILD = """
import json, sys
from pathlib import Path
from db.build import build_database
from scoring.profile import load_profile
report = build_database(sys.argv[1], sys.argv[2], academic_year=2026,
                        profile=load_profile(Path(sys.argv[3])))
print(json.dumps({"db_path": report.db_path, "residents": report.residents}))
"""


def stage(name: str, stages: dict[str, float], t0: float) -> None:
    """Record a stage's seconds and print it at once (a long run shows its figures as it goes)."""
    stages[name] = time.perf_counter() - t0
    print(f"{name:>14}: {stages[name]:7.2f}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--programs", type=int, default=117)
    ap.add_argument("--specialty", default="neurosurgery",
                    help='one specialty, or "all" for the mixed web of every specialty')
    ap.add_argument("--quick", action="store_true", help="40 programs")
    args = ap.parse_args()
    n = 40 if args.quick else args.programs

    from crawler.jobs import new_run_dir, run_crawl

    root = Path(__file__).resolve().parent.parent
    profile = root / "examples/profiles/us_img_research.yaml"
    stages: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        # The demo web runs in a process of its own, as beside a real crawl, so its memory is
        # reported apart from the pipeline's (web_peak_rss_mb).
        t0 = time.perf_counter()
        truth_path = Path(tmp) / "truth.json"
        web = subprocess.Popen([sys.executable, "-c", DEMO_SERVER, str(n), str(truth_path), args.specialty],
                               cwd=root, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        assert web.stdout is not None
        registry_url = web.stdout.readline().strip()
        if not registry_url:
            raise SystemExit("the demo web did not start")
        stage("web_start_s", stages, t0)
        try:
            with TreeRss(exclude={web.pid, os.getpid()}) as rss:
                truth = json.loads(truth_path.read_text(encoding="utf-8"))
                urls = [p["website"] for p in truth["programs"]]
                urls += [u for p in truth["programs"] for u in p["roster_urls"]]
                urls += [truth["registry_url"]]
                t0 = time.perf_counter()
                baseline = asyncio.run(bare_fetch(urls))
                stages["bare_fetch_s"] = time.perf_counter() - t0
                run_dir = new_run_dir(Path(tmp) / "runs")
                print(f"crawling {n} programs into {run_dir}", flush=True)
                t0 = time.perf_counter()
                stats = run_crawl(run_dir, registry=registry_url, academic_year=2026, env="dev",
                                  quiet=True, specialty=args.specialty)
                stage("crawl_s", stages, t0)
                print(f"{'':>14}  {stats.get('downloader/response_count', 0)} responses, "
                      f"{stats.get('downloader/response_count', 0) / stages['crawl_s']:.1f} pages/s",
                      flush=True)
                web_rss = rss.rss_of(web.pid)
                crawl_rss, rss.python_mb = rss.python_mb, 0.0  # the build's peak from here on
                t0 = time.perf_counter()
                built = subprocess.run([sys.executable, "-c", BUILD, str(run_dir), str(Path(tmp) / "demo.db"),
                                        str(profile)], cwd=root, capture_output=True, text=True)
                if built.returncode != 0:
                    raise SystemExit(f"build failed:\n{built.stderr[-3000:]}")
                report = json.loads(built.stdout.strip().splitlines()[-1])
                stage("build_s", stages, t0)
        finally:
            web.terminate()
            web.wait(30)
        exact = truth_agreement(truth, Path(report["db_path"]))
    baseline = stages.pop("bare_fetch_s")
    total = sum(stages.values())
    print(f"{'total':>14}: {total:7.2f}  ({n} programs, {report['residents']} residents, "
          f"{stats.get('downloader/response_count', 0)} responses)")
    print(f"{'truth':>14}: IMG and DO counts equal the ground truth for {exact:.1%} of programs")
    print(f"{'bare aiohttp':>14}: {baseline:7.2f}  ({len(urls)} pages)  crawl/bare = {stages['crawl_s'] / baseline:.1f}x")
    print(f"{'peak RSS':>14}: crawl {crawl_rss:.0f} MB (Python and Playwright's driver), "
          f"build {rss.python_mb:.0f} MB, "
          f"Chromium {rss.chromium_mb:.0f} MB, demo web {web_rss:.0f} MB")
    emit({
        "bench": "e2e",
        "programs": n,
        "specialty": args.specialty,
        "seconds": round(total, 2),
        **{k: round(v, 2) for k, v in stages.items()},
        "residents": report["residents"],
        "programs_exact_img_do": round(exact, 4),
        "responses": stats.get("downloader/response_count", 0),
        "rendered_pages": stats.get("precedent/pages/browser", 0),
        "bare_fetch_s": round(baseline, 3),
        "ratio_crawl_vs_bare": round(stages["crawl_s"] / baseline, 1),
        "crawl_pages_s": round(stats.get("downloader/response_count", 0) / stages["crawl_s"], 1),
        "peak_rss_mb": max(crawl_rss, rss.python_mb),
        "crawl_peak_rss_mb": crawl_rss,
        "build_peak_rss_mb": rss.python_mb,
        "chromium_peak_rss_mb": rss.chromium_mb,
        "web_peak_rss_mb": web_rss,
        "bench_process_rss_mb": peak_rss_mb(),
    })


if __name__ == "__main__":
    main()
