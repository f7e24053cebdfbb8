"""kill -9 at any moment of a refresh leaves the last good database serving, and the next run
completes. Real processes, real SIGKILL; no hooks in the code under test."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import ROOT


def _integrity(db: Path) -> str:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def _build_cmd(run_dir: Path, db: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "crawler.cli",
        "build",
        "--run",
        str(run_dir),
        "--db",
        str(db),
        "--force",
    ]


def _copy_of(db: Path, tmp_path: Path) -> Path:
    """A test's own copy of a database."""
    return Path(shutil.copy2(db, tmp_path / "precedent.db"))


@pytest.fixture
def built(demo_crawl, tmp_path):
    """A last good database built from the session's demo crawl (a copy of the one the session
    built: every test kills a build over its own)."""
    _, run_dir, db = demo_crawl
    return run_dir, _copy_of(db, tmp_path)


def _kill_once_it_writes(proc: subprocess.Popen, db, *, poll: float, what: str) -> None:
    """SIGKILL ``proc`` as soon as its new database file (``.<db>.building-<pid>``) exists."""
    tmp = db.with_name(f".{db.name}.building-{proc.pid}")
    deadline = time.time() + 120
    while not tmp.exists() and proc.poll() is None and time.time() < deadline:
        time.sleep(poll)
    assert tmp.exists(), f"{what} never started writing its new file"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()


def test_kill_during_build_keeps_the_last_good_database(built):
    run_dir, db = built
    before = db.read_bytes()
    proc = subprocess.Popen(
        _build_cmd(run_dir, db), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _kill_once_it_writes(proc, db, poll=0.005, what="the build")
    assert db.read_bytes() == before
    assert _integrity(db) == "ok"
    # The next run cleans up after the killed one and completes.
    out = subprocess.run(
        _build_cmd(run_dir, db), cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert out.returncode == 0, out.stderr
    assert not list(db.parent.glob(f".{db.name}.building-*"))


@pytest.mark.parametrize("delay", [0.5, 1.5, 3.0])
def test_kill_at_any_moment_leaves_an_old_or_a_new_complete_database(built, delay):
    run_dir, db = built
    proc = subprocess.Popen(
        _build_cmd(run_dir, db), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    time.sleep(delay)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    # Whatever the moment (build, integrity check, swap), the served file is a whole database.
    assert _integrity(db) == "ok"
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert conn.execute("select count(*) from img_precedent").fetchone()[0] > 0
    finally:
        conn.close()


# --- the re-stamp of a refresh that changed nothing (db.restamp) ----------------------------

RESTAMP = (
    "import sys; from db.build import build_database; "
    "print(build_database(sys.argv[1], sys.argv[2], academic_year=2026, "
    "check_datasette=False, reuse_unchanged=True).restamped)"
)


def _restamp_cmd(run_dir: Path, db: Path) -> list[str]:
    return [sys.executable, "-c", RESTAMP, str(run_dir), str(db)]


def _runs(db: Path) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute("select count(*) from runs").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    """The build's code as of now: an edit in the shared tree would (rightly) make the next
    build a full one, since the build's code is part of its inputs."""
    from tests.source_snapshot import snapshot_source

    return snapshot_source(tmp_path_factory.mktemp("src"))


@pytest.fixture(scope="module")
def restampable_once(demo_crawl, tmp_path_factory, source):
    """A last good database whose inputs are the session crawl's, built once."""
    _, run_dir, _ = demo_crawl
    db = tmp_path_factory.mktemp("restampable") / "precedent.db"
    first = subprocess.run(
        _restamp_cmd(run_dir, db), cwd=source, capture_output=True, text=True, timeout=300
    )
    assert first.returncode == 0 and first.stdout.strip() == "False", first.stderr
    return run_dir, db


@pytest.fixture
def restampable(restampable_once, tmp_path, source):
    """A last good database whose inputs are the session crawl's: building it again re-stamps."""
    run_dir, db = restampable_once
    return run_dir, _copy_of(db, tmp_path), source


def test_kill_during_a_re_stamp_keeps_the_last_good_database(restampable):
    run_dir, db, source = restampable
    before = db.read_bytes()
    proc = subprocess.Popen(
        _restamp_cmd(run_dir, db), cwd=source, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _kill_once_it_writes(proc, db, poll=0.001, what="the re-stamp")
    assert db.read_bytes() == before
    assert _integrity(db) == "ok"
    again = subprocess.run(
        _restamp_cmd(run_dir, db), cwd=source, capture_output=True, text=True, timeout=300
    )
    assert again.returncode == 0 and again.stdout.strip() == "True", again.stderr
    assert _runs(db) == 1  # the same run, re-stamped: one row, not two
    assert not list(db.parent.glob(f".{db.name}.building-*"))


@pytest.mark.parametrize("delay", [0.3, 0.6, 0.9])
def test_kill_at_any_moment_of_a_re_stamp_leaves_a_whole_database(restampable, delay):
    run_dir, db, source = restampable
    proc = subprocess.Popen(
        _restamp_cmd(run_dir, db), cwd=source, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    time.sleep(delay)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert _integrity(db) == "ok"
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert conn.execute("select count(*) from residents").fetchone()[0] > 0
        assert conn.execute("select count(*) from img_precedent").fetchone()[0] > 0
    finally:
        conn.close()
