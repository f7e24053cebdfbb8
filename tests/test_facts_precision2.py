"""Rule round 29: false facts from sentences of kinds any program page may carry, each kind in
phrasings of our own, with controls that state this program's rule and keep their reading.

The kinds: another program's count (a sister programme, the program across town); what a survey
counts of programs ("140 programs reported ...", "65% of programs ..."), which is no rule of this
program and no score; programs in general ("Community programs usually take 6 interns a year");
a negation carried across ", so" or a colon into the next clause ("We do not sponsor H-1B visas,
so ... plan for a J-1"); advice to go elsewhere read as an invitation ("IMGs who need an H-1B
should apply elsewhere": the H-1B is not sponsored, and IMGs as such are not ruled on); and a
welcome post's count. Expected values come from what each sentence plainly
commits the program to under the fact contract (issue 11), never from the extractor's output.

The welcome post, decided by the contract: ``positions_per_year`` is a stated number of positions
a year, and "a fact the page does not settle is not printed". "Congrats to the 11 new interns
who joined us in June!" counts who arrived once; it says nothing of the positions offered every
year (a class may be filled short, off cycle or by a transfer), so it settles no positions per
year. A count with a word that makes it every year's ("Each July we welcome 6 new interns")
states the policy and keeps it (controls).

Before this round (commit 1b4c8ca), 38 of these 40 sentences outside the controls failed (this
module run against that commit): all of another_program_count but the neighbouring residency
(read right there), all of survey_counts, programs_in_general, negation_carried and
go_elsewhere, and three of welcome_post (the fourth, "arrived last week", was read right there);
the 21 controls pass there and here.
"""

from __future__ import annotations

from tests.facts_families import sentence_tests

