"""The school linker's stored index (enrich.schools: a pickle keyed by the package's code and
data) links exactly as an index built from the gazetteer, and a stale or broken file is never
used."""

from __future__ import annotations

import pytest

from enrich import schools
from enrich.gazetteer import load_gazetteer


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv(schools.CACHE_DIR_ENV, str(tmp_path))
    schools._linker_for.cache_clear()
    yield tmp_path
    schools._linker_for.cache_clear()


def school_strings() -> list[str]:
    from demoweb.generate import build_web

    truth = build_web(40, seed=11, year=2026).truth(8000)
    strings = {r["school_string"] for p in truth["programs"] for r in p["residents"]}
    return sorted(strings) + ["MD, St. George's University, Grenada", "DO", "", "Harvard"]


def test_a_stored_index_links_as_a_built_one(cache):
    built = schools.SchoolLinker(load_gazetteer())
    first = schools.get_linker()  # builds and stores
    stored = list(cache.glob("school-linker-*.pickle"))
    assert len(stored) == 1
    schools._linker_for.cache_clear()
    loaded = schools.get_linker()  # from the file
    assert loaded is not first
    for text in school_strings():
        assert loaded.link(text) == built.link(text), text


def test_a_broken_file_is_rebuilt(cache):
    schools.get_linker()
    (path,) = cache.glob("school-linker-*.pickle")
    path.write_bytes(b"not a pickle")
    schools._linker_for.cache_clear()
    assert schools.get_linker().link("Harvard Medical School").kind == "US_MD"
    assert path.read_bytes() != b"not a pickle"


def test_the_key_changes_with_the_data(cache, monkeypatch, tmp_path_factory):
    before = schools._index_key(False)
    copy = tmp_path_factory.mktemp("enrich")
    (copy / "data").mkdir()
    (copy / "data" / "gazetteer.jsonl").write_text("{}\n", encoding="utf-8")
    monkeypatch.setattr(schools, "_PACKAGE_DIR", copy)
    assert schools._index_key(False) != before
    assert schools._index_key(False) != schools._index_key(True)
