"""Rule round 36: kinds of sentence the 37th and 38th sets (plain pages of mid-size university
programs, and of programs that welcome DO graduates) showed read wrong or not at all, each written
here in words of our own, with controls of the same shape that must keep their reading.

The kinds: U.S. clinical experience named as (hands-on) "experience in a U.S. hospital" or
clinic, without the word "clinical" (research experience there is none); a failure or a repeat
that is "not an automatic rejection", "not grounds for rejection", or whose applicants are
"rejected outright"; an opening "If it has been more than N years since you graduated, <verdict>"
(the time since the applicant's own event, said impersonally); a row value naming both licensing
exams in an aside ("First-attempt passes only (USMLE and COMLEX)"), which is every exam, not
COMLEX alone; fellowship positions, which count no resident of ours; an ECFMG demand due "before
we can review your application", whose verb tells when, not who may apply. Expected values
come from what each sentence plainly commits the program to under the fact contract (issue 11),
never from the extractor's output.

A seventh kind was proposed and not merged: IMGs named in a list beside U.S. graduates whom a
clause considers "regardless of" another rule's topic ("MD, DO and IMG applicants are considered
regardless of what year they graduated"). The round read it as that topic's rule alone; the lead
reads it, under the contract, as also saying IMG applicants are considered (accepts_img true),
so its group here expects both, as the rules already gave before the round. The 38th set uses
such a sentence for its graduation window even on pages whose program takes no IMGs; those pages
contradict themselves, and its accepts_img precision stays below 1 for them.

Before this round (commit 83d62e7), 20 of the 21 sentences of the six merged kinds failed (this
module run against that commit); the one read right there is "We offer 5 residency positions and 2
fellowship positions each year", a count of ours beside a fellowship's, which the new rule must
not lose. Of the 14 controls, one failed there too ("Applicants who needed a second attempt are
not automatically rejected" read as a first-attempt rule); the other 13 pass there and here.

Left: preferences ("USCE is highly desirable", "We like to see some U.S. clinical experience,
ideally in ...") are traps in both sets and already read as nothing; no other kind of miss or
false fact was left on these two sets at 48000 programs.
"""

from __future__ import annotations

from demoweb import phrasings_independent37 as independent37
from demoweb import phrasings_independent38 as independent38
from tests.facts_families import Cases, family_tests

