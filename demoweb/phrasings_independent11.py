"""An eleventh blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-26 (about 03:07-03:35 UTC) by a blind helper session, from its own knowledge
of how real US residency program websites word their eligibility and application facts on their
"Eligibility", "Application Requirements", "How to Apply", "Frequently Asked Questions" and "Visa
Information" pages (urology, radiation oncology, dermatology, interventional radiology,
otolaryngology, combined internal medicine-pediatrics and osteopathic-recognition programs, and
institution-wide GME policy pages): visa sponsorship, IMG eligibility, the ECFMG deadline, US
clinical experience, score floors, attempt limits, graduation-year limits, class size, research
and preliminary positions, and letters from US physicians. It aims at wordings earlier authors may
not have used: FAQ answers that open with "Yes," or "No," and still state the value on their own,
numbered policy items ("3. Applicants who graduated abroad must ..."), two facts in one sentence
joined by "and" or "but", conditions ("provided that ..."), "mandatory", "obligatory" and
"required", passive voice, score floors written as "≥ 220", "220+" and "220 or above", graduation
windows as "no more than N years since graduation" and "within the past N years", visas named
"J1 (ECFMG-sponsored)", "H1-B", "H-1b" and "temporary work visa (H-1B)", ECFMG deadlines tied to
the NRMP rank list certification, ERAS submission, PGY-1 orientation and interview day, number
words beside digits ("six (6) months"), and en-dash ranges. All of it is invented demo data about
no real program.

The author read only issue 11 (the fact contract: fact names and values, "preferences are not
requirements; averages of past applicants are not minimums"), ``demoweb/phrasings.py`` (the shape
of a set and the dev/held-out wordings, to avoid reusing them), ``demoweb/info.py`` (how a set is
drawn and rendered, what it reads from a blind set, the fields templates get and the truth values
of ``demoweb.info._facts``), ``tests/test_demoweb_info.py`` (the structural checks a blind set
must pass), the ``class_sizes`` of ``demoweb/specialties.py`` (a class can be one resident), a
grep for ``kind`` in ``demoweb/truth.py`` (how a trap is named in the truth) and the first 45
lines of ``demoweb/phrasings_independent10.py`` (its docstring, for the provenance style). The
author did NOT read, grep, import or run the extraction rules (``extract/``), their tests
(``tests/test_facts*.py``, ``tests/facts_families.py``), any benchmark output
(``bench/results/``), git log messages, or the earlier blind sets
``demoweb/phrasings_independent*.py`` beyond that one docstring (they are imported only
indirectly, by ``demoweb.info`` when rendering pages, and were never read or compared); did not
run ``bench/facts.py`` or ``precedent facts``, and did not run the extractor on any of these
sentences: nothing here was tuned against the rules. It was checked only structurally, by an
ad-hoc script outside the repository (it imports, has every claim of the dev set, every template
and row formats with the fields ``demoweb.info`` passes, no ECFMG deadline wording is inside
another, no wording is a dev or held-out one, and the value checks of ``tests/test_demoweb_info.py``
hold on pages rendered from this set by monkeypatching ``demoweb.info`` in that script). It has
not been compared with the earlier blind sets, so some wordings may repeat theirs.

The lead then wired it into ``demoweb/info.py`` and removed, by a script that compared strings and
without reading the rules, every wording an earlier blind set already had (no longer blind: the
rules had been tuned on the earlier sets): 17 templates and 7 table rows; one ECFMG deadline lost
one of its other wordings, and three whose main wording an earlier set had take their first
other wording instead.

Every sentence states its claim's value plainly to a human reader and states nothing else; traps
settle nothing about the program's own policy (preferences, encouragement, averages and medians
of past applicants or residents, interview-invitation and application counts, other programs'
policies, where to send visa questions, national data).

Fields: as in :mod:`demoweb.phrasings` (``{n}``, ``{w}``/``{W}``, ``{a}``/``{b}``, ``{p}``,
``{by}``, ``{noun}``); the extra traps get ``{n}``, a number from 60 to 150.
"""

from __future__ import annotations

NAME = "independent11"

