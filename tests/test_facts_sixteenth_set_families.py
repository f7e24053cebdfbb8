"""Rule round 15: the nineteenth and twenty-first sets' misses, each construction in phrasings of
our own, with traps.

Written for issue 11 after reading what ``demoweb/phrasings_independent19.py`` (terse fact
sheets, directory fields) and ``demoweb/phrasings_independent21.py`` (a program director's
letter: facts inside long narrative sentences) missed and misread after round 14. Each group is
one construction; its near misses must settle nothing (hopes, another body's numbers, a rate).
Expected values come from what each sentence plainly commits the program to, never from the
extractor's output.
"""

from __future__ import annotations

from demoweb import phrasings_independent19 as independent19
from demoweb import phrasings_independent21 as independent21
from tests.facts_families import family_tests

# A label set off by an equals sign or an arrow, or by a unit's one bar or middle dot, is a label
# set off by a colon; a list answered "= yes" / "= no" or split by slashes is one row per item.
SEPARATORS = [
    ("Max. years since graduation = 4", {"yog_limit_years": 4}),
    ("PGY-1 slots per year \u2192 6", {"positions_per_year": 6}),
    ("Foreign medical graduates | not considered", {"accepts_img": False}),
    ("Lowest Step 2 CK we consider \u00b7 228", {"step2_min": 228}),
    ("Visa support \u2192 H-1B = yes; J-1 = no", {"visa_j1": False, "visa_h1b": True}),
    ("Visa support | H-1B no / J-1 yes", {"visa_j1": True, "visa_h1b": False}),
    # near misses: a mean after the separator, another hospital's count, a question
    ("Mean Step 1 of our interns = 241", {}),
    ("Sister hospital's PGY-1 slots per year \u2192 6", {}),
    ("Do you take H-1B candidates? | Contact us", {}),
]

# Directory shorthand: an ordinal, "Int'l", "req." before a label's colon or unit, "cut score",
# "grad-year", "1st-pass", a "(Y/N)" label, a unit in the label's parentheses, day 1 of training.
DIRECTORY_SHORTHAND = [
    ("1st-attempt passes req.: no", {"first_attempt_required": False}),
    ("Int'l medical graduates (IMGs) | accepted", {"accepts_img": True}),
    ("Step 1 cut score = 225", {"step1_min": 225}),
    ("Grad-year limit \u00b7 6 yrs", {"yog_limit_years": 6}),
    ("USMLE: 1st-pass only", {"first_attempt_required": True}),
    ("Accept foreign grads (Y/N): N \u2014 U.S. schools only", {"accepts_img": False}),
    ("Hands-on USCE req. (months): \u2265 5", {"usce_required_months": 5}),
    ("ECFMG certificate: required by day one of residency", {"ecfmg_by": "start of residency"}),
    # near misses: a pass rate, a preferred figure, a cut score of another program
    ("Our 1st-pass board rate = 97%", {}),
    ("Hands-on USCE pref'd (months): \u2265 5", {}),
    ("Neighboring program's Step 1 cut score = 225", {}),
]

# "..., and while A, B": a clause opened by a subordinator inside the sentence ends at its comma,
# so a denial in it reaches nothing after (nor before).
INNER_SUBORDINATE = [
    (
        "Our interns have come from many countries, and although we do not file H-1B "
        "petitions, the J-1 remains open to them.",
        {"visa_j1": True, "visa_h1b": False},
    ),
    (
        "Several of our graduates trained abroad, and while we happily sponsor J-1 visas, "
        "H-1B sponsorship is not available here.",
        {"visa_j1": True, "visa_h1b": False},
    ),
    # near miss: the denial sits in the opened clause and reaches the visa it names only
    (
        "Applicants often ask about visas, and whereas we cannot offer the H-1B, we say so early.",
        {"visa_h1b": False},
    ),
]

# A hope is no requirement.
HOPES = [
    ("We hope applicants will have passed Step 2 CK before they interview.", {}),
    ("My wish is that every IMG applicant is ECFMG certified at the time they apply.", {}),
    ("I am hoping that you hold your ECFMG certificate by the rank order list deadline.", {}),
]

# A count noun's figure after a verb of holding steady: "stands at", "has held steady at".
STEADY_COUNTS = [
    (
        "While our region grows, the number of PGY-1 positions we offer each year stands at 7.",
        {"positions_per_year": 7},
    ),
    (
        "The number of categorical spots we match each year has remained steady at 3.",
        {"positions_per_year": 3},
    ),
    # near misses: a past figure, a count of interviews
    ("The number of PGY-1 positions we offer each year once stood at 5.", {}),
    ("The number of interviews we grant each year remains at 70.", {}),
]

GROUPS = {
    "steady_counts": STEADY_COUNTS,
    "separators": SEPARATORS,
    "directory_shorthand": DIRECTORY_SHORTHAND,
    "inner_subordinate": INNER_SUBORDINATE,
    "hopes": HOPES,
}

# A count over every year or class of the residency is its size, not a class.
STORED = {
    "whole_residency": [
        ("Counted across every class, we have 27 residents.", {"total_residents": 27}),
        ("Trainees, every level together: 33", {"total_residents": 33}),
        ("We train 19 residents when all classes are counted.", {"total_residents": 19}),
        # near miss: a class that joins each year
        ("Each year 6 residents join us.", {}),
    ],
}


(
    test_sentence_commits_the_program_to,
    test_sentence_states_a_stored_fact,
    test_no_sentence_here_is_the_nineteenth_sets_template,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = family_tests(independent19, GROUPS, STORED)
(_, _, test_no_sentence_here_is_the_twenty_first_sets_template, _) = family_tests(
    independent21, GROUPS, STORED
)
