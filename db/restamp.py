"""A no-change build: when a run read exactly what the last good database was built from, copy
that database and re-stamp it instead of building everything again.

A build's output is a function of its inputs: the run's items (programs, program statuses,
residents, facts), the academic year, the takedown list, the applicant profile and the code of
the build itself. :func:`inputs_sha1` digests all of them except the fields a build only copies
(fetch times, run ids, the program file's path) and the pages, which a re-stamp writes itself;
the digest is kept in the ``runs`` table. When a refresh's digest equals the last good build's,
a full build would produce the same linked schools, roll-ups, geography, tiers, history and
search indexes: so the last good file is copied and only what names *this* run changes (the
``runs`` row, ``last_seen``, fetch times and run ids, the ``pages`` table). Any change at all
(a resident, a roster URL, a fact, a program's status, the year, the code) falls through to the
full build.

The swap is the full build's: a new file beside the old one, an integrity check, ``fsync``, an
atomic rename. Datasette is not probed again: the schema and every table are those of the file
it was probed on at the last full build, changed only by row updates the integrity check covers.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Iterable, Mapping
from contextlib import closing
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

# What a build reads besides the run: the packages its output depends on.
BUILD_CODE = ("db", "enrich", "extract", "scoring")
_SOURCE_SUFFIXES = (".py", ".json", ".jsonl", ".csv", ".txt", ".yaml", ".yml", ".cfg")

# Fields a build copies into its tables without deriving anything from them (or does not keep):
# a re-stamp writes them itself, so they are left out of the digest. ``page`` and
# ``program_status`` items only ever become ``pages`` rows and ``programs`` columns, which a
# re-stamp rewrites whole from this run.
VOLATILE = {
    "program": ("run_id", "source_url"),
    "resident": ("run_id", "fetched_at", "content_sha1"),
    "fact": ("run_id", "fetched_at"),
}
REWRITTEN = ("page", "program_status")


class Stopwatch:
    """Seconds per named stage, in order (the refresh prints them as its time breakdown)."""

    def __init__(self) -> None:
        self.stages: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.stages[stage] = round(self.stages.get(stage, 0.0) + now - self._last, 4)
        self._last = now


_code_digests: dict[tuple[str, ...], str] = {}


def source_sha1(packages: Iterable[str], root: Path = ROOT) -> str:
    """SHA-1 over the source and data files of ``packages`` (paths and bytes), once a process:
    a changed extractor, linker or gazetteer makes earlier results unusable."""
    key = tuple(packages)
    if key not in _code_digests:
        digest = hashlib.sha1()
        for package in key:
            for path in sorted((root / package).rglob("*")):
                if path.suffix in _SOURCE_SUFFIXES and "__pycache__" not in path.parts:
                    digest.update(str(path.relative_to(root)).encode("utf-8") + b"\0")
                    digest.update(path.read_bytes() + b"\0")
        _code_digests[key] = digest.hexdigest()
    return _code_digests[key]


def inputs_sha1(
    items: Iterable[Mapping[str, Any]],
    *,
    academic_year: int,
    suppressions: Path | None,
    profile: Any,
) -> str:
    """The digest of everything a build's output depends on (see the module docstring).
    Order-free: the same items in another order (concurrency) give the same digest."""
    lines = []
    for item in items:
        kind = item.get("item_type")
        if kind in REWRITTEN:
            continue
        drop = VOLATILE.get(kind or "", ())
        lines.append(json.dumps({k: v for k, v in item.items() if k not in drop},
                                sort_keys=True, ensure_ascii=False, default=str))
    digest = hashlib.sha1()
    for line in sorted(lines):
        digest.update(line.encode("utf-8") + b"\n")
    taken_down = suppressions.read_bytes() if suppressions and suppressions.exists() else b""
    profile_text = json.dumps(_plain(profile), sort_keys=True, default=str)
    for part in (str(academic_year), hashlib.sha1(taken_down).hexdigest(), profile_text,
                 source_sha1(BUILD_CODE)):
        digest.update(part.encode("utf-8") + b"\0")
    return digest.hexdigest()


def _plain(obj: Any) -> Any:
    from dataclasses import asdict, is_dataclass

    return asdict(obj) if is_dataclass(obj) and not isinstance(obj, type) else obj


def last_inputs_sha1(db_path: Path) -> str | None:
    """The input digest of the build the last good database came from (None: unknown)."""
    if not db_path.exists():
        return None
    try:
        with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as conn:
            row = conn.execute(
                "select inputs_sha1 from runs order by built_at desc, rowid desc limit 1"
            ).fetchone()
    except sqlite3.Error:
        return None  # no runs table, or built before the digest was kept
    return row[0] if row else None


def restamp(
    db_path: Path,
    tmp_path: Path,
    *,
    programs: Mapping[str, Mapping[str, Any]],
    pages: list[dict],
    residents: list[dict],
    facts: list[dict],
    run_row: dict[str, Any],
    academic_year: int,
    seen: str,
) -> dict[str, int]:
    """Write ``tmp_path``: the last good database with this run's stamps. Returns the counts
    a build report needs. The caller checks, swaps and cleans up, as for a full build."""
    with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as src, \
            closing(sqlite3.connect(tmp_path)) as dst:
        src.backup(dst)
    run_id = run_row["run_id"]
    with closing(sqlite3.connect(tmp_path)) as conn:
        with conn:  # one transaction
            _replace_rows(conn, "programs", list(programs.values()))
            _replace_rows(conn, "pages", [{**p, "page_id": f"{p.get('run_id')}|{p['url']}"}
                                          for p in pages])
            # The same key as a full build's: the last raw resident of a row wins.
            stamps = {(r["program_id"], r["name"], r.get("school_raw"), r["source_url"]):
                      r.get("fetched_at") for r in residents}
            conn.executemany(
                "update residents set fetched_at = ?, run_id = ?, last_seen = ? where "
                "program_id = ? and name = ? and school_raw is ? and source_url = ?",
                [(at, run_id, seen, *key) for key, at in stamps.items()])
            conn.execute(
                "update resident_history set run_id = ? where academic_year = ? and "
                "resident_key in (select resident_key from residents)", (run_id, academic_year))
            fact_stamps = {f"{f['program_id']}|{f['fact']}|{f.get('url') or ''}": f.get("fetched_at")
                           for f in facts}
            if fact_stamps and _columns(conn, "facts"):
                conn.executemany("update facts set fetched_at = ?, run_id = ? where fact_id = ?",
                                 [(at, run_id, key) for key, at in fact_stamps.items()])
            evidence = {}
            for r in residents:
                evidence.setdefault((r["program_id"], r["source_url"]), r.get("fetched_at"))
            conn.executemany(
                "update img_precedent set evidence_fetched_at = ? where program_id = ? and "
                "evidence_url = ?", [(at, *key) for key, at in evidence.items()])
            residents_now = conn.execute("select count(*) from residents").fetchone()[0]
            _insert(conn, "runs", [{**run_row, "residents": residents_now}])
        img, do = conn.execute("select coalesce(sum(has_img_precedent), 0), "
                               "coalesce(sum(has_do_precedent), 0) from img_precedent").fetchone()
    return {"residents": residents_now, "img_programs": img, "do_programs": do}


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"pragma table_info([{table}])")]


def _replace_rows(conn: sqlite3.Connection, table: str, rows: list[dict]) -> None:
    conn.execute(f"delete from [{table}]")
    _insert(conn, table, rows)


def _insert(conn: sqlite3.Connection, table: str, rows: list[dict]) -> None:
    """Insert rows as sqlite-utils would (lists and dicts as JSON); a column the last good
    database lacks means its shape changed, and only a full build may change it."""
    if not rows:
        return
    columns = _columns(conn, table)
    extra = {k for row in rows for k in row} - set(columns)
    if extra:
        raise ShapeChanged(f"{table} gained columns {sorted(extra)}")
    names = sorted({k for row in rows for k in row})
    sql = (f"insert or replace into [{table}] ({', '.join(f'[{n}]' for n in names)}) "
           f"values ({', '.join('?' for _ in names)})")
    conn.executemany(sql, [[_value(row.get(n)) for n in names] for row in rows])


def _value(value: Any) -> Any:
    if isinstance(value, (list, dict, tuple)):  # as sqlite-utils' jsonify_if_needed
        return json.dumps(value, default=repr, ensure_ascii=False)
    return value


class ShapeChanged(sqlite3.DatabaseError):
    """The run's rows do not fit the last good database's tables: build in full instead."""


def fsync_file(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())
