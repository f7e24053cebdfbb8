"""Rule round 13: the fifteenth and sixteenth sets' misses, each construction in phrasings of our
own, with traps.

Written for issue 11 after reading what ``demoweb/phrasings_independent15.py`` (terse bullets,
tables, FAQ fragments, abbreviations) and ``demoweb/phrasings_independent16.py`` (GME
policy-manual prose: "shall", passives, provisos, double negatives, past policy) missed after
round 12. Each group is one construction; its near misses must settle nothing (preferences,
averages, another program's numbers, questions, past policy). Expected values come from what each
sentence plainly commits the program to, never from the extractor's output.
"""

from __future__ import annotations

from demoweb import phrasings_independent15 as independent15
from demoweb import phrasings_independent16 as independent16
from tests.facts_families import family_tests

# A rule held in a frame gone by (a span of years, a change of rules that has happened) is no
# rule now, in the passive ("were required") as in the active; a rule since a year, after a
# change, or due before a date to come is still the rule.
PAST_FRAMES = [
    ("Until the 2022 switch to pass/fail, a Step 1 score of 225 was required.", {}),
    ("Before Step 1 went pass/fail, the program required 220 or higher.", {}),
    ("Between 2015 and 2018 we required two months of USCE.", {}),
    (
        "In cycles before 2021, applicants were required to be no more than 3 years out of "
        "medical school.",
        {},
    ),
    ("Prior to the adoption of the new policy, H-1B visas were sponsored.", {}),
    (
        "Before 2020 we required three months of USCE; now we require one month.",
        {"usce_required_months": 1},
    ),
    (
        "Between 2017 and 2019 Step 2 CK of 230 was required, but the floor is now 215.",
        {"step2_min": 215},
    ),
    # near misses: a rule since a year, after a change, or due before residency starts
    ("Since 2022, a Step 1 score of 225 has been required.", {"step1_min": 225}),
    (
        "Following the move of Step 1 to pass/fail, we now require a Step 2 CK of at least 225.",
        {"step2_min": 225},
    ),
    ("USCE of two months is required before the start of residency.", {"usce_required_months": 2}),
    (
        "ECFMG certification required prior to the start of residency.",
        {"ecfmg_by": "start of residency"},
    ),
]

# A double negative ("not ineligible", "shall not be deemed ineligible") is the affirmative;
# "not ineligible by reason of X" lets X be whatever it is.
DOUBLE_NEGATIVES = [
    (
        "Graduates of foreign medical schools are not ineligible for our program.",
        {"accepts_img": True},
    ),
    ("International graduates shall not be deemed ineligible.", {"accepts_img": True}),
    (
        "Foreign graduates are not ineligible, though preference is given to US graduates.",
        {"accepts_img": True},
    ),
    (
        "Applicants are not ineligible on the basis of how long ago they earned the MD.",
        {"yog_limit_years": "none"},
    ),
    # near misses: a plain denial still denies; another program's or a fellowship's eligibility
    ("Graduates of foreign medical schools are not eligible.", {"accepts_img": False}),
    ("IMGs are not ineligible for our fellowship.", {}),
    ("Graduates of foreign schools are not ineligible for observerships.", {}),
]

# The verdict on those who miss a deadline ("... will not be considered for appointment") is no
# part of the deadline; advice to be certified early is no deadline at all.
DEADLINE_THEN_VERDICT = [
    (
        "Candidates without ECFMG certification by the interview will not be ranked.",
        {"ecfmg_by": "interview"},
    ),
    (
        "Applicants lacking ECFMG certification when they submit their application will not be "
        "considered for appointment.",
        {"ecfmg_by": "time of application"},
    ),
    (
        "Applicants who are not ECFMG certified by the day they apply are not eligible for "
        "appointment.",
        {"ecfmg_by": "time of application"},
    ),
    (
        "IMGs must hold ECFMG certification by the time the program ranks them.",
        {"ecfmg_by": "rank order list deadline"},
    ),
    (
        "IMGs are encouraged to apply but must be ECFMG certified before the interview.",
        {"accepts_img": True, "ecfmg_by": "interview"},
    ),
    # the stage named in a verdict's words is the deadline when nothing before it is
    (
        "Applicants must be ECFMG certified before they may be ranked.",
        {"ecfmg_by": "rank order list deadline"},
    ),
    # near misses: encouragement to be certified early sets no deadline
    (
        "Applicants are urged to finish ECFMG certification before they send in their application.",
        {},
    ),
    ("We strongly encourage ECFMG certification by the time of interview.", {}),
]

