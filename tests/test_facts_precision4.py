"""Rule round 33: false facts and unread sentences of twelve general kinds, in phrasings of our own,
with controls that state this program's rule in the same shape and keep their reading.

False facts removed:

- a resident's testimonial: a quote in the first person singular, attributed to a person, that
  speaks not for the program ('"Coming from abroad on a J-1, I found the staff welcoming,"
  recalls Dr. Haddad') tells one person's story, no rule of the program. A quote in the
  program's voice ('"We sponsor H-1B visas," says the program director') is its word. The
  program's own sentence "We have residents on H-1B visas" names who trains there: evidence, as
  the roster is, not a stated policy (issue 11: "the roster is evidence, the statement is
  policy"), so it settles no visa fact, before this round and after;
- a cap on what counts ("up to 4 months is counted") is no required duration;
- a "no" after the visa and "and" that opens a noun phrase naming no visa ("sponsors the J-1
  visa and offers no signing bonus") denies that thing, not the visa;
- a verdict of "ineligible" on those lacking USCE reads by its own negation: "not having any U.S.
  clinical experience will not make an applicant ineligible" is usce 0;
- a visa's sponsor named as the agent of a passive, with words of the system at large ("is
  sponsored nationally by ECFMG for all programs", "is petitioned for by an employer"), and
  nothing of the program, is how the visa system works, no fact of this program;
- an exclusion that only may happen ("might keep you off our interview list") is a hedge, no
  rule and no leniency (round 32's may/might/could), once "keep ... off (out of) our list" is
  read as an exclusion at all; "will keep you out of our rank list" is the rule.

Sentences read that were not:

- "... outside the U.S. H-1B sponsorship is not available": a sentence ends after "the U.S."
  when a visa's name and its own verb follow;
- "Two months of hands-on USCE is the least that we accept": "the least" we accept is a floor;
- "Neither a cutoff nor a minimum applies to Step 2 CK": denied as "no minimum" is (none);
- "The H-1B, which many candidates ask about each season, is not sponsored": a relative clause
  between subject and verb keeps its hedge, question or preference to itself;
- "at least 4 months of U.S. clinical experience, most of which ... was inpatient work": a
  trailing clause on a share of what was named, with no figure of its own, keeps its
  statistic to itself;
- "It is a big help if your ECFMG certificate has been issued by the time you apply": "a (big)
  help if" is a preference, as "it helps if" is, no deadline.

Expected values come from what each sentence commits the program to under the fact contract
(issue 11), never from the extractor. Before this round (commit 2c6ed0e), 24 of the 30 sentences
outside the controls failed (this module run against that commit). 23 of the 27 controls passed
there; the other four are of this round's kinds read the other way: "Applicants without USCE
are ineligible" and "Having no U.S. clinical experience makes a candidate ineligible" were read
as usce 0, and "will keep you out of our rank list" / "keeps you off the interview list" as
leniency on that exam (first_attempt_required false).
"""

from __future__ import annotations

from tests.facts_families import sentence_tests

REQUIRED = "required, duration not stated"

