"""Publishing: the aggregate-only public copy, and a self-contained bundle to serve anywhere.

The public copy is a separate file, not hidden tables: hiding a table in Datasette's metadata
still lets SQL read it. It keeps the per-program tables and adds name-free aggregates of the
residents (per program × school, per program × class year × school kind); ``evidence_snippet``,
which quotes a resident, is emptied.

A bundle is a Datasette *configuration directory* (``datasette serve DIR`` reads the database,
``metadata.json``, ``settings.json``, ``templates/``, ``plugins/`` and ``inspect-data.json``,
which makes the database immutable), plus ``requirements.txt`` with pinned versions and a README
with the commands to serve or deploy it.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path
from typing import Any

import sqlite_utils

from db.metadata import build_metadata
from db.serve import PLUGINS_DIR, SETTINGS, TEMPLATES_DIR, metadata_path, write_metadata

# Tables without a resident's name in them. ``changes`` and ``resident_history`` name people.
AGGREGATE_TABLES = ("img_precedent", "programs", "schools", "pages", "runs", "tiers",
                    "precedent_by_year")
REQUIREMENTS = ("datasette", "datasette-cluster-map", "datasette-dashboards")

_AGGREGATES = {
    "program_schools": (
        "select program_id, coalesce(school_id, 'unlinked') as school_id, "
        "coalesce(school_canonical, 'School not linked') as school_canonical, school_kind, "
        "school_country, count(*) as residents from src.residents group by 1, 2",
        ("program_id", "school_id"), ["school_canonical"],
    ),
    "class_years": (
        "select program_id, class_year, school_kind, count(*) as residents from src.residents "
        "group by 1, 2, 3",
        None, [],
    ),
}


def public_path(db_path: str | Path) -> Path:
    """Where ``--public`` keeps its copy: ``public/<same name>`` so URLs stay the same."""
    db_path = Path(db_path)
    return db_path.parent / "public" / db_path.name


def read_metadata(db_path: str | Path) -> dict[str, Any]:
    path = metadata_path(db_path)
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def metadata_for(db_path: str | Path, *, public: bool, name: str | None = None) -> dict[str, Any]:
    """Metadata for serving ``db_path`` (as ``name``), from what the build recorded beside it."""
    db_path = Path(db_path)
    recorded = read_metadata(db_path)
    plugin = (recorded.get("plugins") or {}).get("precedent") or {}
    cluster = (recorded.get("plugins") or {}).get("datasette-cluster-map") or {}
    return build_metadata(
        name or db_path.stem, demo=bool(plugin.get("demo")), run=plugin.get("run"),
        public=public, tile_layer=cluster.get("tile_layer"), contact=plugin.get("contact"),
    )


def public_database(db_path: str | Path, dest: str | Path | None = None) -> Path:
    """Write the aggregate-only copy of ``db_path`` (new file, then an atomic swap) and its
    metadata; return its path."""
    src = Path(db_path)
    dest = Path(dest) if dest else public_path(src)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.building-{os.getpid()}")
    tmp.unlink(missing_ok=True)
    try:
        conn = sqlite3.connect(f"file:{tmp}", uri=True)
        conn.execute("attach database ? as src", (f"file:{src.resolve()}?mode=ro",))
        _copy_tables(conn)
        conn.commit()
        conn.execute("detach database src")
        conn.execute("vacuum")
        conn.close()
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
    write_metadata(metadata_path(dest), metadata_for(src, public=True, name=dest.stem))
    return dest


def _copy_tables(conn: sqlite3.Connection) -> None:
    master = conn.execute(
        "select type, name, tbl_name, sql from src.sqlite_master where sql is not null").fetchall()
    tables = {name for kind, name, _, _ in master if kind == "table"}
    for table in AGGREGATE_TABLES:
        if table not in tables:
            continue
        create = next(sql for kind, name, _, sql in master if kind == "table" and name == table)
        conn.execute(create)
        conn.execute(f"insert into main.[{table}] select * from src.[{table}]")
        for kind, _, tbl, sql in master:
            if kind == "index" and tbl == table:
                conn.execute(sql)
        fts = f"{table}_fts"
        if fts in tables:
            conn.execute(next(sql for kind, name, _, sql in master if name == fts))
            conn.execute(f"insert into [{fts}]([{fts}]) values ('rebuild')")
    if "img_precedent" in tables:
        # The snippet quotes a resident's roster line; the counts and the URL stay.
        conn.execute("update img_precedent set evidence_snippet = null")
        if "img_precedent_fts" in tables:
            conn.execute("insert into img_precedent_fts(img_precedent_fts) values ('rebuild')")
    if "residents" in tables:
        for table, (sql, pk, fts_cols) in _AGGREGATES.items():
            conn.execute(f"create table [{table}] as {sql}")
            db = sqlite_utils.Database(conn)
            if pk:
                db[table].transform(pk=pk)
            db[table].create_index(["program_id"])
            if fts_cols:
                db[table].enable_fts(fts_cols)


def _typed(settings: dict[str, str]) -> dict[str, Any]:
    """settings.json wants numbers and booleans where the command line takes strings."""
    flags = {"on": True, "off": False}
    return {k: flags.get(v, int(v) if v.isdigit() else v) for k, v in settings.items()}


def requirements() -> list[str]:
    return [f"{name}=={version(name)}" for name in REQUIREMENTS]


def write_bundle(db_path: str | Path, out_dir: str | Path, *, public: bool = False) -> Path:
    """Write a self-contained Datasette configuration directory to ``out_dir``."""
    src, out = Path(db_path), Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    name = src.stem
    target = out / f"{name}.db"
    if public:
        public_database(src, target)
        metadata_path(target).unlink(missing_ok=True)
        meta = metadata_for(src, public=True, name=name)
    else:
        with sqlite3.connect(f"file:{src}?mode=ro", uri=True) as s, sqlite3.connect(target) as d:
            s.backup(d)
        meta = metadata_for(src, public=False, name=name)
    write_metadata(out / "metadata.json", meta)
    (out / "settings.json").write_text(json.dumps(_typed(SETTINGS), indent=2), encoding="utf-8")
    for folder, source in (("templates", TEMPLATES_DIR), ("plugins", PLUGINS_DIR)):
        shutil.rmtree(out / folder, ignore_errors=True)
        shutil.copytree(source, out / folder, ignore=shutil.ignore_patterns("__pycache__"))
    (out / "requirements.txt").write_text("\n".join(requirements()) + "\n", encoding="utf-8")
    # Run in the bundle so "file" is the bare name: that is what marks it immutable there.
    subprocess.run([sys.executable, "-m", "datasette", "inspect", target.name,
                    "--inspect-file", "inspect-data.json"], check=True, cwd=out,
                   stdout=subprocess.DEVNULL)
    (out / "README.md").write_text(_bundle_readme(name, public), encoding="utf-8")
    return out


def _bundle_readme(name: str, public: bool) -> str:
    settings = " ".join(f"--setting {k} {v}" for k, v in SETTINGS.items())
    installs = " ".join(f"--install {r}" for r in requirements() if not r.startswith("datasette=="))
    edition = "public edition (aggregate tables only, no resident names)" if public else "full edition"
    return f"""# Precedent: a Datasette bundle ({edition})

Everything needed to serve `{name}.db` read-only: `metadata.json`, `settings.json` (SQL time
limits and row caps), `templates/`, `plugins/`, `inspect-data.json` (makes the database
immutable) and `requirements.txt` (pinned Datasette and plugins).

Serve it anywhere with Python 3.11+:

```bash
python -m venv .venv && .venv/bin/pip install -r requirements.txt
.venv/bin/datasette serve . --host 0.0.0.0 --port 8001
```

Deploy with Datasette's own publish commands (Google Cloud Run shown; `datasette package`
builds a Docker image the same way):

```bash
datasette publish cloudrun {name}.db --service precedent --metadata metadata.json \\
  --template-dir templates --plugins-dir plugins {installs} \\
  --extra-options "{settings}"
```

The database is a snapshot: after a new build, write the bundle again and redeploy.
"""
