"""A thirty-third blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-27 by a blind helper session, from its own knowledge of how ordinary US
residency programs word their "Eligibility", "How to Apply" and "FAQ" pages. The voice is the
plain, everyday one of some thirty different program coordinators and webmasters (internal
medicine, general surgery, pediatrics, neurology, neurosurgery, psychiatry, family medicine),
each writing on their own with no single gimmick: short rules of one or two sentences, some
formal ("Applicants must ..."), some friendly ("You do not need ..."), some terse ("J-1 only; no
H-1B."), with the usual hedges and conditions ("we are unable to", "at this time", "for
applicants with a numeric Step 1 score", "preference is given to", "strongly encouraged"), and
the usual traps that settle nothing: averages and typical scores of matched residents, the
institution's other programs, ERAS and NRMP dates, fees, interview-season logistics and
preferences. It aims at what an applicant would most likely meet on a real page, not at a stress
test. All of it is invented demo data about no real program.

The author read only issue 11 (the fact contract: fact names and values, "preferences are not
requirements; averages of past applicants are not minimums"), ``demoweb/phrasings.py`` (the shape
of a set and the dev/held-out wordings, to avoid reusing them), ``demoweb/info.py`` (how a set is
drawn and rendered, the fields templates get, the truth values of ``demoweb.info._facts`` and
what a blind set must provide), ``tests/test_demoweb_info.py`` (the structural checks a blind
set must pass), the ``class_sizes`` field of ``demoweb/specialties.py`` and the first 70 lines of
``demoweb/phrasings_independent14.py`` (its docstring and the shape of ``ECFMG_BY`` and
``EXTRA_TRAPS``). The author did NOT read, grep, import or run the extraction rules
(``extract/``), their tests (``tests/test_facts*.py``, ``tests/facts_families.py``), ``bench/``
or any benchmark output, git log or diffs, or any other blind set
``demoweb/phrasings_independent*.py`` (nor the thirty-fourth, written at the same time by another
helper); did not run ``bench/facts.py`` or ``precedent facts``, and did not run the extractor on
any of these sentences: nothing here was tuned against the rules. It was checked only
structurally, by an ad-hoc script outside the repository: it imports; it has every claim of the
dev set with three to five distinct wordings each; every template and row formats with the
fields ``demoweb.info`` passes and uses only the fields the tests allow; no wording is a dev or
held-out one; no ECFMG deadline wording is inside another; no wording, row or deadline wording
is shared with another blind set (compared through ``demoweb.info.BLIND``, printing counts only,
and the colliding ones of this set reworded); and the value checks of
``tests/test_demoweb_info.py`` hold on pages rendered from this set (by monkeypatching
``demoweb.info`` in that script so held-out programs use it).
"""

from __future__ import annotations

NAME = "independent33"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "before our rank list is certified with the NRMP",
    "time of application": "at the time your ERAS application is submitted to us",
    "start of residency": "before your residency start date",
    "interview": "by the day of your interview with us",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": (
        "no later than the NRMP deadline for certifying rank lists",
        "by the time we submit our rank order list in the spring",
    ),
    "time of application": (
        "when you apply to our program through ERAS",
        "as of the date you send us your application",
    ),
    "start of residency": (
        "before the first day of intern orientation",
        "by the time residency begins in late June",
    ),
    "interview": (
        "before we can offer you an interview date",
        "prior to your interview day",
    ),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 6-12 for another program, else
