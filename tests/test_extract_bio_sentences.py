"""Bio sentences that name a college and a medical school, in the many orders programs write.

Each case is one sentence as a resident's bio writes it, with the medical school and the
college it plainly names (None where it names none). The college is often named first, or
in a clause about what came before medical school, and must not become the school.
"""

from __future__ import annotations

import pytest

from extract.prose import SCHOOL_MAX_WORDS, SCHOOL_WORD_MAX_CHARS, read_prose
from extract.roster import extract_residents


@pytest.mark.parametrize(
    ("text", "school", "undergrad"),
    [
        ("Prior to medical school, Jenna studied biology at Boston University. She graduated from Ross University School of Medicine in 2025.", "Ross University School of Medicine", "Boston University"),
        ("He went to UCLA for college and then to UCSF for medical school.", "UCSF", "UCLA"),
        ("Kevin earned his B.A. at Columbia University and M.D. at SUNY Upstate Medical University.", "SUNY Upstate Medical University", "Columbia University"),
        ("Lauren is a graduate of the University of Michigan, where she also received her medical degree.", "University of Michigan", None),
        ("Owen graduated from Stanford University and went on to Harvard Medical School, where he studied migraine.", "Harvard Medical School", "Stanford University"),
        ("Marisol attended the University of Texas at Austin for her undergraduate studies and UTMB for medical school.", "UTMB", "University of Texas at Austin"),
        ("A native of Ohio, Dr. Whitaker graduated from Ohio University before completing medical school at the University of Toledo College of Medicine and Life Sciences.", "University of Toledo College of Medicine and Life Sciences", "Ohio University"),
        ("Jonah graduated from the University of Scranton, then attended the Lake Erie College of Osteopathic Medicine.", "Lake Erie College of Osteopathic Medicine", "University of Scranton"),
        ("Dr. Ortiz earned both her undergraduate and medical degrees from the University of Puerto Rico.", "University of Puerto Rico", "University of Puerto Rico"),
        ("He matriculated at St. George's University School of Medicine after completing his bachelor's at NYU.", "St. George's University School of Medicine", None),
        ("After receiving her BA from Wellesley College, Dr. Park worked for two years before attending Boston University School of Medicine.", "Boston University School of Medicine", "Wellesley College"),
        ("Megan attended the University of Notre Dame, where she majored in biology, and then graduated from Loyola University Chicago Stritch School of Medicine.", "Loyola University Chicago Stritch School of Medicine", "University of Notre Dame"),
        ("Dr. Lee completed his PhD in neuroscience at Columbia University and earned his MD from the Icahn School of Medicine at Mount Sinai.", "Icahn School of Medicine at Mount Sinai", None),
        ("Before residency, Tariq worked as a research associate at Massachusetts General Hospital after graduating from Tufts University School of Medicine.", "Tufts University School of Medicine", None),
        ("Dr. Nguyen is a graduate of the University of Washington and enjoys hiking.", "University of Washington", None),
        ("She graduated from Duke University with a degree in biology.", None, None),
        ("He graduated summa cum laude from Rice University, where he majored in chemistry.", None, None),
        ("She is a graduate of Rutgers University and St. George's University.", "St. George's University", "Rutgers University"),
        ("She received both her BS and MD from the University of Florida.", "University of Florida", "University of Florida"),
        ("He attended the University of Michigan for both undergrad and medical school.", "University of Michigan", "University of Michigan"),
        ("Dr. Diaz is an alumnus of the University of Miami.", "University of Miami", None),
        # a research degree earned with the medical one, then the school's short form
        ("Dr. Okafor earned the M.D., Ph.D. at UTMB.", "UTMB", None),
        ("She received her MD/MPH from OUWB in 2024.", "OUWB", None),
        ("He earned a Ph.D. at Rice University.", None, None),
    ],
)  # fmt: skip
def test_bio_names_school_and_college(text: str, school: str, undergrad: str | None) -> None:
    facts = read_prose(text)
    assert (facts.school, facts.undergrad) == (school, undergrad)


def test_a_place_after_a_native_of_stops_before_the_name() -> None:
    assert (
        read_prose("A native of Ohio, Dr. Patel graduated from Ohio University.").hometown == "Ohio"
    )


