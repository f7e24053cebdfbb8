"""A tenth blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-26 (about 02:55-03:30 UTC) by a blind helper session, from its own knowledge
of how real US residency program websites word their eligibility and application facts on their
"Eligibility", "Minimum Requirements", "How to Apply", "FAQ" and "Visa" pages (general surgery,
pediatrics, psychiatry, neurology, pathology, PM&R, family medicine and transitional-year
programs, and institution-wide GME policy pages): visa sponsorship, IMG eligibility, the ECFMG
deadline, US clinical experience, score floors, attempt limits, graduation-year limits, class
size, research and preliminary positions, and letters from US physicians. It aims at wordings
earlier authors may not have used: bulleted "Minimum requirement: ..." lines, "We will only
consider ...", "Candidates lacking ... will not be reviewed", COMLEX written as "COMLEX-USA Level
2 CE", "Level 2-CE" and "COMLEX 2", Step 2 as "USMLE Step 2 Clinical Knowledge", "Step 2CK" and
"S2CK", ECFMG certificates "in hand", "by the time of ranking" and "ahead of orientation",
graduation windows as "within N years of graduating" and "recent graduates (N years or less)",
research tracks as pathways and clinician-investigator tracks, "prelim" spots, score floors with
"+", en-dash ranges, number words and digits. The author read only issue 11 (the fact contract),
``demoweb/phrasings.py`` (the shape of a set and the dev/held-out wordings, to avoid reusing
them), ``demoweb/info.py`` (how a set is drawn and rendered, what it reads from a blind set, the
fields templates get and the truth values of ``demoweb.info._facts``),
``tests/test_demoweb_info.py`` (the structural checks a blind set must pass), the
``class_sizes`` of ``demoweb/specialties.py`` (a class can be one resident), a grep for ``kind``
in ``demoweb/truth.py`` (how a trap is named in the truth) and the first 45 lines of
``demoweb/phrasings_independent9.py`` (its docstring, for the provenance style). The author did
NOT read, grep or run the extraction rules (``extract/``), their tests (``tests/test_facts*.py``,
``tests/facts_families.py``), any benchmark output (``bench/results/``), git log messages of
commits touching ``extract/``, or the earlier blind sets ``demoweb/phrasings_independent*.py``
beyond that one docstring (they are imported only indirectly, by ``demoweb.info`` when rendering
pages, and were never read or compared); did not run ``bench/facts.py`` or ``precedent facts``,
and did not run the extractor on any of these sentences: nothing here was tuned against the
rules. It was checked only structurally, by an ad-hoc script outside the repository (it imports,
has every claim of the dev set, every template and row formats with the fields ``demoweb.info``
passes, no ECFMG deadline wording is inside another, and the value checks of
``tests/test_demoweb_info.py`` hold on pages rendered from this set by monkeypatching
``demoweb.info`` in that script). It has not been compared with the earlier blind sets, so some
wordings may repeat theirs.

The lead then wired it into ``demoweb/info.py`` and removed, by a script that compared strings and
without reading the rules, every wording an earlier blind set already had (no longer blind: the
rules had been tuned on the earlier sets): 11 templates and 10 table rows; one ECFMG deadline
lost one of its other wordings and another, whose main wording an earlier set had, takes its
first other wording instead.

Every sentence states its claim's value plainly to a human reader and states nothing else; traps
settle nothing about the program's own policy (preferences, encouragement, averages and medians
of past applicants or residents, interview counts, visiting-student counts, hospital beds,
another program's numbers). Fields as in :mod:`demoweb.phrasings`: ``{n}``, ``{w}``/``{W}``,
``{a}``/``{b}``, ``{p}``, ``{by}``, ``{noun}``. All programs, numbers and policies are fictional
demo data.
"""

from __future__ import annotations

NAME = "independent10"

# ECFMG deadline: canonical value → the main wording, and other wordings of the same deadline.
ECFMG_BY = {
    "rank order list deadline": "by the time of ranking",
    "time of application": "at the point of ERAS submission",
    "start of residency": "ahead of orientation in late June",
    "interview": "by your interview date",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": ("in time for us to rank you",),
    "time of application": (
        "before applying to our program",
        "by the date your ERAS application is submitted",
    ),
    "start of residency": (
        "before the first day of PGY-1 training",
        "before starting clinical duties on July 1",
    ),
    "interview": ("prior to receiving an interview invitation",),
}

