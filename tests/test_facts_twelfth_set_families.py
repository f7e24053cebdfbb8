"""The constructions the thirteenth and fourteenth blind sets' misses showed, each in phrasings
of our own, with traps.

Written for issue 11 after reading the misses of ``demoweb/phrasings_independent13.py`` and
``demoweb/phrasings_independent14.py`` (now development material): each group below is one
construction, worded here by hand the way a real program page might put it, with near misses
that must settle nothing (preferences, averages of past residents, another program's numbers,
questions, negations of something else). Expected values come from what each sentence plainly
commits the program to, never from the extractor's output; the tests below check that no
sentence here is one of either set's templates filled in.
"""

from __future__ import annotations

from demoweb import phrasings_independent13 as independent13
from demoweb import phrasings_independent14 as independent14
from tests.facts_families import family_tests

# "every PGY level" (each training year, all postgraduate years) counts the whole residency,
# not one year's class.
EVERY_LEVEL = [
    ("Across every PGY level, the program has 18 residents.", {}),
    ("Counting all training years, we train twelve residents.", {}),
    # near miss: a class at each level is a yearly class
    ("We are approved for 4 residents at every PGY level.", {"positions_per_year": 4}),
]

# A count after a comma still counts the preliminary noun before it.
PRELIMINARY_AFTER_A_COMMA = [
    ("We also offer preliminary medicine spots, three per year.", {}),
    ("Our preliminary track takes interns too, two in every cycle.", {}),
    # near miss: two nouns, each with its own count
    (
        "We match 5 categorical residents and 2 preliminary interns each year.",
        {"positions_per_year": 5},
    ),
]

# Candidates interviewed in a Match are no class: "the most recent Match" is the noun.
INTERVIEWED_IN_A_MATCH = [
    ("We interviewed 72 applicants during last year's Match.", {}),
    ("In the previous Match our faculty interviewed 48 candidates.", {}),
    ("We rank about 90 applicants in the upcoming Match.", {}),
]

# "Without" a requirement, an IMG is ineligible: a condition on IMGs, who are not refused.
WITHOUT_A_REQUIREMENT = [
    ("Without a passing Step 1 result, an IMG cannot be ranked.", {}),
    (
        "Without ECFMG certification at the time of ranking, foreign graduates are ineligible.",
        {"ecfmg_by": "rank order list deadline"},
    ),
    # near misses: "without exception" refuses every IMG; "with or without" a certificate too
    (
        "Without exception, graduates of foreign medical schools are not eligible.",
        {"accepts_img": False},
    ),
    (
        "International medical graduates are ineligible, with or without ECFMG certification.",
        {"accepts_img": False},
    ),
]

# "with no exceptions" (without exception) says a rule firmly; it denies nothing.
NO_EXCEPTIONS = [
    (
        "All parts of the USMLE have to be passed at the first sitting, without exception.",
        {"first_attempt_required": True},
    ),
    (
        "We make no exceptions: Step 1 and Step 2 CK must each be passed on the first try.",
        {"first_attempt_required": True},
    ),
    # near miss: a real negation of the rule
    ("A first-attempt pass on the USMLE is not required.", {"first_attempt_required": False}),
]

# A first-attempt rule said for one exam and denied right after for another holds for the first.
SPARED_EXAM = [
    (
        "Our first-time pass requirement covers Step 1 but not Step 2 CK.",
        {"first_attempt_required": "Step 1 only"},
    ),
    # near miss: a question
    ("Does the first-attempt rule apply to Step 1 or only to Step 2 CK?", {}),
]

# "first-time examinees" (test-takers) is the cohort a percentile is taken from, no attempt rule.
FIRST_TIME_COHORT = [
    ("Our Step 2 CK floor is the national mean of first-time test-takers.", {}),
    ("Step 1 results are compared with those of first-time examinees nationwide.", {}),
]

# ECFMG as the one who sponsors says what ECFMG does nationally, not what this program does.
ECFMG_SPONSORS = [
    ("ECFMG sponsors the J-1 for exchange visitor physicians across the country.", {}),
    ("ECFMG is the sponsor of J-1 clinical trainees at every teaching hospital.", {}),
    # near misses: the program's own residents, the program's own refusal
    (
        "ECFMG sponsors the J-1 visa for our international residents.",
        {"visa_j1": True},
    ),
    ("Does ECFMG sponsor the J-1 for residents in this program?", {}),
]

