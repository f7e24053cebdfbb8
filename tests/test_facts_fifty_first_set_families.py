"""Rule round 54: kinds of sentence the 51st and 52nd sets (the "Prospective Applicants" pages of
small competitive specialties, and residency positions posted as job openings on hospital
careers sites) showed read wrong or not at all, each written here in words of our own, with
controls of the same shape that must keep their reading.

The kinds: a group that "does not meet (fails to meet) the minimum qualifications", a verdict
that turns it away as "are not eligible" does (not a group named by what it falls short of:
"IMGs who do not meet ... will not be considered" rules on no IMG); the qualifying degrees
listed with a school abroad among them after "or" ("an MD from a U.S. school, or a degree from
an international school"), which admits IMGs where a U.S. school alone does not; a bare
"sponsorship" in a sentence about work authorization ("must be authorized to work in the
U.S.; no sponsorship"), which is a work visa's; "that visa" pointing back to the one visa the
clause before named, not every visa; time "not counted against the limit", which keeps a
graduation limit rather than denying one, and a hyphened name of the limit denied ("no
graduation-date cutoff applies"); a floor denied as what one is "not required to meet"; a
denied floor followed by ", and most applicants ..." (a statistic of its own, not a figure that
voids the denial); the applicants interviewed counted for openings left uncounted (no class
size); a prose sentence before a "Label: J-1 - yes; H-1B - no" list in one paragraph, which
the list's rows had swallowed; and a research year offered with two adjectives ("an optional,
funded research year", a stored fact). Expected values come from what each sentence plainly
commits the program to under the fact contract (issue 11), never from the extractor's output.

Before this round (commit 35621dc), 21 of the 25 sentences of these kinds failed (this module
run against that commit); the four read right there (by older rules) are "Eligible degrees: an
MD or DO from a U.S. school, or graduation from an international medical school" (its
"eligible" admits the IMGs it names), "Work authorization: we sponsor J-1 visas; we do not offer
H-1B sponsorship", "Applicants on a J-1 are welcome, as we sponsor that visa through ECFMG" and
"No year-of-graduation cutoff is used by our residency", which the new readings must not lose.
One of the 16 controls failed there ("We require a Step 2 CK of 235, and most applicants score
well above it", read as nothing: what most applicants score voided the floor beside it, which
the new cut before ", and most applicants" mends); the other 15 pass there and here.

Left by the round: "International medical graduates who do not meet these requirements are not
eligible" still reads as no IMGs (a verdict on a group named by what it lacks; older rules read
"are not eligible" on the IMGs, and this round's rule only keeps its own new cue out of the
relative clause), and a degree "from a foreign medical school recognised by ECFMG" among the
qualifying degrees is left unread (a clause naming ECFMG is kept out of the new rule, as
ECFMG's own rules read it).
"""

from __future__ import annotations

from demoweb import phrasings_independent51 as independent51
from demoweb import phrasings_independent52 as independent52
from tests.facts_families import Cases, family_tests

