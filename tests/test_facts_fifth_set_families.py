"""The constructions the fifth blind set's misses showed, each in phrasings of our own, with traps.

Written for issue 11 after reading the misses of ``demoweb/phrasings_independent5.py`` (now
development material): each group below is one construction, worded here by hand the way a real
program page might put it, with near misses that must settle nothing (preferences, averages of
past residents, another program's rule, questions, variation by department). Expected values
come from what each sentence plainly commits the program to, never from the extractor's output;
a test below checks that no sentence here is one of that set's templates filled in.
"""

from __future__ import annotations

from demoweb import phrasings_independent5 as independent5
from tests.facts_families import family_tests

BOTH = {"visa_j1": True, "visa_h1b": True}

# An exam named after "regardless of" / "irrespective of" with a verb that admits applicants:
# there is no floor on that exam.
REGARDLESS_OF_A_SCORE = [
    (
        "We invite applicants to interview irrespective of their Step 1 score.",
        {"step1_min": "none"},
    ),
    ("Candidates are reviewed regardless of USMLE Step 2 CK results.", {"step2_min": "none"}),
    (
        "Osteopathic candidates are welcome to apply irrespective of their COMLEX Level 2 score.",
        {"comlex_min": "none"},
    ),
    (
        "All applications are read regardless of Step 1 and Step 2 CK scores.",
        {"step1_min": "none", "step2_min": "none"},
    ),
    (
        "Applicants are considered regardless of Step 1 score, but Step 2 CK must be at least 225.",
        {"step1_min": "none", "step2_min": 225},
    ),
    # a graduation window beside it is not "regardless" of graduation
    (
        "Applicants who graduated within the last 5 years are considered regardless of Step 1 "
        "score.",
        {"step1_min": "none", "yog_limit_years": 5},
    ),
    (
        "We consider applicants regardless of how long ago they graduated.",
        {"yog_limit_years": "none"},
    ),
    # near misses: advice, what residents did, another program, a question
    ("Regardless of your Step 1 score, we recommend a Step 2 CK above 240.", {}),
    ("Our residents matched here regardless of their Step 1 scores.", {}),
    ("The sister pediatrics program considers applicants regardless of Step 2 CK score.", {}),
    ("Is every applicant considered regardless of Step 2 CK score?", {}),
]

# A row whose label names the lowest score accepted: its value is the floor, "No floor" is none.
LOWEST_SCORE_ACCEPTED = [
    ("Lowest acceptable Step 1 score: 214", {"step1_min": 214}),
    ("Lowest COMLEX Level 2 score we consider: 460", {"comlex_min": 460}),
    ("Step 2 CK, lowest score considered: 228", {"step2_min": 228}),
    ("Lowest Step 1 score considered: None", {"step1_min": "none"}),
    ("Lowest COMLEX Level 2-CE score allowed: no floor", {"comlex_min": "none"}),
    ("Step 2 CK floor: none", {"step2_min": "none"}),
    ("There is no Step 1 floor.", {"step1_min": "none"}),
    (
        "No COMLEX floor applies, but Step 2 CK must be 220 or higher.",
        {"comlex_min": "none", "step2_min": 220},
    ),
    # near misses: the lowest score of residents, of a match, of another program
    ("Lowest Step 2 CK score among current residents: 231", {}),
    ("Lowest Step 1 score we matched last year: 209", {}),
    ("Scores below our Step 2 CK floor are not considered.", {}),
    ("The lowest Step 2 CK score accepted by our sister program is 215.", {}),
]

# A score followed by the exam it belongs to in brackets: "218 (Step 1)".
SCORE_THEN_EXAM_IN_BRACKETS = [
    ("Score minimums are 218 (Step 1), 226 (Step 2 CK).", {"step1_min": 218, "step2_min": 226}),
    (
        "We require at least 220 (USMLE Step 1) and 232 (Step 2 CK).",
        {"step1_min": 220, "step2_min": 232},
    ),
    (
        "Cutoffs: 470 (COMLEX Level 2-CE) and 225 (Step 2 CK)",
        {"comlex_min": 470, "step2_min": 225},
    ),
    ("A minimum score of 221 (Step 2 CK) is required.", {"step2_min": 221}),
    # near misses: averages and past residents' scores
    ("Our interns averaged 241 (Step 2 CK) and 228 (Step 1).", {}),
    ("Last year's matched residents scored 236 (Step 2 CK).", {}),
]