GROUPS: dict[str, list[tuple[str, dict[str, object]]]] = {
    "testimonial": [
        (
            '"Coming from abroad on a J-1, I found the staff welcoming," recalls Dr. Haddad, a '
            "second-year resident.",
            {},
        ),
        ('"My H-1B paperwork went smoothly." \u2014 Dr. Kowalski, PGY-3', {}),
        (
            '"As an international graduate on an H-1B, I never felt like an outsider," says Dr. '
            "Suarez, PGY-2, and our program sponsors J-1 visas.",
            {"visa_j1": True},
        ),
    ],
    "cap_on_what_counts": [
        ("U.S. clinical experience: up to 4 months is counted.", {}),
        ("USCE counted: 2 months at most.", {}),
        ("We credit up to 6 months of USCE, and we sponsor J-1 visas.", {"visa_j1": True}),
    ],
    "denial_of_another_thing": [
        ("The department sponsors the J-1 visa and offers no signing bonus.", {"visa_j1": True}),
        ("Our program sponsors the H-1B and no other benefits for dependents.", {"visa_h1b": True}),
    ],
    "lacking_usce_not_ineligible": [
        (
            "Not having any U.S. clinical experience will not make an applicant ineligible.",
            {"usce_required_months": 0},
        ),
        (
            "Applicants without hands-on USCE are not deemed ineligible.",
            {"usce_required_months": 0},
        ),
        (
            "Candidates with no US clinical experience are not considered ineligible; we sponsor "
            "J-1 visas.",
            {"usce_required_months": 0, "visa_j1": True},
        ),
    ],
    "visa_system_at_large": [
        (
            "The H-1B is petitioned for by an employer, and the J-1 is sponsored nationally by "
            "ECFMG for all programs.",
            {},
        ),
        (
            "Across the country, J-1 physicians are sponsored by ECFMG on behalf of every "
            "residency program.",
            {},
        ),
        (
            "Nationwide, the J-1 is sponsored by ECFMG for each program. We sponsor H-1B visas.",
            {"visa_h1b": True},
        ),
    ],
    "exclusion_only_possible": [
        ("A failed Step 2 CK attempt might keep you off our interview list.", {}),
        ("A Step 1 failure may keep you out of our rank list.", {}),
        (
            "A Step 1 failure may keep you out of our rank list, and we sponsor H-1B visas.",
            {"visa_h1b": True},
        ),
    ],
    "sentence_after_us": [
        (
            "We welcome graduates of schools outside the U.S. H-1B sponsorship is not available.",
            {"accepts_img": True, "visa_h1b": False},
        ),
        (
            "We sponsor J-1 visas for residents trained outside the U.S. H-1B visas are not "
            "sponsored.",
            {"visa_j1": True, "visa_h1b": False},
        ),
    ],
    "the_least_accepted": [
        ("Two months of hands-on USCE is the least that we accept.", {"usce_required_months": 2}),
        ("225 is the least we will accept on Step 1.", {"step1_min": 225}),
        (
            "The least amount of U.S. clinical experience we consider is 4 months.",
            {"usce_required_months": 4},
        ),
    ],
    "neither_nor_floor": [
        ("Neither a cutoff nor a minimum applies to Step 2 CK.", {"step2_min": "none"}),
        (
            "Neither a numeric floor nor a percentile threshold applies to Step 1, and we sponsor "
            "J-1 visas.",
            {"step1_min": "none", "visa_j1": True},
        ),
    ],
    "relative_aside": [
        (
            "J-1 sponsorship, which applicants often ask about, is offered to every resident.",
            {"visa_j1": True},
        ),
        (
            "The H-1B, which many candidates ask about each season, is not sponsored.",
            {"visa_h1b": False},
        ),
        (
            "USCE, which we strongly prefer to be hands-on, is required for at least 3 months.",
            {"usce_required_months": 3},
        ),
    ],
    "trailing_share": [
        (
            "Applicants need at least 4 months of U.S. clinical experience, most of which, for "
            "our current interns, was inpatient work.",
            {"usce_required_months": 4},
        ),
    ],
    "help_if": [
        ("It is a big help if your ECFMG certificate has been issued by the time you apply.", {}),
        (
            "It's a real help if you have 3 months of USCE, and we sponsor J-1 visas.",
            {"visa_j1": True},
        ),
    ],
    "controls": [
        ("We sponsor H-1B visas.", {"visa_h1b": True}),
        (
            "ECFMG certification must be complete when you apply.",
            {"ecfmg_by": "time of application"},
        ),
        ("We do not sponsor J-1 visas.", {"visa_j1": False}),
        ("USCE of at least 3 months is required.", {"usce_required_months": 3}),
        (
            '"We sponsor H-1B visas for every resident who needs one," says Dr. Lee, program '
            "director.",
            {"visa_h1b": True},
        ),
        ('"I am glad to say we accept IMGs," says our program director.', {"accepts_img": True}),
        ("We have residents on H-1B visas.", {}),
        ("USCE: 3 months", {"usce_required_months": 3}),
        (
            "We require 2 months of USCE, and up to 6 months count toward ranking.",
            {"usce_required_months": 2},
        ),
        ("We sponsor the J-1 and no other visa.", {"visa_j1": True, "visa_h1b": False}),
        ("We sponsor J-1 visas and no H-1B visas.", {"visa_j1": True, "visa_h1b": False}),
        (
            "We do not sponsor J-1 visas and offer no relocation stipend.",
            {"visa_j1": False},
        ),
        ("Applicants without USCE are ineligible.", {"usce_required_months": REQUIRED}),
        (
            "Having no U.S. clinical experience makes a candidate ineligible.",
            {"usce_required_months": REQUIRED},
        ),
        ("We sponsor J-1 visas through ECFMG.", {"visa_j1": True}),
        ("J-1 visas are sponsored by ECFMG for our residents.", {"visa_j1": True}),
        (
            "A Step 1 failure will keep you out of our rank list.",
            {"first_attempt_required": "Step 1 only"},
        ),
        (
            "A failed Step 2 CK attempt keeps you off the interview list.",
            {"first_attempt_required": "Step 2 CK only"},
        ),
        (
            "A Step 1 failure will not keep you from being considered.",
            {"first_attempt_required": False},
        ),
        ("We sponsor J-1 visas for graduates of schools outside the U.S.", {"visa_j1": True}),
        ("The minimum Step 2 CK score is 230.", {"step2_min": 230}),
        ("The Step 1 floor of 220 applies to all applicants.", {"step1_min": 220}),
        ("No numeric floor applies to Step 1.", {"step1_min": "none"}),
        ("Our interns, who average 240 on Step 2 CK, are required to pass Step 3.", {}),
        ("We accept IMGs, most of whom have 6 months of USCE.", {"accepts_img": True}),
        (
            "The program, which accepts 4 residents each year, sponsors J-1 visas.",
            {"visa_j1": True, "positions_per_year": 4},
        ),
        (
            "H-1B sponsorship, which we know matters to many applicants, is available here.",
            {"visa_h1b": True},
        ),
    ],
}


(
    test_sentence_commits_the_program_to,
    _,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = sentence_tests(GROUPS)
