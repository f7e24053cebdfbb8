"""Disk full while building the database, simulated with SQLite's ``max_page_count``.

The build writes a new file beside the last good database and swaps it in only on success. When
the new file cannot grow (``database or disk is full``), ``precedent build`` ends with one clear
error line, the last good database is byte for byte what it was, and no half-built file is left.
(That the next build after a failed one completes is shown for kill -9 in tests/test_kill9.py.)
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner

from crawler.cli import main
from tests.helpers import ROOT

MAX_PAGES = 16  # 64 KB at 4 KB pages: the schools table alone is larger


class FullDisk(sqlite_utils.Database):
    """A database whose new build file may not grow beyond ``MAX_PAGES`` pages."""

    def __init__(self, filename_or_conn=None, *args, **kwargs):
        super().__init__(filename_or_conn, *args, **kwargs)
        if ".building-" in str(filename_or_conn):
            self.execute(f"PRAGMA max_page_count = {MAX_PAGES}")


@pytest.fixture(scope="module")
def last_good(demo_crawl, tmp_path_factory):
    """A copy of the database the session built from its demo crawl, with the sample profile,
    and the ``precedent build`` of the same run and profile that will replace it."""
    _, run_dir, built = demo_crawl
    db = Path(shutil.copy2(built, tmp_path_factory.mktemp("disk_full") / "precedent.db"))
    build = [
        "build",
        "--run",
        str(run_dir),
        "--db",
        str(db),
        "--profile",
        str(ROOT / "examples/profiles/us_img_research.yaml"),
    ]
    return build, db


@pytest.fixture(scope="module")
def full(last_good):
    build, db = last_good
    before = db.read_bytes()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("db.build.sqlite_utils.Database", FullDisk)
        result = CliRunner().invoke(main, [*build, "--force"])
    return db, before, result


def test_the_build_fails_with_a_clear_error(full):
    _, _, result = full
    assert result.exit_code == 1
    assert not isinstance(result.exception, sqlite3.Error), result.exception  # no traceback
    lines = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(lines) == 1, result.output
    assert "database or disk is full" in lines[0] and "last good database" in lines[0], lines


def test_the_last_good_database_is_intact(full):
    db, before, _ = full
    assert db.read_bytes() == before
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("select count(*) from residents").fetchone()[0] > 0
    finally:
        conn.close()


def test_no_half_built_file_is_left(full):
    db, _, _ = full
    assert not list(db.parent.glob(f".{db.name}.building-*"))
