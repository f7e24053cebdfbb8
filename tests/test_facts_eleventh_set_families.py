"""The constructions the eleventh and twelfth blind sets' misses showed, and four known precision
bugs, each in phrasings of our own, with traps.

Written for issue 11 after reading the misses of ``demoweb/phrasings_independent11.py`` and
``demoweb/phrasings_independent12.py`` (now development material): each group below is one
construction, worded here by hand the way a real program page might put it, with near misses
that must settle nothing (preferences, averages of past residents, another program's numbers,
questions, negations of something else). Expected values come from what each sentence plainly
commits the program to, never from the extractor's output; the tests below check that no
sentence here is one of either set's templates filled in.
"""

from __future__ import annotations

from demoweb import phrasings_independent11 as independent11
from demoweb import phrasings_independent12 as independent12
from tests.facts_families import family_tests

# "whether J-1 or H-1B" after a statement lists what it covers; it asks nothing.
WHETHER_LISTING = [
    (
        "We cannot sponsor a visa of any kind, whether J-1 or H-1B.",
        {"visa_j1": False, "visa_h1b": False},
    ),
    (
        "Our GME office sponsors visas for every matched resident, whether J-1 or H-1B.",
        {"visa_j1": True, "visa_h1b": True},
    ),
    # near misses: indirect questions, a direct question
    ("Applicants often ask whether we sponsor J-1 or H-1B visas.", {}),
    ("Please tell the coordinator whether you will need a J-1 or an H-1B.", {}),
    ("Do you sponsor visas, whether J-1 or H-1B?", {}),
]

# "obligated" (or "obliged") to have something is required to have it; "under no obligation"
# to is not required.
OBLIGATED = [
    (
        "Candidates are under no obligation to have U.S. clinical experience.",
        {"usce_required_months": 0},
    ),
    (
        "Candidates are not obligated to complete any U.S. clinical rotations.",
        {"usce_required_months": 0},
    ),
    (
        "Applicants are obligated to have three months of clinical experience in the US.",
        {"usce_required_months": 3},
    ),
    # near misses: a preference beside an obligation about something else, a question
    ("Applicants are not obliged to send a photo, though U.S. clinical experience helps.", {}),
    ("Are applicants obligated to have U.S. clinical experience?", {}),
]

# A floor the program does not set (impose, apply) is none; one it keeps and only does not
# publish, waive or bend is not.
FLOOR_NOT_SET = [
    ("We do not impose a floor on COMLEX Level 2-CE scores.", {"comlex_min": "none"}),
    ("We don't apply a Step 2 CK floor.", {"step2_min": "none"}),
    ("Our program uses no Step 1 threshold of any kind.", {"step1_min": "none"}),
    # near misses: a floor kept (below it, not met, no exception, not waived), a question
    ("Applicants under our Step 2 CK floor are not invited.", {}),
    ("Candidates who do not meet the Step 2 CK minimum are not interviewed.", {}),
    ("No exceptions are made to our COMLEX minimum.", {}),
    ("We cannot waive the Step 1 minimum.", {}),
    ("Our Step 2 CK cutoff is not negotiable.", {}),
    ("We do not lower our Step 2 CK cutoff for any applicant.", {}),
    ("Is there a floor for Step 1?", {}),
]

# A negation on the verb of a demand that names a number ("we do not require a score of 240")
# denies that number as the rule and says nothing of a lower one; a negated verdict on those
# below a number ("are not considered") still sets it.
DENIED_DEMAND_WITH_A_NUMBER = [
    ("We do not insist on, and do not require, a Step 2 CK of 245.", {}),
    ("A COMLEX Level 2-CE score of 550 is not required.", {}),
    ("You do not need a 250 on Step 2 CK to match with us.", {}),
    ("We do not limit interviews to applicants scoring above 240 on Step 2 CK.", {}),
    ("We do not require 4 months of U.S. clinical experience.", {}),
    ("Candidates do not need to be within 3 years of graduation.", {}),
    # negated verdicts and havings set the floor (limit)
    ("Applicants scoring under 218 on Step 2 CK are not eligible.", {"step2_min": 218}),
    ("Applicants must not have a Step 1 score below 212.", {"step1_min": 212}),
    ("Applicants must not be more than 4 years out of medical school.", {"yog_limit_years": 4}),
]

