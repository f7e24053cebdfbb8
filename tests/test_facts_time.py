"""Time read as its own step (``extract.fact_time``): the rule in force now, never a past,
superseded, rumoured or undecided one.

Written for issue 11 (rule round 18) from general knowledge of how English marks time and
supersession on program pages (news posts, "what's new" boxes, FAQ answers, program director
letters, fact-sheet rows), not from the words of any phrasing set; the twenty-third set
(``demoweb/phrasings_independent23.py``, cycle updates and policy changes) was the development
material the step was measured on. Each group is one reading; its near misses and controls
(current rules that mention a past year, "we still sponsor", "no change: remains ...") must keep
what they state. Expected values come from what each sentence means, never from the extractor.
On the rules before round 18 (3aebd82) the positives failed (30 sentences and the page of news);
the controls and most near misses passed (the removal for DO applicants, the suspended and the
replaced cutoff, the figure after "no longer", the rules of now that mention a past year, the
row of the coming cycle, the announcement of another matter, the labels the rules read already).
"""

from __future__ import annotations

from demoweb import phrasings_independent23 as independent23
from extract.fact_time import current_rule
from tests.facts_families import facts_of, family_tests

GROUPS = {
    # the new figure of a change is the rule, the old one is not
    "superseded_figure": [
        (
            "Our Step 2 CK minimum for this application season is 225, down from 235 last year.",
            {"step2_min": 225},
        ),
        (
            "The USCE requirement has been raised from two to four months.",
            {"usce_required_months": 4},
        ),
        ("COMLEX Level 2-CE minimum: 500 (previously 450)", {"comlex_min": 500}),
        (
            "The department increased the number of categorical positions to 9 this year.",
            {"positions_per_year": 9},
        ),
        ("Our Step 2 CK cutoff went from 220 to 230 this year.", {"step2_min": 230}),
        (
            "The minimum Step 2 CK score, which was 230 last year, is 225 for this cycle.",
            {"step2_min": 225},
        ),
        (
            "Update: we have increased our class size to 10 residents per year.",
            {"positions_per_year": 10},
        ),
        # controls: a change stated once, read as before
        ("The Step 1 floor was lowered to 210 this fall.", {"step1_min": 210}),
        ("Graduation window: 5 years (was 3)", {"yog_limit_years": 5}),
    ],
    # what a rule replaces is the old rule; the new one stands
    "replaced": [
        (
            "Our old Step 2 CK cutoff of 230 has been replaced by a cutoff of 220.",
            {"step2_min": 220},
        ),
        ("A Step 2 CK floor of 220 replaces the former 230 cutoff.", {"step2_min": 220}),
        ("We have replaced our Step 1 floor of 240 with a floor of 225.", {"step1_min": 225}),
    ],
    # a rule removed (present perfect, passive, a row's word) is none now
    "removed": [
        ("The program has done away with its Step 1 cutoff.", {"step1_min": "none"}),
        ("PD update: our COMLEX minimum has been eliminated.", {"comlex_min": "none"}),
        ("We have scrapped the year-of-graduation limit.", {"yog_limit_years": "none"}),
        ("We have stopped accepting IMGs.", {"accepts_img": False}),
        ("Step 1 cutoff: Discontinued", {"step1_min": "none"}),
        (
            "We have dropped the requirement that applicants be within 5 years of graduation.",
            {"yog_limit_years": "none"},
        ),
        # near miss: a removal for one group leaves the rule for the others
        ("We have removed the Step 1 requirement for DO applicants.", {}),
        # near miss: a rule suspended for a while is set aside, not removed
        ("Our Step 1 cutoff has been suspended for this cycle.", {}),
        # near miss: removed and replaced, so not none (the successor is unnamed here)
        ("Our Step 2 CK cutoff has been dropped in favour of a percentile screen.", {}),
    ],
    # a removal denied leaves the rule standing, with the figure the clause after it gives
    "removal_denied": [
        (
            "Despite rumors, our first-attempt requirement has not been dropped: Step 1 and Step 2"
            " CK must each be passed on the first try.",
            {"first_attempt_required": True},
        ),
        ("We haven't eliminated the Step 2 CK minimum; it is still 225.", {"step2_min": 225}),
        (
            "Contrary to rumors, we have not dropped our COMLEX floor; it remains 480.",
            {"comlex_min": 480},
        ),
        # control: "no change: remains"
        ("No change: the Step 2 CK minimum remains 220.", {"step2_min": 220}),
    ],
    # "no longer" denies the present; a figure before it is the current bound
    "no_longer": [
        (
            "Applicants whose Step 2 CK is below 228 are no longer invited to interview.",
            {"step2_min": 228},
        ),
        ("Heads up: as of July 1, 2026, we no longer sponsor the H-1B.", {"visa_h1b": False}),
        # near miss: the figure after "no longer" was the old rule's; the new one is unsaid
        ("We no longer require a Step 1 score of 230.", {}),
        # control
        ("IMGs are no longer eligible for our program.", {"accepts_img": False}),
    ],
    # a simple past framed by a time gone by, "used to", "previously": no rule now
    "past_rule": [
        ("In the 2023 cycle, applicants needed a Step 2 CK of at least 240.", {}),
        ("Two years ago the program sponsored H-1B visas.", {}),
        ("During the 2024 Match we required ECFMG certification at the time of application.", {}),
        ("We previously required three months of USCE; we now require two.", {}),
        # control: the past clause goes, the clause after "but" is the rule now
        (
            "We used to require a Step 1 score of 220, but since the switch to pass/fail we have"
            " no Step 1 cutoff.",
            {"step1_min": "none"},
        ),
        # controls: a rule of now that mentions a past year
        ("Since 2019 we have sponsored J-1 visas for our residents.", {"visa_j1": True}),
        ("We still sponsor J-1 visas, as we did in 2020.", {"visa_j1": True}),
        ("As in 2025, applicants must have graduated in 2021 or later.", {"yog_limit_years": 5}),
    ],
    # a row dated by its label: a year gone by makes it a past rule, the coming cycle the rule
    "dated_row": [
        ("Step 2 CK floor, 2025 Match: 240", {}),
        ("Step 2 CK floor, 2027 Match: 240", {"step2_min": 240}),
    ],
    # what an older page, brochure or FAQ said
    "old_source": [
        ("Our FAQ from 2023 said we require 6 months of USCE; that is out of date.", {}),
        ("Our 2024 brochure listed a Step 1 minimum of 225.", {}),
    ],
    # a rule to come later than the coming cycle, or not decided, is no rule now
    "future_or_undecided": [
        ("Effective with the 2029 Match, a Step 2 CK score of 240 will be required.", {}),
        ("The COMLEX cutoff for the upcoming cycle will be announced in September.", {}),
        # controls: the coming cycle's rule is the one applicants apply under; a clause of
        # another matter to be announced leaves the rule beside it
        (
            "Effective with the 2027 Match, a Step 2 CK score of 240 will be required.",
            {"step2_min": 240},
        ),
        (
            "We require a Step 2 CK of 225; the interview schedule will be announced in September.",
            {"step2_min": 225},
        ),
    ],
    # a news label is no statement ("No changes" denies no visa); a change's subject labels
    "news_labels": [
        (
            "No changes this year: we will sponsor J-1 visas for incoming residents.",
            {"visa_j1": True},
        ),
        # controls: a label of change before a rule (read as before)
        (
            "Our intern class size changes for 2027: we will take 6 new interns through the Match.",
            {"positions_per_year": 6},
        ),
        (
            "Our USCE policy has been revised for this cycle: we now ask for 2 months of hands-on"
            " work.",
            {"usce_required_months": 2},
        ),
        # control
        (
            "Note for this cycle: we have not changed our policy, and we still sponsor J-1 visas.",
            {"visa_j1": True},
        ),
    ],
}

STORED: dict[str, list[tuple[str, dict[str, object]]]] = {}


(
    test_sentence_commits_the_program_to,
    test_sentence_states_a_stored_fact,
    test_no_sentence_here_is_the_blind_sets_template,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = family_tests(independent23, GROUPS, STORED)


def test_text_without_a_word_of_time_is_the_same_object() -> None:
    text = "We sponsor J-1 visas for residents who need them."
    assert current_rule(text) is text


def test_a_page_of_news_keeps_only_the_rule_in_force() -> None:
    """A news section with an old rule, a rule under review and the rule now: one fact."""
    page = (
        "Last year we required a Step 2 CK score of 240. "
        "In the 2024 season we sponsored H-1B visas. "
        "Our visa policy for the 2029 Match is under review. "
        "Update (May 2026): the Step 2 CK minimum has been lowered to 225."
    )
    assert facts_of(page) == {"step2_min": 225}
