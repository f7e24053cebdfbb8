"""Rule round 26: a program's news feed (:mod:`extract.fact_announcements` and the time reader's
corrections), each construction in phrasings of our own, with traps and controls.

Written for issue 11 after reading what ``demoweb/phrasings_independent29.py`` (announcements,
banners and social posts: "📢 UPDATE ...", "Edit (Oct 3): ...", hashtags, reposts) misread
before round 26. Each group is one kind of sentence: posts run together in one paragraph and
ended by hashtags or an emoji are read one by one, a repost of another body's news settles
nothing about this program, a post corrected in place states only the rule now in force, and a
rule removed or counted in news words is read as it now stands. Expected values come from what
each text plainly commits the program to under the fact contract, never from the extractor's
output.

Before this round (commit 056f88f), 15 of these 43 cases failed (this module run against that
commit): every group of this voice had failures (two posts run together read as one, a repost
beside the program's own rule made it unsettled, a corrected post read as past, "the J-1 visa
alone" as no exclusion); most reposts and every trap and control pass there and here.
"""

from __future__ import annotations

from demoweb import phrasings_independent29 as independent29
from tests.facts_families import family_tests

GROUPS = {
    # posts run together in one paragraph, each ended by its hashtags or an emoji: a post's
    # words never reach the next
    "posts_in_one_paragraph": [
        (
            "Our GME office now files H-1B petitions as well as J-1 paperwork #NewsFlash "
            "International graduates who need a visa should contact the coordinator.",
            {"visa_j1": True, "visa_h1b": True},
        ),
        (
            "This season we sponsor the ECFMG J-1 visa alone #visas #IMGs Step 2 CK results "
            "under 225 will not be reviewed.",
            {"visa_j1": True, "visa_h1b": False, "step2_min": 225},
        ),
        (
            "We will match 5 categorical interns this year! \U0001f389 Department snapshot: 22 "
            "residents in total across all PGY levels.",
            {"positions_per_year": 5},
        ),
        (
            "Excited to meet you all at the open house \U0001f499 Applicants must hold ECFMG "
            "certification by the rank list deadline.",
            {"ecfmg_by": "rank order list deadline"},
        ),
    ],
    # reposts of another program's or a national body's news: nothing about this program
    "reposts": [
        (
            "\U0001f501 Reposting from our sister hospital: their pediatrics residency will "
            "begin H-1B sponsorship and grow to 9 interns per year.",
            {},
        ),
        (
            "Repost: a neighboring internal medicine program now requires 4 months of US "
            "clinical experience.",
            {},
        ),
        (
            "Shared from a partner program's page: applicants there must have graduated within "
            "the last 3 years.",
            {},
        ),
        (
            "Via ECFMG: the certification timeline for incoming exchange visitors has changed.",
            {},
        ),
        (
            "We sponsor J-1 visas only. \U0001f501 Reposting from a regional program: they "
            "sponsor H-1B visas and take 8 residents each year.",
            {"visa_j1": True, "visa_h1b": False},
        ),
        (
            "Reposting our pinned update: the minimum Step 2 CK score is 228.",
            {"step2_min": 228},
        ),
    ],
    # a post corrected in place: what it says of the old post is no rule
    "corrected_in_place": [
        (
            "Edit (Nov 2): the Step 2 CK cutoff in our previous post was a typo, and the "
            "minimum is now 232.",
            {"step2_min": 232},
        ),
        (
            "Edit: the ECFMG deadline in our older banner was incorrect, so certification is "
            "now due by the start of residency.",
            {"ecfmg_by": "start of residency"},
        ),
        (
            "Edited: we do not limit applications by year of graduation, and our earlier post "
            "was mistaken.",
            {"yog_limit_years": "none"},
        ),
        (
            "Correction: there is no COMLEX minimum, whatever our old brochure may say.",
            {"comlex_min": "none"},
        ),
        (
            "Edit (Sept 9): we sponsor H-1B visas, no matter what the previous flyer said.",
            {"visa_h1b": True},
        ),
    ],
    # a rule removed whose aside names what it covered
    "removals_with_asides": [
        (
            "Update: sponsorship (J-1 and H-1B) has been discontinued for the coming cycle.",
            {"visa_j1": False, "visa_h1b": False},
        ),
        (
            "Visa policy for 2027: none (H-1B and J-1 withdrawn)",
            {"visa_j1": False, "visa_h1b": False},
        ),
        (
            "Visas this season: J-1 only (H-1B dropped)",
            {"visa_j1": True, "visa_h1b": False},
        ),
    ],
    # a visa named "alone" at its clause's end is the only one
    "visa_alone": [
        (
            "From this cycle on, our program supports the J-1 visa alone.",
            {"visa_j1": True, "visa_h1b": False},
        ),
        (
            "Residents who need sponsorship train on the ECFMG-sponsored J-1 visa alone.",
            {"visa_j1": True, "visa_h1b": False},
        ),
    ],
    # class size in news words
    "class_news": [
        (
            "Our program grows by 4 new residents every July.",
            {"positions_per_year": 4},
        ),
        (
            "Big news: our intern class has reached 7 residents.",
            {"positions_per_year": 7},
        ),
    ],
    # a deadline named "as soon as"
    "as_soon_as": [
        (
            "NEW: IMGs must be ECFMG certified as soon as they submit their ERAS application.",
            {"ecfmg_by": "time of application"},
        ),
        (
            "ECFMG certification is needed as soon as you start residency with us.",
            {"ecfmg_by": "start of residency"},
        ),
    ],
    # a result after ", so" with its own negation: two denials are never read as one
    "results_after_so": [
        (
            "We have retired the USCE requirement, so applicants without any US clinical "
            "experience may apply.",
            {"usce_required_months": 0},
        ),
        (
            "There is no Step 1 floor, so nobody is screened out for a low Step 1 score.",
            {"step1_min": "none"},
        ),
    ],
    # traps of this voice that settle nothing
    "traps": [
        (
            "\U0001f4c5 Join our virtual open house next Tuesday to ask about visas and Step 2 CK "
            "scores! #OpenHouse",
            {},
        ),
        (
            "Congrats to our new interns, who join us from 8 countries! #MatchDay",
            {},
        ),
        ("Last cycle in numbers: 140 applicants interviewed for 6 positions. #Stats", {}),
        (
            "The J-1 visa alone does not allow you to moonlight during residency.",
            {},
        ),
    ],
    # other voices the module must leave as they were
    "controls": [
        ("We sponsor J-1 visas only.", {"visa_j1": True, "visa_h1b": False}),
        ("J-1 \u2713 \u00b7 H-1B \u2717", {"visa_j1": True, "visa_h1b": False}),
        (
            "Update (June 2026): our Step 2 CK minimum is 230, down from 240.",
            {"step2_min": 230},
        ),
        (
            "We have retired our Step 1 cutoff.",
            {"step1_min": "none"},
        ),
        (
            "J-1 visas are sponsored via ECFMG; we do not sponsor H-1B visas.",
            {"visa_j1": True, "visa_h1b": False},
        ),
        (
            "There is no Step 1 minimum, so we will look at your whole application.",
            {"step1_min": "none"},
        ),
        (
            "Our Step 1 cutoff (220) has been dropped.",
            {},
        ),
        (
            "Applicants must have passed Step 1 and Step 2 CK on the first attempt.",
            {"first_attempt_required": True},
        ),
    ],
}
STORED = {
    "counts_in_news": [
        (
            "NEW this year: our resident complement has reached 31.",
            {"total_residents": 31},
        ),
        (
            "Our preliminary position count is 3 for the coming Match.",
            {"preliminary_positions": 3},
        ),
        (
            "Our interview count is 60 this season.",
            {},
        ),
    ],
}

(
    test_sentence_commits_the_program_to,
    test_sentence_states_a_stored_fact,
    test_no_sentence_here_is_the_blind_sets_template,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = family_tests(independent29, GROUPS, STORED)
