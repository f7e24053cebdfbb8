"""Datasette serving the built database: a real server on 127.0.0.1."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import time
import urllib.request

import pytest

from crawler.cli import datasette_command
from db.metadata import build_metadata
from tests.helpers import free_port


@pytest.fixture(scope="module")
def server(demo_crawl):
    _, _, db_path = demo_crawl
    meta = build_metadata(db_path.stem, demo=True, run={"run_id": "test"})
    db_path.with_suffix(".metadata.json").write_text(json.dumps(meta), encoding="utf-8")
    port = free_port()
    proc = subprocess.Popen(datasette_command(str(db_path), "127.0.0.1", port),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    yield base, db_path
    proc.terminate()
    proc.wait(timeout=10)


def get(url: str) -> str:
    return urllib.request.urlopen(url, timeout=10).read().decode("utf-8")


def test_front_page_links_to_table_and_csv(server):
    base, db_path = server
    html = get(base + "/")
    assert f'href="/{db_path.stem}/img_precedent"' in html
    assert f"/{db_path.stem}/img_precedent.csv" in html
    assert "fictional" in html  # demo data says so
    assert "takedown" in html.lower()


def test_csv_download_returns_every_program(server, demo_crawl):
    base, db_path = server
    truth = demo_crawl[0]
    text = get(f"{base}/{db_path.stem}/img_precedent.csv?_size=max")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {r["program_id"] for r in rows} == {p["id"] for p in truth["programs"]}


def test_database_is_served_immutable_and_read_only(server):
    base, db_path = server
    dbs = json.loads(get(base + "/-/databases.json"))
    assert [d["is_mutable"] for d in dbs if d["name"] == db_path.stem] == [False]


def test_state_facet_and_search(server):
    base, db_path = server
    data = json.loads(get(f"{base}/{db_path.stem}/img_precedent.json?_facet=state"))
    assert "state" in data["facet_results"]
    hits = json.loads(get(f"{base}/{db_path.stem}/residents.json?_search=University&_shape=array"))
    assert hits
