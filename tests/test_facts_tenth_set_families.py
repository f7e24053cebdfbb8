"""The constructions the tenth blind set's misses showed, each in phrasings of our own, with traps.

Written for issue 11 after reading the misses of ``demoweb/phrasings_independent10.py`` (now
development material): each group below is one construction, worded here by hand the way a real
program page might put it, with near misses that must settle nothing (preferences, averages of
past residents, another program's numbers, questions). Expected values come from what each
sentence plainly commits the program to, never from the extractor's output; a test below checks
that no sentence here is one of that set's templates filled in.
"""

from __future__ import annotations

from demoweb import phrasings_independent10 as independent10
from tests.facts_families import family_tests

# A window counted from "graduating from" school is a graduation-year limit; not being excluded
# "based on" when one graduated is no limit.
GRADUATING_FROM = [
    (
        "You should be no more than 4 years out from graduating from medical school.",
        {"yog_limit_years": 4},
    ),
    (
        "Candidates need to be within six years of graduating from their MD program.",
        {"yog_limit_years": 6},
    ),
    ("No applicant is screened out based on the year they graduated.", {"yog_limit_years": "none"}),
    ("We do not disqualify anyone based on when they graduated.", {"yog_limit_years": "none"}),
    # near misses: past residents, a question, another program
    ("Most of our interns applied within two years of graduating from medical school.", {}),
    ("Do I need to be within 5 years of graduating from medical school?", {}),
    ("Our sister program takes only those within 3 years of graduating from school.", {}),
]

# "S2CK" (and "Step 2CK" run together) is Step 2 CK; a score floor a program does not set is
# none.
S2CK_AND_SCORE_FLOOR = [
    ("S2CK minimum: 228.", {"step2_min": 228}),
    (
        "A minimum S2 CK result at the 15th percentile is required.",
        {"step2_min": "15th percentile"},
    ),
    ("We have not set any Step 1 score floor.", {"step1_min": "none"}),
    ("No set COMLEX Level 2 score floor applies.", {"comlex_min": "none"}),
    # near misses: an average, a preference, a question
    ("Our residents averaged 247 on S2CK.", {}),
    ("An S2CK score above 235 is preferred.", {}),
    ("Is there a minimum S2CK score?", {}),
]

# A group named by its failure ("those who failed ... on the first attempt") and the verdict on
# it: rejected is a first-attempt rule, still considered is none.
WHO_FAILED_ON_FIRST_ATTEMPT = [
    (
        "Applicants who failed Step 1 on their first attempt are not eligible.",
        {"first_attempt_required": "Step 1 only"},
    ),
    (
        "Anyone that failed a USMLE exam at the first sitting will not be considered.",
        {"first_attempt_required": True},
    ),
    (
        "Graduates who failed COMLEX Level 1 on the first try are still considered.",
        {"first_attempt_required": False},
    ),
    # near misses: what such residents receive, a preference, a question
    ("Residents who failed Step 1 on their first attempt receive board tutoring.", {}),
    ("We prefer applicants who did not fail on the first attempt.", {}),
    ("Are candidates who failed Step 2 CK on the first attempt reviewed?", {}),
]

# Appointment on a visa is sponsorship of it, and "but not on" the other visa denies it.
APPOINTED_ON_A_VISA = [
    (
        "International residents are appointed on an H-1B visa.",
        {"visa_h1b": True},
    ),
    (
        "Residents can be hired on a J-1 but not on an H-1B.",
        {"visa_j1": True, "visa_h1b": False},
    ),
    ("We do not appoint residents on H-1B visas.", {"visa_h1b": False}),
    # near misses: a question, a preference, another program
    ("Can residents be appointed on an H-1B?", {}),
    ("Our sister fellowship appoints its fellows on an H-1B.", {}),
]

