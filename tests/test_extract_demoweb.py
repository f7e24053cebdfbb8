"""The extractor against the demo web's ground truth, fetched over 127.0.0.1.

The demo web's markup is not something the extractor was tuned on; these tests check that
the generic rules carry over. JavaScript rosters are the lead's (rendered pages); here they
only have to be flagged by ``looks_script_rendered``.
"""

from __future__ import annotations

import urllib.request
from collections.abc import Iterator

import pytest

from extract.roster import extract_residents, looks_script_rendered, name_key

PROGRAMS = 10
SEED = 7

demoweb_server = pytest.importorskip("demoweb.server")


@pytest.fixture(scope="module")
def web() -> Iterator[object]:
    with demoweb_server.running_web(programs=PROGRAMS, seed=SEED) as running:
        yield running


@pytest.fixture(scope="module")
def extracted(web) -> dict[str, tuple[dict, list, bool]]:
    """Program id → (truth, records, script-rendered hint), each roster page fetched once."""
    out = {}
    year = web.truth["year"]
    for program in web.truth["programs"]:
        records: list = []
        rendered = False
        for url in program["roster_urls"]:
            with urllib.request.urlopen(url, timeout=10) as response:
                body = response.read()
                headers = dict(response.headers.items())
            rendered = rendered or looks_script_rendered(body)
            records.extend(extract_residents(body, url, academic_year=year, headers=headers))
        out[program["id"]] = (program, records, rendered)
    return out


def _static(extracted) -> list[tuple[dict, list]]:
    """Static rosters of the dev split; the held-out split is measured by bench/accuracy.py."""
    return [
        (p, r)
        for p, r, _ in extracted.values()
        if p["roster_urls"] and not p["js"] and p.get("split", "dev") == "dev"
    ]


def test_some_static_rosters_exist(extracted) -> None:
    assert _static(extracted)


def test_names_match_truth(extracted) -> None:
    wrong = {
        p["id"]: sorted(
            {name_key(r["name"]) for r in p["residents"]} ^ {name_key(x.name) for x in records}
        )
        for p, records in _static(extracted)
    }
    assert {k: v for k, v in wrong.items() if v} == {}


def test_pgy_matches_truth(extracted) -> None:
    wrong = []
    for program, records in _static(extracted):
        found = {name_key(r.name): r for r in records}
        for resident in program["residents"]:
            record = found.get(name_key(resident["name"]))
            if record is not None and record.pgy != resident["pgy"]:
                wrong.append((resident["name"], resident["pgy"], record.pgy))
    assert wrong == []


def test_school_string_matches_truth(extracted) -> None:
    wrong = []
    for program, records in _static(extracted):
        found = {name_key(r.name): r for r in records}
        for resident in program["residents"]:
            record = found.get(name_key(resident["name"]))
            if record is not None and record.school_raw != resident["school_string"]:
                wrong.append((resident["name"], resident["school_string"], record.school_raw))
    assert wrong == []


def test_degrees_match_truth(extracted) -> None:
    wrong = []
    for program, records in _static(extracted):
        found = {name_key(r.name): r for r in records}
        for resident in program["residents"]:
            record = found.get(name_key(resident["name"]))
            if record is not None and record.degrees != resident["degrees"]:
                wrong.append((resident["name"], resident["degrees"], record.degrees))
    assert wrong == []


def test_js_rosters_are_flagged(extracted) -> None:
    js = [
        (p["id"], rendered) for p, _, rendered in extracted.values() if p["js"] and p["roster_urls"]
    ]
    assert all(rendered for _, rendered in js)
