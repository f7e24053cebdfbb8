"""A mixed-specialty web: one listing covers every program, per-specialty listings partition
it, no two programs collide, IMG/DO shares differ by specialty as they do in reality; and at full
ACGME scale (marked ``slow``) the truth is written for thousands of addresses. How long that
takes is a benchmark figure (``bench/web.py``: ``startup_s``), not a test's.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest

from demoweb.generate import build_web
from demoweb.server import DemoServer, RunningWeb, running_web
from demoweb.truth import write_truth
from tests.test_demoweb import crawl_registry, fetch

MIXED = 120


@pytest.fixture(scope="module")
def mixed() -> Iterator[RunningWeb]:
    with running_web(programs=MIXED, seed=7, specialty="all") as running:
        yield running


def test_one_listing_covers_every_program_of_a_mixed_web(mixed: RunningWeb) -> None:
    programs = mixed.truth["programs"]
    assert mixed.registry_url.endswith("/registry/all?page=1")
    assert crawl_registry(mixed.registry_url) == [p["website"] for p in programs]
    assert len({p["specialty"] for p in programs}) >= 15


def test_per_specialty_listings_partition_the_web(mixed: RunningWeb) -> None:
    listed = []
    for specialty, url in mixed.truth["registry_urls"].items():
        websites = crawl_registry(url)
        expected = [p["website"] for p in mixed.truth["programs"] if p["specialty"] == specialty]
        assert websites == expected, specialty
        listed += websites
    assert sorted(listed) == sorted(p["website"] for p in mixed.truth["programs"])


def test_no_two_programs_share_an_id_website_or_roster(mixed: RunningWeb) -> None:
    programs = mixed.truth["programs"]
    for key in ("id", "website"):
        assert len({p[key] for p in programs}) == len(programs)
    rosters = [u for p in programs for u in p["roster_urls"] + p["unreachable_roster_urls"]]
    assert len(set(rosters)) == len(rosters)
    for program in programs[:40]:
        assert fetch(program["website"])[0] == 200


def test_a_program_is_the_same_in_a_mixed_web_except_its_host() -> None:
    mixed_truth = build_web(60, specialty="all").truth(port=8000)["programs"]
    im = [p for p in mixed_truth if p["specialty"] == "internal-medicine"]
    alone = build_web(len(im), specialty="internal-medicine").truth(port=8000)["programs"]
    for a, b in zip(im, alone, strict=True):
        assert (a["id"], a["name"], a["residents"]) == (b["id"], b["name"], b["residents"])


def test_img_and_do_shares_follow_the_specialty() -> None:
    residents: dict[str, Counter] = defaultdict(Counter)
    for program in build_web(600, specialty="all").truth(port=8000)["programs"]:
        for r in program["residents"]:
            residents[program["specialty"]][r["kind"]] += 1

    def share(specialty: str, kind: str) -> float:
        return residents[specialty][kind] / sum(residents[specialty].values())

    assert 0.28 <= share("internal-medicine", "IMG") <= 0.48
    assert share("orthopaedic-surgery", "IMG") <= 0.06
    assert share("family-medicine", "US_DO") >= 0.22
    assert share("internal-medicine", "IMG") > 4 * share("general-surgery", "IMG") / 1.5


@pytest.mark.slow
def test_full_acgme_scale_truth_on_thousands_of_hosts(tmp_path: Path) -> None:
    web = build_web(13_400, specialty="all")
    server = DemoServer(web, faults=True)
    server.bind()
    try:
        write_truth(web, tmp_path / "truth.json")
    finally:
        for sock in server.sockets:
            sock.close()
    truth = json.loads((tmp_path / "truth.json").read_text(encoding="utf-8"))
    assert len(truth["programs"]) == 13_400
    assert len(server.host_table) > 3000
    shared = Counter(e.kind for e in server.host_table.values())
    assert shared["own"] > 2000 and shared["shared"] > 1000
