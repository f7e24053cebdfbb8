"""History across refreshes: who was seen when, precedent per academic year, what changed.

Each build reads the previous database (the last good one) and carries its history forward, so
the published file always holds every year's truth even though it is rebuilt from one crawl.
A sanity gate compares the new build with the previous one: a crawl that suddenly finds far
fewer residents is far more likely broken than true, and must not replace the last good data.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# A new build is rejected when it has fewer than this share of the previous build's residents
# or programs (only once the previous build is big enough for the ratio to mean something).
MIN_KEEP_SHARE = 0.5
MIN_PREVIOUS_FOR_GATE = 20


class BuildRejected(RuntimeError):
    """The new database failed the sanity gate; the last good database stays in place."""


@dataclass
class Previous:
    residents: dict[str, dict[str, Any]] = field(default_factory=dict)
    precedent: dict[str, dict[str, Any]] = field(default_factory=dict)
    resident_history: list[dict[str, Any]] = field(default_factory=list)
    precedent_by_year: list[dict[str, Any]] = field(default_factory=list)
    runs: list[dict[str, Any]] = field(default_factory=list)
    changes: list[dict[str, Any]] = field(default_factory=list)
    programs: int = 0


def _rows(conn: sqlite3.Connection, sql: str) -> list[dict[str, Any]]:
    try:
        cur = conn.execute(sql)
    except sqlite3.Error:
        return []  # an older database without this table
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]


def read_previous(db_path: Path) -> Previous | None:
    """The last good database's history, or None when there is none (first build)."""
    if not Path(db_path).exists():
        return None
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        prev = Previous(
            residents={r["resident_key"]: r for r in _rows(conn, "select * from residents")},
            precedent={r["program_id"]: r for r in _rows(conn, "select * from img_precedent")},
            resident_history=_rows(conn, "select * from resident_history"),
            precedent_by_year=_rows(conn, "select * from precedent_by_year"),
            runs=_rows(conn, "select * from runs"),
            changes=_rows(conn, "select * from changes"),
        )
        prev.programs = len(_rows(conn, "select program_id from programs"))
    except sqlite3.DatabaseError:
        return None  # unreadable: treat as no history rather than fail the refresh
    finally:
        conn.close()
    return prev


def stamp_seen(residents: list[dict], prev: Previous | None, seen: str) -> None:
    """Set first_seen/last_seen on the current residents (in place)."""
    for r in residents:
        old = prev.residents.get(r["resident_key"]) if prev else None
        r["first_seen"] = (old or {}).get("first_seen") or seen
        r["last_seen"] = seen


def resident_history_rows(
    residents: list[dict], prev: Previous | None, academic_year: int, run_id: str
) -> list[dict]:
    """One row per resident per academic year seen; earlier years come from the previous DB."""
    rows = {(h["resident_key"], h["academic_year"]): h for h in (prev.resident_history if prev else [])}
    for r in residents:
        rows[(r["resident_key"], academic_year)] = {
            "history_id": f"{r['resident_key']}|{academic_year}",
            "resident_key": r["resident_key"],
            "academic_year": academic_year,
            "program_id": r["program_id"],
            "name": r["name"],
            "school_id": r["school_id"],
            "school_kind": r["school_kind"],
            "pgy": r["pgy"],
            "class_year": r["class_year"],
            "run_id": run_id,
        }
    return list(rows.values())


def precedent_by_year_rows(precedent: list[dict], prev: Previous | None, academic_year: int) -> list[dict]:
    """Program precedent per academic year: this year's replaces any earlier build of it."""
    rows = {
        (p["program_id"], p["academic_year"]): p
        for p in (prev.precedent_by_year if prev else [])
        if p["academic_year"] != academic_year
    }
    for p in precedent:
        rows[(p["program_id"], academic_year)] = {
            "row_id": f"{p['program_id']}|{academic_year}",
            "program_id": p["program_id"],
            "program": p["program"],
            "state": p.get("state"),
            "academic_year": academic_year,
            "residents": p.get("residents") or 0,
            "img": p.get("img") or 0,
            "do": p.get("do") or 0,
            "img_share": p.get("img_share") or 0.0,
            "do_share": p.get("do_share") or 0.0,
        }
    return list(rows.values())


def change_rows(residents: list[dict], precedent: list[dict], prev: Previous | None, run_id: str) -> list[dict]:
    """What this run changed against the last good database, one row per program and change."""
    if prev is None:
        return []
    out: list[dict] = []

    def add(program_id: str, program: str, change: str, detail: str, count: int = 1) -> None:
        out.append({"change_id": f"{run_id}|{program_id}|{change}", "run_id": run_id,
                    "program_id": program_id, "program": program, "change": change,
                    "count": count, "detail": detail})

    now_by_program: dict[str, set[str]] = defaultdict(set)
    for r in residents:
        now_by_program[r["program_id"]].add(r["resident_key"])
    before_by_program: dict[str, set[str]] = defaultdict(set)
    for key, r in prev.residents.items():
        before_by_program[r["program_id"]].add(key)
    names = {**{k: r["name"] for k, r in prev.residents.items()}, **{r["resident_key"]: r["name"] for r in residents}}

    for p in precedent:
        pid, name = p["program_id"], p["program"]
        old = prev.precedent.get(pid) or {}
        added = now_by_program[pid] - before_by_program[pid]
        removed = before_by_program[pid] - now_by_program[pid]
        for kind in ("img", "do"):
            was, now = old.get(kind) or 0, p.get(kind) or 0
            if now and not was:
                add(pid, name, f"new_{kind}_precedent", f"{now} {kind.upper()} resident(s) now, none before")
            elif was and not now and p.get("residents"):
                add(pid, name, f"lost_{kind}_precedent", f"{was} {kind.upper()} resident(s) before, none now")
        if (old.get("residents") or 0) > 0 and not p.get("residents"):
            add(pid, name, "lost_roster", f"{old['residents']} residents before, none read now")
            continue  # a lost roster is not 15 departures
        if added:
            add(pid, name, "residents_added", ", ".join(sorted(names[k] for k in added)), len(added))
        if removed:
            add(pid, name, "residents_removed", ", ".join(sorted(names[k] for k in removed)), len(removed))
    return out


# A drop this large is not refused but raised as an alert in the runs table and on the terminal.
ALERT_DROP_SHARE = 0.2


def drop_alerts(residents: int, programs: int, prev: Previous | None) -> list[str]:
    """Counts that fell noticeably since the last good build (not enough to refuse it)."""
    if prev is None:
        return []
    alerts = []
    for what, before, now in (("residents", len(prev.residents), residents),
                              ("programs", prev.programs, programs)):
        if before and now < (1 - ALERT_DROP_SHARE) * before:
            alerts.append(f"{what} fell from {before} to {now} ({1 - now / before:.0%})")
    return alerts


def gate_problems(residents: int, programs: int, prev: Previous | None) -> list[str]:
    """Reasons to refuse the swap (empty when the new build looks sane)."""
    if prev is None:
        return []
    problems = []
    before_res = len(prev.residents)
    if before_res >= MIN_PREVIOUS_FOR_GATE and residents < MIN_KEEP_SHARE * before_res:
        problems.append(f"residents dropped from {before_res} to {residents}")
    if prev.programs >= MIN_PREVIOUS_FOR_GATE and programs < MIN_KEEP_SHARE * prev.programs:
        problems.append(f"programs dropped from {prev.programs} to {programs}")
    return problems