# "as of" names the stage an ECFMG certificate is due by.
ECFMG_AS_OF = [
    (
        "ECFMG certification must be in place as of the ERAS submission date.",
        {"ecfmg_by": "time of application"},
    ),
    (
        "Applicants need a valid ECFMG certificate as of their interview day.",
        {"ecfmg_by": "interview"},
    ),
    (
        "Candidates must be ECFMG certified as of the rank list certification deadline.",
        {"ecfmg_by": "rank order list deadline"},
    ),
    (
        "An ECFMG certificate is required as of the July 1 start of training.",
        {"ecfmg_by": "start of residency"},
    ),
    # near misses: a preference, what most residents did
    ("As of 2025, ECFMG certification before interviews is preferred.", {}),
    ("As of this year, most of our residents were ECFMG certified before the interview.", {}),
]

# An application named as a moment ("by the time they apply") accepts no one: only the
# certificate's deadline is stated.
APPLYING_AS_A_TIME = [
    (
        "IMGs must hold ECFMG certification by the time they apply.",
        {"ecfmg_by": "time of application"},
    ),
    (
        "International graduates need the ECFMG certificate when you apply.",
        {"ecfmg_by": "time of application"},
    ),
    (
        "Foreign medical graduates must be ECFMG certified before they apply through ERAS.",
        {"ecfmg_by": "time of application"},
    ),
    # still acceptances: IMGs who may apply, an acceptance beside the moment
    ("IMGs may apply through ERAS.", {"accepts_img": True}),
    ("IMGs who apply through ERAS are reviewed.", {"accepts_img": True}),
    ("International medical graduates are encouraged to apply.", {"accepts_img": True}),
]

# A first-attempt pass stated together with "no failures": the "no" is part of the requirement.
FIRST_ATTEMPT_WITH_NO_FAILURES = [
    (
        "USMLE Step 2 CK must be passed in one sitting with no failures.",
        {"first_attempt_required": "Step 2 CK only"},
    ),
    (
        "Step 1 must be passed on the first try, without any failed attempts.",
        {"first_attempt_required": "Step 1 only"},
    ),
    (
        "All USMLE Steps must be passed on the first attempt, with no failures on record.",
        {"first_attempt_required": True},
    ),
    (
        "We require a first-time pass on every Step and no failed attempts of any kind.",
        {"first_attempt_required": True},
    ),
    # near misses: first attempts not required, failures allowed
    (
        "A first-attempt pass is not required; applicants with prior failures may apply.",
        {"first_attempt_required": False},
    ),
    (
        "Passing on the first attempt is not required, and prior failures are not held against you.",
        {"first_attempt_required": False},
    ),
]

# "The number of <positions> ... is N": the count comes after the noun it counts.
NUMBER_OF_POSITIONS_IS = [
    ("The number of categorical positions offered each year is four.", {"positions_per_year": 4}),
    ("The number of interns we take per year is 6.", {"positions_per_year": 6}),
    ("The number of residents we match annually is 3.", {"positions_per_year": 3}),
    # near misses: interviews, activities, a change, another program
    ("The number of applicants we interview each year is 40.", {}),
    ("The number of residents who present at national meetings each year is 5.", {}),
    ("The number of positions per year will increase to 6.", {}),
    ("The number of residents per year in our sister program is 9.", {}),
]
NUMBER_OF_POSITIONS_IS_STORED = [
    (
        "The number of preliminary surgery positions available annually is two.",
        {"preliminary_positions": 2},
    ),
    ("The number of preliminary positions per year is 3.", {"preliminary_positions": 3}),
]

