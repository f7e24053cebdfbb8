"""Rule round 39: the residue round 37 left, by kind of sentence, in phrasings of our own, with
controls of each kind that keep their reading.

- dash asides: a pair of dashes inside a sentence, its verb going on after the closing dash
  ("H-1B sponsorship — a perennial question — is not offered"), is an aside, not a fact
  sheet's label and value; what the aside hedges or says people ask about is not the rule's;
- counts of the class in the plain and bracketed voice ("a class 3 strong", "2 categorical",
  "2–3 per year"), and trainees of another profession ("PA trainees", "pharmacy residents"),
  who are no residents of the class;
- US experience as time on American wards, a row's zero restated in words after a dash, and
  experience the program does not "ask applicants to have";
- ECFMG deadlines set by a video interview ("Zoom with us") or as "a precondition of any
  application" (the time of application);
- leniency on attempts in idioms ("does not knock you out of the running", "isn't an automatic
  no") and the rule in shorthand ("Past fails = disqualifying");
- letters asked for ("we ask that ... be written by US physicians") or listed with a count
  ("LORs (2) from US physicians");
- "we sponsor the J-1 and no other support" grants the visa (the support denied is other
  help), and a first-attempt pass "on Step 1 and on every other exam" is a rule for all exams.

Expected values come from what each sentence commits the program to under the fact contract
(issue 11), never from the extractor. Before this round (commit 57fde90), 30 of the 36 sentences
outside the controls failed (this module run against that commit), and 1 of the 26 controls:
"H-1B sponsorship — preferred by many applicants — is not offered." (cut as a row at its first
dash, its preference voiding the rest); the cue prefilter test failed too ("Past fails",
"Each intake is three strong" named no cue).
"""

from __future__ import annotations

from tests.facts_families import sentence_tests

