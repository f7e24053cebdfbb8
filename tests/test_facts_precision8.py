"""Rule round 43: sentences that settle nothing (or settle the opposite) but were read as facts,
and the residue round 41 left, by kind of sentence, in phrasings of our own, with controls of
each kind that keep their reading.

Precision:

- a habit of the residents is no limit ("are usually within 2 years of graduation", "typically
  finished ... no more than 3 years before");
- a wish is no deadline ("it would be great to be ECFMG certified before ...", "would be
  ideal");
- another program's visa set against ours ("Our sister program does H-1Bs; we don't", "the
  hospital next door does J-1s; we do not") denies the visa for us and grants nothing;
- a part of the residents counted "across all classes" ("3 residents are IMGs", "5 residents
  hold J-1 visas") is no total;
- a row's one-letter answer ("Visa (J-1): Y.") ends the row, so the next row's "only" is not
  "J-1 only" (a false H-1B denial); each visa answered on its own ("J-1 yes / H-1B no") is read
  visa by visa, the "no" after the H-1B no denial of the J-1.

Residue (recall):

- a verdict on those lacking USCE after ", and" ("no USCE requirement here, and applicants
  without it are considered") is its own clause, the first "no" no double negation of it;
- a row whose label counts months ("Hands-on U.S. clinical months (minimum): 4");
- colloquial counts ("classes run 2 to 3", "15 of us in the program", "numbers 23 doctors in
  training", "each of our 16 residents");
- a failure "and we can't consider the application"; a failure that "no longer rules an
  applicant out"; visas a hospital "will put its name to"; USCE not "made a condition of
  applying";
- spoken answers: "and I mean hands-on" is no mean of scores, "we do have a floor, and it's
  215" gives the floor its figure, "people always ask about Step 1, and no, we don't have a
  minimum" answers apart from the question, "— that's a must" points back past a dash;
- notation: "0 mo (not req'd)", "Letters of rec. → must include ...";
- a graduation window listed as a criterion with no verb ("✓ Medical school graduation in the
  last 7 years"), not a story of when residents graduated.

Expected values come from what each sentence commits the program to under the fact contract
(issue 11), never from the extractor. Before this round (main at d2ca7d0), 36 of the 46
sentences outside the controls failed (this module run against that commit), and 1 of the 28
controls ("Our program does H-1Bs.": "does" was no sponsoring verb after a program); the cue
prefilter test failed too ("numbers 23 doctors in training" named no cue).

Left: "The program across town sponsors H-1B visas, but we don't" (its subject starts "the
program", which names this program as often as another); "J-1 / H-1B: yes / no" (answers
listed apart from their visas); "Applicants who graduated before 2020 must have 6 months of
USCE" is still read as 6 months for all (a condition on one group, left as the brief allows);
"Applicants ask whether we sponsor H-1B visas, and yes, we do" reads nothing (the bare "we do"
has no verb to inherit).
"""

from __future__ import annotations

from tests.facts_families import sentence_tests

