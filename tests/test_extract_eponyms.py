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
        {
            "Ana Cruz": "Robert Larner, M.D. College of Medicine",
            "Sam Reed": "Rocky Vista University",
        },
    ),
    (
        "Our new PGY-1, Priya Nair, MD, comes to us from the Frank H. Netter MD School of Medicine.",
        {"Priya Nair": "Frank H. Netter MD School of Medicine"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_an_eponymous_school_is_not_a_resident(text, expected):
    found = {
        r.name: r.school_raw
        for r in extract_residents(
            text, "http://127.0.0.1/news.txt", content_type="text", academic_year=2026
        )
    }
    assert set(found) == set(expected)
    for name, school in expected.items():
        assert school in (found[name] or ""), (name, found[name])


def test_a_resident_with_a_doctors_name_is_still_a_resident():
    text = "Please welcome Robert Larner, MD, who joins the program as a PGY-1 from Emory."
    names = [
        r.name
        for r in extract_residents(
            text, "http://127.0.0.1/news.txt", content_type="text", academic_year=2026
        )
    ]
    assert names == ["Robert Larner"]


_BULLETED = [
    (
        "text",
        "PGY-2 Residents\n\nJane Roe, MD\n- Robert Larner, M.D. College of Medicine at the "
        "University of Vermont\n- Hometown: Burlington, VT\n\nAmir Khan, DO\n"
        "- Frank H. Netter MD School of Medicine\n",
    ),
    (
        "text",
        "PGY-2 Residents\n\nJane Roe, MD\n• Robert Larner, M.D. College of Medicine at the "
        "University of Vermont\nAmir Khan, DO\n* Frank H. Netter MD School of Medicine\n",
    ),
    (
        "html",
        "<h2>PGY-2</h2><p>Jane Roe, MD<br>- Robert Larner, M.D. College of Medicine at the "
        "University of Vermont<br>- Hometown: Burlington, VT</p>"
        "<p>Amir Khan, DO<br>- Frank H. Netter MD School of Medicine</p>",
    ),
    (
        "html",
        "<h2>PGY-2 Residents</h2><div><p><strong>Jane Roe, MD</strong></p>"
        "<p>- Robert Larner, M.D. College of Medicine at the University of Vermont</p>"
        "<p><strong>Amir Khan, DO</strong></p><p>- Frank H. Netter MD School of Medicine</p></div>",
    ),
]


@pytest.mark.parametrize(("kind", "page"), _BULLETED, ids=["dash", "bullets", "br", "p"])
def test_an_eponymous_school_on_a_bullet_line_is_the_residents(kind, page):
    """ "- Robert Larner, M.D. College of Medicine" on its own bullet line under a resident is
    her school, not a second person (the bullet hid the school's name from the eponym rule)."""
    found = {
        r.name: r.school_raw for r in extract_residents(page, content_type=kind, academic_year=2026)
    }
    assert found == {
        "Jane Roe": "Robert Larner, M.D. College of Medicine at the University of Vermont",
        "Amir Khan": "Frank H. Netter MD School of Medicine",
    }


def test_a_resident_with_a_doctors_name_on_a_bullet_line_is_still_a_resident():
    text = (
        "Interns\n\n- Robert Larner, MD (Emory University School of Medicine)\n"
        "- Jane Roe, MD (Baylor College of Medicine)\n"
        "- Frank Netter, DO - Touro College of Osteopathic Medicine\n"
    )
    found = {
        r.name: r.school_raw
        for r in extract_residents(text, content_type="text", academic_year=2026)
    }
    assert found == {
        "Robert Larner": "Emory University School of Medicine",
        "Jane Roe": "Baylor College of Medicine",
        "Frank Netter": "Touro College of Osteopathic Medicine",
    }