# A negation of time ("not ... until"), of a rule's scope ("does not apply to MD applicants")
# or of a limit on a count ("no limit to how many times") denies no floor.
NEGATION_OF_SOMETHING_ELSE = [
    ("Screening does not start until Step 2 CK results are in.", {}),
    ("The COMLEX cutoff does not apply to MD applicants.", {}),
    ("There is no limit to how many times we review your Step 2 CK score.", {}),
    # a floor denied outright
    ("No Step 1 cutoff applies to any applicant.", {"step1_min": "none"}),
]

# Not publishing (disclosing, sharing) a cutoff says nothing of whether there is one.
NOT_DISCLOSED = [
    ("We do not publish our Step 1 cutoff.", {}),
    ("We don't disclose a Step 2 CK score cutoff.", {}),
    ("The program does not share its COMLEX screening threshold with applicants.", {}),
    ("There is no public graduation-year limit.", {}),
    ("We do not make our Step 1 cutoff public.", {}),
    ("We do not currently list a Step 1 cutoff on our website.", {}),
    ("We do not comment on Step 2 CK cutoffs.", {}),
    ("We do not give out our COMLEX minimum.", {}),
    # what is denied, not untold, is still none
    ("We do not use a Step 1 cutoff.", {"step1_min": "none"}),
    ("Step 2 CK is not used in screening.", {"step2_min": "none"}),
]

# Nobody "excluded on the basis of" a score (or of when they graduated) means no floor (limit).
ON_THE_BASIS_OF = [
    (
        "No candidate is screened out on the basis of their COMLEX results.",
        {"comlex_min": "none"},
    ),
    ("We will not disqualify anyone on the basis of a Step 1 score.", {"step1_min": "none"}),
    (
        "Candidates are not penalized on the basis of when they graduated.",
        {"yog_limit_years": "none"},
    ),
    # near misses: another program, a question
    ("Some programs exclude applicants on the basis of Step 1 scores.", {}),
    ("Were applicants ever excluded on the basis of their Step 2 CK score?", {}),
]

# Graduates "N years out" are counted from graduation; a verdict on them is a limit.
YEARS_OUT = [
    ("We only accept graduates up to three years out.", {"yog_limit_years": 3}),
    (
        "Candidates more than 6 years removed from medical school are ineligible.",
        {"yog_limit_years": 6},
    ),
    # a class named by its year and "onward" is a window read against the fetch date (2026)
    ("Graduates from 2022 onward may apply.", {"yog_limit_years": 4}),
    (
        "Applicants who are more than 5 years out will not be offered an interview.",
        {"yog_limit_years": 5},
    ),
    # near misses: what residents were, a time that is no graduation, encouragement
    ("Most of our residents were two years out when they matched.", {}),
    ("We are two years out from opening our new simulation center.", {}),
    ("Our graduates from 2019 went on to cardiology fellowships.", {}),
    ("Applicants four or more years out are encouraged to do an observership.", {}),
]

# Years since graduation that only name a group (one admitted, or one asked for something
# else) set no window; a window needs a bound ("within", "up to") or a verdict that turns the
# group away.
GROUP_BY_GRADUATION = [
    ("Those who finished medical school more than 6 years ago are still considered.", {}),
    ("Candidates who graduated 8 years ago are welcome to apply.", {}),
    ("We have accepted applicants who graduated 10 years ago.", {}),
    (
        "Applicants more than 3 years from graduation need 6 months of US clinical experience.",
        {"usce_required_months": 6},
    ),
    ("We consider candidates within 4 years of graduation.", {"yog_limit_years": 4}),
    (
        "Applicants who graduated more than 6 years ago are not eligible.",
        {"yog_limit_years": 6},
    ),
]

# What is "ideal" is preferred, not required.
IDEAL = [
    ("Having ECFMG certification before interview season is ideal.", {}),
    ("The ideal candidate brings 3 months of US clinical experience.", {}),
]

# A program another body runs ("its own program", "a separate residency", "a different
# residency") is another program, whatever its size.
ANOTHER_BODYS_PROGRAM = [
    ("The county hospital runs a separate residency that matches 10 interns each year.", {}),
    ("Our partner clinic operates its own program with 8 residents per year.", {}),
    ("A different residency in town takes 6 interns a year.", {}),
    # this program's own
    ("We match 4 categorical residents per year into our own program.", {"positions_per_year": 4}),
]

