"""A thirty-sixth blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-27 by a blind helper session, from its own knowledge of how real US residency
programs word their eligibility and application facts, in the plain, ordinary voice of academic
surgical-specialty programs at university medical centers: neurosurgery first, and also
orthopaedic surgery, otolaryngology, urology, plastic and vascular surgery and radiation
oncology. These are the "Applicants", "Application Information" and "FAQ" pages of small,
selective departments (one to three residents a year, a complement counted over five to seven
years): more formal than a primary-care page, often brief about IMGs and visas, with
sub-internship ("away rotation") expectations, research years and research tracks, categorical
versus preliminary positions, and first-attempt and score screens now that Step 1 is pass/fail.
Each wording is written as a different program coordinator or program director would write it on
their own: one or two sentences, with the usual hedges and conditions ("for applicants with a
numeric score", "for graduates of foreign medical schools"). Its traps settle nothing: averages of
matched residents, the current class's publications, the department's faculty and rankings,
application and interview counts, another program of the same institution, ERAS/NRMP dates, fees
and interview-day logistics, and preferences ("encouraged", "viewed favorably", "an advantage").
All of it is invented demo data about no real program.

The author read only issue 11 (``/tmp/share/issue11.md``: the fact contract, fact names and
values, "preferences are not requirements; averages of past applicants are not minimums"),
``demoweb/phrasings.py`` (the shape of a set and the dev/held-out wordings, so as not to reuse
them), ``demoweb/info.py`` (how a set is drawn and rendered, the fields templates get, the truth
values of ``_facts`` and what a blind set must provide), ``tests/test_demoweb_info.py`` (the
structural checks a blind set must pass), the ``class_sizes`` field of ``demoweb/specialties.py``
and the first 70 lines of ``demoweb/phrasings_independent14.py`` (its docstring and the shape of
``ECFMG_BY`` and ``EXTRA_TRAPS``; a stray ``sed`` also showed its next five lines, the opening of
its table and one wording), plus the ``[tool.ruff]`` section of ``pyproject.toml``. The author
did NOT read, grep, import or run the extraction rules (``extract/``), their tests
(``tests/test_facts*.py``, ``tests/facts_families.py``), ``bench/`` or any benchmark output, git
log or diffs, or any other blind set ``demoweb/phrasings_independent*.py`` (nor the thirty-fifth,
written at the same time by another helper); did not run ``bench/facts.py`` or ``precedent
facts``, and never ran the extractor on these sentences: nothing here was tuned against the rules.

It was checked only structurally, by an ad-hoc script outside the repository: the module imports; it
has every claim of the dev set with three to five distinct wordings each (203 wordings for 43
claims, 4.72 on average); every template and row formats with the fields ``demoweb.info`` passes and
uses only the fields the tests allow; no wording is a dev or held-out one; no ECFMG deadline wording
is inside another; no wording, row or deadline is shared with another blind set (compared through
``demoweb.info.BLIND`` by counts only, without reading their text; 25 of this set's items first
matched one of theirs and were reworded until none did); and the value checks of
``tests/test_demoweb_info.py`` hold on pages rendered from this set (by monkeypatching
``demoweb.info`` in that script so held-out programs use it; 575 programs of a 3000-program web,
every claim and every printed fact seen). The thirty-fifth set, not yet in ``BLIND``, was not
compared. When the lead wired both, two items turned out word for word the same as the
thirty-fifth's (a Step 2 CK first-attempt wording and the deadline words "at the time you apply");
the lead reworded this set's two ("on their first try", "when you apply") and measured the set blind after
that.
"""

from __future__ import annotations

NAME = "independent36"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "by the time we submit our rank list",
    "time of application": "by the time your ERAS application is submitted",
    "start of residency": "ahead of the first day of the residency appointment",
    "interview": "before an interview invitation is sent",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": (
        "before our rank list is finalized in February",
        "no later than the NRMP deadline for rank list certification",
    ),
    "time of application": ("before you submit your application", "when you apply"),
    "start of residency": (
        "before clinical training begins on July 1",
        "ahead of PGY-1 orientation in late June",
    ),
    "interview": ("by the time of your interview day", "prior to interviewing with the department"),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 6-12 for another program, else