# A group named by what it lacks ("candidates lacking ...") and the verdict on it: turned away
# is a requirement, still considered is none.
LACKING_GROUP = [
    (
        "Applicants lacking at least 3 months of hands-on US clinical experience are not considered.",
        {"usce_required_months": 3},
    ),
    (
        "Those who lack US clinical experience will not be offered an interview.",
        {"usce_required_months": "required, duration not stated"},
    ),
    ("Applicants lacking USCE are still considered.", {"usce_required_months": 0}),
    (
        "Candidates who lack an MD or DO from a US medical school are ineligible.",
        {"accepts_img": False},
    ),
    # near misses: a preference, past residents, a question, what such applicants are offered
    ("Applicants lacking US clinical experience are encouraged to arrange an observership.", {}),
    ("Few of our residents lacked USCE when they matched.", {}),
    ("Will candidates lacking US clinical experience be considered?", {}),
]

# "No minimum amount (length) of USCE is required" requires none; a duration left unspecified
# says nothing of whether.
NO_MINIMUM_AMOUNT_REQUIRED = [
    (
        "There is no minimum length of US clinical experience needed to apply.",
        {"usce_required_months": 0},
    ),
    ("No minimum amount of USCE is necessary.", {"usce_required_months": 0}),
    # near misses: a duration not given, a preference, a question
    ("The minimum duration of USCE is not specified.", {}),
    ("No minimum amount of USCE is set, though more is preferred.", {}),
    ("Is a minimum amount of US clinical experience required?", {}),
]

# A row answering how many attempts are allowed with "more than one" allows a repeat.
ROW_MORE_THAN_ONE_ATTEMPT = [
    ("USMLE attempts permitted: more than one", {"first_attempt_required": False}),
    ("Exam attempts allowed: multiple attempts considered", {"first_attempt_required": False}),
    # near misses: a denial in the row, a question
    ("USMLE attempts allowed: more than one not accepted", {}),
    ("How many exam attempts are allowed: more than one?", {}),
]

# Physicians "licensed in the United States" are U.S. physicians; a research "-intensive" (or
# "-focused") track is a research track.
LICENSED_IN_THE_US = [
    (
        "At least one recommendation letter must be written by a physician licensed in the US.",
        {"us_letters_required": True},
    ),
    # near misses: a preference, a question
    ("Letters from doctors licensed in the United States are preferred.", {}),
    ("Must letters come from physicians licensed in the US?", {}),
]
RESEARCH_INTENSIVE_TRACK = [
    ("We offer a research-focused track with a protected lab year.", {"research_track": True}),
    ("There is no research intensive track at this time.", {"research_track": False}),
    # near misses: a question, another program
    ("Do you offer a research-intensive track?", {}),
    ("Our sister program runs a research-oriented track.", {}),
]

# A rule described as dropped ("we eliminated the requirement", "the cutoff was lifted") is not
# the policy now, which it does not settle; a rule stated beside it still stands.
DROPPED_RULE = [
    (
        "The Step 1 cutoff was dropped; a Step 2 CK score of at least 230 is required.",
        {"step2_min": 230},
    ),
    # near misses: each rule described as dropped
    ("We eliminated our rule that applicants be within 4 years of graduating from school.", {}),
    ("The requirement of two months of US clinical experience has been rescinded.", {}),
    ("Our Step 2 CK floor of 220 was lifted last year.", {}),
    ("The program abolished its policy of appointing residents on H-1B visas.", {}),
]

GROUPS = {
    "graduating-from": GRADUATING_FROM,
    "s2ck-and-score-floor": S2CK_AND_SCORE_FLOOR,
    "who-failed-on-first-attempt": WHO_FAILED_ON_FIRST_ATTEMPT,
    "appointed-on-a-visa": APPOINTED_ON_A_VISA,
    "lacking-group": LACKING_GROUP,
    "no-minimum-amount-required": NO_MINIMUM_AMOUNT_REQUIRED,
    "row-more-than-one-attempt": ROW_MORE_THAN_ONE_ATTEMPT,
    "dropped-rule": DROPPED_RULE,
}
STORED = {
    "licensed-in-the-us": LICENSED_IN_THE_US,
    "research-intensive-track": RESEARCH_INTENSIVE_TRACK,
}


(
    test_sentence_commits_the_program_to,
    test_sentence_states_a_stored_fact,
    test_no_sentence_here_is_the_blind_sets_template,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = family_tests(independent10, GROUPS, STORED)
