"""A thirty-seventh blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-27 by a blind helper session, from its own knowledge of how real US residency
programs word their eligibility and application facts. The voice is the plain, ordinary one of
mid-size university and university-affiliated programs in pediatrics, psychiatry, emergency
medicine, neurology, obstetrics and gynecology and anesthesiology: their "Eligibility", "How to
Apply", "Selection Criteria" and "FAQ" pages as each program's own coordinator would write them,
with no single gimmick. Each rule takes one or two sentences, some formal, some friendly, some
terse; the usual hedges and conditions ("we are unable to", "at this time", "case by case",
"preference is given to", "strongly encouraged"); and the usual traps that settle nothing:
averages and ranges of matched residents, the department's fellowships, ERAS and NRMP dates,
away rotations and SLOEs that are recommended, fees, interview-day logistics, wellness and
benefits. It aims at what an applicant would most likely meet on a real page, not at a stress
test. All of it is invented demo data about no real program.

The author read only issue 11 (``/tmp/share/issue11.md``: the fact contract, fact names and values,
"preferences are not requirements; averages of past applicants are not minimums"),
``demoweb/phrasings.py`` (the shape of a set and the dev/held-out wordings, to avoid reusing them),
``demoweb/info.py`` (how a set is drawn and rendered, the fields templates get, the truth values of
``demoweb.info._facts``), ``tests/test_demoweb_info.py`` (the structural checks a blind set must
pass), the ``class_sizes`` field of ``demoweb/specialties.py`` and the first 70 lines of
``demoweb/phrasings_independent14.py`` (its docstring and the shape of ``ECFMG_BY`` and
``EXTRA_TRAPS``; by a slip, also lines 71-80, the start of its table: its five ``visa:j1_only``
wordings, seen before this set was written and not copied). The author did NOT read, grep, import
or run the extraction rules (``extract/``), their tests (``tests/test_facts*.py``,
``tests/facts_families.py``), ``bench/`` or any benchmark output, git log or diffs, or any other
blind set (nor the thirty-eighth, written at the same time by another helper); did not run
``bench/facts.py`` or ``precedent facts``, and did not run the extractor on any of these sentences:
nothing here was tuned against the rules. It was checked only structurally, by an ad-hoc script
outside the repository: it imports, has every claim of the dev set with three to five distinct
wordings (4.8 on average), every template and row formats with the fields ``demoweb.info`` passes
and uses only the fields the tests allow, no ECFMG deadline wording is inside another, no wording
is a dev or held-out one, no wording, row or deadline is shared with another blind set (compared by
counts only, through ``demoweb.info.BLIND``, without reading their text), and the value checks of
``tests/test_demoweb_info.py`` hold on pages rendered from this set (by monkeypatching
``demoweb.info`` in that script so that held-out programs use it). Wordings, rows and deadlines
that first collided with another blind set's (34, 20 and 3, counted without reading them) were
reworded; the thirty-eighth set, not yet wired into ``demoweb.info``, was not compared.
"""

from __future__ import annotations

NAME = "independent37"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "before the NRMP deadline for rank lists",
    "time of application": "on the day your ERAS application reaches our program",
    "start of residency": "before you begin residency on July 1",
    "interview": "before we can extend an interview invitation",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": (
        "by the time our rank order list is submitted in February",
        "in time for us to include you on our rank list",
    ),
    "time of application": (
        "when your application is sent through ERAS",
        "as of the day you apply",
    ),
    "start of residency": (
        "by the first day of PGY-1 orientation",
        "no later than the residency start date",
    ),
    "interview": (
        "before your scheduled interview day with our faculty",
        "in order to be offered an interview",
    ),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 6-12 for another program, else
