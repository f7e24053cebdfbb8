"""Rule round 34: the three rules the plain voices of ordinary program pages state most often
and the rules read least well on first reading -- the graduation window, first-attempt passes and
months of U.S. clinical experience -- written from breadth, not from one set: eligibility pages,
FAQs, bullet checklists, "Label: value" rows, "you", "we", "applicants", the passive,
conditions, exceptions, negations, ranges, calendar years and "no limit". Controls of the same
shapes must give no fact (or only their own): preferences, averages, other programs, questions,
ECFMG and USMLE rules about other things, and years that are no window ("Class of 2026").

Expected values come from what each sentence commits the program to under the fact contract
(issue 11), never from the extractor: a window in years (a calendar year counts back from the
fetch date, 2026), "none" where the page sets no limit; first-attempt passes true, false where
failures are allowed or weighed case by case ("failures are reviewed case by case" is no rule,
as ``test_facts_fifth_set_families`` reads it), or the one exam the rule names; months of U.S.
clinical experience (weeks rounded up to months), 0 where it is not required, "required,
duration not stated" where it is required without a length.

Before this round (commit 2c6ed0e), 15 of the 200 sentences that state a rule failed (this
module run against that commit): 8 graduation windows ("0 to 3 years ago", "Years since
graduation: 0-5", "graduated before 2020" / "prior to 2021" turned away, "a 3-year gap since
graduation", "a graduate of 2020 or later", "graduates of more than 5 years", "degree must have
been awarded within ..."), 5 first-attempt rules (3 missed: no cap on the number of attempts,
"Attempts: no limit"; 2 wrong: "Steps 1 and 2 CK" read as Step 2 CK only, a Step 1 failure
"acceptable if Step 2 CK was passed on the first attempt" read as every exam) and 2 USCE lengths
("within the last year" read as last year's figures; "the 3-month USCE requirement" after
observerships). After it, none fails; the 31 controls pass there and here. One sentence was
moved to the controls, not left failing: "Observerships alone do not satisfy the USCE
requirement." says what counts toward a requirement stated elsewhere, as ``test_facts_phrasings``
reads "Observerships do not count toward the USCE requirement." (no fact). Hedged windows
("we generally do not interview ...") are not written here: hedges are round 33's.
"""

from __future__ import annotations

import pytest

from extract.facts import may_state_a_fact
from tests.facts_families import Cases, facts_of

NONE_REQUIRED = "required, duration not stated"

