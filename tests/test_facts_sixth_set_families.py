"""The constructions the sixth blind set's misses showed, each in phrasings of our own, with traps.

Written for issue 11 after reading the misses of ``demoweb/phrasings_independent6.py`` (now
development material): each group below is one construction, worded here by hand the way a real
program page might put it, with near misses that must settle nothing (preferences, averages of
past residents, another program's numbers, questions). Expected values come from what each
sentence plainly commits the program to, never from the extractor's output; a test below checks
that no sentence here is one of that set's templates filled in.
"""

from __future__ import annotations

from demoweb import phrasings_independent6 as independent6
from tests.facts_families import family_tests

# Graduates of U.S. or osteopathic schools named as the group a score rule is for: a condition
# on them, not a rule that only they may apply (IMGs are not thereby excluded).
A_SCORE_RULE_FOR_US_GRADUATES = [
    (
        "Osteopathic graduates must have a COMLEX Level 2-CE score of at least 450.",
        {"comlex_min": 450},
    ),
    (
        "For osteopathic applicants, we require a COMLEX Level 2 score of 500 or higher.",
        {"comlex_min": 500},
    ),
    ("Our COMLEX threshold for osteopathic graduates is 470.", {"comlex_min": 470}),
    ("For U.S. graduates, ECFMG certification is not needed.", {}),
    # still a rule that only U.S. graduates may apply
    (
        "Only graduates of LCME-accredited U.S. medical schools are eligible.",
        {"accepts_img": False},
    ),
    ("We only accept graduates of U.S. and Canadian medical schools.", {"accepts_img": False}),
    (
        "Applicants must be graduates of U.S. allopathic or osteopathic schools.",
        {"accepts_img": False},
    ),
]

# A program placed elsewhere ("in our region", "at our sister hospital", "not part of our
# program"): its numbers and rules are not this program's.
A_PROGRAM_ELSEWHERE = [
    ("The largest residency in our state matches 14 interns each year.", {}),
    ("The pediatrics residency at our partner hospital sponsors H-1B visas.", {}),
    ("The surgery program at our affiliated hospital requires 6 months of USCE.", {}),
    (
        "The psychiatry residency, which is not part of our program, takes 7 residents per year.",
        {},
    ),
    ("Another program in our city requires a Step 2 CK score of 240.", {}),
    (
        "The rehabilitation residency, separate from our program, requires a Step 1 score of 220.",
        {},
    ),
    ("The oncology fellowship at our affiliate campus sponsors the J-1 visa.", {}),
    ("Programs in the region usually accept 5 residents each year.", {}),
    # our own program, compared with or placed among others
    (
        "We are the largest program in our region, with 9 residents per year.",
        {"positions_per_year": 9},
    ),
    (
        "Our program, the biggest in the state, matches 12 residents annually.",
        {"positions_per_year": 12},
    ),
    ("We are the only residency in our region that sponsors the H-1B.", {"visa_h1b": True}),
    (
        "Our program is separate from the university hospital and sponsors J-1 visas.",
        {"visa_j1": True},
    ),
    (
        "Residents rotate at our sister hospital and we match 4 residents per year.",
        {"positions_per_year": 4},
    ),
]

# A first-attempt pass said as the first (or initial) sitting, try or attempt.
FIRST_SITTING = [
    ("Every USMLE Step must be passed on the first sitting.", {"first_attempt_required": True}),
    (
        "Step 1 must have been passed at the initial attempt.",
        {"first_attempt_required": "Step 1 only"},
    ),
    (
        "COMLEX Level 2-CE needs to be passed at the first sitting.",
        {"first_attempt_required": "COMLEX only"},
    ),
    (
        "Board exams passed only on a second sitting are not accepted; all must be passed at "
        "the first sitting.",
        {"first_attempt_required": True},
    ),
    ("Passing Step 2 CK at the first sitting is not required.", {"first_attempt_required": False}),
    # near misses: a preference, what residents did, a question
    ("Applicants who passed on their first sitting are preferred.", {}),
    ("Most of our residents passed every exam on the first sitting.", {}),
    ("Did you pass Step 1 on the first sitting?", {}),
]

# A count after a collective noun and its verb: "our resident complement is 18", "our intern
# complement is 6" (a first-year complement is the class).
COMPLEMENT_IS = [
    ("Our intern complement is 6.", {"positions_per_year": 6}),
    ("Our annual complement of categorical residents is 4.", {"positions_per_year": 4}),
    ("PGY-1 complement: 5", {"positions_per_year": 5}),
    # near misses: faculty, an average, a change, a question
    ("Our complement of faculty is 40.", {}),
    ("The national average complement is 25 residents.", {}),
    ("Our resident complement grew to 20 last year.", {}),
    ("How large is the intern complement?", {}),
]
COMPLEMENT_IS_STORED = [
    ("Our resident complement is 18.", {"total_residents": 18}),
    ("Overall, the residency's complement is 27.", {"total_residents": 27}),
    ("Our preliminary complement is 3 each year.", {"preliminary_positions": 3}),
    ("The complement of preliminary interns is 2.", {"preliminary_positions": 2}),
    ("Our complement of faculty is 40.", {}),
    ("The national average complement is 25 residents.", {}),
]

