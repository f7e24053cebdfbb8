"""The constructions the seventh blind set's misses showed, each in phrasings of our own, with traps.

Written for issue 11 after reading the misses of ``demoweb/phrasings_independent7.py`` (now
development material): each group below is one construction, worded here by hand the way a real
program page might put it, with near misses that must settle nothing (preferences, encouragement,
averages of past residents, another program's numbers, questions). Expected values come from
what each sentence plainly commits the program to, never from the extractor's output; a test
below checks that no sentence here is one of that set's templates filled in.
"""

from __future__ import annotations

from demoweb import phrasings_independent7 as independent7
from tests.facts_families import family_tests

BOTH = {"visa_j1": True, "visa_h1b": True}
NEITHER = {"visa_j1": False, "visa_h1b": False}
J1_ONLY = {"visa_j1": True, "visa_h1b": False}

# A negation before visas joined by "or" denies each of them ("no J-1 or H-1B"); one right
# before a single visa after a comma or in brackets still denies that visa alone.
NEGATED_LIST_OF_VISAS = [
    ("No H-1B or J-1 sponsorship is offered to residents.", NEITHER),
    ("We offer no J-1 or H-1B visa sponsorship.", NEITHER),
    ("No J-1 or H-1B visas can be sponsored for our trainees.", NEITHER),
    # the negation on one visa alone
    ("J-1 visas are sponsored, no H-1B.", J1_ONLY),
    ("We sponsor the J-1 (no H-1B).", J1_ONLY),
    # near misses: a question, another program
    ("Do you sponsor J-1 or H-1B visas?", {}),
    ("Our fellowship offers no J-1 or H-1B sponsorship.", {}),
]

# One visa set apart from a denial ("apart from the J-1, no other visa"), or named the only
# (sole) visa in an apposition or after a copula: that visa is sponsored and the other not.
ONE_VISA_SET_APART = [
    ("Other than the J-1, no visa can be sponsored by our program.", J1_ONLY),
    ("Aside from J-1 sponsorship, we do not support any visa.", J1_ONLY),
    ("Besides the J-1 visa, no other visa type is offered.", J1_ONLY),
    ("We sponsor no visa except the J-1.", J1_ONLY),
    ("The J-1 is the sole visa type the program sponsors.", J1_ONLY),
    ("Applicants must qualify for the J-1, the only visa our program sponsors.", J1_ONLY),
    # set apart from a grant: every other visa is sponsored
    ("We sponsor all visa types except the H-1B.", J1_ONLY),
    # near misses: a question, other programs
    ("Apart from the J-1, do you sponsor any other visa?", {}),
    ("Apart from the J-1, our affiliated fellowship programs sponsor no other visa.", {}),
]

# Sponsorship said with other verbs: a visa pathway "open to" residents, a status the program
# "pursues" or "processes".
SPONSORSHIP_IN_OTHER_VERBS = [
    ("The J-1 pathway is open to all matched international residents.", {"visa_j1": True}),
    ("H-1B and J-1 visas are both open to incoming interns.", BOTH),
    ("Our institution will not pursue H-1B status for any resident.", {"visa_h1b": False}),
    ("The hospital pursues H-1B status for residents who need it.", {"visa_h1b": True}),
    ("We will not pursue an H-1B on behalf of any trainee.", {"visa_h1b": False}),
    # near misses: a question, a pointer elsewhere
    ("Is the H-1B pathway open to residents?", {}),
    ("Questions about whether the J-1 pathway is open to you go to the GME office.", {}),
]

# Schools in the United States named by place after the noun ("schools in the United States"):
# a rule that only their graduates may apply excludes IMGs.
US_SCHOOLS_NAMED_BY_PLACE = [
    ("Only graduates of medical schools in the United States may apply.", {"accepts_img": False}),
    (
        "Eligibility is limited to graduates of schools located in the U.S. or Canada.",
        {"accepts_img": False},
    ),
    (
        "Applicants must have graduated from a medical school in the United States.",
        {"accepts_img": False},
    ),
    ("We accept only graduates of MD or DO schools in the US.", {"accepts_img": False}),
    # near misses: who the residents are, a certificate for that group
    ("Most of our residents are graduates of medical schools in the United States.", {}),
    ("For graduates of schools in the United States, ECFMG certification is not needed.", {}),
]

