"""Rule round 31: two claims coordinated in one long sentence, each read on its own.

The kinds (:mod:`extract.fact_coordination`, and two guards in :mod:`extract.facts`): items
paired "respectively" with predicates of opposite polarity; a table row pairing its label's
items with its value's ("(A / B): Yes / No"); a gapped denial ("; the H-1B, not"); a new
subject opened by ", and neither <noun>"; others added ", as well as ..." beside a count; "need
not be <where or how>", which qualifies a requirement; a class counted with its noun left out;
green-card holders "considered like everyone else" after a denial of visas; and what US
graduates "need only", a condition on them that excludes no one. Each sentence is our own, of
the kind the thirty-fourth phrasing set writes, never one of its wordings. Expected values come
from what each sentence plainly commits the program to under the fact contract (issue 11),
never from the extractor's output.

Before this round (commit 45a774b), 14 of these 16 sentences outside the controls failed (this
module run against that commit; the row "J-1 / H-1B sponsorship: No / No" and the visiting
students "as well as" the 5 interns were read right there); the 13 controls pass there and here.
"""

from __future__ import annotations

from tests.facts_families import sentence_tests

GROUPS: dict[str, list[tuple[str, dict[str, object]]]] = {
    "respectively": [
        (
            "H-1B and J-1 visas are, respectively, not sponsored and sponsored by the department.",
            {"visa_j1": True, "visa_h1b": False},
        ),
        (
            "J-1 and H-1B visas are sponsored and not sponsored, respectively, by our GME office.",
            {"visa_j1": True, "visa_h1b": False},
        ),
    ],
    "paired_row": [
        ("Visas sponsored (H-1B / J-1): No / Yes", {"visa_j1": True, "visa_h1b": False}),
        ("J-1 / H-1B sponsorship: No / No", {"visa_j1": False, "visa_h1b": False}),
    ],
    "gapped_denial": [
        (
            "We sponsor the J-1 for every categorical resident; the H-1B, not.",
            {"visa_j1": True, "visa_h1b": False},
        ),
        (
            "H-1B visas are sponsored by our hospital, but J-1 visas, not, as the hospital decided "
            "long ago.",
            {"visa_j1": False, "visa_h1b": True},
        ),
    ],
    "neither_subject": [
        (
            "We sponsor J-1 visas as well as H-1B visas, and neither route changes your chance of "
            "an interview.",
            {"visa_j1": True, "visa_h1b": True},
        ),
    ],
    "as_well_as_others": [
        (
            "We match 5 categorical interns a year, as well as several visiting students from "
            "other schools who are not part of the class.",
            {"positions_per_year": 5},
        ),
    ],
    "qualified_not_denied": [
        (
            "At least 4 months of US clinical experience is required, and the months need not be "
            "continuous.",
            {"usce_required_months": 4},
        ),
        (
            "Hands-on US clinical experience of 2 months or more is mandatory, although it need "
            "not be at an academic center.",
            {"usce_required_months": 2},
        ),
    ],
    "class_count": [
        (
            "Every June we welcome an intern class of 7, and the chiefs plan orientation.",
            {"positions_per_year": 7},
        ),
        (
            "Our PGY-1 cohort numbers 4 or 5, depending on funding.",
            {"positions_per_year": "4-5"},
        ),
        (
            "Each summer we start a class of eight, while our fellows start in August.",
            {"positions_per_year": 8},
        ),
    ],
    "green_card_holders": [
        (
            "We cannot sponsor visas (neither J-1 nor H-1B), though green card holders are "
            "considered like everyone else.",
            {"visa_j1": False, "visa_h1b": False},
        ),
    ],
    "what_us_graduates_need": [
        (
            "While US graduates need only a medical diploma, international graduates must also "
            "hold ECFMG certification by the rank order list deadline.",
            {"ecfmg_by": "rank order list deadline"},
        ),
        (
            "Whereas graduates of US schools need only their transcript, we accept IMGs who hold "
            "ECFMG certification.",
            {"accepts_img": True},
        ),
    ],
    # controls: coordination the rules read right, which must stay as it is
    "controls": [
        ("We sponsor J-1 visas, not H-1B visas.", {"visa_j1": True, "visa_h1b": False}),
        (
            "Our Step 1 and Step 2 CK minimums are 220 and 232, respectively.",
            {"step1_min": 220, "step2_min": 232},
        ),
        ("We sponsor J-1 visas, as well as H-1B visas.", {"visa_j1": True, "visa_h1b": True}),
        ("Neither J-1 nor H-1B visas are sponsored.", {"visa_j1": False, "visa_h1b": False}),
        ("Visa sponsorship (J-1 / H-1B): No / No", {"visa_j1": False, "visa_h1b": False}),
        ("Only graduates of US medical schools need apply.", {"accepts_img": False}),
        (
            "US clinical experience is not required, although applicants who have it may describe "
            "it.",
            {"usce_required_months": 0},
        ),
        ("The class of 2025 matched well, and the class of 24 graduates finished.", {}),
        (
            "We do not sponsor visas; green card holders and US citizens are welcome.",
            {"visa_j1": False, "visa_h1b": False},
        ),
        (
            "We sponsor neither J-1 nor H-1B visas, and applicants must hold a green card.",
            {"visa_j1": False, "visa_h1b": False},
        ),
        ("Applicants need only be graduates of LCME-accredited schools.", {"accepts_img": False}),
        ("Step 1 / Step 2 CK minimum: 220 / 230", {"step1_min": 220, "step2_min": 230}),
        (
            "J-1 / H-1B - both sponsored. Applicants w/ US letters stand out.",
            {"visa_j1": True, "visa_h1b": True},
        ),
    ],
}


(
    test_sentence_commits_the_program_to,
    _,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = sentence_tests(GROUPS)