# U.S. clinical experience said as patient care or work in a U.S. setting, or "U.S.-based".
USCE_IN_A_US_SETTING = [
    (
        "Applicants need at least 3 months of patient care experience in a U.S. hospital.",
        {"usce_required_months": 3},
    ),
    (
        "A minimum of two months of U.S.-based clinical rotations is required.",
        {"usce_required_months": 2},
    ),
    (
        "We require six months of hands-on work in a U.S. clinical setting.",
        {"usce_required_months": 6},
    ),
    (
        "Direct patient care in a U.S. hospital is required.",
        {"usce_required_months": "required, duration not stated"},
    ),
    ("U.S.-based clinical experience is not required.", {"usce_required_months": 0}),
    # near misses: a preference, encouragement, an average
    ("Patient care experience in a U.S. hospital is preferred.", {}),
    ("Clinical rotations in a U.S. setting strengthen an application.", {}),
    ("Our residents average 5 months of U.S.-based clinical experience before matching.", {}),
    ("Is work in a U.S. clinical setting required?", {}),
]

# Graduation year: "we do not restrict ... by year of graduation" sets no limit.
NO_RESTRICTION_BY_GRADUATION = [
    ("We do not restrict eligibility by graduation year.", {"yog_limit_years": "none"}),
    (
        "The program does not restrict applications based on when the candidate graduated.",
        {"yog_limit_years": "none"},
    ),
    ("Applicants are not restricted by their year of graduation.", {"yog_limit_years": "none"}),
    (
        "We restrict applicants to those who graduated within 4 years.",
        {"yog_limit_years": 4},
    ),
    # near misses: another program, a question, a preference
    ("Other programs restrict applicants by year of graduation.", {}),
    ("Do you restrict applicants by year of graduation?", {}),
    # the preference after "but" leaves the denial standing
    (
        "We do not restrict by year of graduation, but recent graduates are preferred.",
        {"yog_limit_years": "none"},
    ),
]

# Letters from U.S.-based physicians, supervisors, preceptors or attendings.
US_LETTERS_BY_ROLE = [
    ("At least two letters must come from U.S.-based physicians.", {"us_letters_required": True}),
    ("A letter from your U.S. preceptor is required.", {"us_letters_required": True}),
    (
        "Applicants are required to include a letter from an American attending.",
        {"us_letters_required": True},
    ),
    (
        "One of the letters must be written by a U.S. clinical supervisor.",
        {"us_letters_required": True},
    ),
    # near misses: preference, value, a question
    ("Letters from U.S.-based physicians are preferred.", {}),
    ("We value letters from U.S. clinical supervisors.", {}),
    ("Do I need a letter from a U.S. supervisor?", {}),
]

# A second look: the constructions above in still other words, written after their rules and
# run once (the count of those that held is in the commit message).
SECOND_LOOK = [
    ("The biggest residency program in the county takes 16 interns every year.", {}),
    ("Residencies across the state sponsor H-1B visas more often than before.", {}),
    (
        "We are one of two programs in the state that accept international medical graduates.",
        {"accepts_img": True},
    ),
    ("The family medicine program at our partner site requires ECFMG certification.", {}),
    (
        "All USMLE examinations must be passed at the first sitting.",
        {"first_attempt_required": True},
    ),
    ("Step 2 CK must be passed on the initial try.", {"first_attempt_required": "Step 2 CK only"}),
    ("Our matched class passed Step 1 at the first sitting.", {}),
    ("Our PGY-1 complement is 9 categorical residents.", {"positions_per_year": 9}),
    ("Our yearly complement is 3.", {"positions_per_year": 3}),
    ("The average intern complement nationally is 10.", {}),
    (
        "Applicants must have 2 months of experience in an American clinical setting.",
        {"usce_required_months": 2},
    ),
    (
        "Hands-on patient care at a U.S. teaching hospital is mandatory.",
        {"usce_required_months": "required, duration not stated"},
    ),
    ("Experience in a U.S. clinical setting is advantageous.", {}),
    ("We never restrict candidates by the year they graduated.", {"yog_limit_years": "none"}),
    ("Our program does not restrict applicants by Step 2 CK score.", {"step2_min": "none"}),
    (
        "Osteopathic applicants must be graduates of COCA-accredited schools and score 450 or "
        "higher on COMLEX Level 2-CE.",
        {"comlex_min": 450},
    ),
]
SECOND_LOOK_STORED = [
    (
        "Letters of recommendation must include one from a US-based attending.",
        {"us_letters_required": True},
    ),
    ("A letter from a U.S. preceptor is nice to have.", {}),
    ("The residency's complement is 21 across all three years.", {"total_residents": 21}),
]

GROUPS = {
    "a-score-rule-for-us-graduates": A_SCORE_RULE_FOR_US_GRADUATES,
    "a-program-elsewhere": A_PROGRAM_ELSEWHERE,
    "first-sitting": FIRST_SITTING,
    "complement-is": COMPLEMENT_IS,
    "usce-in-a-us-setting": USCE_IN_A_US_SETTING,
    "no-restriction-by-graduation": NO_RESTRICTION_BY_GRADUATION,
    "second-look": SECOND_LOOK,
}
STORED = {
    "complement-is": COMPLEMENT_IS_STORED,
    "us-letters-by-role": US_LETTERS_BY_ROLE,
    "second-look": SECOND_LOOK_STORED,
}


(
    test_sentence_commits_the_program_to,
    test_sentence_states_a_stored_fact,
    test_no_sentence_here_is_the_blind_sets_template,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = family_tests(independent6, GROUPS, STORED)