YOG: Cases = {
    "within_years": [
        ("Applicants must be within 3 years of graduation from medical school.", 3),
        ("You must have graduated from medical school within the last five years.", 5),
        ("We accept applicants who graduated within the past 3 years.", 3),
        ("Medical school graduation must have occurred within the last 4 years.", 4),
        ("Only applicants who graduated in the last 3 years will be considered.", 3),
        ("You are eligible if you graduated from medical school within the past five years.", 5),
        ("Applicants must have graduated within 1 year of the program start date.", 1),
        ("Applicants must have graduated within 5 years of the application deadline.", 5),
        ("IMGs must have graduated within the past 3 years.", 3),
        ("Graduation from medical school within 2 years of applying is required.", 2),
        ("Applicants should be within five years of graduation at the start of residency.", 5),
        ("You must be a recent graduate (within the past 2 years).", 2),
        ("We consider recent graduates (3 years or less).", 3),
        ("Eligibility: graduation within the last five years", 5),
        ("Year of graduation: within the last 5 years", 5),
    ],
    "no_more_than": [
        ("It must be no more than 5 years since your medical school graduation.", 5),
        ("No more than three years should have passed since you graduated.", 3),
        (
            "We require that applicants be no more than 2 years from graduation at the time "
            "of application.",
            2,
        ),
        ("Applicants must be less than 5 years from graduation.", 5),
        ("Maximum of 3 years since graduation", 3),
        ("Gap since graduation: no more than 3 years", 3),
        ("We accept graduates up to 10 years out.", 10),
        ("Applicants who graduated 0 to 3 years ago are eligible.", 3),
        ("Years since graduation: 0-5", 5),
        ("YOG cutoff: 5 years", 5),
        ("Graduation window: 5 years", 5),
    ],
    "beyond_excluded": [
        (
            "We do not consider applicants who are more than 4 years out of medical school.",
            4,
        ),
        ("Applicants more than three years past graduation will not be considered.", 3),
        ("If you graduated more than 3 years ago, you are not eligible.", 3),
        ("Graduates of more than 5 years are not eligible to apply.", 5),
        ("Applicants with more than a 3-year gap since graduation will not be considered.", 3),
    ],
    "calendar_year": [
        ("Graduation year: 2021 or later", 5),
        ("Applicants who graduated in 2022 or later are welcome to apply.", 4),
        ("Candidates must have graduated no earlier than 2020.", 6),
        ("Applicants must have a graduation date of 2021 or later.", 5),
        ("You must have graduated in 2023 or after to apply.", 3),
    ],
    "no_limit": [
        ("There is no limit on the year of graduation.", "none"),
        ("We have no cutoff for year of graduation.", "none"),
        ("There is no graduation year requirement.", "none"),
        ("Graduates of any year are welcome to apply.", "none"),
        ("Time since graduation: No limit", "none"),
        ("The program does not have a graduation year cutoff.", "none"),
        ("We do not restrict applications based on year of graduation.", "none"),
        ("There is no time limit since graduation.", "none"),
        ("Year of graduation: no restriction", "none"),
    ],
    "more_voices": [
        (
            "Applicants must have graduated from medical school no more than 3 years prior to "
            "the start of residency.",
            3,
        ),
        ("We accept applicants up to 5 years after graduation.", 5),
        ("Applicants must be within 5 years of medical school graduation as of July 1.", 5),
        ("Graduation from medical school must be within the last three (3) years.", 3),
        ("Candidates must have graduated within the last 5 years (2021 or later).", 5),
        ("We only accept applicants who are 3 years or less from graduation.", 3),
        ("Must be a graduate of 2020 or later", 6),
        ("Graduated within 3 years", 3),
        ("Year of graduation (YOG): 2019 or after", 7),
        ("We do not accept applicants who graduated before 2020.", 6),
        ("Applicants who graduated prior to 2021 are not eligible.", 5),
        ("There is a 5-year limit from graduation.", 5),
        ("A 3-year graduation cutoff applies to all applicants.", 3),
        ("Applicants must be no more than 3 years post-graduation.", 3),
        ("Time since graduation must not exceed 5 years.", 5),
        ("Time elapsed since medical school graduation should not exceed three years.", 3),
        ("Up to 5 years from graduation", 5),
        ("Graduates from 2021 onward are eligible.", 5),
        ("Less than 5 years since graduation", 5),
        ("5 years or less from graduation", 5),
        ("Applicants must have received their MD within the past five years.", 5),
        ("Your medical degree must have been awarded within the last 3 years.", 3),
    ],
    "no_limit_more": [
        ("We accept applicants regardless of year of graduation.", "none"),
        ("No YOG restriction", "none"),
        ("Year of graduation is not a limiting factor.", "none"),
        ("We welcome applicants of all graduation years.", "none"),
        ("There is no cut-off date for graduation.", "none"),
        ("We do not have a time-since-graduation limit.", "none"),
    ],
}

