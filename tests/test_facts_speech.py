"""Speech read as its own step (:mod:`extract.fact_speech`): transcripts and the spoken register.

Written for issue 11, round 19, from how people talk on recruitment podcasts, webinar recaps and
interview-day notes, not from a blind set's templates (the last test checks that none of these
is one of the twenty-fourth set's). Who speaks matters: the program's people commit it, an
applicant's words commit nothing, a speaker who does not know or only hedges settles nothing;
the last word a speaker commits to stands over what they took back; a question put to a
colleague is completed by the answer in the next turn. Each group has near misses and controls:
labels that name no speaker ("Note:", "Update:", "Visas (per ...)") are read as before.
Expected values come from what each transcript plainly commits the program to, never from the
extractor's output.
"""

from __future__ import annotations

import pytest

from demoweb import phrasings_independent24 as independent24
from extract.fact_speech import APPLICANT, PROGRAM, speaker, spoken
from tests.facts_families import family_tests

GROUPS = {
    # a speaker label is no row label: the turn is read as the speaker's sentence
    "speaker_turns": [
        (
            "Chief resident: The program takes six categorical interns every year.",
            {"positions_per_year": 6},
        ),
        ("Dr. Ibarra (PD): Step 2 CK? The minimum there is 225.", {"step2_min": 225}),
        # control: a turn the label did not hide before either
        (
            "Host: Welcome back to the Match Made podcast. Dr. Ibarra (program director): "
            "We have never screened on Step 1, so there is no Step 1 cutoff.",
            {"step1_min": "none"},
        ),
        # control: a label that names no speaker stays the row's label
        ("Note: J-1 only.", {"visa_j1": True, "visa_h1b": False}),
        ("Visas (per our GME office): J-1 sponsored.", {"visa_j1": True}),
    ],
    # an applicant's words commit the program to nothing
    "applicant_turns": [
        ("Applicant: I'm on an H-1B at my current job and they sponsor it.", {}),
        ("Q (audience): My program sponsors J-1 visas, does yours?", {}),
        # an unanswered question is not answered by a turn on another topic
        (
            "Q (student): Do you sponsor H-1B visas? Coordinator: No, you do not need US "
            "clinical experience to apply.",
            {"usce_required_months": 0},
        ),
        # an answer on another topic answers nothing the question asked
        (
            "Q (viewer): Do you sponsor J-1 visas? A: Yes, there is a dedicated research track.",
            {},
        ),
        # the applicant's own story before their question is theirs
        (
            "Caller: My current program sponsors H-1B visas. Are IMGs eligible with you? "
            "A: Yes, they are.",
            {"accepts_img": True},
        ),
        # the answer is the first sentence; what the speaker adds after it stands on its own
        (
            "Q (from the chat): Is US clinical experience required? A: No. Also, there is no "
            "COMLEX minimum.",
            {"usce_required_months": 0, "comlex_min": "none"},
        ),
        # near miss: the answer ("A:") completes the applicant's question
        (
            "Q (student): Do you sponsor H-1B visas? A: No, we do not sponsor the H-1B.",
            {"visa_h1b": False},
        ),
    ],
    # a speaker who does not know, or only hedges, settles nothing
    "not_known": [
        ("Resident: Honestly I don't know where things stand on H-1B visas right now.", {}),
        ("Resident: I'm not sure about the visa situation, you'd have to ask the PD.", {}),
        ("Coordinator: I think we still sponsor J-1 visas, but don't quote me on that.", {}),
        ("Faculty: As far as I know, we probably take four interns a year.", {}),
        # near miss: a hedge the speaker then commits to
        (
            "Coordinator: I believe we sponsor J-1 visas, and I just confirmed it with GME.",
            {"visa_j1": True},
        ),
        (
            "Coordinator: Yep, J-1 visas, we sponsor those; H-1B I couldn't tell you.",
            {"visa_j1": True},
        ),
        # near miss: what the speaker does know stands beside what they don't
        (
            "Dr. Moss (PD): We sponsor the J-1 for sure; the H-1B I genuinely don't know "
            "about this year.",
            {"visa_j1": True},
        ),
    ],
    # the last word committed stands over what the speaker took back
    "self_corrections": [
        (
            "PD: We require, um, two months — sorry, three months of hands-on US clinical "
            "experience.",
            {"usce_required_months": 3},
        ),
        ("Coordinator: Our Step 2 CK floor is 220 — I mean 225.", {"step2_min": 225}),
        (
            "Dr. Webb (APD): We don't — well, we didn't use to — actually, yes, we do sponsor "
            "H-1B visas now.",
            {"visa_h1b": True},
        ),
        # a beginning broken off is no word
        ("Coordinator: So the — our Step 2 CK minimum is 230.", {"step2_min": 230}),
        # near miss: an answer after a dash takes nothing back
        (
            "Coordinator: Visa sponsorship — no, we do not sponsor any visas.",
            {
                "visa_j1": False,
                "visa_h1b": False,
            },
        ),
    ],
    # a question put to a colleague is completed by the answer in the next turn
    "deferrals": [
        (
            "Dr. Reyes (PD): Jen, what's our COMLEX Level 2 cutoff? Jen (coordinator): 450.",
            {"comlex_min": 450},
        ),
        (
            "PD: Sam, do we sponsor H-1B visas? Coordinator: No, we don't.",
            {"visa_h1b": False},
        ),
        (
            "PD: Sam, we sponsor the J-1, right? Sam (coordinator): Correct.",
            {"visa_j1": True},
        ),
        (
            "Moderator: What about the Step 2 floor? Dr. Ibarra (PD): 225, firm.",
            {"step2_min": 225},
        ),
        # a visa the program "takes" is one it sponsors, as people say it
        (
            "Dr. Lowe (PD): Priya, do we take H-1Bs these days? Priya (coordinator): We do not.",
            {"visa_h1b": False},
        ),
        (
            "Dr. Lowe (PD): Priya, do we take H-1Bs these days? Priya (coordinator): Yes.",
            {"visa_h1b": True},
        ),
        # near miss: a question nobody answers settles nothing
        ("PD: Sam, do we sponsor H-1B visas?", {}),
    ],
    # verdicts said the way people say them
    "spoken_verdicts": [
        ("Panelist: On visas, in short: J-1 yes, H-1B no.", {"visa_j1": True, "visa_h1b": False}),
        ("Dr. Osei (PD): H-1B is a firm no here, unfortunately.", {"visa_h1b": False}),
        (
            "Chief resident: Several of us are on J-1s and the program sponsors those, no worries.",
            {"visa_j1": True},
        ),
        # "for us" is this program, no condition; ", period" is emphasis
        (
            "Program director: It's H-1B only for us, period.",
            {"visa_j1": False, "visa_h1b": True},
        ),
        # a rule that has not changed is no denial
        (
            "Coordinator: We sponsor J-1 visas, and that hasn't changed this year.",
            {"visa_j1": True},
        ),
        # a wish is no requirement
        (
            "Coordinator: It'd be great if you had ECFMG certification before you interview.",
            {},
        ),
        # a story of someone else's program is no word on this one
        ("Resident: My cousin's residency takes 9 interns a year.", {}),
    ],
    # a row label's aside naming where its value was said is no word of the label
    "said_where": [
        ("Step 2 CK minimum (said on the Zoom call): 230", {"step2_min": 230}),
        # controls: read before too
        ("Graduation limit (program director's answer): 5 years", {"yog_limit_years": 5}),
        # an aside that names who the row is about stays
        ("Step 2 CK average (matched residents): 241", {}),
    ],
}

