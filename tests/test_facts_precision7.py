"""Rule round 41: the residue of the development sets under 0.95, by kind of sentence, in
phrasings of our own, with controls of each kind that keep their reading.

- the class counted beside what the program is: an aside on where it was founded, naming the
  university ("Our program, established at the state university's oldest hospital, now takes
  3"); growth so far, then the class ("keeps growing, with 3 interns matching every year");
  the class in brackets after the program's noun; "our intern class will number four";
- no graduation-year limit in other words: "how long ago you qualified", "however long ago",
  "not excluded by the years since they graduated", a hyphened "year-of-graduation limit", and
  "regardless of the year in which the degree was conferred";
- attempts: "never ends an application" is leniency, a verdict opened by "it" rules on the
  failed attempt named before it, and leniency on "another Step" leaves a rule for one exam;
- a COMLEX floor in a proviso after the verdict ("..., as long as ... reaches 480");
- US experience said as "hands-on US experience" or "US clinical months", and what "does not
  satisfy the requirement" after a demand (what counts, not a denial);
- sponsorship "limited to" one visa, and ECFMG certification before "your first morning";
- stored: the whole residency counted in dashes or brackets, or as "the size of our program";
  letters counted back ("two or more of them") after a clause naming them, or counted in a row's
  value; preliminary positions "2 a year", "number 3 annually", or offered by "the department".

Expected values come from what each sentence commits the program to under the fact contract
(issue 11), never from the extractor. Before this round (commit 017322d), 28 of the 31 sentences
outside the controls failed (this module run against that commit), and 2 of the 23 controls:
"Applicants below the year-of-graduation limit are not considered." (read as no limit) and "A
single failed Step ends your candidacy here." (read as nothing); the cue prefilter test failed
too ("how long ago you qualified" named no cue).

Left: a count of the class in a sentence whose other part says what residents do ("Preliminary
positions number 2 a year, and ... preliminary interns attend every conference"); the whole
residency named by "doctors in training" or by a speaker ("There are 15 of us"); speech turns
("Any failed attempt on a Step and we can't consider the application"); a checkmarked item
("✓ Medical school graduation in the last 7 years"), and rows written with a bar and an
abbreviation ("US clinical experience | 0 mo (not req'd)").
"""

from __future__ import annotations

from tests.facts_families import sentence_tests