# 60-150 (used here for the number of applicants interviewed).
EXTRA_TRAPS = (
    ("trap:other_program", 0.2),
    ("trap:interviews", 0.2),
    ("trap:score_range", 0.2),
    ("trap:away_rotations", 0.2),
    ("trap:match_dates", 0.2),
    ("trap:fees", 0.15),
    ("trap:interview_day", 0.2),
    ("trap:benefits", 0.15),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "Our program sponsors the J-1 visa through ECFMG; we are unable to sponsor H-1B visas at this time.",
        "For applicants who need a visa, the J-1 is the only one our institution sponsors.",
        "The department supports J-1 visas for residents, but H-1B sponsorship is not an option.",
        "Visa sponsorship is available for the J-1 only, and we do not offer the H-1B.",
        "We can sponsor a J-1 visa for matched residents; please note that we do not sponsor H-1B visas.",
    ),
    "visa:both": (
        "Our GME office sponsors both the J-1 and the H-1B for eligible residents.",
        "We can sponsor either a J-1 or an H-1B visa, depending on the applicant's eligibility.",
        "Both J-1 (through ECFMG) and H-1B visas are sponsored by our institution.",
        "International applicants may train with us on a J-1 or an H-1B; the hospital sponsors both.",
        "H-1B sponsorship is available for applicants who have passed Step 3 before ranking, and J-1 sponsorship is also available.",
    ),
    "visa:none": (
        "At this time, our program is unable to sponsor any visas.",
        "We do not sponsor J-1 or H-1B visas, so applicants must already be authorized to work in the United States.",
        "Applicants must be US citizens or permanent residents, as the department does not provide visa sponsorship.",
        "Unfortunately, we are not able to sponsor visas for residents.",
        "Visa sponsorship of any kind is not available in our program.",
    ),
    "visa:j1_yes": (
        "We sponsor residents on the ECFMG J-1 visa.",
        "J-1 visa sponsorship is offered to eligible residents.",
        "Our program sponsors J-1 visas for residents who qualify.",
        "We will sponsor a J-1 visa for matched applicants who need one.",
        "The institution sponsors the J-1 exchange visitor visa for residents.",
    ),
    "visa:h1b_no": (
        "We are unable to sponsor H-1B visas at this time.",
        "Our institution does not support H-1B visa applications for residents.",
        "Please note that H-1B sponsorship is not available.",
        "Our hospital does not file H-1B petitions on behalf of incoming residents.",
        "We regret that we cannot sponsor H-1B visas.",
    ),
    "img:yes": (
        "We are happy to receive applications from international medical graduates.",
        "International medical graduates are eligible to apply and are considered alongside US graduates.",
        "IMGs are welcome to apply to our program.",
        "Graduates of international medical schools are considered on the same basis as US graduates.",
        "We consider applicants from both US and international medical schools.",
    ),
    "img:no": (
        "At this time we are unable to consider international medical graduates.",
        "We only accept applications from graduates of LCME- or AOA-accredited US medical schools.",
        "Our program does not accept IMGs.",
        "Unfortunately, we are not able to accept applications from graduates of foreign medical schools.",
        "International medical graduates are not eligible for our program at this time.",
    ),
    "ecfmg": (
        "Graduates of medical schools outside the US will need full ECFMG certification {by}.",
        "Your ECFMG certification needs to be complete {by}.",
        "IMG applicants need to have their ECFMG certificate {by}.",
        "For IMGs, a valid ECFMG certificate is required {by}.",
        "If you graduated from a medical school outside the US or Canada, you must hold ECFMG certification {by}.",
    ),
    "usce:months": (
        "We require a minimum of {w} months of US clinical experience (hands-on rotations, not observerships).",
        "At least {n} months of clinical experience in a US hospital is required to apply.",
        "IMG applicants must have {n} or more months of US clinical experience.",
        "{W} months of hands-on clinical work in the United States is the minimum we require.",
        "You must have completed {n} months of US clinical experience to be considered.",
    ),
    "usce:zero": (
        "US clinical experience is not required, but it is strongly encouraged.",
        "We do not require clinical experience in the US to apply.",
        "Previous hands-on experience in a US hospital is not required.",
        "There is no US clinical experience requirement.",
        "Applicants are not required to have completed clinical rotations in the US.",
    ),
    "usce:unstated": (
        "Applicants must have hands-on clinical experience in the US.",
        "US clinical experience is required for all international graduates.",
        "Prior clinical experience in a US health care setting is a requirement.",
        "IMGs must have completed clinical rotations in the US before applying.",
        "Hands-on US clinical experience (not an observership) is required.",
    ),
    "step1:n": (
        "For applicants with a three-digit Step 1 score, we require a minimum of {n}.",
        "Our minimum for Step 1 is a score of {n}.",
        "A Step 1 score of {n} or above is needed to be considered for an interview.",
        "We are unable to consider applicants with a Step 1 score below {n}.",
        "USMLE Step 1: minimum score of {n} (if taken before pass/fail reporting).",
    ),
    "step1:none": (
        "Our department has not set any minimum Step 1 score for applicants.",
        "Our program has no Step 1 score cutoff at this time.",
        "Step 1 is reviewed as pass/fail, and we do not set a minimum score.",
        "No minimum Step 1 score is required to apply.",
        "We don't screen applications by Step 1 score, and there is no cutoff.",
    ),
    "step2:n": (
        "The minimum Step 2 CK score we consider is {n}.",
        "Applicants need a USMLE Step 2 CK score of {n} or higher.",
        "We require a Step 2 CK score of at least {n} to offer an interview.",
        "Step 2 CK scores below {n} do not meet our minimum.",
        "The Step 2 CK minimum for our program is {n}.",
    ),
    "step2:none": (
        "We have not set a minimum Step 2 CK score.",
        "There is no Step 2 CK cutoff; we review every application in full.",
        "No minimum Step 2 CK score is required.",
        "We do not filter applications by Step 2 CK, and there is no score cutoff.",
        "Our program has no set Step 2 CK minimum.",
    ),
    "step2:pct": (
        "Your Step 2 CK score must fall at or above the {p}th percentile to be considered.",
        "We require applicants to be at or above the {p}th percentile on Step 2 CK.",
        "Applicants scoring below the {p}th percentile on Step 2 CK are not considered.",
        "Our minimum for Step 2 CK is the {p}th percentile of US test takers.",
        "A Step 2 CK result at the {p}th percentile or higher is needed to apply.",
    ),
    "comlex:n": (
        "DO applicants need a COMLEX Level 2-CE score of at least {n}.",
        "The minimum COMLEX Level 2-CE score we accept is {n}.",
        "For osteopathic applicants, we require a minimum COMLEX Level 2 score of {n}.",
        "COMLEX Level 2-CE scores below {n} will not be considered.",
        "COMLEX is accepted in place of USMLE; the minimum Level 2-CE score is {n}.",
    ),
    "comlex:none": (
        "We have not set a minimum COMLEX score for DO applicants.",
        "There is no COMLEX score cutoff for DO applicants.",
        "COMLEX is accepted in place of USMLE, and no minimum score is set.",
        "No minimum COMLEX Level 2-CE score is needed to apply.",
        "DO applicants are not held to a COMLEX cutoff.",
    ),
    "scores:both": (
        "Minimum scores are {a} on Step 1 and {b} on Step 2 CK.",
        "To receive an interview, applicants need a Step 1 of {a} or better and a Step 2 CK of {b} or better.",
        "Applicants must have scored {a} or higher on Step 1 and {b} or higher on Step 2 CK.",
        "To be considered, you need at least {a} on USMLE Step 1 and {b} on Step 2 CK.",
        "Minimum USMLE scores for our program are {a} (Step 1) and {b} (Step 2 CK).",
    ),
    "attempt:yes": (
        "We require first-attempt passes on all USMLE or COMLEX exams.",
        "Applicants with a failed attempt on any board exam are not considered.",
        "We are unable to consider applicants who did not pass each USMLE Step on the first try.",
        "Each licensing exam you have taken must have been passed on the first attempt.",
        "Only applicants who passed every USMLE Step on their first attempt will be offered interviews.",
    ),
    "attempt:step2": (
        "Step 2 CK needs to be passed on the first try.",
        "We require a first-attempt pass on Step 2 CK.",
        "We only consider applicants who passed Step 2 CK on their first attempt.",
        "A single failed attempt on Step 2 CK will exclude an application.",
        "Step 1 failures are reviewed case by case, but Step 2 CK must be passed on the first attempt.",
    ),
    "attempt:no": (
        "Applicants with more than one attempt on a USMLE exam are reviewed case by case.",
        "A previous exam failure does not by itself rule you out.",
        "We do consider applicants who needed more than one attempt to pass a Step.",
        "Passing on the first attempt is not required, although we will ask you to explain any failure.",
        "An exam that took more than one try to pass is not an automatic rejection.",
    ),
    "yog:n": (
        "Applicants need to have finished medical school in the past {n} years.",
        "We consider applicants who are no more than {n} years out of medical school.",
        "If you graduated more than {w} years ago, you are not eligible for our program.",
        "Medical school graduation must fall within {n} years of the residency start date.",
        "We accept graduates from the last {n} years only.",
    ),
    "yog:none": (
        "We have no cutoff for year of graduation.",
        "We do not have a time limit since graduation.",
        "Applicants are considered regardless of their graduation year.",
        "There is no limit on how long ago you graduated, though recent clinical activity is important.",
        "We do not apply a graduation-date cutoff.",
    ),
    "positions:n": (
        "We match {n} {noun} each year through the NRMP.",
        "Each class has {n} categorical {noun}.",
        "We offer {n} categorical positions in the Match each year.",
        "Each year we take {w} {noun} into the PGY-1 class.",
        "We recruit {n} {noun} per year.",
    ),
    "positions:range": (
        "We match between {a} and {b} residents each year.",
        "Our class size is {a} to {b} residents per year.",
        "Each year we fill {a} or {b} positions, depending on funding.",
        "We typically recruit {a}-{b} interns per year.",
        "There are {a} to {b} PGY-1 positions each year.",
    ),
    "home:positions": (
        "Each year we welcome {n} new {noun} to our program.",
        "Our program trains {w} {noun} per class in a supportive, close-knit setting.",
        "With {n} {noun} in each class, our residents get to know every faculty member.",
        "We are a mid-sized program that matches {n} {noun} a year.",
        "{W} {noun} join our department each July.",
    ),
    "total": (
        "Counting all years, our program has {n} residents.",
        "Our program currently has {n} residents.",
        "We have a total of {n} residents in all years of training.",
        "All told, {n} residents train in our program.",
        "Residents in the program, all years combined: {n}.",
    ),
    "research_track": (
        "Residents interested in academic careers can apply to our research track.",
        "We offer a research track with protected time in the later years of training.",
        "A physician-scientist track is available for residents with significant research experience.",
        "Our program has a dedicated research pathway for interested residents.",
        "Residents may choose a research track, which includes mentored scholarly time.",
    ),
    "prelim": (
        "Number of preliminary positions we offer each year: {n}.",
        "The program also matches preliminary interns (currently {n} per year) through a separate NRMP code.",
        "In addition to our categorical residents, we take {n} preliminary {noun} each year.",
        "We offer preliminary-year training for {n} {noun} annually.",
        "Our preliminary track has {n} {noun} per year.",
    ),
    "us_letters": (
        "At least one letter of recommendation must be from a physician practicing in the US.",
        "We require letters from US physicians who have supervised you clinically.",
        "Two of your three letters must be written by US faculty.",
        "Letters of recommendation must include at least one from a physician in the United States.",
        "IMG applicants must submit at least two letters from physicians in the United States.",
    ),
    "trap:usce_pref": (
        "US clinical experience is strongly encouraged.",
        "Preference is given to applicants with hands-on clinical experience in the US.",
        "Applicants with US clinical rotations tend to be more competitive.",
        "Clinical experience in a US setting is a plus.",
        "Having US clinical experience will strengthen your application.",
    ),
    "trap:ecfmg_pref": (
        "We prefer that IMG applicants be ECFMG certified when they apply.",
        "Applicants who already hold their ECFMG certificate are given preference in our review.",
        "Having your ECFMG certificate in hand early is strongly encouraged.",
        "It helps if your ECFMG certification is complete before interview season.",
        "Preference is given to candidates who are ECFMG certified at the time of ranking.",
    ),
    "trap:yog_pref": (
        "Preference is given to applicants who are recent graduates.",
        "We favor applicants who graduated within the last few years.",
        "Applicants who have recently graduated are more competitive.",
        "Recent clinical activity is important to us, and recent graduates are preferred.",
        "We generally prefer applicants who are recent graduates or have stayed clinically active.",
    ),
    "trap:step2_average": (
        "Our current residents averaged {n} on Step 2 CK.",
        "Last year's matched class had a mean Step 2 CK of {n}.",
        "Most of our interns scored around {n} on Step 2 CK.",
        "For reference, the median Step 2 CK score among our recent interviewees was {n}.",
        "Residents in our program have an average Step 2 CK score of {n}, but we look at the whole application.",
    ),
    "trap:step1_average": (
        "The average Step 1 score of our residents (before pass/fail) was {n}.",
        "Our incoming classes have averaged {n} on Step 1 in recent years.",
        "Matched residents have had Step 1 scores averaging around {n}.",
        "Historically, the mean Step 1 score among our residents has been {n}.",
        "For those with numeric scores, our residents' Step 1 average is {n}.",
    ),
    "trap:letters_pref": (
        "Letters from US faculty are strongly encouraged.",
        "We prefer at least one letter from a physician who has worked with you in the US.",
        "Letters from US physicians carry more weight in our review.",
        "Preference is given to applicants with letters from US clinical supervisors.",
        "A letter from a US physician in the specialty is recommended.",
    ),
    # Traps only this set has.
    "trap:other_program": (
        "The department also sponsors {n} fellowship programs.",
        "Our department trains {n} fellows each year across its subspecialty fellowships.",
        "Beyond the residency, the department offers {n} fellowship positions each year.",
        "Residents have access to the department's {n} fellowship programs for mentorship and electives.",
    ),
    "trap:interviews": (
        "Our faculty usually meet with roughly {n} applicants over the interview season.",
        "Last year we offered {n} interviews.",
        "Around {n} candidates are invited to interview each year.",
        "We typically interview {n} applicants for our categorical positions.",
    ),
    "trap:score_range": (
        "Step 2 CK scores among our current residents range from the low 220s to the mid 260s.",
        "Our matched residents have a wide range of board scores, and no single number decides an interview.",
        "Recent interns' Step 2 CK scores have ranged from 224 to 261.",
        "Board scores of our residents vary widely; many matched with scores below our class average.",
    ),
    "trap:away_rotations": (
        "An away rotation with us is welcome but is not necessary to receive an interview.",
        "Students are encouraged to complete an away rotation in the specialty before applying.",
        "SLOEs from away rotations are strongly recommended for emergency medicine applicants.",
        "Visiting student rotations can be requested through VSLO from April onward.",
    ),
    "trap:match_dates": (
        "We begin reviewing applications when ERAS opens to programs in late September.",
        "Interview invitations go out on a rolling basis from October through December.",
        "Our rank list is certified with the NRMP in late February.",
        "Match Day results are released by the NRMP in March.",
    ),
    "trap:fees": (
        "There is no fee to apply to us beyond the standard ERAS charges.",
        "We do not charge a separate application fee.",
        "ERAS application fees are set by the AAMC and depend on how many programs you apply to.",
        "Applicants are responsible for their own ERAS and NRMP registration fees.",
    ),
    "trap:interview_day": (
        "All interviews are held virtually on Tuesdays and Thursdays from November through January.",
        "Interview days include a resident-hosted social the evening before.",
        "Each interview day includes meetings with the program director and two faculty members.",
        "Interviews run from 8:00 a.m. to about 1:00 p.m. Central time.",
    ),
    "trap:benefits": (
        "Residents receive four weeks of paid vacation and an annual education stipend.",
        "Our wellness program includes protected wellness half-days and free counseling services.",
        "Salary and benefits are set by the GME office and are the same for all residents.",
        "Residents receive health, dental and vision insurance starting on their first day.",
    ),
}
# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visas we sponsor", "J-1 only; H-1B not sponsored"),
    "visa:both": ("Visas we sponsor", "J-1 and H-1B both sponsored"),
    "visa:none": ("Visas we sponsor", "None at this time"),
    "visa:h1b_no": ("H-1B sponsorship for residents", "Not available"),
    "img:yes": ("International graduates considered", "Yes"),
    "img:no": ("International graduates considered", "No"),
    "ecfmg": ("ECFMG certification deadline", "Required {by}"),
    "usce:months": ("US clinical experience (hands-on)", "At least {n} months"),
    "usce:zero": ("US clinical experience (hands-on)", "Not required for our program"),
    "usce:unstated": ("US clinical experience (hands-on)", "Required of all IMG applicants"),
    "step1:n": ("Step 1 score needed", "{n} or higher"),
    "step1:none": ("Step 1 score needed", "No minimum set"),
    "step2:n": ("Step 2 CK score needed", "{n} or higher"),
    "step2:none": ("Step 2 CK score needed", "No minimum set"),
    "step2:pct": ("Step 2 CK score needed", "At or above the {p}th percentile"),
    "comlex:n": ("COMLEX Level 2-CE score needed", "{n} or higher"),
    "comlex:none": ("COMLEX Level 2-CE score needed", "No minimum set"),
    "scores:both": ("Minimum USMLE scores", "Step 1: {a}; Step 2 CK: {b}"),
    "attempt:yes": ("Board exams passed on first attempt", "Required"),
    "attempt:step2": ("Board exams passed on first attempt", "Step 2 CK only"),
    "attempt:no": ("Board exams passed on first attempt", "Not required"),
    "yog:n": ("Time since graduating from medical school", "No more than {n} years"),
    "yog:none": ("Time since graduating from medical school", "No limit set"),
    "positions:n": ("First-year categorical positions", "{n}"),
    "positions:range": ("First-year categorical positions", "{a}-{b}"),
    "total": ("Current residents (PGY-1 through graduating year)", "{n}"),
    "prelim": ("Preliminary PGY-1 positions offered", "{n}"),
    "trap:step2_average": ("Current residents' mean Step 2 CK", "{n}"),
    "trap:step1_average": ("Current residents' mean Step 1", "{n}"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Does your program sponsor visas?",
    "img": "Are international medical graduates eligible?",
    "ecfmg": "When do I need to be ECFMG certified?",
    "usce": "Do I need clinical experience in the US?",
    "step1": "Do you have a Step 1 cutoff?",
    "step2": "What is the minimum Step 2 CK score?",
    "comlex": "Can DO applicants submit COMLEX scores?",
    "scores": "Are there minimum board scores?",
    "attempt": "What if I failed a board exam?",
    "yog": "Is there a graduation-year cutoff?",
    "positions": "How many residents do you match each year?",
    "total": "How many residents are in the program?",
    "research_track": "Are there research opportunities for residents?",
    "prelim": "Do you have preliminary spots?",
    "us_letters": "How many letters do I need, and from whom?",
    "trap": "What makes an applicant competitive here?",
}
# fmt: on
