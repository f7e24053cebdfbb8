"""The fault suite's shared ground: one faulty demo web per session, small crawls of chosen programs.

Every hazard module picks a few programs from the truth by their ``fault_details`` kind, adds a
clean control program, and crawls just those (a programs file) against the one session web. At
seed 7, the first 300 programs hold every fault kind (tests/test_demoweb_faults.py checks the
server side of each). The ``timeout`` fault hangs ``HANG_SECONDS``, longer than the
``SHORT_TIMEOUT`` the modules about time give the crawler, so a timeout is a few seconds here.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from crawler.jobs import new_run_dir, run_crawl
from db.runstore import iter_items, read_run_meta

PROGRAMS = 300
SEED = 7
HANG_SECONDS = 8.0
SHORT_TIMEOUT = {"DOWNLOAD_TIMEOUT": "3", "RETRY_BACKOFF_BASE": "0.2"}


@pytest.fixture(scope="session")
def fault_web() -> Iterator:
    from demoweb.server import running_web

    with running_web(programs=PROGRAMS, seed=SEED, year=2026, faults=True,
                     hang_seconds=HANG_SECONDS) as web:
        yield web


def with_fault(truth: dict, kind: str, count: int = 1, **where) -> list[dict]:
    """The first ``count`` programs whose only fault is ``kind`` (and whose keys match ``where``)."""
    found = [p for p in truth["programs"] if p["faults"] == [kind]
             and all(p[k] == v for k, v in where.items())]
    assert len(found) >= count, f"only {len(found)} programs with fault {kind} {where} among {PROGRAMS}"
    return found[:count]


def clean(truth: dict, count: int = 1, js: bool = False) -> list[dict]:
    """Control programs: no fault, a reachable roster, plain HTML unless ``js``."""
    found = [p for p in truth["programs"] if not p["faults"] and p["roster_urls"]
             and not p["robots_blocked"] and p["js"] == js and expected_names(p)]
    return found[:count]


def expected_names(program: dict) -> set[str]:
    return {r["name"] for r in program["residents"] if r.get("expected", True)}


@dataclass
class FaultRun:
    """What one small crawl left behind: its items, stats, run metadata and log."""

    run_dir: Path
    items: list[dict]
    stats: dict
    meta: dict
    log: str
    programs: list[dict] = field(default_factory=list)

    def pages(self, program_id: str | None = None) -> list[dict]:
        return [i for i in self.items if i["item_type"] == "page"
                and (program_id is None or i["program_id"] == program_id)]

    def status(self, program_id: str) -> dict:
        found = [i for i in self.items if i["item_type"] == "program_status" and i["program_id"] == program_id]
        assert len(found) == 1, f"{len(found)} program_status items for {program_id}"
        return found[0]

    def names(self, program_id: str) -> set[str]:
        return {i["name"] for i in self.items if i["item_type"] == "resident" and i["program_id"] == program_id}

    def recall(self, program: dict) -> float:
        """Share of the program's expected residents (truth) this run extracted."""
        expected = expected_names(program)
        return len(self.names(program["id"]) & expected) / len(expected) if expected else 1.0

    def assert_completed(self) -> None:
        """The crawl process exited 0, Scrapy finished normally, every program was closed."""
        assert self.meta.get("exit_code") == 0, self.log[-3000:]
        assert self.stats.get("finish_reason") == "finished", self.stats
        closed = sorted(i["program_id"] for i in self.items if i["item_type"] == "program_status")
        assert closed == sorted(p["id"] for p in self.programs)
        assert "Traceback" not in self.log, self.log[-3000:]