GROUPS: dict[str, list[tuple[str, dict[str, object]]]] = {
    "dash_aside": [
        (
            "H-1B sponsorship — a perennial question from applicants — is not offered here.",
            {"visa_h1b": False},
        ),
        (
            "J-1 sponsorship — which people often ask about — is available to every resident "
            "we match.",
            {"visa_j1": True},
        ),
        (
            "US clinical experience — a common worry among applicants — is not required.",
            {"usce_required_months": 0},
        ),
    ],
    "dash_aside_controls": [
        ("Step 1 — minimum 225", {"step1_min": 225}),
        ("USCE — 2 months — required", {"usce_required_months": 2}),
        ("H-1B — not sponsored — J-1 only", {"visa_j1": True, "visa_h1b": False}),
        (
            "Categorical positions — 5 per year — all filled through the Match",
            {"positions_per_year": 5},
        ),
        ("H-1B sponsorship — preferred by many applicants — is not offered.", {"visa_h1b": False}),
    ],
    "class_counts": [
        ("Our incoming class is 4 strong.", {"positions_per_year": 4}),
        ("Each intake is three strong.", {"positions_per_year": 3}),
        ("Yearly intake | 3 categorical.", {"positions_per_year": 3}),
        ("Intern class: 6 categorical.", {"positions_per_year": 6}),
        ("Match positions · 4–5 per year.", {"positions_per_year": "4-5"}),
        ("Categorical spots: 2–3 per year.", {"positions_per_year": "2-3"}),
        ("PA trainees · 12 per year", {}),
        ("NP/PA trainees — 8 per year.", {}),
        ("Physician assistant trainees: 6 per year.", {}),
    ],
    "class_counts_controls": [
        ("Categorical PGY-1 slots — 3.", {"positions_per_year": 3}),
        ("The program recruits 4 residents annually.", {"positions_per_year": 4}),
        ("A small program (three residents per year).", {"positions_per_year": 3}),
        ("Categorical positions: 2-3 per year.", {"positions_per_year": "2-3"}),
        ("We appoint 4 assistant residents each year.", {"positions_per_year": 4}),
        ("Each entering class here is 5 residents strong.", {"positions_per_year": 5}),
        (
            "We match 4 residents each year, alongside 10 APP trainees.",
            {"positions_per_year": 4},
        ),
    ],
    "usce": [
        ("Time on a US ward: 3 months minimum.", {"usce_required_months": 3}),
        ("Hands-on time on American wards: at least 4 months of it", {"usce_required_months": 4}),
        ("USCE req. (months): 0 — none needed", {"usce_required_months": 0}),
        ("US clinical experience (months): 0 — not required.", {"usce_required_months": 0}),
        (
            "The program does not ask applicants to have US clinical experience.",
            {"usce_required_months": 0},
        ),
        (
            "We ask applicants to have 2 months of US clinical experience.",
            {"usce_required_months": 2},
        ),
    ],
    "usce_controls": [
        ("We ask applicants about their US clinical experience at the interview.", {}),
        ("USCE: 3 months", {"usce_required_months": 3}),
        ("US clinical experience: not required", {"usce_required_months": 0}),
    ],
    "ecfmg": [
        (
            "ECFMG certification by the time you Zoom with our faculty.",
            {"ecfmg_by": "interview"},
        ),
        ("ECFMG certification is needed by the time you Zoom with us.", {"ecfmg_by": "interview"}),
        (
            "International graduates must hold ECFMG certification as a precondition of any "
            "application to our program.",
            {"ecfmg_by": "time of application"},
        ),
        (
            "ECFMG certification is a prerequisite for applying.",
            {"ecfmg_by": "time of application"},
        ),
    ],
    "ecfmg_controls": [
        (
            "Although ECFMG sets its own calendar, we need certification complete before our "
            "rank order list is certified.",
            {"ecfmg_by": "rank order list deadline"},
        ),
        ("ECFMG certification is required by the time you interview.", {"ecfmg_by": "interview"}),
    ],
    "attempts": [
        (
            "Needing a retake on a Step does not knock you out of the running.",
            {"first_attempt_required": False},
        ),
        ("One failed attempt is not an automatic no.", {"first_attempt_required": False}),
        ("A failed USMLE attempt is an automatic rejection.", {"first_attempt_required": True}),
        ("Past fails = disqualifying.", {"first_attempt_required": True}),
        ("Previous fails: disqualifying.", {"first_attempt_required": True}),
    ],
    "attempts_controls": [
        ("A failed attempt does not disqualify you.", {"first_attempt_required": False}),
        ("Prior failures: disqualifying.", {"first_attempt_required": True}),
    ],
    "misreadings": [
        ("We sponsor the J-1 and no other support.", {"visa_j1": True}),
        ("Our program sponsors H-1B visas and no other assistance.", {"visa_h1b": True}),
        (
            "Applicants need a first-attempt pass on Step 1 and on every other exam.",
            {"first_attempt_required": True},
        ),
        (
            "Step 2 CK must be passed on the first attempt, and so must each other exam.",
            {"first_attempt_required": True},
        ),
    ],
    "misreadings_controls": [
        ("We sponsor the H-1B and no other visa type.", {"visa_j1": False, "visa_h1b": True}),
        ("We sponsor J-1 visas and no others.", {"visa_j1": True, "visa_h1b": False}),
        (
            "Applicants need a first-attempt pass on Step 2 CK, and no attempt limit applies to "
            "other exams.",
            {"first_attempt_required": "Step 2 CK only"},
        ),
        ("Step 1 must be passed on the first attempt.", {"first_attempt_required": "Step 1 only"}),
    ],
}

STORED: dict[str, list[tuple[str, dict[str, object]]]] = {
    "counts": [
        ("The residency — 18 residents strong — sponsors no visas.", {"total_residents": 18}),
        ("Our program is 21 residents strong.", {"total_residents": 21}),
    ],
    "letters": [
        (
            "We ask that at least two of your three letters be written by US physicians.",
            {"us_letters_required": True},
        ),
        ("LORs (2) from US physicians", {"us_letters_required": True}),
        ("Three letters of reference from U.S. physicians.", {"us_letters_required": True}),
    ],
    "letters_controls": [
        ("LORs (3) from US physicians preferred", {}),
        ("Our residents write 3 letters from US physicians.", {}),
        (
            "At least two letters must come from physicians practicing in the United States.",
            {"us_letters_required": True},
        ),
    ],
}


(
    test_sentence_commits_the_program_to,
    test_sentence_states_a_stored_fact,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = sentence_tests(GROUPS, STORED)