# ECFMG deadline: canonical value → this set's main words; more wordings in ECFMG_BY_ALSO.
ECFMG_BY: dict[str, str] = {
    "rank order list deadline": "before the NRMP rank list certification deadline",
    "time of application": "on the day you apply through ERAS",
    "start of residency": "by the time residency training begins",
    "interview": "by interview day",
}
ECFMG_BY_ALSO: dict[str, tuple[str, ...]] = {
    "rank order list deadline": (
        "ahead of the Match rank-order deadline",
        "prior to our rank list being submitted to the NRMP",
    ),
    "time of application": (),
    "start of residency": ("prior to new-resident orientation", ),
    "interview": ("before you interview with the program", ),
}

# Traps only this set has: (claim, share of its programs that state it).
EXTRA_TRAPS: tuple[tuple[str, float], ...] = (
    ("trap:interview_invites", 0.25),
    ("trap:applications_received", 0.2),
    ("trap:sister_program", 0.2),
    ("trap:visa_office", 0.2),
    ("trap:national_data", 0.2),
)

PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "We sponsor J1 (ECFMG-sponsored) visas but not H1-B visas.",
        "No, we do not sponsor H-1B visas; the J-1 is the only visa we sponsor.",
        "Visa sponsorship is provided for the J-1 category only, and temporary work visas "
        "(H-1B) are not sponsored.",
        "Our GME office will sponsor a J-1 clinical visa but will not sponsor an H-1b.",
        "The sole visa this residency sponsors is the J-1; the H-1B is not sponsored.",
    ),
    "visa:both": (
        "We sponsor both H1-B and J1 (ECFMG-sponsored) visas.",
        "Yes, the program sponsors J-1 visas and H-1B visas.",
        "Residents who need a visa may be sponsored for either a temporary work visa (H-1B) or "
        "a J-1 exchange visitor visa.",
        "The department sponsors J-1 visas, and H-1b sponsorship is also available.",
        "Sponsorship is offered in both the J-1 and the H-1B visa categories.",
    ),
    "visa:none": (
        "No, we do not sponsor visas of any type, whether J-1 or H-1B.",
        "The program is not in a position to sponsor J-1 or H-1B visas.",
        "Applicants must be US citizens or permanent residents, as we provide no visa sponsorship.",
        "Neither J-1 nor H-1B visas are sponsored by this residency.",
        "We do not offer sponsorship for any visa category.",
    ),
    "visa:j1_yes": (
        "Yes, we sponsor J-1 visas through ECFMG.",
        "J1 (ECFMG-sponsored) visas are supported for residents who need them.",
        "Residents who need a J-1 exchange visitor visa will be sponsored by our institution.",
        "The residency is able to sponsor the J-1 visa.",
        "J-1 visa sponsorship is offered to eligible trainees.",
    ),
    "visa:h1b_no": (
        "No, we do not sponsor H-1B visas.",
        "Our institution does not sponsor H1-B visas for residents.",
        "H-1b visa sponsorship is not available in this program.",
        "We are unable to sponsor a temporary work visa (H-1B).",
        "The department will not sponsor H-1B visas under any circumstances.",
    ),
    "img:yes": (
        "Yes, we accept international medical graduates.",
        "International medical graduates are eligible to apply to our program.",
        "Graduates of medical schools outside the United States and Canada are considered on "
        "the same basis as US graduates.",
        "IMGs are eligible provided that they meet the application requirements on this page.",
        "We welcome applications from foreign medical graduates.",
    ),
    "img:no": ("No, we do not accept applications from international medical graduates.", "Only graduates of LCME-accredited or COCA-accredited medical schools in the United "
        "States are eligible.", "IMGs will not be considered for residency positions.", ),
    "ecfmg": (
        "An ECFMG certificate is mandatory {by}.",
        "IMGs must have their ECFMG certification {by}.",
        "ECFMG certification is obligatory {by}.",
        "International graduates are required to be certified by ECFMG {by}.",
        "3. Applicants who graduated abroad must obtain ECFMG certification {by}.",
    ),
    "usce:months": (
        "A minimum of {w} ({n}) months of clinical experience in the US is required.",
        "Applicants must have completed {n}+ months of US clinical experience.",
        "USCE of no less than {w} months is obligatory.",
        "{W} months or more of hands-on clinical training in US hospitals is mandatory.",
        "2. Applicants must document at least {w} months of U.S. clinical experience (USCE).",
    ),
    "usce:zero": ("No, US clinical experience is not required.", "We do not require USCE for an application to be reviewed.", "Applicants are not obligated to have clinical experience in the United States.", "Clinical experience in the U.S. is not a prerequisite for applying.", ),
    "usce:unstated": (
        "Yes, U.S. clinical experience is required.",
        "Hands-on clinical experience in the United States is mandatory.",
        "Applicants must have completed clinical work in a US healthcare setting.",
        "Prior USCE is a requirement for all applicants.",
        "Some US clinical experience is required before you apply.",
    ),
    "step1:n": (
        "Applicants must have a USMLE Step 1 score ≥ {n}.",
        "We only review applicants with Step 1 scores of {n}+.",
        "A Step 1 score of {n} or above is mandatory.",
        "Step 1 scores under {n} do not meet our minimum.",
        "4. Applicants must have scored {n} or better on USMLE Step 1.",
    ),
    "step1:none": ("No, we do not have a minimum Step 1 score.", "No Step 1 score threshold is used in screening.", "We do not set a floor for USMLE Step 1.", "Our program has no minimum USMLE Step 1 score requirement.", ),
    "step2:n": (
        "Applicants must have a USMLE Step 2 CK score ≥ {n}.",
        "A Step 2 CK of {n}+ is required to be reviewed.",
        "We require Step 2 CK scores of {n} or above.",
        "Only applicants who score {n} or higher on Step 2 CK are offered interviews.",
        "The Step 2 CK floor for interview consideration is {n}.",
    ),
    "step2:none": (
        "No, there is no Step 2 CK minimum.",
        "We have not established a minimum score for Step 2 CK.",
        "Applicants are reviewed regardless of their Step 2 CK score.",
        "There is no cutoff on USMLE Step 2 CK.",
        "Step 2 CK scores are not screened against any threshold.",
    ),
    "step2:pct": ("A Step 2 CK result in the {p}th percentile or higher is mandatory.", "We require Step 2 CK performance at the {p}th percentile or better.", "Our Step 2 CK floor is the {p}th percentile of national examinees.", ),
    "comlex:n": (
        "Osteopathic applicants must have a COMLEX Level 2-CE score ≥ {n}.",
        "A COMLEX-USA Level 2 CE score of {n}+ is required for DO applicants.",
        "COMLEX Level 2 scores of {n} or above are mandatory.",
        "DO candidates scoring under {n} on COMLEX Level 2-CE will not be considered.",
        "We require osteopathic graduates to score at least {n} on COMLEX Level 2.",
    ),
    "comlex:none": ("No, there is no minimum COMLEX score.", "We do not apply a COMLEX cutoff to DO applicants.", "COMLEX-USA scores are not held to any minimum.", "There is no COMLEX Level 2-CE score threshold.", ),
    "scores:both": (
        "Applicants must score ≥ {a} on Step 1 and ≥ {b} on Step 2 CK.",
        "We require a Step 1 score of {a}+ and a Step 2 CK score of {b}+.",
        "Step 1 must be {a} or above, and Step 2 CK must be {b} or above.",
        "Minimum USMLE scores are {a} (Step 1) and {b} (Step 2 CK).",
        "Applicants scoring below {a} on Step 1 or below {b} on Step 2 CK are not considered.",
    ),
    "attempt:yes": (
        "Every licensing examination must have been passed in a single attempt.",
        "Applicants with any failed USMLE attempt are not eligible.",
        "5. Applicants must have passed each Step of the USMLE on the first attempt.",
        "Only first-attempt passes on all licensing examinations are accepted.",
        "No, we do not consider applicants with multiple attempts on any USMLE Step.",
    ),
    "attempt:step2": ("A first-time pass on Step 2 CK is mandatory.", "Only applicants who passed Step 2 CK on their first attempt are considered.", "Multiple attempts on Step 2 CK are not accepted; it must be passed the first time.", ),
    "attempt:no": ("Yes, applicants with more than one USMLE attempt are considered.", "Applicants who needed two attempts to pass a Step remain eligible.", "First-attempt passes are not mandatory for our program.", "Candidates with multiple attempts on licensing exams are eligible to apply.", ),
    "yog:n": ("No more than {w} years may have elapsed since medical school graduation.", "Applicants must have graduated within the past {w} years.", "6. Applicants must be within {n} years of medical school graduation when they apply.", "Graduation from medical school within {n} years of the Match is mandatory.", ),
    "yog:none": (
        "No, there is no graduation-year limit.",
        "Applicants are considered regardless of when they graduated.",
        "We do not restrict eligibility by year of graduation.",
        "Time since graduation is not used to screen applicants.",
        "There is no cutoff for years since medical school graduation.",
    ),
    "positions:n": ("The residency matches {w} {noun} annually.", "Each year we take {w} {noun} through the Match.", "Our annual intake is {n} {noun}.", ),
    "positions:range": (
        "Each class has {a} or {b} residents.",
        "Our yearly class size ranges from {a} to {b} residents.",
        "We fill {a}–{b} categorical positions per year.",
        "{a}-{b} new residents start with us each July.",
        "We offer {a} to {b} PGY-1 positions annually.",
    ),
    "home:positions": (
        "Our department trains {n} {noun} per class.",
        "Each incoming class has {w} {noun}.",
        "We are a close-knit program of {n} {noun} per year.",
        "With {w} {noun} per year, our residency offers close mentorship.",
        "Our program takes {n} {noun} each year.",
    ),
    "total": (
        "In total the program has {n} residents across all PGY levels.",
        "Our residency has a complement of {n} trainees.",
        "There are {n} residents in the program at any one time.",
        "The department has {n} residency positions in all.",
        "Total residents: {n}.",
    ),
    "research_track": (
        "Yes, we offer a research track.",
        "Residents may apply to our physician-scientist track, which includes protected "
        "research time.",
        "A dedicated research year is built into our research pathway.",
        "The program offers an integrated research track for residents pursuing academic careers.",
        "Our department has a research-track position with protected research time.",
    ),
    "prelim": (
        "Preliminary positions offered: {n}.",
        "In addition, we take {w} preliminary-year {noun}.",
        "We also recruit {w} preliminary {noun} every year.",
        "Number of preliminary (PGY-1 only) positions: {n}.",
        "Our preliminary program accepts {n} {noun} annually.",
    ),
    "us_letters": ("Letters of recommendation from US physicians are mandatory.", "Two of your three letters are required to come from physicians who practice in the U.S.", "Yes, we require letters from U.S. physicians.", "7. Applicants must include letters of recommendation from U.S.-based physicians.", ),
    "trap:usce_pref": ("Applicants with hands-on USCE tend to be more competitive.", "Clinical experience in the US is a plus.", "Recent US clinical experience is viewed favorably.", "Candidates are encouraged to gain some clinical experience in the United States.", ),
    "trap:ecfmg_pref": ("Applicants who are already ECFMG certified are viewed favorably.", "It is advantageous to hold ECFMG certification early in the season.", "Ideally, IMGs will have completed ECFMG certification before applying.", "We encourage applicants to finish ECFMG certification as early as possible.", ),
    "trap:yog_pref": ("Applicants with a recent graduation date are given priority.", "Candidates close to graduation are generally more competitive.", "We look favorably on applicants who have graduated in the last few years.", "Recent graduates tend to be ranked more highly.", ),
    "trap:step2_average": (
        "Our most recent interns had an average Step 2 CK of {n}.",
        "The mean USMLE Step 2 CK score of our current PGY-1 class is {n}.",
        "Matched applicants in recent cycles averaged {n} on Step 2 CK.",
        "Interviewed candidates last season had a median Step 2 CK score of {n}.",
        "Step 2 CK scores among our residents average around {n}.",
    ),
    "trap:step1_average": (
        "Before pass/fail reporting, our residents' average Step 1 score was {n}.",
        "The average Step 1 score of our current residents is about {n}.",
        "Our incoming class had a mean USMLE Step 1 of {n}.",
        "Residents who matched here in past years scored {n} on Step 1 on average.",
        "Historically, successful applicants have had Step 1 scores near {n}.",
    ),
    "trap:letters_pref": (
        "Letters from physicians in the United States carry added weight.",
        "We recommend including a letter from a US physician.",
        "Letters from US-based physicians are valued.",
        "Applicants are encouraged to submit letters from American physicians.",
        "It helps to have a letter from a physician who has supervised you in the U.S.",
    ),
    "trap:interview_invites": (
        "We extend approximately {n} interview invitations each season.",
        "Last cycle, about {n} applicants were invited to interview.",
        "Roughly {n} candidates interview with us every year.",
        "Our program typically sends {n} interview offers.",
        "Around {n} applicants attend our virtual interview days each year.",
    ),
    "trap:applications_received": (
        "We receive well over {n} applications for each available position.",
        "Last season the program reviewed more than {n} applications per position.",
        "About {n} applications arrive through ERAS for every spot we offer.",
        "Each of our positions drew roughly {n} applications last year.",
        "The ratio of applications to positions was about {n} to one last cycle.",
    ),
    "trap:sister_program": (
        "The university's internal medicine residency, a separate program, sponsors H-1B visas.",
        "Our affiliated family medicine program accepts international medical graduates; "
        "please see its website for details.",
        "Other residencies at our hospital set their own score requirements.",
        "The transitional-year program at our partner hospital sets its own graduation-year limit.",
        "Questions about the pediatrics residency's eligibility rules should go to that "
        "program's coordinator.",
    ),
    "trap:visa_office": (
        "Questions about J-1 or H-1B visas should be sent to the GME office.",
        "For visa questions, please contact the Office of Graduate Medical Education.",
        "Visa paperwork is handled by the institution's international office.",
        "The GME office can explain the difference between J-1 and H-1B visas.",
        "Information on visa categories is available from ECFMG and from our GME office.",
    ),
    "trap:national_data": (
        "Nationally, most matched applicants pass Step 2 CK on the first attempt, according "
        "to NRMP data.",
        "NRMP Charting Outcomes reports score distributions for each specialty.",
        "Across all specialties, many programs report using Step 2 CK in screening.",
        "National Match data show that US clinical experience is common among matched IMGs.",
        "According to the NRMP, applicants in this specialty rank a median of a dozen programs.",
    ),
}

# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visa types we sponsor", "J1 (ECFMG-sponsored) only; no H-1B"),
    "visa:both": ("Visa types we sponsor", "J-1 and H1-B"),
    "visa:none": ("Visa types we sponsor", "None (no J-1 or H-1B)"),
    "visa:h1b_no": ("H-1B visa sponsorship", "No"),
    "img:yes": ("Foreign medical graduates considered", "Yes"),
    "img:no": ("Foreign medical graduates considered", "No"),
    "ecfmg": ("ECFMG certificate deadline", "Certified {by}"),
    "usce:months": ("Minimum US clinical experience", "{n} months"),
    "usce:zero": ("Minimum US clinical experience", "Not required"),
    "usce:unstated": ("Minimum US clinical experience", "Required (length not specified)"),
    "step1:n": ("USMLE Step 1 floor", "≥ {n}"),
    "step1:none": ("USMLE Step 1 floor", "No floor"),
    "step2:n": ("USMLE Step 2 CK floor", "{n}+"),
    "step2:none": ("USMLE Step 2 CK floor", "No floor"),
    "step2:pct": ("USMLE Step 2 CK floor", "{p}th percentile"),
    "comlex:n": ("COMLEX Level 2-CE floor", "{n} or above"),
    "comlex:none": ("COMLEX Level 2-CE floor", "No floor"),
    "scores:both": ("USMLE floors (Step 1 / Step 2 CK)", "{a} / {b}"),
    "attempt:yes": ("Pass on first attempt", "Required on every exam"),
    "attempt:step2": ("Pass on first attempt", "Step 2 CK only"),
    "yog:none": ("Years since graduation (maximum)", "No maximum"),

        "total": ("Total residents, all years", "{n}"),
    "us_letters": ("Letters from US physicians", "Required"),
    "trap:step2_average": ("Average Step 2 CK, current residents", "{n}"),
    "trap:interview_invites": ("Interview invitations per season", "About {n}"),
}

# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Will the program sponsor my visa?",
    "img": "Are foreign medical graduates considered?",
    "ecfmg": "By when do I need my ECFMG certificate?",
    "usce": "Do I need clinical experience in the United States?",
    "step1": "Do you screen by Step 1 score?",
    "step2": "What Step 2 CK score is needed to be reviewed?",
    "comlex": "How do you evaluate COMLEX scores?",
    "scores": "What are the minimum USMLE scores?",
    "attempt": "Are applicants with repeat exam attempts considered?",
    "yog": "Do you limit how long ago I graduated?",
    "positions": "How many residents do you recruit each year?",
    "total": "How many residents are in the program overall?",
    "research_track": "Do you have a research track?",
    "prelim": "Are preliminary positions available?",
    "us_letters": "Do I need letters from US physicians?",
    "trap": "What else should applicants know?",
}