GROUPS: dict[str, list[tuple[str, dict[str, object]]]] = {
    "habit_is_no_limit": [
        ("Our residents are usually within 2 years of graduation.", {}),
        (
            "Interns here typically finished medical school no more than 3 years before starting.",
            {},
        ),
        (
            "Our residents tend to be recent graduates, mostly within 4 years of finishing school.",
            {},
        ),
    ],
    "habit_is_no_limit_controls": [
        ("Applicants must have graduated within the past 3 years.", {"yog_limit_years": 3}),
        ("Graduation within the last 5 years is required.", {"yog_limit_years": 5}),
    ],
    "wish_is_no_deadline": [
        ("It would be great to be ECFMG certified before the rank list deadline.", {}),
        ("It'd be nice to have ECFMG certification by the time you interview.", {}),
        ("Having ECFMG certification before ranking would be ideal.", {}),
    ],
    "wish_is_no_deadline_controls": [
        (
            "ECFMG certification must be complete before the rank order list deadline.",
            {"ecfmg_by": "rank order list deadline"},
        ),
        ("You must hold ECFMG certification by the time you interview.", {"ecfmg_by": "interview"}),
    ],
    "another_programs_visa": [
        ("Our sister program does H-1Bs; we don't.", {"visa_h1b": False}),
        ("Our sister program does H-1Bs, but we don't.", {"visa_h1b": False}),
        ("Our partner program supports H-1B visas; we don't.", {"visa_h1b": False}),
        (
            "Our affiliated residency files H-1B petitions; this program does not.",
            {"visa_h1b": False},
        ),
        ("The hospital next door does J-1s; we do not.", {"visa_j1": False}),
    ],
    "another_programs_visa_controls": [
        ("We do H-1Bs; our sister program does not.", {"visa_h1b": True}),
        ("Our program does H-1Bs.", {"visa_h1b": True}),
        ("Our sister program sponsors H-1B visas; we do not.", {"visa_h1b": False}),
        ("The hospital supports H-1B visas.", {"visa_h1b": True}),
    ],
    "a_part_is_no_total": [
        ("Across all classes, 3 residents are IMGs.", {}),
        ("Across our three classes, 5 residents hold J-1 visas.", {}),
    ],
    "row_answers": [
        (
            "Visa (J-1): Y. Attempts — 1st-pass only, all USMLE Steps.",
            {"visa_j1": True, "first_attempt_required": True},
        ),
        ("Visa (H-1B): N. Step 1 — 220 minimum.", {"visa_h1b": False, "step1_min": 220}),
        (
            "Sponsorship | J-1 yes / H-1B no. ECFMG cert. — required upon application.",
            {"visa_j1": True, "visa_h1b": False, "ecfmg_by": "time of application"},
        ),
        (
            "Visas sponsored: J-1 no, H-1B yes. Step 1 minimum 220.",
            {"visa_j1": False, "visa_h1b": True, "step1_min": 220},
        ),
    ],
    "row_answers_controls": [
        ("Visa (J-1): N.", {"visa_j1": False}),
        ("Visa (J-1): Y.", {"visa_j1": True}),
        ("We sponsor J-1 visas, no H-1B.", {"visa_j1": True, "visa_h1b": False}),
    ],
    "lacking_group_after_and": [
        (
            "You'll find no USCE requirement here, and applicants without it are considered in "
            "the usual way.",
            {"usce_required_months": 0},
        ),
        (
            "We require no US clinical experience, and candidates without any are reviewed "
            "like everyone else.",
            {"usce_required_months": 0},
        ),
    ],
    "lacking_group_after_and_controls": [
        (
            "USCE is not optional, and applicants without it are not considered.",
            {"usce_required_months": "required, duration not stated"},
        ),
        ("Applicants without USCE are considered.", {"usce_required_months": 0}),
    ],
    "months_in_the_label": [
        ("Hands-on U.S. clinical months (minimum): 4", {"usce_required_months": 4}),
        ("US clinical experience, months required: 3", {"usce_required_months": 3}),
    ],
    "months_in_the_label_controls": [
        ("Average USCE months of our residents: 5", {}),
        ("USCE required: 3 months.", {"usce_required_months": 3}),
    ],
    "colloquial_class_counts": [
        ("PD: Our classes run 2 to 3 categorical residents.", {"positions_per_year": "2-3"}),
        ("Our intake ranges from two to three interns.", {"positions_per_year": "2-3"}),
    ],
    "failure_then_refusal": [
        (
            "Any failed attempt on a Step and we can't consider the application.",
            {"first_attempt_required": True},
        ),
        (
            "One failure on the boards and the committee will not rank you.",
            {"first_attempt_required": True},
        ),
    ],
    "no_longer_ruled_out": [
        (
            "Effective this cycle, a previous exam failure no longer rules an applicant out.",
            {"first_attempt_required": False},
        ),
        ("A failed attempt does not rule you out.", {"first_attempt_required": False}),
    ],
    "no_longer_ruled_out_controls": [
        ("A failed Step 1 rules you out.", {"first_attempt_required": "Step 1 only"}),
    ],
    "sponsor_in_other_words": [
        (
            "Visas our hospital will put its name to: The J-1 through ECFMG, never the H-1B",
            {"visa_j1": True, "visa_h1b": False},
        ),
        ("The only visa we put our name to is the J-1.", {"visa_j1": True, "visa_h1b": False}),
    ],
    "made_a_condition": [
        (
            "Although many of our interns rotated in American hospitals first, we have not "
            "made US clinical experience a condition of applying.",
            {"usce_required_months": 0},
        ),
        (
            "We have made three months of US clinical experience a requirement for applying.",
            {"usce_required_months": 3},
        ),
    ],
    "spoken_answers": [
        (
            "A: At least four months of hands-on US clinical experience — and I mean "
            "hands-on, observerships don't count toward that.",
            {"usce_required_months": 4},
        ),
        ("Dr. Lee (PD): For Step 2 CK we do have a cutoff, and it's 225.", {"step2_min": 225}),
        (
            "PD: Folks always ask about Step 1, and no, we don't have a minimum score.",
            {"step1_min": "none"},
        ),
    ],
    "spoken_answers_controls": [
        ("We have no Step 1 floor, and it's 230 on average.", {"step1_min": "none"}),
        ("Our residents' mean Step 2 CK score is 245.", {}),
    ],
    "graduation_criterion": [
        ("\u2713 Medical school graduation in the last 6 years.", {"yog_limit_years": 6}),
        ("Graduation in the past three years.", {"yog_limit_years": 3}),
    ],
    "graduation_criterion_controls": [
        ("Our residents graduated in the last 5 years.", {}),
        ("Most of our interns finished medical school in the past 2 years.", {}),
    ],
    "notation_rows": [
        ("US clinical experience | 0 mo (not req'd).", {"usce_required_months": 0}),
        ("Hands-on USCE: 0 months (not required).", {"usce_required_months": 0}),
    ],
    "notation_rows_controls": [
        ("We do not require 3 months of USCE.", {}),
        ("USCE: not req'd.", {"usce_required_months": 0}),
    ],
}

