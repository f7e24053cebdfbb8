"""The shipped gazetteer: ids, kinds, provenance, and the AMA-free mode."""

from __future__ import annotations

import pytest

from enrich.gazetteer import OPEN_ONLY_ENV, load_ambiguous_aliases, load_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer(open_only=False)


@pytest.mark.parametrize(
    "school_id,kind,country",
    [
        ("uab-heersink", "US_MD", "US"),
        ("lecom-bradenton", "US_DO", "US"),
        ("mun", "CA", "CA"),
        ("ama-10401", "IMG", "KY"),  # St Matthew's, Grand Cayman
        ("ama-42201", "IMG", "GD"),  # St George's University, Grenada
        ("ama-91724", "IMG", "GB"),  # St George's, University of London
        ("ama-74816", "IMG", "PH"),  # Saint Louis University, Baguio City
    ],
)
def test_contract_ids(gaz, school_id, kind, country):
    school = gaz.by_id(school_id)
    assert school is not None
    assert (school.kind, school.country) == (kind, country)


def test_caribbean_flag(gaz):
    assert gaz.by_id("ama-42201").caribbean
    assert not gaz.by_id("ama-91724").caribbean


def test_every_row_has_source_and_iso_country(gaz):
    for s in gaz.schools:
        assert s.source, s.id
        assert len(s.country) == 2 and s.country.isupper(), s.id
        assert s.kind in {"US_MD", "US_DO", "CA", "IMG"}


def test_world_university_rows_are_foreign(gaz):
    wu = [s for s in gaz.schools if s.id.startswith("wu-")]
    assert len(wu) > 5000
    assert all(s.country not in {"US", "CA", "PR"} and s.kind == "IMG" for s in wu)


def test_curated_aliases_are_marked(gaz):
    washu = gaz.by_id("washu")
    assert "WUSTL" in washu.curated_aliases
    assert "curated" in washu.source


@pytest.mark.parametrize(
    ("alias", "listed_for", "curated_for"),
    [
        # the University of Alberta's (AFMC list) and the University of Arizona's
        ("U of A Medicine", ["ualberta"], ["arizona-tucson"]),
        # the University of Minnesota's (source list), Michigan's and Manitoba's
        ("U of M Medical School", ["minnesota"], ["manitoba", "umich"]),
        # the University of Calgary's (source list) and the University of Chicago's
        ("U of C Medicine", ["ucalgary"], ["uchicago-pritzker"]),
    ],
)
def test_an_ambiguous_alias_is_carried_by_every_school_it_names(
    gaz, alias, listed_for, curated_for
):
    """A curated ``ambiguous`` alias: the sources list it for one school, the curated table adds
    the others it names, with their notes."""
    carriers = [s for s in gaz.schools if alias in s.aliases]
    assert sorted(s.id for s in carriers) == sorted(listed_for + curated_for)
    for school_id in curated_for:
        assert alias in gaz.by_id(school_id).curated_aliases
        assert "curated" in gaz.by_id(school_id).source
    assert alias in load_ambiguous_aliases()


def test_the_ambiguous_aliases_are_these_three():
    assert set(load_ambiguous_aliases()) == {
        "U of A Medicine",
        "U of M Medical School",
        "U of C Medicine",
    }


def test_open_only_drops_ama_rows_and_spellings():
    gaz = load_gazetteer(open_only=True)
    assert not any(s.id.startswith("ama-") for s in gaz.schools)
    uab = gaz.by_id("uab-heersink")
    assert uab.ama_code is None
    assert "ama-2019" not in uab.source
    assert all(s.ama_code is None for s in gaz.schools)


def test_open_only_from_environment(monkeypatch):
    monkeypatch.setenv(OPEN_ONLY_ENV, "1")
    assert load_gazetteer().open_only
    monkeypatch.setenv(OPEN_ONLY_ENV, "0")
    assert not load_gazetteer().open_only


def test_loaded_once_per_process():
    """The file is read once and shared (bench/schools.py times the load: ``load_s``)."""
    from enrich import gazetteer as g

    g._load.cache_clear()
    first = g.load_gazetteer(open_only=False)
    assert g.load_gazetteer(open_only=False) is first
    assert g._load.cache_info().misses == 1
