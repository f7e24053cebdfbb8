"""The constructions the eighth blind set's misses showed, each in phrasings of our own, with traps.

Written for issue 11 after reading the misses of ``demoweb/phrasings_independent8.py`` (now
development material): each group below is one construction, worded here by hand the way a real
program page might put it, with near misses that must settle nothing (preferences, averages of
past residents, another program's numbers, questions). Expected values come from what each
sentence plainly commits the program to, never from the extractor's output; a test below checks
that no sentence here is one of that set's templates filled in.
"""

from __future__ import annotations

from demoweb import phrasings_independent8 as independent8
from tests.facts_families import family_tests

# Sending in an application ("IMGs may submit an application") is applying: who may do it is
# accepted, and who may not is refused; "by the time they submit an application" is a moment.
SUBMITTING_AN_APPLICATION = [
    (
        "International medical graduates can submit applications through ERAS.",
        {"accepts_img": True},
    ),
    (
        "Graduates of foreign medical schools may send in an application like everyone else.",
        {"accepts_img": True},
    ),
    ("IMGs cannot submit an application to our program.", {"accepts_img": False}),
    # near misses: a moment, a question, some IMGs only
    (
        "IMGs must hold ECFMG certification by the time they submit an application.",
        {"ecfmg_by": "time of application"},
    ),
    ("How do IMGs submit an application?", {}),
    ("IMGs who submit an application after October 1 are not reviewed.", {}),
]

# A visa "arranged" for residents is a visa the program sponsors.
VISA_ARRANGED = [
    ("H-1B visas can be arranged for incoming residents.", {"visa_h1b": True}),
    ("Our GME office arranges the J-1 through ECFMG for its interns.", {"visa_j1": True}),
    ("We cannot arrange H-1B visas.", {"visa_h1b": False}),
    # near misses: a question, another program
    ("Can a J-1 visa be arranged for me?", {}),
    ("Our sister program arranges H-1B visas for its fellows.", {}),
]

# Declining or refusing a visa denies it, as "not" does.
DECLINING_A_VISA = [
    ("We decline all requests for H-1B sponsorship.", {"visa_h1b": False}),
    (
        "H-1B sponsorship is declined; the J-1 is supported.",
        {"visa_j1": True, "visa_h1b": False},
    ),
    ("The program refuses to file H-1B petitions.", {"visa_h1b": False}),
    (
        "We sponsor the J-1 and decline the H-1B.",
        {"visa_j1": True, "visa_h1b": False},
    ),
    # near misses: a question, another program
    ("Why does the program decline H-1B sponsorship?", {}),
    ("Our sister program declines H-1B sponsorship.", {}),
]

# A "screening score" (or screening cutoff) on an exam is its floor; an average is none.
SCREENING_SCORE = [
    ("We apply a screening score of 230 on Step 2 CK.", {"step2_min": 230}),
    (
        "For COMLEX Level 2-CE, the screening score applied to every application is 450.",
        {"comlex_min": 450},
    ),
    ("Step 1 screening score: 210", {"step1_min": 210}),
    # near misses: an average, another program, a question
    ("The average screening score of our interviewees was 240 on Step 2 CK.", {}),
    ("Another program's Step 2 CK screening score is 250.", {}),
    ("What Step 2 CK screening score do you use?", {}),
]

# No particular (specific, set) score required: the exam has no floor. Scores a program does
# not publish are no rule.
NO_PARTICULAR_SCORE = [
    ("No specific Step 1 score is required to apply.", {"step1_min": "none"}),
    ("We don't ask for a specific Step 2 CK score.", {"step2_min": "none"}),
    (
        "There is no set COMLEX score that applicants must reach.",
        {"comlex_min": "none"},
    ),
    # near misses: nothing asked, a question, a request for the score itself
    ("We do not publish the specific Step 1 scores of our residents.", {}),
    ("Is a particular Step 2 CK score required?", {}),
    ("Applicants are asked to report their specific Step 2 CK score.", {}),
]