@pytest.mark.parametrize(
    ("text", "name", "school"),
    [
        ("Our new interns: Jonathan Hill (Carle Illinois), Maria Lopez (UTSW) and Sam Ng (Rush Medical College).", "Jonathan Hill", "Carle Illinois"),
        ("PGY-2 resident Jonathan Hill, Baylor College of Medicine, won the poster prize.", "Jonathan Hill", "Baylor College of Medicine"),
        ("PGY-2 resident Ana Silva, MD, SUNY Downstate, presented her research.", "Ana Silva", "SUNY Downstate"),
    ],
)  # fmt: skip
def test_announcement_names_the_school_beside_the_name(text: str, name: str, school: str) -> None:
    records = {r.name: r.school_raw for r in extract_residents(text, content_type="text")}
    assert records.get(name) == school


_NATO = "Alfa Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike".split()


def _capitals(words: int) -> list[str]:
    return [_NATO[i % len(_NATO)] for i in range(words)]


# Each rule that opens on the school's name, and what it reads the school as.
_OPENING_ON_THE_SCHOOL = [
    ("{} University, where she earned her MD.", ("school",)),
    ("{} University for her medical school.", ("school",)),
    ("{} University for her undergraduate studies.", ("undergrad",)),
    ("{} University for both her undergraduate and medical school.", ("school", "undergrad")),
]


@pytest.mark.parametrize(("template", "fields"), _OPENING_ON_THE_SCHOOL)
def test_a_run_longer_than_a_school_name_is_no_school(template: str, fields: tuple) -> None:
    """Rules that open on the school's name read SCHOOL_MAX_WORDS words after its first at
    most, so that a long run of capitals costs each of its words that many, not the whole run
    (bench/extract.py: capital_run_s)."""
    facts = read_prose(template.format(" ".join(_capitals(SCHOOL_MAX_WORDS + 1))))
    assert (facts.school, facts.undergrad) == (None, None)


@pytest.mark.parametrize(("template", "fields"), _OPENING_ON_THE_SCHOOL)
def test_a_word_longer_than_a_school_word_is_no_school(template: str, fields: tuple) -> None:
    word = "-".join(_capitals(SCHOOL_WORD_MAX_CHARS // 4))
    assert len(word) > SCHOOL_WORD_MAX_CHARS
    facts = read_prose(template.format(word))
    assert (facts.school, facts.undergrad) == (None, None)


@pytest.mark.parametrize(("template", "fields"), _OPENING_ON_THE_SCHOOL)
def test_a_run_as_long_as_the_bound_is_still_read_whole(template: str, fields: tuple) -> None:
    school = " ".join(_capitals(SCHOOL_MAX_WORDS)) + " University"
    facts = read_prose(template.format(school.removesuffix(" University")))
    assert {f: getattr(facts, f) for f in ("school", "undergrad")} == {
        f: school if f in fields else None for f in ("school", "undergrad")
    }


_DASHED_LIST = (
    '<h1>Residents</h1><div class="entry-content">'
    "<p><strong>PGY-3 (Class of 2028):</strong> Halima Yusuf, MD &mdash; Baylor College of "
    "Medicine &bull; Tomasz Wrobel, MD &mdash; UWSMPH &bull; Keanu Akana, DO &mdash; Rocky Vista "
    "University College of Osteopathic Medicine &bull; Priya Menon, MD &mdash; Loma Linda</p>"
    "<p><strong>PGY-2 (Class of 2029):</strong> Ruth Abebe, MD &mdash; Emory University School "
    "of Medicine | Dario Conti, MD &mdash; Johns Hopkins University School of Medicine | Omar "
    "Haddad, MD &mdash; Houston, Texas | Leah Gold, MD &mdash; Jane Roe, MD</p></div>"
)


def test_a_short_name_after_a_dash_is_a_school_where_the_list_writes_schools_there() -> None:
    """ "Jane Doe, MD — X" run on per class: where most dashes lead to a school, a short name
    after one ("UWSMPH", "Loma Linda") is that resident's school, not a second person; a place
    after a dash is no school, and a name with degrees after one is still a person."""
    found = {r.name: r.school_raw for r in extract_residents(_DASHED_LIST, academic_year=2026)}
    assert found == {
        "Halima Yusuf": "Baylor College of Medicine",
        "Tomasz Wrobel": "UWSMPH",
        "Keanu Akana": "Rocky Vista University College of Osteopathic Medicine",
        "Priya Menon": "Loma Linda",
        "Ruth Abebe": "Emory University School of Medicine",
        "Dario Conti": "Johns Hopkins University School of Medicine",
        "Omar Haddad": None,
        "Leah Gold": None,
        "Jane Roe": None,
    }
