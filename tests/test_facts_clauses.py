"""A policy manual's clauses (``extract.fact_clauses`` and the rules it feeds): numbered clauses,
cross-references, "shall", the manual's words for a requirement, text quoted for reference.

Written for issue 11 (rule round 23) from general knowledge of how an institution's GME policy
and its program addenda word eligibility, not from the words of any phrasing set; the
twenty-eighth set (``demoweb/phrasings_independent28.py``) was the development material the
step was measured on. Each group is one kind of sentence; the controls (other voices, and the
manual's own sentences that must keep or settle nothing) must stay as they are. Expected values
come from what each sentence means under the fact contract, never from the extractor.
On the rules before round 23 (6768e58), 25 of these 57 sentences failed, and so did the page of
the manual at the end; every control passed (many of the manual's sentences were read already,
and stay as cases of their kind).
"""

from __future__ import annotations

from demoweb import phrasings_independent28 as independent28
from extract.fact_clauses import plain_clause
from tests.facts_families import facts_of, family_tests

GROUPS = {
    # a clause number opening a sentence or a row's label is layout, not a count or a score
    "clause_number": [
        ("§ 5.3 The Program sponsors H-1B visas for residents who qualify.", {"visa_h1b": True}),
        (
            "7.2.4 Applicants must pass Step 1 and Step 2 CK on the first attempt.",
            {"first_attempt_required": True},
        ),
        (
            "§ 2(c) International medical graduates are not eligible for appointment.",
            {"accepts_img": False},
        ),
        ("§ 6.1 Minimum USMLE Step 2 CK score: 225", {"step2_min": 225}),
        ("§ 2.4 Categorical PGY-1 positions: 5", {"positions_per_year": 5}),
        ("§ 3.2 Maximum years since medical school graduation: 4", {"yog_limit_years": 4}),
        (
            "§ 3.3 Clinical experience in the U.S.: no less than 3 months",
            {"usce_required_months": 3},
        ),
    ],
    # a cross-reference that only says where a term is defined or what a rule is made under
    "cross_reference": [
        (
            "Graduates of international medical schools, as defined in § 1.3, are eligible for "
            "appointment.",
            {"accepts_img": True},
        ),
        (
            "U.S. clinical experience of not less than three months, as described in Section 2.5, "
            "is required.",
            {"usce_required_months": 3},
        ),
        (
            "Subject to Section 4.1, the Program sponsors J-1 visas only.",
            {"visa_j1": True, "visa_h1b": False},
        ),
        ("Pursuant to Article III, the minimum Step 1 score is 215.", {"step1_min": 215}),
        (
            "ECFMG certification must be complete by the rank order list deadline, in accordance "
            "with ACGME Institutional Requirement IV.B.2.",
            {"ecfmg_by": "rank order list deadline"},
        ),
        (
            "Notwithstanding Section 6.2 of the Institutional Policy, which allows H-1B petitions, "
            "this Program sponsors only the J-1 visa.",
            {"visa_j1": True, "visa_h1b": False},
        ),
        (
            "Except as provided in Appendix C for the research track, the Program does not "
            "sponsor H-1B visas.",
            {"visa_h1b": False},
        ),
    ],
    # "shall" is the manual's "must"; a count "shall be" N is N
    "shall": [
        (
            "The number of categorical positions offered each year shall be five.",
            {"positions_per_year": 5},
        ),
        (
            "The number of first-year residents shall be no fewer than 3 nor more than 4 each "
            "year.",
            {"positions_per_year": "3-4"},
        ),
        (
            "Applicants shall have at least 4 months of U.S. clinical experience.",
            {"usce_required_months": 4},
        ),
        (
            "An applicant shall hold ECFMG certification as a condition of being ranked.",
            {"ecfmg_by": "rank order list deadline"},
        ),
        (
            "The Program sponsors J-1 visas and shall not sponsor H-1B visas.",
            {"visa_j1": True, "visa_h1b": False},
        ),
        (
            "No applicant shall be interviewed whose Step 2 CK score is below 228.",
            {"step2_min": 228},
        ),
        (
            "Applicants with a COMLEX Level 2-CE score below 500 shall not be interviewed.",
            {"comlex_min": 500},
        ),
    ],
    # a count stated as a range after the count noun's verb
    "count_range": [
        ("The number of PGY-1 positions each year is 3 or 4.", {"positions_per_year": "3-4"}),
        (
            "We appoint no fewer than two and no more than three residents each year.",
            {"positions_per_year": "2-3"},
        ),
    ],
    # the manual's words for a requirement
    "requirement_words": [
        (
            "Clinical experience in the United States is not a condition of appointment.",
            {"usce_required_months": 0},
        ),
        (
            "Prior U.S. clinical experience is a prerequisite of selection.",
            {"usce_required_months": "required, duration not stated"},
        ),
        (
            "U.S. clinical experience: required; no minimum duration is set",
            {"usce_required_months": "required, duration not stated"},
        ),
        (
            "No minimum length of clinical experience in the United States applies.",
            {"usce_required_months": 0},
        ),
        ("Applicants of more than 3 years' standing are not eligible.", {"yog_limit_years": 3}),
        (
            "Nothing in this Addendum shall be construed to exclude foreign medical graduates "
            "from selection.",
            {"accepts_img": True},
        ),
        ("The Program has discontinued all H-1B sponsorship.", {"visa_h1b": False}),
    ],
    # the manual's other words: schools "situated" outside the country, sponsorship requested
    # "on behalf of" residents
    "other_words": [
        (
            "Graduates of medical schools situated outside the United States are not eligible.",
            {"accepts_img": False},
        ),
        (
            "H-1B sponsorship is requested on behalf of each resident who needs it.",
            {"visa_h1b": True},
        ),
        ("Residents who need a visa may request H-1B sponsorship.", {}),
    ],
    # an aside naming who set a figure ends at the row's colon; the row's value is read
    "attribution_aside": [
        ("Class size, as approved by the ACGME: 6 residents per year.", {"positions_per_year": 6}),
    ],
    # a row label with an initialism is still a row label
    "initialism_label": [
        ("U.S. clinical experience: not less than 2 months", {"usce_required_months": 2}),
        ("U.S. clinical experience: Not required", {"usce_required_months": 0}),
    ],
    # quoted or summarized for reference, and preferences: nothing settled
    "settles_nothing": [
        (
            "The ECFMG requirements for H-1B physicians are reproduced in Appendix D for "
            "reference only.",
            {},
        ),
        ("For reference, ECFMG lists the J-1 visa requirements in its policy manual.", {}),
        ("The Selection Committee values prior U.S. clinical experience.", {}),
        ("The Committee favors applicants who passed Step 1 on the first attempt.", {}),
        ("The Program prefers applicants with a Step 2 CK score of 240.", {}),
    ],
    # controls: other voices and the manual's own sentences that must stay as they are
    "controls": [
        (
            "Addendum B, which applies only to the Transitional Year program, requires 4 months "
            "of U.S. clinical experience.",
            {},
        ),
        (
            "We do not sponsor J-1 visas and do not sponsor H-1B visas.",
            {"visa_j1": False, "visa_h1b": False},
        ),
        (
            "We sponsor J-1 visas but do not sponsor H-1B visas.",
            {"visa_j1": True, "visa_h1b": False},
        ),
        ("We value diversity and welcome IMGs to apply.", {"accepts_img": True}),
        ("The program values diversity and sponsors J-1 visas.", {"visa_j1": True}),
        ("Applicants we interviewed last year averaged 241 on Step 2 CK.", {}),
        ("We take no more than 3 residents per year.", {"positions_per_year": 3}),
        ("The number of PGY-1 positions is 4.", {"positions_per_year": 4}),
        ("Preference shall be given to applicants with U.S. clinical experience.", {}),
        ("Applicants are considered regardless of their Step 1 score.", {"step1_min": "none"}),
    ],
}

