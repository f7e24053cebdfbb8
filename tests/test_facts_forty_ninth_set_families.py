"""Rule round 52: kinds of sentence the 49th and 50th sets (ophthalmology and urology programs
that match outside the NRMP, and programs with osteopathic recognition in their director of
osteopathic education's voice) showed read wrong or not at all, each written here in words of
our own, with controls of the same shape that must keep their reading.

The kinds: a first-attempt rule on "every COMLEX or USMLE level (step) you have taken", where
"USMLE" before a step or level with no number names the whole exam beside COMLEX, not COMLEX
alone; a first-attempt rule on one Step asked of "USMLE takers", where USMLE names who the rule
is for, not a second exam; two visas in one clause, the second denied behind a preposition ("on
the J-1 and not on the H-1B"); residents who "train on" a visa, said in the plain present tense
(the program sponsors it), beside wishes, suppositions and some residents' stories; an advanced
program's intake counted at PGY-2 after a verb of matching ("recruits two PGY-2 residents");
a degree whose "must have been awarded" comes after a bracketed aside; and an exam "taken more
than once" (or "twice"), a repeat like "failed". Expected values come from what each sentence
plainly commits the program to under the fact contract (issue 11), never from the extractor's
output.

Before this round (commit aec18ef), 13 of the 15 sentences of these kinds failed (this module
run against that commit), and so did the cue-prefilter test (sentences of an exam "taken more
than once" were dropped before any reader saw them); the two read right there (by older rules)
are "We expect a first-attempt pass on each USMLE step and COMLEX level taken" and "We sponsor
our residents on the H-1B, not on the J-1", which the new readings must not lose. None of the
13 controls failed there or here.

Left by the round: the letters rule said as "at least one of your letters must be written by a
U.S. faculty member" (a stored fact; 10 misses at 48000 programs), a research track offered as
an option (stored; 3), and a count followed in its paragraph by a history of the program's past
trainees ("our program trained more than 60 osteopathic interns under the AOA"; 1 miss).
"""

from __future__ import annotations

from tests.facts_families import Cases, sentence_tests

GROUPS: Cases = {
    "every_licensing_exam_first_time": [
        (
            "Every COMLEX-USA or USMLE level you sat must have been passed the first time.",
            {"first_attempt_required": True},
        ),
        (
            "We expect a first-attempt pass on each USMLE step and COMLEX level taken.",
            {"first_attempt_required": True},
        ),
        # controls: one exam named by its number stays that exam's rule
        (
            "COMLEX Level 2-CE has to be passed on the first attempt.",
            {"first_attempt_required": "COMLEX only"},
        ),
        (
            "USMLE Step 2 CK has to be passed on the first attempt.",
            {"first_attempt_required": "Step 2 CK only"},
        ),
    ],
    "one_step_for_usmle_takers": [
        (
            "From USMLE takers we ask for a first-attempt pass on Step 2 CK.",
            {"first_attempt_required": "Step 2 CK only"},
        ),
        (
            "USMLE takers must have passed Step 1 on their first try.",
            {"first_attempt_required": "Step 1 only"},
        ),
        # control: USMLE named as a whole beside COMLEX holds every exam
        (
            "Any USMLE or COMLEX exam must have been passed on the first attempt.",
            {"first_attempt_required": True},
        ),
    ],
    "second_visa_denied_behind_a_preposition": [
        (
            "International residents are sponsored through the J-1 and not through the H-1B.",
            {"visa_j1": True, "visa_h1b": False},
        ),
        (
            "We sponsor our residents on the H-1B, not on the J-1.",
            {"visa_j1": False, "visa_h1b": True},
        ),
        # controls: a denial of both, and the verb's own negation
        (
            "We do not sponsor residents on the J-1 or on the H-1B.",
            {"visa_j1": False, "visa_h1b": False},
        ),
        ("The program does not sponsor J-1 or H-1B visas.", {"visa_j1": False, "visa_h1b": False}),
    ],
    "residents_train_on_a_visa": [
        ("Our international residents work here on H-1B visas.", {"visa_h1b": True}),
        (
            "Matched IMGs train on a J-1; H-1B petitions are not filed for residents.",
            {"visa_j1": True, "visa_h1b": False},
        ),
        # controls: a wish, a supposition, a few residents' story
        ("Many applicants hope to train on an H-1B visa.", {}),
        ("If you train on an H-1B visa, you will need Step 3.", {}),
        ("A few of our residents train on a J-1.", {}),
    ],
    "advanced_intake_at_pgy2": [
        ("Every year our department matches three PGY-2 residents.", {"positions_per_year": 3}),
        (
            "Through the SF Match we recruit 2 PGY-2 residents each year.",
            {"positions_per_year": 2},
        ),
        # controls: who is in the second year now, what they do each year
        ("We currently have four PGY-2 residents.", {}),
        ("Each year two PGY-2 residents rotate at the children's hospital.", {}),
    ],
    "degree_awarded_after_an_aside": [
        (
            "Your MD or DO degree (or an international equivalent) must have been awarded"
            " within the past 4 years.",
            {"yog_limit_years": 4},
        ),
        (
            "The medical degree (MD, DO or MBBS) should have been granted no more than six"
            " years ago.",
            {"yog_limit_years": 6},
        ),
        # control: a degree received by a deadline is paperwork, no window
        ("Your degree (and your transcript) must have been received by the deadline.", {}),
    ],
    "exam_taken_more_than_once": [
        (
            "Candidates who sat a USMLE step more than once remain eligible to interview.",
            {"first_attempt_required": False},
        ),
        (
            "Applicants who have taken a board exam twice are still reviewed.",
            {"first_attempt_required": False},
        ),
        (
            "Anyone who took Step 2 CK more than once will not be ranked.",
            {"first_attempt_required": "Step 2 CK only"},
        ),
        # controls: more electives, more than one application
        ("Applicants who took more electives in surgery are favored.", {}),
        ("You may apply to our program more than once.", {}),
    ],
}

(
    test_sentence_commits_the_program_to,
    test_sentence_states_a_stored_fact,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = sentence_tests(GROUPS)
