"""Scope read as its own step (``extract.fact_scope``): only what applies to this program's own
residency is its fact.

Written for issue 11 (rule round 20) from general knowledge of how program pages set the
program's rule beside rules of another scope (the institution's GME policy, sister programs,
fellowships, other tracks of the same page, other specialties), not from the words of any
phrasing set; the twenty-fifth set (``demoweb/phrasings_independent25.py``) was the development
material the step was measured on. Each group is one kind of sentence; its controls (an
institution's policy stated alone is the program's, a carve-out that names a visa or a number is
the program's own word, a contrast that names no other body) must keep what they state. Expected
values come from what each sentence means, never from the extractor.
On the rules before round 20 (ae38aec), 18 of these 41 sentences failed (every control passed,
as did the positives whose other body the rules already knew by its words: "sister program",
"our affiliated fellowships").
"""

from __future__ import annotations

from demoweb import phrasings_independent25 as independent25
from extract.fact_scope import own_scope
from tests.facts_families import facts_of, family_tests

GROUPS = {
    # an opening contrast with another body ("unlike", "whereas", "although", "in contrast
    # to"): what it says of that body is not this program's rule
    "contrast_lead": [
        (
            "Unlike the surgery residency down the hall, which files H-1B petitions, our program "
            "offers J-1 sponsorship only.",
            {"visa_j1": True, "visa_h1b": False},
        ),
        (
            "Whereas the hospital's transitional-year program takes only U.S. graduates, this "
            "residency welcomes international medical graduates.",
            {"accepts_img": True},
        ),
        (
            "Although several of our health system's residencies ask for six months of U.S. "
            "clinical experience, our program asks for two months.",
            {"usce_required_months": 2},
        ),
        (
            "In contrast to our sister program, which requires first-attempt passes, we review "
            "applicants with more than one attempt on Step 1 or Step 2 CK.",
            {"first_attempt_required": False},
        ),
        (
            "While the department's fellowships look only for a passing Step 2 CK, the residency "
            "screens at a score of 228.",
            {"step2_min": 228},
        ),
        (
            "Whereas the institution sets no limit on years since graduation, this program "
            "accepts only applicants who graduated within the past four years.",
            {"yog_limit_years": 4},
        ),
    ],
    # a concessive or comparing close ("whatever ...", "even though ...", ", in contrast to
    # ...", ", whereas ...") names another body; the rule before it stands
    "contrast_tail": [
        (
            "Our residency accepts graduates of foreign medical schools, whatever the policy of "
            "other departments may be.",
            {"accepts_img": True},
        ),
        (
            "We do not sponsor H-1B visas, even though the institution's GME office files them "
            "for a few fellowships.",
            {"visa_h1b": False},
        ),
        (
            "The program requires ECFMG certification by the rank order list deadline, in contrast "
            "to our affiliated fellowships.",
            {"ecfmg_by": "rank order list deadline"},
        ),
        (
            "A COMLEX Level 2-CE score of 475 or higher is required, whereas the preliminary "
            "positions take any passing COMLEX score.",
            {"comlex_min": 475},
        ),
        (
            "This program has no minimum Step 1 score, even if other residencies at the "
            "institution screen on it.",
            {"step1_min": "none"},
        ),
        (
            "No graduation-year cutoff applies to our categorical applicants, whatever other "
            "programs in the region decide.",
            {"yog_limit_years": "none"},
        ),
    ],
    # a carve-out for another track or group ("except for", "apart from") that does not change
    # the program's rule
    "carve_out": [
        (
            "Except for applicants to the physician-scientist track, who are reviewed by a "
            "separate committee, applicants need a Step 2 CK of at least 226.",
            {"step2_min": 226},
        ),
        (
            "Apart from the research track, which sets a floor of its own, the residency has no "
            "COMLEX minimum.",
            {"comlex_min": "none"},
        ),
        (
            "Except for graduates of U.S. medical schools, who meet it through their clerkships, "
            "applicants must have three months of U.S. clinical experience.",
            {"usce_required_months": 3},
        ),
        (
            "All Steps must be passed on the first attempt, with no exception for applicants to "
            "the combined program.",
            {"first_attempt_required": True},
        ),
        # controls: a carve-out that names a visa or IMGs is the program's own word
        (
            "With the exception of J-1 sponsorship through ECFMG, the program sponsors no visas.",
            {"visa_j1": True, "visa_h1b": False},
        ),
    ],
    # a clause whose subject is another program or track states that body's rule only
    "other_body_clause": [
        (
            "Applicants to our research pathway are screened at a Step 1 score of 245.",
            {},
        ),
        (
            "The combined internal medicine-pediatrics program sponsors H-1B visas.",
            {},
        ),
        (
            "Preliminary interns must have graduated within the last three years.",
            {},
        ),
        (
            "The institution processes H-1B petitions for some of its programs; each program "
            "decides for itself.",
            {},
        ),
        (
            "Our categorical applicants need a Step 2 CK of 222 or more; the research track "
            "applies its own threshold.",
            {"step2_min": 222},
        ),
        (
            "The GME office sets no Step 1 floor; our program's own floor is 215.",
            {"step1_min": 215},
        ),
        # controls: the institution's policy stated alone is the program's
        (
            "Per GME policy, residents are sponsored on the J-1 visa only.",
            {"visa_j1": True, "visa_h1b": False},
        ),
        (
            "The hospital does not sponsor visas of any kind for its residents.",
            {"visa_j1": False, "visa_h1b": False},
        ),
        (
            "Our GME office sponsors the J-1 visa, but we cannot sponsor H-1B status.",
            {"visa_j1": True, "visa_h1b": False},
        ),
    ],
    # a bare denial after another body's rule denies that rule for this program
    "ellipsis": [
        (
            "Our partner program across town requires U.S. clinical experience; our residency "
            "does not.",
            {"usce_required_months": 0},
        ),
        (
            "Although the university hospital sponsors H-1B visas for other departments, this "
            "program does not.",
            {"visa_h1b": False},
        ),
        (
            "Our sister program accepts international medical graduates, but this program does "
            "not.",
            {"accepts_img": False},
        ),
    ],
    # an aside between commas that names another body
    "aside": [
        (
            "Our Step 2 CK minimum, which is stricter than the health system's general floor of "
            "200, is 232.",
            {"step2_min": 232},
        ),
        (
            "J-1 sponsorship, offered also by the institution's fellowships, is available to our "
            "residents.",
            {"visa_j1": True},
        ),
        (
            "The residency itself, and not only the GME office, sponsors H-1B visas.",
            {"visa_h1b": True},
        ),
    ],
    # an aside that says whom its subject is for is the clause's scope, not a side remark: the
    # rule is another body's (both gave the number before the lead's fix of 2026-11-27, found on
    # set 28 after its blind measurement)
    "scoping_aside": [
        (
            "Appendix C, which applies only to the transitional-year program, requires 4 months "
            "of U.S. clinical experience.",
            {},
        ),
        (
            "Policy 7, which is limited to the institution's fellowships, sets a Step 2 CK minimum "
            "of 240.",
            {},
        ),
    ],
    # a share of another body's count is the program's own count
    "share_of_a_count": [
        (
            "Of the medical center's 60 intern positions, 5 each year go to our categorical "
            "program.",
            {"positions_per_year": 5},
        ),
        # control: a share of the program's own residents counts no class
        ("Of our 18 residents, 6 are international medical graduates.", {}),
    ],
    # the program counted among others that do a thing does it
    "one_of": [
        (
            "Our program is one of the few residencies at the medical center that sponsor H-1B "
            "visas.",
            {"visa_h1b": True},
        ),
    ],
}

