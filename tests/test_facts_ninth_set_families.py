"""The constructions the ninth blind set's misses showed, each in phrasings of our own, with traps.

Written for issue 11 after reading the misses of ``demoweb/phrasings_independent9.py`` (now
development material): each group below is one construction, worded here by hand the way a real
program page might put it, with near misses that must settle nothing (preferences, averages of
past residents, another program's numbers, questions). Expected values come from what each
sentence plainly commits the program to, never from the extractor's output; a test below checks
that no sentence here is one of that set's templates filled in.
"""

from __future__ import annotations

from demoweb import phrasings_independent9 as independent9
from tests.facts_families import family_tests

# A "cut-off" spelt with a hyphen is a cutoff: a floor on a score, a limit on the graduation
# year, and "no cut-off" is none.
HYPHENATED_CUTOFF = [
    ("We apply a Step 2 CK cut-off of 230.", {"step2_min": 230}),
    ("There is no cut-off on COMLEX Level 2-CE scores.", {"comlex_min": "none"}),
    ("We do not use a Step 1 cut-off.", {"step1_min": "none"}),
    ("Cut-offs: Step 1 of 215, Step 2 CK of 232.", {"step1_min": 215, "step2_min": 232}),
    ("No cut-off is set on how long ago you graduated.", {"yog_limit_years": "none"}),
    ("Our cut-off for years since graduation is five years.", {"yog_limit_years": 5}),
    # near misses: a question, an average, another program
    ("Is there a Step 2 CK cut-off?", {}),
    ("Last year's interviewees averaged 245 on Step 2 CK, well above any cut-off.", {}),
    ("Our sister program uses a Step 1 cut-off of 220.", {}),
]

# A certificate needed "in time to" reach a stage is due by that stage.
ECFMG_IN_TIME_TO = [
    (
        "Foreign graduates need their ECFMG certificate in time to be placed on the rank list.",
        {"ecfmg_by": "rank order list deadline"},
    ),
    (
        "ECFMG certification has to be finished in time to begin residency on July 1.",
        {"ecfmg_by": "start of residency"},
    ),
    ("IMGs must be ECFMG certified in time to be interviewed.", {"ecfmg_by": "interview"}),
    # near misses: what past residents did, a question
    ("Most of our IMG residents were ECFMG certified in time to be ranked.", {}),
    ("Can I get ECFMG certified in time to be ranked?", {}),
]

# The lowest result a program accepts, stated as a percentile, is a relative floor.
LOWEST_ACCEPTED_PERCENTILE = [
    (
        "The lowest Step 1 result we will accept is the 25th percentile.",
        {"step1_min": "25th percentile"},
    ),
    (
        "The lowest COMLEX Level 2-CE score we consider is the 30th percentile.",
        {"comlex_min": "30th percentile"},
    ),
    # near misses: the lowest of past residents, a question
    ("The lowest Step 2 CK score among last year's interns was at the 40th percentile.", {}),
    ("What is the lowest Step 2 CK percentile you accept?", {}),
]

# An "allotment" (or "allocation") of positions counts them, as "the number of" does.
ALLOTMENT_OF_POSITIONS = [
    ("Our annual allocation of categorical positions is 4.", {"positions_per_year": 4}),
    # near misses: another program, a question, a process with no count
    ("Our sister program's annual allotment of categorical positions is 6.", {}),
    ("What is the yearly allocation of categorical positions?", {}),
]
ALLOTMENT_OF_POSITIONS_STORED = [
    ("Each year our allotment of preliminary positions is 2.", {"preliminary_positions": 2}),
    # near misses: another program, a question, a process with no count
    ("Our sister program's allotment of preliminary positions is 4.", {}),
    ("What is the allotment of preliminary positions?", {}),
    ("The allocation of preliminary positions is decided each spring.", {}),
]

# A research track named with a hyphen ("a research-track position") is a research track.
HYPHENATED_RESEARCH_TRACK = [
    (
        "A research-track position is offered through a separate NRMP code.",
        {"research_track": True},
    ),
    ("We have no research-track positions.", {"research_track": False}),
    ("Residents on our investigator-track spend a year in the lab.", {"research_track": True}),
    # near misses: a question, another program
    ("Is there a research-track option?", {}),
    ("Our sister program offers a research-track position.", {}),
]

GROUPS = {
    "hyphenated-cutoff": HYPHENATED_CUTOFF,
    "ecfmg-in-time-to": ECFMG_IN_TIME_TO,
    "lowest-accepted-percentile": LOWEST_ACCEPTED_PERCENTILE,
    "allotment-of-positions": ALLOTMENT_OF_POSITIONS,
}
STORED = {
    "allotment-of-positions": ALLOTMENT_OF_POSITIONS_STORED,
    "hyphenated-research-track": HYPHENATED_RESEARCH_TRACK,
}


(
    test_sentence_commits_the_program_to,
    test_sentence_states_a_stored_fact,
    test_no_sentence_here_is_the_blind_sets_template,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = family_tests(independent9, GROUPS, STORED)
