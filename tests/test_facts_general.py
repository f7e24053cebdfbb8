"""Dev examples for the general fact rules added after the independent held-out run.

These sentences are new dev examples, written from how real program pages word things, and are
deliberately *not* the sentences of ``demoweb/phrasings_independent.py`` (a test below checks
that): the independent set stays held out. Expected values are written by hand.
"""

from __future__ import annotations

import pytest

from demoweb.phrasings_independent import PHRASINGS as INDEPENDENT
from extract.facts import extract_facts


def facts_of(text: str) -> dict[str, object]:
    return {
        f.fact: f.value
        for f in extract_facts(text, "https://example.org/apply", content_type="text")
    }


GENERAL = [
    # visas: "restricted to" is "only"; filing petitions is sponsoring; needing a visa + a verdict
    ("Sponsorship is restricted to J-1 visas.", {"visa_j1": True, "visa_h1b": False}),
    ("The GME office files H-1B petitions for incoming residents.", {"visa_h1b": True}),
    ("We do not file H1-B petitions.", {"visa_h1b": False}),
    ("Candidates who need an H-1B visa are not eligible.", {"visa_h1b": False}),
    ("Candidates who need a J1 visa are eligible.", {"visa_j1": True}),
    # statements about other programs settle nothing about this one
    ("Some other programs in the region sponsor H-1B visas.", {}),
    ("Our sister surgery program offers J-1 sponsorship.", {}),
    ("Unlike many programs, we sponsor H-1B visas.", {"visa_h1b": True}),
    ("Most programs require ECFMG certification by the time of interview.", {}),
    # IMGs: other verbs, schools abroad named without "IMG"
    ("The department welcomes IMG applicants.", {"accepts_img": True}),
    ("We are not accepting applications from IMGs this cycle.", {"accepts_img": False}),
    ("We accept applicants from international medical schools.", {"accepts_img": True}),
    ("Applicants trained outside the U.S. are eligible.", {"accepts_img": True}),
    # US clinical experience: "in a US hospital", rotations, "3+", carried-over "but not required"
    (
        "Four months of clinical experience in a US teaching hospital is required.",
        {"usce_required_months": 4},
    ),
    (
        "We require at least two months of clinical rotations in U.S. hospitals.",
        {"usce_required_months": 2},
    ),
    ("Applicants need 6+ months of USCE.", {"usce_required_months": 6}),
    (
        "USCE is valued, but it is not required.",
        {"usce_required_months": 0},
    ),
    ("USCE is encouraged but not required.", {"usce_required_months": 0}),
    # scores: "respectively", a clause carried over after ";", "lower than"
    (
        "Step 1 and Step 2 CK minimums are 210 and 225, respectively.",
        {"step1_min": 210, "step2_min": 225},
    ),
    ("We review COMLEX Level 2 scores; there is no cutoff.", {"comlex_min": "none"}),
    ("Step 2 CK scores lower than 218 are not considered.", {"step2_min": 218}),
    # attempts: first-time passes, one attempt, tabular limits, "disqualification"
    (
        "First-time passes on all USMLE examinations are required.",
        {"first_attempt_required": True},
    ),
    ("COMLEX Level 1 must be passed in a single attempt.", {"first_attempt_required": "COMLEX only"}),
    ("Maximum USMLE attempts: 1", {"first_attempt_required": True}),
    ("Number of attempts permitted per Step: 2", {"first_attempt_required": False}),
    (
        "A USMLE failure is not an automatic disqualification.",
        {"first_attempt_required": False},
    ),
    (
        "A failed USMLE or COMLEX attempt excludes an applicant.",
        {"first_attempt_required": True},
    ),
    # graduation year: "out of medical school", "regardless of", a row's value
    ("Applicants should be no more than 4 years out of school.", {"yog_limit_years": 4}),
    ("Candidates are reviewed regardless of graduation year.", {"yog_limit_years": "none"}),
    ("Maximum years since graduation: 6 or fewer", {"yog_limit_years": 6}),
    # positions: "typically"/"usually" hedge a count, not an average; en dash ranges
    ("The program usually takes 6 interns each year.", {"positions_per_year": 6}),
    ("Positions per year: 7\u20138", {"positions_per_year": "7-8"}),
    ("Residents typically score 240 on Step 2 CK.", {}),
]


@pytest.mark.parametrize(("sentence", "expected"), GENERAL)
def test_general_rule(sentence: str, expected: dict[str, object]) -> None:
    assert facts_of(sentence) == expected


def test_dev_examples_are_not_the_independent_sentences() -> None:
    independent = {t for ts in INDEPENDENT.values() for t in ts}
    assert not independent & {s for s, _ in GENERAL}
