"""Rule round 16: the twentieth and twenty-second sets' misses, each construction in phrasings of
our own, with traps.

Written for issue 11 after reading what ``demoweb/phrasings_independent20.py`` (application
instructions in the imperative and the second person) and ``demoweb/phrasings_independent22.py``
(residents' own informal pages) missed and misread after round 15. Each group is one
construction; its near misses must settle nothing (advice, pointers, another track's numbers).
Expected values come from what each sentence plainly commits the program to, never from the
extractor's output.
"""

from __future__ import annotations

from demoweb import phrasings_independent20 as independent20
from demoweb import phrasings_independent22 as independent22
from tests.facts_families import family_tests

# A condition on the applicant with a rejecting verdict: those it names are turned away, so what
# it names is the rule ("below N" a floor, "more than N years ago" a limit, a failure the
# first-attempt rule, a visa the applicant needs not sponsored); "unless" makes it the only way in.
CONDITION_REJECTS = [
    ("If your Step 1 score falls under 215, do not apply to us.", {"step1_min": 215}),
    (
        "If you scored below 228 on Step 2 CK, we cannot consider your application.",
        {"step2_min": 228},
    ),
    ("If your COMLEX Level 2-CE is lower than 480, please don't apply.", {"comlex_min": 480}),
    (
        "If you finished medical school more than six years ago, please do not apply.",
        {"yog_limit_years": 6},
    ),
    (
        "If you have failed any USMLE Step, please don't submit an application.",
        {"first_attempt_required": True},
    ),
    (
        "Unless you passed Step 1 and Step 2 CK on the first attempt, we will not review your "
        "file.",
        {"first_attempt_required": True},
    ),
    (
        "If you took more than one attempt to pass Step 2 CK, please do not apply.",
        {"first_attempt_required": "Step 2 CK only"},
    ),
    (
        "If you will need any kind of visa sponsorship, our program is unable to accept you.",
        {"visa_j1": False, "visa_h1b": False},
    ),
    (
        "If you have less than 4 months of clinical experience in the US, please hold off on "
        "applying.",
        {"usce_required_months": 4},
    ),
    # what follows the verdict stands (its second clause was read before round 16 too)
    (
        "If you have no hands-on clinical experience in the United States, please do not "
        "apply; USCE is mandatory.",
        {"usce_required_months": "required, duration not stated"},
    ),
    # near misses: a condition with a pointer or a question, no verdict on the applicant
    ("If you have questions about H-1B visas, email our coordinator.", {}),
    ("If your Step 2 CK score is not yet available, you can send it later.", {}),
    ("If you need a visa, contact the GME office for details.", {}),
]

# A condition with an admitting verdict, and a question the applicant asks of themself answered
# by a verdict: those it names may apply.
CONDITION_ADMITS = [
    (
        "If you passed Step 1 on a second attempt, you may still apply.",
        {"first_attempt_required": False},
    ),
    (
        "Trained at a medical school outside the US? You are welcome to apply.",
        {"accepts_img": True},
    ),
    ("Earned your degree abroad?: You can apply", {"accepts_img": True}),
    ("Earned your degree abroad?: Please don't apply", {"accepts_img": False}),
    ("Failed a Step once? You remain eligible.", {"first_attempt_required": False}),
    (
        "Graduated a long time ago? There is no limit, so you can still apply.",
        {"yog_limit_years": "none"},
    ),
    ("No clinical rotations in the US yet? You may still apply.", {"usce_required_months": 0}),
    # near misses: a question with a pointer, a question asked of the program
    ("Questions about the J-1? Email the coordinator.", {}),
    ("Do you accept graduates of foreign schools? Read our FAQ.", {}),
]

# A demand addressed to the applicant (you must / you'll need / make sure / an imperative of
# holding or passing) is a demand of every applicant.
DEMANDS = [
    ("You will need 5 months of hands-on US clinical time.", {"usce_required_months": 5}),
    ("Your US patient care time: 4 months or more", {"usce_required_months": 4}),
    ("Plan on needing 3 months of US patient care to be reviewed.", {"usce_required_months": 3}),
    # near misses: imperatives that are advice or invitations, not requirements
    ("Consider finishing your ECFMG certification before the interview season.", {}),
    ("Feel free to send us a note about your research in the US.", {}),
    ("Make sure to visit our website for updates on the J-1.", {}),
]

