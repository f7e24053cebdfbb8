"""A thirteenth blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-26 (about 04:02-04:07 UTC) by a blind helper session, from its own knowledge
of how real US residency program websites word their eligibility and application facts:
community-hospital and university-affiliated programs in general surgery, diagnostic radiology,
psychiatry, pediatrics and family medicine. It aims at "Frequently Asked Questions" answers that
open with "Yes," / "No," / "Unfortunately," and restate their subject (so each answer settles its
fact on its own, whatever page shows it), terse bullet fragments ("Step 1: N minimum.", one visa
per fragment), "International Medical Graduates:" section lead-ins, sentences that put the
condition first ("Provided ..., ..."; "Without ..., ..."), numbers as words with digits
("two (2)"), and "position(s)" as sites write it. Its traps settle nothing: averages and medians
of matched or interviewed residents, past interview counts, the applicant pool, another program
or the hospital's other departments, general NRMP / ECFMG / H-1B information, questions put to
the reader, and preferences ("strongly encouraged", "given priority", "viewed favorably"); none
says "not required" or "no minimum", which would settle a fact. All of it is invented demo data
about no real program.

The author read only issue 11 (the fact contract: fact names and values, "preferences are not
requirements; averages of past applicants are not minimums"), ``demoweb/phrasings.py`` (the shape
of a set and the dev/held-out wordings, to avoid reusing them), ``demoweb/info.py`` (how a set is
drawn and rendered, the fields templates get and the truth values of ``demoweb.info._facts``),
``tests/test_demoweb_info.py`` (the structural checks a blind set must pass), the ``class_sizes``
field of ``demoweb/specialties.py`` and the first 45 lines of
``demoweb/phrasings_independent12.py`` (its docstring, for the provenance style). The author did
NOT read, grep, import or run the extraction rules (``extract/``), their tests
(``tests/test_facts*.py``, ``tests/facts_families.py``), any benchmark output
(``bench/results/``), git log messages, or the earlier blind sets
``demoweb/phrasings_independent*.py`` beyond that one docstring; did not run ``bench/facts.py``
or ``precedent facts``, and did not run the extractor on any of these sentences: nothing here was
tuned against the rules. It was checked only structurally, by an ad-hoc script outside the
repository (it imports, has every claim of the dev set and the other names ``demoweb.info``
reads, every template and row formats with the fields ``demoweb.info`` passes for every value a
claim can draw, uses only the fields the tests allow, no ECFMG deadline wording is inside
another, no wording is a dev or held-out one, and the value checks of
``tests/test_demoweb_info.py`` hold on pages rendered from this set by monkeypatching
``demoweb.info`` in that script so held-out programs use it). It has not been compared with the
earlier blind sets, so some wordings may repeat theirs.
"""

from __future__ import annotations

NAME = "independent13"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "before program rank lists are due to the NRMP",
    "time of application": "by the date your ERAS application is transmitted",
    "start of residency": "before your PGY-1 year begins",
    "interview": "by your interview day",
}
ECFMG_BY_ALSO: dict[str, tuple[str, ...]] = {
    "rank order list deadline": (
        "ahead of the NRMP rank order list certification date",
        "by the time we certify our rank order list",
    ),
    "time of application": (),
    "start of residency": ("by the first day of training",),
    "interview": (),
}