# Letters from U.S. physicians with a word between ("U.S. academic physicians") or described by
# where they practise ("physicians who work in the U.S.").
US_LETTERS = [
    (
        "Two letters must be written by U.S. academic physicians.",
        {"us_letters_required": True},
    ),
    (
        "We require at least one letter from a board-certified U.S. physician.",
        {"us_letters_required": True},
    ),
    ("Letters must come from doctors who work in the U.S.", {"us_letters_required": True}),
    (
        "Letters of recommendation are required from physicians who practise in the USA.",
        {"us_letters_required": True},
    ),
    # near misses: preferences and weight
    ("Letters from U.S. teaching faculty are preferred.", {}),
    ("Letters from physicians who practice in the United States carry weight with us.", {}),
]

# Two visas offered, the choice between them "depending on the applicant": both sponsored.
VISA_BY_APPLICANT = [
    ("We sponsor J-1 or H-1B visas, depending on each resident's eligibility.", BOTH),
    (
        "Either a J-1 or an H-1B can be sponsored, depending on the candidate's qualifications.",
        BOTH,
    ),
    (
        "The program files H-1B petitions or supports J-1 visas depending on the applicant's "
        "circumstances.",
        BOTH,
    ),
    # near misses: the program's own policy varies, a question
    ("Visa sponsorship varies depending on departmental funding.", {}),
    ("H-1B sponsorship is decided each year depending on funding.", {}),
    ("Do you sponsor J-1 or H-1B visas depending on the applicant's eligibility?", {}),
]

# Applicants who need a visa "must train on" one: that visa is sponsored.
MUST_TRAIN_ON_A_VISA = [
    ("Residents who require visa sponsorship must come on a J-1.", {"visa_j1": True}),
    ("Non-citizen residents are required to train on an H-1B visa.", {"visa_h1b": True}),
    (
        "Foreign nationals must train on a J-1 visa; the H-1B is not sponsored.",
        {"visa_j1": True, "visa_h1b": False},
    ),
    # near misses: what J-1 residents must do, another program, a question
    ("Residents on a J-1 must return home for two years after training.", {}),
    ("Many programs require IMGs to train on a J-1.", {}),
    ("Must residents train on a J-1 visa?", {}),
]

# Graduation said as finishing medical school; a row's limit denied in words.
FINISHED_MEDICAL_SCHOOL = [
    (
        "Applicants must have completed medical school within the past 4 years.",
        {"yog_limit_years": 4},
    ),
    (
        "Candidates who finished medical school more than 7 years ago are not eligible.",
        {"yog_limit_years": 7},
    ),
    (
        "Only applicants who completed their MD within the last three years are considered.",
        {"yog_limit_years": 3},
    ),
    (
        "Candidates who earned their MD within the past six years are eligible.",
        {"yog_limit_years": 6},
    ),
    ("Graduation year limit: Not restricted", {"yog_limit_years": "none"}),
    ("Time since graduation: Unrestricted", {"yog_limit_years": "none"}),
    # near misses: what residents did, a preference, the residency's own length
    ("Most of our residents completed medical school within the last two years.", {}),
    ("Applicants who finished medical school in the last five years are preferred.", {}),
    ("Residents finish the program in three years.", {}),
    ("Applicants must have completed medical rotations in the past 2 years.", {}),
]

