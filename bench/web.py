"""How fast the demo web serves, against a bare aiohttp "hello" server measured in the same run.

The demo web must never be the bottleneck of a crawl benchmark. Both servers run in their own
process (as they do beside a real crawl); one aiohttp client process drives them with the same
concurrency and request count. The demo web is asked for a random mix of every page of every
program (home, roster pages, JSON API pages, prose pages, registry), so most requests miss its page cache:
this is the cold, rendering-bound figure. ``ratio`` = demo requests/s / hello requests/s.

``startup_s`` is the time until the server listens, truth written (issue 4: about 30 s at 13,400).

Usage: .venv/bin/python bench/web.py [--quick] [--programs N] [--requests M] [--concurrency C]
       [--specialty all|neurosurgery|...]
Ends with one line: RESULT {json}
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

HELLO_SERVER = """
import socket, sys
from aiohttp import web
async def hello(request):
    return web.Response(text="hello")
app = web.Application()
app.router.add_get("/{tail:.*}", hello)
sock = socket.socket(); sock.bind(("127.0.0.1", 0))
print(f"http://127.0.0.1:{sock.getsockname()[1]}/", flush=True)
web.run_app(app, sock=sock, print=None, access_log=None)
"""
DEMO_SERVER = (
    "import sys\nfrom demoweb.server import run_server\n"
    "run_server(int(sys.argv[1]), seed=7, truth_path=sys.argv[2], specialty=sys.argv[3])\n"
)


def start(code: str, *args: str) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    url = process.stdout.readline().strip()
    if not url:
        process.kill()
        raise SystemExit(f"server did not start: {code[:60]!r}")
    return process, url


async def drive(urls: list[str], concurrency: int) -> tuple[float, int]:
    """Fetch every URL with ``concurrency`` workers; returns (seconds, non-200 count)."""
    queue: asyncio.Queue[str] = asyncio.Queue()
    for url in urls:
        queue.put_nowait(url)
    errors = 0
    connector = aiohttp.TCPConnector(limit=concurrency, limit_per_host=concurrency)

    async def worker(session: aiohttp.ClientSession) -> None:
        nonlocal errors
        while not queue.empty():
            url = queue.get_nowait()
            async with session.get(url) as response:
                await response.read()
                errors += response.status != 200

    async with aiohttp.ClientSession(connector=connector) as session:
        started = time.perf_counter()
        await asyncio.gather(*(worker(session) for _ in range(concurrency)))
        return time.perf_counter() - started, errors


def demo_urls(truth: dict, count: int, rng: random.Random) -> list[str]:
    pool = [truth["registry_url"]]
    for program in truth["programs"]:
        pool.append(program["website"])
        pool.extend(program["roster_urls"])
        pool.extend(program["api_urls"])
        pool.extend(program["prose_urls"])
    return [rng.choice(pool) for _ in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a few seconds, for CI")
    parser.add_argument("--programs", type=int)
    parser.add_argument("--requests", type=int)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument(
        "--specialty", default="all", help='one specialty, or "all" for the mixed web (default)'
    )
    args = parser.parse_args()
    programs = args.programs or (300 if args.quick else 13_400)
    count = args.requests or (2_000 if args.quick else 20_000)

    with tempfile.TemporaryDirectory() as tmp:
        truth_path = Path(tmp) / "truth.json"
        started = time.perf_counter()
        demo, _ = start(DEMO_SERVER, str(programs), str(truth_path), args.specialty)
        startup_s = time.perf_counter() - started
        hello, hello_url = start(HELLO_SERVER)
        try:
            truth = json.loads(truth_path.read_text(encoding="utf-8"))
            urls = demo_urls(truth, count, random.Random(1))
            hello_s, hello_errors = asyncio.run(drive([hello_url] * count, args.concurrency))
            demo_s, demo_errors = asyncio.run(drive(urls, args.concurrency))
            warm_s, _ = asyncio.run(drive(urls[: count // 4] * 4, args.concurrency))
        finally:
            for process in (demo, hello):
                process.terminate()
                process.wait(10)

    result = {
        "bench": "web",
        "programs": programs,
        "specialty": args.specialty,
        "hosts": len({p["host"] for p in truth["programs"]}),
        "requests": count,
        "concurrency": args.concurrency,
        "startup_s": round(startup_s, 2),
        "requests_s": round(count / demo_s),
        "warm_requests_s": round(count / warm_s),
        "baseline_requests_s": round(count / hello_s),
        "ratio": round(hello_s / demo_s, 3),
        "errors": demo_errors + hello_errors,
    }
    print(
        f"demo web: {result['requests_s']} req/s cold, {result['warm_requests_s']} warm; "
        f"bare aiohttp: {result['baseline_requests_s']} req/s; ratio {result['ratio']}"
    )
    print("RESULT " + json.dumps(result))


if __name__ == "__main__":
    main()
