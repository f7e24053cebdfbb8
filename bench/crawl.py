"""Crawl throughput: our crawl (politeness off) vs a bare Scrapy spider vs bare aiohttp, on the
same local pages of the proving ground, measured in one run.

Our crawl runs first; the plain pages it fetched (status 200) are then fetched again by a bare
Scrapy spider (no middlewares of ours, no parsing) and by bare aiohttp. Pages/s for ours counts
every fetch it made (rendered ones included) over Scrapy's own elapsed time; for bare Scrapy the
same; for aiohttp the wall time of the fetch loop. ``ours_cpu_s``/``scrapy_cpu_s`` are the CPU
seconds of each crawl process (start-up included): on a shared machine they move less than wall
time. Our crawl renders in Chromium (not in ``ours_cpu_s``) and parses where
``crawler.offload.default_workers`` puts it: in worker processes from the third core up (not in
``ours_cpu_s``), in a thread of the crawl process below that (in it).

``--polite`` also times the default (prod) settings on two workloads the issue sets limits for:
a 300-page site on one host (150 programs under path prefixes of one address) and 80 faulty
proving-ground programs (goal: each under 10 minutes).

    python bench/crawl.py [--programs 117] [--quick] [--polite]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import bare_fetch, emit  # noqa: E402

FAST = {"CONCURRENT_REQUESTS": "32", "CONCURRENT_REQUESTS_PER_DOMAIN": "8", "DOWNLOAD_DELAY": "0",
        "AUTOTHROTTLE_ENABLED": "False", "LOG_LEVEL": "WARNING"}

BARE_SCRAPY = textwrap.dedent('''
    import json, resource, sys
    import scrapy
    from scrapy.crawler import CrawlerProcess

    urls = json.load(open(sys.argv[1]))

    class Bare(scrapy.Spider):
        name = "bare"
        async def start(self):
            for u in urls:
                yield scrapy.Request(u, dont_filter=True)
        def parse(self, response):
            pass

    proc = CrawlerProcess({"CONCURRENT_REQUESTS": 32, "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
                           "ROBOTSTXT_OBEY": False, "LOG_LEVEL": "WARNING",
                           "TELNETCONSOLE_ENABLED": False,
                           "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor"})
    crawler = proc.create_crawler(Bare)
    proc.crawl(crawler)
    proc.start()
    s = crawler.stats.get_stats()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({"pages": s.get("response_received_count", 0),
                      "seconds": s.get("elapsed_time_seconds", 0),
                      "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2)}))
''')


# Our crawler's plumbing without its spider's work: our settings, middlewares (archive,
# politeness off as in FAST), item validation and run store, fetching the same URL list and
# yielding one page item each: no discovery, no extraction, no rendering.
OUR_PLUMBING = textwrap.dedent('''
    import json, sys
    from spiders.base import PrecedentSpider

    class Plumbing(PrecedentSpider):
        name = "plumbing"
        async def start(self):
            for u in json.load(open(self.urls)):
                yield self.request(u, self.parse, role="other")
        def parse(self, response):
            yield self.page_item(response, "other", None)
''')


def plumbing_crawl(root: Path, urls_file: Path) -> dict:
    """Run :data:`OUR_PLUMBING` with our dev settings (+ FAST); return its Scrapy stats."""
    from crawler.jobs import crawl_env

    run_dir = root / "plumbing"
    script = root / "plumbing_spider.py"
    script.write_text(OUR_PLUMBING, encoding="utf-8")
    cmd = [sys.executable, "-m", "scrapy", "runspider", str(script), "-a", f"urls={urls_file}",
           "-s", f"PRECEDENT_RUN_DIR={run_dir}", "-s", "PRECEDENT_BROWSER_WARMUP=False"]
    for key, value in FAST.items():
        cmd += ["-s", f"{key}={value}"]
    subprocess.run(cmd, env=crawl_env("dev"), cwd=Path(__file__).resolve().parent.parent,
                   capture_output=True, text=True, check=True)
    return json.loads((run_dir / "stats.json").read_text(encoding="utf-8"))


def our_crawl(registry: str, root: Path, env: str, settings: dict | None = None,
              programs_file: str | None = None) -> tuple[Path, dict, float]:
    from crawler.jobs import new_run_dir, run_crawl

    run_dir = new_run_dir(root)
    t0 = time.perf_counter()
    stats = run_crawl(run_dir, registry=registry, programs_file=programs_file, academic_year=2026,
                      env=env, settings=settings, quiet=True)
    return run_dir, stats, time.perf_counter() - t0


def fetched_pages(run_dir: Path) -> list[dict]:
    from db.runstore import iter_items

    return [i for i in iter_items(run_dir) if i["item_type"] == "page" and i.get("status")]


HOST = "127.0.66.1"  # a university host with departments under path prefixes
ROSTER = ("<html><body><h1>Current Residents</h1><table><tr><th>Name</th><th>PGY</th>"
          "<th>Medical School</th></tr><tr><td>Amara Okafor, MD</td><td>PGY-2</td>"
          "<td>University of Lagos</td></tr><tr><td>Daniel Brooks, DO</td><td>PGY-3</td>"
          "<td>Kansas City University</td></tr></table></body></html>")


async def one_host_page(request):
    """``/deptN/`` links to its roster ``/deptN/residents/``: 2 pages a department."""
    from aiohttp import web

    parts = request.path.strip("/").split("/")
    if request.path == "/robots.txt":
        return web.Response(text="User-agent: *\nDisallow: /private/\n")
    if parts[0].startswith("dept") and len(parts) == 1:
        return web.Response(text=f'<html><body><h1>Department</h1><a href="/{parts[0]}/residents/">'
                                 "Current Residents</a></body></html>", content_type="text/html")
    if parts[0].startswith("dept") and parts[1:] == ["residents"]:
        return web.Response(text=ROSTER, content_type="text/html")
    return web.Response(status=404)


def polite_timings(root: Path) -> dict:
    from demoweb.server import running_web, serving

    out = {}
    with serving(one_host_page, HOST) as port:
        rows = "".join(f"Dept {i} Program,http://{HOST}:{port}/dept{i}/\n" for i in range(150))
        programs = root / "one_host.csv"
        programs.write_text("name,website\n" + rows, encoding="utf-8")
        run_dir, stats, seconds = our_crawl("", root / "polite", "prod",
                                            programs_file=str(programs))
    out["one_host_pages"] = len(fetched_pages(run_dir))
    out["one_host_prod_s"] = round(seconds, 1)
    print(f"one host, default settings: {out['one_host_pages']} pages in {seconds:.0f} s", flush=True)
    with running_web(programs=80, seed=7, year=2026, faults=True) as web:
        run_dir, stats, seconds = our_crawl(web.registry_url, root / "polite", "prod")
        from crawler.proving import roster_scores

        scores = roster_scores(run_dir, web.truth)
    out["faulty80_prod_s"] = round(seconds, 1)
    out["faulty80_recall"] = {k: v["recall"] for k, v in scores.items()}
    out["faulty80_precision"] = {k: v["precision"] for k, v in scores.items()}
    print(f"80 faulty programs, default settings: {seconds:.0f} s, "
          f"recall {out['faulty80_recall']}, precision {out['faulty80_precision']}", flush=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--programs", type=int, default=117)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--polite", action="store_true", help="also time the default (prod) settings")
    args = ap.parse_args()
    n = 40 if args.quick else args.programs

    from demoweb.server import running_web

    with tempfile.TemporaryDirectory() as tmp, running_web(programs=n, seed=7, year=2026) as web:
        root = Path(tmp)
        run_dir, stats, wall = our_crawl(web.registry_url, root / "runs", "dev", FAST)
        pages = fetched_pages(run_dir)
        ours_s = stats.get("elapsed_time_seconds") or wall
        urls = [p["url"] for p in pages if p["status"] == 200 and p["render"] == "plain"]
        (root / "urls.json").write_text(json.dumps(urls), encoding="utf-8")
        (root / "bare.py").write_text(BARE_SCRAPY, encoding="utf-8")
        plumbing = plumbing_crawl(root, root / "urls.json")
        bare = subprocess.run([sys.executable, str(root / "bare.py"), str(root / "urls.json")],
                              capture_output=True, text=True, check=True)
        scrapy_result = json.loads(bare.stdout.strip().splitlines()[-1])
        aiohttp_s = asyncio.run(bare_fetch(urls))
        extra = polite_timings(root) if args.polite else {}

    result = {
        "bench": "crawl",
        "programs": n,
        "pages": len(pages),
        "rendered_pages": sum(p["render"] == "browser" for p in pages),
        "ours_seconds": round(ours_s, 2),
        "ours_pages_s": round(len(pages) / ours_s, 1),
        # CPU of the crawl process itself (start-up included), less sensitive than wall time to
        # a busy machine; Chromium's and the extraction workers' CPU is not in it.
        "ours_cpu_s": stats.get("precedent/cpu_seconds"),
        "scrapy_cpu_s": scrapy_result.get("cpu_seconds"),
        # Where our time went: the last plain response, the render tail after it.
        "ours_last_plain_s": stats.get("precedent/phase/last_plain_s"),
        "ours_first_render_s": stats.get("precedent/phase/first_render_s"),
        "ours_last_render_s": stats.get("precedent/phase/last_render_s"),
        # How late the crawl's event loop answered a 100 ms timer (Chromium's messages wait
        # as long): a loop busy parsing keeps rendered pages waiting.
        "ours_loop_lag_p50_ms": stats.get("precedent/loop_lag_ms/p50"),
        "ours_loop_lag_p95_ms": stats.get("precedent/loop_lag_ms/p95"),
        "plumbing_pages_s": round(plumbing.get("response_received_count", 0)
                                  / plumbing["elapsed_time_seconds"], 1),
        "plumbing_cpu_s": plumbing.get("precedent/cpu_seconds"),
        "scrapy_pages_s": round(scrapy_result["pages"] / scrapy_result["seconds"], 1),
        "aiohttp_pages_s": round(len(urls) / aiohttp_s, 1),
        **extra,
    }
    result["ratio_vs_scrapy"] = round(result["ours_pages_s"] / result["scrapy_pages_s"], 3)
    result["plumbing_ratio_vs_scrapy"] = round(result["plumbing_pages_s"] / result["scrapy_pages_s"], 3)
    result["plain_phase_pages_s"] = round(
        sum(p["render"] == "plain" for p in pages) / result["ours_last_plain_s"], 1
    ) if result["ours_last_plain_s"] else None
    print(f"ours {result['ours_pages_s']} pages/s ({len(pages)} pages, "
          f"{result['rendered_pages']} rendered), bare Scrapy {result['scrapy_pages_s']}, "
          f"bare aiohttp {result['aiohttp_pages_s']}", flush=True)
    print(f"ours: plain pages done at {result['ours_last_plain_s']} s "
          f"({result['plain_phase_pages_s']} pages/s), renders "
          f"{result['ours_first_render_s']}-{result['ours_last_render_s']} s, loop lag p50/p95 "
          f"{result['ours_loop_lag_p50_ms']}/{result['ours_loop_lag_p95_ms']} ms; our plumbing alone "
          f"(same URLs, no discovery, extraction or rendering) {result['plumbing_pages_s']} pages/s "
          f"= {result['plumbing_ratio_vs_scrapy']} of bare Scrapy", flush=True)
    emit(result)


if __name__ == "__main__":
    main()
