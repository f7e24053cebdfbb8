"""Rule round 12: the thirteenth and fourteenth sets' leftover misses, and the weakest fact
families across every round, each in phrasings of our own, with traps.

Written for issue 11 after reading what ``demoweb/phrasings_independent13.py`` and
``demoweb/phrasings_independent14.py`` still missed after round 11, then widened by hand to the
way real program pages put the same things: terse table fragments and abbreviations ("IMG/FMG",
"USCE", "H1B", "LOR"), Yes/No answers, policy-manual sentences with "shall" and exceptions, two
facts in one sentence, numbers as words. Each group is one construction; its near misses must
settle nothing (preferences, past residents' figures, another program's numbers, questions,
negations of something else). Expected values come from what each sentence plainly commits the
program to, never from the extractor's output.
"""

from __future__ import annotations

from demoweb import phrasings_independent13 as independent13
from demoweb import phrasings_independent14 as independent14
from tests.facts_families import family_tests

# A score range the program reads or demands: its low end is the floor, its top no rule.
SCORE_RANGES = [
    (
        "Applications are reviewed if the Step 2 CK score is between 228 and 300.",
        {"step2_min": 228},
    ),
    ("Step 1 scores must be between 205 and 300 to be considered.", {"step1_min": 205}),
    ("We will consider candidates with Step 2 CK scores from 222 to 300.", {"step2_min": 222}),
    (
        "Interviews go to DO applicants whose COMLEX Level 2-CE falls between 480 and 800.",
        {"comlex_min": 480},
    ),
    # near misses: where past residents' or interviewees' scores fell is no floor
    ("Our current residents scored between 231 and 262 on Step 2 CK.", {}),
    ("Most interviewees last cycle had Step 1 scores between 225 and 250.", {}),
    ("The median Step 2 CK of our matched class fell between 240 and 245.", {}),
]

# One exam taken in place of another ("COMLEX instead of USMLE") is no negation; the exam left
# out owns no score, and the floor stated after it is the exam taken's.
EXAM_IN_PLACE_OF_ANOTHER = [
    (
        "Candidates presenting COMLEX rather than USMLE scores must score 500 or higher on "
        "Level 2-CE.",
        {"comlex_min": 500},
    ),
    (
        "DOs who took COMLEX instead of Step 2 CK shall have a Level 2-CE of at least 450.",
        {"comlex_min": 450},
    ),
    # near misses: a choice of exams states no floor; a visa in place of another still denies
    ("DO applicants may submit COMLEX instead of USMLE.", {}),
    ("We sponsor J1 visas rather than H1B visas.", {"visa_j1": True, "visa_h1b": False}),
]

# ", and <gerund> ..." opens a clause with a subject of its own: its encouragement or option
# says nothing of the floor before it.
GERUND_AFTER_AND = [
    (
        "Osteopathic applicants need a COMLEX Level 2-CE of no lower than 475, and sitting for "
        "the USMLE is encouraged.",
        {"comlex_min": 475},
    ),
    (
        "A Step 2 CK score not below 220 is required, and submitting Step 1 is optional.",
        {"step2_min": 220},
    ),
    # near miss: the encouragement is about the score itself
    ("Applicants are encouraged to have a Step 2 CK of 240 or higher.", {}),
]

# A score denied only as the sole ground ("not ... solely on the basis of") is one factor among
# several: no floor, and no "none" either.
SOLE_GROUND = [
    ("No applicant is screened out solely on the basis of a COMLEX score.", {}),
    ("Interview decisions are not based only on Step 1 results.", {}),
    ("Candidates will not be rejected merely because of their Step 2 CK score.", {}),
    # near misses: a denial of any screening is no floor at all
    ("We do not screen applicants by COMLEX score.", {"comlex_min": "none"}),
    ("There is no minimum Step 1 score.", {"step1_min": "none"}),
]

# "Provided ...", "As long as ..." opening a sentence demands what it names of every applicant
# (unlike "If ...", which asserts nothing).
PROVISOS = [
    (
        "Provided you have logged three months of USCE, your application will be reviewed.",
        {"usce_required_months": 3},
    ),
    (
        "Provided that you have at least three months of hands-on USCE, you are eligible to apply.",
        {"usce_required_months": 3},
    ),
    (
        "Provided your Step 2 CK was passed on the first try, a Step 1 retake will not "
        "disqualify you.",
        {"first_attempt_required": "Step 2 CK only"},
    ),
    (
        "As long as Step 2 CK was passed on the first try, one Step 1 failure is acceptable.",
        {"first_attempt_required": "Step 2 CK only"},
    ),
    (
        "So long as your Step 1 score is 215 or higher, your application will be read in full.",
        {"step1_min": 215},
    ),
    # near misses: "if" asserts nothing; "provided" is not a proviso mid-sentence
    ("If you have 3 months of USCE, please list them in your application.", {}),
    ("Housing is provided for residents who rotate at the VA.", {}),
]