GROUPS: Cases = {
    # falling short of the minimum qualifications is a verdict, as "not eligible" is
    "short_of_the_minimum_qualifications": [
        (
            "Graduates of international medical schools fail to meet our eligibility criteria.",
            {"accepts_img": False},
        ),
        ("IMGs do not meet the basic requirements of this residency.", {"accepts_img": False}),
        (
            "Candidates who failed Step 1 on their first try do not satisfy the minimum"
            " qualifications.",
            {"first_attempt_required": "Step 1 only"},
        ),
        # controls: a group named by falling short, and a condition, rule on no one
        ("IMGs who do not meet the minimum qualifications will not be considered.", {}),
        ("If you do not meet the minimum qualifications, please do not apply.", {}),
    ],
    # a school abroad among the degrees that qualify
    "school_abroad_among_degrees": [
        (
            "Required: an MD from an LCME-accredited school or a degree from a foreign medical"
            " school.",
            {"accepts_img": True},
        ),
        (
            "Eligible degrees: an MD or DO from a U.S. school, or graduation from an"
            " international medical school.",
            {"accepts_img": True},
        ),
        # controls: a U.S. school alone, or one abroad turned away
        (
            "Applicants must hold an MD or DO degree from an accredited U.S. school.",
            {"accepts_img": False},
        ),
        (
            "Applicants must hold an MD or DO from a U.S. school; degrees from international"
            " schools are not accepted.",
            {"accepts_img": False},
        ),
    ],
    # a bare "sponsorship" where the sentence is about work authorization
    "sponsorship_beside_work_authorization": [
        (
            "Employment authorization: candidates must already be authorized to work in the"
            " United States; we do not provide sponsorship.",
            {"visa_j1": False, "visa_h1b": False},
        ),
        (
            "Hires must hold U.S. work authorization on day one; the hospital does not sponsor.",
            {"visa_j1": False, "visa_h1b": False},
        ),
        (
            "Work authorization: we sponsor J-1 visas; we do not offer H-1B sponsorship.",
            {"visa_j1": True, "visa_h1b": False},
        ),
        # controls: other help refused, and sponsorship with no work authorization in sight
        (
            "Candidates must be authorized to work in the U.S.; relocation support is not available.",
            {},
        ),
        ("Sponsorship of our journal club is not available this year.", {}),
    ],
    # "that visa" is the visa named before
    "that_visa_points_back": [
        (
            "Anyone who needs an H-1B should look elsewhere, since our institution does not"
            " sponsor that visa.",
            {"visa_h1b": False},
        ),
        (
            "Applicants on a J-1 are welcome, as we sponsor that visa through ECFMG.",
            {"visa_j1": True},
        ),
        # control: a visa denied with no visa named before is every visa
        ("Our program does not sponsor visas of any kind.", {"visa_j1": False, "visa_h1b": False}),
    ],
    # time spared from a graduation limit keeps it; a hyphened limit's name denied is none
    "graduation_limit_kept_or_denied": [
        (
            "You must have graduated within the last 4 years; time spent on a PhD is not counted"
            " toward that limit.",
            {"yog_limit_years": 4},
        ),
        (
            "Applicants must be no more than 3 years out of medical school, and research years"
            " do not count against the limit.",
            {"yog_limit_years": 3},
        ),
        ("No year-of-graduation cutoff is used by our residency.", {"yog_limit_years": "none"}),
        (
            "No graduation-date cutoff applies to international applicants or others.",
            {"yog_limit_years": "none"},
        ),
        # controls: a limit kept with no exceptions; any graduation year welcome
        (
            "Applicants who graduated more than five years ago are not eligible; no exceptions"
            " are made to the graduation-date cutoff.",
            {"yog_limit_years": 5},
        ),
        ("Graduates of any year may apply.", {"yog_limit_years": "none"}),
    ],
    # a floor one is not required to meet is no floor
    "floor_not_required_to_meet": [
        (
            "Osteopathic applicants are not required to meet any COMLEX minimum.",
            {"comlex_min": "none"},
        ),
        ("Candidates are not expected to reach a minimum Step 2 CK score.", {"step2_min": "none"}),
        ("Osteopathic candidates do not need to reach any COMLEX cutoff.", {"comlex_min": "none"}),
        # controls: a floor one must meet, and a verdict on those below it
        ("Applicants are required to meet a minimum Step 2 CK score of 230.", {"step2_min": 230}),
        (
            "Applicants who do not meet the Step 1 minimum of 220 are not reviewed.",
            {"step1_min": 220},
        ),
    ],
    # what most applicants do, after a denied floor, is a statistic of its own
    "denied_floor_then_what_most_do": [
        (
            "Our program sets no minimum Step 1 score, and most applicants now simply report a"
            " pass.",
            {"step1_min": "none"},
        ),
        (
            "There is no COMLEX floor here, and most of our residents scored well above 600.",
            {"comlex_min": "none"},
        ),
        # control: a floor kept, and what most score above it
        (
            "We require a Step 2 CK of 235, and most applicants score well above it.",
            {"step2_min": 235},
        ),
    ],
    # interviewees counted for openings are no class size
    "interviewees_for_openings": [
        ("Each season we interview some 45 applicants for these openings.", {}),
        ("We interview roughly 50 candidates for our openings every year.", {}),
        # controls: the openings counted beside the interviews, and a class matched
        (
            "We interview about 40 applicants for our 3 positions each year.",
            {"positions_per_year": 3},
        ),
        ("Each year we match four applicants into our program.", {"positions_per_year": 4}),
    ],
    # a sentence before a yes/no visa list in one paragraph is read too
    "prose_before_an_answer_list": [
        (
            "International medical graduates are welcome to apply. Visa sponsorship: J-1 - yes;"
            " H-1B - no.",
            {"accepts_img": True, "visa_j1": True, "visa_h1b": False},
        ),
        (
            "IMGs are not eligible for this residency. Sponsorship: J-1 yes; H-1B no.",
            {"accepts_img": False, "visa_j1": True, "visa_h1b": False},
        ),
        # control: the list alone
        ("Visa sponsorship: J-1 yes; H-1B no.", {"visa_j1": True, "visa_h1b": False}),
    ],
}

STORED: Cases = {
    # a research year offered with two adjectives
    "research_year_two_adjectives": [
        (
            "Residents can choose a protected, funded research year after PGY-3.",
            {"research_track": True},
        ),
        (
            "We offer an optional, salaried research year to interested residents.",
            {"research_track": True},
        ),
        # control: research done, no year offered
        ("Many residents publish funded research during training.", {}),
    ],
}

(
    test_sentence_commits_the_program_to,
    test_sentence_states_a_stored_fact,
    test_no_sentence_here_is_the_fifty_first_sets_template,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = family_tests(independent51, GROUPS, STORED)
(_, _, test_no_sentence_here_is_the_fifty_second_sets_template, _) = family_tests(
    independent52, GROUPS, STORED
)