# A certificate due by the purpose it serves: "in order to be ranked", "as a condition of
# applying", "so that we can rank you".
ECFMG_BY_ITS_PURPOSE = [
    (
        "IMGs must be ECFMG certified in order to be ranked.",
        {"ecfmg_by": "rank order list deadline"},
    ),
    (
        "ECFMG certification is needed in order to receive an interview invitation.",
        {"ecfmg_by": "interview"},
    ),
    (
        "A valid ECFMG certificate is required as a condition of starting residency.",
        {"ecfmg_by": "start of residency"},
    ),
    (
        "International graduates must hold ECFMG certification as a condition of applying.",
        {"ecfmg_by": "time of application"},
    ),
    (
        "Foreign graduates need an ECFMG certificate so that we can rank them.",
        {"ecfmg_by": "rank order list deadline"},
    ),
    # near misses: a preference, a question
    ("We prefer that IMGs be ECFMG certified in order to be ranked.", {}),
    ("Do I need ECFMG certification in order to be interviewed?", {}),
]

# "whether on A or B" lists what a rule covers; it is no indirect question.
WHETHER_LISTING = [
    (
        "Any failed attempt, whether on Step 1 or Step 2 CK, disqualifies an applicant.",
        {"first_attempt_required": True},
    ),
    (
        "Candidates with an exam failure, whether in USMLE or COMLEX, are not eligible.",
        {"first_attempt_required": True},
    ),
    # near misses: indirect questions
    ("Applicants often ask whether a failed attempt on Step 1 is disqualifying.", {}),
    ("Please tell us whether you need a J-1 or an H-1B visa.", {}),
]

# A group that did not pass on the first attempt, and a verdict on that group: rejected, it is
# the requirement; still considered, it is none; told what they get, no rule at all.
VERDICT_ON_THOSE_WHO_DID_NOT_PASS = [
    (
        "Candidates who did not pass Step 1 on the first attempt are not eligible.",
        {"first_attempt_required": "Step 1 only"},
    ),
    (
        "Applicants who did not pass every USMLE step on the first attempt will not be "
        "interviewed.",
        {"first_attempt_required": True},
    ),
    (
        "Those who did not pass COMLEX Level 2-CE at the first sitting are excluded.",
        {"first_attempt_required": "COMLEX only"},
    ),
    (
        "Applicants who did not pass Step 2 CK on the first attempt are still considered.",
        {"first_attempt_required": False},
    ),
    (
        "Applicants who did not pass on their first attempt remain eligible.",
        {"first_attempt_required": False},
    ),
    # near miss: what residents get, no verdict on applicants
    ("Residents who did not pass Step 1 on the first attempt receive tutoring.", {}),
]

# A second (or later) attempt named as such.
A_SECOND_ATTEMPT = [
    ("A second attempt on Step 1 is acceptable.", {"first_attempt_required": False}),
    (
        "We accept applicants who passed on a second sitting.",
        {"first_attempt_required": False},
    ),
    (
        "Applicants who needed a second attempt on any USMLE step are ineligible.",
        {"first_attempt_required": True},
    ),
    # near misses: what residents did, a question
    ("Some of our residents passed Step 1 on a second attempt.", {}),
    ("Is a second attempt on Step 2 CK acceptable?", {}),
]

# A first-attempt rule for one exam beside leniency for another: the rule is that exam's only.
ONE_EXAM_STRICT_ANOTHER_LENIENT = [
    (
        "Step 2 CK has to be passed at the first attempt; an earlier Step 1 failure will be "
        "considered.",
        {"first_attempt_required": "Step 2 CK only"},
    ),
    (
        "We require a first-time pass on Step 1, while Step 2 CK retakes are accepted.",
        {"first_attempt_required": "Step 1 only"},
    ),
    (
        "Step 1 must be passed on the first attempt.\n\n"
        "Applicants who needed two attempts at Step 2 CK remain eligible.",
        {"first_attempt_required": "Step 1 only"},
    ),
    # both exams strict: the rule is no longer one exam's
    (
        "Step 2 CK must be passed on the first attempt, and Step 1 failures also disqualify "
        "applicants.",
        {"first_attempt_required": True},
    ),
]