# An aside between commas that denies someone else the subject ("ECFMG, not the program, is
# the sponsor") denies nothing; what ECFMG is, is ECFMG's role.
SUBJECT_SET_APART = [
    ("ECFMG, not our hospital, is the J1 sponsor for every resident.", {}),
    ("The ECFMG, not the GME office, is the sponsor of record for J-1 physicians.", {}),
    (
        "USCE, not an observership, is required of every IMG.",
        {"usce_required_months": "required, duration not stated"},
    ),
    # near misses: an aside that names a visa still denies it; we are the subject
    (
        "We sponsor the J1, not the H1B, for all incoming residents.",
        {"visa_j1": True, "visa_h1b": False},
    ),
    ("We, not ECFMG, file the H-1B petition for our residents.", {"visa_h1b": True}),
]

# A visa as the subject of "requires" states what the visa category demands, not our policy.
WHAT_THE_VISA_NEEDS = [
    ("H1B visas usually require a passed Step 3 before the petition can be filed.", {}),
    ("The H-1B requires USMLE Step 3 before any petition is filed with USCIS.", {}),
    ("J-1 visas need a Statement of Need before ECFMG sponsorship is offered.", {}),
    # near misses: our sponsorship, or a verdict on applicants who need one
    ("H-1B visas are sponsored for residents who require them.", {"visa_h1b": True}),
    ("Applicants who require an H1B visa are not eligible.", {"visa_h1b": False}),
]

# "regardless of whether ..." asks nothing: the statement before it stands.
REGARDLESS_OF_WHETHER = [
    (
        "The GME office will not sponsor H1B visas, regardless of whether Step 3 has been passed.",
        {"visa_h1b": False},
    ),
    (
        "J-1 sponsorship is available to all matched IMGs irrespective of whether they hold ECFMG "
        "certification at the time of application.",
        {"visa_j1": True},
    ),
    # near miss: a real indirect question
    ("Applicants often ask whether we sponsor H-1B visas.", {}),
]

# Two visas in halves of one clause, the second with its verb left out: a visa sponsored "in
# select cases" is no policy, the first half still is.
VISA_VERB_LEFT_OUT = [
    ("We sponsor J-1 visas, and in select cases, H-1B.", {"visa_j1": True}),
    ("We sponsor J1 visas, and on a case-by-case basis, H1B visas.", {"visa_j1": True}),
    (
        "We sponsor J-1 visas, and H-1B holders are not eligible.",
        {"visa_j1": True, "visa_h1b": False},
    ),
]

# A count of a class "from medical schools across the country" is ours: where its residents
# come from is no other body counting them.
CLASS_FROM_ACROSS_THE_COUNTRY = [
    (
        "Each year we select three categorical interns from schools across the nation.",
        {"positions_per_year": 3},
    ),
    (
        "A class of four residents per year is drawn from all over the country.",
        {"positions_per_year": 4},
    ),
    # near miss: the nation's count
    ("Across the country, 30 residents per year enter this specialty.", {}),
]

# "Depending on the year", "from year to year": the count that follows is a yearly class.
CLASS_BY_YEAR = [
    ("Depending on the cycle, 3 or 4 residents begin in July.", {"positions_per_year": "3-4"}),
    (
        "We take between two and three categorical residents, year to year.",
        {"positions_per_year": "2-3"},
    ),
    # near miss: what varies is not counted
    ("The size of the class varies from year to year.", {}),
]

# "2 full years", "six complete months": the unit after its adjective.
WHOLE_UNITS = [
    ("IMGs need 2 full years of US clinical experience.", {"usce_required_months": 24}),
    ("A minimum of six consecutive months of USCE is required.", {"usce_required_months": 6}),
    # near miss: a recommendation
    ("We recommend one full year of USCE.", {}),
]

# "no required Step 1 score", "no mandatory COMLEX score": none set.
NO_REQUIRED_SCORE = [
    ("The program has no required Step 2 CK score.", {"step2_min": "none"}),
    ("There is no mandatory COMLEX score for DO applicants.", {"comlex_min": "none"}),
    # near miss: a required score given
    ("The required Step 2 CK score is 225.", {"step2_min": 225}),
]

# A permission to train on a visa ("residents may train here on a J-1") sponsors it.
MAY_TRAIN_ON = [
    (
        "Provided they qualify, our residents can work here on an H1B visa.",
        {"visa_h1b": True},
    ),
    ("Matched IMGs may come on a J1.", {"visa_j1": True}),
    ("Residents may not train on an H-1B visa.", {"visa_h1b": False}),
    # near miss: what residents did, and a question
    ("Several of our graduates trained on an H-1B elsewhere.", {}),
    ("Can residents train here on an H-1B visa?", {}),
]

# Short forms of table cells: "mos", "yrs", "wks", "1st", "cert.", "min.": the period of a short
# form before a figure or a lower-case word ends no sentence.
SHORT_FORMS = [
    ("USCE: required (min. 3 mos)", {"usce_required_months": 3}),
    ("USCE (min. 2 mos.) is required.", {"usce_required_months": 2}),
    ("US clinical experience: 8 wks minimum", {"usce_required_months": 2}),
    ("YOG: within 5 yrs", {"yog_limit_years": 5}),
    ("Must have passed Step 1 & Step 2 CK on 1st attempt.", {"first_attempt_required": True}),
    ("ECFMG cert. required by rank list deadline", {"ecfmg_by": "rank order list deadline"}),
    # near misses: what residents did; an average
    ("Most of our residents passed on the 1st attempt.", {}),
    ("Approx. 3 mos of USCE is typical among our matched residents.", {}),
]