# The eligibility criteria "include" a thing: it is required.
ELIGIBILITY_CRITERIA_INCLUDE = [
    (
        "The eligibility criteria include three months of U.S. clinical experience.",
        {"usce_required_months": 3},
    ),
    (
        "One of our eligibility criteria is U.S. clinical experience.",
        {"usce_required_months": "required, duration not stated"},
    ),
    (
        "Eligibility criteria do not include U.S. clinical experience.",
        {"usce_required_months": 0},
    ),
    # near misses: a preference, another program, what a committee weighs
    ("Our eligibility criteria include a preference for U.S. clinical experience.", {}),
    ("Eligibility criteria for our fellowship include 12 months of U.S. clinical experience.", {}),
    ("The selection committee also weighs U.S. clinical experience.", {}),
]

# A thing that "does not affect" (has no bearing, no impact on) eligibility sets no limit on
# it: the graduation year, a score; a failed attempt that does not affect it is allowed.
NO_EFFECT_ON_ELIGIBILITY = [
    ("When you graduated has no bearing on your candidacy.", {"yog_limit_years": "none"}),
    ("The date of graduation has no impact on eligibility.", {"yog_limit_years": "none"}),
    ("Your Step 1 score has no bearing on eligibility.", {"step1_min": "none"}),
    (
        "A failed Step 1 attempt does not affect your eligibility.",
        {"first_attempt_required": False},
    ),
    (
        "Having failed Step 2 CK once does not affect your candidacy.",
        {"first_attempt_required": False},
    ),
    # near misses: it may affect it, another program
    ("Year of graduation can affect your eligibility.", {}),
    ("Graduation year affects eligibility for our fellowship track.", {}),
]

# A degree conferred (awarded, obtained, earned) is the graduation its limit is counted from.
DEGREE_CONFERRED = [
    (
        "Applicants' MD degrees must have been conferred no more than 5 years ago.",
        {"yog_limit_years": 5},
    ),
    (
        "Candidates whose diploma was awarded within the last 3 years are eligible.",
        {"yog_limit_years": 3},
    ),
    (
        "It must be no more than 4 years since you obtained your medical degree.",
        {"yog_limit_years": 4},
    ),
    ("We consider those who received their MD within the past six years.", {"yog_limit_years": 6}),
    # near misses: what residents did, an average, a ceremony
    ("Most of our residents earned their medical degree within 2 years of starting.", {}),
    ("The average resident obtained their medical degree 3 years before matching.", {}),
    ("Residents' degrees are conferred at a ceremony each June.", {}),
]

# A number joined to a unit of time ("one-year", "three-year") says how long a position lasts,
# not how many there are.
LENGTH_IS_NO_COUNT = [
    ("Each year we fill 6 three-year categorical positions.", {"positions_per_year": 6}),
    ("We take 2 one-year transitional interns per year.", {"positions_per_year": 2}),
    # near misses: no count at all
    ("Our residency is a three-year program.", {}),
]

# A count per position ("40 applicants per spot") is a ratio, not the class.
RATIO_PER_POSITION = [
    (
        "The program has 4 categorical positions per year, with roughly 30 applicants per "
        "position.",
        {"positions_per_year": 4},
    ),
    # near misses: ratios only
    ("There were 40 applicants per spot last cycle.", {}),
    ("Last cycle brought 45 applications per categorical position.", {}),
    ("We received 50 applications for each categorical spot.", {}),
    ("We interview 12 candidates for each categorical position.", {}),
    ("About 15 interviews are held per open slot.", {}),
]

# A certificate due "in advance of" a stage is due by it.
ECFMG_IN_ADVANCE_OF = [
    (
        "ECFMG certification must be in hand well in advance of the rank order list deadline.",
        {"ecfmg_by": "rank order list deadline"},
    ),
    (
        "IMGs need ECFMG certification in advance of starting residency.",
        {"ecfmg_by": "start of residency"},
    ),
    (
        "In advance of the interview, IMGs must hold ECFMG certification.",
        {"ecfmg_by": "interview"},
    ),
    # near misses: what residents did, advice
    (
        "Most of our IMG residents were ECFMG certified well in advance of the rank list deadline.",
        {},
    ),
    ("We advise getting ECFMG certified in advance of interviews.", {}),
]

