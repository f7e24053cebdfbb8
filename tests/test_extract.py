"""The extractor against hand-written roster pages (raw bytes + headers, web-poet style).

Each fixture's ``expected.json`` is the ground truth written with the page; every page is
extracted once, then each resident's fields are checked one assertion at a time.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.degrees import find_degrees, split_degree_suffix
from extract.labels import split_label_line
from extract.levels import parse_level, resolve
from extract.places import us_place_hint
from extract.prose import read_prose
from extract.prose_people import _PIECE, _TEXT_BUDGET, text_chunks
from extract.records import ExtractionWork, ResidentRecord
from extract.roster import MAX_CHARS, extract_residents, looks_script_rendered, name_key
from tests.roster_fixtures import RosterFixtures, roster_tests

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
FIELDS = ("degrees", "school_raw", "pgy", "class_year", "role", "undergrad", "hometown")
ROSTERS = RosterFixtures(FIXTURES, FIELDS)
PAGES = ROSTERS.pages
_body = ROSTERS.body
_expected = ROSTERS.expected
_extracted = ROSTERS.extracted
_by_name = ROSTERS.by_name
RESIDENT_CASES = ROSTERS.resident_cases()


test_resident_is_found, test_field = roster_tests(ROSTERS)


@pytest.mark.parametrize(("page", "resident"), RESIDENT_CASES)
def test_name_is_clean_as_written(page: str, resident: dict) -> None:
    record = _by_name(page).get(name_key(resident["name"]))
    assert record is not None and record.name == resident["name"]


@pytest.mark.parametrize("page", PAGES)
def test_nobody_else(page: str) -> None:
    expected = {name_key(r["name"]) for r in _expected(page)["residents"]}
    assert set(_by_name(page)) - expected == set()


@pytest.mark.parametrize("page", PAGES)
def test_snippet_and_confidence_are_bounded(page: str) -> None:
    for record in _extracted(page):
        assert 0 < len(record.snippet) <= 300 and 0.0 < record.confidence <= 1.0


@pytest.mark.parametrize("page", [p for p in PAGES if "script_rendered" in _expected(p)])
def test_looks_script_rendered(page: str) -> None:
    assert looks_script_rendered(_body(page)) is _expected(page)["script_rendered"]


def test_table_rows_are_more_confident_than_prose() -> None:
    table = min(r.confidence for r in _extracted("table_header"))
    prose = max(r.confidence for r in _extracted("matchday_text"))
    assert table > prose


def test_cp1252_bytes_labelled_utf8_decode_to_accents() -> None:
    assert "José Muñoz Peñaloza" in {r.name for r in _extracted("cp1252_labelled_utf8")}


def test_text_input_as_str_equals_bytes() -> None:
    text = _body("matchday_text").decode("utf-8")
    names = [r.name for r in extract_residents(text, content_type="text", academic_year=2026)]
    assert names == [r.name for r in _extracted("matchday_text")]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Jane Roe, M.D., Ph.D.", ("Jane Roe", ["MD", "PhD"])),
        ("Amara Osei MBBS", ("Amara Osei", ["MBBS"])),
        ("Ravi Iyer, MB BCh", ("Ravi Iyer", ["MBBCh"])),
        ("Lin Ma", ("Lin Ma", [])),
        ("Jane Roe MD/PhD", ("Jane Roe", ["MD", "PhD"])),
        # a two-word degree alone on its line is no one's name
        ("MB ChB", ("", ["MBChB"])),
        ("MB BS", ("", ["MBBS"])),
        ("Ma Li, MB ChB", ("Ma Li", ["MBChB"])),
    ],
)
def test_degree_suffix(raw: str, expected: tuple[str, list[str]]) -> None:
    assert split_degree_suffix(raw) == expected


def test_degrees_are_case_sensitive() -> None:
    assert find_degrees("we do research with Ms Ma") == []


@pytest.mark.parametrize(
    ("text", "degrees"),
    [
        ("Frank H. Netter MD School of Medicine", []),
        ("Robert Larner, M.D. College of Medicine", []),
        ("Nova Southeastern University DO Medical College", []),
        ("Jane Roe, MD, College of Medicine, University of Lagos", ["MD"]),
        ("Jane Roe, MD PhD, Frank H. Netter MD School of Medicine", ["MD", "PhD"]),
        ("Jane Roe, DO Medical School: Touro", ["DO"]),
    ],
)
def test_a_degree_in_a_schools_name_is_nobodys_degree(text: str, degrees: list[str]) -> None:
    assert find_degrees(text) == degrees


@pytest.mark.parametrize(
    ("text", "pgy", "class_year", "role"),
    [
        ("PGY-3", 3, 2031, None),
        ("PGY IV", 4, 2030, None),
        ("R2", 2, 2032, None),
        ("Intern", 1, 2033, None),
        ("Class of 2029", 5, 2029, None),
        ("Chief Resident", 7, 2027, "chief"),
        ("Enfolded research year", None, None, "research"),
    ],
)
def test_training_level(
    text: str, pgy: int | None, class_year: int | None, role: str | None
) -> None:
    level = resolve(parse_level(text), academic_year=2026, program_length=7)
    assert (level.pgy, level.class_year, level.role) == (pgy, class_year, role)


def test_program_length_is_a_parameter() -> None:
    html = "<h2>Residents</h2><ul><li>Jane Roe, MD – Tulane University School of Medicine, Class of 2028</li><li>Ann Poe, MD – Yale School of Medicine, Class of 2029</li></ul>"
    records = extract_residents(html, academic_year=2026, program_length=5)
    assert [r.pgy for r in records] == [4, 3]


def test_undergrad_trap() -> None:
    facts = read_prose(
        "She received her undergraduate degree from Tufts University and her medical degree "
        "from Boston University Chobanian & Avedisian School of Medicine."
    )
    assert (facts.school, facts.undergrad) == (
        "Boston University Chobanian & Avedisian School of Medicine",
        "Tufts University",
    )


def test_graduated_class_is_not_a_resident() -> None:
    html = "<h2>Residents</h2><ul><li>Jane Roe, MD – Tulane University School of Medicine, Class of 2025</li><li>Ann Poe, MD – Yale School of Medicine, Class of 2029</li></ul>"
    assert [r.name for r in extract_residents(html, academic_year=2026)] == ["Ann Poe"]


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x00\xff\xfe garbage",
        "<<<>>>",
        "<html><body></body></html>",
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40,
    ],
)
def test_malformed_input_gives_empty_list(content: str | bytes) -> None:
    assert extract_residents(content) == []


_ROW = "<tr><td>Jane Roe</td><td>PGY-2</td><td>Yale School of Medicine</td></tr>"
_HEAD = "<table><tr><th>Name</th><th>PGY</th><th>Medical School</th></tr>"


def test_giant_page_is_read_up_to_the_cap_only() -> None:
    """A 4 MB table is no roster: the extractor reads its first MAX_CHARS and the rows in them,
    one block a row (how long that takes is bench/extract.py's giant-page figure)."""
    html = _HEAD + _ROW * 60000 + "</table>"
    work = ExtractionWork()
    records = extract_residents(html, work=work)
    assert len(html) > MAX_CHARS and work.chars == MAX_CHARS
    assert work.blocks <= MAX_CHARS // len(_ROW)
    assert len(records) <= 1


@pytest.mark.parametrize("rows", [50, 100, 200])
def test_blocks_read_are_the_rows(rows: int) -> None:
    """One block read per row: the structural work grows with the page, never faster."""
    work = ExtractionWork()
    extract_residents(_HEAD + _ROW * rows + "</table>", work=work)
    assert work.blocks == rows


_HTML_BITS = st.sampled_from(
    [
        "<table>", "</table>", "<tr>", "<td>", "<th>Name</th>", "<th>Medical School</th>",
        "<div class='card'>", "</div>", "<ul>", "<li>", "</li>", "<dl>", "<dt>", "<dd>", "<h2>",
        "</h2>", "<h3>PGY-3</h3>", "<h2>Faculty</h2>", "Jane Roe, MD", "Dr. Ann Poe", "(Yale School of Medicine)",
        "Medical School: ", "Class of 2029", "<br>", "<p>", "&amp;", "&#x0;", "<!--", "-->",
        "<script>", "</script>", "\x00", "é", "<<", ">", "Chief Resident", " – ",
    ]
)  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_HTML_BITS, st.text(max_size=30)), max_size=60))
def test_random_html_never_crashes(parts: list[str]) -> None:
    html = "".join(parts)
    records = extract_residents(html, academic_year=2026)
    assert all(isinstance(r, ResidentRecord) for r in records)
    looks_script_rendered(html)


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=3000))
def test_random_bytes_never_crash(data: bytes) -> None:
    assert isinstance(extract_residents(data, headers={"Content-Type": "text/html"}), list)
    assert isinstance(extract_residents(data, content_type="text"), list)


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=2000))
def test_random_text_never_crashes(text: str) -> None:
    assert isinstance(extract_residents(text, content_type="text", academic_year=2026), list)