# A word that calls attention ("Tip:", "Heads up:", "Sorry, ...:") is no label: the sentence
# after it is read as a sentence.
PREAMBLES = [
    (
        "Heads up: applicants with fewer than 3 months of USCE are screened out.",
        {"usce_required_months": 3},
    ),
    (
        "Sorry, international grads: we only accept graduates of US medical schools.",
        {"accepts_img": False},
    ),
    # near misses: advice after "Tip:", a perk of those already certified
    ("Tip: applicants who already hold ECFMG certification find onboarding smoother.", {}),
    ("Heads up: our Step 2 CK average last year was 245.", {}),
]

# A count of another track with requirements of its own, and a count that goes on counting the
# preliminary positions the clause before named.
OTHER_TRACKS = [
    ("The preliminary track takes 7 interns and has its own criteria.", {}),
    (
        "Our class size ranges between 5 and 6 each year.",
        {"positions_per_year": "5-6"},
    ),
]

# Residents' informal words for a rule: a fair look is consideration, "zero" sponsorship is none,
# "J-1 or nothing" is the J-1 only, "that's not a problem" admits, a part of a sentence that
# counts a class is read apart from a part about the chiefs.
INFORMAL = [
    ("Our director says foreign grads get a serious look here.", {"accepts_img": True}),
    ("FYI: zero sponsorship for visas in this program.", {"visa_j1": False, "visa_h1b": False}),
    ("Word is it's H-1B or nothing at our place.", {"visa_j1": False, "visa_h1b": True}),
    ("If you haven't done any USCE, that's fine with our PD.", {"usce_required_months": 0}),
    (
        "Each June we take 7 new interns, and the chiefs run orientation.",
        {"positions_per_year": 7},
    ),
    ("FYI, no US rotations are needed before you apply here.", {"usce_required_months": 0}),
    (
        "Both the J-1 and the H-1B are on the table for our residents.",
        {"visa_j1": True, "visa_h1b": True},
    ),
    (
        "Our PD insists on ECFMG certification before intern year begins.",
        {"ecfmg_by": "start of residency"},
    ),
    # near misses: a look at something else, a chief's count, a hope
    ("Our chiefs get a full look at the schedule each year.", {}),
    ("Each June the chiefs take 2 new residents under their wing.", {}),
    ("We hope foreign grads get a fair review everywhere.", {}),
]

GROUPS = {
    "condition_rejects": CONDITION_REJECTS,
    "condition_admits": CONDITION_ADMITS,
    "demands": DEMANDS,
    "preambles": PREAMBLES,
    "other_tracks": OTHER_TRACKS,
    "informal": INFORMAL,
}

# The whole residency counted over every class is its size; a count after a clause on the
# preliminary positions counts them; letters a demand addressed to the applicant names.
STORED = {
    "whole_residency": [
        ("We have 24 residents if you count all the classes.", {"total_residents": 24}),
        ("Trainees on staff, all levels: 31", {"total_residents": 31}),
        # near miss: a class that starts each year
        ("Every class starts with 4 interns.", {}),
    ],
    "preliminary_continued": [
        (
            "We also match preliminary interns separately; there are 3 each year.",
            {"preliminary_positions": 3},
        ),
    ],
    "informal_stored": [
        (
            "Besides the categorical spots, we match 3 prelims every year.",
            {"preliminary_positions": 3},
        ),
        ("Two of your LORs must be from docs working in the US.", {"us_letters_required": True}),
        (
            "GME will not process a file without a letter from a US physician.",
            {"us_letters_required": True},
        ),
        # near miss: a file processed, no letter named
        ("We process your file within two weeks.", {}),
    ],
    "letters_addressed": [
        (
            "Please ensure that a physician practicing in the US writes two of your letters.",
            {"us_letters_required": True},
        ),
        # near miss: an invitation, not a demand
        ("Feel free to add a letter from a physician in the US.", {}),
    ],
}


(
    test_sentence_commits_the_program_to,
    test_sentence_states_a_stored_fact,
    test_no_sentence_here_is_the_twentieth_sets_template,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = family_tests(independent20, GROUPS, STORED)
(_, _, test_no_sentence_here_is_the_twenty_second_sets_template, _) = family_tests(
    independent22, GROUPS, STORED
)