GROUPS: Cases = {
    # experience in a U.S. hospital or clinic is U.S. clinical experience
    "experience_in_a_us_hospital": [
        (
            "We do not ask for prior hands-on experience in an American hospital.",
            {"usce_required_months": 0},
        ),
        (
            "Patient-facing experience in a U.S. teaching hospital is not a requirement here.",
            {"usce_required_months": 0},
        ),
        (
            "Applicants should bring at least four months of experience in a US hospital.",
            {"usce_required_months": 4},
        ),
        (
            "Two months of experience at a U.S. clinic are expected of every applicant.",
            {"usce_required_months": 2},
        ),
        # controls: research or work experience in a hospital is no clinical experience
        ("Research experience in a U.S. hospital is welcome but not required.", {}),
        ("Earlier work experience in U.S. hospitals is not needed to apply.", {}),
        # control: the plain wording keeps its reading
        ("U.S. clinical experience is not required.", {"usce_required_months": 0}),
    ],
    # a repeat that is no automatic rejection allows a repeat; one that is, does not
    "no_automatic_rejection": [
        (
            "Having passed a Step on the second sitting is not an automatic rejection.",
            {"first_attempt_required": False},
        ),
        (
            "A board exam that needed a retake is not, by itself, grounds for rejection.",
            {"first_attempt_required": False},
        ),
        (
            "Applicants are not rejected outright for one failed sitting.",
            {"first_attempt_required": False},
        ),
        (
            "Any failed licensing exam is grounds for automatic rejection.",
            {"first_attempt_required": True},
        ),
        (
            "Files that show a repeat attempt on any Step are rejected automatically.",
            {"first_attempt_required": True},
        ),
        # control: the same verdict said with "disqualify" keeps its reading
        (
            "A single failed attempt does not automatically disqualify an applicant.",
            {"first_attempt_required": False},
        ),
        # control: a group named by its repeat, not automatically rejected, is still admitted
        (
            "Applicants who needed a second attempt are not automatically rejected.",
            {"first_attempt_required": False},
        ),
    ],
    # the time since the applicant graduated, said impersonally in an opening condition
    "if_it_has_been_since_you_graduated": [
        (
            "If it has been over six years since you finished medical school, please do not apply.",
            {"yog_limit_years": 6},
        ),
        (
            "If more than four years have gone by since your graduation, we cannot consider "
            "your application.",
            {"yog_limit_years": 4},
        ),
        (
            "If it's been longer than 2 years since graduation, you are not eligible to apply.",
            {"yog_limit_years": 2},
        ),
        # control: a condition on another event since then is no window
        (
            "If it has been a while since you took Step 1, you are still eligible.",
            {},
        ),
        # control: the personal condition keeps its reading
        (
            "If you graduated more than 5 years ago, you are not eligible.",
            {"yog_limit_years": 5},
        ),
    ],
    # a row value that names both licensing exams in an aside: every exam
    "both_exams_in_the_row_value": [
        (
            "Licensing exams: pass on the first sitting only (COMLEX and USMLE)",
            {"first_attempt_required": True},
        ),
        (
            "Attempt policy: first-time passes required (USMLE and COMLEX-USA)",
            {"first_attempt_required": True},
        ),
        (
            "Licensing exam attempts: USMLE and COMLEX must each be passed on the first try",
            {"first_attempt_required": True},
        ),
        # controls: one exam named in the value keeps the qualifier
        (
            "Exam attempts: COMLEX Level 2-CE on first attempt",
            {"first_attempt_required": "COMLEX only"},
        ),
        (
            "USMLE attempts: Step 2 CK on first attempt",
            {"first_attempt_required": "Step 2 CK only"},
        ),
    ],
    # fellowship positions count no resident of ours
    "fellowship_positions": [
        ("The division also fills 3 fellowship slots every year.", {}),
        (
            "After residency, the section offers two fellowship positions per year.",
            {},
        ),
        (
            "We offer 5 residency positions and 2 fellowship positions each year.",
            {"positions_per_year": 5},
        ),
        (
            "Our two fellowship spots are filled annually through a separate match.",
            {},
        ),
        # control: a count of residents keeps its reading
        ("The program fills four categorical positions each year.", {"positions_per_year": 4}),
    ],
    # "before we can review your application" tells when a demand falls due
    "before_we_review": [
        (
            "Graduates of foreign medical schools must hold ECFMG certification before we can "
            "review their application.",
            {"ecfmg_by": "time of application"},
        ),
        (
            "ECFMG certification for international graduates: needed before we will review "
            "your application",
            {"ecfmg_by": "time of application"},
        ),
        # controls: an ACCEPT word that is not inside a time clause still accepts
        (
            "International medical graduates are reviewed like every other applicant.",
            {"accepts_img": True},
        ),
        (
            "We accept IMGs, but ECFMG certification is needed before we will rank you.",
            {"accepts_img": True, "ecfmg_by": "rank order list deadline"},
        ),
    ],
    # IMGs in a list beside U.S. graduates, considered regardless of another topic: the list
    # still says IMGs are considered (the lead's reading of the contract; see the docstring)
    "every_kind_regardless": [
        (
            "U.S. and international graduates are reviewed regardless of when they finished "
            "medical school.",
            {"accepts_img": True, "yog_limit_years": "none"},
        ),
        (
            "Allopathic, osteopathic and IMG candidates are all considered regardless of "
            "graduation year.",
            {"accepts_img": True, "yog_limit_years": "none"},
        ),
        # IMGs named on their own are accepted; another topic keeps its reading
        (
            "IMGs are considered regardless of graduation year.",
            {"accepts_img": True, "yog_limit_years": "none"},
        ),
        (
            "International graduates are welcome to apply regardless of citizenship.",
            {"accepts_img": True},
        ),
    ],
}

STORED: Cases = {}

(
    test_sentence_commits_the_program_to,
    test_sentence_states_a_stored_fact,
    test_no_sentence_here_is_the_thirty_seventh_sets_template,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = family_tests(independent37, GROUPS, STORED)
(_, _, test_no_sentence_here_is_the_thirty_eighth_sets_template, _) = family_tests(
    independent38, GROUPS, STORED
)
