"""Rule round 38: kinds of sentence the 39th and 40th sets (eligibility checklists of community
internal and family medicine programs, and a teaching hospital's GME office beside each
program's own lines) showed read wrong or not at all, each written here in words of our own,
with controls of the same shape that must keep their reading.

The kinds: an ECFMG deadline named as the first day of a year ("before they report for their
first residency day") or opened by "once" ("once your application has been submitted"); a
count after "the number of ... will be" or "the (annual) intake is"; experience an applicant
may have ("any ... you completed") that should be listed or documented, which asks how to
report it, not that one have it; two visas in clauses joined by a bare comma, the second a
gapped denial ("H-1B visas are sponsored, J-1 visas are not"); an exam that "may not have been
repeated" (a repeat forbidden); "any (no, every) program at our institution", which is every
program here, ours among them, not another one; a program with "its own policy" whose page the
reader is sent to, which is another program; clinical work "in the United States" said with
"worked (practiced) clinically"; and an ECFMG demand due "before your residency contract takes
effect", whose verb tells when, not who may apply. Expected values come from what each sentence
plainly commits the program to under the fact contract (issue 11), never from the extractor's
output.

A last kind came to light when the cue for working clinically met the 20th set: a group named by
what it has "never" had ("Applicants who have never worked clinically in the United States are
not considered"), whose verdict had read as no requirement; "never" after "have" now names the
group as "no" there does.

Before this round (commit 5636087), 23 of the 25 sentences of these kinds failed (this module
run against that commit); the two read right there (by older rules) are "Our yearly intake is 5
interns" and "Our annual intake: 4 categorical residents", which the new reading of "intake"
must not lose. Of the 13 controls, one failed there ("Applicants who have never had U.S.
clinical experience are still considered", read as nothing); the other 12 pass there and here.

Left by the round: a graduation window said as "graduation must have taken place in the N years
before the start of training" (the 40th set; 18 misses at 48000 programs), and the program's size
said as "the ACGME-approved size of our program is N residents" (a stored fact; 12 misses), both
for want of time. The lead added the first after the merge: "have taken" counted what the program
took (a statistic, which voids the sentence) even in "must have taken place"; "taken place" and
"taken part" are no longer counts (the group ``graduation_taken_place``: both of its sentences
failed before that change, its two controls pass before and after).
"""

from __future__ import annotations

from demoweb import phrasings_independent39 as independent39
from demoweb import phrasings_independent40 as independent40
from tests.facts_families import Cases, family_tests