# Data tables: one claim per line, kept from the formatter.
# fmt: off
TEMPLATES: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "Residents who need a visa are sponsored exclusively on the ECFMG J-1; H-1B sponsorship is not available.",
        "The J-1 Exchange Visitor visa is the only visa category this program will sponsor.",
        "Visa policy: J-1 sponsorship only (no H-1B).",
        "Per institutional GME policy, non-citizen trainees may be appointed on a J-1 visa but not on an H-1B.",
        "We will sponsor a J-1 visa for eligible candidates, but we do not offer H-1B sponsorship.",
    ),
    "visa:both": (
        "Per GME policy, the institution will sponsor eligible residents on either a J-1 or an H-1B visa.",
        "The program sponsors H-1B temporary worker visas in addition to ECFMG J-1 visas.",
        "Both visa types (J-1 and H-1B) are available to our residents.",
        "International applicants may train here on a J-1 visa, and H-1B sponsorship is also offered.",
        "We are able to sponsor J-1 and H-1B visas alike.",
    ),
    "visa:none": (
        "This program sponsors neither J-1 nor H-1B visas.",
        "Visa sponsorship (J-1 or H-1B) is not available through our GME office.",
        "We will only consider applicants who do not require visa sponsorship of any kind.",
        "The hospital does not sponsor trainee visas, J-1 or H-1B.",
        "No J-1 or H-1B sponsorship is provided for residents in this program.",
    ),
    "visa:j1_yes": (
        "Residents may be sponsored for a J-1 visa through ECFMG.",
        "J-1 visa sponsorship is offered.",
        "We provide J-1 visa sponsorship through ECFMG.",
        "Candidates who need a J-1 visa are eligible for sponsorship.",
        "Our GME office sponsors J-1 visas.",
    ),
    "visa:h1b_no": (
        "Please note that the program cannot sponsor H-1B visas.",
        "H-1B visas: not sponsored.",
        "We do not offer sponsorship for the H-1B temporary worker visa.",
        "Our institution has a policy of not sponsoring H-1B visas for residents.",
        "Applicants requiring an H-1B visa cannot be sponsored by this program.",
    ),
    "img:yes": (
        "We gladly review applications from graduates of international medical schools.",
        "International medical graduates are eligible for our residency positions.",
        "Graduates of medical schools outside the United States and Canada are considered on the same basis as U.S. graduates.",
        "Our program accepts IMG applicants.",
        "Foreign medical graduates (FMGs) are welcome to apply through ERAS.",
    ),
    "img:no": (
        "Only applicants who graduated from U.S. MD or DO schools are eligible.",
        "Candidates from international medical schools will not be reviewed.",
        "The program does not consider IMG applications.",
        "Applicants lacking a degree from an LCME- or COCA-accredited school will not be reviewed.",
        "We are not accepting international medical graduates.",
    ),
    "ecfmg": ("ECFMG certification must be complete {by}.", "International graduates are required to be ECFMG-certified {by}.", "Applicants who graduated abroad need a full ECFMG certificate {by}.", "IMG applicants must have their ECFMG certificate in hand {by}.", ),
    "usce:months": (
        "Applicants need at least {n} months of clinical experience in the US health care system.",
        "A minimum of {w} months of hands-on patient care in a U.S. hospital or clinic is required of every applicant.",
        "We will only consider candidates with {n} or more months of USCE.",
        "Minimum requirement: {n} months of U.S. clinical experience.",
        "Candidates lacking {w} months of clinical experience in the United States will not be reviewed.",
    ),
    "usce:zero": (
        "Prior clinical experience in the United States is not required to apply.",
        "We do not require U.S. clinical experience.",
        "Applicants without any US clinical experience are eligible; it is not a requirement.",
        "No minimum amount of U.S. clinical experience is required.",
        "Hands-on clinical work in the U.S. is not a prerequisite for our program.",
    ),
    "usce:unstated": ("Applicants must have completed clinical rotations in the United States.", "Hands-on U.S. clinical experience is a requirement; observerships alone do not qualify.", "Every applicant is required to have U.S.-based clinical experience.", "Documented U.S. clinical experience is required; candidates without it will not be reviewed.", ),
    "step1:n": ("We will only consider candidates whose Step 1 score is at least {n}.", "For applicants with a numeric Step 1 result, the minimum accepted score is {n}.", "Candidates scoring under {n} on USMLE Step 1 are not invited to interview.", "Our minimum Step 1 requirement is {n}.", ),
    "step1:none": (
        "We do not have a Step 1 score minimum.",
        "No Step 1 cutoff score is used in screening.",
        "Step 1 has no minimum score requirement for our program.",
        "There is no Step 1 threshold for applying.",
        "Applicants are not screened on USMLE Step 1 score.",
    ),
    "step2:n": (
        "Applicants must have a USMLE Step 2 Clinical Knowledge score of {n} or higher.",
        "We will only consider candidates with a Step 2CK score of at least {n}.",
        "Minimum S2CK score: {n}.",
        "Candidates scoring below {n} on USMLE Step 2 CK will not be reviewed.",
        "Step 2 CK: a score of {n} is the minimum we accept.",
    ),
    "step2:none": (
        "There is no minimum USMLE Step 2 Clinical Knowledge score.",
        "We do not set a Step 2CK score floor.",
        "S2CK scores are not subject to a cutoff.",
        "No minimum Step 2 CK score is required to apply.",
        "Applicants are not filtered by Step 2 CK score.",
    ),
    "step2:pct": (
        "Step 2 CK scores must be at the {p}th percentile or higher.",
        "We require a USMLE Step 2 Clinical Knowledge score at or above the {p}th percentile.",
        "Applicants scoring below the {p}th percentile on Step 2CK will not be considered.",
        "Minimum S2CK: {p}th percentile.",
        "Candidates must rank at or above the {p}th percentile on Step 2 CK.",
    ),
    "comlex:n": (
        "DO candidates need a minimum COMLEX-USA Level 2 CE score of {n}.",
        "We will only consider COMLEX Level 2-CE scores of {n} or higher.",
        "The minimum COMLEX 2 score we accept is {n}.",
        "Candidates scoring below {n} on COMLEX Level 2 will not be reviewed.",
        "For osteopathic graduates, the COMLEX Level 2-CE floor is {n}.",
    ),
    "comlex:none": ("We do not use a COMLEX Level 2-CE cutoff.", "COMLEX scores are not held to a minimum.", "No COMLEX score threshold is applied to osteopathic applicants.", "DO applicants are not screened out by COMLEX score.", ),
    "scores:both": (
        "Minimum USMLE requirements: Step 1 of {a} and Step 2 CK of {b}.",
        "Applicants must score at least {a} on Step 1 and at least {b} on Step 2 CK.",
        "Score floors: Step 1 {a}+, Step 2 CK {b}+.",
        "Candidates scoring below {a} on Step 1 or below {b} on Step 2 Clinical Knowledge will not be reviewed.",
        "The USMLE minimums are {a} (Step 1) and {b} (Step 2 CK).",
    ),
    "attempt:yes": (
        "Applicants must have passed each USMLE Step or COMLEX Level on the first attempt.",
        "We will only consider candidates with no failed attempts on USMLE or COMLEX.",
        "Candidates with any failed licensing exam attempt will not be reviewed.",
        "First-time passes on all board licensing examinations are required.",
        "All parts of the USMLE must be passed in one attempt each.",
    ),
    "attempt:step2": (
        "We require a first-attempt pass on Step 2 CK only.",
        "Applicants must have passed USMLE Step 2 CK on their first attempt.",
        "A single attempt on Step 2 CK is the limit; a prior Step 1 failure does not disqualify.",
        "Candidates who failed Step 2 CK on the first attempt will not be reviewed.",
        "The first-attempt pass requirement applies to Step 2 CK alone.",
    ),
    "attempt:no": ("Applicants with a failed USMLE attempt remain eligible to apply.", "Multiple attempts on a licensing exam do not exclude a candidate from review.", "Candidates who passed a Step or Level on a second attempt are still considered.", ),
    "yog:n": (
        "Applicants must be within {n} years of graduating from medical school.",
        "We will only consider recent graduates ({n} years or less since graduation).",
        "Candidates more than {w} years past medical school graduation will not be reviewed.",
        "Your medical degree must have been conferred no more than {n} years before you apply.",
        "Medical school graduation more than {w} years ago makes an applicant ineligible.",
    ),
    "yog:none": ("We consider applicants regardless of when they graduated from medical school.", "Year of medical school graduation does not restrict eligibility.", "Applicants are not excluded based on how long ago they graduated.", "No graduation-date cutoff applies.", ),
    "positions:n": (
        "Each year we recruit {n} PGY-1 {noun}.",
        "The program matches {w} {noun} annually.",
        "Our class size is {n} {noun} per year.",
        "The program is approved for {n} {noun} at each PGY level.",
        "We welcome {w} new categorical {noun} each academic year.",
    ),
    "positions:range": (
        "We typically match {a} or {b} residents per year.",
        "Class size varies from {a} to {b} interns each year.",
        "Each incoming class has {a}\u2013{b} residents.",
        "We fill between {a} and {b} PGY-1 positions annually.",
        "Our annual intake is {a} to {b} residents.",
    ),
    "home:positions": (
        "Our close-knit program welcomes {n} new {noun} every year.",
        "With {w} {noun} per class, our residents get to know every faculty member.",
        "Each PGY class has {n} {noun}.",
        "Every July, we welcome {w} new {noun} to the program.",
        "Our program trains {n} {noun} in each class year.",
    ),
    "total": ("Our residency has a total of {n} trainees.", "Currently {n} residents are training in the program.", "Total complement: {n} residents.", "The full residency numbers {n} residents.", ),
    "research_track": (
        "Residents may apply to our physician-scientist research pathway.",
        "An optional research track offers protected academic time.",
        "The program offers a research-intensive track for residents pursuing academic careers.",
        "Applicants may also apply to our separate research track through ERAS.",
        "A clinician-investigator track is available within the residency.",
    ),
    "prelim": ("The program also takes {w} preliminary {noun} each year.", "We match {n} preliminary-year {noun} annually.", "Preliminary (non-categorical) slots each year: {n}.", "A total of {n} preliminary-track {noun} join the intern class each year.", ),
    "us_letters": (
        "At least one of your letters must be written by a physician who practices in the U.S.",
        "We require letters of recommendation from U.S. physicians.",
        "Two or more LORs must come from physicians licensed in the United States.",
        "Applications without a letter from a U.S. physician will not be reviewed.",
        "Letters of recommendation must include at least one from a U.S. attending physician.",
    ),
    "trap:usce_pref": ("Hands-on clinical experience in the U.S. is highly desirable.", "We look favorably on U.S. clinical rotations.", "U.S. clinical experience is recommended.", "Prior U.S. clinical experience will strengthen your application.", ),
    "trap:ecfmg_pref": (
        "Applicants who already hold ECFMG certification are given priority.",
        "It is advantageous to be ECFMG certified when you apply.",
        "We encourage IMGs to complete ECFMG certification early.",
        "Completed ECFMG certification is desirable when applications open.",
        "ECFMG certification in hand before interviews is a plus.",
    ),
    "trap:yog_pref": (
        "We prefer applicants who graduated within the past few years.",
        "Recent graduation from medical school is an advantage.",
        "Candidates with recent clinical activity are favored.",
        "Preference goes to graduates of the last three years.",
        "Applicants closer to graduation are viewed more favorably.",
    ),
    "trap:step2_average": (
        "Our current interns scored an average of {n} on Step 2 CK.",
        "The mean USMLE Step 2 Clinical Knowledge score of last year's matched class was {n}.",
        "Matched applicants over the past five years averaged {n} on S2CK.",
        "Interviewed candidates had a median Step 2CK of {n}.",
        "For reference, our residents' average Step 2 CK is around {n}.",
    ),
    "trap:step1_average": (
        "Before pass/fail reporting, our residents' Step 1 scores averaged {n}.",
        "The average USMLE Step 1 score in our current PGY-3 class is {n}.",
        "Matched residents have had a mean Step 1 of {n}.",
        "Our typical interviewee scored about {n} on Step 1.",
        "Step 1 scores of recent interns have averaged {n}.",
    ),
    "trap:letters_pref": (
        "Letters from physicians who supervised you in the United States carry extra weight.",
        "We value recommendation letters from U.S. faculty.",
        "Ideally, at least one letter comes from a U.S. physician.",
        "U.S. letters of recommendation are encouraged.",
        "A letter from an American physician who knows your clinical work is helpful.",
    ),
    # Traps only this set has ({n}: 60-150, or 6-12 for another program's numbers).
    "trap:interviews": ("Last cycle, {n} candidates were invited to interview.", "Our interview season includes about {n} virtual interviews.", "We expect to hold about {n} interviews this year.", "Interview invitations go to roughly {n} applicants.", ),
    "trap:other_program": (
        "The affiliated fellowship program accepts {n} fellows a year.",
        "For comparison, the average program in this specialty takes about {n} residents a year.",
        "Our partner program across town requires {n} months of U.S. clinical experience.",
        "Applicants to the affiliated community program need to be within {n} years of graduation.",
        "The neighboring university program interviews {n} candidates per position.",
    ),
    "trap:visiting_students": (
        "We host about {n} visiting medical students for electives each year.",
        "Roughly {n} fourth-year students rotate through our service annually.",
        "Our away rotation program welcomed {n} students last year.",
        "About {n} students complete sub-internships with us each year.",
        "Each year we offer elective rotations to approximately {n} visiting students.",
    ),
    "trap:beds": (
        "Our main teaching hospital has {n} licensed beds.",
        "The primary training site is a {n}-bed community hospital.",
        "Residents rotate through a {n}-bed academic medical center.",
        "Our flagship hospital is licensed for {n} inpatient beds.",
        "The residency is based at a {n}-bed regional referral center.",
    ),
}
# Table rows: claim → (label, value). Claims without a row are written as sentences.
TABLE_ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visa types sponsored", "J-1 only; no H-1B"),
    "visa:j1_yes": ("J-1 sponsorship", "Offered"),
    "visa:h1b_no": ("H-1B sponsorship", "Not offered"),
    "ecfmg": ("ECFMG certificate", "Must be held {by}"),
    "usce:zero": ("Minimum USCE", "Not required"),
    "usce:unstated": ("Minimum USCE", "Required (no set length)"),
    "step1:n": ("Step 1 minimum", "{n}"),
    "step1:none": ("Step 1 minimum", "No minimum"),
    "step2:n": ("Step 2 CK minimum", "{n}"),
    "step2:none": ("Step 2 CK minimum", "No minimum"),
    "step2:pct": ("Step 2 CK minimum", "{p}th percentile"),
    "attempt:yes": ("Board exam attempts allowed", "One (first-attempt passes only)"),
    "attempt:step2": ("Board exam attempts allowed", "First attempt required on Step 2 CK only"),
    "attempt:no": ("Board exam attempts allowed", "More than one accepted"),
    "yog:n": ("Years since graduation (max)", "{n}"),
    "yog:none": ("Years since graduation (max)", "No limit"),
    "positions:n": ("Residents per class", "{n}"),
    "positions:range": ("Residents per class", "{a}\u2013{b}"),
    "trap:step2_average": ("Matched residents' mean Step 2 CK", "{n}"),
    "trap:interviews": ("Interviews per season", "about {n}"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
FAQ: dict[str, str] = {
    "visa": "Will your program sponsor my visa?",
    "img": "Are international graduates eligible for your program?",
    "ecfmg": "By when do I need my ECFMG certificate?",
    "usce": "Do you require clinical experience in the United States?",
    "step1": "Do you have a Step 1 score requirement?",
    "step2": "What Step 2 CK score is needed to apply?",
    "comlex": "How do you evaluate COMLEX scores?",
    "scores": "What are the minimum board scores?",
    "attempt": "Can I apply if I failed a board exam?",
    "yog": "Is there a cutoff for how long ago I graduated?",
    "positions": "How many residents do you recruit each year?",
    "total": "How many residents are in the program overall?",
    "research_track": "Do you have a research pathway?",
    "prelim": "Are prelim positions available?",
    "us_letters": "Do you need letters from physicians in the U.S.?",
    "trap": "What makes an applicant stand out?",
}
# fmt: on

# Traps only this set has, with the share of programs that state each.
EXTRA_TRAPS = (
    ("trap:interviews", 0.3),
    ("trap:other_program", 0.25),
    ("trap:visiting_students", 0.25),
    ("trap:beds", 0.3),
)

# As :mod:`demoweb.info` reads a blind set: the set's templates, rows and questions.
PHRASINGS = TEMPLATES
ROWS = TABLE_ROWS
QUESTIONS = FAQ
