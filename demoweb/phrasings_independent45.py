"""A forty-fifth blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-27 (about 16:50-17:05 UTC) by a blind helper session, from its own knowledge
of how general surgery departments of university and large community hospitals word the residency
pages of a program that offers both categorical and preliminary positions: the department's plain
voice under headings such as "Categorical Program", "Preliminary Positions", "Eligibility and
Selection" and "Applicant FAQ", where the two tracks, ABSITE results, operative case numbers,
research years, the visa policy and the criteria for international graduates sit side by side.
Each wording is written as a different department would put it: "for either track", "categorical
and preliminary applicants alike", score floors as "or higher" and "screen out", fragments and
"Requirement: value" lines, FAQ answers, hedges that still state the rule ("preferably in surgery"),
conditions as real pages give them ("for applicants with a numeric Step 1 score", H-1B "for
applicants who have passed Step 3"), and preferences that are not requirements ("highly valued",
"carry the most weight"). The traps settle nothing: averages of current residents and of last
year's interviewees, Step 1 averages from before it went pass/fail, interview counts, interns'
logged operative cases, the size of the surgical faculty, ABSITE percentiles and board pass
rates, a sister program's positions (including another department's preliminary medicine
positions), and what becomes of preliminary residents. All of it is invented demo data about no
real program, town or person.

The author read only the brief's fact contract (fact names and values, "preferences are not
requirements; averages of past applicants are not minimums"), ``demoweb/phrasings.py`` (the shape
of a set and the dev/held-out wordings, to avoid reusing them), ``demoweb/info.py`` (how a set is
drawn and rendered, the fields templates get and the truth values of ``demoweb.info._facts``),
``tests/test_demoweb_info.py`` (the structural checks a blind set must pass), the ``class_sizes``
field of ``demoweb/specialties.py``, the first 70 lines of ``demoweb/phrasings_independent14.py``
(its docstring and the shape of ``ECFMG_BY`` and ``EXTRA_TRAPS``; a ``sed`` printed four lines
past that limit by mistake, among them the first ``visa:j1_only`` wording of that set, which is
not reused here), the first 48 lines of ``demoweb/phrasings_independent42.py`` (its docstring, as
the model for this one) and, to see how the page test reads a page's text, ``visible_text`` in
``tests/test_demoweb.py``. The author did NOT read, grep, import or run the extraction rules
(``extract/``), their tests (``tests/test_facts*.py``, ``tests/facts_families.py``), ``bench/``,
any benchmark output, git log or diffs, or any other blind set ``demoweb/phrasings_independent*.py``
(in particular not the forty-third and forty-fourth, nor the forty-sixth, written at the same time
by another helper); did not run ``bench/facts.py`` or ``precedent facts``, and did not run the
extractor on any of these sentences: nothing here was tuned against the rules. It was checked only
structurally, by an ad-hoc script outside the repository: it imports, has every claim of the dev
set with four or five distinct wordings, every template and row formats with the fields
``demoweb.info`` passes and uses only the fields the tests allow, no ECFMG deadline wording is
inside another, no wording is a dev or held-out one, no wording, row or deadline is shared with
(or stands word for word inside, or contains) another blind set's (compared through
``demoweb.info.BLIND`` by counts only, without showing their text), and the value checks of
``tests/test_demoweb_info.py`` hold on pages rendered from this set (by monkeypatching
``demoweb.info`` in that script so held-out programs use it, and calling that test module's own
structural and page checks on this set). The first drafts had 32 wordings, 16 table rows and 5
deadline wordings equal to, inside or containing another blind set's (found by claim and index
only, without showing the other sets' text); they were reworded, with the same meaning, before
this set was handed over.
"""

from __future__ import annotations

NAME = "independent45"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "before the department submits its rank list",
    "time of application": "at the point your application is submitted in ERAS",
    "start of residency": "before the surgical PGY-1 year begins",
    "interview": "before an interview can be scheduled",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": (
        "in time for the program to rank you",
        "ahead of the NRMP certification deadline for rank lists",
    ),
    "time of application": ("on the date you certify and submit your ERAS application",),
    "start of residency": (
        "prior to your first day as an intern",
        "no later than the start of intern orientation",
    ),
    "interview": ("by the day you interview with the department",),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 6-12 for another program, else