STORED = {
    "letters": [
        (
            "§ 4.6 At least one letter of recommendation shall come from a physician licensed in "
            "the United States.",
            {"us_letters_required": True},
        ),
        ("Letters from U.S. physicians: at least one required", {"us_letters_required": True}),
        ("The Selection Committee values a letter from a U.S. physician.", {}),
        (
            "Applications lacking a letter from a U.S. physician will be marked incomplete and "
            "will not be reviewed.",
            {"us_letters_required": True},
        ),
    ],
    "preliminary": [
        (
            "The number of preliminary PGY-1 positions offered each year shall be 2.",
            {"preliminary_positions": 2},
        ),
        (
            "Each academic year the Institution funds 3 preliminary appointments in the Program.",
            {"preliminary_positions": 3},
        ),
    ],
}

(
    test_sentence_commits_the_program_to,
    test_sentence_states_a_stored_fact,
    test_no_sentence_here_is_the_blind_sets_template,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = family_tests(independent28, GROUPS, STORED)


def test_text_without_a_mark_of_the_manual_is_the_same_object() -> None:
    text = "We sponsor J-1 visas. Step 2 CK minimum: 230."
    assert plain_clause(text) is text


def test_an_aside_naming_whom_a_rule_is_for_is_no_cross_reference() -> None:
    text = (
        "Addendum D, which applies only to the Transitional Year program, requires 5 months of "
        "U.S. clinical experience."
    )
    assert plain_clause(text) is text


def test_a_clause_number_inside_a_sentence_stays() -> None:
    text = "Section 3.5 of the Institutional Policy does not apply to this Program."
    assert plain_clause(text) is text


def test_a_page_of_the_manual_keeps_only_the_programs_rules() -> None:
    page = (
        "§ 2.1 Subject to Section 2.4, the Program sponsors the J-1 visa and shall not file "
        "H-1B petitions.\n\n"
        "§ 3.1 “Foreign Medical Graduate” means a graduate of a medical school outside the "
        "United States and Canada.\n\n"
        "§ 3.5 Applicants shall have no fewer than 2 months of U.S. clinical experience. "
        "Addendum E, which applies only to the Preliminary Medicine program, requires 6 months "
        "of U.S. clinical experience.\n\n"
        "§ 9.2 ACGME Institutional Requirement IV.B is reproduced in Appendix A for reference."
    )
    assert facts_of(page) == {"visa_j1": True, "visa_h1b": False, "usce_required_months": 2}