# Traps only this set has, with the share of its programs that state each; demoweb.info gives
# each a number {n} (6-12 for another program's class, 60-150 otherwise).
EXTRA_TRAPS = (
    ("trap:other_program", 0.25),
    ("trap:interview_stats", 0.3),
    ("trap:applicant_pool", 0.15),
    ("trap:general_info", 0.2),
    ("trap:question", 0.2),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "J-1: yes. H-1B: no.",
        "Unless you are a U.S. citizen or permanent resident, you will need a J-1 visa, the only visa category our program sponsors.",
        "Yes, we sponsor visas, but only the J-1 Exchange Visitor visa through ECFMG; H-1B petitions are not filed.",
        "Visa sponsorship is restricted to the J-1; we cannot sponsor the H-1B.",
        "Provided you qualify for ECFMG sponsorship, a J-1 visa is available; H-1B sponsorship is not.",
    ),
    "visa:both": (
        "J-1: yes. H-1B: yes.",
        "Yes, the hospital sponsors both J-1 and H-1B visas for incoming residents.",
        "Residents may train on a J-1 visa or, for those who qualify, an H-1B visa sponsored by our GME office.",
        "Provided USMLE Step 3 is passed before the contract date, H-1B sponsorship is available; J-1 sponsorship through ECFMG is also offered.",
        "Visa support: J-1 and H-1B.",
    ),
    "visa:none": (
        "Unfortunately, our program cannot sponsor a J-1, H-1B or any other visa.",
        "J-1: no. H-1B: no.",
        "Applicants must already be authorized to work in the United States; the hospital does not sponsor visas.",
        "No, visa sponsorship is not available at this program.",
        "Visa sponsorship: not offered for any visa type.",
    ),
    "visa:j1_yes": (
        "J-1: yes.",
        "Yes, residents who need a J-1 visa are sponsored through ECFMG.",
        "Provided they qualify for ECFMG sponsorship, residents may train here on a J-1 visa.",
        "Our GME office supports the J-1 Exchange Visitor visa for residents.",
        "The program completes the training-program paperwork ECFMG needs to sponsor a resident's J-1 visa.",
    ),
    "visa:h1b_no": (
        "H-1B: no.",
        "Unfortunately, we do not sponsor H-1B visas.",
        "Applicants who need an H-1B visa should know that our program does not file H-1B petitions.",
        "The hospital does not petition for H-1B status for its residents.",
        "H-1B sponsorship is unavailable for residency positions at this hospital.",
    ),
    "img:yes": (
        "International Medical Graduates: we welcome your application.",
        "Yes, international medical graduates are considered on the same footing as U.S. graduates.",
        "Provided they meet the requirements on this page, graduates of international medical schools are eligible to apply.",
        "IMGs: eligible.",
        "Our community-based program has a long history of training graduates of international medical schools and accepts their applications.",
    ),
    "img:no": (
        "Unfortunately, we are not able to accept applications from international medical graduates.",
        "IMGs: not eligible at this time.",
        "Candidates must hold an MD or DO degree from a school in the United States or Canada; graduates of international medical schools are not eligible.",
        "International Medical Graduates: our program does not accept IMG applicants.",
        "No, the program does not consider international medical graduates.",
    ),
    "ecfmg": (
        "International Medical Graduates: ECFMG certification is required {by}.",
        "If you graduated from a medical school outside the United States or Canada, your ECFMG certificate must be issued {by}.",
        "ECFMG certificate: required {by}.",
        "IMG applicants need a valid, full ECFMG certificate {by}.",
        "Without ECFMG certification {by}, an international graduate is not eligible.",
    ),
    "usce:months": (
        "U.S. clinical experience: {w} ({n}) months required.",
        "International Medical Graduates must complete at least {n} months of hands-on clinical work in U.S. hospitals before applying.",
        "Yes, a minimum of {w} months of direct patient care in the United States is required; observerships do not count toward it.",
        "Provided you have completed {n} or more months of U.S. clinical experience, your application will be reviewed.",
        "Applicants need no fewer than {w} months of hands-on U.S. clinical experience, such as externships or sub-internships.",
    ),
    "usce:zero": (
        "No, U.S. clinical experience is not a prerequisite for applying.",
        "USCE: not required.",
        "We do not require U.S. clinical experience of our applicants.",
        "U.S. clinical experience is not among our application requirements.",
        "Applicants with no U.S. clinical experience are eligible to apply.",
    ),
    "usce:unstated": ("USCE: required.", "International Medical Graduates must have hands-on clinical experience in a U.S. hospital.", "Hands-on U.S. clinical experience is a requirement for all applicants who trained abroad.", "Observerships alone do not meet our requirement; applicants must have hands-on U.S. clinical experience.", ),
    "step1:n": (
        "Step 1: {n} minimum.",
        "For applicants who received a numeric Step 1 score, the minimum we accept is {n}.",
        "Provided your Step 1 score is {n} or above, your application will go to the selection committee.",
        "We screen out applications with a USMLE Step 1 score lower than {n}.",
        "Yes, a USMLE Step 1 score of no less than {n} is required.",
    ),
    "step1:none": ("No, there is no Step 1 score cutoff.", "We do not set a minimum USMLE Step 1 score.", "The program has no Step 1 threshold; the score is one part of a holistic review.", ),
    "step2:n": ("Provided your Step 2 CK score is {n} or higher, you will be considered for an interview.", "Applications with a Step 2 CK score lower than {n} are not reviewed.", "Yes, the program requires a minimum USMLE Step 2 CK score of {n}.", "Candidates must score at least {n} on USMLE Step 2 CK to be eligible.", ),
    "step2:none": ("No, we have no minimum Step 2 CK score.", "The program does not apply a Step 2 CK cutoff when reviewing applications.", "There is not a minimum USMLE Step 2 CK score for our program.", ),
    "step2:pct": ("Step 2 CK: {p}th percentile or higher.", "Applicants must score at or above the {p}th percentile nationally on USMLE Step 2 CK.", "Provided your Step 2 CK score falls at the {p}th percentile or higher, you are eligible to apply.", "We require a Step 2 CK score no lower than the {p}th percentile of U.S. test takers.", ),
    "comlex:n": (
        "COMLEX Level 2-CE: {n} minimum.",
        "Osteopathic applicants must score at least {n} on COMLEX-USA Level 2-CE.",
        "Provided their COMLEX Level 2-CE score is {n} or above, DO graduates are eligible to apply.",
        "Yes, DO applicants need a COMLEX Level 2-CE score of at least {n}.",
        "DO candidates scoring below {n} on COMLEX Level 2-CE will not be offered interviews.",
    ),
    "comlex:none": (
        "No, we do not set a COMLEX score minimum.",
        "COMLEX: no minimum score.",
        "DO applicants are considered regardless of their COMLEX Level 2-CE score.",
        "We accept COMLEX in place of USMLE and do not apply a cutoff to it.",
        "The program has not set a COMLEX-USA score threshold.",
    ),
    "scores:both": ("Minimum USMLE scores: {a} on Step 1 and {b} on Step 2 CK.", "Step 1: {a} minimum. Step 2 CK: {b} minimum.", "Provided you scored at least {a} on Step 1 and {b} on Step 2 CK, you meet our score requirements.", "Applications are screened at {a} for USMLE Step 1 and {b} for Step 2 CK.", ),
    "attempt:yes": (
        "Failed attempts: none allowed on any USMLE Step.",
        "No, we cannot consider applicants with a failed attempt on any USMLE Step or COMLEX Level.",
        "Unfortunately, applicants who have failed any part of the USMLE are not eligible.",
        "Every USMLE Step must have been passed on the first try.",
        "Provided each licensing exam was passed on the first attempt, you are eligible to apply.",
    ),
    "attempt:step2": ("Step 2 CK must be passed in a single attempt; earlier Step 1 failures are reviewed case by case.", "Step 2 CK: first-attempt pass required.", "Provided Step 2 CK was passed on the first attempt, a repeated Step 1 does not disqualify you.", "The first-attempt rule applies to Step 2 CK and not to Step 1.", ),
    "attempt:no": ("Yes, applicants with a failed USMLE attempt are still considered.", "Repeat attempts: considered with an explanation.", "We do not require first-attempt passes on the USMLE or COMLEX.", "Provided you have since passed, a failed Step does not make you ineligible.", ),
    "yog:n": (
        "Year of graduation: within the past {n} years.",
        "Applicants must have graduated from medical school no more than {w} ({n}) years before the start of residency.",
        "Provided you graduated within the last {w} years, you are eligible to apply.",
        "Unfortunately, we cannot consider applicants who graduated more than {n} years ago.",
        "Medical school graduation must fall within {w} years of the residency start date.",
    ),
    "yog:none": (
        "No, there is no year-of-graduation limit.",
        "Year of graduation: no limit.",
        "Applicants are considered regardless of when they graduated from medical school.",
        "We do not set a time limit on how long ago you graduated.",
        "Graduates of any year are eligible; there is no cutoff.",
    ),
    "positions:n": (
        "Categorical PGY-1 slots in the Match: {n}.",
        "We take {w} categorical {noun} each year through the NRMP Match.",
        "Our university-affiliated program matches {n} {noun} per class.",
        "Each July, our community hospital program welcomes {w} new categorical {noun}.",
        "Size of each PGY-1 class: {w}.",
    ),
    "positions:range": ("We match {a} to {b} residents per year, depending on funding.", "PGY-1 class size: {a}-{b}.", "The number of categorical positions varies from {a} to {b} each year.", "Depending on funding, the program takes {a} or {b} new residents a year.", ),
    "home:positions": (
        "Each year {n} categorical {noun} start training at our community teaching hospital.",
        "A university-affiliated program training {w} new {noun} each year.",
        "We welcome {n} new {noun} each summer.",
        "Class size: {n} {noun} per year.",
        "With {w} {noun} per year, our program keeps teaching personal.",
    ),
    "total": (
        "In all, {n} residents train in the program at any one time.",
        "The program is approved by the ACGME for a total of {n} residents.",
        "Residents in training, all years combined: {n}.",
        "Counting every PGY level, we have {w} residents.",
        "Our department currently has {n} residents in the program overall.",
    ),
    "research_track": (
        "Yes, residents can apply to a research track with protected academic time.",
        "Research track: available.",
        "Through our university affiliation, we offer a research track that residents may join.",
        "The program includes an optional research track for residents interested in academic careers.",
        "Residents interested in investigation may enter our dedicated research track in the PGY-2 year.",
    ),
    "prelim": (
        "Preliminary positions: {n} per year.",
        "Yes, we also match preliminary interns, {w} per year.",
        "Non-categorical (preliminary) PGY-1 slots offered annually: {n}.",
        "The program also fills {w} preliminary position(s) each year.",
        "Alongside the categorical class, {n} preliminary-year position(s) are offered.",
    ),
    "us_letters": (
        "Letters of recommendation: two or more must be from U.S. physicians.",
        "International Medical Graduates must submit at least one letter of recommendation from a physician who supervised them in a U.S. clinical setting.",
        "Of your three letters, at least two need to be written by U.S.-licensed physicians.",
        "Yes, we require letters from physicians in the United States.",
        "Provided your letters include at least one from a U.S. attending physician, your ERAS application is complete.",
    ),
    "trap:usce_pref": (
        "U.S. clinical experience is strongly encouraged.",
        "Applicants with hands-on U.S. clinical experience tend to be more competitive.",
        "We look favorably on sub-internships or externships completed in U.S. hospitals.",
        "Recent U.S. clinical experience is highly desirable.",
        "Preference is given to candidates with clinical experience in the United States.",
    ),
    "trap:ecfmg_pref": (
        "Candidates who already hold ECFMG certification are given priority.",
        "Having your ECFMG certificate in hand early in the season strengthens an application.",
        "Early completion of ECFMG certification is strongly encouraged.",
        "Completed ECFMG certification is viewed favorably.",
        "Preference is given to applicants whose ECFMG certification is already complete.",
    ),
    "trap:yog_pref": (
        "Preference goes to applicants who graduated recently.",
        "Candidates who graduated in the last few years are given preference.",
        "We strongly encourage applications from recent graduates.",
        "A recent year of graduation is viewed favorably.",
        "Applicants with a long gap since graduation should explain it in their personal statement.",
    ),
    "trap:step2_average": (
        "Our current PGY-1 class averaged {n} on Step 2 CK.",
        "The mean Step 2 CK score of residents who matched here last year was {n}.",
        "Step 2 CK scores of our interviewed applicants have averaged about {n}.",
        "Matched residents' average Step 2 CK: {n}.",
        "For reference, the median Step 2 CK among our matched residents is {n}; this is not a cutoff.",
    ),
    "trap:step1_average": (
        "Residents who matched with us in recent years had an average Step 1 score of {n}.",
        "Our interns' mean USMLE Step 1 score was {n} before the exam went pass/fail.",
        "Average Step 1 score of the last three classes: {n}.",
        "The median Step 1 of applicants we ranked last season was {n}.",
        "Among our current residents, Step 1 scores average {n}.",
    ),
    "trap:letters_pref": (
        "Letters from U.S. physicians are strongly encouraged.",
        "We value letters written by physicians who have supervised you in the United States.",
        "A letter from a U.S. program director or attending carries additional weight.",
        "Applicants are encouraged to include at least one letter from a U.S. clinician.",
        "Letters from U.S. faculty are viewed favorably.",
    ),
    "trap:other_program": (
        "The hospital's internal medicine residency, a separate program, matches {n} categorical interns each year.",
        "Another residency program at our hospital sponsors H-1B visas; visa policies differ from program to program.",
        "A separate residency at our partner hospital offers {n} positions a year.",
        "The university partner's Department of Radiology, which runs its own residency, trains {n} residents per year.",
        "The hospital's other departments set their own eligibility requirements, which may differ from ours.",
    ),
    "trap:interview_stats": (
        "Last season we interviewed {n} applicants.",
        "Interview invitations went to {n} candidates in the most recent cycle.",
        "Of the {n} applicants we interviewed last year, most had completed U.S. clinical rotations.",
        "About {n} interviews are held each season, all of them virtual.",
        "Our selection committee interviewed {n} candidates for the current PGY-1 class.",
    ),
    "trap:applicant_pool": (
        "We received applications from graduates of more than {n} medical schools last cycle.",
        "Our applicant pool last year included graduates of {n} medical schools.",
        "Applications arrive each fall from roughly {n} medical schools in the U.S. and abroad.",
        "Candidates from {n} different medical schools applied to the program this past season.",
        "Last year's applicants represented about {n} medical schools.",
    ),
    "trap:general_info": (
        "ECFMG, not the residency program, is the sponsor of record for every J-1 physician in the United States.",
        "The NRMP sets the rank order list deadline nationally; see its website for this year's Match calendar.",
        "H-1B visas for physicians generally require passing USMLE Step 3 before the petition is filed.",
        "ECFMG certification requires passing USMLE Step 1 and Step 2 CK and meeting one of ECFMG's pathways.",
        "The Match is run by the NRMP, and ERAS is managed by the AAMC.",
    ),
    "trap:question": (
        "Not sure whether your Step 2 CK score is competitive? Contact our program coordinator.",
        "Do you need a visa to train in the United States? Our GME office can answer your questions.",
        "How many months of U.S. clinical experience do you have? List every rotation in ERAS.",
        "Did you graduate several years ago? Tell us what you have done since.",
        "Questions about ECFMG certification timelines? Email the program coordinator.",
    ),
}
# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:none": ("Visa types sponsored", "No sponsorship"),
    "img:yes": ("International Medical Graduates", "Eligible to apply"),
    "img:no": ("International Medical Graduates", "Not considered"),
    "usce:months": ("Hands-on U.S. clinical experience", "At least {n} months"),
    "usce:zero": ("Hands-on U.S. clinical experience", "Not required"),
    "attempt:yes": ("Passed on first attempt", "Required for all Steps"),
    "yog:n": ("Years since medical school graduation", "{n} or fewer"),
    "yog:none": ("Years since medical school graduation", "No limit"),
    "positions:n": ("Categorical PGY-1 positions", "{n}"),
    "positions:range": ("Categorical PGY-1 positions", "{a} to {b}"),
    "total": ("Residents, all years", "{n}"),
    "trap:step2_average": ("Step 2 CK, matched residents' average", "{n}"),
    "trap:step1_average": ("Step 1, matched residents' average", "{n}"),

}
# FAQ questions by topic (the claim's prefix), worded so every "Yes," / "No," answer above reads
# true under its topic's question. Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Can the program sponsor my visa?",
    "img": "Are international medical graduates eligible?",
    "ecfmg": "By when do IMGs need ECFMG certification?",
    "usce": "Do I need U.S. clinical experience to apply?",
    "step1": "Do you have a Step 1 score requirement?",
    "step2": "Is there a Step 2 CK score requirement?",
    "comlex": "Do DO applicants need a certain COMLEX score?",
    "scores": "What USMLE scores are required?",
    "attempt": "Are applicants with a failed attempt considered?",
    "yog": "Does it matter how long ago I graduated?",
    "positions": "How many residents do you match each year?",
    "total": "How many residents are in the program altogether?",
    "research_track": "Does the program have a research track?",
    "prelim": "Are preliminary positions available?",
    "us_letters": "Do any letters have to come from U.S. physicians?",
    "trap": "What are my chances of matching here?",
}
# fmt: on