# Facts that go to the database only: a track named as a carve-out is no claim that the
# program has it; a class counted apart from other tracks is the class
STORED = {
    "track_named_in_passing": [
        (
            "Unlike the research track, the categorical program requires no U.S. clinical "
            "experience.",
            {},
        ),
        (
            "Step 1 must be 220 or higher for categorical applicants; the research track uses "
            "its own cutoff.",
            {},
        ),
        (
            "Graduates of any year are considered, even though the research track prefers "
            "recent graduates.",
            {},
        ),
        # controls: the track stated as the program's own
        ("The program offers a research track with two protected years.", {"research_track": True}),
        ("We also match 2 preliminary interns each year.", {"preliminary_positions": 2}),
    ],
    "counted_apart": [
        (
            "Excluding preliminary interns and fellows, the program has 24 residents in total.",
            {"total_residents": 24},
        ),
    ],
}

(
    test_sentence_commits_the_program_to,
    test_sentence_states_a_stored_fact,
    test_no_sentence_here_is_the_blind_sets_template,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = family_tests(independent25, GROUPS, STORED)


def test_text_without_a_word_of_scope_is_the_same_object() -> None:
    text = "We sponsor J-1 visas. Step 2 CK minimum: 230."
    assert own_scope(text) is text


def test_a_page_of_scopes_keeps_only_the_programs_rules() -> None:
    page = (
        "The institution's GME office sponsors H-1B visas for some of its programs; ours sponsors "
        "the J-1 only. Fellowship applicants must be within five years of residency. Unlike our "
        "sister program, we have no graduation-year limit."
    )
    assert facts_of(page) == {"visa_j1": True, "visa_h1b": False, "yog_limit_years": "none"}
