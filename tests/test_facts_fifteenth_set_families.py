"""Rule round 14: the fifteenth, seventeenth and eighteenth sets' misses, each construction in
phrasings of our own, with traps.

Written for issue 11 after reading what ``demoweb/phrasings_independent15.py`` (terse bullets,
tables, FAQ fragments), ``demoweb/phrasings_independent17.py`` (warm IMG-facing FAQ answers,
British spellings) and ``demoweb/phrasings_independent18.py`` (dense at-a-glance overviews: marks,
dashes, bars) missed after round 13. Most of them are label–value fragments, now read by
``extract.fact_rows`` (its own unit tests: ``tests/test_fact_rows.py``); these are the words and
constructions the rules gained beside it. Each group is one construction; its near misses must
settle nothing (preferences, averages, another program's numbers, questions, past policy).
Expected values come from what each sentence plainly commits the program to, never from the
extractor's output.
"""

from __future__ import annotations

from demoweb import phrasings_independent15 as independent15
from demoweb import phrasings_independent17 as independent17
from demoweb import phrasings_independent18 as independent18
from tests.facts_families import family_tests

# A mark is a word: a check before a statement adds nothing, a cross before a noun phrase denies
# it, and a list of marked items answers each item.
MARKS = [
    ("\u2718 J-1 sponsorship", {"visa_j1": False}),
    ("\u2714 J-1 \u00b7 \u2718 H-1B", {"visa_j1": True, "visa_h1b": False}),
    ("Visas we sponsor: H-1B \u2718 \u00b7 J-1 \u2714", {"visa_j1": True, "visa_h1b": False}),
    ("\u2718 Graduates of international medical schools", {"accepts_img": False}),
    ("IMGs: \u2714", {"accepts_img": True}),
    ("\u2718 Minimum Step 1 score", {"step1_min": "none"}),
    # near misses: a marked preference, another program's row, a question
    ("\u2714 Hands-on USCE (preferred)", {}),
    ("\u2714 H-1B (our sister hospital's program)", {}),
    ("\u2714 Do you sponsor J-1 visas?", {}),
]

# A label set off by a dash, and fields set apart by a bar, are rows of their own; a clause after
# a dash is a reason, not a value.
DASHES_AND_BARS = [
    ("Visas \u2014 J-1 \u2714 | H-1B \u2718", {"visa_j1": True, "visa_h1b": False}),
    (
        "Foreign medical graduates \u2014 \u2718 | DO graduates \u2014 \u2714",
        {"accepts_img": False},
    ),
    ("Sponsorship \u2014 J-1 (via ECFMG) | H-1B: \u2718", {"visa_j1": True, "visa_h1b": False}),
    # near misses: an average after a bar, a bar over both visas that settles nothing
    ("Residents' mean Step 2 CK | 251", {}),
    ("J-1 | H-1B: decided case by case", {}),
]

# Table shorthand spelled out: the degree named for the graduation, a count of other years.
SHORTHAND = [
    ("Years since M.D. (max.): 3", {"yog_limit_years": 3}),
    ("Years since the medical degree (maximum): none", {"yog_limit_years": "none"}),
    ("Categorical slots: 5 (in some years 6)", {"positions_per_year": "5-6"}),
    # near misses: averages and preferences in shorthand
    ("Avg. Step 1 of current residents \u2265 240", {}),
    ("Graduation \u2264 3 yrs pref'd.", {}),
]

# "Overseas" schools are foreign schools; visas named in the plural ("J-1s", "H-1Bs") are visas.
OVERSEAS = [
    ("The GME office sponsors J-1s for our residents.", {"visa_j1": True}),
    ("H-1Bs: we don't file them.", {"visa_h1b": False}),
    ("Other programs in our region sponsor H-1Bs.", {}),
    ("Graduates of overseas medical schools are considered.", {"accepts_img": True}),
    ("We accept applications from graduates of overseas schools.", {"accepts_img": True}),
    # near misses: other programs, a question
    ("Many programs accept graduates of overseas medical schools.", {}),
    ("Do you take graduates of overseas medical schools?", {}),
]

# An aside naming who set a figure (", as approved by the ACGME,") is no clause of its own: the
# subject before it keeps its verb after it.
ATTRIBUTION_ASIDES = [
    ("Our yearly class, as set by the GME committee, is 5 residents.", {"positions_per_year": 5}),
    (
        "The lowest Step 1 score we accept, as stated in our selection policy, is 218.",
        {"step1_min": 218},
    ),
    (
        "The maximum time allowed since graduation, as specified in the institutional policy, is "
        "6 years.",
        {"yog_limit_years": 6},
    ),
    # near misses: an average and another program, each with the same aside
    ("The mean Step 2 CK of our residents, as published in our annual report, is 247.", {}),
    (
        "The surgery residency next door, as approved by the ACGME, is a separate program with "
        "30 positions.",
        {},
    ),
]

