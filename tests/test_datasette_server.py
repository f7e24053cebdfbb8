"""`precedent serve` as a reader meets it: a supervised, immutable Datasette that restarts when
a build swaps the database, and a `--public` edition without resident names.

Also the helpers the other Datasette and browser tests start their servers with."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from db.metadata import build_metadata
from db.runstore import read_run_meta
from db.serve import metadata_path, write_metadata
from tests.helpers import ROOT, free_port


def served_copy(demo_crawl, directory: Path, **metadata) -> Path:
    """A private copy of the demo database with the metadata a build writes beside it."""
    _, run_dir, db_path = demo_crawl
    directory.mkdir(parents=True, exist_ok=True)
    copy = directory / "demo.db"
    shutil.copyfile(db_path, copy)
    write_metadata(metadata_path(copy), build_metadata(
        "demo", demo=True, run=read_run_meta(run_dir), **metadata))
    return copy


def get(url: str, timeout: float = 10) -> str:
    return urllib.request.urlopen(url, timeout=timeout).read().decode("utf-8")


def get_json(url: str):
    return json.loads(get(url))


def wait_until_up(base: str, proc: subprocess.Popen, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"precedent serve exited with {proc.returncode}")
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=1)
            return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"{base} did not come up")


@contextmanager
def precedent_serve(db_path: Path, *, public: bool = False) -> Iterator[str]:
    """Run ``precedent serve`` (the CLI, as a user would) on 127.0.0.1; yield its base URL."""
    port = free_port()
    cmd = [sys.executable, "-m", "crawler.cli", "serve", "--db", str(db_path), "--port", str(port)]
    proc = subprocess.Popen(cmd + (["--public"] if public else []), cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base, proc)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=15)


def test_a_swapped_database_is_served_after_a_restart(demo_crawl, tmp_path):
    db_path = served_copy(demo_crawl, tmp_path)
    truth = demo_crawl[0]
    count_url = "/demo.json?sql=select+count(*)+as+n+from+img_precedent&_shape=array"
    with precedent_serve(db_path) as base:
        assert get_json(base + count_url) == [{"n": len(truth["programs"])}]
        # A build writes a new file and renames it over the old one: do exactly that.
        new = tmp_path / ".demo.db.building"
        shutil.copyfile(db_path, new)
        with sqlite3.connect(new) as conn:
            conn.execute("delete from img_precedent where rowid in (select rowid from img_precedent limit 3)")
        os.replace(new, db_path)
        deadline, seen = time.monotonic() + 30, None
        while time.monotonic() < deadline:
            try:
                seen = get_json(base + count_url)
                if seen == [{"n": len(truth["programs"]) - 3}]:
                    break
            except (OSError, urllib.error.HTTPError):
                pass  # the restart: a moment without a server
            time.sleep(0.3)
        assert seen == [{"n": len(truth["programs"]) - 3}]


@pytest.fixture(scope="module")
def public(demo_crawl, tmp_path_factory):
    db_path = served_copy(demo_crawl, tmp_path_factory.mktemp("public"))
    with precedent_serve(db_path, public=True) as base:
        yield base


def test_public_edition_has_no_resident_tables(public):
    tables = {t["name"] for t in get_json(public + "/demo.json")["tables"]}
    assert "img_precedent" in tables and "program_schools" in tables
    assert not tables & {"residents", "resident_history", "changes"}


def test_public_edition_names_nobody(public, demo_crawl):
    names = [r["name"] for p in demo_crawl[0]["programs"] for r in p["residents"]]
    dump = get(public + "/demo/img_precedent.json?_size=max") + get(public + "/demo/program_schools.json?_size=max")
    assert names and not [n for n in names if n in dump]


def test_public_edition_still_answers_the_school_question(public):
    rows = get_json(public + "/demo/programs_for_school.json?school=University&_shape=array")
    assert rows and all("program" in r and "residents" in r for r in rows)


def test_public_front_page_says_so(public):
    assert "public edition" in get(public + "/")