def programs_file(programs: list[dict], path: Path) -> Path:
    """A JSONL programs file; a program's ``known_roster`` becomes the roster URL known from an
    earlier run, which the crawl tries as a candidate before the links it finds."""
    rows = [{"name": p["name"], "website": p["website"], "specialty": p["specialty"],
             "acgme_id": p["id"] if p["id"].isdigit() else None, "city": p["city"],
             "state": p["state"], "roster_url": p.get("known_roster")} for p in programs]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def reset_faults(web) -> None:
    """Serve every fault afresh (a 503 burst again, a first request that hangs again)."""
    from urllib.parse import urlsplit
    from urllib.request import urlopen

    from demoweb.server import RESET_PATH

    parts = urlsplit(web.registry_url)
    with urlopen(f"{parts.scheme}://{parts.netloc}{RESET_PATH}", timeout=10) as response:
        assert response.status == 200


def crawl(programs: list[dict], root: Path, settings: dict[str, str] | None = None,
          env: str = "ci", web=None) -> FaultRun:
    """Crawl exactly ``programs`` (truth dicts, or rows with the same keys) into a new run;
    with ``web``, its faults are reset first so this crawl meets each of them afresh."""
    if web is not None:
        reset_faults(web)
    root.mkdir(parents=True, exist_ok=True)
    run_dir = new_run_dir(root / "runs")
    listed = programs_file(programs, root / "programs.jsonl")
    run_crawl(run_dir, programs_file=str(listed), academic_year=2026, env=env, quiet=True,
              settings=settings)
    stats_path = run_dir / "stats.json"
    return FaultRun(
        run_dir=run_dir,
        items=list(iter_items(run_dir)),
        stats=json.loads(stats_path.read_text(encoding="utf-8")) if stats_path.exists() else {},
        meta=read_run_meta(run_dir),
        log=(run_dir / "crawl.log").read_text(encoding="utf-8", errors="replace"),
        programs=programs,
    )


ROSTER_ROWS = [
    ("Amara Okafor", "MD", "PGY-2", "University of Lagos College of Medicine"),
    ("Daniel Brooks", "DO", "PGY-3", "Kansas City University"),
    ("Priya Raman", "MBBS", "PGY-1", "Madras Medical College"),
    ("Lucas Meyer", "MD", "PGY-4", "Heidelberg University"),
]
ROSTER_NAMES = {row[0] for row in ROSTER_ROWS}
HOME = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Neurosurgery Residency</title>'
        '</head><body><h1>Neurosurgery Residency</h1><nav><a href="/">Home</a> '
        '<a href="/residents/">Current Residents</a></nav></body></html>')


def roster_table() -> str:
    rows = "".join(f"<tr><td>{n}, {d}</td><td>{p}</td><td>{s}</td></tr>" for n, d, p, s in ROSTER_ROWS)
    return f"<table><tr><th>Name</th><th>PGY</th><th>Medical School</th></tr>{rows}</table>"


Handler = Callable[..., Awaitable]


@contextmanager
def local_site(routes: dict[str, Handler], host: str) -> Iterator[str]:
    """A tiny aiohttp site of our own on ``host`` (for hazards the demo web does not serve);
    yields its base URL. ``routes`` maps a path to an aiohttp handler."""
    from aiohttp import web

    from tests.helpers import free_port

    port = free_port()
    loop = asyncio.new_event_loop()
    app = web.Application()
    for path, handler in routes.items():
        app.router.add_get(path, handler)
    runner = web.AppRunner(app, handler_cancellation=True)
    started = threading.Event()

    def serve() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(runner.setup())
        loop.run_until_complete(web.TCPSite(runner, host, port).start())
        started.set()
        loop.run_forever()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    assert started.wait(10)
    try:
        yield f"http://{host}:{port}/"
    finally:
        asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)


def site_program(name: str, website: str) -> dict:
    """A program row (truth-like keys) for a site of our own."""
    from spiders.listing import program_id_for

    return {"id": program_id_for(None, website, name), "name": name, "website": website,
            "specialty": "neurosurgery", "city": "Springfield", "state": "IL"}


def pytest_collection_modifyitems(items) -> None:
    """Every test under tests/faults/ carries the ``faults`` marker (``-m faults`` runs the suite)."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.faults)
