"""The constructions the eighth blind set's misses showed, each in phrasings of our own, with traps.

Written for issue 11 after reading the misses of ``demoweb/phrasings_independent8.py`` (now
development material): each group below is one construction, worded here by hand the way a real
program page might put it, with near misses that must settle nothing (preferences, averages of
past residents, another program's numbers, questions). Expected values come from what each
sentence plainly commits the program to, never from the extractor's output; a test below checks
that no sentence here is one of that set's templates filled in.
"""

from __future__ import annotations

from demoweb import phrasings_independent8 as independent8
from tests.facts_families import family_tests

# Sending in an application ("IMGs may submit an application") is applying: who may do it is
# accepted, and who may not is refused; "by the time they submit an application" is a moment.
SUBMITTING_AN_APPLICATION = [
    (
        "International medical graduates can submit applications through ERAS.",
        {"accepts_img": True},
    ),
    (
        "Graduates of foreign medical schools may send in an application like everyone else.",
        {"accepts_img": True},
    ),
    ("IMGs cannot submit an application to our program.", {"accepts_img": False}),
    # near misses: a moment, a question, some IMGs only
    (
        "IMGs must hold ECFMG certification by the time they submit an application.",
        {"ecfmg_by": "time of application"},
    ),
    ("How do IMGs submit an application?", {}),
    ("IMGs who submit an application after October 1 are not reviewed.", {}),
]

# A visa "arranged" for residents is a visa the program sponsors.
VISA_ARRANGED = [
    ("H-1B visas can be arranged for incoming residents.", {"visa_h1b": True}),
    ("Our GME office arranges the J-1 through ECFMG for its interns.", {"visa_j1": True}),
    ("We cannot arrange H-1B visas.", {"visa_h1b": False}),
    # near misses: a question, another program
    ("Can a J-1 visa be arranged for me?", {}),
    ("Our sister program arranges H-1B visas for its fellows.", {}),
]

# Declining or refusing a visa denies it, as "not" does.
DECLINING_A_VISA = [
    ("We decline all requests for H-1B sponsorship.", {"visa_h1b": False}),
    (
        "H-1B sponsorship is declined; the J-1 is supported.",
        {"visa_j1": True, "visa_h1b": False},
    ),
    ("The program refuses to file H-1B petitions.", {"visa_h1b": False}),
    (
        "We sponsor the J-1 and decline the H-1B.",
        {"visa_j1": True, "visa_h1b": False},
    ),
    # near misses: a question, another program
    ("Why does the program decline H-1B sponsorship?", {}),
    ("Our sister program declines H-1B sponsorship.", {}),
]

# A certificate due "in advance of" a stage is due by it.
ECFMG_IN_ADVANCE_OF = [
    (
        "ECFMG certification must be in hand well in advance of the rank order list deadline.",
        {"ecfmg_by": "rank order list deadline"},
    ),
    (
        "IMGs need ECFMG certification in advance of starting residency.",
        {"ecfmg_by": "start of residency"},
    ),
    (
        "In advance of the interview, IMGs must hold ECFMG certification.",
        {"ecfmg_by": "interview"},
    ),
    # near misses: what residents did, advice
    (
        "Most of our IMG residents were ECFMG certified well in advance of the rank list deadline.",
        {},
    ),
    ("We advise getting ECFMG certified in advance of interviews.", {}),
]

# A second look: the constructions above in still other words, written after their rules and
# run once (the count of those that held is in the commit message).
SECOND_LOOK = [
    (
        "Internationally trained physicians are free to submit their application via ERAS.",
        {"accepts_img": True},
    ),
    ("We're unable to arrange J-1 visas for incoming residents.", {"visa_j1": False}),
    ("Requests for H-1B sponsorship are refused.", {"visa_h1b": False}),
    (
        "ECFMG certification must be completed in advance of ERAS submission.",
        {"ecfmg_by": "time of application"},
    ),
]

GROUPS = {
    "submitting-an-application": SUBMITTING_AN_APPLICATION,
    "visa-arranged": VISA_ARRANGED,
    "declining-a-visa": DECLINING_A_VISA,
    "ecfmg-in-advance-of": ECFMG_IN_ADVANCE_OF,
    "second-look": SECOND_LOOK,
}
STORED = {}


(
    test_sentence_commits_the_program_to,
    test_sentence_states_a_stored_fact,
    test_no_sentence_here_is_the_blind_sets_template,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = family_tests(independent8, GROUPS, STORED)