def test_role_line_in_a_card_excludes_the_person() -> None:
    html = (
        "<h1>Our Team</h1><div class='grid'>"
        "<div class='p'><h3>Hugo Stern, MD</h3><p>Professor of Neurosurgery</p></div>"
        "<div class='p'><h3>Ida Brun, MD</h3><p>Spine Fellow</p></div>"
        "<div class='p'><h3>Jon Ek, MD</h3><p>PGY-2</p><p>Fellowship plans: spine</p></div>"
        "</div>"
    )
    assert [r.name for r in extract_residents(html, academic_year=2026)] == ["Jon Ek"]


def test_giant_prose_is_parsed_up_to_the_text_budget_only() -> None:
    """1.5 MB of announcement: spaCy parses the first _TEXT_BUDGET characters of it, no more."""
    text = "Jane Roe, MD (Yale School of Medicine) joined us. " * 40000
    work = ExtractionWork()
    records = extract_residents(text, content_type="text", academic_year=2026, work=work)
    assert work.chars == MAX_CHARS
    assert _TEXT_BUDGET // 2 < work.paragraph_chars <= _TEXT_BUDGET
    assert [r.name for r in records] == ["Jane Roe"]


def test_hard_wrapped_prose_is_joined_into_lines_of_a_piece_at_most() -> None:
    """Joined without end, a hard-wrapped text without full stops was copied once a line
    (12 s for 1.6 MB); a logical line stops growing at the size spaCy is given anyway."""
    line = "jane roe went to some place with a long line here and"
    lines = text_chunks(f"{line}\n" * 2000)[0].lines
    assert max(len(joined) for joined in lines) <= _PIECE + len(line)
    assert len(lines) < 2000 // 50  # still joined: a piece holds about 90 of them


