"""What a person watching ``precedent crawl`` sees: a live progress line and a summary table.

Drawn by the parent process from the child's ``progress.json`` and ``stats.json`` (stderr, so
stdout stays clean for pipes). Without a terminal, rich prints nothing live, only the table.
"""

from __future__ import annotations

import json
import subprocess
import time
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from db.runstore import iter_items

console = Console(stderr=True)


def _read(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def show_progress(proc: subprocess.Popen, progress_path: Path) -> None:
    """Redraw until the child exits: programs done/total, pages, residents, errors, rendered, ETA."""
    columns = (
        TextColumn("[bold]crawl"), BarColumn(),
        TextColumn("{task.completed}/{task.total} programs"),
        TextColumn("pages {task.fields[pages]} · residents {task.fields[residents]} · "
                   "errors {task.fields[errors]} · rendered {task.fields[rendered]}"),
        TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
    )
    with Progress(*columns, console=console, transient=False) as bar:
        task = bar.add_task("crawl", total=None, pages=0, residents=0, errors=0, rendered=0)
        while proc.poll() is None:
            time.sleep(0.5)
            p = _read(progress_path)
            if p:
                bar.update(task, completed=p["programs_done"], total=max(p["programs_total"], 1),
                           pages=p["pages"], residents=p["residents"], errors=p["errors"],
                           rendered=p["rendered"])


def summary_table(run_dir: Path, stats: dict) -> None:
    reasons: Counter[str] = Counter()
    for item in iter_items(run_dir):
        if item.get("item_type") == "program_status" and not item.get("roster_urls"):
            reasons[_reason_kind(item.get("reason") or "")] += 1
    table = Table(title=f"crawl {run_dir.name}", show_header=False)
    table.add_column("figure")
    table.add_column("value", justify="right")
    errors = {k.split("/", 2)[2]: v for k, v in stats.items() if k.startswith("precedent/errors/")}
    rows = [
        ("programs", stats.get("precedent/programs", 0)),
        ("with a roster", stats.get("precedent/programs_with_roster", 0)),
        *((f"  no roster: {k}", v) for k, v in reasons.most_common()),
        ("pages fetched plainly", stats.get("precedent/pages/plain", 0)),
        ("pages rendered in Chromium", stats.get("precedent/pages/browser", 0)),
        ("residents read", stats.get("precedent/residents", 0)),
        ("item problems", sum(v for k, v in stats.items() if k.startswith("precedent/item_problem/"))),
        *((f"  error: {k}", v) for k, v in sorted(errors.items())),
        ("seconds", round(stats.get("elapsed_time_seconds", 0), 1)),
        ("finish", stats.get("finish_reason", "?")),
    ]
    for name, value in rows:
        table.add_row(name, str(value))
    console.print(table)


def _reason_kind(reason: str) -> str:
    for kind in ("robots.txt", "no website", "no roster link", "page budget", "HTTP", "timed out"):
        if kind in reason:
            return kind
    return reason.split(":")[0][:40]
