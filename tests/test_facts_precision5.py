"""Rule round 37: the residue of seven kinds of sentence, in phrasings of our own, with controls
of each kind that state this program's rule plainly and keep their reading.

- shorthand score rows: "S1" and "USMLE 1" name Step 1 as "S2CK" names Step 2 CK, so a floor
  written with symbols and middle dots ("S1 ≥ 220 · S2CK ≥ 235", "USMLE 1 screen · 215+") is
  read for each exam it names;
- an aside between dashes: a relative clause set between the subject and its verb keeps its own
  negation when a time word holds it back ("The residency — which cannot appoint an IMG until
  ECFMG certification is issued — expects ...": a demand) or when it names no fact ("— which is
  not large —"): the verb after the closing dash is not denied, and the certificate the aside
  names is what that verb asks for. An aside that states a rule by its negation ("— which does
  not consider anyone with a failed attempt —") keeps it;
- mixed sentences: a half cut at ";" that tells how the visa system works at large ("J-1
  sponsorship is provided nationally by ECFMG") says nothing of this program, while the other
  half is its rule; "no other relocation support" after a visa denies the support, not the visa;
- demands placed on IMGs: "International graduates must (a) ..., (b) receive the certificate
  and (c) have it verified by ..." sets the ECFMG deadline. Under the contract, accepts_img is
  what the program says of IMGs as applicants; a list of steps demanded of them is a condition
  (issue 11: "IMG eligibility: accepts IMGs / does not / conditions"), and receiving a
  certificate receives no applicant, so the sentence settles ecfmg_by only. "Applicants are
  considered regardless of their year of graduation, including IMGs who ..." rules on the
  graduation year (yog "none") and, by considering those IMGs, says the program takes IMGs
  (accepts_img true), as the rules read it before this round: the round proposed reading it as
  the graduation year alone (some IMGs, "who ...", an instance of the freedom); the lead kept
  the reading of the contract, as for round 36's "MD, DO and IMG applicants are considered
  regardless of ..." (``test_facts_thirty_seventh_set_families``);
- a statistic of matched residents: "Many of our matched IMGs had their certificate in hand by
  interview season" tells what residents did, asking nothing; "IMGs must hold the certificate
  before they are matched" is a rule (the Match: the rank order list deadline);
- a first-attempt rule on one exam beside a freedom on "other exams" holds for that exam only;
- letters demanded past a count ("without a minimum of two letters from US-based doctors") are
  required as a verdict on those lacking them.

Expected values come from what each sentence commits the program to under the fact contract
(issue 11), never from the extractor. Before this round (commit 9d3440b), 18 of the 22
sentences outside the controls failed (this module run against that commit), and 2 of the 22
controls, both of this round's kinds read the other way: "The program — which is not large —
sponsors J-1 visas" (the aside's "not" denied the visa) and "We cannot consider an application
without at least one letter from a US physician" (read as not required).
"""

from __future__ import annotations

from tests.facts_families import sentence_tests