# "who are not U.S. citizens" names who needs a visa; it denies no sponsorship.
NOT_CITIZENS_GROUP = [
    (
        "Trainees who are not American citizens can be sponsored for a J-1 visa.",
        {"visa_j1": True},
    ),
    (
        "Applicants that are not U.S. citizens or green card holders will be sponsored on an H-1B.",
        {"visa_h1b": True},
    ),
    # near miss: the sponsorship itself denied
    ("Residents who are not US citizens are not sponsored for the H-1B.", {"visa_h1b": False}),
]

# "university-affiliated" (hospital-affiliated) is the kind of program this one is; "an
# affiliated program" alone is another one.
KIND_OF_PROGRAM = [
    (
        "Our hospital-affiliated residency matches 6 interns per year.",
        {"positions_per_year": 6},
    ),
    ("This university-affiliated program sponsors the H-1B.", {"visa_h1b": True}),
    # near miss: another, affiliated program
    ("An affiliated program at the VA matches 4 residents per year.", {}),
]

# "without exception" after a demand says it firmly; it negates nothing.
WITHOUT_EXCEPTION_DEMAND = [
    (
        "Every foreign graduate needs ECFMG certification before starting residency, without "
        "exception.",
        {"ecfmg_by": "start of residency"},
    ),
    (
        "No exceptions: international graduates must be ECFMG certified by the rank list deadline.",
        {"ecfmg_by": "rank order list deadline"},
    ),
    # near miss: a real denial beside the firm word
    (
        "We do not sponsor the H-1B, without exception.",
        {"visa_h1b": False},
    ),
]

# A kind of year between the count and "years" ("calendar", "academic") still counts years.
KIND_OF_YEAR = [
    (
        "Only applicants who graduated in the past 4 calendar years are eligible.",
        {"yog_limit_years": 4},
    ),
    # near misses: an average of residents, a question
    ("Our current residents are on average 3 calendar years out of school.", {}),
    ("Do you accept graduates from the last 6 academic years?", {}),
]

# After a demand, "observerships do not count toward this requirement" says what counts.
WHAT_COUNTS_AFTER_A_DEMAND = [
    (
        "We ask for 3 months of U.S. clinical experience; externships abroad and observerships "
        "do not count toward it.",
        {"usce_required_months": 3},
    ),
    # near misses: no demand before it, a preference
    ("Observerships do not count as US clinical experience here.", {}),
    ("U.S. clinical experience is preferred; observerships do not count toward it.", {}),
]

# Two halves joined by ", and" / ", but", each naming one visa and its own verb, settle each
# visa on their own.
VISA_HALVES = [
    (
        "The sole visa type our residency supports is the J-1, and we never file H-1B petitions.",
        {"visa_j1": True, "visa_h1b": False},
    ),
    (
        "We cannot sponsor J-1 visas, but H-1B sponsorship is available to matched residents.",
        {"visa_j1": False, "visa_h1b": True},
    ),
    # near miss: one denial over both visas before the join
    (
        "We sponsor neither the J-1 nor the H-1B, and applicants must arrange their own status.",
        {"visa_j1": False, "visa_h1b": False},
    ),
]

GROUPS = {
    "visa-halves": VISA_HALVES,
    "what-counts-after-a-demand": WHAT_COUNTS_AFTER_A_DEMAND,
    "kind-of-year": KIND_OF_YEAR,
    "kind-of-program": KIND_OF_PROGRAM,
    "without-exception-demand": WITHOUT_EXCEPTION_DEMAND,
    "ecfmg-sponsors": ECFMG_SPONSORS,
    "not-citizens-group": NOT_CITIZENS_GROUP,
    "no-exceptions": NO_EXCEPTIONS,
    "spared-exam": SPARED_EXAM,
    "first-time-cohort": FIRST_TIME_COHORT,
    "every-level": EVERY_LEVEL,
    "preliminary-after-a-comma": PRELIMINARY_AFTER_A_COMMA,
    "interviewed-in-a-match": INTERVIEWED_IN_A_MATCH,
    "without-a-requirement": WITHOUT_A_REQUIREMENT,
}
STORED = {
    "every-level-total": [
        ("Across every PGY level, the program has 18 residents.", {"total_residents": 18}),
    ],
    "preliminary-after-a-comma": [
        ("We also offer preliminary medicine spots, three per year.", {"preliminary_positions": 3}),
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