GROUPS: dict[str, list[tuple[str, dict[str, object]]]] = {
    "class_beside_the_program": [
        (
            "Our program, established at the state university's oldest hospital, now takes 3 "
            "residents each year.",
            {"positions_per_year": 3},
        ),
        (
            "The department — housed in the university's north tower — matches 4 residents a year.",
            {"positions_per_year": 4},
        ),
        (
            "Our residency keeps growing, with 3 interns matching every year.",
            {"positions_per_year": 3},
        ),
        (
            "Our categorical track (3 residents a year) spends PGY-1 at two hospitals.",
            {"positions_per_year": 3},
        ),
        ("Our intern class will number four.", {"positions_per_year": 4}),
    ],
    "class_beside_the_program_controls": [
        ("The program will grow next year, with 3 residents matching each year.", {}),
        ("Our program is expanding, with 3 residents per year expected from 2028.", {}),
        ("The university's residency programs together match 40 residents a year.", {}),
        ("Interviews run from October to January; the department offers 40 per year.", {}),
        ("Interview offers per year: 60", {}),
        ("The size of our program is 3 residents per year.", {"positions_per_year": 3}),
        ("Residents take call from home; we sponsor J-1 visas.", {"visa_j1": True}),
    ],
    "no_graduation_limit": [
        ("There's no limit on how long ago you qualified.", {"yog_limit_years": "none"}),
        (
            "However long ago you finished medical school, you may apply.",
            {"yog_limit_years": "none"},
        ),
        (
            "Candidates are not excluded by the number of years since they graduated.",
            {"yog_limit_years": "none"},
        ),
        ("No year-of-graduation limit applies to our applicants.", {"yog_limit_years": "none"}),
        (
            "We review applications regardless of the year in which the medical degree was "
            "conferred.",
            {"yog_limit_years": "none"},
        ),
    ],
    "no_graduation_limit_controls": [
        ("Applicants below the year-of-graduation limit are not considered.", {}),
        ("A year-of-graduation limit of 5 years applies.", {"yog_limit_years": 5}),
        ("We ask how long ago you qualified so we can plan onboarding.", {}),
    ],
    "attempts": [
        (
            "Repeat takers are reviewed, and a single retake never ends an application.",
            {"first_attempt_required": False},
        ),
        (
            "A failed Step does not by itself end an application; the committee weighs the "
            "later score.",
            {"first_attempt_required": False},
        ),
        (
            "Although a failed attempt is something we will ask about, it does not disqualify you.",
            {"first_attempt_required": False},
        ),
        (
            "Sadly we cannot review applicants who failed Step 2 CK on a first try, although "
            "repeating any other exam is acceptable.",
            {"first_attempt_required": "Step 2 CK only"},
        ),
    ],
    "attempts_controls": [
        ("A single failed Step ends your candidacy here.", {"first_attempt_required": True}),
        ("A failed attempt needs an explanation, and it will disqualify you if unexplained.", {}),
        (
            "Applicants must pass every Step on the first attempt; this excludes anyone with a "
            "failure.",
            {"first_attempt_required": True},
        ),
        (
            "Applicants must pass Step 1 on the first attempt, and other Steps may be repeated.",
            {"first_attempt_required": "Step 1 only"},
        ),
    ],
    "comlex_proviso": [
        (
            "We can assess DO candidates on COMLEX by itself, as long as their Level 2-CE score "
            "reaches 480.",
            {"comlex_min": 480},
        ),
        (
            "DO applicants are considered on COMLEX, so long as Level 2-CE is 500 or higher.",
            {"comlex_min": 500},
        ),
    ],
    "comlex_proviso_controls": [
        (
            "Our residents scored 560 on COMLEX Level 2-CE on average, provided they took it once.",
            {},
        ),
        ("We accept COMLEX, provided the Level 2-CE is not below 450.", {"comlex_min": 450}),
    ],
    "us_experience": [
        ("Hands-on US experience needed: No", {"usce_required_months": 0}),
        (
            "Hands-on U.S. clinical months: Required; length not given",
            {"usce_required_months": "required, duration not stated"},
        ),
        (
            "US clinical experience is mandatory, while research in US labs does not satisfy the "
            "requirement.",
            {"usce_required_months": "required, duration not stated"},
        ),
    ],
    "us_experience_controls": [
        (
            "US clinical experience is not required, and observerships do not count toward "
            "anything.",
            {"usce_required_months": 0},
        ),
        ("Our residents average 6 months of US clinical time.", {}),
        ("We ask for 2 months of US clinical work.", {"usce_required_months": 2}),
    ],
    "visa_and_certificate": [
        ("We restrict sponsorship to the J-1 visa.", {"visa_j1": True, "visa_h1b": False}),
        (
            "Our program limits visa sponsorship to the H-1B.",
            {"visa_j1": False, "visa_h1b": True},
        ),
        (
            "Your ECFMG certificate has to reach us before your first morning on our wards.",
            {"ecfmg_by": "start of residency"},
        ),
    ],
    "visa_and_certificate_controls": [
        ("Our department limits sponsorship to those who match.", {}),
    ],
}

STORED: dict[str, list[tuple[str, dict[str, object]]]] = {
    "totals": [
        ("The ACGME-approved size of our residency is 18 residents.", {"total_residents": 18}),
        (
            "The program — 20 residents strong across every year — shares call with the fellows.",
            {"total_residents": 20},
        ),
        (
            "Our residency (12 residents in all) rotates through three sites.",
            {"total_residents": 12},
        ),
    ],
    "letters": [
        (
            "Since the committee reads every letter, we ask that at least two of them come from "
            "US physicians.",
            {"us_letters_required": True},
        ),
        (
            "Although we welcome every letter, at least two must come from US physicians.",
            {"us_letters_required": True},
        ),
        ("Letters written by US physicians: at least 2", {"us_letters_required": True}),
    ],
    "letters_controls": [
        ("We read every letter closely, and two of our faculty are US physicians.", {}),
        ("Although we value every letter, two from US physicians would be ideal.", {}),
        ("Letters from US physicians (average per applicant): 2", {}),
    ],
    "preliminary": [
        ("Preliminary positions are 2 a year.", {"preliminary_positions": 2}),
        ("Preliminary appointments number 3 annually.", {"preliminary_positions": 3}),
        (
            "Preliminary positions are also offered; the department offers 3 per year.",
            {"preliminary_positions": 3},
        ),
    ],
}


(
    test_sentence_commits_the_program_to,
    test_sentence_states_a_stored_fact,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = sentence_tests(GROUPS, STORED)
