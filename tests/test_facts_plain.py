"""Rule round 30: kinds of sentence an ordinary program page says plainly, which the plain voices
of the 33rd, 35th and 36th sets showed read wrong or not at all, each written here in words of
our own, with controls that must keep their reading.

The kinds: a verb that keeps, stops or removes an application from consideration (turning
applicants away like "exclude", so "X will not keep you from being considered" says X is no
requirement), and a lack said as "not having"; rotations, electives or clerkships "in the U.S."
(USCE without the word "clinical"); the program's headcount said with "currently has" or "has 20
residents."; a count of years ("over the last four years, residents ...") or of those our
residents train alongside, which is no count of ours; a row labelled by the time since medical
school, and a value "No limit is set"; visa applications for incoming residents, which the
program supports; letters named in one clause and demanded by "this is required" in the next;
IMGs "eligible for sponsorship" (for a visa, not a place) and "the minimum we accept from IMGs"
(an amount); a U.S. or Canadian "MD or DO program" as the only school; and a sentence that opens
right after "U.S." ("... in the U.S. The program sets no minimum ..."). Expected values come
from what each sentence plainly commits the program to under the fact contract (issue 11),
never from the extractor's output.

Before this round (commit 45a774b), 28 of these 33 sentences outside the controls failed (this
module run against that commit); the five read right there are "Maximum time since graduation:
No limit is set", "A Step 2 CK score of 230 is the minimum we accept from international
applicants", and three counts that are not ours (fellowships at 20 institutions, the 12
categorical residents of the internal medicine program, 6 emergency medicine interns). The 14
controls pass there and here.
"""

from __future__ import annotations

from demoweb import phrasings_independent33 as independent33
from demoweb import phrasings_independent35 as independent35
from demoweb import phrasings_independent36 as independent36
from tests.facts_families import Cases, family_tests

GROUPS: Cases = {
    # a verb that keeps an application from consideration turns applicants away
    "kept_from_consideration": [
        (
            "A board exam failure does not, on its own, keep an applicant from being interviewed.",
            {"first_attempt_required": False},
        ),
        (
            "One unsuccessful attempt at the boards will not stop your application from being "
            "reviewed.",
            {"first_attempt_required": False},
        ),
        (
            "Lacking U.S. clinical experience won't keep you from being considered.",
            {"usce_required_months": 0},
        ),
        (
            "Not having clinical experience in the United States will not prevent you from "
            "applying.",
            {"usce_required_months": 0},
        ),
        (
            "Applicants who have failed any exam are kept from consideration.",
            {"first_attempt_required": True},
        ),
    ],
    # rotations, electives and clerkships in the U.S. are U.S. clinical experience
    "rotations_in_the_us": [
        (
            "You are not required to have completed electives in the U.S.",
            {"usce_required_months": 0},
        ),
        (
            "Applicants must have completed three months of rotations in the U.S.",
            {"usce_required_months": 3},
        ),
        (
            "Clerkships in the United States are not a requirement for our program.",
            {"usce_required_months": 0},
        ),
        ("Rotations in the U.S. are preferred but not required.", {"usce_required_months": 0}),
    ],
    # the graduation window named as the time since medical school
    "time_since_medical_school": [
        ("Time since medical school: no more than 5 years", {"yog_limit_years": 5}),
        ("Maximum time since graduation: No limit is set", {"yog_limit_years": "none"}),
        ("Years since medical school: 3", {"yog_limit_years": 3}),
        (
            "We consider applicants regardless of time since medical school.",
            {"yog_limit_years": "none"},
        ),
    ],
    # visa applications for the residents a program takes are the program's act
    "visa_applications_for_residents": [
        (
            "Our program supports J-1 visa applications for incoming interns.",
            {"visa_j1": True},
        ),
        (
            "The department supports H-1B visa applications for all of its residents.",
            {"visa_h1b": True},
        ),
    ],
    # eligible for a visa, and the amount accepted, say nothing of IMGs as such
    "not_an_img_policy": [
        ("IMGs who require an H-1B are eligible for sponsorship.", {"visa_h1b": True}),
        (
            "A Step 2 CK score of 230 is the minimum we accept from international applicants.",
            {"step2_min": 230},
        ),
        (
            "International graduates who will need a visa are eligible for J-1 sponsorship.",
            {"visa_j1": True},
        ),
    ],
    # only a U.S. or Canadian MD or DO program: no IMGs
    "md_or_do_program": [
        (
            "Applicants must have graduated from an accredited U.S. MD or DO program.",
            {"accepts_img": False},
        ),
        (
            "Candidates must hold a degree from an LCME-accredited MD program or a "
            "COCA-accredited DO program.",
            {"accepts_img": False},
        ),
    ],
    # a sentence that starts right after "U.S."
    "sentence_after_us": [
        (
            "We require 3 months of clinical experience in the U.S. No Step 2 CK minimum is set.",
            {"usce_required_months": 3, "step2_min": "none"},
        ),
        (
            "Applicants must complete 4 months of rotations in the U.S. The USMLE Step 1 has no "
            "minimum score for our program.",
            {"usce_required_months": 4, "step1_min": "none"},
        ),
    ],
    # a count of those our residents train alongside is no count of ours
    "trained_alongside": [
        (
            "We take 3 residents a year, and they train alongside the 10 interns of general "
            "surgery.",
            {"positions_per_year": 3},
        ),
    ],
    # controls: preferences, averages, other programs and possibilities keep their reading
    "controls": [
        ("Our residents averaged 3 months of U.S. electives before matching.", {}),
        ("The internal medicine program next door currently has 90 residents.", {}),
        ("Time since graduation is something we consider, and recent graduates are preferred.", {}),
        ("Average time since medical school among our residents: 2 years", {}),
        ("We receive many applications for H-1B sponsorship each year.", {}),
        ("International medical graduates are eligible for our program.", {"accepts_img": True}),
        ("IMGs are eligible to apply.", {"accepts_img": True}),
        (
            "Graduates of foreign medical schools are eligible for appointment, provided they "
            "meet the hospital's selection policy.",
            {"accepts_img": True},
        ),
        ("The program has 2 positions in the Match.", {"positions_per_year": 2}),
        ("Applicants without U.S. clinical experience are welcome.", {"usce_required_months": 0}),
        ("International graduates shall not be deemed ineligible.", {"accepts_img": True}),
        ("Applicants must be U.S. citizens.", {"visa_j1": False, "visa_h1b": False}),
    ],
}

