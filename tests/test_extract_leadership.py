"""People a roster page names as the program's leaders are not its residents.

The pages under ``fixtures/leadership/roster_pages/`` are written the way program sites
introduce their director, chair, faculty and coordinator beside the residents: an overview in
paragraphs ("Harold Brandt, MD directs the program", "The residency is led by ..."), a team
grid whose cards carry a title line or a sentence, a table with a Position column, a plain-text
page with a PROGRAM LEADERSHIP section above the residents. Raw bytes and response headers;
``expected.json`` is what each page says: its residents, and ``not_residents``, the people it
names as leaders. The near misses are residents in the same words: "Chief resident Maya Patel",
"our PGY-7 chief", a resident who "leads our resident wellness committee" or "led a training
program" before residency.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.roster import extract_residents, name_key
from tests.roster_fixtures import RosterFixtures, roster_tests

FIXTURES = Path(__file__).parent / "fixtures" / "leadership" / "roster_pages"
ROSTERS = RosterFixtures(FIXTURES, ("school_raw", "pgy"))
LEADER_CASES = [
    pytest.param(page, name, id=f"{page}-{name}")
    for page in ROSTERS.pages
    for name in ROSTERS.expected(page)["not_residents"]
]


test_resident_is_found, test_field = roster_tests(ROSTERS)


@pytest.mark.parametrize(("page", "name"), LEADER_CASES)
def test_leader_is_no_resident(page: str, name: str) -> None:
    assert name_key(name) not in ROSTERS.by_name(page)


@pytest.mark.parametrize("page", ROSTERS.pages)
def test_nobody_else(page: str) -> None:
    expected = {name_key(r["name"]) for r in ROSTERS.expected(page)["residents"]}
    assert set(ROSTERS.by_name(page)) - expected == set()


_ROSTER = (
    "<h2>Residents</h2><ul><li>Jane Doe, MD – Baylor College of Medicine – PGY-3</li>"
    "<li>John Roe, DO – Touro University – PGY-1</li></ul>"
)


@pytest.mark.parametrize(
    ("sentence", "person", "resident"),
    [
        # verbs of leading, the person their subject
        ("Harold Brandt, MD directs the program.", "Harold Brandt", False),
        ("Harold Brandt, MD, has led our residency since 2011.", "Harold Brandt", False),
        ("Harold Brandt, MD oversees resident education.", "Harold Brandt", False),
        ("Harold Brandt, MD heads the department and trained at Yale School of Medicine.", "Harold Brandt", False),
        # the person the agent of leading
        ("The residency is led by Harold Brandt, MD.", "Harold Brandt", False),
        ("The program is directed by Harold Brandt, MD, who earned his MD at Yale School of Medicine.", "Harold Brandt", False),
        ("Maya Patel, MD, PGY-2, graduated from Emory University School of Medicine and was mentored by Dr. Helen Marsh.", "Helen Marsh", False),
        # a role in brackets after the name
        ("Li Wei, DO (Associate Program Director) graduated from Touro University.", "Li Wei", False),
        # residents in the same words
        ("Chief resident Maya Patel, MD, graduated from Emory University School of Medicine.", "Maya Patel", True),
        ("Kofi Mensah, MBChB (Faculty of Health Sciences, University of Ghana) joined us as a PGY-2.", "Kofi Mensah", True),
        ("Maya Patel, MD, our PGY-7 chief, directs the resident education conference.", "Maya Patel", True),
        ("Maya Patel, MD, PGY-4, leads the residency wellness program.", "Maya Patel", True),
        ("Maya Patel, MD leads our resident wellness committee and graduated from Emory University School of Medicine.", "Maya Patel", True),
        ("Maya Patel, MD led a training program in Ghana after graduating from Emory University School of Medicine.", "Maya Patel", True),
        ("Maya Patel, MD directed the student-run clinic program at Emory University School of Medicine.", "Maya Patel", True),
        ("Our residents, led by chief resident Maya Patel, MD (Emory University School of Medicine), ran the skills lab.", "Maya Patel", True),
    ],
)  # fmt: skip
def test_leader_in_prose(sentence: str, person: str, resident: bool) -> None:
    records = extract_residents(f"<html><body><p>{sentence}</p>{_ROSTER}</body></html>")
    assert (name_key(person) in {name_key(r.name) for r in records}) is resident


def _card(name: str, *lines: str) -> str:
    return f"<div class='card'><h3>{name}</h3>{''.join(f'<p>{ln}</p>' for ln in lines)}</div>"


@pytest.mark.parametrize(
    ("lines", "resident"),
    [
        (("Director of Resident Education", "Medical School: Yale School of Medicine"), False),
        (("Site Director, VA", "Medical School: Yale School of Medicine"), False),
        (("Dr. Brandt oversees resident education. He earned his MD at Yale School of Medicine.",), False),
        (("He has led the program since 2012 after medical school at Yale School of Medicine.",), False),
        (("She is an associate professor of neurosurgery and earned her MD at Yale School of Medicine.",), False),
        (("Chief Resident", "Medical School: Yale School of Medicine"), True),
        (("PGY-6", "Resident Director, Global Neurosurgery Initiative", "Medical School: Yale School of Medicine"), True),
        (("She leads our resident wellness committee and earned her MD at Yale School of Medicine.",), True),
    ],
)  # fmt: skip
def test_leader_card(lines: tuple[str, ...], resident: bool) -> None:
    cards = _card("Harold Brandt, MD", *lines) + _card(
        "Ana Ruiz, MD", "PGY-2", "Medical School: Stanford University School of Medicine"
    )
    html = f"<html><body><h2>Our Team</h2><div class='grid'>{cards}</div></body></html>"
    names = {name_key(r.name) for r in extract_residents(html)}
    assert name_key("Ana Ruiz") in names
    assert (name_key("Harold Brandt") in names) is resident


def test_bio_under_a_year_heading_is_a_residents() -> None:
    """A sentence is a weaker cue than a title: under "PGY-2" a card's bio that says what she
    does ("She serves as research coordinator of ...") is still a resident's."""
    card = _card(
        "Harold Brandt, MD",
        "Medical School: Yale School of Medicine",
        "He serves as the research coordinator of the spine training program.",
    )
    html = f"<html><body><h2>PGY-2</h2><div class='grid'>{card}</div></body></html>"
    assert [r.name for r in extract_residents(html)] == ["Harold Brandt"]
