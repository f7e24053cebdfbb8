"""Rule round 40: kinds of sentence the 42nd set (small rural family medicine programs whose
director writes the page in a plain, friendly voice) showed read wrong or not at all, each
written here in words of our own, with controls of the same shape that must keep their reading.

The kinds: IMGs' applications the program will "look at" (an acceptance, as "consider" is;
"the lowest Step 2 CK we'll look at" is a floor); an ECFMG deadline said as "early enough for
us to rank you" or as "your first shift" (the first day of residency); a first-attempt rule
"on the first go", and a failure that "is not a dealbreaker" (or is one); a visa the program
"does" ("we don't do H-1Bs", "we do J-1s"); a graduation window "within N years of
graduating"; the class counted as "each of our classes has N residents"; "No USCE? No
problem": what one may lack, waved off, is not required; and a score floor denied "even for
scored attempts", where the attempt names which score, not how many tries.

Stored facts of three more kinds: US letters from a physician named by what the applicant did
with them ("a doctor you've rotated with at a US hospital"); an instruction whose object a
pronoun then demands ("Please provide X; we require them"); and all residents counted
"between all (of) our classes" or as those "currently training with us".

Expected values come from what each sentence plainly commits the program to under the fact
contract (issue 11), never from the extractor's output.

Before this round (commit 017322d), 20 of the 23 sentences of these kinds failed (this module
run against that commit); the three read right there (by older rules) are "Please be ECFMG
certified early enough for us to put you on our rank list" (the rank list named outright),
"You'll need to be within 4 years of graduating from medical school" ("graduating from") and
"Each of our intern classes has 3 residents". Of the 12 controls, one failed there ("We don't
look at applications from international graduates", read as nothing); the other 11 pass there
and here. Of the stored facts, all 7 sentences that state one failed there, and none of the 5
controls.

Left by the round: a habit described as "usually within N years of graduating" ("Our
residents are usually within 2 years of graduation") reads as a limit, here and before this
round; and a sister program's visa set against ours ("Our sister program does H-1Bs; we
don't") reads as nothing, not as our denial; and a count after "across all classes" (or now
"between all the classes") of residents of one kind ("Between all the classes, 3 residents are
IMGs") reads as the total, here and before.
"""

from __future__ import annotations

from demoweb import phrasings_independent42 as independent42
from tests.facts_families import Cases, family_tests

