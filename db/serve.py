"""How Precedent serves its database with Datasette: immutable, read-only, bounded.

Immutable (``-i``) lets Datasette skip locking and count rows once, and it means a served file never
changes under a reader. A refresh does not change it either: ``build`` writes a new file and
renames it over the old path, and a running Datasette keeps reading the old file it opened. So
``precedent serve`` supervises Datasette and **restarts** it when the database (or its metadata)
at the path is replaced; readers see the new data a second or two after the swap.

Safety settings: SQL time limits, row caps, no database download, no write endpoints (Datasette
0.65 has none, and the file is opened read-only), no resident photos (never stored).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
TEMPLATES_DIR = PACKAGE_DIR / "templates"
PLUGINS_DIR = PACKAGE_DIR / "plugins"

SETTINGS = {
    "sql_time_limit_ms": "2000",
    "facet_time_limit_ms": "500",
    "max_returned_rows": "5000",
    "max_csv_mb": "50",
    "default_page_size": "100",
    "allow_download": "off",
    "suggest_facets": "off",  # suggestions cost a query per column on every table page
    "num_sql_threads": "3",
    "default_cache_ttl": "60",
}


def metadata_path(db_path: str | Path) -> Path:
    return Path(db_path).with_suffix(".metadata.json")


def datasette_args(db_path: str, host: str, port: int) -> list[str]:
    """Arguments for ``datasette serve``: the database immutable (-i), its metadata beside it,
    our templates and plugins, and the limits above."""
    args = ["serve", "-i", str(db_path), "--host", host, "--port", str(port),
            "--template-dir", str(TEMPLATES_DIR), "--plugins-dir", str(PLUGINS_DIR)]
    meta = metadata_path(db_path)
    if meta.exists():
        args += ["--metadata", str(meta)]
    for key, value in SETTINGS.items():
        args += ["--setting", key, value]
    return args


def datasette_command(db_path: str, host: str, port: int) -> list[str]:
    return [sys.executable, "-m", "datasette", *datasette_args(db_path, host, port)]


def _identity(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_mtime_ns, st.st_size)


class DatasetteSupervisor:
    """Run Datasette on a database and restart it whenever the file at the path is replaced.

    ``prepare`` turns the watched database into the one to serve (the identity for the full
    database; :func:`db.publish.public_database` for ``--public``) and is run before every start.
    """

    def __init__(self, db_path: str | Path, host: str, port: int, *,
                 prepare: Callable[[Path], Path] | None = None, poll_s: float = 1.0,
                 quiet: bool = False):
        self.db_path = Path(db_path)
        self.host, self.port, self.poll_s, self.quiet = host, port, poll_s, quiet
        self.prepare = prepare or (lambda p: p)
        self.proc: subprocess.Popen | None = None
        self.restarts = 0

    def _watched(self) -> tuple:
        return (_identity(self.db_path), _identity(metadata_path(self.db_path)))

    def start(self) -> None:
        served = self.prepare(self.db_path)
        out = subprocess.DEVNULL if self.quiet else None
        self.proc = subprocess.Popen(datasette_command(str(served), self.host, self.port),
                                     stdout=out, stderr=out)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def run_forever(self) -> int:
        """Serve until Datasette exits by itself or Ctrl-C; return its exit code."""
        seen = self._watched()
        # A supervisor stopped by SIGTERM (systemd, a test) takes its Datasette with it.
        signal.signal(signal.SIGTERM, _raise_interrupt)
        self.start()
        try:
            while True:
                time.sleep(self.poll_s)
                assert self.proc is not None
                if self.proc.poll() is not None:
                    return self.proc.returncode
                now = self._watched()
                if now != seen and now[0] is not None:
                    seen = now
                    self.stop()
                    self.restarts += 1
                    if not self.quiet:
                        print(f"{self.db_path} was replaced: restarting Datasette", file=sys.stderr)
                    self.start()
        except KeyboardInterrupt:
            return 0
        finally:
            self.stop()


def _raise_interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def write_metadata(path: Path, meta: dict) -> None:
    """Write metadata JSON atomically (a reader never sees half a file)."""
    tmp = path.with_name(path.name + f".tmp-{os.getpid()}")
    tmp.write_text(json.dumps(meta, indent=2), encoding="utf-8")
    tmp.replace(path)
