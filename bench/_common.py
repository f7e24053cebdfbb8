"""What every benchmark shares: the RESULT line and the results file."""

from __future__ import annotations

import json
import os
import platform
import resource
import subprocess
import sys
import tarfile
import tempfile
import threading
from collections.abc import Iterable
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"
ROOT = Path(__file__).resolve().parent.parent
FACTS_SCRIPT = (
    "import json, sys\n"
    "import extract.facts\n"
    "from extract.facts import extract_facts\n"
    # the rules alone: a commit's learned fallback (on by default from ce2624d) is no rule
    "extract.facts.LEARNED_FALLBACK = False\n"
    "for line in sys.stdin:\n"
    "    url, html = json.loads(line)\n"
    "    print(json.dumps([[f.fact, f.value] for f in extract_facts(html, url)]))\n"
)
# the same, with each fact's sentence and confidence (the veto measurement of facts_loso)
FACTS_SENTENCES_SCRIPT = FACTS_SCRIPT.replace(
    "[f.fact, f.value]", "[f.fact, f.value, f.sentence, f.confidence]"
)


def facts_at_commit(
    commit: str, pages: Iterable[tuple[str, str]], sentences: bool = False
) -> list[list[tuple[Any, ...]]]:
    """(fact, value) per (url, html) page as the fact rules of ``commit`` read it: its
    ``extract/`` exported with ``git archive`` and run in a subprocess (the rules of a set's
    blind measurement, for the leave-one-out benches); with ``sentences``, (fact, value,
    sentence, confidence)."""
    archive = subprocess.run(
        ["git", "archive", commit, "extract"], cwd=ROOT, capture_output=True, check=True
    ).stdout
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        feed = "".join(json.dumps([url, html]) + "\n" for url, html in pages)
        done = subprocess.run(
            [sys.executable, "-c", FACTS_SENTENCES_SCRIPT if sentences else FACTS_SCRIPT],
            cwd=tmp,
            input=feed,
            text=True,
            capture_output=True,
            check=True,
        )
    return [[tuple(f) for f in json.loads(line)] for line in done.stdout.splitlines()]


def machine() -> str:
    import os

    return f"{platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}"


def peak_rss_mb(children: bool = False) -> float:
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)


class TreeRss:
    """Peak resident memory of this process's tree, sampled from /proc (no psutil).

    ``ru_maxrss`` sees one process at a time; a crawl is a Python process plus Chromium's many.
    Every ``interval`` seconds the tree under this process is walked and the memory of its Python
    processes and of its Chromium processes summed separately (PSS where /proc has it, so shared
    pages count once, else RSS); the peaks of those sums are kept.
    A ``with`` block starts and stops the sampling thread. Linux only; elsewhere the peaks stay 0.
    """

    def __init__(self, interval: float = 0.5, exclude: set[int] | None = None) -> None:
        self.interval = interval
        self.exclude = exclude or set()  # pids counted apart (with their descendants)
        self.python_mb = 0.0
        self.chromium_mb = 0.0
        self.excluded_mb: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="tree-rss", daemon=True)

    def __enter__(self) -> TreeRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while True:
            self.sample()
            if self._stop.wait(self.interval):
                return

    def rss_of(self, pid: int) -> float:
        """Peak RSS (MB) seen of an excluded process and its descendants."""
        return round(self.excluded_mb.get(pid, 0.0), 1)

    def sample(self) -> None:
        python = chromium = 0.0
        for pid in self.exclude:
            mb = sum(rss for _, _, rss in _tree(pid))
            self.excluded_mb[pid] = max(self.excluded_mb.get(pid, 0.0), mb)
        for _pid, name, rss_mb in _tree(os.getpid(), skip=self.exclude):
            if "chrom" in name or "headless_shell" in name:
                chromium += rss_mb
            else:
                python += rss_mb
        self.python_mb = max(self.python_mb, round(python, 1))
        self.chromium_mb = max(self.chromium_mb, round(chromium, 1))


def _tree(root: int, skip: set[int] = frozenset()) -> list[tuple[int, str, float]]:
    """(pid, command name, RSS MB) of ``root`` and every process descended from it, but not of
    ``skip``'s processes (their descendants still count)."""
    children: dict[int, list[int]] = {}
    info: dict[int, tuple[str, float]] = {}
    page_mb = os.sysconf("SC_PAGE_SIZE") / 2**20
    try:
        pids = [int(d) for d in os.listdir("/proc") if d.isdigit()]
    except OSError:
        return []
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat", encoding="utf-8", errors="replace") as f:
                stat = f.read()
        except OSError:
            continue  # gone since listdir
        name = stat[stat.index("(") + 1 : stat.rindex(")")].lower()
        fields = stat[stat.rindex(")") + 2 :].split()
        children.setdefault(int(fields[1]), []).append(pid)
        info[pid] = (name, int(fields[21]) * page_mb)  # ppid is field 4, rss field 24
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        if pid in info and pid not in skip:
            found.append((pid, info[pid][0], _pss_mb(pid) or info[pid][1]))
        todo.extend(children.get(pid, []))
    return found


def _pss_mb(pid: int) -> float | None:
    """Proportional set size: shared pages split among the processes sharing them, so that the
    sum over Chromium's dozen processes is not inflated by the libraries they all map."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="utf-8") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def emit(result: dict) -> None:
    """Write the results file and print the one closing ``RESULT {json}`` line."""
    result = {**result, "machine": machine(), "at": datetime.now(UTC).isoformat(timespec="seconds")}
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"{result['bench']}.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    sys.stdout.flush()
    print("RESULT " + json.dumps(result, sort_keys=True), flush=True)


async def bare_fetch(urls: list[str], concurrency: int = 32) -> float:
    """Seconds for plain aiohttp to fetch ``urls``: the floor every crawl figure is compared to.

    Idle keep-alive connections are closed after a second: at 13,400 hosts beside as many
    listening sockets they would otherwise exhaust the open-files limit."""
    import asyncio
    import time

    import aiohttp

    t0 = time.perf_counter()
    conn = aiohttp.TCPConnector(limit=concurrency, keepalive_timeout=1.0)
    async with aiohttp.ClientSession(connector=conn) as session:
        sem = asyncio.Semaphore(concurrency)

        async def one(url: str) -> None:
            async with sem, session.get(url) as resp:
                await resp.read()

        await asyncio.gather(*(one(u) for u in urls))
    return time.perf_counter() - t0