GROUPS: Cases = {
    # "look at" IMGs' applications: they are considered; "the lowest ... we'll look at": a floor
    "look_at_applications": [
        (
            "We'd be glad to look at applications from foreign medical graduates.",
            {"accepts_img": True},
        ),
        ("I'm always happy to look at an IMG's application.", {"accepts_img": True}),
        ("The lowest Step 1 score we would look at is 215.", {"step1_min": 215}),
        ("The lowest COMLEX Level 2-CE we'll look at is 450.", {"comlex_min": 450}),
        # controls: a denial stays one; looking at scores with an average is no floor
        ("We don't look at applications from international graduates.", {"accepts_img": False}),
        ("We look at Step 2 CK like everyone else does, and our residents average 245.", {}),
        ("The lowest Step 2 CK among our current residents is 221.", {}),
    ],
    # "early enough for us to rank you", "your first shift": the deadline's event
    "ecfmg_early_enough_or_first_shift": [
        (
            "Please be ECFMG certified early enough for us to put you on our rank list.",
            {"ecfmg_by": "rank order list deadline"},
        ),
        (
            "Your ECFMG certificate has to arrive early enough for us to invite you to interview.",
            {"ecfmg_by": "interview"},
        ),
        (
            "IMGs should be ECFMG certified before their first shift with us.",
            {"ecfmg_by": "start of residency"},
        ),
        # controls: what past residents did is no deadline of ours
        ("Most of our IMGs were ECFMG certified early enough for us to rank them.", {}),
        ("Our IMGs were mostly certified by ECFMG before their first shift.", {}),
    ],
    # "on the first go", "(not) a dealbreaker": attempts in the plain voice
    "first_go_or_dealbreaker": [
        ("Every board exam has to be passed on your first go.", {"first_attempt_required": True}),
        (
            "Step 2 CK in particular must be passed on the first go.",
            {"first_attempt_required": "Step 2 CK only"},
        ),
        ("A single failed Step isn't a dealbreaker for us.", {"first_attempt_required": False}),
        ("A failed attempt on any exam is a deal-breaker here.", {"first_attempt_required": True}),
        # controls: what residents did is no rule; another dealbreaker is no attempt rule
        ("Most of our interns passed their boards on the first go.", {}),
        ("Being a little older than other applicants is not a dealbreaker.", {}),
    ],
    # "we do J-1s", "we don't do H-1Bs": the visa the program does
    "visa_we_do": [
        ("We don't do H-1Bs.", {"visa_h1b": False}),
        ("We do the J-1, but not H-1Bs.", {"visa_j1": True, "visa_h1b": False}),
        ("Yes, we do J-1s for residents who need one.", {"visa_j1": True}),
        # control: a question with "do" asks, it does not sponsor
        ("Do J-1 holders moonlight?", {}),
    ],
    # "within N years of graduating (medical school)": the graduation window
    "within_years_of_graduating": [
        (
            "You'll need to be within 4 years of graduating from medical school.",
            {"yog_limit_years": 4},
        ),
        ("Applicants need to be within six years of graduating.", {"yog_limit_years": 6}),
        # control: a habit of residents with no "usually" is still their story, not ours
        ("Most residents here are within 3 years of graduating medical school.", {}),
    ],
    # "each of our classes has N residents": the class size
    "each_of_our_classes": [
        ("Each of our intern classes has 3 residents.", {"positions_per_year": 3}),
        ("Every one of our classes has 4 residents in it.", {"positions_per_year": 4}),
        # control: another program's classes
        ("Each of the sister program's classes has 10 residents.", {}),
    ],
    # "No USCE? No problem": what one may lack, waved off, is not required
    "waved_off_lack": [
        ("No USCE? No problem, we don't need it.", {"usce_required_months": 0}),
        ("No US clinical experience? No problem at all.", {"usce_required_months": 0}),
        # control: a visa one lacks is not the program's sponsorship
        ("No visa? No problem.", {}),
    ],
    # "even for scored attempts, no minimum": the attempt names which score
    "scored_attempts_no_floor": [
        (
            "Step 1 went pass/fail, and even for scored attempts there's no minimum we apply.",
            {"step1_min": "none"},
        ),
        ("For a scored attempt, there is no Step 1 minimum.", {"step1_min": "none"}),
        ("Even for numeric attempts, we set no Step 1 cutoff.", {"step1_min": "none"}),
        # control: an average of scored attempts is no floor
        ("Scored attempts at Step 1 averaged 230 among our residents.", {}),
    ],
}

STORED: Cases = {
    # a US physician named by what the applicant did with them ("a doctor you rotated with at a
    # US hospital")
    "letters_from_whom_you_worked_with_in_the_us": [
        (
            "One letter must be from a doctor you've rotated with at a US hospital.",
            {"us_letters_required": True},
        ),
        (
            "At least two letters should come from attendings you worked under in the United "
            "States.",
            {"us_letters_required": True},
        ),
        # control: a preference stays one
        ("Letters from doctors you worked with in the US are a plus.", {}),
    ],
    # "Please include X; we require them": the pronoun demands the instruction's object
    "instruction_then_demand": [
        (
            "Send a letter from a US physician; we need it before we can interview you.",
            {"us_letters_required": True},
        ),
        (
            "Please provide two letters from American doctors; we require them.",
            {"us_letters_required": True},
        ),
        # controls: a conditional instruction, or a pronoun that only values
        ("Please include letters from doctors practicing in the US if you have them.", {}),
        ("Include letters from US physicians; we value them.", {}),
    ],
    # "between all (of) our classes", "currently N residents are training with us": all of them
    "total_between_classes_or_now": [
        ("Among all our classes there are 18 residents.", {"total_residents": 18}),
        (
            "Between all of our classes, 21 residents see patients in our clinic.",
            {"total_residents": 21},
        ),
        ("Currently 11 residents are training with us.", {"total_residents": 11}),
        # controls: a part of the residents, or no residents counted
        ("Right now 3 residents are training with us on the rural track.", {}),
        ("Between all the classes, we had 40 interview days.", {}),
    ],
}

(
    test_sentence_commits_the_program_to,
    test_sentence_states_a_stored_fact,
    test_no_sentence_here_is_the_blind_sets_template,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = family_tests(independent42, GROUPS, STORED)