@pytest.mark.parametrize(
    ("undergrad", "hometown", "expected"),
    [
        ("Rutgers University", "Lagos, Nigeria", True),
        (None, "Silver Spring, Maryland", True),
        (None, "Newton, MA", True),
        ("University of Michigan", None, True),
        ("University of Lagos", "Lagos, Nigeria", False),
        (None, "Guadalajara, Mexico", False),
        (None, "Albuquerque, New Mexico", True),
        ("Aga Khan University", "Karachi, Pakistan", False),
        (None, None, False),
    ],
)
def test_us_place_hint(undergrad: str | None, hometown: str | None, expected: bool) -> None:
    assert us_place_hint(undergrad, hometown) is expected


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (
            "<ul id='list'><li>Jane Roe, MD – PGY-2</li><li>Ann Poe, MD – PGY-3</li></ul>"
            "<button data-next='/api/residents.json?page=2'>Load more</button><script>fetch(x)</script>",
            True,
        ),
        (
            "<div id='feed' data-src='/api/residents.json'><div>Jane Roe, MD</div>"
            "<div>Ann Poe, MD</div></div><div id='end'>Loading…</div><script>fetch(y)</script>",
            True,
        ),
        ("<ul><li>Jane Roe, MD – PGY-2</li><li>Ann Poe, MD – PGY-3</li></ul>", False),
    ],
)
def test_rosters_that_load_more_need_a_browser(html: str, expected: bool) -> None:
    assert looks_script_rendered(html) is expected


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("Medical School – Yale School of Medicine", "school", "Yale School of Medicine"),
        ("Hometown - Dayton, Ohio", "hometown", "Dayton, Ohio"),
        ("Jane Doe – Yale School of Medicine", None, None),
        ("University of Ghana Medical School", None, None),
    ],
)
def test_label_lines(line: str, field: str | None, value: str | None) -> None:
    found = split_label_line(line)
    assert (found[0], found[2]) == (field, value) if field else found is None


_GRADUATED_FROM_CARDS = """<h1>Residents</h1><h2>PGY-2</h2>
<dl><dt>Amara Nwosu (MD)</dt><dd>Graduated From: UND School of Medicine and Health Sciences</dd>
<dt>Pavel Sokolov (DO)</dt><dd>Graduate of: Touro University Nevada College of Osteopathic Medicine
<br>Graduate Degree: MPH, Emory University</dd>
<dt>Hana Sato (MD)</dt><dd>Medical School: Tulane University School of Medicine
<br>Graduate School: Rice University</dd></dl>"""