# The class counted as applicants matched, or per season ("each summer").
CLASS_IN_OTHER_WORDS = [
    ("Each year, 4 applicants are matched into our program.", {"positions_per_year": 4}),
    ("We match 5 applicants to our categorical track every year.", {"positions_per_year": 5}),
    (
        "Depending on funding, 6 or 7 candidates match with us annually.",
        {"positions_per_year": "6-7"},
    ),
    ("We welcome 4 new interns each summer.", {"positions_per_year": 4}),
    ("Three categorical residents begin with us each June.", {"positions_per_year": 3}),
    ("The program takes 2 residents every summer.", {"positions_per_year": 2}),
    # near misses: interviews, visiting students, what residents do
    ("We interview 60 applicants each year.", {}),
    ("Each year, 45 applicants are invited to interview.", {}),
    ("We rank about 50 applicants in the Match each year.", {}),
    ("Each summer, 15 visiting students rotate with us.", {}),
    ("Our residents present 4 posters each spring.", {}),
]

# Our own preliminary program counting its positions; the whole house staff counted.
OUR_PRELIMINARY_PROGRAM = [
    ("Our preliminary program accepts 3 interns each year.", {"preliminary_positions": 3}),
    ("This preliminary program has 2 positions per year.", {"preliminary_positions": 2}),
    ("Every year, our preliminary track trains 4 residents.", {"preliminary_positions": 4}),
    # near miss: a preliminary program at another hospital
    ("The preliminary program at our partner hospital takes 5 interns each year.", {}),
]
WHOLE_HOUSE_STAFF = [
    ("Our entire house staff numbers 24 residents.", {"total_residents": 24}),
    ("The program's house staff comprises 12 residents.", {"total_residents": 12}),
    ("Our whole residency numbers 30 trainees.", {"total_residents": 30}),
    # near miss: a change
    ("Our house staff grew to 40 residents last year.", {}),
]
NOT_THE_CLASS = [
    ("Our preliminary program accepts 3 interns each year.", {}),
    ("In all, our house staff numbers 20 residents.", {}),
]

# Letters from U.S. physicians: asked for by the verdict on applications without them, or by
# where the writer supervised you; encouragement is no requirement.
US_LETTERS_IN_OTHER_WORDS = [
    (
        "Applications without a letter from a U.S. physician will not be reviewed.",
        {"us_letters_required": True},
    ),
    (
        "An application lacking a letter from a U.S. attending will not be considered.",
        {"us_letters_required": True},
    ),
    (
        "Applicants without a letter from a U.S. physician are still considered.",
        {"us_letters_required": False},
    ),
    (
        "At least one letter must be from a physician who supervised you in the United States.",
        {"us_letters_required": True},
    ),
    (
        "Two letters must come from attendings who worked with you at a U.S. hospital.",
        {"us_letters_required": True},
    ),
    # near misses: encouragement, value
    ("We encourage at least one letter from a U.S. physician.", {}),
    ("Letters from physicians who supervised you in the U.S. are valued.", {}),
]
# where the letter writers worked is no U.S. clinical experience rule
LETTER_WRITERS_ARE_NO_USCE = [
    ("Two letters must come from physicians who supervised you in U.S. clinical settings.", {}),
]

# U.S. clinical experience as "patient-care" work or work "within the U.S. health care system".
USCE_IN_THE_US_HEALTH_SYSTEM = [
    (
        "Applicants need 4 months of patient-care experience in the United States.",
        {"usce_required_months": 4},
    ),
    (
        "At least 2 months of hands-on work within the U.S. health care system is required.",
        {"usce_required_months": 2},
    ),
    (
        "Clinical training within the U.S. healthcare system is mandatory.",
        {"usce_required_months": "required, duration not stated"},
    ),
    ("Experience in the U.S. health care system is not required.", {"usce_required_months": 0}),
    # near misses: familiarity, a preference, an average
    ("Applicants should be familiar with the U.S. health care system.", {}),
    ("Patient-care experience in the United States is a plus.", {}),
    ("Our residents average 6 months of patient-care experience in the U.S. before matching.", {}),
]