GROUPS: dict[str, list[tuple[str, dict[str, object]]]] = {
    "shorthand_scores": [
        ("Screening floors: S1 ≥ 220 · S2CK ≥ 235.", {"step1_min": 220, "step2_min": 235}),
        ("Board minimums | S1 ≥ 210 · S2CK ≥ 230.", {"step1_min": 210, "step2_min": 230}),
        ("USMLE 1 screen · 215+.", {"step1_min": 215}),
        ("Cutoffs – S1: 210, S2CK: 230.", {"step1_min": 210, "step2_min": 230}),
        ("Score thresholds (S1 / S2 CK): 215 / 225", {"step1_min": 215, "step2_min": 225}),
    ],
    "shorthand_scores_controls": [
        ("Step 1: 210+.", {"step1_min": 210}),
        ("Step 2: 232+", {"step2_min": 232}),
        ("COMLEX L2-CE ≥ 475", {"comlex_min": 475}),
        ("Min. Step 2 CK 228", {"step2_min": 228}),
        ("Mean S1 of our interns · 238.", {}),
        ("S1 ≥ 220 preferred.", {}),
    ],
    "dashed_aside": [
        (
            "The residency — which cannot appoint an IMG until ECFMG certification is issued — "
            "expects the certificate before orientation.",
            {"ecfmg_by": "start of residency"},
        ),
        (
            "Our department — which will not appoint an IMG before ECFMG certification is "
            "issued — expects the certificate by the time you apply.",
            {"ecfmg_by": "time of application"},
        ),
        (
            "The program — which cannot hire an IMG until ECFMG has confirmed certification — "
            "expects that confirmation ahead of ranking.",
            {"ecfmg_by": "rank order list deadline"},
        ),
    ],
    "dashed_aside_controls": [
        (
            "The residency — which does not review anyone with a failed USMLE attempt — asks "
            "applicants to list their exam history.",
            {"first_attempt_required": True},
        ),
        (
            "The department — which does not sponsor H-1B status — refers other visa questions "
            "to the GME office.",
            {"visa_h1b": False},
        ),
        ("H-1B sponsorship (a question we hear often) is not available.", {"visa_h1b": False}),
        ("The program — which is not large — sponsors J-1 visas.", {"visa_j1": True}),
        (
            "Our program (small, with 14 residents in all) does not sponsor H-1B visas.",
            {"visa_h1b": False},
        ),
    ],
    "mixed": [
        (
            "J-1 sponsorship is provided nationally by ECFMG; H-1B visas are not sponsored here.",
            {"visa_h1b": False},
        ),
        (
            "The J-1 is sponsored by ECFMG for every program in the country; our program does "
            "not file H-1B petitions.",
            {"visa_h1b": False},
        ),
        ("Our program sponsors the H-1B and no other relocation support.", {"visa_h1b": True}),
        ("We sponsor J-1 visas and no other moving assistance.", {"visa_j1": True}),
    ],
    "mixed_controls": [
        ("We sponsor the J-1 and no other visa.", {"visa_j1": True, "visa_h1b": False}),
        ("We sponsor the H-1B and no other visa type.", {"visa_j1": False, "visa_h1b": True}),
        (
            "We sponsor J-1 visas; H-1B visas are not sponsored here.",
            {"visa_j1": True, "visa_h1b": False},
        ),
    ],
    "demands_on_imgs": [
        (
            "International graduates must (a) complete every ECFMG requirement, (b) receive the "
            "certificate and (c) have it verified by the start of residency.",
            {"ecfmg_by": "start of residency"},
        ),
        (
            "Foreign graduates must (1) sit every ECFMG exam, (2) obtain the certificate and (3) "
            "have it verified before the interview.",
            {"ecfmg_by": "interview"},
        ),
        (
            "Applicants are considered regardless of their year of medical school graduation, "
            "including IMGs who trained abroad for many years.",
            {"accepts_img": True, "yog_limit_years": "none"},
        ),
    ],
    "demands_on_imgs_controls": [
        (
            "All applicants are considered regardless of graduation year, including IMGs.",
            {"accepts_img": True, "yog_limit_years": "none"},
        ),
        (
            "International medical graduates who have received ECFMG certification are welcome "
            "to apply.",
            {"accepts_img": True},
        ),
    ],
    "statistic_as_deadline": [
        (
            "Many of our matched IMGs already had their ECFMG certificate in hand by interview "
            "season.",
            {},
        ),
        (
            "Most of our current residents had their ECFMG certificate in hand before they "
            "matched.",
            {},
        ),
        (
            "IMGs must hold the ECFMG certificate before you are matched.",
            {"ecfmg_by": "rank order list deadline"},
        ),
    ],
    "statistic_as_deadline_controls": [
        (
            "IMGs need their ECFMG certificate in hand by interview season.",
            {"ecfmg_by": "interview"},
        ),
    ],
    "one_exam_first_attempt": [
        (
            "Effective this year, applicants need a first-attempt pass on Step 2 CK, and no "
            "attempt limit applies to other exams.",
            {"first_attempt_required": "Step 2 CK only"},
        ),
        (
            "Step 1 must be passed on the first attempt, with no limit on attempts at the other "
            "Steps.",
            {"first_attempt_required": "Step 1 only"},
        ),
    ],
    "one_exam_first_attempt_controls": [
        ("All USMLE Steps must be passed on the first attempt.", {"first_attempt_required": True}),
        (
            "The first-attempt rule applies to Step 2 CK and not to Step 1.",
            {"first_attempt_required": "Step 2 CK only"},
        ),
    ],
}

STORED: dict[str, list[tuple[str, dict[str, object]]]] = {
    "letters": [
        (
            "Unfortunately, we can't review your application without a minimum of two letters "
            "from US-based doctors.",
            {"us_letters_required": True},
        ),
        (
            "Applications without a minimum of two letters from US physicians will not be "
            "reviewed.",
            {"us_letters_required": True},
        ),
    ],
    "letters_controls": [
        (
            "We cannot consider an application without at least one letter from a US physician.",
            {"us_letters_required": True},
        ),
        (
            "We can review your application without any letters from US doctors.",
            {"us_letters_required": False},
        ),
        (
            "At least two of your letters must come from physicians practicing in the United "
            "States.",
            {"us_letters_required": True},
        ),
    ],
}


(
    test_sentence_commits_the_program_to,
    test_sentence_states_a_stored_fact,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = sentence_tests(GROUPS, STORED)