STORED: dict[str, list[tuple[str, dict[str, object]]]] = {
    "a_part_is_no_total": [
        ("Across all classes, 3 residents are IMGs.", {}),
        ("Across our three classes, 5 residents hold J-1 visas.", {}),
        ("In total, 7 of our residents came from Caribbean schools.", {}),
    ],
    "a_part_is_no_total_controls": [
        ("In total, 24 residents are in training here.", {"total_residents": 24}),
        ("Altogether 12 residents are enrolled in the program.", {"total_residents": 12}),
        ("Across all classes, 15 residents are training with us.", {"total_residents": 15}),
        ("We have 21 residents in total.", {"total_residents": 21}),
    ],
    "colloquial_totals": [
        ("There are 15 of us in the program overall.", {"total_residents": 15}),
        ("Our whole residency numbers 23 doctors in training.", {"total_residents": 23}),
        ("Because we are small, I know each of our 16 residents by name.", {"total_residents": 16}),
    ],
    "letters_in_notation": [
        ("Letters of rec. → must include US-based attendings.", {"us_letters_required": True}),
        (
            "Coordinator: Two of your letters have to come from US doctors — that's a must.",
            {"us_letters_required": True},
        ),
    ],
    "colloquial_totals_controls": [
        ("One of us will answer your email.", {}),
        ("There are 15 residents in the program overall.", {"total_residents": 15}),
    ],
}

(
    test_sentence_commits_the_program_to,
    test_sentence_states_a_stored_fact,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = sentence_tests(GROUPS, STORED)
