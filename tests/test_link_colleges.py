"""US and Canadian universities that grant no medical degree link to no medical school.

Roster pages print the undergraduate college beside the medical school, and extraction is not
perfect, so "Arizona State University" reaches the linker as a school string. It names no
medical school: the answer is UNKNOWN (no canonical school, a low score), never the nearest
look-alike (Abia State University, Nigeria; Touro University California; the University of
Maryland School of Medicine). The near misses below are medical schools, or universities with
one, whose names hold those colleges' names, and foreign medical schools and universities that
read like them: they still link. Expected values are what each string names.
"""

from __future__ import annotations

import pytest

from enrich.gazetteer import load_colleges, load_gazetteer
from enrich.normalize import name_key
from enrich.schools import get_linker

COLLEGES = [
    # the five found mislinked
    "Arizona State University",
    "Binghamton University",
    "Northeastern University",
    "UC Berkeley",
    "University of California, Berkeley",
    "University of Maryland, College Park",
    # state universities
    "Kansas State University",
    "Iowa State University",
    "Boise State University",
    "Oregon State University",
    "San Diego State University",
    "Georgia State University",
    "Colorado State University",
    "Utah State University",
    "Portland State University",
    "Texas State University",
    "Clemson University",
    "Purdue University",
    "University of Texas at Dallas",
    "University of Colorado Boulder",
    "California State University, Long Beach",
    # liberal-arts colleges and private universities without a medical school
    "Williams College",
    "Amherst College",
    "Swarthmore College",
    "Pomona College",
    "Bowdoin College",
    "Middlebury College",
    "Wellesley College",
    "Boston College",
    "Villanova University",
    "Rice University",
    "Princeton University",
    "University of Notre Dame",
    "Massachusetts Institute of Technology",
    "Georgia Institute of Technology",
    "Brigham Young University",
    # UC and SUNY campuses
    "UC Santa Barbara",
    "UC Santa Cruz",
    "UC Merced",
    "University of California, Santa Cruz",
    "SUNY Albany",
    "SUNY Binghamton",
    "SUNY Geneseo",
    "SUNY New Paltz",
    "SUNY Oswego",
    "University at Albany",
    # campuses of a university whose medical school is elsewhere
    "University of Michigan - Dearborn",
    "University of Maryland, Baltimore County",
    "University of Pittsburgh at Johnstown",
    "University of Wisconsin - Milwaukee",
    # with a city, an abbreviation, a dash or an undergraduate degree
    "Arizona State University, Tempe, AZ",
    "Arizona State University (ASU)",
    "Binghamton University, Binghamton, NY",
    "Northeastern University, Boston, MA",
    "University of Maryland - College Park",
    "Univ. of California, Berkeley",
    "Rice University, Houston, TX",
    "BS, Arizona State University",
    # Canadian universities without a faculty of medicine
    "York University",
    "York University, Toronto, ON",
    "Concordia University",
    "Concordia University, Montreal",
    "University of Waterloo",
    "Simon Fraser University",
    "Carleton University",
    "University of Guelph",
]

NEAR_MISSES = [
    # medical schools whose names hold a college's name, and the traps named in the brief
    ("University of Maryland School of Medicine", "umaryland", "US_MD"),
    ("UCSF", "ucsf", "US_MD"),
    ("University of California, San Francisco School of Medicine", "ucsf", "US_MD"),
    ("Northeastern Ohio Universities College of Medicine", "neomed", "US_MD"),
    ("Arizona College of Osteopathic Medicine", "mwu-azcom", "US_DO"),
    ("Touro University California", "tucom", "US_DO"),
    ("University of Arizona College of Medicine - Phoenix", "arizona-phoenix", "US_MD"),
    ("Florida State University College of Medicine", "fsu", "US_MD"),
    ("Boston University School of Medicine", "bu-chobanian", "US_MD"),
    ("SUNY Downstate", "suny-downstate", "US_MD"),
    ("SUNY Upstate Medical University", "suny-upstate", "US_MD"),
    ("UC Davis", "uc-davis", "US_MD"),
    ("UC Riverside", "uc-riverside", "US_MD"),
    ("Kansas City University", "kcu-com", "US_DO"),
    # universities that have a medical school keep linking to it
    ("University of Michigan", "umich", "US_MD"),
    ("University of Maryland, Baltimore", "umaryland", "US_MD"),
    ("Stony Brook University", "stony-brook", "US_MD"),
    ("University of California, Los Angeles", "ucla-geffen", "US_MD"),
    ("Penn State University", "penn-state", "US_MD"),
    ("Queen's University", "queens", "CA"),
    ("University of Toronto", "utoronto", "CA"),
    # foreign medical schools and universities that read like US colleges
    ("Abia State University", "ama-69016", "IMG"),
    ("Imo State University", "ama-69026", "IMG"),
    ("University of Notre Dame Australia", "ama-14313", "IMG"),
    ("St. George's University", "ama-42201", "IMG"),
    ("Trinity University School of Medicine", "ama-79601", "IMG"),
    ("Southwestern University; M.D. 2011", "ama-74809", "IMG"),
]

FOREIGN_LOOK_ALIKES = [
    # (string, country): a foreign university, not a US college of a like name
    ("Northeastern University, Shenyang, China", "CN"),
    ("Bingham University", "NG"),
    ("Kaduna State University", "NG"),
    ("University of York", "GB"),
    ("Penza State University", "RU"),
]


@pytest.fixture(scope="module", params=[False, True], ids=["full", "open-only"])
def linker(request):
    return get_linker(open_only=request.param)


@pytest.mark.parametrize("text", COLLEGES)
def test_a_college_names_no_medical_school(linker, text):
    m = linker.link(text)
    assert (m.kind, m.canonical, m.id) == ("UNKNOWN", None, None), m
    assert m.score < 0.5


@pytest.mark.parametrize("text,school_id,kind", NEAR_MISSES)
def test_a_medical_school_beside_a_college_still_links(text, school_id, kind):
    m = get_linker(open_only=False).link(text)
    assert (m.id, m.kind) == (school_id, kind)


@pytest.mark.parametrize("text,country", FOREIGN_LOOK_ALIKES)
def test_a_foreign_university_stays_foreign(linker, text, country):
    m = linker.link(text)
    assert (m.kind, m.country) == ("IMG", country)


def test_a_foreign_degree_beside_a_college_name_is_still_an_img():
    assert get_linker(open_only=False).link("MBBS, Northeastern University").kind == "IMG"


def test_the_college_beside_the_md_does_not_decide():
    m = get_linker(open_only=False).link(
        "BS, Arizona State University; MD, University of Arizona College of Medicine"
    )
    assert (m.id, m.kind) == ("arizona-tucson", "US_MD")


def test_colleges_are_north_american_non_medical_and_apart_from_the_gazetteer():
    """No college carries a medical school's name: a school is never shadowed by one."""
    colleges = load_colleges()
    assert len(colleges) > 2000
    gaz = load_gazetteer(open_only=False)
    school_keys = {
        name_key(n) for s in gaz.schools if s.is_medical_school for n in (s.name, *s.aliases)
    }
    for c in colleges:
        assert c.is_college and not c.is_medical_school, c.id
        assert c.kind == "UNKNOWN" and c.country in {"US", "CA", "PR", "GU", "VI"}, c.id
        assert gaz.by_id(c.id) is None, c.id
        assert "medic" not in c.name.lower() and "osteopath" not in c.name.lower(), c.id
        assert name_key(c.name) not in school_keys, c.id
