"""A forty-first blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-27 by a blind helper session, from its own knowledge of how real US residency
programs word their eligibility facts, in one voice: the plain "International Medical Graduates"
page of internal medicine, pediatrics, psychiatry and neurology programs at large urban
safety-net and county hospitals that train many IMGs. Such a page has a short welcome, a
"Minimum requirements" list, a "Visa sponsorship" section and a "Frequently asked questions"
accordion with short answers ("Do you accept IMGs? Yes. ..."). Each wording is meant as a
different program coordinator would write it on their own: full sentences and short answers
that open with "Yes." or "No.", the usual hedges and conditions ("for applicants with a numeric
Step 1 score", "observerships do not count", "depending on eligibility"), and preferences kept
apart from requirements. Its traps settle nothing: preferences, averages of matched residents,
the share of IMGs among current residents and the countries they come from, the city's patient
population, ERAS and NRMP dates, interview counts and the observerships the hospital offers.
All of it is invented demo data about no real program.

The author read only issue 11 (the fact contract: fact names and values, "preferences are not
requirements; averages of past applicants are not minimums"), ``demoweb/phrasings.py`` (the shape
of a set and the dev/held-out wordings, to avoid reusing them), ``demoweb/info.py`` (how a set is
drawn and rendered, the fields templates get, the truth values of ``demoweb.info._facts`` and what
a blind set must provide), ``tests/test_demoweb_info.py`` (the structural checks a blind set must
pass), the ``class_sizes`` field of ``demoweb/specialties.py`` and the first 70 lines of
``demoweb/phrasings_independent14.py`` (its docstring and the shape of ``ECFMG_BY`` and
``EXTRA_TRAPS``). The author did NOT read, grep, import or run the extraction rules
(``extract/``), their tests (``tests/test_facts*.py``, ``tests/facts_families.py``), ``bench/``
or any benchmark output, git log or diffs, or any other blind set
``demoweb/phrasings_independent*.py`` (nor the forty-second, written at the same time by another
helper); did not run ``bench/facts.py`` or ``precedent facts``, and did not run the extractor on
any of these sentences: nothing here was tuned against the rules. It was checked only
structurally, by an ad-hoc script outside the repository: it imports, has every claim of the dev
set with three to five distinct wordings (at least 4.2 a claim on average), every template and
row formats with the fields ``demoweb.info`` passes and uses only the fields the tests allow, no
ECFMG deadline wording is inside another, no wording is a dev or held-out one, no wording, row or
deadline wording is shared with the blind sets in ``demoweb.info.BLIND`` (compared by counts
only, without reading theirs), and the value checks of ``tests/test_demoweb_info.py`` hold on
pages rendered from this set (by monkeypatching ``demoweb.info`` in that script).
"""

from __future__ import annotations