# "not the only factor" (the sole criterion) says a thing counts, not that it is not required.
NOT_THE_ONLY = [
    ("U.S. clinical experience is helpful but not the only thing we look at.", {}),
    ("A Step 2 CK score is not the only factor in our decisions.", {}),
    (
        "USCE is required, though it is not the sole criterion.",
        {"usce_required_months": "required, duration not stated"},
    ),
    (
        "Step 1 is not the only score we review; Step 2 CK must be at least 230.",
        {"step2_min": 230},
    ),
]

# A row counting interviews, invitations or applications counts no positions.
OTHER_COUNTS = [
    ("Interviews granted each year: 48", {}),
    ("Invitations sent per recruitment season: roughly 70", {}),
    ("Interview slots per season: 55", {}),
    # rows that count the class
    ("Interns per class: 3", {"positions_per_year": 3}),
    ("Residents matched per year: 4", {"positions_per_year": 4}),
]

# What IMGs need "to be eligible" (or have "on the day they apply") is a condition on them, not
# a statement that they are accepted.
CONDITION_ON_IMGS = [
    (
        "IMGs must have two months of hands-on U.S. clinical experience to be eligible.",
        {"usce_required_months": 2},
    ),
    ("International graduates need a valid ECFMG certificate to be considered.", {}),
    (
        "IMGs must hold ECFMG certification on the day they submit an application.",
        {"ecfmg_by": "time of application"},
    ),
    # IMGs said to be eligible, or invited, are accepted
    ("IMGs are eligible to apply.", {"accepts_img": True}),
    ("IMGs who satisfy these conditions are welcome to apply.", {"accepts_img": True}),
]

# A certificate "required to" reach a stage is due by it; a group without it by a deadline
# that is turned away makes the same requirement.
ECFMG_STAGE = [
    ("A valid ECFMG certificate is needed to begin training.", {"ecfmg_by": "start of residency"}),
    (
        "Applicants lacking ECFMG certification by the rank list deadline will not be ranked.",
        {"ecfmg_by": "rank order list deadline"},
    ),
    (
        "Candidates who are not ECFMG certified before interview day are ineligible.",
        {"ecfmg_by": "interview"},
    ),
    # near misses: a group still considered, what most residents did, a negation alone
    ("Applicants without ECFMG certification are still considered.", {}),
    ("Those lacking ECFMG certification by the rank list deadline can still be ranked.", {}),
    ("Most of our residents were ECFMG certified before their interview.", {}),
    ("ECFMG certification is not required at the time of application.", {}),
]

# Sponsorship "requests" (received, reviewed case by case) settle nothing; refusing them is no
# sponsorship.
REQUESTS_FOR_SPONSORSHIP = [
    ("Requests for H-1B sponsorship are reviewed case by case.", {}),
    ("We receive many requests for H-1B sponsorship.", {}),
    ("H-1B sponsorship is decided on a case-by-case basis.", {}),
    ("Each year we get requests for J-1 sponsorship from matched applicants.", {}),
    ("Applications for H-1B sponsorship are reviewed individually.", {}),
    ("Every year several applicants ask for H-1B sponsorship.", {}),
    ("H-1B sponsorship is evaluated on an individual basis.", {}),
    ("We do not accept requests for H-1B sponsorship.", {"visa_h1b": False}),
    ("Applicants who ask for H-1B sponsorship will not be considered.", {"visa_h1b": False}),
]

# A visa sponsored "in rare cases" (exceptional circumstances, on a limited basis) is no
# policy; those needing a visa who "cannot be accommodated" are not sponsored.
RARE_CASES = [
    ("In exceptional circumstances, we sponsor H-1B visas.", {}),
    ("H-1B sponsorship is offered on a limited basis.", {}),
    (
        "We sponsor J-1 visas; the H-1B is only sponsored in rare cases.",
        {"visa_j1": True},
    ),
    ("Residents requiring an H-1B visa cannot be accommodated.", {"visa_h1b": False}),
]

# A count that belongs to the hospital, the institution or the nation is no class of ours.
ANOTHER_BODYS_COUNT = [
    ("The hospital's number of PGY-1 positions is 40.", {}),
    ("Across the institution, 45 interns start each July.", {}),
    ("Nationally, the number of categorical positions per year is about 90.", {}),
    ("The medical center offers 25 interns per year across its departments.", {}),
    # this program's own count
    ("We match 3 residents per year through the NRMP.", {"positions_per_year": 3}),
    ("Our number of PGY-1 positions is 4.", {"positions_per_year": 4}),
]

