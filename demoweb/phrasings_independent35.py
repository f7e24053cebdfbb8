"""A thirty-fifth blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-27 by a blind helper session, from its own knowledge of how real US residency
programs word their eligibility and application facts, in the plain, ordinary voice of the
programs Precedent's users target most: community-hospital and university-affiliated internal
medicine, family medicine, pediatrics, psychiatry and transitional-year programs that take many
international medical graduates, whose "International Medical Graduates", "Eligibility" and
"Application Requirements" pages spell out the IMG rules in detail (ECFMG certification and its
timing, visas, years since graduation, U.S. clinical experience and what counts as it, attempts,
score floors, letters). Each wording is meant to read as a different coordinator would write it on
their own, with no single gimmick: one or two sentences per rule, some formal, some friendly, some
terse, with the usual hedges and conditions ("observerships alone do not count", "a prior Step 1
failure is reviewed case by case", "for exams taken before pass/fail reporting"), and the usual
traps that settle nothing: averages of matched residents, how many IMGs the program has trained,
observerships the hospital offers and their fees, interview and application counts, the
hospital's other programs, ERAS/NRMP dates and fees, and preferences ("a plus", "highly
recommended", "carry the most weight"). All of it is invented demo data about no real program.

The author read only issue 11 (``/tmp/share/issue11.md``: the fact contract, fact names and
values, "preferences are not requirements; averages of past applicants are not minimums"),
``demoweb/phrasings.py`` (the shape of a set and the dev/held-out wordings, to avoid reusing
them), ``demoweb/info.py`` (how a set is drawn and rendered, the fields templates get, the truth
values of ``demoweb.info._facts``, what a blind set must provide), ``tests/test_demoweb_info.py``
(the structural checks a blind set must pass), the ``class_sizes`` field of
``demoweb/specialties.py`` and the first 70 lines of ``demoweb/phrasings_independent14.py`` (its
docstring and the shape of ``ECFMG_BY`` and ``EXTRA_TRAPS``; a stray ``sed`` also showed its
lines 71-74, the first of its wordings, and a ``grep`` the line numbers of its top-level names).
The author did NOT read, grep, import or run the extraction rules (``extract/``), their tests
(``tests/test_facts*.py``, ``tests/facts_families.py``), ``bench/`` or any benchmark output, git
log or diffs, or any other blind set ``demoweb/phrasings_independent*.py`` (nor the thirty-sixth,
written at the same time by another helper); did not run ``bench/facts.py`` or ``precedent
facts``, and did not run the extractor on any of these sentences: nothing here was tuned against
the rules. It was checked only structurally, by an ad-hoc script outside the repository: it
imports, has every claim of the dev set with three to five distinct wordings, every template and
row formats with the fields ``demoweb.info`` passes and uses only the fields the tests allow, no
ECFMG deadline wording is inside another, no wording is a dev or held-out one, no wording, row or
deadline is shared with another blind set (compared through ``demoweb.info.BLIND``, printing
only counts and this set's own colliding items, which were reworded, never their text), and the value checks of ``tests/test_demoweb_info.py`` hold on
pages rendered from this set (by monkeypatching ``demoweb.info`` in that script).
"""

from __future__ import annotations

NAME = "independent35"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "no later than the day our rank order list is due",
    "time of application": "at the time you apply",
    "start of residency": "before your first day as a resident",
    "interview": "before the day you interview with us",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": (
        "before rank lists close in late February",
        "so that we are able to rank you in the Match",
    ),
    "time of application": (
        "before you submit your ERAS application",
        "by the time your ERAS application is complete",
    ),
    "start of residency": (
        "before you begin your PGY-1 year",
        "before training starts on July 1",
    ),
    "interview": (
        "before we can offer you an interview",
        "on or before the date of your interview with our faculty",
    ),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 6-12 for another program, else