# 60-150 (interview counts, minutes).
EXTRA_TRAPS = (
    ("trap:other_program", 0.25),
    ("trap:interviews", 0.3),
    ("trap:match_dates", 0.25),
    ("trap:fees", 0.2),
    ("trap:interview_day", 0.2),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "Our program sponsors J-1 visas only; H-1B sponsorship is not available.",
        "The only visa we sponsor is the ECFMG J-1. We do not offer H-1B visas to residents.",
        "International applicants who need a visa will be sponsored on a J-1; we are unable to sponsor H-1B visas.",
        "We can sponsor the J-1 clinical visa, but not the H-1B.",
        "J-1 only; no H-1B.",
    ),
    "visa:both": (
        "Our program will sponsor either a J-1 or an H-1B visa for residents who need one.",
        "Both J-1 and H-1B visa sponsorship are available through the GME office.",
        "We sponsor J-1 visas and, for applicants who have passed USMLE Step 3 in time, H-1B visas as well.",
        "Applicants who need H-1B or J-1 sponsorship are eligible to apply.",
        "H-1B visa sponsorship is offered in addition to the ECFMG J-1.",
    ),
    "visa:none": (
        "We are unable to sponsor visas of any type, including J-1 and H-1B.",
        "Our program does not sponsor J-1 or H-1B visas.",
        "At this time, we do not sponsor any visas for residents.",
        "Applicants must be eligible to work in the United States without visa sponsorship; we do not sponsor J-1 or H-1B visas.",
        "Unfortunately, the program cannot provide J-1 or H-1B visa sponsorship.",
    ),
    "visa:j1_yes": (
        "Our program sponsors the J-1 visa for international medical graduates.",
        "International graduates who need a J-1 visa are eligible for sponsorship through ECFMG.",
        "We will support residents who require J-1 visa sponsorship.",
        "Residents on J-1 visas are welcome; our GME office completes the ECFMG sponsorship paperwork.",
        "J-1 visa sponsorship is offered to eligible IMGs.",
    ),
    "visa:h1b_no": (
        "The program is not able to offer H-1B visa sponsorship at this time.",
        "Please note that our institution does not sponsor H-1B visas for residents.",
        "Our department is unable to sponsor H-1B visas.",
        "H-1B visa sponsorship is not available for this residency.",
        "Sorry, we cannot sponsor the H-1B.",
    ),
    "img:yes": (
        "We welcome applications from international medical graduates.",
        "IMGs are eligible to apply to our residency program.",
        "Graduates of international medical schools are considered on the same basis as U.S. graduates.",
        "International medical graduates are considered for all categorical positions in our program.",
        "Our program accepts applications from both U.S. and international medical graduates.",
    ),
    "img:no": (
        "We are not able to accept applications from international medical graduates.",
        "Applicants must graduate from a U.S. MD or DO school; international graduates are not eligible.",
        "Our program does not consider IMGs at this time.",
        "At this time, we only accept graduates of U.S. allopathic and osteopathic medical schools.",
        "We are unable to consider applicants who attended medical school outside the United States.",
    ),
    "ecfmg": (
        "International graduates must be certified by the ECFMG {by}.",
        "International medical graduates need a valid ECFMG certificate {by}.",
        "Your ECFMG certification has to be complete {by}.",
        "Our program requires ECFMG certification {by}.",
        "International applicants will need their ECFMG certificate {by}.",
    ),
    "usce:months": (
        "Applicants must have at least {n} months of hands-on patient care in the United States.",
        "A minimum of {w} months of U.S. clinical experience (hands-on, not observerships) is required.",
        "We require {n} or more months of recent U.S. clinical experience.",
        "International applicants need at least {n} months of USCE to be considered.",
        "You must have completed a minimum of {n} months of clinical work in a U.S. hospital.",
    ),
    "usce:zero": (
        "U.S. clinical experience is not a requirement for our program.",
        "Our program does not require applicants to have U.S. clinical experience.",
        "You do not need U.S. clinical experience to apply.",
        "Applicants without U.S. clinical experience are still eligible; it is not required.",
        "Having USCE is not required to be considered for an interview.",
    ),
    "usce:unstated": (
        "Applicants must have some clinical experience in the United States.",
        "Hands-on U.S. clinical experience is required of every IMG who applies.",
        "Prior clinical experience in a U.S. health care setting is a requirement.",
        "We require U.S. clinical experience; observerships alone do not meet this requirement.",
        "All international applicants must have completed U.S. clinical experience before applying.",
    ),
    "step1:n": (
        "Applicants need a USMLE Step 1 score of {n} or above to be considered.",
        "We only review applications with a Step 1 score of {n} or higher.",
        "The program's minimum Step 1 score is {n}.",
        "For applicants with a numeric Step 1 score, the minimum is {n}.",
        "Applications with a Step 1 score below {n} will not be considered.",
    ),
    "step1:none": (
        "We do not have a minimum Step 1 score.",
        "There is no Step 1 cutoff for our program.",
        "Step 1 is reviewed as pass/fail, and we do not apply a minimum score.",
        "No minimum USMLE Step 1 score is required for our program.",
        "We have not set a Step 1 score threshold.",
    ),
    "step2:n": (
        "Applicants must have a Step 2 CK score of {n} or higher.",
        "The program's minimum Step 2 CK score is {n}.",
        "We require a USMLE Step 2 CK score of at least {n} to be considered for an interview.",
        "Applications with a Step 2 CK score under {n} will not be reviewed.",
        "Step 2 CK: minimum score of {n}.",
    ),
    "step2:none": (
        "We do not use a minimum Step 2 CK score.",
        "There is no Step 2 CK score cutoff.",
        "No minimum Step 2 CK score is needed to apply.",
        "We have no set minimum for Step 2 CK; applications are reviewed holistically.",
        "Our program does not screen applicants by Step 2 CK score.",
    ),
    "step2:pct": (
        "Applicants must have a Step 2 CK score at or above the {p}th percentile.",
        "We require a Step 2 CK score at or above the {p}th percentile nationally.",
        "Your Step 2 CK score must be at the {p}th percentile or higher.",
        "Applicants scoring below the {p}th percentile on Step 2 CK will not be considered.",
        "Our Step 2 CK cutoff is the {p}th percentile.",
    ),
    "comlex:n": (
        "DO applicants must have a COMLEX Level 2-CE score of {n} or higher.",
        "Osteopathic applicants need a minimum COMLEX Level 2-CE score of {n}.",
        "We require a COMLEX Level 2-CE score of at least {n} for DO applicants.",
        "The minimum COMLEX-USA Level 2-CE score we accept is {n}.",
        "For DO applicants, COMLEX Level 2-CE scores below {n} will not be considered.",
    ),
    "comlex:none": (
        "We do not set a minimum COMLEX score for DO applicants.",
        "DO applicants may submit COMLEX scores; there is no minimum.",
        "No minimum COMLEX Level 2-CE score is required of DO applicants.",
        "COMLEX scores are accepted with no minimum score requirement.",
        "There is no COMLEX score cutoff for our osteopathic applicants.",
    ),
    "scores:both": (
        "Minimum requirements are a Step 1 score of {a} and a Step 2 CK score of {b}.",
        "Applicants must have scored at least {a} on Step 1 and at least {b} on Step 2 CK to be reviewed.",
        "We require USMLE scores of {a} or above on Step 1 and {b} or above on Step 2 CK.",
        "Our score minimums: Step 1, {a}; Step 2 CK, {b}.",
        "USMLE Step 1 of at least {a} and Step 2 CK of at least {b} are required.",
    ),
    "attempt:yes": (
        "Applicants must have passed all USMLE exams on the first attempt.",
        "We do not consider applicants with any failed attempts on USMLE or COMLEX.",
        "Passing each Step on the first try is required.",
        "Applicants with a failure on any USMLE Step are not eligible.",
        "Only applicants who passed every board exam on the first attempt will be considered.",
    ),
    "attempt:step2": (
        "Step 2 CK must be passed on the first try.",
        "We require a first-time passing score on Step 2 CK.",
        "To be eligible, applicants must have passed Step 2 CK on their first attempt.",
        "Step 2 CK must be passed on the first attempt; a prior Step 1 failure is reviewed case by case.",
        "Only first-attempt passes on Step 2 CK are accepted.",
    ),
    "attempt:no": (
        "Applicants with more than one attempt on USMLE are still considered.",
        "A failed attempt on a Step exam does not automatically rule you out.",
        "We will review applications from candidates who needed more than one attempt to pass.",
        "Multiple attempts on USMLE do not disqualify an applicant, though we ask that you address them in your personal statement.",
        "We do not require passing on the first attempt; each application is reviewed as a whole.",
    ),
    "yog:n": (
        "Applicants must have graduated from medical school within the past {n} years.",
        "We consider applicants who graduated no more than {n} years ago.",
        "Graduation from medical school must have been within {w} years of the start of residency.",
        "Candidates who are more than {n} years out of medical school are not eligible to apply.",
        "We accept applicants up to {n} years after graduation.",
    ),
    "yog:none": (
        "We do not have a limit on year of graduation.",
        "All applicants are considered regardless of the year they graduated.",
        "Year of graduation does not affect eligibility; there is no cutoff.",
        "We do not restrict applications based on when you graduated.",
        "There is no time limit on how long ago you graduated.",
    ),
    "positions:n": (
        "We accept {n} categorical {noun} each year.",
        "Our program matches {n} {noun} per year.",
        "The incoming PGY-1 class is {n} {noun}.",
        "We recruit {n} categorical {noun} annually.",
        "Each year, {w} {noun} join the program through the Match.",
    ),
    "positions:range": (
        "Each year we fill {a} or {b} categorical positions.",
        "Our class size ranges from {a} to {b} residents each year.",
        "We match between {a} and {b} interns annually.",
        "Depending on funding, {a}-{b} categorical positions are offered each year.",
        "We usually take {a} to {b} new residents per year.",
    ),
    "home:positions": (
        "We welcome {n} new {noun} each June.",
        "Each class has {n} {noun}.",
        "{W} {noun} start with us every year.",
        "The program trains {n} {noun} per class in a supportive, community-focused setting.",
        "Our program takes {n} {noun} a year, so you will get to know everyone.",
    ),
    "total": (
        "There are currently {n} residents in the program.",
        "Our program has a total of {n} residents across all PGY levels.",
        "We have {n} residents in total.",
        "The residency currently has {n} residents across all training years.",
        "Altogether, {n} residents are training in our program right now.",
    ),
    "research_track": (
        "Residents interested in research may apply to our research track.",
        "We offer a research pathway with protected research time.",
        "A dedicated research track is available to interested residents.",
        "Our program includes an optional research track for residents pursuing academic careers.",
        "Applicants may apply to the research track, which has its own NRMP code.",
    ),
    "prelim": (
        "We also offer preliminary positions ({n} per year).",
        "In addition, we match {n} preliminary {noun} each year.",
        "Our PGY-1 class also includes {w} preliminary {noun}.",
        "Preliminary positions are also available; we take {n} each year.",
        "The number of preliminary positions offered each year is {n}.",
    ),
    "us_letters": (
        "We require at least two letters of recommendation from physicians who practice in the U.S.",
        "At least one letter must come from a U.S. physician who has supervised you clinically.",
        "Your letters of recommendation must include at least one from a U.S.-licensed physician.",
        "IMG applicants are required to submit letters from physicians in the United States.",
        "At least two of your letters must be from U.S. faculty.",
    ),
    "trap:usce_pref": (
        "Applicants who have U.S. clinical experience are given preference in screening.",
        "We strongly encourage applicants to have hands-on clinical experience in the United States.",
        "Prior U.S. clinical experience is highly recommended.",
        "Preference is given to candidates with recent clinical experience in U.S. hospitals.",
        "It helps to have some U.S. clinical experience.",
    ),
    "trap:ecfmg_pref": (
        "Preference is given to applicants who are already ECFMG certified when they apply.",
        "We strongly encourage international applicants to be ECFMG certified before applying.",
        "Having your ECFMG certificate in hand early makes you a stronger applicant.",
        "ECFMG certification at the time you apply is a plus.",
        "Candidates who are ECFMG certified are viewed favorably.",
    ),
    "trap:yog_pref": (
        "We prefer applicants who graduated recently.",
        "Preference is given to recent medical school graduates.",
        "Candidates who have graduated within the last few years are preferred.",
        "Recent clinical activity is important; applicants who graduated some time ago should explain any gaps.",
        "A recent graduation date is viewed favorably.",
    ),
    "trap:step2_average": (
        "Our residents' average Step 2 CK score last year was {n}.",
        "Last year's matched class had an average Step 2 CK of {n}.",
        "Most of the applicants we interviewed scored around {n} on Step 2 CK.",
        "For reference, the mean Step 2 CK score of our incoming class was {n}.",
        "Successful applicants have usually had Step 2 CK scores of {n} or above.",
    ),
    "trap:step1_average": (
        "The average Step 1 score of our residents was {n} before Step 1 went pass/fail.",
        "Our matched applicants averaged {n} on Step 1.",
        "Recent classes have had a median Step 1 score of {n}.",
        "The mean USMLE Step 1 score of our current residents is {n}.",
        "Historically, our interns scored around {n} on Step 1.",
    ),
    "trap:letters_pref": (
        "We prefer at least one letter from a physician who has worked with you in the U.S.",
        "Letters from U.S. faculty carry more weight with our selection committee.",
        "If possible, include a letter from a U.S. physician who supervised you.",
        "Letters from American physicians are strongly encouraged.",
        "U.S. letters of recommendation are valued.",
    ),
    "trap:other_program": (
        "The hospital's transitional year program, which is separate from ours, offers {n} positions.",
        "Our affiliated family medicine residency at the community campus takes {n} residents a year and has its own ERAS listing.",
        "The medical center sponsors {n} ACGME-accredited fellowships in addition to this residency.",
        "Our sister program in the same health system matches {n} interns each year; please apply to it separately.",
        "The institution as a whole trains residents in {n} different specialties.",
    ),
    "trap:interviews": (
        "We typically interview about {n} applicants per season.",
        "Approximately {n} candidates are invited to interview.",
        "Last year we held {n} interviews for our positions.",
        "Interview invitations go out to roughly {n} applicants.",
        "We conducted {n} virtual interviews during the last cycle.",
    ),
    "trap:match_dates": (
        "We begin reviewing applications as soon as ERAS releases them to programs in late September.",
        "Rank order lists are due to the NRMP in early March.",
        "Match Day results are released in March through the NRMP.",
        "Please register for the NRMP Match early, since the registration deadline comes before ranking opens.",
        "Applications received after November 1 may not be reviewed.",
    ),
    "trap:fees": (
        "There is no application fee beyond the fees charged by ERAS.",
        "ERAS fees are set by the AAMC; our program does not charge an additional fee.",
        "We do not charge applicants for interviews.",
        "Applicants are responsible for their own ERAS and NRMP fees.",
        "The AAMC sets the ERAS fee schedule each season.",
    ),
    "trap:interview_day": (
        "All interviews are held virtually from October through January.",
        "Interview day includes a {n}-minute virtual session with current residents.",
        "Interview invitations are sent by email, and you can schedule through Thalamus.",
        "Each applicant spends about {n} minutes in one-on-one faculty interviews.",
        "An optional in-person second look is offered after interviews end; it does not affect your ranking.",
    ),
}
# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visa sponsorship offered", "J-1 only (no H-1B)"),
    "visa:both": ("Visa sponsorship offered", "J-1 and H-1B both sponsored"),
    "visa:none": ("Visa sponsorship offered", "None (no J-1 or H-1B)"),
    "img:yes": ("IMGs eligible to apply", "Yes"),
    "img:no": ("IMGs eligible to apply", "No"),
    "ecfmg": ("ECFMG certification deadline (IMGs)", "Certified {by}"),
    "usce:months": ("U.S. clinical experience needed before applying", "{n} months"),
    "usce:zero": ("U.S. clinical experience needed before applying", "Not required"),
    "usce:unstated": ("U.S. clinical experience needed before applying", "Required (no set length)"),
    "step1:n": ("Step 1 minimum score", "{n}"),
    "step1:none": ("Step 1 minimum score", "No minimum"),
    "step2:n": ("Step 2 CK minimum score", "{n}"),
    "step2:none": ("Step 2 CK minimum score", "No minimum"),
    "step2:pct": ("Step 2 CK minimum score", "{p}th percentile"),
    "comlex:n": ("COMLEX Level 2-CE minimum score", "{n}"),
    "comlex:none": ("COMLEX Level 2-CE minimum score", "No minimum"),
    "scores:both": ("USMLE score minimums", "Step 1 {a} / Step 2 CK {b}"),
    "attempt:yes": ("Must pass boards on first attempt", "Yes, on all Steps"),
    "attempt:step2": ("Must pass boards on first attempt", "Step 2 CK only"),
    "attempt:no": ("Must pass boards on first attempt", "No"),
    "yog:n": ("Graduation cutoff (years)", "{n}"),
    "yog:none": ("Graduation cutoff (years)", "No limit"),
    "positions:n": ("Categorical spots in the Match, per year", "{n}"),
    "positions:range": ("Categorical spots in the Match, per year", "{a} to {b}"),
    "total": ("Total residents in program", "{n}"),
    "prelim": ("Preliminary PGY-1 positions", "{n}"),
    "trap:step2_average": ("Average Step 2 CK (current residents)", "{n}"),
    "trap:interviews": ("Interviews offered last season", "{n}"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Does the program sponsor visas for international applicants?",
    "img": "Are international medical graduates eligible to apply?",
    "ecfmg": "By when do I need to be ECFMG certified?",
    "usce": "Do I need clinical experience in the United States?",
    "step1": "Do you have a Step 1 score requirement?",
    "step2": "What Step 2 CK score do you look for?",
    "comlex": "I am a DO student. Do you take COMLEX?",
    "scores": "What are the minimum board scores?",
    "attempt": "I failed a Step. Can I still apply?",
    "yog": "Is there a cutoff for how long ago I graduated?",
    "positions": "How many residents do you match each year?",
    "total": "How many residents are in the program right now?",
    "research_track": "Are there research opportunities for residents?",
    "prelim": "Do you have preliminary positions?",
    "us_letters": "Do any of my letters need to be from U.S. physicians?",
    "trap": "What makes an applicant competitive for your program?",
}
# fmt: on
