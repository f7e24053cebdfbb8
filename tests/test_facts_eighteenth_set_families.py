"""Rule round 17: the twenty-third and twenty-fourth sets' false facts and the twenty-second
set's stored letters, each construction in phrasings of our own, with traps.

Written for issue 11 after reading what ``demoweb/phrasings_independent23.py`` (cycle updates
and policy changes), ``demoweb/phrasings_independent24.py`` (open-house transcripts) and
``demoweb/phrasings_independent22.py`` (residents' informal pages) misread after round 16. Each
group is one construction; its near misses must settle nothing. Expected values come from what
each sentence plainly commits the program to, never from the extractor's output.
"""

from __future__ import annotations

from demoweb import phrasings_independent22 as independent22
from demoweb import phrasings_independent23 as independent23
from demoweb import phrasings_independent24 as independent24
from tests.facts_families import family_tests

GROUPS = {
    # "X and no longer Y": the "no longer" is the second verb's; the first stands
    "no_longer_second_verb": [
        (
            "From this cycle we sponsor J-1 visas and no longer file H-1B petitions.",
            {"visa_j1": True, "visa_h1b": False},
        ),
        # near miss: "no longer" over both visas
        ("We no longer sponsor J-1 or H-1B visas.", {"visa_j1": False, "visa_h1b": False}),
    ],
    # a fellowship doing things is another program, whatever its verb
    "fellowship_acts": [
        ("In other news, the sleep medicine fellowship will sponsor J-1 visas.", {}),
        ("Our cardiology fellowship now files H-1B petitions.", {}),
        # near miss: the residency's own rule beside a fellowship named as a destination
        ("We sponsor J-1 visas; many graduates go on to a fellowship.", {"visa_j1": True}),
    ],
    # what an older version of a page said is no rule now
    "old_version": [
        ("An earlier edition of this handbook gave a Step 2 CK floor of 225.", {}),
        ("The prior version of our website stated a seven-year graduation window.", {}),
        # near miss: the version of the page now in force
        (
            "The current version of this page sets a Step 2 CK minimum of 225.",
            {"step2_min": 225},
        ),
    ],
}

STORED = {
    # advice in the first person ("I'd try to", "try to get") demands nothing
    "letters_advice": [
        ("I would try to get at least one letter from a US doc, to be honest.", {}),
        # controls (settled nothing before too)
        ("Try to get a letter or two from US physicians if you can.", {}),
        # near miss: a demand stays one
        ("At least one letter must come from a US physician.", {"us_letters_required": True}),
    ],
}


(
    test_sentence_commits_the_program_to,
    test_sentence_states_a_stored_fact,
    test_no_sentence_here_is_the_twenty_third_sets_template,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = family_tests(independent23, GROUPS, STORED)
(_, _, test_no_sentence_here_is_the_twenty_fourth_sets_template, _) = family_tests(
    independent24, GROUPS, STORED
)
(_, _, test_no_sentence_here_is_the_twenty_second_sets_template, _) = family_tests(
    independent22, GROUPS, STORED
)
