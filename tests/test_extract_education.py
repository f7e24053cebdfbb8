"""Which of a resident's education strings is the medical school, on real-world roster markup.

The fixtures under ``fixtures/extract_education/`` are pages whose cards carry several
education-like fields at once (college and medical school in either order, labelled or not, a
PhD or an MPH, a prior residency or an internship, a hometown, a research year), written the
way US program sites write them: Bootstrap cards, Drupal fields with the label in its own
element, Squarespace excerpts with the label under the value, WordPress education lists,
``data-*`` attributes, tooltips, "Read bio" modals outside the card, JSON-LD ``Person``.
Raw bytes and response headers; ``expected.json`` is what the page says, written with it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.education import choose, read_entries, school_entry, split_education
from extract.labels import label_field, label_pairs
from extract.prose_people import _CHAIN_WORD, _FROM_CHAIN
from extract.roster import extract_residents, name_key
from tests.roster_fixtures import RosterFixtures, roster_tests

FIXTURES = Path(__file__).parent / "fixtures" / "extract_education"
FIELDS = ("degrees", "school_raw", "pgy", "undergrad", "hometown", "school_text")
ROSTERS = RosterFixtures(FIXTURES, FIELDS)
PAGES = ROSTERS.pages
_expected = ROSTERS.expected
_extracted = ROSTERS.by_name


test_resident_is_found, test_field = roster_tests(ROSTERS)


@pytest.mark.parametrize("page", PAGES)
def test_nobody_else(page: str) -> None:
    expected = {name_key(r["name"]) for r in _expected(page)["residents"]}
    assert set(_extracted(page)) - expected == set()


@pytest.mark.parametrize(
    ("value", "school", "undergrad"),
    [
        ("B.S., Rice University\nM.D., Baylor College of Medicine", "Baylor College of Medicine", "Rice University"),
        ("M.D., Harvard University\nB.A., Yale University", "Harvard University", "Yale University"),
        ("MPH, Harvard T.H. Chan School of Public Health\nMD, Stanford University", "Stanford University", None),
        ("PhD – The Rockefeller University\nMD – Weill Cornell Medical College", "Weill Cornell Medical College", None),
        ("Internship, Northwestern Memorial Hospital\nMD, Loyola University Chicago Stritch School of Medicine", "Loyola University Chicago Stritch School of Medicine", None),
        ("Research Fellowship – Mayo Clinic\nUniversity of Iowa Carver College of Medicine", "University of Iowa Carver College of Medicine", None),
        ("Rice University → Baylor College of Medicine", "Baylor College of Medicine", "Rice University"),
        ("Rice University (BA), Baylor College of Medicine (MD)", "Baylor College of Medicine", "Rice University"),
        ("Duke University, BS, Emory University School of Medicine, MD", "Emory University School of Medicine", "Duke University"),
        ("B.S. Biology, University of Florida; D.O., Edward Via College of Osteopathic Medicine", "Edward Via College of Osteopathic Medicine", "University of Florida"),
        ("Houston, Texas\nBaylor College of Medicine", "Baylor College of Medicine", None),
        ("PhD, University of Chicago", None, None),
        ("Trinity College Dublin", "Trinity College Dublin", None),
        ("Rutgers University\nSt. George's University", "St. George's University", "Rutgers University"),
        ("University of Michigan\nRocky Vista University", "Rocky Vista University", "University of Michigan"),
        ("Stanford University\nUCSF", "UCSF", "Stanford University"),
        ("Rice University (Undergraduate)\nHarvard University (Medical School)", "Harvard University", "Rice University"),
        ("Baylor College of Medicine (Rice University)", "Baylor College of Medicine", "Rice University"),
        ("Rice University '16, Baylor College of Medicine '20", "Baylor College of Medicine", "Rice University"),
        ("Harvard University, Harvard Medical School", "Harvard Medical School", "Harvard University"),
        ("Rice University\nHarvard University", "Harvard University", None),
        ("MD, PhD, Baylor College of Medicine", "Baylor College of Medicine", None),
        ("Rice University (BA '16); Baylor College of Medicine (MD '20)", "Baylor College of Medicine", "Rice University"),
        ("Harvard University (Yale University)", "Harvard University", None),
        ("University of California, Irvine School of Medicine", "University of California, Irvine School of Medicine", None),
        ("John A. Burns School of Medicine, University of Hawaii", "John A. Burns School of Medicine, University of Hawaii", None),
        ("Universidad Nacional Autónoma de México, Facultad de Medicina", "Universidad Nacional Autónoma de México, Facultad de Medicina", None),
        ("Davidson College, Duke University", "Duke University", None),
        ("Columbia University, Vagelos College of Physicians and Surgeons", "Columbia University, Vagelos College of Physicians and Surgeons", None),
        ("Duke University School of Medicine (BS, Davidson College)", "Duke University School of Medicine", "Davidson College"),
        ("Undergrad - Duke University, Med School - St. George's University", "St. George's University", "Duke University"),
        ("Medical School: UTSW | Undergrad: UT Austin", "UTSW", "UT Austin"),
        ("BA Yale University, MD Stanford University", "Stanford University", "Yale University"),
        ("Johns Hopkins University (BA) and Harvard Medical School (MD)", "Harvard Medical School", "Johns Hopkins University"),
        ("B.A., Johns Hopkins University and M.D., University of Maryland", "University of Maryland", "Johns Hopkins University"),
        ("St. George's University School of Medicine / Grenada", "St. George's University School of Medicine", None),
        ("Rice University & Baylor College of Medicine", "Baylor College of Medicine", "Rice University"),
        ("Duke University (BS) & Duke University School of Medicine (MD)", "Duke University School of Medicine", "Duke University"),
        ("Islamic Azad University, Tabriz Branch Faculty of Medicine, Tabriz, Iran", "Islamic Azad University, Tabriz Branch Faculty of Medicine, Tabriz, Iran", None),
        ("Baylor College of Medicine (medical school), Rice University (undergraduate)", "Baylor College of Medicine", "Rice University"),
        ("Aga Khan University (Karachi, Pakistan), Duke University (MPH)", "Aga Khan University (Karachi, Pakistan)", None),
        ("Rice University – Baylor College of Medicine", "Baylor College of Medicine", "Rice University"),
        ("University of Wisconsin School of Medicine and Public Health", "University of Wisconsin School of Medicine and Public Health", None),
        ("University of Arizona College of Medicine – Phoenix", "University of Arizona College of Medicine – Phoenix", None),
    ],
)  # fmt: skip
def test_education_choice(value: str, school: str | None, undergrad: str | None) -> None:
    chosen, college = choose(read_entries(value), infer_undergrad=True)
    assert (chosen and chosen.text, college and college.text) == (school, undergrad)


@pytest.mark.parametrize(
    ("value", "school", "degrees"),
    [
        ("Harvard Medical School '21", "Harvard Medical School", []),
        ("Tulane University School of Medicine (2021)", "Tulane University School of Medicine", []),
        ("Texas A&M College of Medicine, Class of 2020", "Texas A&M College of Medicine", []),
        ("MD – University of Pittsburgh School of Medicine", "University of Pittsburgh School of Medicine", ["MD"]),
        ("MD, Loma Linda University", "Loma Linda University", ["MD"]),
        ("University of Lagos, Nigeria", "University of Lagos, Nigeria", []),
        ("Rutgers New Jersey Medical School / 2021", "Rutgers New Jersey Medical School", []),
        ("B.S. in Neuroscience, University of California, Berkeley", "University of California, Berkeley", ["BS"]),
        ("Doctor of Osteopathic Medicine, Rocky Vista University", "Rocky Vista University", ["DO"]),
        ("Doctor of Medicine (MD), Baylor College of Medicine", "Baylor College of Medicine", ["MD"]),
        ("M.D. 2020, Baylor College of Medicine", "Baylor College of Medicine", ["MD"]),
        ("MD/PhD – Baylor College of Medicine", "Baylor College of Medicine", ["MD", "PhD"]),
        ("Baylor College of Medicine (M.D., 2020)", "Baylor College of Medicine", ["MD"]),
        ("Tufts University School of Medicine, Boston, MA", "Tufts University School of Medicine, Boston, MA", []),
    ],
)  # fmt: skip
def test_school_entry_trims_decorations(value: str, school: str, degrees: list[str]) -> None:
    assert school_entry(value) == (school, degrees)


def test_a_path_names_the_college_first() -> None:
    value = "Brigham Young University → University of Utah → Transitional Year, Intermountain"
    assert split_education(value)[:2] == ("University of Utah", "Brigham Young University")


@pytest.mark.parametrize(
    ("line", "pairs"),
    [
        (
            "Undergrad: Rice University · Med: Baylor College of Medicine",
            [("undergrad", "Rice University"), ("school", "Baylor College of Medicine")],
        ),
        (
            "Medical School: Yale School of Medicine Hometown: Boston, MA",
            [("school", "Yale School of Medicine"), ("hometown", "Boston, MA")],
        ),
        (
            "Hometown: Boston, MA Medical School: Yale School of Medicine",
            [("hometown", "Boston, MA"), ("school", "Yale School of Medicine")],
        ),
    ],
)
def test_label_pairs_of_one_line(line: str, pairs: list[tuple[str, str]]) -> None:
    assert [(field, value) for field, _, value in label_pairs(line)] == pairs


@pytest.mark.parametrize(
    ("text", "name", "school"),
    [
        ("Ayesha Chaudhry joins us after graduating from UWSMPH.", "Ayesha Chaudhry", "UWSMPH"),
        ("Jennifer N. Thompson comes to us from LLUSM, where she did research.", "Jennifer N. Thompson", "LLUSM"),
        ("Joining us from St. George's University is Kevin Patel.", "Kevin Patel", "St. George's University"),
    ],
)  # fmt: skip
def test_announcements_name_schools_by_short_name(text: str, name: str, school: str) -> None:
    records = extract_residents(text, content_type="text", academic_year=2026)
    assert [(r.name, r.school_raw) for r in records] == [(name, school)]


def test_a_city_after_comes_to_us_from_is_not_a_school() -> None:
    text = "Jane Roe comes to us from Boston, where she trained."
    assert all(r.school_raw is None for r in extract_residents(text, content_type="text"))


def test_back_to_top_link_does_not_attach_the_page_header() -> None:
    html = (
        "<div id='top'><p>University of Somewhere Health</p></div><h2>Residents</h2>"
        "<div class='view'><div class='row'><h3>Jane Roe, MD</h3><p>PGY-2</p>"
        "<a href='#top'>Back to top</a></div></div>"
    )
    assert [(r.name, r.school_raw) for r in extract_residents(html, academic_year=2026)] == [
        ("Jane Roe", None)
    ]


@pytest.mark.parametrize(
    ("head", "field"),
    [
        ("Medical School, Country", "school"),
        ("Name of Medical School", "school"),
        ("Professional School", "school"),
        ("D.O. School", "school"),
        ("School of Medicine Attended", "school"),
        ("Medical School Graduation Year", "other"),
        ("Medical School Location", "other"),
        ("Name of Undergraduate Institution", "undergrad"),
        ("Prior Education", "education"),
        ("Place of Birth", "hometown"),
        ("Medical", "school"),
    ],
)
def test_column_heads_programs_write(head: str, field: str) -> None:
    assert label_field(head) == field


def test_a_long_run_of_capitals_after_from_is_matched_possessively() -> None:
    """ "Joining us from X ... is Jane Doe": the words after "from" are matched possessively;
    tried split in every way, a long run of capitals took minutes (bench/extract.py times this
    text as ``from_capitals_s``). Every repeat in the chain gives nothing back."""
    text = "Joining us from " + "ABCDEFGHIJKLMNOPQRSTUVWXYZ" * 3 + " x Jane Doe is Mary Smith."
    assert extract_residents(text * 20, content_type="text") == []
    assert "]*+" in _CHAIN_WORD and f"{_CHAIN_WORD})*+" in _FROM_CHAIN.pattern