# Another program named by its kin ("a partner hospital-based residency"), by a named
# department's possessive ("the School of Medicine's residency"), or left by the page to someone
# else ("not addressed by this page") owns the numbers in its clause.
PROGRAMS_NAMED_AS_ANOTHERS = [
    ("A partner hospital-based residency in the next county fills 9 spots each year.", {}),
    ("The School of Medicine's dermatology residency takes 3 residents a year.", {}),
    ("Categorical pathology positions, 5 each year, are not addressed by this page.", {}),
    # near misses: our own program, affiliated with someone or run by a department
    (
        "Our program, affiliated with the state university, takes 6 residents per year.",
        {"positions_per_year": 6},
    ),
    (
        "Our residency, a university-affiliated community program, takes 7 residents a year.",
        {"positions_per_year": 7},
    ),
    (
        "The program is sponsored by the Department of Family Medicine and matches 4 residents "
        "per year.",
        {"positions_per_year": 4},
    ),
]

# "With the exception of" / "save for" a visa sets it apart from what the clause says of every
# other, as "except" does.
VISA_WITH_THE_EXCEPTION = [
    (
        "With the sole exception of H-1B visas, the program sponsors no visas.",
        {"visa_j1": False, "visa_h1b": True},
    ),
    ("Save for the J-1, no visa type is supported.", {"visa_j1": True, "visa_h1b": False}),
    (
        "With the exception of the H-1B, we sponsor every visa type.",
        {"visa_j1": True, "visa_h1b": False},
    ),
    # near miss: the exception is another program, whose visa says nothing of ours
    (
        "With the exception of our fellowship, which sponsors H-1B visas, no visas are sponsored.",
        {},
    ),
]

# A dash and then a subject ("— we ...", "– it ...") opens a clause of its own: the
# negation after it does not reach back; one that points back with "it" stays on what it names.
DASH_THEN_A_SUBJECT = [
    (
        "J-1 visas only – we have never sponsored the H-1B.",
        {"visa_j1": True, "visa_h1b": False},
    ),
    (
        "J-1 (through ECFMG) only — we do not offer H-1B.",
        {"visa_j1": True, "visa_h1b": False},
    ),
    # near misses: the clause after the dash points back at the visa, or answers the topic
    (
        "H-1B sponsorship — we do not offer it — but J-1 is fine.",
        {"visa_j1": True, "visa_h1b": False},
    ),
    ("USCE — it is not required.", {"usce_required_months": 0}),
]

# "Label: value" pairs set side by side with a slash or a bar are rows of their own; a label
# listing two topics before one value ("Visas: J-1 / H-1B: ...") stays one row.
ROW_PAIRS_IN_ONE_LINE = [
    ("J-1: yes | H-1B: no", {"visa_j1": True, "visa_h1b": False}),
    ("Sponsor J1: Y / Sponsor H1B: N", {"visa_j1": True, "visa_h1b": False}),
    ("Step 1: pass / Step 2 CK: 225", {"step2_min": 225}),
    ("Step 2 CK: 230 / COMLEX Level 2: 500", {"step2_min": 230, "comlex_min": 500}),
    # near miss: one value for two visas, settled case by case
    ("Visas: J-1 / H-1B: case by case", {}),
]

# A row's Yes or No with an aside naming how ("yes (through ECFMG)") is still the answer; an
# aside that limits it ("no (case by case)", "yes (rarely)") leaves it unsettled.
ROW_ANSWER_WITH_AN_ASIDE = [
    ("J-1: Yes (via ECFMG)", {"visa_j1": True}),
    ("H1B: Y (cap-exempt)", {"visa_h1b": True}),
    ("J-1 sponsorship: Yes (through ECFMG)", {"visa_j1": True}),
    # near misses: the aside limits the answer
    ("H-1B: no (case by case)", {}),
    ("H-1B: yes (rarely)", {}),
]

GROUPS = {
    "row-answer-with-an-aside": ROW_ANSWER_WITH_AN_ASIDE,
    "row-pairs-in-one-line": ROW_PAIRS_IN_ONE_LINE,
    "dash-then-a-subject": DASH_THEN_A_SUBJECT,
    "visa-with-the-exception": VISA_WITH_THE_EXCEPTION,
    "programs-named-as-anothers": PROGRAMS_NAMED_AS_ANOTHERS,
    "deadline-then-verdict": DEADLINE_THEN_VERDICT,
    "past-frames": PAST_FRAMES,
    "double-negatives": DOUBLE_NEGATIVES,
}

STORED: dict[str, list[tuple[str, dict[str, object]]]] = {}


(
    test_sentence_commits_the_program_to,
    test_sentence_states_a_stored_fact,
    test_no_sentence_here_is_the_fifteenth_sets_template,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = family_tests(independent15, GROUPS, STORED)
(_, _, test_no_sentence_here_is_the_sixteenth_sets_template, _) = family_tests(
    independent16, GROUPS, STORED
)