# 60-150 (applications, interviews, faculty, publications); the calendar trap has no number.
EXTRA_TRAPS = (
    ("trap:other_program", 0.2),
    ("trap:applications", 0.25),
    ("trap:interviews", 0.2),
    ("trap:department", 0.2),
    ("trap:publications", 0.2),
    ("trap:calendar", 0.2),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "Foreign national residents are supported on the ECFMG-sponsored J-1 visa; the department does not sponsor H-1B status.",
        "We can offer J-1 sponsorship only and are not able to support H-1B petitions for residents.",
        "The J-1 Exchange Visitor visa is the only visa our residency will sponsor.",
        "Applicants who are not U.S. citizens should be aware that the only visa we support is the J-1; H-1B sponsorship is not available.",
        "Our medical center sponsors residents on J-1 visas alone, not H-1B.",
    ),
    "visa:both": (
        "Both J-1 and H-1B visa sponsorship are available to matched residents through the Office of Graduate Medical Education.",
        "We have sponsored residents on H-1B visas and on J-1 visas, and both options remain available.",
        "Applicants who require sponsorship may be supported on a J-1 or H-1B visa; H-1B sponsorship requires passing Step 3 before the contract start date.",
        "The program sponsors H-1B and J-1 visas for matched residents.",
        "Visa sponsorship: our institution supports both the J-1 (through ECFMG) and the H-1B.",
    ),
    "visa:none": (
        "The department is not able to sponsor visas for residents, and applicants must be eligible to work in the United States without sponsorship.",
        "We do not sponsor J-1 or H-1B visas.",
        "Visa sponsorship is not offered by this residency program.",
        "Because we do not sponsor visas, applicants must be U.S. citizens, permanent residents, or otherwise authorized to work in the U.S.",
        "Unfortunately, the medical center does not provide visa sponsorship for resident physicians.",
    ),
    "visa:j1_yes": (
        "Residents requiring a visa may be sponsored on a J-1 through ECFMG.",
        "The program sponsors J-1 visas for residents who require them.",
        "J-1 visa sponsorship is offered to matched applicants who need it.",
        "Residents who are not U.S. citizens or permanent residents can train here on a J-1 visa sponsored by ECFMG.",
        "We support J-1 Exchange Visitor visas for residents who need them.",
    ),
    "visa:h1b_no": (
        "The department does not sponsor H-1B visas.",
        "H-1B sponsorship is not available for resident positions in our program.",
        "Please note that we cannot sponsor residents on an H-1B visa.",
        "Our institution does not file H-1B petitions for residents.",
        "We are unable to offer H-1B sponsorship.",
    ),
    "img:yes": (
        "Graduates of international medical schools are eligible and receive the same review as U.S. graduates.",
        "The residency considers applications from international medical graduates.",
        "IMGs are eligible to apply to our program.",
        "Applicants who trained at medical schools outside the United States and Canada are considered on the same basis as all other applicants.",
        "International medical graduates have matched into our program and are encouraged to apply.",
    ),
    "img:no": (
        "Only graduates of LCME-accredited medical schools in the United States or Canada are eligible.",
        "We are not able to accept applications from graduates of international medical schools.",
        "International medical graduates are not eligible for our residency positions.",
        "Applicants must have graduated, or be graduating, from a U.S. or Canadian MD or DO program.",
        "Our program does not consider IMG applicants.",
    ),
    "ecfmg": (
        "IMG applicants must be certified by ECFMG {by}.",
        "International graduates need to have ECFMG certification {by}.",
        "Full ECFMG certification is a condition of appointment and must be in place {by}.",
        "For graduates of foreign medical schools, a valid ECFMG certificate is required {by}.",
        "Certification by ECFMG must be obtained {by}.",
    ),
    "usce:months": (
        "IMG applicants must have completed at least {n} months of clinical rotations in the United States.",
        "We require {w} months or more of hands-on clinical work in U.S. hospitals; sub-internships and clerkships count, observerships do not.",
        "Before applying, candidates must complete {n} months of direct patient care in a U.S. teaching hospital.",
        "At least {n} months of clinical experience in the U.S. health system is a requirement for international graduates.",
        "Only applicants with {n} or more months of US clinical experience (USCE) will be reviewed.",
    ),
    "usce:zero": (
        "Clinical experience in the United States is not required for application to the program.",
        "We do not require our applicants to have U.S. clinical experience.",
        "Our residency has no USCE requirement.",
        "Applicants do not need to have done rotations in the U.S. to be considered.",
        "While many applicants complete an away rotation, U.S. clinical experience is not required.",
    ),
    "usce:unstated": (
        "IMG applicants must have U.S. clinical experience in the form of clerkships or sub-internships.",
        "Hands-on clinical experience in the United States is required; observerships alone do not meet this requirement.",
        "All applicants are required to have completed clinical rotations in a U.S. hospital.",
        "Prior U.S. clinical experience is mandatory for international graduates.",
        "USCE is a requirement for all applicants who graduated outside the U.S.",
    ),
    "step1:n": (
        "For applicants with a numeric Step 1 score, we require {n} or above.",
        "Applicants whose Step 1 score is below {n} are not invited to interview.",
        "We do not review applications that carry a Step 1 score under {n}.",
        "A Step 1 score of no less than {n} is required.",
        "Our screening criteria include a minimum Step 1 score of {n}.",
    ),
    "step1:none": (
        "We do not set a minimum Step 1 score.",
        "No Step 1 score threshold is used in reviewing applications.",
        "The program has no cutoff for USMLE Step 1.",
        "Step 1 scores are considered in context; there is no minimum.",
        "There is not a Step 1 score requirement for our program.",
    ),
    "step2:n": (
        "We require a USMLE Step 2 CK score of {n} or higher.",
        "Applicants scoring under {n} on Step 2 CK are not considered for interview.",
        "Step 2 CK must be {n} or above for an application to be reviewed.",
        "Our minimum for Step 2 CK is {n}.",
        "Because Step 1 is now pass/fail, we screen on Step 2 CK, with a minimum of {n}.",
    ),
    "step2:none": (
        "We have no minimum score for Step 2 CK.",
        "There is no Step 2 CK cutoff for our program.",
        "Step 2 CK scores are not screened against a minimum.",
        "Applications are not filtered out on the basis of Step 2 CK score.",
        "The program does not use a minimum Step 2 CK score when selecting applicants for interview.",
    ),
    "step2:pct": (
        "For review, a Step 2 CK score must be at or above the {p}th percentile.",
        "We require a Step 2 CK score at the {p}th percentile or higher nationally.",
        "A Step 2 CK result below the {p}th percentile will not be considered.",
        "Our Step 2 CK minimum is the {p}th percentile of U.S. examinees.",
        "Candidates need a Step 2 CK score that places them in the {p}th percentile or above.",
    ),
    "comlex:n": (
        "For osteopathic applicants, the minimum COMLEX-USA Level 2-CE score is {n}.",
        "DO candidates who have not taken USMLE need a COMLEX Level 2-CE score of {n} or above.",
        "We require a COMLEX Level 2-CE score no lower than {n}.",
        "COMLEX Level 2-CE scores below {n} do not meet our screening criteria.",
        "Applicants submitting COMLEX scores must have achieved at least {n} on Level 2-CE.",
    ),
    "comlex:none": (
        "We have not set a COMLEX score minimum.",
        "COMLEX scores are accepted and no cutoff is applied.",
        "The program does not screen COMLEX results against a minimum score.",
        "Osteopathic applicants are not held to any minimum COMLEX score.",
        "No COMLEX threshold is used.",
    ),
    "scores:both": (
        "We require a Step 1 score of at least {a} and a Step 2 CK score of at least {b}.",
        "Minimum USMLE scores for interview consideration are {a} on Step 1 and {b} on Step 2 CK.",
        "Applicants must meet our score minimums: Step 1, {a}; Step 2 CK, {b}.",
        "Step 1 scores below {a} or Step 2 CK scores below {b} will not be reviewed.",
        "To be considered, applicants need at least {a} on Step 1 (if scored) and {b} on Step 2 CK.",
    ),
    "attempt:yes": (
        "Applicants must have passed all USMLE or COMLEX examinations on the first attempt.",
        "A failed attempt on any step of the USMLE will disqualify an application.",
        "We only consider applicants who passed each licensing exam on their first try.",
        "First-time passes on all USMLE steps taken are required.",
        "Applicants with any board examination failure are not eligible.",
    ),
    "attempt:step2": (
        "Applicants must pass Step 2 CK on their first try.",
        "Applicants who failed Step 2 CK on their first attempt will not be considered.",
        "A first-attempt pass on Step 2 CK is required; a prior Step 1 failure is reviewed case by case.",
        "Only Step 2 CK must be passed on the first attempt; other attempts are reviewed individually.",
        "We need to see Step 2 CK passed at the first sitting.",
    ),
    "attempt:no": (
        "Applicants who needed more than one attempt on a USMLE step are still considered.",
        "We review applicants with a repeated Step attempt in the context of the whole application.",
        "Passing every exam on the first attempt is not a requirement for interview.",
        "Multiple attempts on USMLE or COMLEX are not an automatic exclusion.",
        "An exam failure will not by itself remove an application from consideration.",
    ),
    "yog:n": (
        "Applicants must be no more than {n} years out of medical school at the time they apply.",
        "We consider only graduates of the past {n} years.",
        "Applications from those who completed medical school more than {w} years before the start of residency are not accepted.",
        "Medical school graduation must have occurred within {n} years of the application cycle.",
        "There is a {n}-year limit from medical school graduation.",
    ),
    "yog:none": (
        "We do not limit eligibility by year of graduation.",
        "There is no cutoff on how long ago an applicant graduated.",
        "Applicants are considered regardless of the year they graduated.",
        "No time-since-graduation limit applies.",
        "The year of medical school graduation does not affect eligibility.",
    ),
    "positions:n": (
        "We match {n} categorical {noun} each year.",
        "The residency has {n} categorical {noun} per class.",
        "Our program takes {w} {noun} annually through the Match.",
        "The program is approved by the ACGME for {n} {noun} per year.",
        "Each year we select {n} {noun} for our categorical track.",
    ),
    "positions:range": (
        "We typically match between {a} and {b} residents per year.",
        "Our class size ranges from {a} to {b} residents depending on funding.",
        "Each year {a} or {b} categorical residents join the program.",
        "The program offers {a}\u2013{b} positions per year.",
        "We anticipate filling {a} to {b} PGY-1 positions in the upcoming Match.",
    ),
    "home:positions": (
        "Our program trains {n} {noun} a year, with close faculty mentorship.",
        "With {w} {noun} per class, every resident works closely with faculty from day one.",
        "We welcome {n} new {noun} to the department each summer.",
        "Every year we select {n} {noun} to join our residency.",
    ),
    "total": (
        "The program has {n} residents across all years of training, including those in research time.",
        "At full complement, the residency includes {n} residents.",
        "There are currently {n} residents in the program, PGY-1 through chief year.",
        "Our residency is made up of {n} residents in all.",
        "In total, {n} residents train in the department at any one time.",
    ),
    "research_track": (
        "Residents may apply for an optional research track with dedicated laboratory time.",
        "The department offers a research track for residents pursuing an academic career.",
        "Residents interested in investigation can enter our research track, which includes a protected research year.",
        "An NIH-funded research track is available to residents.",
        "We offer an integrated research track alongside the clinical curriculum.",
    ),
    "prelim": (
        "Alongside the categorical class, we match {n} preliminary {noun} each year.",
        "Preliminary positions: {n} per year, offered through the NRMP.",
        "In addition to categorical residents, the department takes {w} preliminary {noun} annually.",
        "The program offers {n} non-categorical preliminary {noun} per year.",
    ),
    "us_letters": (
        "Two or more of the required letters must come from surgeons or physicians practicing in the United States.",
        "We require at least one letter from a physician in the United States who has supervised you clinically.",
        "At least one letter of recommendation must be from a U.S. faculty member in the specialty.",
        "Applicants must submit letters from physicians in the U.S.",
        "IMG applicants need at least two letters written by U.S. physicians.",
    ),
    "trap:usce_pref": (
        "U.S. clinical experience, particularly a sub-internship in the specialty, is highly valued.",
        "We encourage interested students to complete an away rotation with our service.",
        "Applicants with hands-on clinical experience in the U.S. tend to be more competitive.",
        "Preference is given to candidates who have completed clinical rotations in the United States.",
        "Prior U.S. clinical exposure is desirable.",
    ),
    "trap:ecfmg_pref": (
        "Applicants who are already ECFMG certified when they apply are viewed favorably.",
        "We prefer that international graduates complete ECFMG certification early in the cycle.",
        "Having ECFMG certification in hand is an advantage.",
        "ECFMG certification before interviews is preferred, though not mandatory.",
    ),
    "trap:yog_pref": (
        "We give preference to applicants who are recent graduates or current medical students.",
        "Recent graduation from medical school is favored.",
        "Applicants who graduated recently are generally more competitive.",
        "Most successful applicants apply directly from medical school.",
    ),
    "trap:step2_average": (
        "The mean Step 2 CK score of our most recent intern class was {n}.",
        "Matched residents over the past five years have averaged {n} on Step 2 CK.",
        "Interviewed applicants last year had a median Step 2 CK of {n}.",
        "For reference, our current residents' Step 2 CK scores average {n}.",
        "Our PGY-1s scored an average of {n} on Step 2 CK.",
    ),
    "trap:step1_average": (
        "Before the move to pass/fail, our matched residents averaged {n} on Step 1.",
        "Current residents' Step 1 scores average {n}, for those who received a numeric score.",
        "Recent classes have had Step 1 scores around {n}.",
        "The class that entered last July averaged {n} on Step 1.",
    ),
    "trap:letters_pref": (
        "Letters from surgeons in the specialty at U.S. programs are particularly helpful.",
        "We value letters from U.S. faculty who know your clinical work.",
        "A letter from a U.S. program director or department chair is encouraged.",
        "Ideally, at least one letter will come from a U.S. physician.",
    ),
    "trap:other_program": (
        "Our institution's general surgery residency, a separate program, matches {n} categorical residents a year.",
        "The medical center's internal medicine program, which is separate from ours, takes {n} preliminary interns annually.",
        "Across the department's fellowships, {n} fellows are appointed each year.",
        "Our PGY-1 residents train alongside the {n} interns of the general surgery program.",
    ),
    "trap:applications": (
        "We received over {n} applications for last year's Match.",
        "Roughly {n} applications arrive through ERAS each cycle for our small number of spots.",
        "Applications to the program have grown to about {n} per year.",
        "In the last cycle, {n} completed applications were reviewed by the selection committee.",
    ),
    "trap:interviews": (
        "The program invites approximately {n} applicants to interview each season.",
        "Last year we interviewed {n} candidates over three virtual interview days.",
        "Interview invitations are extended to about {n} applicants in October and November.",
        "About {n} applicants are interviewed, most of them after a sub-internship with us.",
    ),
    "trap:department": (
        "The department has {n} full-time faculty and is consistently ranked among the top ten nationally.",
        "With {n} faculty members across six divisions, the department is one of the largest in the country.",
        "Our faculty of {n} surgeons performs more than ten thousand operations a year.",
        "The department, home to {n} clinical and research faculty, ranks among the top in NIH funding.",
    ),
    "trap:publications": (
        "Our current residents have published {n} peer-reviewed papers in the past three years.",
        "The resident class has authored {n} abstracts and manuscripts since the 2023 academic year.",
        "Residents presented {n} abstracts at national meetings last year.",
        "Over the last five years, residents in the program have been authors on {n} publications.",
    ),
    "trap:calendar": (
        "ERAS opens to programs in late September, and the NRMP rank order list deadline falls in early March.",
        "There is no fee to apply beyond the standard ERAS charges.",
        "Interview days run from 7:30 a.m. to 3 p.m., with a dinner with residents the evening before.",
        "All application materials must be received in ERAS by October 1; late applications are not reviewed.",
    ),
}
# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visa types sponsored", "J-1 exclusively; H-1B not sponsored"),
    "visa:both": ("Visa types sponsored", "Either J-1 or H-1B"),
    "visa:none": ("Visa types sponsored", "No sponsorship offered"),
    "visa:j1_yes": ("J-1 sponsorship", "Offered to those who need it"),
    "visa:h1b_no": ("H-1B sponsorship", "Not offered by the program"),
    "img:yes": ("IMG eligibility", "Eligible to apply"),
    "img:no": ("IMG eligibility", "Not eligible to apply"),
    "ecfmg": ("When ECFMG certification is due", "{by}"),
    "usce:months": ("U.S. clinical experience (minimum)", "At least {n} months"),
    "usce:zero": ("U.S. clinical experience (minimum)", "Not required to apply"),
    "usce:unstated": ("U.S. clinical experience (minimum)", "Required; no set length"),
    "step1:n": ("Step 1 minimum for interview", "{n}"),
    "step1:none": ("Step 1 minimum for interview", "No minimum set"),
    "step2:n": ("Step 2 CK minimum for interview", "{n}"),
    "step2:none": ("Step 2 CK minimum for interview", "No minimum set"),
    "step2:pct": ("Step 2 CK minimum for interview", "{p}th percentile"),
    "comlex:n": ("COMLEX Level 2-CE minimum for interview", "{n}"),
    "comlex:none": ("COMLEX Level 2-CE minimum for interview", "No minimum set"),
    "scores:both": ("USMLE minimums for interview", "Step 1 {a} / Step 2 CK {b}"),
    "attempt:yes": ("Board exam failures", "Not accepted"),
    "attempt:step2": ("Board exam failures", "Step 2 CK must be passed on the first try"),
    "attempt:no": ("Board exam failures", "Reviewed case by case"),
    "yog:n": ("Maximum time since medical school", "{n} years"),
    "yog:none": ("Maximum time since medical school", "No limit applies"),
    "positions:n": ("Categorical residents per year", "{n}"),
    "positions:range": ("Categorical residents per year", "{a}\u2013{b}"),
    "total": ("Residents in the program, all years", "{n}"),
    "prelim": ("Preliminary residents per year", "{n}"),
    "trap:step2_average": ("Step 2 CK average, residents now in training", "{n}"),
    "trap:step1_average": ("Step 1 average, residents now in training", "{n}"),
    "trap:applications": ("Applications received last cycle", "{n}"),
    "trap:interviews": ("Applicants interviewed last cycle", "{n}"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Can the department sponsor a visa?",
    "img": "Are international medical graduates eligible?",
    "ecfmg": "By when do IMGs need ECFMG certification?",
    "usce": "Do I need clinical experience in the United States?",
    "step1": "Do you have a Step 1 minimum?",
    "step2": "What Step 2 CK score is needed?",
    "comlex": "Will the program review COMLEX scores?",
    "scores": "Are there minimum board scores?",
    "attempt": "Can I apply if I failed a board exam?",
    "yog": "Does it matter when I graduated from medical school?",
    "positions": "How many residents do you match each year?",
    "total": "How many residents are in the program?",
    "research_track": "Is research time built into training?",
    "prelim": "Does the department offer preliminary positions?",
    "us_letters": "What are the letter of recommendation requirements?",
    "trap": "What makes a strong applicant to our program?",
}
# fmt: on