# A fellowship as the subject of a verb ("Our cardiology fellowship sponsors H-1B visas") is
# another program.
FELLOWSHIP_SUBJECT = [
    ("Our cardiology fellowship sponsors H-1B visas.", {}),
    ("The GI fellowship accepts IMGs with ECFMG certification.", {}),
    # near misses: the residency's own statement beside it; residents who pursue fellowship
    ("We sponsor J-1 visas; our fellowship offers H-1B visas.", {"visa_j1": True}),
    ("Residents who go on to fellowship often need an H-1B, which we sponsor.", {"visa_h1b": True}),
]

# A FAQ question answered right after by "Yes" or "No" states what the answer makes of it; the
# answer's own figure stands over the question's ("Is USCE required? Yes, two months").
POLAR_ANSWERS = [
    ("Do you sponsor H1B visas? No.", {"visa_h1b": False}),
    ("Does the program accept IMGs? Yes.", {"accepts_img": True}),
    ("Is there a Step 1 cutoff? No.", {"step1_min": "none"}),
    ("Is there a minimum Step 2 CK score? Yes, 220.", {"step2_min": 220}),
    ("Is USCE required? Yes, a minimum of two months.", {"usce_required_months": 2}),
    ("Do you require US clinical experience? No.", {"usce_required_months": 0}),
    ("Must Step 1 be passed on the first attempt? Yes.", {"first_attempt_required": "Step 1 only"}),
    ("Do you sponsor visas? Yes, J1 only.", {"visa_j1": True, "visa_h1b": False}),
    # near misses: a question with no Yes or No after it; "No more than ..." is a bound, no
    # answer; an answer that is a pointer
    ("Do you sponsor H-1B visas? Please contact the GME office.", {}),
    (
        "How many attempts are allowed? No more than two attempts on any Step.",
        {"first_attempt_required": False},
    ),
    ("Is there a Step 2 CK cutoff?", {}),
]

# Years after graduation in a story ("our director finished fellowship 10 years after
# graduation") are no rule; a limit needs a demand, a verdict on applicants or a limit's words.
YEARS_IN_A_STORY = [
    ("Our program director completed fellowship 10 years after graduation.", {}),
    ("Dr. Patel joined our faculty six years after graduating from medical school.", {}),
    # near misses: the same years as a rule
    ("Applicants must be no more than 6 years past graduation.", {"yog_limit_years": 6}),
    ("Graduation within the past 4 years is expected of all candidates.", {"yog_limit_years": 4}),
    ("YOG \u2264 3 yrs", {"yog_limit_years": 3}),
]

GROUPS = {
    "score-ranges": SCORE_RANGES,
    "exam-in-place-of-another": EXAM_IN_PLACE_OF_ANOTHER,
    "gerund-after-and": GERUND_AFTER_AND,
    "sole-ground": SOLE_GROUND,
    "provisos": PROVISOS,
    "subject-set-apart": SUBJECT_SET_APART,
    "what-the-visa-needs": WHAT_THE_VISA_NEEDS,
    "regardless-of-whether": REGARDLESS_OF_WHETHER,
    "visa-verb-left-out": VISA_VERB_LEFT_OUT,
    "class-from-across-the-country": CLASS_FROM_ACROSS_THE_COUNTRY,
    "class-by-year": CLASS_BY_YEAR,
    "whole-units": WHOLE_UNITS,
    "no-required-score": NO_REQUIRED_SCORE,
    "may-train-on": MAY_TRAIN_ON,
    "short-forms": SHORT_FORMS,
    "fellowship-subject": FELLOWSHIP_SUBJECT,
    "polar-answers": POLAR_ANSWERS,
    "years-in-a-story": YEARS_IN_A_STORY,
}
STORED = {
    # what does not suffice restates the demand
    "not-sufficient": [
        (
            "LORs must come from U.S. physicians; letters from abroad alone will not be sufficient.",
            {"us_letters_required": True},
        ),
        (
            "We require two letters from US faculty, and overseas letters by themselves are not "
            "enough.",
            {"us_letters_required": True},
        ),
        ("Letters from US physicians are not required.", {"us_letters_required": False}),
    ],
    # a row "Residents, all years: N" counts the whole residency
    "all-years-row": [
        ("Trainees (all levels): 27", {"total_residents": 27}),
        ("Residents - all years: 18", {"total_residents": 18}),
    ],
}


(
    test_sentence_commits_the_program_to,
    test_sentence_states_a_stored_fact,
    test_no_sentence_here_is_the_thirteenth_sets_template,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = family_tests(independent13, GROUPS, STORED)
(_, _, test_no_sentence_here_is_the_fourteenth_sets_template, _) = family_tests(
    independent14, GROUPS, STORED
)
