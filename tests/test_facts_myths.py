"""Rule round 22: myths and their corrections (:mod:`extract.fact_myths`), each construction in
phrasings of our own, with traps and controls.

Written for issue 11 after reading what ``demoweb/phrasings_independent27.py`` (a "myths and
facts" FAQ: a quoted belief, then its correction) misread before round 22. Each group is one kind
of sentence: only the correction is the program's rule, and the belief's own numbers and
negations settle nothing. Expected values come from what each sentence plainly commits the
program to under the fact contract, never from the extractor's output.

Before this round (commit 6768e58), 18 of these 35 cases failed (this module run against that
commit): every group but the controls had failures, the traps too (a quoted belief read as the
rule); the controls pass there and here.
"""

from __future__ import annotations

from demoweb import phrasings_independent27 as independent27
from tests.facts_families import family_tests

GROUPS = {
    # "Myth: ..." answered by a bare reply: the belief, denied or affirmed
    "bare_replies": [
        ("Myth: this residency takes H-1B residents. Fact: it does not.", {"visa_h1b": False}),
        ("Myth: we consider foreign medical graduates. Truth: we don't.", {"accepts_img": False}),
        (
            "Myth: our department does not consider IMGs. Fact: it does, every single year.",
            {"accepts_img": True},
        ),
        (
            "Myth: we have no Step 2 CK minimum. Fact: we do, and it is 228.",
            {"step2_min": 228},
        ),
        (
            "It is a widespread myth that hands-on US clinical experience is compulsory for our "
            "applicants; it isn't.",
            {"usce_required_months": 0},
        ),
        (
            "It is a popular misconception that we insist on first-try passes; we do not.",
            {"first_attempt_required": False},
        ),
        ("It is untrue that our program turns down J-1 applicants.", {}),
        (
            "It is not true that our residency is closed to graduates of foreign schools.",
            {"accepts_img": True},
        ),
    ],
    # a belief corrected by a sentence with its own topic: the belief is read as nothing
    "full_corrections": [
        (
            "Myth: we only sponsor the J-1. Fact: both the H-1B and the J-1 are sponsored here.",
            {"visa_j1": True, "visa_h1b": True},
        ),
        (
            "Myth: applicants need a 260 on Step 2 CK to be invited. Fact: our minimum Step 2 CK "
            "score is 226.",
            {"step2_min": 226},
        ),
        (
            "Myth: graduation date is irrelevant here. Fact: we only consider applicants who "
            "graduated within the last 4 years.",
            {"yog_limit_years": 4},
        ),
        (
            "It is not true that overseas letters are sufficient: at least one letter must come "
            "from a physician in the United States.",
            {},
        ),
        (
            "It is a myth that we never sponsor visas: J-1 sponsorship is offered to residents "
            "who qualify.",
            {"visa_j1": True},
        ),
        (
            "It is not true that we turn away residents who need an H-1B; the H-1B is sponsored "
            "here, as is the J-1.",
            {"visa_j1": True, "visa_h1b": True},
        ),
    ],
    # a correction that names no topic or points back: it takes the belief's topic
    "pointing_back": [
        (
            "It is a common misconception that two weeks of US clerkships will do; our minimum "
            "is 3 months.",
            {"usce_required_months": 3},
        ),
        (
            "It is a frequent misconception that our intern class grows every year; it stays at "
            "5 per year.",
            {"positions_per_year": 5},
        ),
        (
            "Myth: US clinical experience is a nice extra for us. Fact: it is mandatory, though "
            "we set no number of months.",
            {"usce_required_months": "required, duration not stated"},
        ),
        (
            "Myth: there is no Step 1 floor in our screening. Fact: the floor is 218.",
            {"step1_min": 218},
        ),
        (
            "Myth: our score minimums are out of reach for most. Fact: they are 214 for Step 1 "
            "and 226 for Step 2 CK.",
            {"step1_min": 214, "step2_min": 226},
        ),
        (
            "Myth: ECFMG certification can wait until after the Match. Fact: IMGs must be "
            "certified before the rank order list deadline.",
            {"ecfmg_by": "rank order list deadline"},
        ),
        (
            "Myth: 255 is the Step 2 CK score we look for. Fact: it is the median score of the "
            "residents we matched last year.",
            {},
        ),
    ],
    # beliefs left uncorrected or about other bodies: they settle nothing
    "traps": [
        ("Myth: the program sponsors H-1B visas for everyone.", {}),
        (
            "You may have heard that we now require a 245 on Step 1; any change would be "
            "announced on this page first.",
            {},
        ),
        (
            "Some applicants believe that IMGs are screened out automatically; please read our "
            "eligibility page rather than forum threads.",
            {},
        ),
        (
            "It is a common misconception that the NRMP requires US clinical experience; it does "
            "not, and each program sets its own policy.",
            {},
        ),
        (
            "Rumour has it that our program will stop sponsoring J-1 visas; please contact the "
            "coordinator with questions.",
            {},
        ),
    ],
    # other voices the module must leave as they were
    "controls": [
        ("We sponsor J-1 visas only.", {"visa_j1": True, "visa_h1b": False}),
        (
            "Contrary to what some forums say, our Step 2 CK minimum is 232.",
            {"step2_min": 232},
        ),
        (
            "International medical graduates are not eligible for our program.",
            {"accepts_img": False},
        ),
        ("Is there a minimum Step 1 score? No.", {"step1_min": "none"}),
        (
            "We read every application; we do not require US clinical experience.",
            {"usce_required_months": 0},
        ),
        (
            "Fact: we match 6 categorical residents each year.",
            {"positions_per_year": 6},
        ),
        (
            "Applicants must have passed Step 1 and Step 2 CK on the first attempt; we do not "
            "consider repeat takers.",
            {"first_attempt_required": True},
        ),
    ],
}
STORED = {
    "pointing_back": [
        (
            "Myth: we have no preliminary positions. Fact: there are 2 preliminary positions "
            "each year.",
            {"preliminary_positions": 2},
        ),
        (
            "It is not true that letters from abroad will do: two of your letters must be "
            "written by US physicians.",
            {"us_letters_required": True},
        ),
    ],
}

(
    test_sentence_commits_the_program_to,
    test_sentence_states_a_stored_fact,
    test_no_sentence_here_is_the_blind_sets_template,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = family_tests(independent27, GROUPS, STORED)