NAME = "independent41"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
# Every wording is written to follow "you must ... " (second person, as these pages address the
# applicant).
ECFMG_BY = {
    "rank order list deadline": "before our rank order list is due to the NRMP",
    "time of application": "on the day you apply to our program",
    "start of residency": "ahead of your July 1 start as an intern",
    "interview": "before the day you interview with our faculty",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": (
        "by the NRMP's rank list deadline",
        "in time for our program to rank you",
    ),
    "time of application": (
        "by the time you submit through ERAS",
        "when we receive your ERAS application",
    ),
    "start of residency": ("by the start of the PGY-1 year", "before your first day of residency"),
    "interview": (
        "prior to being interviewed by our program",
        "before we can schedule an interview",
    ),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 60-150 (languages, countries,
# interview counts).
EXTRA_TRAPS = (
    ("trap:img_countries", 0.3),
    ("trap:observership", 0.25),
    ("trap:match_dates", 0.25),
    ("trap:patients", 0.2),
    ("trap:interviews", 0.2),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "We sponsor the J-1 (ECFMG) visa only; H-1B visas are not offered.",
        "Yes, through ECFMG, but only the J-1. The program does not sponsor H-1B visas.",
        "The only visa our program sponsors is the J-1 Exchange Visitor visa.",
        "Applicants who need a visa must be eligible for a J-1; we do not file H-1B petitions.",
        "J-1 visas are sponsored for residents. H-1B sponsorship is not available for this "
        "program.",
    ),
    "visa:both": (
        "Residents may train here on a J-1 or an H-1B visa; the hospital sponsors both.",
        "Yes. The hospital sponsors J-1 visas through ECFMG and H-1B visas for applicants who "
        "have passed Step 3.",
        "Both the J-1 and the H-1B are available to our residents.",
        "H-1B sponsorship is offered in addition to the ECFMG-sponsored J-1.",
        "We are able to sponsor H-1B as well as J-1 visas, depending on the applicant's "
        "eligibility.",
    ),
    "visa:none": (
        "We are not able to sponsor any visas, including the J-1 and H-1B.",
        "No. The program does not sponsor visas, so applicants must already be authorized to "
        "work in the United States.",
        "Unfortunately our hospital cannot sponsor J-1 or H-1B visas.",
        "Visa sponsorship is not available at this program; you must be a US citizen, a "
        "permanent resident or hold an EAD.",
        "We do not provide J-1 or H-1B sponsorship for residents.",
    ),
    "visa:j1_yes": (
        "Yes, we sponsor J-1 visas, which are administered by ECFMG.",
        "International graduates who need a visa can train here on an ECFMG-sponsored J-1.",
        "The J-1 visa is available to our residents.",
        "Our hospital sponsors J-1 Exchange Visitor visas for residents.",
        "J-1 sponsorship through ECFMG is offered to matched applicants who need it.",
    ),
    "visa:h1b_no": (
        "Please note that the H-1B visa is not sponsored by our program.",
        "H-1B visas are not an option at this program.",
        "Our hospital does not file H-1B petitions for residents or fellows.",
        "We cannot offer H-1B sponsorship for residency positions.",
        "Applicants who require an H-1B visa should know that we are unable to sponsor it.",
    ),
    "img:yes": (
        "Yes. We welcome applications from international medical graduates.",
        "IMGs have always been an important part of our residency, and we encourage you to "
        "apply.",
        "Graduates of medical schools outside the US and Canada are eligible, and many of our "
        "best residents trained abroad.",
        "We accept IMGs and review their applications the same way we review those of US "
        "graduates.",
        "International medical graduates who meet the requirements below are encouraged to "
        "apply.",
    ),
    "img:no": (
        "No. At this time we are not able to consider international medical graduates.",
        "Our program only accepts graduates of LCME- or AOA-accredited medical schools.",
        "We do not accept applications from IMGs.",
        "Applicants from international medical schools are not eligible for our program.",
        "Unfortunately, graduates of non-US medical schools cannot be considered for residency "
        "here.",
    ),
    "ecfmg": (
        "You must hold a valid ECFMG certificate {by}.",
        "Your ECFMG certification has to be finalized {by}.",
        "Yes, you will need to be fully ECFMG certified {by}.",
        "Please make sure your ECFMG certification is complete {by}.",
        "We require full ECFMG certification {by}.",
    ),
    "usce:months": (
        "Applicants need a minimum of {n} months of hands-on patient care in a US hospital.",
        "Yes. {W} months of US clinical experience (externships, sub-internships or clinical "
        "work) are required; observerships do not count.",
        "You must have {n} or more months of USCE within the past two years.",
        "Required: {n} months of US clinical experience, hands-on.",
        "At least {w} months of clinical experience in the United States is needed before you "
        "apply.",
    ),
    "usce:zero": (
        "No, US clinical experience is not required to apply.",
        "We do not require USCE.",
        "USCE is not a requirement for our program, although any clinical work in the US helps "
        "us understand your training.",
        "Applicants without US clinical experience are still eligible and are not at a "
        "disadvantage.",
        "There is no USCE requirement for IMG applicants.",
    ),
    "usce:unstated": (
        "Yes, US clinical experience is required; observerships alone do not meet this "
        "requirement.",
        "Applicants must have hands-on clinical experience in the United States.",
        "Some US clinical experience is mandatory for IMGs.",
        "Hands-on USCE in a US hospital is a requirement to be considered.",
    ),
    "step1:n": (
        "If your Step 1 was scored numerically, the minimum we accept is {n}.",
        "Yes. We require a USMLE Step 1 score of {n} or higher.",
        "Step 1 scores under {n} are below our minimum and cannot be considered.",
        "Our minimum for USMLE Step 1 is {n} (for exams taken before pass/fail reporting).",
        "You need a Step 1 score of at least {n} for your application to move forward.",
    ),
    "step1:none": (
        "No. We have no minimum Step 1 score.",
        "We do not set a cutoff for USMLE Step 1.",
        "Step 1 is reviewed as pass/fail, and there is no minimum score.",
        "There is not a Step 1 score requirement beyond passing.",
    ),
    "step2:n": (
        "Applicants must have scored {n} or above on Step 2 CK to be reviewed.",
        "Yes, the minimum Step 2 CK score we consider is {n}.",
        "We require a Step 2 CK score of no less than {n}.",
        "Step 2 CK: a score of {n} is the lowest we accept.",
        "We will not review applications with a Step 2 CK score below {n}.",
    ),
    "step2:none": (
        "No, there is not a Step 2 CK cutoff.",
        "We do not use a minimum Step 2 CK score when reviewing applications.",
        "There is no set Step 2 CK minimum; every application is read in full.",
        "Step 2 CK scores are considered, but we have no minimum.",
    ),
    "step2:pct": (
        "Your Step 2 CK score needs to fall at or above the {p}th percentile for your test year.",
        "We require a Step 2 CK score in the {p}th percentile or higher.",
        "Applications with Step 2 CK scores below the {p}th percentile are not reviewed.",
        "Yes, applicants must score at the {p}th percentile or better on Step 2 CK.",
    ),
    "comlex:n": (
        "For osteopathic graduates, the COMLEX Level 2-CE minimum is {n}.",
        "We accept COMLEX; the minimum Level 2-CE score is {n}.",
        "COMLEX-USA Level 2-CE scores must be {n} or higher.",
        "Yes. DO graduates may submit COMLEX in place of USMLE, with a Level 2-CE of {n} or "
        "more.",
    ),
    "comlex:none": (
        "We accept COMLEX scores and do not have a minimum.",
        "There is no COMLEX score cutoff for osteopathic applicants.",
        "No minimum COMLEX Level 2-CE score is set.",
        "DO graduates may apply with COMLEX alone; we have no minimum score.",
    ),
    "scores:both": (
        "The minimum scores we accept are {a} on Step 1 and {b} on Step 2 CK.",
        "We require at least {a} on USMLE Step 1 and {b} on Step 2 CK.",
        "To be reviewed, applicants need a Step 1 score of {a} or higher and a Step 2 CK score of "
        "{b} or higher.",
        "Yes: Step 1 minimum {a}, Step 2 CK minimum {b}.",
    ),
    "attempt:yes": (
        "We only consider applicants who passed every USMLE Step on the first attempt.",
        "No. Applicants with a failed attempt on any USMLE exam are not considered.",
        "Passing each Step on the first attempt is required.",
        "We require first-attempt passes on Step 1 and Step 2 CK.",
        "Any USMLE failure makes an applicant ineligible for our program.",
    ),
    "attempt:step2": (
        "We need a first-attempt pass on Step 2 CK, but a prior Step 1 failure is reviewed case "
        "by case.",
        "Applicants must pass Step 2 CK on the first try.",
        "For Step 2 CK we accept a single attempt only.",
        "A Step 1 failure does not rule you out, but Step 2 CK has to be passed on your first "
        "attempt.",
    ),
    "attempt:no": (
        "Yes. A failed attempt does not automatically exclude you; we look at the whole "
        "application.",
        "We consider applicants who needed a second attempt on a USMLE exam.",
        "Multiple attempts on USMLE are not an automatic disqualifier.",
        "A prior USMLE failure will not by itself keep you from being reviewed.",
        "Passing every exam on the first attempt is not required to apply.",
    ),
    "yog:n": (
        "You must have graduated from medical school within the past {n} years.",
        "Only graduates of the last {w} years are accepted into our program.",
        "Yes. Graduation must be no more than {n} years before the start of residency.",
        "If you graduated more than {n} years ago, you are not eligible to apply.",
        "Our year-of-graduation limit is {n} years.",
    ),
    "yog:none": (
        "No, there is no limit on when you graduated.",
        "We do not set a cutoff on year of graduation.",
        "We review applicants regardless of how long ago they finished medical school.",
        "Older graduates are welcome; there is no time limit since graduation.",
    ),
    "positions:n": (
        "Each year we fill {n} categorical PGY-1 positions through the NRMP Match.",
        "Our intern class has {n} {noun}.",
        "We take {w} categorical {noun} per year.",
        "Number of PGY-1 positions offered this year: {n}.",
        "Our yearly class size is {n} {noun}.",
    ),
    "positions:range": (
        "We usually take {a} to {b} categorical residents per year.",
        "Our PGY-1 class is {a} or {b} interns, depending on the year.",
        "Each Match we fill between {a} and {b} categorical positions.",
        "We offer {a}-{b} PGY-1 positions every year.",
    ),
    "home:positions": (
        "Each summer, {w} new {noun} start their training with us.",
        "We are a program of {n} {noun} per class at the city's safety-net hospital.",
        "With {n} {noun} in each class, everyone knows each other.",
        "Our residency takes {n} {noun} a year into a busy public hospital.",
    ),
    "total": (
        "Altogether there are {n} residents in our program.",
        "Across all training years we have {n} residents.",
        "Our residency currently has {n} residents.",
        "Total number of residents (all PGY levels): {n}.",
    ),
    "research_track": (
        "We offer a research track for residents interested in academic medicine.",
        "Yes, interested residents can apply to our research track, which includes protected "
        "research time.",
        "A research track is available, with mentorship from faculty in our health services "
        "research group.",
        "Residents may join a dedicated research track starting in the PGY-2 year.",
    ),
    "prelim": (
        "Preliminary-year positions available each year: {n}.",
        "In addition, we match {n} preliminary {noun} annually.",
        "The number of preliminary positions is {n}.",
        "Yes. We offer preliminary positions as well ({n} per year).",
    ),
    "us_letters": (
        "At least one of your letters must be written by a physician who supervised you in the "
        "US.",
        "Two letters of recommendation from US faculty are required.",
        "We require letters from physicians practicing in the United States.",
        "Please note that letters from US physicians are mandatory; letters written only by "
        "physicians abroad will not complete the application.",
    ),
    "trap:usce_pref": (
        "Hands-on US clinical experience makes an application more competitive.",
        "We like to see some clinical experience in a US hospital.",
        "Applicants with recent USCE tend to do well in our selection process.",
        "USCE is highly valued by our selection committee.",
    ),
    "trap:ecfmg_pref": (
        "It helps if your ECFMG certification is already complete when you apply.",
        "Applicants who are already ECFMG certified are given preference.",
        "We encourage IMGs to finish their ECFMG certification as early in the season as they "
        "can.",
        "Being ECFMG certified before interview season is an advantage.",
    ),
    "trap:yog_pref": (
        "We prefer applicants who graduated within the past five years.",
        "Recent clinical activity matters to us, so recent graduates are favored.",
        "Graduates of the last few years tend to be more competitive.",
        "Our selection committee gives some preference to applicants who graduated recently.",
    ),
    "trap:step2_average": (
        "Our most recent intern class had a mean Step 2 CK of {n}.",
        "Matched applicants in recent years have scored around {n} on Step 2 CK.",
        "For reference, the median Step 2 CK score of our current PGY-1s is {n}.",
        "Most of the residents we matched last cycle had Step 2 CK scores near {n}.",
    ),
    "trap:step1_average": (
        "Residents who took Step 1 before it became pass/fail averaged {n}.",
        "The average Step 1 score among our current residents with numeric scores is {n}.",
        "Our matched residents' Step 1 scores have averaged about {n}.",
        "Historically, our interns' mean Step 1 score has been {n}.",
    ),
    "trap:letters_pref": (
        "Letters from physicians who supervised you in the US carry the most weight.",
        "A letter from a US attending who knows your clinical work is very helpful.",
        "We value letters from US physicians, when you have them.",
        "Strong US letters can make your application stand out.",
    ),
    "trap:img_countries": (
        "More than half of our current residents are international medical graduates.",
        "Our residents come from India, Pakistan, Egypt, Nigeria, Nepal, the Philippines and "
        "many other countries.",
        "IMGs make up the majority of our residents, many of them from South Asia, the Middle "
        "East and the Caribbean.",
        "About 70 percent of our current residents graduated from medical schools outside the "
        "US.",
        "This year's PGY-1 class includes graduates of medical schools in eleven countries.",
    ),
    "trap:observership": (
        "The department offers a limited number of observerships for IMGs each spring; please "
        "contact the office for dates.",
        "Completing an observership with us does not guarantee an interview.",
        "We host short clinical observerships for international graduates through the "
        "hospital's GME office.",
        "Observership spots fill quickly, so apply early in the year.",
    ),
    "trap:match_dates": (
        "We begin reviewing applications when ERAS releases them in late September.",
        "Interview invitations go out from October through December, and all interviews are "
        "virtual.",
        "We accept applications only through ERAS and participate in the NRMP Main Residency "
        "Match.",
        "Match Day is in mid-March, and our new interns start orientation in late June.",
    ),
    "trap:patients": (
        "Our patients speak more than {n} languages, and interpreters are available around the "
        "clock.",
        "As the city's public hospital, we care for patients from more than {n} countries.",
        "We are a safety-net hospital serving a diverse, largely uninsured and underinsured "
        "population.",
        "Medical interpreters at our hospital cover over {n} languages.",
    ),
    "trap:interviews": (
        "Last season our program interviewed about {n} applicants.",
        "We receive thousands of applications and invite roughly {n} people to interview.",
        "Around {n} candidates are interviewed each year, nearly all of them virtually.",
        "Interview days run from October to January, with about {n} applicants in total.",
    ),
}
# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visas we sponsor", "J-1 (ECFMG) only, not H-1B"),
    "visa:both": ("Visas we sponsor", "Both J-1 and H-1B, if eligible"),
    "visa:none": ("Visas we sponsor", "Neither J-1 nor H-1B"),
    "visa:j1_yes": ("J-1 (ECFMG) sponsorship", "Available to matched IMGs"),
    "visa:h1b_no": ("H-1B sponsorship", "Not offered at this program"),
    "img:yes": ("IMG applications", "Accepted and encouraged"),
    "img:no": ("IMG applications", "Not considered"),
    "ecfmg": ("ECFMG certification status", "Certified {by}"),
    "usce:months": ("USCE (hands-on, in the US)", "{n} months minimum"),
    "usce:zero": ("USCE (hands-on, in the US)", "Not needed"),
    "usce:unstated": ("USCE (hands-on, in the US)", "Required, any length"),
    "step1:n": ("Step 1 score floor", "{n}"),
    "step1:none": ("Step 1 score floor", "No floor"),
    "step2:n": ("Step 2 CK score floor", "{n}"),
    "step2:none": ("Step 2 CK score floor", "No floor"),
    "step2:pct": ("Step 2 CK score floor", "{p}th percentile nationally"),
    "comlex:n": ("COMLEX Level 2-CE floor for DOs", "{n}"),
    "comlex:none": ("COMLEX Level 2-CE floor for DOs", "No floor"),
    "scores:both": ("USMLE score floors", "Step 1: {a} / Step 2 CK: {b}"),
    "attempt:yes": ("Failed USMLE attempts", "Not accepted"),
    "attempt:step2": ("Failed USMLE attempts", "Step 2 CK must be a first-attempt pass"),
    "attempt:no": ("Failed USMLE attempts", "Reviewed case by case"),
    "yog:n": ("Time since graduation", "No more than {n} years"),
    "yog:none": ("Time since graduation", "No cutoff"),
    "positions:n": ("PGY-1 categorical spots", "{n}"),
    "positions:range": ("PGY-1 categorical spots", "{a} to {b}"),
    "total": ("Residents in all PGY years combined", "{n}"),
    "prelim": ("Preliminary PGY-1 spots", "{n}"),
    "trap:step2_average": ("Step 2 CK, current PGY-1 mean", "{n}"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Does the program sponsor visas?",
    "img": "Do you accept IMGs?",
    "ecfmg": "Do IMGs need ECFMG certification?",
    "usce": "Is US clinical experience (USCE) required?",
    "step1": "Do you have a minimum Step 1 score?",
    "step2": "Is there a Step 2 CK score cutoff?",
    "comlex": "Can DO graduates apply with COMLEX scores?",
    "scores": "Are there minimum USMLE scores?",
    "attempt": "Do you accept applicants who failed a USMLE exam?",
    "yog": "Is there a year of graduation cutoff?",
    "positions": "How big is each incoming class?",
    "total": "How many residents are in the program?",
    "research_track": "Can residents do a research track?",
    "prelim": "Do you also have preliminary positions?",
    "us_letters": "Do I need letters from US physicians?",
    "trap": "Is there anything else I should know before applying?",
}
# fmt: on