# A second look: the constructions above in still other words, written after their rules and
# run once (31 of 32 held; the miss, an opening "As of the date of the interview, ..." read as
# a subordinate clause, is fixed).
SECOND_LOOK = [
    (
        "Interview invitations are extended irrespective of COMLEX performance.",
        {"comlex_min": "none"},
    ),
    (
        "We review every application regardless of the applicant's USMLE Step 1 result.",
        {"step1_min": "none"},
    ),
    (
        "Applicants are welcome regardless of Step 2 CK score; however, a passing Step 1 is "
        "required.",
        {"step2_min": "none"},
    ),
    (
        "Regardless of Step 1 score, applicants must score at least 230 on Step 2 CK.",
        {"step2_min": 230},
    ),
    ("Applicants with low Step 1 scores are considered regardless, if Step 2 CK is strong.", {}),
    ("Residents here passed their boards regardless of their Step 1 score.", {}),
    ("Lowest accepted USMLE Step 2 CK: 222", {"step2_min": 222}),
    ("The lowest Step 1 score we will consider is 208.", {"step1_min": 208}),
    ("Our lowest-scoring resident had a Step 2 CK of 219.", {}),
    ("The lowest Step 2 CK score among applicants we interviewed was 224.", {}),
    ("Minimums: 215 (Step 1) / 225 (Step 2 CK)", {"step1_min": 215, "step2_min": 225}),
    ("We need a score of at least 230 (USMLE Step 2 CK).", {"step2_min": 230}),
    ("Median scores were 232 (Step 1) and 245 (Step 2 CK).", {}),
    (
        "As of the date of the interview, applicants must hold ECFMG certification.",
        {"ecfmg_by": "interview"},
    ),
    (
        "ECFMG certification is required as of the day training begins.",
        {"ecfmg_by": "start of residency"},
    ),
    ("As of 2027, we no longer sponsor H-1B visas.", {"visa_h1b": False}),
    (
        "Step 2 CK must be passed on the first attempt with no failures.",
        {"first_attempt_required": "Step 2 CK only"},
    ),
    (
        "First-attempt passes are expected on every Step; no failed attempts are accepted.",
        {"first_attempt_required": True},
    ),
    (
        "We do not require first-attempt passes, and failures are reviewed case by case.",
        {"first_attempt_required": False},
    ),
    ("The number of PGY-1 residents we accept each year is 7.", {"positions_per_year": 7}),
    ("The number of categorical positions per year: 5", {"positions_per_year": 5}),
    ("The number of residents who publish each year is 4.", {}),
    ("The number of IMGs in each class is 2.", {}),
    ("Depending on the applicant's eligibility, we sponsor the J-1 or the H-1B.", BOTH),
    ("H-1B sponsorship depends on departmental approval.", {}),
    (
        "J-1 visas are sponsored; H-1B sponsorship depends on the candidate's Step 3 result.",
        BOTH,
    ),
    ("IMGs who require a visa are expected to train on a J-1.", {"visa_j1": True}),
    ("Residents must not come on an H-1B visa.", {"visa_h1b": False}),
    ("Some residents train on a J-1.", {}),
    (
        "Applicants must have finished medical school no more than 5 years ago.",
        {"yog_limit_years": 5},
    ),
    ("Most applicants completed medical school 3 years ago.", {}),
    (
        "Applicants must be ECFMG certified at the moment they apply.",
        {"ecfmg_by": "time of application"},
    ),
    ("International graduates who apply are considered.", {"accepts_img": True}),
]
SECOND_LOOK_STORED = [
    (
        "At least one letter must come from a U.S. attending physician.",
        {"us_letters_required": True},
    ),
    ("Letters from physicians who work in the United States are strongly preferred.", {}),
]

GROUPS = {
    "regardless-of-a-score": REGARDLESS_OF_A_SCORE,
    "lowest-score-accepted": LOWEST_SCORE_ACCEPTED,
    "score-then-exam-in-brackets": SCORE_THEN_EXAM_IN_BRACKETS,
    "ecfmg-as-of": ECFMG_AS_OF,
    "applying-as-a-time": APPLYING_AS_A_TIME,
    "first-attempt-with-no-failures": FIRST_ATTEMPT_WITH_NO_FAILURES,
    "number-of-positions-is": NUMBER_OF_POSITIONS_IS,
    "visa-by-applicant": VISA_BY_APPLICANT,
    "must-train-on-a-visa": MUST_TRAIN_ON_A_VISA,
    "finished-medical-school": FINISHED_MEDICAL_SCHOOL,
    "second-look": SECOND_LOOK,
}
STORED = {
    "number-of-positions-is": NUMBER_OF_POSITIONS_IS_STORED,
    "us-letters": US_LETTERS,
    "second-look": SECOND_LOOK_STORED,
}


(
    test_sentence_commits_the_program_to,
    test_sentence_states_a_stored_fact,
    test_no_sentence_here_is_the_blind_sets_template,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = family_tests(independent5, GROUPS, STORED)