@pytest.mark.parametrize(
    ("name", "school"),
    [
        ("Amara Nwosu", "UND School of Medicine and Health Sciences"),
        ("Pavel Sokolov", "Touro University Nevada College of Osteopathic Medicine"),
        ("Hana Sato", "Tulane University School of Medicine"),
    ],
)
def test_graduated_from_labels_the_medical_school(name: str, school: str) -> None:
    """ "Graduated From:" on a resident's card names her medical school; a graduate degree
    or a graduate school beside it does not."""
    records = extract_residents(_GRADUATED_FROM_CARDS, academic_year=2026)
    found = {r.name: r.school_raw for r in records}
    assert found[name] == school


_PROSE_BITS = st.sampled_from(
    [
        "Congratulations to", " PGY-3 resident ", "Jane Roe", " graduated from ", "the ",
        "University of Lagos College of Medicine", ". ", ", ", "Joining us from ", " is ",
        "we welcome ", '"Nick" ', "Dr. ", "(", ")", "\n", "Faculty news: ", "Alumni: ",
        "Ji-woo Kim", "Mac an tSaoir", " and ", "Hofstra/Northwell", ", Karachi, Pakistan",
    ]
)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(_PROSE_BITS, st.text(max_size=20)), max_size=80))
def test_random_announcements_never_crash_and_are_parsed_once(parts: list[str]) -> None:
    """spaCy sees each character of an announcement at most once, and every person span in it
    is a run of two or more words."""
    text = "".join(parts)
    work = ExtractionWork()
    records = extract_residents(text, content_type="text", academic_year=2026, work=work)
    assert work.paragraph_chars <= len(text) and 3 * work.persons <= work.paragraph_chars
    records += extract_residents(text, content_type="html", academic_year=2026)
    assert all(0.0 < r.confidence <= 1.0 for r in records)


def test_two_residents_with_one_name_stay_two_and_one_listed_twice_stays_one() -> None:
    records = _extracted("same_name_two_people")
    chens = sorted((r.pgy, r.school_raw) for r in records if r.name == "Michael Chen")
    assert chens == [
        (2, "University of Illinois College of Medicine"),
        (5, "Chang Gung University College of Medicine"),
    ]
    assert [r.role for r in records if r.name == "Rebecca Stein"] == ["chief"]


@pytest.mark.parametrize("name", ["Di Wu", "Yi Li", "Bo Kim", "An Tran", "Al Haddad"])
def test_two_letter_given_names(name: str) -> None:
    html = (
        f"<h2>Residents</h2><ul><li>{name}, MD – Yale School of Medicine, PGY-2</li>"
        "<li>Ann Poe, MD – Duke University School of Medicine, PGY-3</li></ul>"
    )
    text = f"Congratulations to {name}, MD (Yale School of Medicine), our new intern."
    assert name in {r.name for r in extract_residents(html, academic_year=2026)}
    records = extract_residents(text, content_type="text", academic_year=2026)
    assert [(r.name, r.school_raw) for r in records] == [(name, "Yale School of Medicine")]


def test_a_rule_under_capitals_makes_a_heading_and_under_a_name_a_person() -> None:
    """Plain text underlines its headings ("AFFILIATED SITES" over dashes, whose two
    capitalised words read like a name); a resident's name over a rule is still hers."""
    text = (
        "PGY-2 RESIDENTS\n===============\n\nJane Doe\n--------\nBaylor College of Medicine\n"
        "Houston, Texas\n\nAFFILIATED SITES\n----------------\nBen Taub General Hospital\n"
        "Veterans Affairs Medical Center\n"
    )
    found = extract_residents(text, content_type="text", academic_year=2026)
    assert [(r.name, r.school_raw, r.pgy) for r in found] == [
        ("Jane Doe", "Baylor College of Medicine", 2)
    ]


def test_the_spacy_pipeline_reads_no_bio_facts_per_paragraph() -> None:
    """The bio sentence rules run on the text each person owns; a component that ran them on
    every paragraph again set Doc attributes nothing read (7% of the extraction time)."""
    from extract.pipeline import get_nlp

    assert get_nlp().pipe_names == [
        "precedent_degrees",
        "precedent_training_levels",
        "precedent_person_names",
    ]
