"""Datasette page latency at 200,000 residents, against a baseline measured in the same run.

A clearly fictional database ("Synthetic Program 0001", "Resident 000001") of ``--residents``
residents in programs of 100 is written through the real build code: ``db.build``'s precedent
roll-up, ``db.geo``, its table writer and its indexes and full-text search, then
``db.metadata``; only the crawl and the school linker are skipped (schools are drawn from the
real gazetteer). It is served as ``precedent serve`` serves it (``db.serve.datasette_command``:
immutable, our settings, templates and plugins) and each page type is fetched ``--requests``
times, one request at a time:

- ``table``: the img_precedent table page (HTML) and the residents table page (HTML)
- ``facet``: img_precedent faceted by state, residents faceted by school_kind (JSON)
- ``search``: full-text search of residents (HTML)
- ``csv``: the img_precedent CSV (every program) and a page of residents as CSV
- ``baseline``: Datasette's ``/-/versions.json`` (no database work)

Target: p95 < 200 ms for pages. Usage: .venv/bin/python bench/datasette.py [--quick]
[--residents N] [--requests M]. Ends with one line: RESULT {json}
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import sqlite_utils

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._common import emit  # noqa: E402
from db.build import _index_and_search, _precedent_rows, _schools_rows, _write  # noqa: E402
from db.facts import add_policy_columns, create_empty_tables  # noqa: E402
from db.geo import add_geography  # noqa: E402
from db.metadata import build_metadata  # noqa: E402
from db.serve import datasette_command, metadata_path, write_metadata  # noqa: E402

PER_PROGRAM = 100
PAGES = {
    "table": ["/demo/img_precedent", "/demo/residents"],
    "facet": ["/demo/img_precedent.json?_facet=state", "/demo/residents.json?_facet=school_kind"],
    "search": ["/demo/residents?_search=Caribbean", "/demo/residents?_search=Resident+000123"],
    "csv": ["/demo/img_precedent.csv?_size=max", "/demo/residents.csv"],
    "baseline": ["/-/versions.json"],
}
CITIES = [("Boston", "MA"), ("Houston", "TX"), ("Chicago", "IL"), ("Seattle", "WA"),
          ("Atlanta", "GA"), ("Denver", "CO"), ("Hershey", "PA"), ("New York", "NY")]


def synthetic_database(path: Path, residents: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    schools = _schools_rows()
    by_kind = {k: [s for s in schools if s["kind"] == k] for k in ("US_MD", "US_DO", "IMG", "CA")}
    programs, rows = {}, []
    for p in range((residents + PER_PROGRAM - 1) // PER_PROGRAM):
        pid = f"SYN{p:05d}"
        city, state = CITIES[p % len(CITIES)]
        programs[pid] = {"program_id": pid, "name": f"Synthetic Program {p:04d} (fictional)",
                         "specialty": "neurosurgery", "city": city, "state": state,
                         "website": f"https://synthetic.invalid/{pid}", "roster_urls": [],
                         "roster_status": "synthetic"}
    for i in range(residents):
        pid = f"SYN{i // PER_PROGRAM:05d}"
        kind = rng.choices(["US_MD", "US_DO", "IMG", "CA"], [85, 6, 8, 1])[0]
        school = rng.choice(by_kind[kind])
        rows.append({
            "resident_key": f"{pid}|resident {i:06d}|{school['id']}", "program_id": pid,
            "name": f"Resident {i:06d}", "degrees": ["MD"], "school_raw": school["name"],
            "school_id": school["id"], "school_canonical": school["name"],
            "school_country": school.get("country"), "school_kind": kind,
            "caribbean": bool(school.get("caribbean")), "pgy": 1 + i % 7,
            "class_year": 2027 + i % 7, "source_url": f"https://synthetic.invalid/{pid}/residents",
            "fetched_at": "2026-07-01T00:00:00+00:00", "run_id": "synthetic",
            "snippet": f"Resident {i:06d}, MD {school['name']}",
        })
    precedent = _precedent_rows(programs, rows)
    add_geography(precedent)
    add_policy_columns(precedent, [], [])  # no facts: the columns exist, empty, as in a build
    db = sqlite_utils.Database(path)
    _write(db, {"programs": (list(programs.values()), "program_id"),
                "residents": (rows, "resident_key"), "schools": (schools, "id"),
                "runs": ([{"run_id": "synthetic", "finished_at": "2026-07-01T00:00:00+00:00",
                           "residents": residents}], "run_id"),
                "img_precedent": (precedent, "program_id")})
    create_empty_tables(db)
    _index_and_search(db)
    db.conn.commit()
    db.close()
    write_metadata(metadata_path(path), build_metadata(
        "demo", demo=True, run={"run_id": "synthetic", "finished_at": "2026-07-01"}))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def measure(base: str, requests: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {kind: [] for kind in PAGES}
    for path in (p for paths in PAGES.values() for p in paths):  # warm every page once
        urllib.request.urlopen(base + path, timeout=60).read()
    for _ in range(requests):
        for kind, paths in PAGES.items():
            for path in paths:
                t0 = time.perf_counter()
                urllib.request.urlopen(base + path, timeout=60).read()
                times[kind].append((time.perf_counter() - t0) * 1000)
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="fewer requests (same 200,000 residents)")
    ap.add_argument("--residents", type=int, default=200_000)
    ap.add_argument("--requests", type=int, default=None)
    args = ap.parse_args()
    requests = args.requests or (8 if args.quick else 40)
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "demo.db"
        t0 = time.perf_counter()
        synthetic_database(db_path, args.residents)
        build_s = time.perf_counter() - t0
        sock = __import__("socket").socket()
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        sock.close()
        proc = subprocess.Popen(datasette_command(str(db_path), "127.0.0.1", port),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(300):
                try:
                    urllib.request.urlopen(base + "/-/versions.json", timeout=1)
                    break
                except OSError:
                    time.sleep(0.1)
            times = measure(base, requests)
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    result: dict = {"bench": "datasette", "residents": args.residents, "requests": requests,
                    "build_s": round(build_s, 1)}
    for kind, values in times.items():
        result[kind] = {"p50_ms": round(statistics.median(values), 1),
                        "p95_ms": round(percentile(values, 0.95), 1)}
        print(f"{kind:9s} p50 {result[kind]['p50_ms']:7.1f} ms   p95 {result[kind]['p95_ms']:7.1f} ms")
    pages = [v for k, vs in times.items() if k != "baseline" for v in vs]
    result["p50_ms"] = round(statistics.median(pages), 1)
    result["p95_ms"] = round(percentile(pages, 0.95), 1)
    result["ratio_p50_vs_baseline"] = round(result["p50_ms"] / max(result["baseline"]["p50_ms"], 0.01), 1)
    result["target_met"] = result["p95_ms"] < 200
    emit(result)


if __name__ == "__main__":
    main()