ATTEMPTS: Cases = {
    "all_first_attempt": [
        ("Applicants must have passed all USMLE Steps on the first attempt.", True),
        ("You must pass Step 1 and Step 2 CK on your first attempt.", True),
        ("We require first-attempt passes on all USMLE examinations.", True),
        ("Only one attempt on each Step is accepted.", True),
        ("One attempt only on USMLE Step 1 and Step 2 CK.", True),
        ("All USMLE scores must be first-attempt passes.", True),
        ("We require passing scores on the first attempt for Step 1 and Step 2 CK.", True),
        ("Candidates must have no more than one attempt on any Step.", True),
        ("USMLE Step 1 and Step 2 CK: passed on first attempt", True),
        ("Applicants must have passed every board exam on the first try.", True),
        ("Applicants must have passed USMLE Step 1 and Step 2 CK in one attempt each.", True),
        ("First-time pass on USMLE Step 1 and Step 2 CK required.", True),
        ("USMLE attempts: first attempt only", True),
        ("Passed on first attempt: Required", True),
        ("Attempts allowed per Step: 1", True),
    ],
    "no_failures": [
        ("No failures on Step 1 or Step 2 CK.", True),
        ("Applicants must not have failed any USMLE Step.", True),
        ("Applicants with any USMLE failure will not be considered.", True),
        ("We do not accept applicants with failed attempts on the USMLE.", True),
        (
            "We do not consider applicants who needed more than one attempt to pass Step 1 or "
            "Step 2 CK.",
            True,
        ),
        ("Any failed attempt on USMLE Step 1, Step 2 CK or Step 3 is disqualifying.", True),
        ("Applicants must have passed the USMLE Steps without any failures.", True),
        ("Exam failures: none allowed", True),
        ("You must not have failed any part of the USMLE.", True),
    ],
    "one_exam": [
        ("Step 2 CK must be passed on the first attempt.", "Step 2 CK only"),
        ("A first-attempt pass on Step 1 is required.", "Step 1 only"),
        ("Applicants who have failed Step 2 CK will not be considered.", "Step 2 CK only"),
        ("Step 1 failures are not accepted.", "Step 1 only"),
        (
            "Applicants who failed Step 1 but passed Step 2 CK on the first attempt will be "
            "considered.",
            "Step 2 CK only",
        ),
        ("COMLEX Level 1 and Level 2 CE must be passed on the first attempt.", "COMLEX only"),
    ],
    "not_required": [
        ("Multiple attempts on the USMLE are considered case by case.", False),
        ("Applicants with multiple attempts are reviewed on a case-by-case basis.", False),
        ("We do not require first-attempt passes.", False),
        ("A failed attempt does not automatically disqualify you.", False),
        ("Applicants with a previous USMLE failure are still eligible to apply.", False),
        ("We will consider applicants with more than one attempt.", False),
        ("Failing a Step is not an automatic exclusion.", False),
        ("There is no limit on the number of attempts.", False),
        ("USMLE attempts: no restriction", False),
        ("First-attempt pass: Not required", False),
        ("Applicants who did not pass on the first attempt may still apply.", False),
        ("First-attempt passes are preferred but not required.", False),
        ("We accept up to two attempts on Step 2 CK.", False),
        ("Applicants who passed on a second attempt are welcome to apply.", False),
    ],
    "more_voices": [
        (
            "Applicants must have passed USMLE Step 1 and Step 2 CK on the first attempt (no "
            "failures).",
            True,
        ),
        ("Failures on any USMLE Step will not be accepted.", True),
        ("All examinations must be passed on the first attempt.", True),
        ("Passing the USMLE on the first attempt is a requirement.", True),
        ("Candidates with a failed attempt on any Step are not eligible.", True),
        ("Applicants with USMLE failures are not eligible.", True),
        ("USMLE failures: not accepted", True),
        ("First attempt passes on USMLE Steps 1 and 2 CK are mandatory.", True),
        ("We consider only first-time takers of the USMLE.", True),
        ("No prior attempts or failures on the USMLE", True),
        ("No exam failures", True),
        ("We do not require a first-time pass.", False),
        ("One failed attempt is acceptable.", False),
        ("Applicants with one USMLE failure may apply.", False),
        ("Multiple attempts: considered", False),
        ("USMLE failures: considered case by case", False),
        ("We accept applicants with multiple attempts.", False),
        ("Prior exam failures do not exclude you from consideration.", False),
        ("A Step 1 failure is not disqualifying.", False),
        ("Passing on the first attempt is not required.", False),
        ("Attempts: no limit", False),
        (
            "A single failure on Step 1 is acceptable if Step 2 CK was passed on the first "
            "attempt.",
            "Step 2 CK only",
        ),
    ],
}

