"""School linking: one test per trap of issue 3. Expected values are hand-derived."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from enrich.schools import SchoolMatch, get_linker


@pytest.fixture(scope="module")
def linker():
    return get_linker(open_only=False)


def link(linker, text, degrees=()):
    return linker.link(text, degrees)


def test_to_json_contract(linker):
    out = link(linker, "UCSF").to_json()
    assert set(out) == {"input", "canonical", "id", "country", "kind", "score"}
    assert out["id"] == "ucsf" and out["kind"] == "US_MD" and out["country"] == "US"
    assert 0.0 <= out["score"] <= 1.0


@pytest.mark.parametrize(
    "text,school_id",
    [
        ("UCSF", "ucsf"),
        ("Pitt", "pitt"),
        ("LECOM", "lecom"),
        ("NYITCOM", "nyitcom"),
        ("KCU", "kcu-com"),
        ("PCOM Georgia", "pcom-georgia"),
        ("SGU", "ama-42201"),
        ("AUC", "ama-65401"),
        ("RCSI", "ama-53906"),
        ("AIIMS", "ama-49536"),
        ("KCUMB", "kcu-com"),  # former name
        ("University of Western Ontario", "western"),  # former name
    ],
)
def test_aliases_people_write(linker, text, school_id):
    assert link(linker, text).id == school_id


@pytest.mark.parametrize(
    "text,school_id",
    [
        ("Université de Montréal", "montreal"),
        ("UNIVERSITE LAVAL", "laval"),
        ("St. Louis University School of Medicine", "slu"),
        ("Saint Louis Univ. School of Medicine", "slu"),
        ("Perelman School of Medicine at the University of Pennsylvania", "penn-perelman"),
        ("University of Wisconsin School of Medicine & Public Health", "uwisc"),
        ("Harvard Medical School, Class of 2018", "harvard"),
        ("M.D., Duke University School of Medicine (2016)", "duke"),
    ],
)
def test_normalisation(linker, text, school_id):
    assert link(linker, text).id == school_id


@pytest.mark.parametrize(
    "text,school_id,country",
    [
        ("Universidad de Buenos Aires Facultad de Medicina", "ama-13201", "AR"),
        ("Cairo University Faculty of Medicine", "ama-91502", "EG"),
        ("King Edward Medical University, Lahore, Pakistan", "ama-70401", "PK"),
    ],
)
def test_non_english_and_place_cues(linker, text, school_id, country):
    m = link(linker, text)
    assert (m.id, m.country, m.kind) == (school_id, country, "IMG")


def test_two_institutions_link_the_medical_school(linker):
    m = link(linker, "BS Rutgers; MD St. George's University")
    assert (m.id, m.kind) == ("ama-42201", "IMG")


def test_two_institutions_degree_after_name(linker):
    m = link(linker, "Emory University (BS), Medical College of Georgia (MD)")
    assert m.id == "mcg-augusta"


def test_degree_written_after_semicolon_stays_with_school(linker):
    assert link(linker, "Tulane University School of Medicine; M.D. 2016").id == "tulane"


@pytest.mark.parametrize(
    "text,school_id,kind",
    [
        ("University of Washington", "uw", "US_MD"),
        ("Washington University in St. Louis", "washu", "US_MD"),
        ("Washington University of Health and Science", "ama-16608", "IMG"),
    ],
)
def test_washington_look_alikes(linker, text, school_id, kind):
    m = link(linker, text)
    assert (m.id, m.kind) == (school_id, kind)


@pytest.mark.parametrize(
    "text,school_id,country",
    [
        ("St. George's University, Grenada", "ama-42201", "GD"),
        ("St George's, University of London", "ama-91724", "GB"),
    ],
)
def test_st_georges_look_alikes(linker, text, school_id, country):
    m = link(linker, text)
    assert (m.id, m.country) == (school_id, country)


@pytest.mark.parametrize(
    "text,school_id,kind",
    [
        ("Saint Louis University School of Medicine", "slu", "US_MD"),
        ("Saint Louis University, Baguio City, Philippines", "ama-74816", "IMG"),
    ],
)
def test_saint_louis_look_alikes(linker, text, school_id, kind):
    m = link(linker, text)
    assert (m.id, m.kind) == (school_id, kind)


@pytest.mark.parametrize("text", ["Cleveland Clinic", "Mayo Clinic", "N/A", "TBD", "unknown", "-"])
def test_sites_and_placeholders_are_unknown(linker, text):
    m = link(linker, text)
    assert m.kind == "UNKNOWN" and m.id is None and m.score < 0.3


@pytest.mark.parametrize(
    "text", ["Hogwarts School of Witchcraft", "Springfield Community College", "Internal Medicine"]
)
def test_never_defaults_to_us_md(linker, text):
    assert link(linker, text).kind == "UNKNOWN"


@pytest.mark.parametrize(
    "junk", ["", "   ", "\x00\x01\x02", b"\xff\xfe\x00junk", "x" * 10_000, None, 42, "🙂🙂"]
)
def test_bad_input_never_raises(linker, junk):
    m = linker.link(junk)
    assert isinstance(m, SchoolMatch)
    assert m.kind == "UNKNOWN" and m.score <= 0.1
    assert set(m.to_json()) == {"input", "canonical", "id", "country", "kind", "score"}


def test_do_degree_picks_the_osteopathic_college(linker):
    assert link(linker, "Michigan State University", degrees=["DO"]).id == "msucom"
    assert link(linker, "Michigan State University", degrees=["MD"]).id == "msu-chm"


def test_do_degree_alone_is_us_do(linker):
    m = link(linker, "DO")
    assert m.kind == "US_DO" and m.id is None


def test_foreign_degree_makes_unknown_school_an_img(linker):
    m = link(linker, "MBBS, Sunrise Medical College")
    assert m.kind == "IMG" and m.id is None


def test_unknown_school_with_foreign_city_is_img(linker):
    m = link(linker, "Sunrise Medical College, Lahore")
    assert (m.kind, m.country, m.id) == ("IMG", "PK", None)


def test_fuzzy_typo(linker):
    assert link(linker, "Univeristy of Michgan Medical School").id == "umich"


def test_fuzzy_uses_blocking(linker):
    block = linker._block("washington university saint louis")
    assert 0 < len(block) <= 400 < len(linker._choices)


def test_link_many(linker):
    out = linker.link_many(["SGU", "N/A"])
    assert [m.kind for m in out] == ["IMG", "UNKNOWN"]


def test_get_linker_is_cached():
    assert get_linker(open_only=False) is get_linker(open_only=False)


@pytest.mark.parametrize(
    "text", ["St. George's University, Grenada", "Saint Louis University, Baguio City, Philippines"]
)
def test_open_data_only_is_less_specific_never_wrong(text):
    m = get_linker(open_only=True).link(text)
    assert m.kind in {"IMG", "UNKNOWN"}
    assert m.id is None or not m.id.startswith("ama-")


@pytest.mark.parametrize("open_only", [False, True])
def test_a_school_that_calls_itself_osteopathic_is_never_us_md(open_only):
    linker = get_linker(open_only=open_only)
    assert linker.link("TOURO NEW YORK COLLEGE OF OSTEOPATHIC MEDICINE").kind == "US_DO"


@pytest.mark.parametrize(
    ("text", "school_id"),
    [
        ("Charles University, First Faculty of Medicine", "wu-cuni-cz"),
        ("Charles University", "wu-cuni-cz"),
        ("Medical University of Silesia", "ama-75912"),
        ("UNIBE", "ama-30813"),
        ("INTEC", "ama-30805"),
        ("UASD", "ama-30801"),
        ("Charles R. Drew University", "cdu"),
        ("UICOM", "uic"),
        ("RFUMS", "rfu-cms"),
        ("UW-Madison", "uwisc"),
        ("JHU", "jhu"),
        ("SKMC", "jefferson-kimmel"),
        ("UVM", "uvm-larner"),
        ("UNTHSC", "unthsc-tcom"),
        ("JIPMER", "ama-49553"),
        ("Technion", "ama-55003"),
        ("Hebrew University Hadassah", "ama-55001"),
        ("Sechenov University", "ama-91306"),
        ("NUS Yong Loo Lin School of Medicine", "ama-82501"),
        ("KNUST", "ama-41202"),
        ("UERM", "ama-74810"),
        ("Duke-NUS", "ama-82502"),
        ("Technion American Medical School", "ama-55003"),
    ],
)
def test_short_forms_rosters_write(linker, text, school_id):
    assert link(linker, text).id == school_id


@pytest.mark.parametrize(
    ("text", "school_id"),
    [
        ("University of Michigan Medical School – Ann Arbor", "umich"),
        ("University of Arizona College of Medicine – Phoenix", "arizona-phoenix"),
        ("University of Arizona College of Medicine - Tucson", "arizona-tucson"),
    ],
)
def test_a_campus_or_city_after_a_dash(linker, text, school_id):
    assert link(linker, text).id == school_id


@pytest.mark.parametrize(
    "text,degrees,school_id",
    [
        ("NSU MD", (), "nsu-md"),
        ("NSU MD", ("MD",), "nsu-md"),
        ("NSU-KPCOM", (), "nsu-kpcom"),
        ("Western Michigan University Homer Stryker M.D. School of Medicine", (), "wmed"),
    ],
)
def test_alias_with_a_degree_word_in_it(linker, text, degrees, school_id):
    """ "NSU MD" is the allopathic college's own short name: its "MD" is part of the alias,
    not a degree to strip before matching (which left "NSU", the osteopathic college)."""
    assert link(linker, text, degrees).id == school_id


@pytest.mark.parametrize(
    ("text", "school_id"),
    [
        ("uOttawa", "uottawa"),
        ("Université d'Ottawa", "uottawa"),
        ("Faculté de médecine, Université d'Ottawa", "uottawa"),
        ("UAlberta", "ualberta"),
        ("U of A Faculty of Medicine & Dentistry", "ualberta"),
        ("UArizona", "arizona-tucson"),
        ("UArizona College of Medicine", "arizona-tucson"),
        ("U of A College of Medicine", "arizona-tucson"),
        ("U of A College of Medicine-Phoenix", "arizona-phoenix"),
        ("U of T Medicine", "utoronto"),
    ],
)
def test_university_short_forms_of_canada_and_arizona(linker, text, school_id):
    assert link(linker, text).id == school_id


@pytest.mark.parametrize(
    ("text", "school_id"),
    [
        ("U of A Medicine, Edmonton", "ualberta"),
        ("U of A Medicine, Canada", "ualberta"),
        ("U of A Medicine, Tucson", "arizona-tucson"),
        ("U of A Medicine (Tucson, AZ)", "arizona-tucson"),
        ("U of M Medical School, Ann Arbor, MI", "umich"),
        ("U of M Medical School, Minneapolis", "minnesota"),
        ("U of M Medical School (Winnipeg, Canada)", "manitoba"),
        ("U of C Medicine, Calgary", "ucalgary"),
        ("U of C Medicine, Chicago, IL", "uchicago-pritzker"),
    ],
)
def test_a_place_beside_an_ambiguous_alias_decides(linker, text, school_id):
    assert link(linker, text).id == school_id


@pytest.mark.parametrize(
    "text", ["U of A Medicine", "U of A", "U of M Medical School", "U of C Medicine"]
)
def test_an_ambiguous_alias_alone_names_no_school(linker, text):
    """ "U of A" is the University of Alberta's and the University of Arizona's: alone, it
    must not be linked at a high score to either (it was Dalhousie with ", Canada")."""
    match = link(linker, text)
    assert (match.id, match.kind) == (None, "UNKNOWN") and match.score < 0.5


def test_precedent_school_uottawa_prints_the_ottawa_faculty():
    out = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "school", "uOttawa"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == {
        "input": "uOttawa",
        "canonical": "University of Ottawa Faculty of Medicine",
        "id": "uottawa",
        "country": "CA",
        "kind": "CA",
        "score": 1.0,
    }