# "a sponsor" named as a party (an outside, external, another sponsor) is no sponsorship by the
# program; what is not screened in an exam's attempts or history says nothing of its score.
SPONSOR_NOUNS_AND_HISTORIES = [
    ("Every visa but the H-1B needs an external sponsor.", {}),
    ("Applicants on J-1 status need another sponsor.", {}),
    (
        "H-1B holders must bring their own sponsor; we sponsor J-1 visas.",
        {"visa_j1": True},
    ),
    ("Step 2 CK attempts are not screened.", {}),
    ("Step 1 exam history is not screened; Step 2 CK minimum 226.", {"step2_min": 226}),
    # near misses: the program's own sponsorship and a score not screened still read
    ("We are the sponsor of J-1 visas for our residents.", {"visa_j1": True}),
    ("Step 1 scores are not screened.", {"step1_min": "none"}),
]

# COMLEX named by its level alone ("Level 2-CE"), and a "cap" or "ceiling" as a limit's noun.
LEVELS_AND_CAPS = [
    ("Osteopathic applicants: Level 2-CE of at least 510.", {"comlex_min": 510}),
    ("Level 2-CE minimum \u2014 480", {"comlex_min": 480}),
    ("We put no cap on years since graduation.", {"yog_limit_years": "none"}),
    ("Graduation year \u2014 no ceiling", {"yog_limit_years": "none"}),
    # near misses: an average Level 2-CE, a cap on something else
    ("Level 2-CE average of our DO residents: 575", {}),
    ("There is no cap on the number of interviews we offer.", {}),
]

# Enumerated items ("(a) ..., (b) ... and (c) ...") are clauses of their own: a negation in one
# never reaches another.
ENUMERATED_ITEMS = [
    (
        "Our GME office (a) handles J-1 sponsorship via ECFMG and (b) does not petition for H-1B "
        "status.",
        {"visa_j1": True, "visa_h1b": False},
    ),
    (
        "The residency (i) sponsors J-1 physicians, (ii) never files H-1B petitions and (iii) "
        "accepts no transfers.",
        {"visa_j1": True, "visa_h1b": False},
    ),
    # near misses: items that share one verb and no denial stay one clause; a condition on
    # foreign graduates admits none by itself; an enumerated preference settles nothing
    (
        "Residents must have passed (a) Step 1 and (b) Step 2 CK, each on the first attempt.",
        {"first_attempt_required": True},
    ),
    (
        "Foreign graduates must (a) pass every USMLE Step and (b) hold an ECFMG certificate "
        "before the rank list deadline.",
        {"ecfmg_by": "rank order list deadline"},
    ),
    ("We favor applicants who (a) have U.S. rotations and (b) sit Step 2 CK early.", {}),
]

GROUPS = {
    "enumerated-items": ENUMERATED_ITEMS,
    "levels-and-caps": LEVELS_AND_CAPS,
    "attribution-asides": ATTRIBUTION_ASIDES,
    "sponsor-nouns-and-histories": SPONSOR_NOUNS_AND_HISTORIES,
    "marks": MARKS,
    "dashes-and-bars": DASHES_AND_BARS,
    "shorthand": SHORTHAND,
    "overseas": OVERSEAS,
}

# Letters named "U.S." or "American" come from U.S. physicians; the whole residency is counted
# at "all PGY levels" or "all training years" (a class "at every PGY level" is one year's).
STORED: dict[str, list[tuple[str, dict[str, object]]]] = {
    "us-letters": [
        ("American LORs are required.", {"us_letters_required": True}),
        ("Two U.S. letters required.", {"us_letters_required": True}),
        # near miss: a preference
        ("U.S. letters preferred.", {}),
    ],
    "whole-residency": [
        ("Current residents, all training years: 20", {"total_residents": 20}),
        ("21 residents altogether (every PGY level).", {"total_residents": 21}),
        # near misses: a class at each level, another program's residents
        ("We take 4 residents (every PGY level has 4).", {}),
        (
            "The affiliated internal medicine residency, a separate program, has 60 residents at "
            "all PGY levels.",
            {},
        ),
    ],
}


(
    test_sentence_commits_the_program_to,
    test_sentence_states_a_stored_fact,
    test_no_sentence_here_is_the_eighteenth_sets_template,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = family_tests(independent18, GROUPS, STORED)
(_, _, test_no_sentence_here_is_the_fifteenth_sets_template, _) = family_tests(
    independent15, GROUPS, STORED
)
(_, _, test_no_sentence_here_is_the_seventeenth_sets_template, _) = family_tests(
    independent17, GROUPS, STORED
)