STORED = {
    "stored_controls": [
        # control: a news lead is no speaker, and the rest is read as a sentence
        (
            "Update: the number of preliminary positions this year is 3.",
            {"preliminary_positions": 3},
        ),
    ],
}


@pytest.mark.parametrize(
    ("label", "who"),
    [
        ("Dr. Alvarez (PD)", PROGRAM),
        ("Coordinator", PROGRAM),
        ("Chief resident", PROGRAM),
        ("Jen (coordinator)", PROGRAM),
        ("Q (from the chat)", APPLICANT),
        ("Attendee", APPLICANT),
        ("Note", None),
        ("Update", None),
        ("New for 2027", None),
        ("Residents", None),
        ("Visas (per the PD)", None),
    ],
)
def test_a_label_names_a_speaker_or_not(label: str, who: str | None) -> None:
    assert speaker(label) == who


def test_a_unit_with_no_speech_is_itself() -> None:
    unit = "We sponsor J-1 visas for residents."
    assert spoken(unit) == [(unit, unit)]
    assert spoken(unit)[0][0] is unit


def test_each_turn_keeps_the_pages_words() -> None:
    unit = "Q (student): Any H-1B? Chief resident: We take four interns a year."
    assert spoken(unit) == [
        ("We take four interns a year.", "Chief resident: We take four interns a year.")
    ]


(
    test_sentence_commits_the_program_to,
    test_sentence_states_a_stored_fact,
    test_no_sentence_here_is_the_twenty_fourth_sets_template,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = family_tests(independent24, GROUPS, STORED)
