"""Build the SQLite database from a crawl's run directory.

Never in place: the database is written to a new file beside the target and swapped in with
``os.replace`` only once it is complete and passes an integrity check, so a failed or killed build
leaves the last good database untouched.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlite_utils
from unidecode import unidecode

from db.geo import add_geography
from db.history import (
    BuildRejected,
    change_rows,
    drop_alerts,
    gate_problems,
    precedent_by_year_rows,
    read_previous,
    resident_history_rows,
    stamp_seen,
)
from db.restamp import ShapeChanged, Stopwatch, fsync_file, inputs_sha1, last_inputs_sha1, restamp
from db.runstore import iter_items, read_run_meta
from db.suppress import load_suppressions, scrub_database, suppress_run, suppressions_path
from enrich.precedent import LinkedResident, class_year_for, roll_up
from enrich.specialties import program_years

if TYPE_CHECKING:
    from scoring.profile import Profile

logger = logging.getLogger(__name__)


@dataclass
class BuildReport:
    db_path: str
    run_id: str
    programs: int
    residents: int
    pages: int
    img_programs: int
    do_programs: int
    changes: list[dict] = field(default_factory=list)
    alerts: list[str] = field(default_factory=list)
    restamped: bool = False  # nothing changed: the last good database, re-stamped (db.restamp)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per build stage


def resident_key(program_id: str, name: str, school_id: str | None) -> str:
    """Stable identity of a resident across runs: program + normalised name + school."""
    norm = re.sub(r"[^a-z]+", " ", unidecode(name).lower()).strip()
    return f"{program_id}|{norm}|{school_id or '-'}"


def default_academic_year(today: datetime | None = None) -> int:
    """Academic years start on 1 July: 25 Nov 2026 is in AY 2026-27, 1 Mar 2027 too."""
    today = today or datetime.now(UTC)
    return today.year if today.month >= 7 else today.year - 1


def _collect(items: Iterable[dict]) -> tuple[dict, list, list, dict, list]:
    programs: dict[str, dict] = {}
    pages: list[dict] = []
    residents: list[dict] = []
    status: dict[str, dict] = {}
    facts: list[dict] = []
    for item in items:
        kind = item.get("item_type")
        if kind == "program":
            programs[item["program_id"]] = item
        elif kind == "page":
            pages.append(item)
        elif kind == "resident":
            residents.append(item)
        elif kind == "fact":
            facts.append(item)
        elif kind == "program_status":
            prev = status.get(item["program_id"])
            # A found roster outranks an earlier "not found yet" note for the same program.
            if prev is None or (item.get("roster_urls") and not prev.get("roster_urls")):
                status[item["program_id"]] = item
            elif item.get("roster_urls") and prev.get("roster_urls"):
                prev["roster_urls"] = sorted(set(prev["roster_urls"]) | set(item["roster_urls"]))
    return programs, pages, residents, status, facts


def _link_residents(
    raw: Iterable[dict], programs: dict[str, dict], academic_year: int
) -> list[dict]:
    from enrich.schools import get_linker
    from extract.places import us_place_hint

    linker = get_linker()
    rows: dict[str, dict] = {}
    for r in raw:
        match = linker.link(r.get("school_raw") or "", r.get("degrees") or [])
        specialty = programs.get(r["program_id"], {}).get("specialty", "neurosurgery")
        class_year = r.get("class_year") or class_year_for(
            r.get("pgy"), academic_year, program_years(specialty)
        )
        key = resident_key(r["program_id"], r["name"], match.id)
        rows[key] = {
            "resident_key": key,
            "program_id": r["program_id"],
            "name": r["name"],
            "degrees": r.get("degrees") or [],
            "school_raw": r.get("school_raw"),
            "school_id": match.id,
            "school_canonical": match.canonical,
            "school_country": match.country,
            "school_kind": match.kind,
            "school_score": match.score,
            "caribbean": bool(getattr(match, "caribbean", False)),
            "pgy": r.get("pgy"),
            "pgy_raw": r.get("pgy_raw"),
            "class_year": class_year,
            "undergrad": r.get("undergrad"),
            # The US-citizen-IMG hint: an international school with a US college or hometown.
            # Only the flag is kept; the hometown itself is not stored.
            "us_img_hint": int(match.kind == "IMG"
                               and us_place_hint(r.get("undergrad"), r.get("hometown"))),
            "role": r.get("role") or "resident",
            "source_url": r["source_url"],
            "fetched_at": r["fetched_at"],
            "run_id": r.get("run_id"),
            "snippet": (r.get("snippet") or "")[:300],
            "confidence": r.get("confidence"),
        }
    return list(rows.values())


def _precedent_rows(programs: dict[str, dict], residents: list[dict]) -> list[dict]:
    linked = [
        LinkedResident(
            program_id=r["program_id"],
            name=r["name"],
            school_raw=r["school_raw"],
            school_id=r["school_id"],
            school_kind=r["school_kind"],
            caribbean=r["caribbean"],
            pgy=r["pgy"],
            class_year=r["class_year"],
            source_url=r["source_url"],
            fetched_at=r["fetched_at"],
            snippet=r["snippet"],
            degrees=r["degrees"],
            us_img_hint=bool(r.get("us_img_hint")),
        )
        for r in residents
    ]
    rolled = roll_up(linked)
    rows = []
    for pid, prog in programs.items():
        base = {
            "program": prog["name"],
            "program_id": pid,
            "specialty": prog.get("specialty"),
            "city": prog.get("city"),
            "state": prog.get("state"),
        }
        prec = rolled.get(pid)
        stats = prec.as_row() if prec else {"program_id": pid, "residents": 0, "img": 0, "do": 0}
        row = {**base, **stats}
        row["has_img_precedent"] = int((row.get("img") or 0) > 0)
        row["has_do_precedent"] = int((row.get("do") or 0) > 0)
        rows.append(row)
    rows.sort(key=lambda r: (-(r.get("img") or 0), -(r.get("do") or 0), r["program"]))
    return rows


def _tier_rows(
    precedent: list[dict],
    residents: list[dict],
    profile: Profile | None,
    academic_year: int,
    policy: dict[str, dict] | None = None,
) -> list[dict]:
    """The sample profile's ranked tiers, per specialty (primary, then backups); ``policy`` is
    what each program states about itself (db.facts.policies), applied as hard constraints."""
    if profile is None:
        return []
    from scoring.facts import program_facts
    from scoring.plan import plan_all

    facts = program_facts(precedent, residents, policy)
    plans, _ = plan_all(facts, profile, match_year=academic_year + 1)
    return [
        {"profile": profile.name, "rank": rank, **res.as_row()}
        for plan in plans
        for rank, res in enumerate(plan.ranked, 1)
    ]


def _schools_rows() -> list[dict]:
    from enrich.gazetteer import load_gazetteer

    rows = []
    for s in load_gazetteer().schools:
        d = asdict(s)
        d["aliases"] = " | ".join(d.get("aliases") or [])
        d["caribbean"] = int(bool(d.get("caribbean")))
        rows.append(d)
    return rows


def _write(db: sqlite_utils.Database, tables: dict[str, tuple[list[dict], Any]]) -> None:
    for name, (rows, pk) in tables.items():
        if rows:
            db[name].insert_all(rows, pk=pk, alter=True, replace=True)


def build_database(
    run_dir: str | Path,
    db_path: str | Path,
    *,
    academic_year: int | None = None,
    profile: Profile | None = None,
    force: bool = False,
    check_datasette: bool = True,
    reuse_unchanged: bool = False,
) -> BuildReport:
    """Build ``db_path`` from ``run_dir``; the old file is replaced only on success.

    History (first/last seen, per-year precedent, earlier runs) is carried forward from the
    last good database. The swap happens only if the new file passes an integrity check, the
    sanity gate (``force`` skips it) and, with ``check_datasette``, Datasette serves it.
    ``reuse_unchanged`` (refreshes): when the run read exactly what the last good database was
    built from, re-stamp a copy of it instead (:mod:`db.restamp`).
    """
    clock = Stopwatch()
    run_dir, db_path = Path(run_dir), Path(db_path)
    _remove_stale_builds(db_path)
    meta = read_run_meta(run_dir)
    academic_year = academic_year or meta.get("academic_year") or default_academic_year()
    # Takedowns first: the run's items and raw archive lose suppressed people before reading.
    suppressions_file = suppressions_path(db_path)
    suppressions = load_suppressions(suppressions_file)
    suppress_run(run_dir, suppressions)
    items = list(iter_items(run_dir))
    inputs = inputs_sha1(items, academic_year=academic_year, suppressions=suppressions_file,
                         profile=profile)
    programs, pages, raw_residents, status, raw_facts = _collect(items)
    for pid, prog in programs.items():
        st = status.get(pid)
        prog["roster_status"] = st["reason"] if st else "no roster looked for"
        prog["roster_urls"] = st["roster_urls"] if st else []
    run_id = meta.get("run_id", run_dir.name)
    seen = (meta.get("finished_at") or datetime.now(UTC).isoformat())[:10]
    run_row = {
        "run_id": run_id,
        "started_at": meta.get("started_at"),
        "finished_at": meta.get("finished_at"),
        "academic_year": academic_year,
        "source": meta.get("source"),
        "programs": len(programs),
        "pages": len(pages),
        "page_errors": sum(1 for p in pages if p.get("error")),
        "stats": json.dumps(meta.get("stats") or {}),
        "inputs_sha1": inputs,
    }
    clock.lap("read run")
    if reuse_unchanged and last_inputs_sha1(db_path) == inputs:
        try:
            return _restamped(db_path, programs, pages, raw_residents, raw_facts, run_row,
                              academic_year, seen, clock)
        except ShapeChanged as exc:
            logger.info("re-stamp not possible (%s): building in full", exc)
    return _full_build(db_path, programs, pages, raw_residents, raw_facts, run_row,
                       academic_year, seen, profile, suppressions, force, check_datasette, clock)


def _restamped(db_path: Path, programs: dict, pages: list, raw_residents: list, raw_facts: list,
               run_row: dict, academic_year: int, seen: str, clock: Stopwatch) -> BuildReport:
    run_row = {**run_row, "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
               "changes": 0, "alerts": None}
    tmp_path = db_path.with_name(f".{db_path.name}.building-{os.getpid()}")
    tmp_path.unlink(missing_ok=True)
    try:
        counts = restamp(db_path, tmp_path, programs=programs, pages=pages,
                         residents=raw_residents, facts=raw_facts, run_row=run_row,
                         academic_year=academic_year, seen=seen)
        clock.lap("re-stamp a copy of the last good database")
        _check_and_swap(tmp_path, db_path, check_datasette=False, clock=clock)
    finally:
        tmp_path.unlink(missing_ok=True)
    return BuildReport(
        db_path=str(db_path), run_id=run_row["run_id"], programs=len(programs),
        residents=counts["residents"], pages=len(pages), img_programs=counts["img_programs"],
        do_programs=counts["do_programs"], restamped=True, timings=clock.stages,
    )


def _full_build(db_path: Path, programs: dict, pages: list, raw_residents: list,
                raw_facts: list, run_row: dict, academic_year: int, seen: str,
                profile: Profile | None, suppressions: Any, force: bool,
                check_datasette: bool, clock: Stopwatch) -> BuildReport:
    # Imported here: spaCy comes with them, and a re-stamp needs none of it.
    from db.facts import add_policy_columns, conflict_rows, create_empty_tables, fact_rows, policies

    prev = read_previous(db_path)
    clock.lap("read the last good database")
    residents = _link_residents(raw_residents, programs, academic_year)
    run_id = run_row["run_id"]
    stamp_seen(residents, prev, seen)
    clock.lap("link schools")
    precedent = _precedent_rows(programs, residents)
    add_geography(precedent)
    clock.lap("roll up and geography")
    facts = fact_rows(raw_facts)
    conflicts = conflict_rows(facts, residents)
    add_policy_columns(precedent, facts, conflicts)
    tiers = _tier_rows(precedent, residents, profile, academic_year, policies(facts))
    changes = change_rows(residents, precedent, prev, run_id)
    problems = gate_problems(len(residents), len(programs), prev)
    clock.lap("facts, tiers and changes")
    if problems and not force:
        raise BuildRejected(
            "; ".join(problems) + f". The last good database at {db_path} was kept; "
            "if the drop is real, rebuild with --force."
        )
    run_row = {
        **run_row,
        "residents": len(residents),
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "changes": len(changes),
        "alerts": "; ".join(problems or drop_alerts(len(residents), len(programs), prev)) or None,
    }
    runs = [r for r in (prev.runs if prev else []) if r.get("run_id") != run_row["run_id"]]
    runs.append(run_row)

    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp_path = db_path.with_name(f".{db_path.name}.building-{os.getpid()}")
    tmp_path.unlink(missing_ok=True)
    try:
        db = sqlite_utils.Database(tmp_path)
        _write(
            db,
            {
                "programs": (list(programs.values()), "program_id"),
                "residents": (residents, "resident_key"),
                "schools": (_schools_rows(), "id"),
                "pages": ([{**p, "page_id": f"{p.get('run_id')}|{p['url']}"} for p in pages], "page_id"),
                "runs": (runs, "run_id"),
                "img_precedent": (precedent, "program_id"),
                "precedent_by_year": (precedent_by_year_rows(precedent, prev, academic_year), "row_id"),
                "resident_history": (
                    resident_history_rows(residents, prev, academic_year, run_id), "history_id"
                ),
                "changes": ([*(prev.changes if prev else []), *changes], "change_id"),
                "tiers": (tiers, ("profile", "program_id")),
                "facts": (facts, "fact_id"),
                "fact_conflicts": (conflicts, "conflict_id"),
            },
        )
        create_empty_tables(db)
        clock.lap("write tables")
        _index_and_search(db)
        scrub_database(db, suppressions)  # also what was carried forward from the last build
        db.conn.commit()
        db.close()
        clock.lap("indexes and full-text search")
        _check_and_swap(tmp_path, db_path, check_datasette=check_datasette, clock=clock)
    finally:
        tmp_path.unlink(missing_ok=True)
    return BuildReport(
        db_path=str(db_path),
        run_id=run_row["run_id"],
        programs=len(programs),
        residents=len(residents),
        pages=len(pages),
        img_programs=sum(r["has_img_precedent"] for r in precedent),
        do_programs=sum(r["has_do_precedent"] for r in precedent),
        changes=changes,
        alerts=[a for a in (run_row["alerts"] or "").split("; ") if a],
        timings=clock.stages,
    )


def _check_and_swap(tmp_path: Path, db_path: Path, *, check_datasette: bool,
                    clock: Stopwatch) -> None:
    """Integrity check (and Datasette probe), then the durable atomic rename."""
    conn = sqlite3.connect(tmp_path)
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    if ok != "ok":
        raise sqlite3.DatabaseError(f"integrity check failed: {ok}")
    clock.lap("integrity check")
    if check_datasette:
        datasette_serves(tmp_path)
        clock.lap("Datasette probe")
    fsync_file(tmp_path)
    os.replace(tmp_path, db_path)
    _fsync_dir(db_path.parent)
    clock.lap("fsync and swap")


def _remove_stale_builds(db_path: Path) -> None:
    """Temporary files of builds that were killed (their process is gone), with SQLite's
    rollback journal of them (``.building-<pid>-journal``)."""
    for tmp in db_path.parent.glob(f".{db_path.name}.building-*"):
        pid = re.match(r"(\d+)", tmp.name.rsplit(".building-", 1)[-1])
        if pid and int(pid[1]) != os.getpid() and not Path(f"/proc/{pid[1]}").exists():
            tmp.unlink(missing_ok=True)


def _fsync_dir(directory: Path) -> None:
    """Make the rename itself durable."""
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def datasette_serves(path: Path) -> None:
    """Open the file the way ``precedent serve`` will and ask Datasette for its pages."""
    import asyncio

    from datasette.app import Datasette

    async def probe() -> None:
        ds = Datasette(immutables=[str(path)])
        name = next(iter(ds.databases.keys() - {"_internal", "_memory"}))
        for url in ("/", ds.urls.table(name, "img_precedent", format="json") + "?_size=1"):
            resp = await ds.client.get(url)
            if resp.status_code != 200:
                raise sqlite3.DatabaseError(f"Datasette answered {resp.status_code} for {url}")

    asyncio.run(probe())


def _index_and_search(db: sqlite_utils.Database) -> None:
    if db["residents"].exists():
        db["residents"].create_index(["program_id"], if_not_exists=True)
        db["residents"].create_index(["school_id"], if_not_exists=True)
        for column in ("school_kind", "school_country", "pgy", "caribbean"):  # Datasette's facets
            db["residents"].create_index([column], if_not_exists=True)
        db["residents"].enable_fts(["name", "school_raw", "school_canonical"], create_triggers=True)
    if db["programs"].exists():
        db["programs"].enable_fts(["name", "city", "state"], create_triggers=True)
    if db["schools"].exists():
        db["schools"].enable_fts(["name", "aliases", "city"], create_triggers=True)
    if db["facts"].exists():
        for column in ("program_id", "fact", "value_text"):  # Datasette's facets
            db["facts"].create_index([column], if_not_exists=True)
        db["facts"].enable_fts(["sentence"], create_triggers=True)
    if db["img_precedent"].exists():
        db["img_precedent"].create_index(["state"], if_not_exists=True)
        db["img_precedent"].enable_fts(["program", "city", "state"], create_triggers=True)