GROUPS: Cases = {
    # the first day of a year, or "once", opens an ECFMG deadline
    "ecfmg_first_day_or_once": [
        (
            "IMGs must be ECFMG certified before they report for their first residency day.",
            {"ecfmg_by": "start of residency"},
        ),
        (
            "ECFMG certification must be complete before your first training day.",
            {"ecfmg_by": "start of residency"},
        ),
        (
            "An ECFMG certificate is needed once your application has been submitted through ERAS.",
            {"ecfmg_by": "time of application"},
        ),
        (
            "International graduates need ECFMG certification once they apply.",
            {"ecfmg_by": "time of application"},
        ),
        # controls: a named deadline keeps its reading; "once" with no certificate asked is none
        (
            "ECFMG certification is required by the rank list deadline.",
            {"ecfmg_by": "rank order list deadline"},
        ),
        ("Once you match, our coordinator will help with your ECFMG paperwork.", {}),
    ],
    # "the number of ... will be N", "the annual intake is N": the class
    "count_will_be_or_intake": [
        (
            "In the coming Match, the number of categorical positions will be 3.",
            {"positions_per_year": 3},
        ),
        ("Our yearly intake is 5 interns.", {"positions_per_year": 5}),
        ("Our annual intake: 4 categorical residents.", {"positions_per_year": 4}),
        # controls: another count, or no count
        ("The number of interview slots will be 40.", {}),
        ("The number of positions will be announced in the fall.", {}),
    ],
    # experience one may have, to be listed: no requirement
    "experience_to_be_listed": [
        (
            "USCE is not required, although any American clinical rotations you completed "
            "should be included in your application.",
            {"usce_required_months": 0},
        ),
        ("Any U.S. clinical experience you have must be documented in ERAS.", {}),
        # control: months that must be documented are months asked for
        (
            "Four months of U.S. clinical experience must be documented in your ERAS application.",
            {"usce_required_months": 4},
        ),
    ],
    # "X visas are sponsored, Y visas are not": two clauses joined by a bare comma
    "visas_in_a_comma_splice": [
        (
            "H-1B visas are sponsored, J-1 visas are not.",
            {"visa_h1b": True, "visa_j1": False},
        ),
        (
            "Per hospital policy: J-1 visas are sponsored, H-1B visas are not.",
            {"visa_j1": True, "visa_h1b": False},
        ),
        # controls: visas listed after one verb share it
        ("We do not sponsor J-1, H-1B or other visas.", {"visa_j1": False, "visa_h1b": False}),
        ("We sponsor J-1 and H-1B visas.", {"visa_j1": True, "visa_h1b": True}),
    ],
    # an exam that may not have been repeated: a first-attempt rule
    "repeat_forbidden": [
        ("No board examination may have been retaken.", {"first_attempt_required": True}),
        (
            "Candidates may not have repeated any Step of the USMLE.",
            {"first_attempt_required": True},
        ),
        (
            "A USMLE Step that has been retaken is not disqualifying.",
            {"first_attempt_required": False},
        ),
        # control: what is repeated is no exam
        ("Rotations may not be repeated during residency.", {}),
    ],
    # any (no, every) program at our institution is every program here, ours among them
    "every_program_here": [
        ("No program at our hospital sponsors J-1 visas.", {"visa_j1": False}),
        (
            "Any residency program at our institution will consider international medical "
            "graduates.",
            {"accepts_img": True},
        ),
        (
            "Every residency program at our university requires two months of U.S. clinical "
            "experience.",
            {"usce_required_months": 2},
        ),
        # control: another program is another
        ("Another program at our institution sponsors H-1B visas.", {}),
    ],
    # a program with its own policy whose page the reader is sent to is another program
    "own_policy_on_its_page": [
        (
            "The family medicine program sets its own rules and asks for 6 months of U.S. "
            "clinical experience; see its website.",
            {},
        ),
        (
            "Our pediatrics residency has its own policy on visas and sponsors H-1B visas; "
            "please visit its page.",
            {},
        ),
        # control: the program's own policy, sending no one elsewhere
        (
            "Our program has its own policy and requires 2 months of U.S. clinical experience.",
            {"usce_required_months": 2},
        ),
    ],
    # working clinically in the United States is U.S. clinical experience
    "worked_clinically_in_the_us": [
        (
            "You need not have practiced clinically in the U.S. to apply.",
            {"usce_required_months": 0},
        ),
        (
            "Applicants must have worked clinically in the United States for two months.",
            {"usce_required_months": 2},
        ),
        ("Experience working clinically in the US is not needed.", {"usce_required_months": 0}),
    ],
    # those who have "never" had USCE named by what they lack: the verdict on them is the rule
    # (found when the cue above exposed it on the 20th set: "If you have never worked
    # clinically in the United States, please do not apply" had read as no requirement)
    "never_had_usce": [
        (
            "Candidates who have never done a clinical rotation in the U.S. will not be "
            "interviewed.",
            {"usce_required_months": "required, duration not stated"},
        ),
        (
            "Applicants who have never had hands-on U.S. clinical experience are not considered.",
            {"usce_required_months": "required, duration not stated"},
        ),
        # control: the verdict that keeps them keeps its reading
        (
            "Applicants who have never had U.S. clinical experience are still considered.",
            {"usce_required_months": 0},
        ),
    ],
    # "before your residency contract takes effect": when an ECFMG demand falls due
    "due_before_the_post_takes_effect": [
        (
            "IMGs must hold ECFMG certification before their residency contract takes effect.",
            {"ecfmg_by": "start of residency"},
        ),
        # controls: a plain deadline; IMGs eligible for appointment are accepted
        (
            "Per institutional policy, international graduates must be ECFMG certified before "
            "training begins.",
            {"ecfmg_by": "start of residency"},
        ),
        ("International medical graduates are eligible for appointment.", {"accepts_img": True}),
    ],
    # a graduation that "must have taken place" in a window: an event, not a count of whom the
    # program "has taken" (the lead, after the round)
    "graduation_taken_place": [
        (
            "Your graduation from medical school must have taken place within the past 3 years.",
            {"yog_limit_years": 3},
        ),
        (
            "Graduation must have taken place in the 5 years before residency begins.",
            {"yog_limit_years": 5},
        ),
        # controls: what the program has taken is a count of the past, no rule
        ("We have taken 4 IMGs in the last two years.", {}),
        ("Over the years we have taken 12 residents from the Caribbean.", {}),
    ],
}

STORED: Cases = {}

(
    test_sentence_commits_the_program_to,
    test_sentence_states_a_stored_fact,
    test_no_sentence_here_is_the_thirty_ninth_sets_template,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = family_tests(independent39, GROUPS, STORED)
(_, _, test_no_sentence_here_is_the_fortieth_sets_template, _) = family_tests(
    independent40, GROUPS, STORED
)
