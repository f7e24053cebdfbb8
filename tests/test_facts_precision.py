"""Rule round 24: false facts from general misreadings, each kind in phrasings of our own, with
controls that keep their reading.

Written for issue 11 after what the older rules read wrongly on ``demoweb/phrasings_independent27``
(development material): another body's rule read as the program's (ECFMG, the NRMP); "not
optional" read as "not required"; a figure of past residents denied as a requirement read as "no
minimum"; a number denied as the cutoff read as the cutoff; and the IMGs a program trains or
interviews not read at all. Expected values come from what each sentence plainly commits the
program to under the fact contract, never from the extractor's output.

Before this round (commit f5db785), 27 of these 49 sentences failed (this module run against
that commit): all of other_bodies, figures_denied, numbers_denied and imgs_trained, two of
not_optional and three of preliminary_counted; the controls pass there and here.
"""

from __future__ import annotations

from demoweb import phrasings_independent27 as independent27
from tests.facts_families import family_tests

GROUPS = {
    # another body's rule (ECFMG, the NRMP, the NBME ...) says nothing of this program's
    "other_bodies": [
        (
            "The ECFMG does not itself require any hands-on US clinical experience for "
            "certification.",
            {},
        ),
        ("ECFMG certification does not require US clinical experience.", {}),
        ("The NRMP itself sets no minimum Step 1 score.", {}),
        ("The Match has no minimum Step 2 CK score of its own.", {}),
        ("The NBME does not require a minimum Step 1 score for residency applications.", {}),
        ("ERAS does not impose any limit on years since graduation.", {}),
        ("The NRMP doesn't set a Step 2 CK floor for programs.", {}),
    ],
    # "not optional" demands what it names
    "not_optional": [
        (
            "Hands-on US clinical experience is not optional for us: applicants must bring at "
            "least three months of it.",
            {"usce_required_months": 3},
        ),
        (
            "Clinical experience in the United States is not optional; every applicant needs two "
            "months.",
            {"usce_required_months": 2},
        ),
        (
            "US clinical experience isn't optional at our program.",
            {"usce_required_months": "required, duration not stated"},
        ),
        (
            "US clinical experience is never optional here; we require four months.",
            {"usce_required_months": 4},
        ),
    ],
    # a figure of past residents denied as a requirement: no floor is said, nor that none is
    "figures_denied": [
        ("A Step 2 CK of 244 is the average of our interns, not a cutoff.", {}),
        ("Our interns' mean Step 2 CK score is 246, not a minimum.", {}),
        ("On Step 1, 238 is the median of our current residents, not a requirement.", {}),
        (
            "Four months of US clinical experience is the average among our residents, not a "
            "requirement.",
            {},
        ),
    ],
    # a number denied as the cutoff is not the cutoff
    "numbers_denied": [
        (
            "A score of 235 is not our Step 2 CK minimum; it is the median of our matched "
            "residents.",
            {},
        ),
        ("230 is not the Step 2 CK floor here but the average of those we interviewed.", {}),
        (
            "A Step 1 score of 225 is not a cutoff for us; it is what most of our residents "
            "scored.",
            {},
        ),
        (
            "Three months is not our US clinical experience requirement; it is simply what our "
            "interns average.",
            {},
        ),
        ("We do not have a Step 2 CK cutoff of 240.", {}),
    ],
    # the IMGs a program trains or interviews are accepted
    "imgs_trained": [
        ("We train IMGs.", {"accepts_img": True}),
        ("Our program trains international medical graduates every year.", {"accepts_img": True}),
        ("We interview foreign medical graduates.", {"accepts_img": True}),
        ("The program interviews IMGs each season.", {"accepts_img": True}),
        ("We do not interview foreign medical graduates.", {"accepts_img": False}),
        (
            "Our program does not interview international medical graduates.",
            {"accepts_img": False},
        ),
    ],
    # controls: what reads right today must keep its reading
    "controls": [
        ("Like the NRMP, we set no minimum Step 2 CK score.", {"step2_min": "none"}),
        ("We do not require US clinical experience.", {"usce_required_months": 0}),
        ("There is no minimum Step 2 CK score.", {"step2_min": "none"}),
        (
            "We do not require US clinical experience, although some programs do.",
            {"usce_required_months": 0},
        ),
        (
            "ECFMG certification must be complete by the rank order list deadline.",
            {"ecfmg_by": "rank order list deadline"},
        ),
        ("US clinical experience is optional.", {"usce_required_months": 0}),
        ("USCE: optional", {"usce_required_months": 0}),
        (
            "Two months of US clinical experience is recommended, not required.",
            {"usce_required_months": 0},
        ),
        (
            "Two months of US clinical experience is recommended but not required.",
            {"usce_required_months": 0},
        ),
        ("Our minimum Step 1 score is 220; our residents' average is 239.", {"step1_min": 220}),
        (
            "There is no minimum Step 2 CK score; our residents average 245.",
            {"step2_min": "none"},
        ),
        ("Step 2 CK minimum of 225, not a recommendation.", {"step2_min": 225}),
        ("Our Step 2 CK cutoff is 230, not 240.", {"step2_min": 230}),
        ("Applicants below our Step 1 cutoff of 220 are not invited.", {"step1_min": 220}),
        (
            "A Step 2 CK score of 225 is the minimum; that is not negotiable.",
            {"step2_min": 225},
        ),
        ("The minimum is 220 on Step 1, not 230.", {"step1_min": 220}),
        ("A score of 230 is not required on Step 2 CK.", {}),
        ("We do not consider IMGs without ECFMG certification.", {}),
        ("IMGs are interviewed in November.", {}),
    ],
}

STORED: dict[str, list[tuple[str, dict[str, object]]]] = {
    # a count that points back to the preliminary positions named before it counts them
    "preliminary_counted": [
        (
            "We offer preliminary positions in internal medicine; there are 2 of them each year.",
            {"preliminary_positions": 2},
        ),
        (
            "Our preliminary positions are few: there are 3 of them every year.",
            {"preliminary_positions": 3},
        ),
        (
            "Preliminary spots are offered here: three of them each year.",
            {"preliminary_positions": 3},
        ),
        (
            "We offer preliminary positions in internal medicine; there are 2 each year.",
            {"preliminary_positions": 2},
        ),
    ],
}

(
    test_sentence_commits_the_program_to,
    test_sentence_states_a_stored_fact,
    test_no_sentence_here_is_the_blind_sets_template,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = family_tests(independent27, GROUPS, STORED)