# 60-150 (fees, counts of IMGs trained, observers, interviews and applications).
EXTRA_TRAPS = (
    ("trap:other_program", 0.2),
    ("trap:img_count", 0.2),
    ("trap:observership", 0.25),
    ("trap:interviews", 0.2),
    ("trap:dates", 0.25),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "Our hospital sponsors the J-1 Exchange Visitor visa through ECFMG; H-1B visas are not offered.",
        "If you need a visa, the only option we can support is the ECFMG-sponsored J-1.",
        "We sponsor J-1 physicians only and cannot file H-1B petitions.",
        "For non-citizens, we support J-1 visas but do not sponsor the H-1B.",
        "Non-U.S. citizens who need sponsorship must come on a J-1 visa, as the program does not sponsor H-1B visas.",
    ),
    "visa:both": (
        "We can sponsor either a J-1 or an H-1B visa for the residents we match.",
        "Both J-1 (through ECFMG) and H-1B visas are available to our residents.",
        "The hospital sponsors H-1B visas in addition to the J-1 Exchange Visitor visa.",
        "Residents who require a visa may train on a J-1 or, if they qualify, on an H-1B, and we sponsor both.",
        "Our GME department supports J-1 and H-1B visa applications for incoming residents.",
    ),
    "visa:none": (
        "Our residency is not able to sponsor either J-1 or H-1B visas.",
        "We do not provide visa sponsorship, so applicants must be U.S. citizens, permanent residents, or hold work authorization that needs no sponsorship.",
        "Sorry, we don't sponsor any visas at this time.",
        "The hospital does not sponsor visas for residents; you must be authorized to work in the U.S. without sponsorship.",
        "No J-1 or H-1B sponsorship is offered by this program.",
    ),
    "visa:j1_yes": (
        "The program sponsors J-1 visas through the ECFMG Exchange Visitor Program.",
        "Applicants who need a J-1 visa are eligible, and we sponsor J-1 residents every year.",
        "J-1 sponsorship is offered to matched applicants who need it.",
        "We will support a J-1 visa for any matched resident who needs one.",
        "Residents needing a visa can train here on a J-1, sponsored by ECFMG.",
    ),
    "visa:h1b_no": (
        "Please note that we do not sponsor H-1B visas.",
        "The hospital is unable to sponsor the H-1B visa for residents.",
        "H-1B visa sponsorship is not available in our program.",
        "We cannot offer H-1B sponsorship, including for applicants who have already passed Step 3.",
        "We do not file H-1B petitions for residents.",
    ),
    "img:yes": (
        "International medical graduates are welcome here, and many of our residents trained abroad.",
        "IMGs are eligible to apply to all of our categorical positions.",
        "Graduates of medical schools outside the United States and Canada are welcome to submit an application.",
        "We consider IMGs on the same basis as U.S. graduates.",
        "Our program has a long history of training IMGs, and we encourage them to apply.",
    ),
    "img:no": (
        "At this time we are not accepting applications from international medical graduates.",
        "Applicants must have graduated from a U.S. MD or DO school; IMGs are not eligible.",
        "Our program does not consider IMGs.",
        "Graduates of foreign medical schools are not eligible for our residency positions.",
        "We regret that we cannot review applications from graduates of international medical schools.",
    ),
    "ecfmg": (
        "International graduates must be fully ECFMG certified {by}.",
        "A valid, standard ECFMG certificate is required {by}.",
        "IMGs need to have their ECFMG certification completed {by}.",
        "ECFMG certification must be obtained {by}; a pending status is not enough.",
        "Your ECFMG certificate has to be issued {by}.",
    ),
    "usce:months": (
        "IMG applicants need at least {n} months of hands-on clinical experience in a U.S. hospital or clinic.",
        "We require {w} months of U.S. clinical experience; externships and sub-internships count, observerships alone do not.",
        "You will need {n} or more months of USCE with direct patient care to be considered.",
        "Applicants must complete {w} months of clinical work in the U.S. health care system before applying; research time does not count toward this.",
        "{W} months of U.S. clinical experience is the minimum we accept from IMGs.",
    ),
    "usce:zero": (
        "U.S. clinical experience is not a prerequisite for applying to our residency.",
        "You do not need USCE to apply to our program.",
        "We do not require U.S. clinical experience, though please describe any you have in your application.",
        "No U.S. clinical experience is needed to be considered for an interview.",
        "Not having U.S. clinical experience will not keep your application from being reviewed.",
    ),
    "usce:unstated": (
        "All IMG applicants must have hands-on U.S. clinical experience.",
        "U.S. clinical experience is required; observerships do not satisfy this requirement.",
        "Hands-on clinical experience in the United States is mandatory for international graduates.",
        "Prior U.S. clinical experience in a hospital setting is a requirement for all applicants.",
        "Recent USCE, such as an externship or sub-internship, is required; research alone does not qualify.",
    ),
    "step1:n": (
        "Applicants need a USMLE Step 1 score of {n} or higher to be considered.",
        "Our minimum Step 1 score for interview consideration is {n}.",
        "We do not interview applicants with a Step 1 score under {n}.",
        "Step 1: a score of at least {n} is required for exams taken before pass/fail reporting.",
        "A USMLE Step 1 score below {n} will not meet our screening criteria.",
    ),
    "step1:none": (
        "We do not have a minimum Step 1 score; a passing result is enough.",
        "There is no Step 1 score threshold for our program.",
        "No minimum Step 1 score is applied when we screen applications.",
        "Step 1 scores are not screened against a cutoff.",
        "Any passing Step 1 result is acceptable, and we do not screen by the number.",
    ),
    "step2:n": (
        "Applicants must score {n} or above on USMLE Step 2 CK.",
        "Our Step 2 CK minimum is {n}.",
        "We only interview applicants whose Step 2 CK score is {n} or higher.",
        "A Step 2 CK score of less than {n} does not meet our minimum requirement.",
        "Step 2 CK must be taken before you apply, and the score must be at least {n}.",
    ),
    "step2:none": (
        "We have no Step 2 CK minimum; every passing applicant is reviewed.",
        "No Step 2 CK score threshold is used in our screening.",
        "We do not screen out applicants based on their Step 2 CK score.",
        "Step 2 CK scores are not subject to a cutoff.",
        "We do not have a minimum score for Step 2 CK.",
    ),
    "step2:pct": (
        "Your Step 2 CK score needs to be at or above the {p}th percentile.",
        "We require a Step 2 CK result in the {p}th percentile or higher.",
        "Applications with Step 2 CK scores below the {p}th percentile will not be considered.",
        "The minimum for Step 2 CK is the {p}th percentile of U.S. and Canadian examinees.",
    ),
    "comlex:n": (
        "Osteopathic candidates must score at least {n} on COMLEX Level 2-CE.",
        "We accept COMLEX in place of USMLE, with a minimum Level 2-CE score of {n}.",
        "COMLEX Level 2-CE scores under {n} do not meet our cutoff.",
        "DO students and graduates need a COMLEX Level 2 score of {n} or more to be considered.",
        "Our COMLEX Level 2-CE minimum is {n}.",
    ),
    "comlex:none": (
        "We accept COMLEX scores and have no minimum COMLEX score.",
        "There is no COMLEX cutoff for DO applicants.",
        "COMLEX results are not screened against a minimum score.",
        "DO applicants do not need to take the USMLE, and we do not apply a minimum COMLEX score.",
        "For DO applicants, no minimum COMLEX Level 2-CE score is required.",
    ),
    "scores:both": (
        "Minimum USMLE scores for an interview invitation are {a} on Step 1 and {b} on Step 2 CK.",
        "We require at least {a} on Step 1 and {b} on Step 2 CK.",
        "Applicants need a Step 1 score of {a} or above and a Step 2 CK score of {b} or above.",
        "Our score cutoffs: Step 1, {a}; Step 2 CK, {b}.",
        "Scores under {a} on Step 1 or under {b} on Step 2 CK are screened out.",
    ),
    "attempt:yes": (
        "We only consider applicants who passed each USMLE Step on the first attempt.",
        "Applicants with a failed attempt on any Step will not be considered.",
        "First-attempt passes are required on every USMLE exam taken.",
        "We are unable to consider applicants with any USMLE failures.",
        "Each Step of the USMLE (or level of COMLEX) must be passed in one attempt.",
    ),
    "attempt:step2": (
        "Step 2 CK has to be passed on the first attempt.",
        "We require a first-time pass on Step 2 CK; a prior Step 1 failure is reviewed case by case.",
        "Applicants must pass Step 2 CK in a single attempt.",
        "A failed Step 2 CK attempt is disqualifying, so it must be passed the first time.",
        "Only Step 2 CK needs to be a first-attempt pass.",
    ),
    "attempt:no": (
        "A failed USMLE attempt does not rule you out; we look at the whole application.",
        "We will consider applicants who needed more than one attempt on a Step.",
        "Multiple attempts on the USMLE are not an automatic exclusion.",
        "Applicants with a past USMLE failure are still considered.",
        "We do not require first-attempt passes on USMLE or COMLEX.",
    ),
    "yog:n": (
        "Applicants must have finished medical school no more than {n} years ago.",
        "We accept graduates from the last {w} years only.",
        "Your medical school graduation must be within {n} years of the start of residency.",
        "IMGs who graduated more than {n} years ago are not eligible to apply.",
        "We consider applicants up to {w} years after graduation, and no later.",
    ),
    "yog:none": (
        "We do not have a year-of-graduation cutoff.",
        "We consider applicants regardless of the year they finished medical school.",
        "There is no limit on how long ago you graduated.",
        "Graduation date is not used to screen applications.",
        "No time-since-graduation restriction applies to our program.",
    ),
    "positions:n": (
        "We take {n} categorical {noun} into the intern class each year.",
        "Our program matches {w} categorical {noun} per year.",
        "Our PGY-1 class is {n} {noun} every year.",
        "Positions offered in the Match each year: {n}.",
        "We plan to match {n} categorical {noun} in each Match cycle.",
    ),
    "positions:range": (
        "We usually match {a} or {b} residents a year.",
        "Each class has {a} to {b} residents.",
        "Our PGY-1 class size is {a}-{b} residents, depending on funding.",
        "We expect to fill between {a} and {b} categorical positions per year.",
        "Depending on the year, {a} to {b} interns start with us.",
    ),
    "home:positions": (
        "Each July we welcome {n} new {noun} into our community-based program.",
        "Every summer, {w} new {noun} begin training with us.",
        "Our small, close-knit program takes {n} {noun} a year.",
        "We train {n} {noun} per class in a friendly community hospital setting.",
    ),
    "total": (
        "Counting every class, there are {n} residents in our program.",
        "Altogether we have {n} residents.",
        "Our residency currently has {n} residents in training.",
        "The full program is {n} residents strong.",
    ),
    "research_track": (
        "Residents interested in academic medicine can join our research track.",
        "A research pathway with mentored projects is offered within the program.",
        "We have a research track for residents who want protected scholarly time.",
        "Our program includes an optional research track.",
    ),
    "prelim": (
        "We also take {n} preliminary {noun} every July.",
        "Preliminary-year spots we fill each year: {n}.",
        "In addition to our categorical class, we match {w} preliminary-year {noun}.",
        "The program has {n} one-year preliminary positions as well.",
    ),
    "us_letters": (
        "At least one of your letters of recommendation must be from a physician in the United States.",
        "We require letters of recommendation from U.S. physicians, preferably your USCE supervisors.",
        "Two of your three letters need to be written by doctors practicing in the U.S.",
        "Letters from U.S. clinical supervisors are required.",
        "Please include letters from physicians who supervised you in a U.S. clinical setting; this is required.",
    ),
    "trap:usce_pref": (
        "Hands-on U.S. clinical experience strengthens your application.",
        "We give preference to applicants with recent U.S. clinical experience.",
        "Most of our matched IMGs did some U.S. rotations before applying.",
        "Having USCE is highly recommended.",
        "U.S. clinical experience is valued, especially in a community hospital.",
    ),
    "trap:ecfmg_pref": (
        "It helps if you are already ECFMG certified when you apply.",
        "We prefer applicants whose ECFMG certification is complete before interviews.",
        "Applicants with ECFMG certification in hand are at an advantage.",
        "Getting ECFMG certified early is recommended, since it makes the visa process smoother.",
    ),
    "trap:yog_pref": (
        "Preference goes to recent graduates.",
        "We tend to favor applicants who graduated in the last few years.",
        "Recent clinical activity matters to us, so newer graduates are generally more competitive.",
        "Candidates who are close to graduation are given priority.",
    ),
    "trap:step2_average": (
        "Our current interns came in with an average Step 2 CK score of {n}.",
        "The mean Step 2 CK among residents we matched last year was {n}.",
        "Matched applicants in recent years scored around {n} on Step 2 CK.",
        "For reference, our residents' Step 2 CK scores averaged {n}.",
    ),
    "trap:step1_average": (
        "Our residents' average Step 1 score, from before pass/fail, was {n}.",
        "Most of the residents we matched had Step 1 scores near {n}.",
        "The typical Step 1 score in our current class is about {n}.",
        "Recent interns averaged {n} on Step 1.",
    ),
    "trap:letters_pref": (
        "Letters from U.S. physicians who know your clinical work carry the most weight.",
        "We prefer at least one letter from a U.S. attending.",
        "A letter from a U.S. physician is helpful, but we review all letters.",
        "Letters written by U.S. doctors are recommended.",
    ),
    "trap:other_program": (
        "Our sister transitional-year program takes {n} interns a year and has a separate application.",
        "The hospital's psychiatry residency, which is separate, accepts {n} residents per year.",
        "Our affiliated family medicine program in another city matches {n} residents; please apply to it separately.",
        "{n} fellows train in our cardiology fellowship each year.",
    ),
    "trap:img_count": (
        "Since the program opened, we have graduated more than {n} international medical graduates.",
        "Over the last two decades, {n} IMGs have completed their training with us.",
        "More than {n} of our alumni are international graduates now practicing across the country.",
        "We are proud to have trained over {n} IMGs.",
    ),
    "trap:observership": (
        "Our hospital offers a four-week observership for IMGs; the fee is ${n}, and it does not guarantee an interview.",
        "Observerships are available through our Department of Medical Education for a ${n} fee.",
        "Ask our coordinator about our observership program, which has hosted more than {n} visiting graduates.",
        "The clinical observer program costs ${n} per week and is separate from the residency application.",
    ),
    "trap:interviews": (
        "Last season we interviewed {n} candidates.",
        "We typically invite about {n} applicants to interview.",
        "Our program receives well over {n}0 applications every cycle.",
        "Interviews are virtual, and roughly {n} applicants are interviewed each year.",
    ),
    "trap:dates": (
        "ERAS opens for applicants in June, and we begin reviewing applications in late September.",
        "Interview invitations go out from October through December by email.",
        "There is no separate application fee; you only pay the ERAS fees.",
        "Please register for the NRMP Match and make sure your ERAS application is complete by October 1.",
        "Our application deadline is November 1; late applications are not reviewed.",
    ),
}
# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visas we sponsor", "J-1 through ECFMG; no H-1B"),
    "visa:both": ("Visas we sponsor", "J-1 or H-1B"),
    "visa:none": ("Visas we sponsor", "We do not sponsor visas"),
    "visa:j1_yes": ("Visas we sponsor", "J-1 through ECFMG"),
    "img:yes": ("Do we accept IMGs?", "Yes"),
    "img:no": ("Do we accept IMGs?", "No, U.S. MD/DO graduates only"),
    "ecfmg": ("When your ECFMG certificate is due", "{by}"),
    "usce:months": ("U.S. clinical experience (hands-on)", "{n} months minimum"),
    "usce:zero": ("U.S. clinical experience (hands-on)", "Not needed"),
    "usce:unstated": ("U.S. clinical experience (hands-on)", "Required (observerships do not count)"),
    "step1:n": ("USMLE Step 1 (minimum score)", "{n}"),
    "step1:none": ("USMLE Step 1 (minimum score)", "No minimum, pass only"),
    "step2:n": ("USMLE Step 2 CK (minimum score)", "{n}"),
    "step2:none": ("USMLE Step 2 CK (minimum score)", "No minimum"),
    "step2:pct": ("USMLE Step 2 CK (minimum score)", "{p}th percentile or higher"),
    "comlex:n": ("COMLEX Level 2-CE (minimum score)", "{n}"),
    "comlex:none": ("COMLEX Level 2-CE (minimum score)", "No minimum"),
    "scores:both": ("Minimum USMLE scores", "Step 1 {a} / Step 2 CK {b}"),
    "attempt:yes": ("Exam failures", "Not accepted; first attempt on every Step"),
    "attempt:step2": ("Exam failures", "Step 2 CK must be passed on the first attempt"),
    "attempt:no": ("Exam failures", "Considered case by case"),
    "yog:n": ("Time since medical school graduation", "{n} or fewer"),
    "yog:none": ("Time since medical school graduation", "No limit"),
    "positions:n": ("Categorical PGY-1 spots per year", "{n}"),
    "positions:range": ("Categorical PGY-1 spots per year", "{a} to {b}"),
    "total": ("Residents in the program", "{n}"),
    "prelim": ("Preliminary positions each year", "{n}"),
    "us_letters": ("U.S. letters of recommendation", "Required from U.S. physicians"),
    "trap:step2_average": ("Current residents' average Step 2 CK", "{n}"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Will your program sponsor my visa?",
    "img": "Are international medical graduates eligible?",
    "ecfmg": "By when do I need ECFMG certification?",
    "usce": "Do I need U.S. clinical experience, and what counts?",
    "step1": "Is there a Step 1 score requirement?",
    "step2": "What Step 2 CK score do you look for?",
    "comlex": "Can DO applicants apply with COMLEX?",
    "scores": "What are the minimum USMLE scores?",
    "attempt": "Can I apply if I failed a Step?",
    "yog": "Is there a graduation year limit for IMGs?",
    "positions": "How many residents do you match each year?",
    "total": "How many residents are in the program?",
    "research_track": "Are there research opportunities for residents?",
    "prelim": "Do you have preliminary year positions?",
    "us_letters": "What letters of recommendation do you need?",
    "trap": "What makes an applicant competitive here?",
}
# fmt: on