# Stored facts: the residency counted with "totals" (a verb), and preliminary positions counted
# past their length.
TOTALS_AS_A_VERB = [
    ("The residency program totals 27 residents at present.", {"total_residents": 27}),
    ("Our program totals 12 residents, 4 per year.", {"total_residents": 12}),
    # near misses: applicants and invitations, not residents
    ("The applicant pool totals 900 each year.", {}),
    ("Last year's interview invitations totaled 80.", {}),
]
LENGTH_IS_NO_COUNT_STORED = [
    ("We offer four one-year preliminary positions.", {"preliminary_positions": 4}),
    ("Our one-year preliminary track takes 2 interns each year.", {"preliminary_positions": 2}),
    ("Our preliminary year is a one-year commitment.", {}),
]

# A second look: the constructions above in still other words, written after their rules and
# run once (the count of those that held is in the commit message).
SECOND_LOOK = [
    (
        "Internationally trained physicians are free to submit their application via ERAS.",
        {"accepts_img": True},
    ),
    ("We're unable to arrange J-1 visas for incoming residents.", {"visa_j1": False}),
    ("Requests for H-1B sponsorship are refused.", {"visa_h1b": False}),
    (
        "Applications are screened with a Step 1 screening cutoff of 205.",
        {"step1_min": 205},
    ),
    ("There isn't a certain Step 1 score you need to reach.", {"step1_min": "none"}),
    (
        "Our eligibility standards include 8 weeks of U.S. clinical experience.",
        {"usce_required_months": 2},
    ),
    (
        "Graduation date does not influence consideration of your application.",
        {"yog_limit_years": "none"},
    ),
    ("Your COMLEX score does not impact your eligibility.", {"comlex_min": "none"}),
    (
        "Those whose medical diploma was granted more than 6 years ago are not eligible.",
        {"yog_limit_years": 6},
    ),
    (
        "Each year we admit 7 four-year categorical residents.",
        {"positions_per_year": 7},
    ),
    ("Roughly 50 applications arrive for every categorical spot.", {}),
    (
        "ECFMG certification must be completed in advance of ERAS submission.",
        {"ecfmg_by": "time of application"},
    ),
]
SECOND_LOOK_STORED = [
    (
        "Across the three classes, the program currently totals 21 residents.",
        {"total_residents": 21},
    ),
    ("The program offers 2 one-year preliminary spots.", {"preliminary_positions": 2}),
]

GROUPS = {
    "submitting-an-application": SUBMITTING_AN_APPLICATION,
    "visa-arranged": VISA_ARRANGED,
    "declining-a-visa": DECLINING_A_VISA,
    "screening-score": SCREENING_SCORE,
    "no-particular-score": NO_PARTICULAR_SCORE,
    "eligibility-criteria-include": ELIGIBILITY_CRITERIA_INCLUDE,
    "no-effect-on-eligibility": NO_EFFECT_ON_ELIGIBILITY,
    "degree-conferred": DEGREE_CONFERRED,
    "length-is-no-count": LENGTH_IS_NO_COUNT,
    "ratio-per-position": RATIO_PER_POSITION,
    "ecfmg-in-advance-of": ECFMG_IN_ADVANCE_OF,
    "second-look": SECOND_LOOK,
}
STORED = {
    "totals-as-a-verb": TOTALS_AS_A_VERB,
    "length-is-no-count": LENGTH_IS_NO_COUNT_STORED,
    "second-look": SECOND_LOOK_STORED,
}


(
    test_sentence_commits_the_program_to,
    test_sentence_states_a_stored_fact,
    test_no_sentence_here_is_the_blind_sets_template,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = family_tests(independent8, GROUPS, STORED)
