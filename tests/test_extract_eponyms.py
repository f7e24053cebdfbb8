"""Schools named after a person ("Robert Larner, M.D. College of Medicine", "Frank H. Netter MD
School of Medicine") are schools in running text, not residents; the resident beside them keeps
the whole name as the school."""

from __future__ import annotations

import pytest

from extract.roster import extract_residents

CASES = [
    (
        "From Robert Larner, M.D. College of Medicine, Julia Williams joins us as an intern.",
        {"Julia Williams": "Robert Larner, M.D. College of Medicine"},
    ),
    (
        "Joining us from Frank H. Netter MD School of Medicine at Quinnipiac University is "
        "Joshua Yamamoto, who starts as a PGY-1.",
        {"Joshua Yamamoto": "Frank H. Netter MD School of Medicine at Quinnipiac University"},
    ),
    (
        "Please welcome our new interns: Ana Cruz, MD (Robert Larner, M.D. College of Medicine) "
        "and Sam Reed, DO (Rocky Vista University).",
        {"Ana Cruz": "Robert Larner, M.D. College of Medicine", "Sam Reed": "Rocky Vista University"},
    ),
    (
        "Our new PGY-1, Priya Nair, MD, comes to us from the Frank H. Netter MD School of Medicine.",
        {"Priya Nair": "Frank H. Netter MD School of Medicine"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_an_eponymous_school_is_not_a_resident(text, expected):
    found = {r.name: r.school_raw for r in extract_residents(text, "http://127.0.0.1/news.txt",
                                                             content_type="text",
                                                             academic_year=2026)}
    assert set(found) == set(expected)
    for name, school in expected.items():
        assert school in (found[name] or ""), (name, found[name])


def test_a_resident_with_a_doctors_name_is_still_a_resident():
    text = "Please welcome Robert Larner, MD, who joins the program as a PGY-1 from Emory."
    names = [r.name for r in extract_residents(text, "http://127.0.0.1/news.txt",
                                               content_type="text", academic_year=2026)]
    assert names == ["Robert Larner"]