USCE: Cases = {
    "months": [
        ("A minimum of 6 months of US clinical experience is required.", 6),
        ("Applicants must have at least 3 months of hands-on USCE.", 3),
        ("You must have at least 2 months of clinical experience in the United States.", 2),
        ("We require 12 months of U.S. clinical experience.", 12),
        ("At least one year of US clinical experience is required.", 12),
        (
            "You need at least three months of clinical experience in the U.S., such as "
            "externships or sub-internships.",
            3,
        ),
        ("Three months of US clinical experience within the last year is required.", 3),
        (
            "We require a minimum of six months of clinical experience in the US within the "
            "past two years.",
            6,
        ),
        ("Applicants should have at least 3 months of USCE.", 3),
        ("IMGs must have at least 6 months of US clinical experience.", 6),
        (
            "You will need a minimum of 3 months of US-based clinical experience to be considered.",
            3,
        ),
        ("Hands-on clinical experience in the United States (minimum 3 months) is required.", 3),
        ("Minimum 3 months of USCE", 3),
    ],
    "weeks": [
        (
            "Applicants need a minimum of 8 weeks of hands-on clinical experience in a US "
            "hospital.",
            2,
        ),
        ("Applicants must have completed at least 4 weeks of US clinical rotations.", 1),
        ("Applicants are required to have completed a minimum of 12 weeks of USCE.", 3),
    ],
    "rows": [
        ("USCE: minimum 3 months", 3),
        ("US clinical experience: 6 months required", 6),
        ("Required USCE: 3 months (hands-on)", 3),
        ("US Clinical Experience (USCE): 3+ months", 3),
        ("US clinical experience: Not required", 0),
        ("Minimum USCE: none", 0),
    ],
    "observerships_excluded": [
        ("Observerships do not count toward the 3-month USCE requirement.", 3),
        ("At least 3 months of hands-on USCE is required; observerships do not count.", 3),
        (
            "We require at least 2 months of hands-on US clinical experience (externship, "
            "sub-internship or residency); observerships and research do not qualify.",
            2,
        ),
    ],
    "required_no_length": [
        ("US clinical experience is required.", NONE_REQUIRED),
        ("Applicants must have US clinical experience.", NONE_REQUIRED),
        ("Hands-on US clinical experience is mandatory.", NONE_REQUIRED),
        ("You must have clinical experience in the United States to apply.", NONE_REQUIRED),
    ],
    "not_required": [
        ("USCE is not required.", 0),
        ("US clinical experience is not required but is strongly recommended.", 0),
        ("USCE is not required, but applicants with it are more competitive.", 0),
        ("We do not require US clinical experience.", 0),
        ("There is no USCE requirement.", 0),
        ("US clinical experience is not mandatory.", 0),
        ("No US clinical experience is necessary to apply.", 0),
        ("US clinical experience is not a requirement for application.", 0),
        ("Lack of USCE does not disqualify an applicant.", 0),
        ("Applicants without US clinical experience are welcome to apply.", 0),
    ],
    "more_voices": [
        ("A minimum of three (3) months of USCE is required.", 3),
        (
            "Applicants must have a minimum of 3 months of US clinical experience in the last "
            "12 months.",
            3,
        ),
        ("Required: at least 3 months of hands-on clinical experience in US hospitals", 3),
        ("We require at least 6 months of clinical experience in a US healthcare setting.", 6),
        ("USCE of at least 2 months (hands-on, not observership)", 2),
        ("Applicants must have completed at least two months of clinical rotations in the US.", 2),
        (
            "Must have a minimum of 3 months of US clinical experience (observerships are not "
            "accepted).",
            3,
        ),
        ("Minimum 4 weeks of USCE required", 1),
        ("One month of US clinical experience is required.", 1),
        (
            "Applicants are required to have a minimum of 3 months of clinical experience in "
            "the U.S. healthcare system.",
            3,
        ),
        (
            "At least 3 months of USCE is required, of which observerships may count for no "
            "more than one month.",
            3,
        ),
        ("We require some US clinical experience.", NONE_REQUIRED),
        ("USCE: Required", NONE_REQUIRED),
        ("USCE required (observerships not accepted)", NONE_REQUIRED),
        ("US clinical experience is required for all IMG applicants.", NONE_REQUIRED),
        ("USCE is not a requirement.", 0),
        ("USCE: not necessary", 0),
        ("We do not have a USCE requirement.", 0),
        ("You do not need US clinical experience to apply.", 0),
        ("US clinical experience is recommended but not required.", 0),
        ("Prior US clinical experience is not required.", 0),
        ("USCE is helpful but not required.", 0),
    ],
}