# Residents of a later year (PGY-2, second-year, chief) are no entering class, and what the
# ACGME or the NRMP allows or reports is no program's class.
LATER_YEAR_OR_NATIONAL_BODY = [
    ("This year we have five PGY-3 residents.", {}),
    ("Two residents are chosen as chief residents each year.", {}),
    ("Our second-year class has 5 residents.", {}),
    ("The ACGME permits programs up to 8 residents per year.", {}),
    # the entering class, beside later years
    (
        "We match 3 residents each year; senior residents supervise interns.",
        {"positions_per_year": 3},
    ),
]

# A rule described as past ("former", "no longer", "once", "before 2024", "stopped") is not the
# policy now and settles nothing; what "no longer" denies without a number is denied now.
PAST_RULE = [
    ("Our former Step 1 cutoff was 220.", {}),
    ("The previous Step 2 CK minimum of 230 has been removed.", {}),
    ("We no longer require a Step 1 score of 220.", {}),
    ("We no longer require three months of US clinical experience.", {}),
    ("Before 2024, we sponsored H-1B visas.", {}),
    ("We stopped sponsoring H-1B visas two years ago.", {}),
    ("The requirement for U.S. clinical experience was removed this year.", {}),
    ("We once required three months of U.S. clinical experience.", {}),
    ("The USCE requirement was waived for the current cycle.", {}),
    # the policy now
    ("We no longer require U.S. clinical experience.", {"usce_required_months": 0}),
    ("We no longer sponsor H-1B visas.", {"visa_h1b": False}),
    ("We no longer have a minimum Step 2 CK score.", {"step2_min": "none"}),
    ("We do not waive the requirement of 3 months of USCE.", {"usce_required_months": 3}),
    ("As of 2027, we no longer offer J-1 sponsorship.", {"visa_j1": False}),
    (
        "Previous U.S. clinical experience is a requirement.",
        {"usce_required_months": "required, duration not stated"},
    ),
]

# Another body's preliminary positions are not this program's.
ANOTHER_BODYS_PRELIMINARY = [
    ("Hospital-wide, there are 30 preliminary positions every year.", {}),
    ("The institution's number of preliminary positions is 20.", {}),
    # this program's own
    ("We also offer 2 preliminary positions each year.", {"preliminary_positions": 2}),
]

GROUPS = {
    "whether-listing": WHETHER_LISTING,
    "obligated": OBLIGATED,
    "floor-not-set": FLOOR_NOT_SET,
    "denied-demand-with-a-number": DENIED_DEMAND_WITH_A_NUMBER,
    "negation-of-something-else": NEGATION_OF_SOMETHING_ELSE,
    "not-disclosed": NOT_DISCLOSED,
    "on-the-basis-of": ON_THE_BASIS_OF,
    "years-out": YEARS_OUT,
    "group-by-graduation": GROUP_BY_GRADUATION,
    "ideal": IDEAL,
    "another-bodys-program": ANOTHER_BODYS_PROGRAM,
    "not-the-only": NOT_THE_ONLY,
    "other-counts": OTHER_COUNTS,
    "condition-on-imgs": CONDITION_ON_IMGS,
    "ecfmg-stage": ECFMG_STAGE,
    "requests-for-sponsorship": REQUESTS_FOR_SPONSORSHIP,
    "rare-cases": RARE_CASES,
    "another-bodys-count": ANOTHER_BODYS_COUNT,
    "later-year-or-national-body": LATER_YEAR_OR_NATIONAL_BODY,
    "past-rule": PAST_RULE,
}
# A separate application code is no separate program.
SEPARATE_CODE = [
    (
        "Residents apply to the research track through a separate ERAS program code.",
        {"research_track": True},
    ),
]

# A "US-trained" (US-licensed) physician is a U.S. physician.
US_TRAINED = [
    ("At least one letter must be from a US-trained physician.", {"us_letters_required": True}),
    # near miss: a preference
    ("Letters from US-trained physicians are preferred.", {}),
]

STORED = {
    "another-bodys-preliminary": ANOTHER_BODYS_PRELIMINARY,
    "separate-code": SEPARATE_CODE,
    "us-trained": US_TRAINED,
}


(
    test_sentence_commits_the_program_to,
    test_sentence_states_a_stored_fact,
    test_no_sentence_here_is_the_eleventh_sets_template,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = family_tests(independent11, GROUPS, STORED)
(_, _, test_no_sentence_here_is_the_twelfth_sets_template, _) = family_tests(
    independent12, GROUPS, STORED
)
