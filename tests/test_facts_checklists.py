"""Rule round 21: application checklists and coordinators' email replies
(:mod:`extract.fact_checklists`), each construction in phrasings of our own, with traps.

Written for issue 11 after reading what ``demoweb/phrasings_independent26.py`` (checklists with
marks, bullets, arrows and "Required / Recommended" labels; "Re: ..." replies) misread before
round 21. Each group is one kind of sentence; its near misses and traps must settle nothing, and
the controls keep what the rules read before. Expected values come from what each sentence
plainly commits the program to under the fact contract, never from the extractor's output.

Before this round (commit ae38aec), 28 of these 63 cases failed (this module run against that
commit): every group but the traps and the controls had failures; the traps and controls pass
there and here.
"""

from __future__ import annotations

from demoweb import phrasings_independent26 as independent26
from tests.facts_families import family_tests

GROUPS = {
    # checklist items a page runs together with no stop between them
    "joined_items": [
        (
            "☐ Step 1 passed (min. 225) ☐ ECFMG certificate before the rank order list deadline",
            {"step1_min": 225, "ecfmg_by": "rank order list deadline"},
        ),
        ("Step 1: no cutoff Step 2 CK: 232 minimum", {"step1_min": "none", "step2_min": 232}),
        (
            "COMLEX Level 2-CE: 480 or higher FYI: last year's interns averaged 560 on COMLEX",
            {"comlex_min": 480},
        ),
        (
            "• Graduation year: no restriction • Retakes: not accepted",
            {
                "yog_limit_years": "none",
                "first_attempt_required": True,
            },
        ),
        ("→ 3 PGY-1 slots per year → 18 residents in total", {"positions_per_year": 3}),
        (
            "• Foreign graduates welcome → Our Neurology program (different NRMP code) "
            "requires 5 mos USCE",
            {"accepts_img": True},
        ),
        # near misses: an arrow after a bare label is the label's colon
        ("Visa sponsorship → J-1 only", {"visa_j1": True, "visa_h1b": False}),
        ("→ PGY-1 class → 7 interns", {"positions_per_year": 7}),
    ],
    # names each with a check or a cross, in a row
    "marked_names": [
        ("✔ H-1B ✘ J-1", {"visa_h1b": True, "visa_j1": False}),
        ("Visa types ✔/✘: ✘ H-1B ✔ J-1 (through ECFMG)", {"visa_j1": True, "visa_h1b": False}),
        ("✘ H-1B ✘ J-1 — we cannot sponsor visas", {"visa_j1": False, "visa_h1b": False}),
        (
            "International graduates: eligible ✔ J-1 ✔ / H-1B ✔",
            {"accepts_img": True, "visa_j1": True, "visa_h1b": True},
        ),
        (
            "J-1 ✘ / H-1B ✘ Categorical spots: 6 per year",
            {"visa_j1": False, "visa_h1b": False, "positions_per_year": 6},
        ),
        # control: marks already set apart
        ("✔ J-1 · ✘ H-1B", {"visa_j1": True, "visa_h1b": False}),
    ],
    # "Re: <question>? <answer>": the answer tied to what the subject asks
    "replies": [
        (
            "Re: H-1B sponsorship? No, sorry — we only sponsor the J-1.",
            {"visa_h1b": False, "visa_j1": True},
        ),
        ("Re: Do you sponsor H-1B visas? Yes.", {"visa_h1b": True}),
        ("Re: Visa options? Yes — H-1B & J-1.", {"visa_j1": True, "visa_h1b": True}),
        ("Re: Minimum Step 2 CK? It's 228 for every applicant.", {"step2_min": 228}),
        ("Re: Is there a COMLEX floor? We don't use one.", {"comlex_min": "none"}),
        (
            "Re: ECFMG deadline? Your certification has to be complete before the start of "
            "residency.",
            {"ecfmg_by": "start of residency"},
        ),
        ("Re: Class size? We match 6 interns every year.", {"positions_per_year": 6}),
        ("Re: Do you consider IMGs? Unfortunately, no.", {"accepts_img": False}),
        (
            "Re: Any score floors? Yes: 218 for Step 1, 226 for Step 2 CK.",
            {"step1_min": 218, "step2_min": 226},
        ),
        ("Re: Do you take DOs? Yes — COMLEX Level 2-CE of 500 or more.", {"comlex_min": 500}),
        (
            "Re: Step 2 CK retakes? It has to be passed on the first try.",
            {"first_attempt_required": "Step 2 CK only"},
        ),
        (
            "Re: I failed Step 2 CK once — is that a problem? No, a second attempt is fine.",
            {"first_attempt_required": False},
        ),
        # traps: thanks, statistics and advice answer nothing
        (
            "Re: Do you sponsor visas? Thanks for writing! Our coordinator will get back to you "
            "within 5 business days.",
            {},
        ),
        ("Re: Step 2 CK? Our current interns' median was 247.", {}),
        ("Re: USCE? It is strongly recommended.", {}),
        ("Re: Do you take IMGs? Please see the eligibility checklist above.", {}),
    ],
    # another program's or site's checklist says nothing of this one
    "other_programs": [
        ("Sister program checklist (Downtown Campus): Step 1 ≥ 230", {}),
        ("Our Pediatrics program (separate application) asks for 3 months of USCE", {}),
        (
            "Re: the affiliated Internal Medicine program? Their checklist requires 6 months "
            "of USCE.",
            {},
        ),
        # near miss: this program's own affiliation (and its own prelim code, in STORED)
        ("This hospital-affiliated program sponsors J-1 visas.", {"visa_j1": True}),
    ],
    # the voice's shorthand: asked labels, bracketed kinds and groups, dashes before a denial
    "shorthand": [
        ("Non-US grads?: ✔ Yes", {"accepts_img": True}),
        ("Foreign graduates?: ✘ No", {"accepts_img": False}),
        ("Second attempt on a Step? Still considered.", {"first_attempt_required": False}),
        ("• LCME grads only — no international graduates", {"accepts_img": False}),
        ("Intake per year: 3 (categorical)", {"positions_per_year": 3}),
        ("PGY-1 intake: five (categorical)", {"positions_per_year": 5}),
        ("☐ COMLEX Level 2-CE score (DO applicants; no cutoff)", {"comlex_min": "none"}),
        (
            "☐ ECFMG certificate (IMGs; must be issued by the time you apply)",
            {"ecfmg_by": "time of application"},
        ),
        ("USCE & observerships: not required", {"usce_required_months": 0}),
        # near miss: a question with its own asking word is no label
        ("Do you take IMGs? Still deciding.", {}),
    ],
    # items that are documents, fees, deadlines or wishes settle nothing
    "traps": [
        ("☐ Headshot photo (no older than 6 months) & CV", {}),
        ("Processing fee: $75 • Reference letters due Oct 15", {}),
        ("Optional: a short essay on your research interests", {}),
        ("Recommended / not required: USCE in a U.S. hospital", {}),
        ("☆ Preferred: ECFMG certification before you apply", {}),
        ("• Interview day runs 7:30–3:00; parking is free", {}),
    ],
    # controls: constructions the rules read before this round, read the same
    "controls": [
        ("Q: Do you require a minimum Step 1? A: No.", {"step1_min": "none"}),
        ("PD: Sam, do we sponsor H-1B visas? Coordinator: No, we don't.", {"visa_h1b": False}),
        ("PGY-1 slots per year → 6", {"positions_per_year": 6}),
        ("Step 2 CK floor, 2027 Match: 240", {"step2_min": 240}),
        ("USMLE Step 1 → no minimum", {"step1_min": "none"}),
        (
            "We require a minimum Step 2 CK score of 230: applicants below it are not reviewed.",
            {"step2_min": 230},
        ),
        ("If your Step 1 is under 215, please do not apply.", {"step1_min": 215}),
    ],
}
STORED = {
    "joined_items": [
        ("→ 3 PGY-1 slots per year → 18 residents in total", {"total_residents": 18}),
        (
            "• Categorical interns: 5 each year • Research pathway available",
            {"research_track": True},
        ),
    ],
    "shorthand": [
        ("Trainees in program: 24", {"total_residents": 24}),
        ("Pathways: categorical / research", {"research_track": True}),
        ("Prelim spots: 2 per year (separate NRMP code)", {"preliminary_positions": 2}),
        ("☐ 2 LoRs (at least one from a US physician)", {"us_letters_required": True}),
    ],
}

(
    test_sentence_commits_the_program_to,
    test_sentence_states_a_stored_fact,
    test_no_sentence_here_is_the_blind_sets_template,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = family_tests(independent26, GROUPS, STORED)
