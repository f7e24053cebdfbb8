"""Datasette serving the built database: `precedent serve` on 127.0.0.1, as a reader meets it."""

from __future__ import annotations

import csv
import io
import urllib.error
import urllib.request

import pytest
import sqlite_utils

from tests.test_datasette_server import get, get_json, precedent_serve, served_copy

FACETS = ["state", "region", "specialty", "has_img_precedent", "has_do_precedent", "caribbean_img",
          "visa_h1b", "accepts_img"]


@pytest.fixture(scope="module")
def server(demo_crawl, tmp_path_factory):
    db_path = served_copy(demo_crawl, tmp_path_factory.mktemp("datasette"))
    with precedent_serve(db_path) as base:
        yield base, db_path


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
    dbs = get_json(base + "/-/databases.json")
    assert [d["is_mutable"] for d in dbs if d["name"] == db_path.stem] == [False]


def test_state_facet_and_search(server):
    base, db_path = server
    data = get_json(f"{base}/{db_path.stem}/img_precedent.json?_facet=state")
    assert "state" in data["facet_results"]
    hits = get_json(f"{base}/{db_path.stem}/residents.json?_search=University&_shape=array")
    assert hits


def test_img_precedent_offers_the_facets_people_ask_for(server):
    base, _ = server
    facets = get_json(base + "/demo/img_precedent.json")["facet_results"]
    assert sorted(facets) == sorted(FACETS)


def test_img_precedent_is_sorted_by_img_count(server):
    base, _ = server
    rows = get_json(base + "/demo/img_precedent.json?_shape=array")
    assert [r["img"] for r in rows] == sorted((r["img"] for r in rows), reverse=True)


def test_every_table_and_img_precedent_column_is_described(server):
    base, db_path = server
    meta = get_json(base + "/-/metadata.json")["databases"]["demo"]["tables"]
    db = sqlite_utils.Database(db_path)
    shown = [t for t in db.table_names() if "_fts" not in t]
    assert [t for t in shown if not meta.get(t, {}).get("description")] == []
    columns = db["img_precedent"].columns_dict
    assert [c for c in columns if c not in meta["img_precedent"]["columns"]] == []


def test_crawl_date_is_on_the_front_page_and_in_the_table_description(server, demo_crawl):
    base, _ = server
    from db.runstore import read_run_meta

    finished = read_run_meta(demo_crawl[1])["finished_at"]
    assert finished in get(base + "/")
    assert finished in get(base + "/demo/img_precedent")


def test_residents_count_links_to_the_resident_rows(server, demo_crawl):
    base, _ = server
    program = next(p for p in demo_crawl[0]["programs"] if p["residents"])
    html = get(f"{base}/demo/img_precedent?program_id={program['id']}")
    assert f'href="/demo/residents?program_id={program["id"]}"' in html
    rows = get_json(f"{base}/demo/residents.json?program_id={program['id']}&_shape=array")
    assert rows and all(r["program_id"] == program["id"] for r in rows)


@pytest.mark.parametrize("table, search", [("programs", "Program"), ("schools", "George"),
                                           ("residents", "Caribbean")])
def test_full_text_search(server, table, search):
    base, _ = server
    rows = get_json(f"{base}/demo/{table}.json?_search={search}&_shape=array")
    assert rows


def _table(db_path, sql, params=()):
    return [dict(r) for r in sqlite_utils.Database(db_path).query(sql, params)]


def test_canned_query_img_precedent_in_a_state(server):
    base, db_path = server
    rows = _table(db_path, "select program_id, state from img_precedent where img > 0")
    state = rows[0]["state"]
    got = get_json(f"{base}/demo/img_precedent_in_state.json?state={state.lower()}&_shape=array")
    expected = sorted(r["program_id"] for r in rows if r["state"] == state)
    assert sorted(_ids(db_path, [g["program"] for g in got])) == expected


def _ids(db_path, programs):
    by_name = {r["program"]: r["program_id"] for r in _table(db_path, "select * from img_precedent")}
    return [by_name[p] for p in programs]


def test_canned_query_programs_where_a_school_trains(server, demo_crawl):
    base, db_path = server
    school = "Caribbean"
    got = get_json(f"{base}/demo/programs_for_school.json?school={school}&_shape=array")
    expected = {r["program_id"] for r in _table(db_path, "select program_id, school_canonical, school_raw from residents")
                if school.lower() in (r["school_canonical"] or "").lower() or school.lower() in (r["school_raw"] or "").lower()}
    assert set(_ids(db_path, [g["program"] for g in got])) == expected and expected


@pytest.mark.parametrize("query, column", [("caribbean_graduates", "caribbean_img"), ("do_friendly", "do")])
def test_canned_queries_over_counts(server, query, column):
    base, db_path = server
    got = get_json(f"{base}/demo/{query}.json?_shape=array")
    expected = {r["program_id"] for r in _table(db_path, f"select program_id from img_precedent where [{column}] > 0")}
    assert set(_ids(db_path, [g["program"] for g in got])) == expected


def test_canned_query_my_tiers_and_crawl_health(server):
    base, db_path = server
    tiers = get_json(f"{base}/demo/my_tiers.json?profile=&_shape=array")
    assert len(tiers) == sqlite_utils.Database(db_path)["tiers"].count
    health = get_json(f"{base}/demo/crawl_health.json?_shape=array")
    assert [h["run_id"] for h in health] == [r["run_id"] for r in _table(db_path, "select run_id from runs")]


def test_every_program_is_on_the_map(server, demo_crawl):
    base, _ = server
    rows = get_json(f"{base}/demo/img_precedent.json?_shape=array&_size=max")
    assert all(-90 <= r["latitude"] <= 90 and -180 <= r["longitude"] <= 180 for r in rows)
    assert {r["region"] for r in rows} <= {"Northeast", "Midwest", "South", "West", "Territories"}


@pytest.mark.parametrize("method, path", [
    ("POST", "/demo/img_precedent/-/insert"),
    ("POST", "/demo/-/create"),
    ("POST", "/demo/img_precedent/-/drop"),
    ("GET", "/demo.db"),
])
def test_no_write_endpoints_and_no_download(server, method, path):
    base, _ = server
    req = urllib.request.Request(base + path, method=method, data=b"{}" if method == "POST" else None,
                                 headers={"Content-Type": "application/json"})
    before = get_json(base + "/demo/img_precedent.json?_shape=array&_size=max")
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(req, timeout=10)
    # Datasette 0.65 has no such routes; its 404 page for a POST crashes in rich (a 500).
    assert err.value.code in (403, 404, 405, 500)
    assert get_json(base + "/demo/img_precedent.json?_shape=array&_size=max") == before


def test_sql_cannot_write(server):
    base, _ = server
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(f"{base}/demo.json?sql=delete+from+img_precedent", timeout=10)
    assert err.value.code == 400


def test_limits_are_set(server):
    base, _ = server
    settings = get_json(base + "/-/settings.json")
    assert settings["sql_time_limit_ms"] <= 2000 and settings["max_returned_rows"] <= 5000
    assert settings["allow_download"] is False


def test_no_photo_columns(server, demo_crawl):
    _, db_path = server
    db = sqlite_utils.Database(db_path)
    cols = [c for t in db.table_names() for c in db[t].columns_dict]
    assert not [c for c in cols if any(w in c.lower() for w in ("photo", "image", "headshot", "avatar"))]
    assert not list((demo_crawl[1] / "raw").glob("*.jpg")) + list((demo_crawl[1] / "raw").glob("*.png"))