STORED: Cases = {
    # the headcount of the residency, said plainly
    "headcount": [
        ("The residency presently includes 24 residents.", {"total_residents": 24}),
        ("We currently train 11 residents.", {"total_residents": 11}),
        ("Our department has 20 residents.", {"total_residents": 20}),
    ],
    # years counted, and those our residents train alongside, are no count of ours
    "not_our_count": [
        ("In the past four years, residents in the program have presented 55 posters.", {}),
        (
            "Over the last three years, our residents have matched into fellowships at 20 "
            "institutions.",
            {},
        ),
        (
            "Our interns work alongside the 12 categorical residents of the internal medicine "
            "program.",
            {},
        ),
        ("Our residents rotate beside 6 emergency medicine interns.", {}),
    ],
    # letters named first, then demanded by a clause that points back to them
    "letters_pointed_back": [
        (
            "Please send a letter from a U.S. physician who knows your clinical work; this is "
            "mandatory.",
            {"us_letters_required": True},
        ),
        (
            "Please include one letter written by a physician in the United States; it is "
            "required.",
            {"us_letters_required": True},
        ),
        (
            "Please send letters from U.S. attending physicians; these are not required.",
            {"us_letters_required": False},
        ),
    ],
    "controls": [
        ("We currently have 2 residents in the research lab.", {}),
        ("The program has 15 residents across all years of training.", {"total_residents": 15}),
    ],
}


(
    test_sentence_commits_the_program_to,
    test_sentence_states_a_stored_fact,
    test_no_sentence_here_is_the_thirty_third_sets_template,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = family_tests(independent33, GROUPS, STORED)
(_, _, test_no_sentence_here_is_the_thirty_fifth_sets_template, _) = family_tests(
    independent35, GROUPS, STORED
)
(_, _, test_no_sentence_here_is_the_thirty_sixth_sets_template, _) = family_tests(
    independent36, GROUPS, STORED
)