# Sentences of the same shapes that settle none of the three (nor any other printed fact)
CONTROLS: list[str] = [
    # preferences
    "Recent graduates are preferred.",
    "Applicants who graduated within the last 2 years are preferred.",
    "Passing on the first attempt is strongly preferred.",
    "US clinical experience is strongly preferred.",
    "USCE is preferred.",
    # averages and what residents did
    "Our residents graduated an average of 3 years before starting residency.",
    "Most of our residents passed their boards on the first attempt.",
    "Most matched applicants had 6 months of USCE.",
    "Our average applicant has 5 months of USCE.",
    # years that are no window
    "Welcome to the Class of 2026!",
    "Our interns come from the graduating class of 2025.",
    "Our program was founded 5 years ago.",
    "Letters of recommendation must be dated within the last year.",
    # questions
    "Is there a year of graduation cutoff?",
    "Did you pass Step 1 on the first attempt?",
    "Do I need US clinical experience?",
    # rules about other things
    "ECFMG allows up to four attempts at each exam.",
    "The USMLE program limits examinees to four attempts on any Step.",
    "Step 1 is now reported as pass/fail.",
    "We require a passing Step 2 CK score at the time of application.",
    "Observerships are available for visiting international students.",
    "We offer 4-week observerships for international graduates.",
    "Residents complete 2 months of elective rotations in the first year.",
    "Our residents have a 100% first-attempt board pass rate.",
    "Our three-year first-time ABIM pass rate is 98%.",
    "The program is 3 years in length.",
    "Five years after graduation, most of our alumni are in fellowship.",
    "Many of our applicants gained USCE at our affiliated clinics.",
    "Externships are offered for 4 weeks.",
    "Observerships are not considered US clinical experience.",
    # what counts toward a requirement stated elsewhere, as test_facts_phrasings reads
    # "Observerships do not count toward the USCE requirement."
    "Observerships alone do not satisfy the USCE requirement.",
]


def _params(groups: Cases, fact: str) -> list:
    return [
        pytest.param(s, {fact: v}, id=f"{fact}-{name}-{i}")
        for name, group in groups.items()
        for i, (s, v) in enumerate(group)
    ]


STATED = (
    _params(YOG, "yog_limit_years")
    + _params(ATTEMPTS, "first_attempt_required")
    + _params(USCE, "usce_required_months")
)


@pytest.mark.parametrize(("sentence", "expected"), STATED)
def test_sentence_states_the_rule(sentence: str, expected: dict[str, object]) -> None:
    assert facts_of(sentence) == expected


@pytest.mark.parametrize("sentence", CONTROLS)
def test_control_states_no_rule(sentence: str) -> None:
    assert facts_of(sentence) == {}


def test_the_cue_prefilter_keeps_every_sentence_that_states_a_rule() -> None:
    assert [p.values[0] for p in STATED if not may_state_a_fact(p.values[0])] == []