# 60-150 (interviews, interns' logged cases, faculty surgeons).
EXTRA_TRAPS = (
    ("trap:interviews", 0.25),
    ("trap:intern_cases", 0.2),
    ("trap:faculty", 0.2),
    ("trap:other_program", 0.2),
    ("trap:absite", 0.2),
    ("trap:prelim_outcomes", 0.15),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "Visa sponsorship for residents is limited to J-1 status through ECFMG; the department does not sponsor H-1B visas.",
        "International graduates who need a visa are sponsored on a J-1 only. H-1B sponsorship is not available for categorical or preliminary positions.",
        "The J-1 is the only visa we support for surgical residency training.",
        "Our GME office sponsors J-1 visas but does not sponsor H-1B visas for residents in either track.",
        "We can sponsor the J-1 visa for applicants who are not U.S. citizens; we do not offer the H-1B.",
    ),
    "visa:both": (
        "The hospital sponsors both J-1 and H-1B visas for categorical and preliminary residents alike.",
        "We sponsor J-1 visas, and H-1B visas are also available for applicants who have already passed USMLE Step 3.",
        "Both H-1B and J-1 visa sponsorship are offered through our GME office.",
        "Residents may train here on a J-1 or an H-1B; the institution sponsors both.",
    ),
    "visa:none": (
        "The Department of Surgery does not sponsor visas for residents in either track.",
        "We are unable to sponsor J-1 or H-1B visas.",
        "Applicants must be U.S. citizens or permanent residents, as the program does not provide visa sponsorship.",
        "Visa sponsorship is not available for categorical or preliminary positions.",
        "No visas (J-1 or H-1B) are sponsored.",
    ),
    "visa:j1_yes": (
        "The program sponsors J-1 visas for international graduates.",
        "We support J-1 visas sponsored through ECFMG for matched residents.",
        "International medical graduates may train here on a J-1 visa, which we sponsor.",
        "Our GME office will sponsor a J-1 visa for any matched resident who needs one.",
    ),
    "visa:h1b_no": (
        "The Department of Surgery is not able to sponsor H-1B visas for its residents.",
        "H-1B visa sponsorship is not available for residents in either track.",
        "Please note that H-1B petitions are not filed for surgery residents.",
        "We do not offer H-1B sponsorship for categorical or preliminary residents.",
        "H-1B status is not sponsored by our institution.",
    ),
    "img:yes": (
        "We accept applications from international medical graduates for both categorical and preliminary positions.",
        "International medical graduates who meet the requirements below are considered for all of our positions.",
        "IMGs are eligible for both the categorical and the preliminary track.",
        "Graduates of medical schools outside the United States and Canada may apply to either track.",
        "Our residents include international graduates, and IMG applications are reviewed alongside all others.",
    ),
    "img:no": (
        "Our categorical and preliminary positions are open only to graduates of LCME- or AOA-accredited medical schools.",
        "We are unable to accept applications from graduates of international medical schools.",
        "International medical graduates are not eligible for either track.",
        "The program does not consider IMGs at this time.",
    ),
    "ecfmg": (
        "International graduates must hold a standard ECFMG certificate {by}.",
        "Categorical and preliminary applicants alike must have ECFMG certification completed {by}.",
        "For IMGs, a valid ECFMG certificate must be on file with the residency office {by}.",
        "IMG applicants to either track need ECFMG certification {by}.",
        "Surgery applicants who graduated abroad need their ECFMG certificate {by}.",
    ),
    "usce:months": (
        "IMG applicants must have completed at least {n} months of clinical experience in U.S. hospitals.",
        "A minimum of {w} months of hands-on U.S. clinical experience, preferably in surgery, is required.",
        "USCE requirement: {n} months of direct patient care in the United States.",
        "Applicants need {w} or more months of clinical work in the U.S. health care system to be considered.",
        "At least {n} months of recent US clinical experience is required for either track.",
    ),
    "usce:zero": (
        "U.S. clinical experience is not a prerequisite for either track.",
        "We do not require USCE for categorical or preliminary applicants.",
        "Applicants without US clinical experience are still eligible; it is not required.",
        "No U.S. clinical experience is required to apply.",
        "Prior U.S. clinical rotations are not required for the preliminary or categorical track.",
    ),
    "usce:unstated": (
        "IMG applicants must have clinical experience in the United States.",
        "Hands-on U.S. clinical experience is required of all international graduates.",
        "Prior clinical experience in a U.S. hospital is mandatory for IMGs.",
        "USCE is a requirement for all IMG applicants; observerships alone are not sufficient.",
    ),
    "step1:n": (
        "Applicants with a numeric Step 1 score must have scored {n} or above.",
        "The minimum Step 1 score considered for either track is {n}.",
        "Step 1 score floor for an interview: {n}.",
        "A Step 1 score of {n} is the lowest we can accept.",
        "Scored Step 1 attempts under {n} do not meet the department's minimum.",
    ),
    "step1:none": (
        "Step 1 is now pass/fail, and we have no minimum Step 1 score.",
        "No minimum Step 1 score is required; a passing result is sufficient.",
        "There is no Step 1 score threshold for an interview.",
        "Step 1 results are not held to any score cutoff for either track.",
    ),
    "step2:n": (
        "Applicants must score {n} or higher on Step 2 CK.",
        "Minimum Step 2 CK: {n}.",
        "We do not interview applicants whose Step 2 CK score is below {n}.",
        "Our minimum Step 2 CK score for both categorical and preliminary applicants is {n}.",
        "Categorical and preliminary applicants need a Step 2 CK of {n} or better.",
    ),
    "step2:none": (
        "There is not a Step 2 CK cutoff for either track.",
        "Step 2 CK scores are reviewed in context; no minimum score is applied.",
        "The selection committee does not use a minimum Step 2 CK score.",
        "No Step 2 CK threshold is used in screening.",
    ),
    "step2:pct": (
        "Step 2 CK scores must fall no lower than the {p}th percentile for either track.",
        "We require a Step 2 CK score at or above the {p}th percentile for the year it was taken.",
        "Applicants need a Step 2 CK result at the {p}th percentile or above to be offered an interview.",
        "Step 2 CK threshold: the {p}th percentile of U.S. and Canadian examinees.",
        "The department does not interview applicants whose Step 2 CK falls below the {p}th percentile.",
    ),
    "comlex:n": (
        "Osteopathic graduates who did not take USMLE need a COMLEX Level 2-CE of at least {n}.",
        "The lowest COMLEX Level 2-CE score the department accepts from DO applicants is {n}.",
        "COMLEX Level 2-CE minimum: {n}.",
        "COMLEX scores are accepted; Level 2-CE must be {n} or above.",
        "DO applicants who submit COMLEX only must have a Level 2-CE score of {n} or more.",
    ),
    "comlex:none": (
        "COMLEX scores are accepted, with no minimum score.",
        "We do not apply a cutoff to COMLEX scores.",
        "There is no COMLEX Level 2-CE minimum for DO applicants.",
        "DO applicants may submit COMLEX alone; no score threshold is applied.",
    ),
    "scores:both": (
        "Score minimums: USMLE Step 1 {a} and Step 2 CK {b}.",
        "For both tracks we require at least {a} on Step 1 and at least {b} on Step 2 CK.",
        "Applicants must meet both score floors: {a} on Step 1 and {b} on Step 2 CK.",
        "Minimum USMLE scores for both tracks are {a} (Step 1) and {b} (Step 2 CK).",
    ),
    "attempt:yes": (
        "Every USMLE or COMLEX examination taken must have been passed at the first sitting.",
        "Applicants with a failed attempt on any USMLE Step are not eligible for either track.",
        "We only consider applicants who passed each Step on their first attempt.",
        "First-time passes on all board examinations are required.",
        "A failure on any Step or Level of the licensing exams makes an applicant ineligible.",
    ),
    "attempt:step2": (
        "Step 2 CK must be passed on the first try; a single Step 1 failure may be considered.",
        "Only applicants who passed Step 2 CK at their first sitting are ranked.",
        "An earlier Step 1 failure is looked at in context, but Step 2 CK has to be passed in a single attempt.",
        "Step 2 CK: passed on the first attempt (Step 1 failures reviewed individually).",
    ),
    "attempt:no": (
        "Applicants with more than one USMLE attempt are reviewed on a case-by-case basis.",
        "A failed Step attempt does not by itself rule out an applicant.",
        "We do consider applicants who needed a second attempt to pass a board exam.",
        "Multiple attempts on USMLE are not an automatic disqualification for either track.",
    ),
    "yog:n": (
        "Applicants must be within {n} years of medical school graduation.",
        "We only consider applicants who graduated within the past {w} years.",
        "Graduation from medical school no more than {n} years before the start of residency is required.",
        "Applicants more than {n} years out of medical school are not eligible for categorical or preliminary positions.",
        "Year of graduation: no earlier than {n} years before the July start.",
    ),
    "yog:none": (
        "There is no cutoff for time since medical school graduation.",
        "Applicants to either track are considered regardless of when they finished medical school.",
        "We do not restrict applications by graduation year.",
        "Older graduates are not excluded; we have no year-of-graduation limit.",
        "Time since graduation is not a factor in whether an application is reviewed.",
    ),
    "positions:n": (
        "Through the Match we take {n} categorical {noun} a year.",
        "The program offers {w} categorical PGY-1 positions annually.",
        "{W} categorical positions are offered in the Match each year.",
        "Our categorical class is {n} {noun} per year.",
        "Categorical PGY-1 slots per year: {n}.",
    ),
    "positions:range": (
        "We match {a} to {b} categorical residents each year.",
        "Each class has {a}-{b} categorical residents, depending on the year.",
        "The categorical program takes between {a} and {b} residents a year.",
        "Categorical positions per year: {a} or {b}.",
    ),
    "home:positions": (
        "Each July, {n} categorical {noun} begin training with us.",
        "Our department welcomes {w} new categorical {noun} every year.",
        "{W} categorical {noun} join the Department of Surgery each summer.",
        "We train {n} categorical {noun} per class.",
    ),
    "total": (
        "In all, the program has {n} residents across the clinical years.",
        "Our residency complement totals {n} residents, categorical and preliminary combined.",
        "At any one time the program has {n} residents on its roster, including those in the lab.",
        "Total residents (all PGY levels): {n}.",
    ),
    "research_track": (
        "Categorical residents may take one or two dedicated research years, usually after the PGY-2 or PGY-3 year.",
        "The department offers a formal research track with funded time away from clinical duties.",
        "We offer a research pathway for categorical residents interested in an academic career.",
        "Dedicated research time is available through our academic track.",
    ),
    "prelim": (
        "In addition to categorical positions, we offer {n} non-designated preliminary positions each year.",
        "{W} one-year preliminary positions are filled through the Match.",
        "The program also matches {n} preliminary {noun} a year.",
        "Preliminary (one-year) positions: {n} annually.",
        "We also fill {w} preliminary surgery positions in the Match every year.",
    ),
    "us_letters": (
        "At least two letters of recommendation must be from surgeons practicing in the United States.",
        "Two of your three letters must be written by U.S. faculty.",
        "Letters from physicians in the United States are required.",
        "We require letters of recommendation from U.S. physicians who have supervised you clinically.",
    ),
    "trap:usce_pref": (
        "Clinical experience in U.S. surgical departments is highly valued.",
        "Applicants with hands-on U.S. experience tend to be more competitive.",
        "We look favorably on U.S. clinical rotations, especially in general surgery.",
        "Prior USCE strengthens an IMG's application.",
    ),
    "trap:ecfmg_pref": (
        "Applicants who are already ECFMG certified when they apply are given priority.",
        "It is to your advantage to have ECFMG certification in hand early in the season.",
        "We prefer that IMGs complete ECFMG certification before the interview season.",
        "We encourage IMGs to finish ECFMG certification as early in the season as they can.",
    ),
    "trap:yog_pref": (
        "Applicants who graduated recently are favored.",
        "We give preference to recent graduates with continuous clinical activity.",
        "Recent graduation is an advantage in our review.",
        "Candidates who have been out of clinical practice for a long time are less competitive.",
    ),
    "trap:step2_average": (
        "Our current categorical residents averaged {n} on Step 2 CK.",
        "The mean Step 2 CK score of last year's interviewed applicants was {n}.",
        "Recently matched categorical residents have had Step 2 CK scores averaging around {n}.",
        "Average Step 2 CK for our incoming interns: {n}.",
    ),
    "trap:step1_average": (
        "Before Step 1 went pass/fail, our residents averaged {n} on it.",
        "The average Step 1 score of our current PGY-3 class is {n}.",
        "Our matched residents have had a mean USMLE Step 1 of about {n}.",
        "Step 1 scores of recent matches averaged {n}.",
    ),
    "trap:letters_pref": (
        "Letters from U.S. surgeons carry the most weight.",
        "We prefer at least one letter from a U.S. general surgery chair.",
        "Letters written by surgeons who know you from a U.S. rotation are especially helpful.",
        "A letter from a U.S. academic surgeon is recommended.",
    ),
    "trap:interviews": (
        "We interview approximately {n} applicants each year for our categorical positions.",
        "Last season we held {n} interviews.",
        "About {n} candidates are invited to interview each cycle.",
        "Interview invitations: about {n} per season.",
    ),
    "trap:intern_cases": (
        "Our interns log an average of {n} operative cases in the PGY-1 year.",
        "PGY-1 residents typically complete more than {n} cases as surgeon junior.",
        "Categorical interns finished last year with a mean of {n} logged cases.",
        "Graduating chiefs exceed the ACGME minimum of 850 major cases, and last year's interns logged about {n} each.",
    ),
    "trap:faculty": (
        "The Department of Surgery has more than {n} full-time faculty.",
        "Residents train with {n} surgical faculty across eight divisions.",
        "Our faculty of about {n} surgeons covers every surgical subspecialty.",
        "Faculty: {n} surgeons.",
    ),
    "trap:other_program": (
        "Our hospital's transitional year program also offers {n} positions each year.",
        "The Department of Medicine separately offers {n} preliminary medicine positions; please apply to them directly.",
        "Our sister program at the community campus matches {n} residents a year.",
        "The emergency medicine residency here matches {n} residents annually.",
    ),
    "trap:absite": (
        "Our residents have scored above the national mean on the ABSITE for five straight years.",
        "The program's average ABSITE percentile last year was 68.",
        "The ABSITE is given every January; residents below the 30th percentile receive a structured reading plan.",
        "Our first-time pass rate on the ABS Qualifying Exam is 96%.",
    ),
    "trap:prelim_outcomes": (
        "Most of our preliminary residents secure categorical or advanced positions by the end of their year.",
        "Preliminary residents receive the same teaching and operative experience as categorical interns.",
        "Several prelims have gone on to match into our own categorical program.",
        "A preliminary position does not guarantee a categorical spot the following year.",
    ),
}
# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visa policy", "J-1 only (no H-1B)"),
    "visa:both": ("Visa policy", "J-1 or H-1B"),
    "visa:none": ("Visa policy", "No sponsorship offered"),
    "visa:j1_yes": ("Visa policy", "J-1 sponsored"),
    "visa:h1b_no": ("Visa policy", "H-1B not sponsored"),
    "img:yes": ("IMG applicants considered", "Yes, both tracks"),
    "img:no": ("IMG applicants considered", "No"),
    "ecfmg": ("ECFMG certification (IMGs)", "Complete {by}"),
    "usce:months": ("U.S. clinical experience", "{n} months minimum"),
    "usce:zero": ("U.S. clinical experience", "Not required for either track"),
    "usce:unstated": ("U.S. clinical experience", "Required (IMGs)"),
    "step1:n": ("USMLE Step 1 (scored attempts)", "{n} or higher"),
    "step1:none": ("USMLE Step 1", "Pass; no minimum score"),
    "step2:n": ("USMLE Step 2 CK", "{n} minimum"),
    "step2:none": ("USMLE Step 2 CK", "No minimum; reviewed in context"),
    "step2:pct": ("USMLE Step 2 CK", "{p}th percentile or higher"),
    "comlex:n": ("COMLEX Level 2-CE (DO applicants)", "{n} or higher"),
    "comlex:none": ("COMLEX Level 2-CE", "Accepted; no minimum"),
    "scores:both": ("Board score floors", "Step 1 {a}; Step 2 CK {b}"),
    "attempt:yes": ("First-attempt passes", "Required on all Steps"),
    "attempt:step2": ("First-attempt passes", "Required on Step 2 CK"),
    "attempt:no": ("First-attempt passes", "Not required; reviewed case by case"),
    "yog:n": ("Graduated from medical school", "Within the past {n} years"),
    "yog:none": ("Years since graduation", "No limit for either track"),
    "positions:n": ("Categorical residents matched per year", "{n}"),
    "positions:range": ("Categorical residents matched per year", "{a} or {b}"),
    "total": ("Residents in the program (all levels)", "{n}"),
    "prelim": ("Preliminary PGY-1 positions each year", "{n}"),
    "trap:step2_average": ("Step 2 CK, current categorical residents (mean)", "{n}"),
    "trap:interviews": ("Applicants interviewed per season", "about {n}"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Does the department sponsor visas for residents?",
    "img": "Are international medical graduates eligible for categorical and preliminary positions?",
    "ecfmg": "When do IMGs need to be ECFMG certified?",
    "usce": "Do I need clinical experience in the United States?",
    "step1": "How do you use Step 1 results now that it is pass/fail?",
    "step2": "What Step 2 CK score is needed to interview?",
    "comlex": "Can DO applicants submit COMLEX instead of USMLE?",
    "scores": "What are the minimum board scores for the categorical and preliminary tracks?",
    "attempt": "Will you consider me if I failed a board exam?",
    "yog": "Is there a limit on how long ago I graduated?",
    "positions": "How many categorical residents do you match each year?",
    "total": "How many residents are in the program altogether?",
    "research_track": "Are research years part of surgical training here?",
    "prelim": "Do you offer preliminary positions in surgery?",
    "us_letters": "What letters of recommendation do you require?",
    "trap": "What is the selection committee looking for?",
}
# fmt: on