GROUPS: dict[str, list[tuple[str, dict[str, object]]]] = {
    # another program's count is never this program's
    "another_program_count": [
        ("Our sister programme across town takes 8 residents a year.", {}),
        ("The neighbouring residency in Riverside matches 10 interns each year.", {}),
        ("The program across town takes 14 residents a year.", {}),
        ("Our affiliate down the road takes 9 interns annually.", {}),
        ("The residency next door matches 12 residents per year.", {}),
        (
            "The teaching hospital nearby matches 10 interns a year, should you want a second option.",
            {},
        ),
        (
            "Bear in mind that the 4 positions at our affiliated hospital are matched separately each "
            "year.",
            {},
        ),
        (
            "Our sister programme across town takes 8 residents a year; we take 4 residents a "
            "year.",
            {"positions_per_year": 4},
        ),
    ],
    # a count or share of programs a survey reports: no rule of this program, and no score
    "survey_counts": [
        ("Across the specialty, 140 programs reported accepting IMGs.", {}),
        ("150 programs reported using a Step 2 CK screen.", {}),
        ("In a recent survey, 72 programs said they sponsor H-1B visas.", {}),
        ("Nationally, 65% of programs accept IMGs.", {}),
        ("According to the NRMP survey, 120 programs use a Step 1 cutoff of 220.", {}),
        ("Forty programs in the specialty do not sponsor visas.", {}),
        ("Half of all programs require US clinical experience.", {}),
    ],
    # programs in general, opening a sentence ("Community programs ..."), are not this one
    "programs_in_general": [
        ("Community programs usually take 6 interns a year.", {}),
        ("Academic programs generally sponsor H-1B visas, but we do not.", {}),
        ("Programs in this specialty rarely accept IMGs.", {}),
        ("Such programs take 10 residents a year.", {}),
        (
            "Larger programs take 20 residents a year; we take 6 residents a year.",
            {"positions_per_year": 6},
        ),
    ],
    # a negation stays in its clause: a result after ", so", a clause after a colon and "we"
    "negation_carried": [
        (
            "We do not sponsor H-1B visas, so applicants who need a visa should plan for a J-1.",
            {"visa_j1": True, "visa_h1b": False},
        ),
        (
            "Yes, we sponsor visas, but it has to be a J-1: we can't do H-1Bs.",
            {"visa_j1": True, "visa_h1b": False},
        ),
        (
            "H-1B visas are not sponsored, so international applicants should expect to train "
            "on a J-1.",
            {"visa_j1": True, "visa_h1b": False},
        ),
        (
            "We don't file H-1B petitions, so our international residents train on the J-1.",
            {"visa_j1": True, "visa_h1b": False},
        ),
        (
            "We do not require USCE, so IMGs are welcome to apply.",
            {"accepts_img": True, "usce_required_months": 0},
        ),
        ("H-1B is not sponsored: we offer J-1 visas.", {"visa_j1": True, "visa_h1b": False}),
        (
            "We are not growing this year: we still take 3 interns a year.",
            {"positions_per_year": 3},
        ),
        # the same after "which means", "thus", "meaning"
        (
            "We do not sponsor H-1B visas, which means IMGs who need a visa will train on a J-1.",
            {"visa_j1": True, "visa_h1b": False},
        ),
        (
            "H-1B sponsorship isn't available, thus our international residents hold J-1 visas.",
            {"visa_j1": True, "visa_h1b": False},
        ),
        ("We do not require USCE, meaning IMGs without it may apply.", {"usce_required_months": 0}),
        (
            "Observerships do not count, so hands-on US clinical experience is required.",
            {"usce_required_months": "required, duration not stated"},
        ),
    ],
    # advice to go elsewhere turns the group away; it invites no one
    "go_elsewhere": [
        ("IMGs who need an H-1B should apply elsewhere.", {"visa_h1b": False}),
        (
            "Applicants who need visa sponsorship should look elsewhere.",
            {"visa_j1": False, "visa_h1b": False},
        ),
        (
            "International graduates requiring H-1B sponsorship would be better served elsewhere.",
            {"visa_h1b": False},
        ),
        ("Candidates who need an H-1B visa should apply elsewhere instead.", {"visa_h1b": False}),
        ("If you need an H-1B, please apply elsewhere.", {"visa_h1b": False}),
    ],
    # this year's arrivals, congratulated or said to have joined: no positions per year
    "welcome_post": [
        ("Congrats to the 11 new interns who joined us in June!", {}),
        ("Congratulations to our 9 interns on a great first week!", {}),
        ("Big shout-out to the 7 interns who joined the team this summer!", {}),
        ("Please welcome the 8 new residents who arrived last week.", {}),
    ],
    # controls: sentences of the same kinds that state this program's rule keep it
    "controls": [
        ("We take 8 residents a year.", {"positions_per_year": 8}),
        ("Our programme takes 8 residents a year.", {"positions_per_year": 8}),
        (
            "We sponsor J-1 visas, so IMGs who need a visa are welcome.",
            {"visa_j1": True, "accepts_img": True},
        ),
        ("We are one of 140 programs that accept IMGs.", {"accepts_img": True}),
        (
            "Our program is one of only 12 programs in the state that sponsor H-1B visas.",
            {"visa_h1b": True},
        ),
        ("Nationally, 65% of programs accept IMGs; we accept IMGs too.", {"accepts_img": True}),
        (
            "Most programs require US clinical experience; we do not require US clinical "
            "experience.",
            {"usce_required_months": 0},
        ),
        ("IMGs are welcome to apply.", {"accepts_img": True}),
        ("IMGs who need an H-1B are not eligible.", {"visa_h1b": False}),
        (
            "We do not sponsor visas, so applicants must be US citizens or permanent residents.",
            {"visa_j1": False, "visa_h1b": False},
        ),
        (
            "Visas are limited to the J-1: we do not sponsor H-1Bs.",
            {"visa_j1": True, "visa_h1b": False},
        ),
        ("J-1 only: we do not sponsor H-1B visas.", {"visa_j1": True, "visa_h1b": False}),
        ("H-1B: we do not sponsor this visa.", {"visa_h1b": False}),
        (
            "Applicants on a J-1: we will sponsor your exchange visitor visa after the Match.",
            {"visa_j1": True},
        ),
        (
            "Our USCE rule is new: we now ask for three months, and observerships do not count.",
            {"usce_required_months": 3},
        ),
        ("Residency programs at our hospital sponsor J-1 visas.", {"visa_j1": True}),
        ("All our programs sponsor J-1 visas.", {"visa_j1": True}),
        ("Programs: Internal Medicine, 6 positions per year.", {"positions_per_year": 6}),
        (
            "We offer 8 positions per year, with 2 positions at our partner site.",
            {"positions_per_year": 8},
        ),
        ("Each July we welcome 6 new interns.", {"positions_per_year": 6}),
        ("Every July, 6 new interns join us.", {"positions_per_year": 6}),
    ],
}


(
    test_sentence_commits_the_program_to,
    _,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = sentence_tests(GROUPS)
