"""An international office's voice (rule round 27): outside bodies' word, visa verdicts, the
certificate's deadline as an event of the application cycle, and the rows and verdicts beside.

Written for issue 11 in our own words, from how international offices of teaching hospitals
write for IMGs (ECFMG's J-1 route, USCIS and consulates, INA 212(e), cap-exempt H-1B), not from
the templates of any phrasing set; the thirty-first set (``demoweb/phrasings_independent31.py``)
was the development material the round was measured on. Each group is one kind of sentence;
the controls (other voices, and sentences that must keep settling what they settled, or
nothing) must stay as they are. Expected values come from what each sentence means under the
fact contract, never from the extractor.
On the rules before round 27 (1b4c8ca), 20 of these 43 sentences failed (the 17 controls all
passed; the six others that passed already, five of them outside bodies' word the rules read
as nothing already, are cases of their kind that stay).
"""

from __future__ import annotations

from demoweb import phrasings_independent31 as independent31
from extract.fact_agencies import programs_word
from extract.fact_deadlines import cycle_event
from tests.facts_families import family_tests

GROUPS = {
    # what ECFMG, USCIS, a consulate or federal law does, charges or takes commits no program
    "outside_bodies": [
        ("USCIS premium processing of an H-1B petition costs extra and takes 15 days.", {}),
        ("ECFMG will not issue a DS-2019 until the Statement of Need arrives.", {}),
        ("The U.S. consulate may hold a J-1 visa interview for several weeks.", {}),
        (
            "By statute, J-1 physicians are subject to the home-residency rule of INA 212(e).",
            {},
        ),
        (
            "Under immigration regulations, an H-1B physician must hold an unrestricted license.",
            {},
        ),
        ("SEVIS fees for the J-1 are not refundable.", {}),
    ],
    # the program's visa verdicts in this voice
    "visa_verdicts": [
        (
            "J-1 no, H-1B yes: the institution files cap-exempt petitions for its residents.",
            {"visa_j1": False, "visa_h1b": True},
        ),
        (
            "The H-1B is the one visa type our hospital petitions for.",
            {"visa_j1": False, "visa_h1b": True},
        ),
        (
            "For trainees who need sponsorship, the J-1 is the single route our GME office "
            "supports.",
            {"visa_j1": True, "visa_h1b": False},
        ),
        (
            "Our office requests J-1 sponsorship from ECFMG for each matched resident.",
            {"visa_j1": True},
        ),
        (
            "Depending on your eligibility, we sponsor either the J-1 or the H-1B.",
            {"visa_j1": True, "visa_h1b": True},
        ),
        (
            "Graduating from a medical school abroad will not on its own make you ineligible.",
            {"accepts_img": True},
        ),
        (
            "Being an IMG does not, in itself, render an applicant ineligible.",
            {"accepts_img": True},
        ),
    ],
    # the certificate's deadline, as an event of the cycle however it is worded
    "ecfmg_deadlines": [
        (
            "International applicants should be ECFMG certified as part of their ERAS application.",
            {"ecfmg_by": "time of application"},
        ),
        (
            "A valid ECFMG certificate is required before your PGY-1 year.",
            {"ecfmg_by": "start of residency"},
        ),
        (
            "The ECFMG certificate must be in hand ahead of the first July of training.",
            {"ecfmg_by": "start of residency"},
        ),
        (
            "ECFMG certification, not simply a passing Step 2 CK result on file, is needed "
            "before we certify our rank list.",
            {"ecfmg_by": "rank order list deadline"},
        ),
        (
            "IMGs who are not yet ECFMG certified by interview season will not move forward.",
            {"ecfmg_by": "interview"},
        ),
        (
            "ECFMG certification is never waived: every IMG must be certified before onboarding.",
            {"ecfmg_by": "start of residency"},
        ),
        (
            "The ECFMG certificate is not something we can waive: IMGs must be certified prior "
            "to the ranking deadline.",
            {"ecfmg_by": "rank order list deadline"},
        ),
    ],
    # rows and counts in this voice
    "rows_and_counts": [
        ("Years out from medical school graduation: 4 at most", {"yog_limit_years": 4}),
        ("We match 3 categorical first-year interns each year.", {"positions_per_year": 3}),
        (
            "Step 2 CK needs a first-attempt pass; a retaken Step 1 does not affect eligibility.",
            {"first_attempt_required": "Step 2 CK only"},
        ),
    ],
    # controls: other voices, and sentences that keep settling what they settled (or nothing)
    "controls": [
        ("J-1 visas sponsored by ECFMG are available to our residents.", {"visa_j1": True}),
        (
            "Both the ECFMG-sponsored J-1 and the H-1B are offered to residents.",
            {"visa_j1": True, "visa_h1b": True},
        ),
        ("We sponsor J-1 visas only.", {"visa_j1": True, "visa_h1b": False}),
        ("ECFMG sponsors the J-1 for our residents.", {"visa_j1": True}),
        ("Depending on funding, we sponsor the H-1B.", {}),
        ("We receive many requests for H-1B sponsorship.", {}),
        ("Being an IMG makes you ineligible here.", {"accepts_img": False}),
        (
            "ECFMG certification is required by the rank order list deadline.",
            {"ecfmg_by": "rank order list deadline"},
        ),
        ("ECFMG certification is required by March 1.", {"ecfmg_by": "March 1"}),
        ("ECFMG certification is required for every IMG at our residency.", {}),
        ("Early ECFMG certification is viewed favorably.", {}),
        ("The Step 1 minimum of 220 is waived this cycle.", {}),
        ("We do not waive the Step 1 minimum of 220.", {"step1_min": 220}),
        ("Your Step 1 score does not affect eligibility.", {"step1_min": "none"}),
        ("Most of our residents graduated within 3 years.", {}),
        (
            "The absence of hands-on U.S. clinical experience does not render a candidate ineligible.",
            {"usce_required_months": 0},
        ),
        (
            "ECFMG \u2014 IMGs must be certified by the rank list deadline.",
            {"ecfmg_by": "rank order list deadline"},
        ),
    ],
}

STORED = {
    "letters_and_totals": [
        (
            "Files lacking a letter from a U.S. physician are deemed incomplete.",
            {"us_letters_required": True},
        ),
        ("Residents in training, PGY-1 onward: 18", {"total_residents": 18}),
        ("We have 24 residents, PGY-1 and up.", {"total_residents": 24}),
    ],
}

(
    test_sentence_commits_the_program_to,
    test_sentence_states_a_stored_fact,
    test_no_sentence_here_is_the_blind_sets_template,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = family_tests(independent31, GROUPS, STORED)


def test_text_naming_no_outside_body_is_the_same_object() -> None:
    text = "We sponsor J-1 visas. Step 2 CK minimum: 230."
    assert programs_word(text) is text


def test_a_sentence_naming_the_program_stays() -> None:
    text = "USCIS must approve the petition the program files."
    assert programs_word(text) is text


def test_a_deadline_names_the_event_of_the_cycle() -> None:
    assert cycle_event("the nrmp's certification deadline for rank lists") == (
        "rank order list deadline"
    )
    assert cycle_event("any interview being offered") == "interview"
    assert cycle_event("your first day of pgy-1 orientation") == "start of residency"
    assert cycle_event("the initial eras submission") == "time of application"
    assert cycle_event("our residency program's website") is None