# A second look: the constructions above in still other words, written after their rules and
# run once (the count of those that held is in the commit message).
SECOND_LOOK = [
    ("Neither J-1 nor H-1B visas are sponsored, and no other visa is either.", NEITHER),
    ("We sponsor no H-1B or J-1 visas.", NEITHER),
    ("Except for the J-1, we cannot sponsor any visa.", J1_ONLY),
    ("The only visa category we can support is the J-1.", J1_ONLY),
    ("The H-1B track is open to residents who have passed Step 3.", {"visa_h1b": True}),
    (
        "Only applicants who attended a medical school in the USA are considered.",
        {"accepts_img": False},
    ),
    (
        "Certification by ECFMG is required so that you can begin orientation in June.",
        {"ecfmg_by": "start of residency"},
    ),
    (
        "A failed attempt, whether at Step 1 or at Step 2 CK, rules an applicant out.",
        {"first_attempt_required": True},
    ),
    (
        "Those who have not passed Step 2 CK on the first try cannot be interviewed.",
        {"first_attempt_required": "Step 2 CK only"},
    ),
    ("Passing Step 1 on a third attempt is acceptable.", {"first_attempt_required": False}),
    (
        "Step 1 must be passed on the first attempt, but a repeat of Step 2 CK is reviewed "
        "individually.",
        {"first_attempt_required": "Step 1 only"},
    ),
    ("Each July we recruit 8 applicants into the categorical program.", {"positions_per_year": 8}),
    ("About 30 applicants match into surgery programs from our school each year.", {}),
    (
        "Clinical work in the US health care system is not a requirement.",
        {"usce_required_months": 0},
    ),
]
SECOND_LOOK_STORED = [
    ("This preliminary program fills 2 spots every year.", {"preliminary_positions": 2}),
    ("Our house staff totals 33 residents.", {"total_residents": 33}),
    (
        "Applications that lack a letter from a U.S. clinician are not reviewed.",
        {"us_letters_required": True},
    ),
    ("A letter from a doctor who worked with you in the U.S. is encouraged.", {}),
]

GROUPS = {
    "negated-list-of-visas": NEGATED_LIST_OF_VISAS,
    "one-visa-set-apart": ONE_VISA_SET_APART,
    "sponsorship-in-other-verbs": SPONSORSHIP_IN_OTHER_VERBS,
    "us-schools-named-by-place": US_SCHOOLS_NAMED_BY_PLACE,
    "ecfmg-by-its-purpose": ECFMG_BY_ITS_PURPOSE,
    "whether-listing": WHETHER_LISTING,
    "verdict-on-those-who-did-not-pass": VERDICT_ON_THOSE_WHO_DID_NOT_PASS,
    "a-second-attempt": A_SECOND_ATTEMPT,
    "one-exam-strict-another-lenient": ONE_EXAM_STRICT_ANOTHER_LENIENT,
    "class-in-other-words": CLASS_IN_OTHER_WORDS,
    "not-the-class": NOT_THE_CLASS,
    "letter-writers-are-no-usce": LETTER_WRITERS_ARE_NO_USCE,
    "usce-in-the-us-health-system": USCE_IN_THE_US_HEALTH_SYSTEM,
    "second-look": SECOND_LOOK,
}
STORED = {
    "our-preliminary-program": OUR_PRELIMINARY_PROGRAM,
    "whole-house-staff": WHOLE_HOUSE_STAFF,
    "us-letters-in-other-words": US_LETTERS_IN_OTHER_WORDS,
    "second-look": SECOND_LOOK_STORED,
}


(
    test_sentence_commits_the_program_to,
    test_sentence_states_a_stored_fact,
    test_no_sentence_here_is_the_blind_sets_template,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = family_tests(independent7, GROUPS, STORED)
