"""Rule round 32: false facts of four kinds any program page may carry, in phrasings of our own,
with controls that state this program's rule in the same shape and keep their reading.

The kinds: an average denied as a cutoff further into the sentence ("do not read that number as
a cutoff", "... describes past classes rather than a threshold"), which denies only that the
figure is a floor and settles no floor; a bare count of some residents ("Five residents in the
program are women"), which is a group among them, not the total; an exclusion only possible
("a Step 1 failure may keep you from being ranked"), which is no rule (the contract: preferences
are not requirements; ``test_facts_eighth_set_families`` reads "can affect your eligibility" as
nothing) while "will disqualify you" is; and a preferred certificate's later clause ("and we
note it on the interview schedule") read as its deadline. Expected values come from what each
sentence commits the program to under the fact contract (issue 11), never from the extractor.

Before this round (commit 2499328), 9 of these 12 sentences outside the controls failed (this
module run against that commit); the controls pass there and here.
"""

from __future__ import annotations

from tests.facts_families import sentence_tests

GROUPS: dict[str, list[tuple[str, dict[str, object]]]] = {
    # an average denied as a floor: no floor settled, unless the page also says there is none
    "average_denied": [
        (
            "Matched residents have averaged 241 on Step 2 CK, and, though people often cite it, "
            "that score reflects earlier cohorts rather than a threshold.",
            {},
        ),
        (
            "Our interns average 236 on Step 2 CK; please do not treat that figure as a cutoff.",
            {},
        ),
        (
            "Last year's class averaged 229 on Step 1, and applicants should not take that "
            "number as a minimum.",
            {},
        ),
        (
            "Our interns average 236 on Step 2 CK; please do not treat that figure as a cutoff, "
            "and we sponsor J-1 visas.",
            {"visa_j1": True},
        ),
    ],
    # an exclusion that only may happen: no rule
    "only_possible": [
        ("A failed Step 2 CK attempt might stop us from ranking you.", {}),
        ("A Step 1 failure could make you ineligible for an interview.", {}),
        ("A prior Step 1 failure may disqualify an applicant.", {}),
        (
            "A Step 1 failure may prevent us from ranking you, and we sponsor H-1B visas.",
            {"visa_h1b": True},
        ),
    ],
    # a preferred certificate's later clause: no deadline
    "preference_goes_on": [
        (
            "We prefer candidates whose ECFMG certification has been issued, and we mark it on "
            "the interview day roster.",
            {},
        ),
    ],
    "controls": [
        ("The minimum Step 2 CK score is 230.", {"step2_min": 230}),
        (
            "Our residents average 238 on Step 2 CK, but there is no minimum score.",
            {"step2_min": "none"},
        ),
        (
            "Residents averaged 245 on Step 2 CK; this is not a cutoff.",
            {},
        ),
        ("A Step 1 failure will disqualify you.", {"first_attempt_required": "Step 1 only"}),
        (
            "A failed Step 2 CK attempt will keep you from being ranked.",
            {"first_attempt_required": "Step 2 CK only"},
        ),
        (
            "A Step 1 failure will not keep you from being considered.",
            {"first_attempt_required": False},
        ),
        (
            "We prefer ECFMG certification early, but it must be complete by the rank list "
            "deadline.",
            {"ecfmg_by": "rank order list deadline"},
        ),
        (
            "ECFMG certification is required, and it must be in hand before the interview.",
            {"ecfmg_by": "interview"},
        ),
    ],
}

# facts that go to the database only: the total number of residents
STORED: dict[str, list[tuple[str, dict[str, object]]]] = {
    "some_of_them": [
        ("Six residents in the program are from Nigeria.", {}),
        ("Four residents in our program speak Spanish.", {}),
        (
            "Nine residents in the program hold a PhD; there are 30 residents in the program.",
            {"total_residents": 30},
        ),
    ],
    "controls": [
        ("There are 18 residents in the program.", {"total_residents": 18}),
        ("The 22 residents in the program come from 9 countries.", {"total_residents": 22}),
        ("The program has 24 residents in total.", {"total_residents": 24}),
    ],
}


(
    test_sentence_commits_the_program_to,
    test_sentence_states_a_stored_fact,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = sentence_tests(GROUPS, STORED)
