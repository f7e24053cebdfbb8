"""A forty-ninth blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-27 (about 21:50-22:00 UTC) by a blind helper session, from its own knowledge
of how ophthalmology and urology residency programs word their "Application Information" pages:
programs at university and large private hospitals that match outside the NRMP main residency
match (the SF Match for ophthalmology, the AUA Urology Match), whose pages speak of the central
application service (CAS), the joint or integrated PGY-1 year, the PGY-2 start of ophthalmology,
the match calendar, and end in a short "Requirements" list and an FAQ. Each wording is written as
a different such page would put it: plain sentences, the usual conditions ("for applicants with a
numeric Step 1 score", "DO applicants who have not taken the USMLE"), negations ("we do not file
H-1B petitions"), preferences that are not requirements ("a plus", "viewed favorably"), terse
"Requirements" rows and fragments ("USMLE Step 2 CK: minimum 230."). The traps are this voice's
own distractors and settle nothing: averages of current residents and of those ranked, Step 1
averages from before pass/fail, the size of the affiliated transitional-year or general surgery
program and of the fellowships, surgical case volumes (cataracts, robotic cases, injections),
interview counts, the SF Match and AUA Match calendars, and the OKAP and AUA in-service exams.
All of it is invented demo data about no real program, town or person.

The author read only the brief's fact contract (fact names and values, "preferences are not
requirements; averages of past applicants are not minimums"), ``demoweb/phrasings.py`` (the shape
of a set and the dev/held-out wordings, to avoid reusing them), ``demoweb/info.py`` (how a set is
drawn and rendered, the fields templates get and the truth values of ``demoweb.info._facts``),
``tests/test_demoweb_info.py`` (the structural checks a blind set must pass), the ``class_sizes``
field of ``demoweb/specialties.py``, the first 70 lines of ``demoweb/phrasings_independent14.py``
(its docstring and the shape of ``ECFMG_BY`` and ``EXTRA_TRAPS``), the first 48 lines of
``demoweb/phrasings_independent42.py`` (its docstring, for the provenance style) and, to see how
the page test reads a page's text, ``visible_text`` in ``tests/test_demoweb.py``. The author did
NOT read, grep, import or run the extraction rules (``extract/``), their tests
(``tests/test_facts*.py``, ``tests/facts_families.py``), ``bench/``, any benchmark output, git log
or diffs, or any other blind set ``demoweb/phrasings_independent*.py`` (nor the fiftieth, written
at the same time by another helper); did not run ``bench/facts.py`` or ``precedent facts``, and
did not run the extractor on any of these sentences: nothing here was tuned against the rules. It
was checked only structurally, by an ad-hoc script outside the repository: it imports, has every
claim of the dev set with four or five distinct wordings (4.9 on average), every template and row
formats with the fields ``demoweb.info`` passes and uses only the fields the tests allow, no ECFMG
deadline wording is inside another, no wording is a dev or held-out one, no wording, row or
deadline is shared with another blind set or stands word for word inside one of theirs (compared
through ``demoweb.info.BLIND`` by counts only, without showing their text), and the value checks
of ``tests/test_demoweb_info.py`` hold on pages rendered from this set (by monkeypatching
``demoweb.info`` in that script so held-out programs use it, and calling that test module's own
structural and page checks on this set). About sixty wordings, rows and deadlines that the first
runs of that comparison found equal to, or inside, another blind set's were reworded (same meaning)
before the set was handed over; the author saw only which of this set's own wordings were
involved, never the other sets' text.
The lead compared it by text with the other blind sets when wiring it in (21:55 UTC): its
positions rows' label ("Residents matched per year", joined with its value) stood word for word
inside a row of the forty-fifth and was reworded ("Residents matched annually"); FAQ questions it
shares with other sets were left, as a question states no fact.
"""

from __future__ import annotations

NAME = "independent49"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "no later than the rank list submission deadline",
    "time of application": "when you submit your CAS application",
    "start of residency": "before your residency appointment begins",
    "interview": "before an interview is granted",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": (
        "before program rank lists are finalized",
        "in time for the program to place you on its rank list",
    ),
    "time of application": (
        "as of your CAS submission date",
        "on the day you file your application",
    ),
    "start of residency": (
        "no later than the first day of training",
        "prior to your residency start date",
    ),
    "interview": (
        "ahead of your interview with the selection committee",
        "before we can schedule your interview",
    ),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 6-12 for another program, else
# 60-150 (case volumes and interview counts); the calendar and exam traps use no number.
EXTRA_TRAPS = (
    ("trap:other_program", 0.2),
    ("trap:surgical_volume", 0.25),
    ("trap:interviews", 0.2),
    ("trap:match_calendar", 0.25),
    ("trap:okap", 0.2),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "The department can support J-1 visas only; we are not able to sponsor H-1B status for PGY-1 or PGY-2 residents.",
        "Non-citizen applicants: J-1 sponsorship through ECFMG is available, but H-1B sponsorship is not.",
        "International applicants who match here train on a J-1 visa; the hospital does not file H-1B petitions for residents.",
        "Visa policy: J-1 only (no H-1B).",
        "Residents who need a visa are sponsored on the ECFMG J-1 and not on the H-1B.",
    ),
    "visa:both": (
        "The hospital will sponsor either an H-1B or a J-1 visa for matched residents.",
        "Matched applicants who need a visa may train on a J-1 (ECFMG) or an H-1B; the GME office files both.",
        "J-1 and H-1B sponsorship are both available through the Office of Graduate Medical Education.",
        "Visas: the department supports J-1 and H-1B status for residents who need sponsorship.",
        "We sponsor J-1 visas, and H-1B visas for applicants who have passed USMLE Step 3 before ranking.",
    ),
    "visa:none": (
        "The department does not sponsor visas; applicants must be U.S. citizens or lawful permanent residents when they apply through CAS.",
        "We are unable to sponsor J-1 or H-1B visas for residents.",
        "Visa sponsorship: not available for incoming residents.",
        "Neither J-1 nor H-1B sponsorship is offered by this program.",
        "Because the program cannot sponsor a visa of any type, applicants need work authorization that covers the full length of training.",
    ),
    "visa:j1_yes": (
        "The J-1 Exchange Visitor visa, sponsored by ECFMG, is supported for residents who require one.",
        "Residents needing visa sponsorship may train here on a J-1.",
        "We accept J-1 visa holders sponsored through ECFMG.",
        "J-1 sponsorship: yes, through ECFMG.",
        "The hospital supports ECFMG J-1 sponsorship for matched international graduates.",
    ),
    "visa:h1b_no": (
        "The hospital does not sponsor the H-1B visa for residents.",
        "H-1B visas cannot be sponsored for this residency.",
        "Please note that we do not file H-1B petitions for trainees.",
        "H-1B: not sponsored by the department.",
        "We are not in a position to offer H-1B sponsorship to incoming residents.",
    ),
    "img:yes": (
        "Graduates of international medical schools may apply through the CAS on the same terms as U.S. graduates.",
        "International medical graduates are eligible for our match positions.",
        "We consider applications from IMGs every cycle.",
        "IMGs: eligible to apply.",
        "Foreign medical graduates are considered alongside graduates of U.S. schools.",
    ),
    "img:no": (
        "Applicants must be graduating from, or have graduated from, a U.S. or Canadian medical school accredited by the LCME or COCA.",
        "We are not able to consider international medical graduates for our positions.",
        "The program only reviews applicants from U.S. MD and DO schools.",
        "International medical graduates are not eligible for our SF Match positions.",
        "IMG applications are not accepted by the department.",
    ),
    "ecfmg": (
        "A valid ECFMG certificate is needed from every international graduate {by}.",
        "ECFMG certification has to be completed {by}.",
        "IMGs: ECFMG certification required {by}.",
        "For IMG applicants, ECFMG certification must be finalized {by}.",
        "Applicants from foreign medical schools are required to hold full ECFMG certification {by}.",
    ),
    "usce:months": (
        "International graduates must have completed at least {n} months of clinical work in a U.S. teaching hospital.",
        "A minimum of {w} months of hands-on U.S. clinical rotations (externships or sub-internships, not observerships) is required.",
        "USCE requirement: {n} months, hands-on.",
        "IMGs must complete {w} months or more of direct patient care in a U.S. hospital before applying.",
        "Candidates without {n} months of U.S. clinical experience will not be considered.",
    ),
    "usce:zero": (
        "Clinical experience in the U.S. is not a prerequisite for the CAS application.",
        "We do not require clinical rotations in the United States.",
        "Applicants do not need any U.S. clinical experience before applying to the program.",
        "Prior U.S. clinical experience: not required.",
        "Applicants are not required to have completed rotations or observerships in the U.S.",
    ),
    "usce:unstated": (
        "IMGs must have hands-on clinical experience in the United States.",
        "Some U.S. clinical experience is required; observerships alone do not meet this requirement.",
        "U.S. clinical rotations are mandatory for international applicants.",
        "Requirement: hands-on clinical experience in a U.S. hospital.",
        "Applicants must have completed clinical work in the United States before applying.",
    ),
    "step1:n": (
        "Applicants with a numeric Step 1 score must have scored {n} or higher.",
        "Our Step 1 minimum is {n} for applicants who took the exam before pass/fail reporting.",
        "We do not review applications with a USMLE Step 1 score under {n}.",
        "USMLE Step 1 (if scored): {n} minimum.",
        "Step 1 scores must be at least {n} to be considered for an interview.",
    ),
    "step1:none": (
        "We have no minimum USMLE Step 1 score.",
        "The selection committee does not apply a Step 1 cutoff.",
        "No Step 1 score threshold is used to screen applications.",
        "Step 1 (pass/fail or scored): no minimum applied.",
        "No applicant is screened out on the basis of a Step 1 score.",
    ),
    "step2:n": (
        "A USMLE Step 2 CK score of {n} or above is a requirement for all applicants.",
        "The lowest Step 2 CK score the committee will consider is {n}.",
        "Step 2 CK scores lower than {n} are not reviewed.",
        "USMLE Step 2 CK (required for all applicants): minimum {n}.",
        "A Step 2 CK score of at least {n} is needed to be offered an interview.",
    ),
    "step2:none": (
        "We do not set a minimum Step 2 CK score.",
        "Our department has no Step 2 CK cutoff.",
        "No Step 2 CK minimum is set by the department for any applicant.",
        "Applicants are not held to any minimum Step 2 CK score.",
        "The committee does not screen applications by Step 2 CK score.",
    ),
    "step2:pct": (
        "Step 2 CK scores must be at or above the {p}th percentile of U.S. test takers.",
        "We require a Step 2 CK result at or above the {p}th percentile.",
        "Step 2 CK requirement: the {p}th percentile or higher.",
        "Applicants whose Step 2 CK score falls below the {p}th percentile are not invited to interview.",
        "A Step 2 CK performance at the {p}th percentile or above is the minimum for consideration.",
    ),
    "comlex:n": (
        "Osteopathic graduates need a COMLEX Level 2-CE of {n} or higher to be reviewed.",
        "The minimum COMLEX-USA Level 2-CE score for DO applicants to our program is {n}.",
        "COMLEX Level 2-CE (DO applicants): minimum {n}.",
        "We require a COMLEX Level 2-CE score of at least {n} from DO applicants who have not taken the USMLE.",
        "DO applications with a COMLEX Level 2-CE score below {n} are not reviewed by the committee.",
    ),
    "comlex:none": (
        "We have no minimum COMLEX score for DO applicants.",
        "COMLEX scores are accepted, and no cutoff is applied to them.",
        "COMLEX-USA: no minimum score.",
        "DO applicants are not held to a minimum COMLEX Level 2-CE score.",
        "The department has no COMLEX score cutoff for osteopathic applicants.",
    ),
    "scores:both": (
        "Minimum board scores: USMLE Step 1 {a} and Step 2 CK {b}.",
        "Applicants need at least {a} on Step 1 and {b} on Step 2 CK.",
        "We screen at {a} for Step 1 and {b} for Step 2 CK.",
        "Score minimums are {a} (Step 1) and {b} (Step 2 CK).",
        "Step 1 scores under {a} and Step 2 CK scores under {b} are not considered.",
    ),
    "attempt:yes": (
        "Every USMLE examination taken must have been passed on the first attempt.",
        "Applicants with a failed attempt on any step of USMLE or COMLEX are not eligible.",
        "We only consider applicants who passed each board exam on their first try.",
        "First-time passes on all USMLE steps are required.",
        "Board exams: first-attempt passes only.",
    ),
    "attempt:step2": (
        "Step 2 CK must be passed on the first try; earlier Step 1 attempts are considered case by case.",
        "The department requires that USMLE Step 2 CK be passed on the first attempt.",
        "Applicants to the PGY-2 class must pass Step 2 CK on their first attempt.",
        "Step 2 CK: must be passed in a single attempt.",
        "A first-time pass on Step 2 CK is required of every applicant.",
    ),
    "attempt:no": (
        "Applicants who took a USMLE step more than once are still considered for interview.",
        "A failed board exam attempt does not by itself rule out an applicant.",
        "Multiple attempts on USMLE or COMLEX do not make an applicant ineligible.",
        "Retakes on USMLE or COMLEX: acceptable.",
        "Repeat takers of USMLE Step 1 or Step 2 CK remain eligible to apply.",
    ),
    "yog:n": (
        "Applicants must be no more than {n} years past medical school graduation when the PGY-1 year starts.",
        "We consider only applicants who graduated within the past {w} years.",
        "Graduation from medical school within the last {n} years is required.",
        "Candidates more than {n} years out of medical school are not eligible to match with us.",
        "Graduation year cutoff: {n} years.",
    ),
    "yog:none": (
        "The program places no restriction on an applicant's year of graduation.",
        "The committee reviews applicants regardless of the year they earned their medical degree.",
        "Year of graduation does not affect eligibility.",
        "Graduation year: no cutoff.",
        "No one is excluded because of how long ago they finished medical school.",
    ),
    "positions:n": (
        "We match {n} {noun} each year through the SF Match.",
        "Each year the department recruits {w} PGY-2 {noun}.",
        "Positions offered annually: {n}.",
        "The program accepts {n} new {noun} per year into the integrated track.",
        "Our incoming class each year is {n} {noun}, all categorical.",
    ),
    "positions:range": (
        "We match {a} or {b} residents per year, depending on funding.",
        "The department takes between {a} and {b} residents each match cycle.",
        "Annual class size: {a}-{b} residents.",
        "Depending on the year, {a} to {b} residents start with us each July.",
        "{a}–{b} positions are offered each year in the AUA Urology Match.",
    ),
    "home:positions": (
        "{W} {noun} join the department each year.",
        "The residency matches {n} {noun} annually.",
        "We welcome {n} new {noun} every year.",
        "With {n} {noun} per class, every trainee gets a full surgical experience.",
        "Each class has {w} {noun}.",
    ),
    "total": (
        "The department has {n} residents across all training years.",
        "Total residents in training: {n}.",
        "At any one time the department has {n} residents in training.",
        "Our residency totals {n} trainees, PGY-1 through chief year.",
        "The program currently has {n} residents.",
    ),
    "research_track": (
        "Residents interested in academic careers may join our research track, which includes a protected research year.",
        "The department offers an optional research track for residents who want dedicated time in the lab.",
        "Research track (optional, competitive entry): available.",
        "We have a research track with a dedicated block of lab time.",
        "A clinician-scientist track is offered for residents who plan academic careers.",
    ),
    "prelim": (
        "Alongside the categorical class, the department appoints {n} preliminary {noun} each year.",
        "Preliminary-year slots available each July: {n}.",
        "In addition to categorical residents, we take {n} preliminary {noun} through the NRMP.",
        "The number of preliminary-year positions each year is {w}.",
        "Non-categorical preliminary positions offered: {n}.",
    ),
    "us_letters": (
        "At least one of your letters must be written by a U.S. faculty member in the specialty.",
        "Letters of recommendation are required from physicians who practice in the United States.",
        "We require two letters from U.S. physicians who have supervised you clinically.",
        "Letters: at least two from U.S. faculty.",
        "Letters written by physicians outside the United States do not satisfy our letter requirement.",
    ),
    "trap:usce_pref": (
        "Hands-on experience in a U.S. eye clinic is a plus.",
        "Applicants with clinical experience in the United States tend to be more competitive.",
        "U.S. clinical exposure is valued by the selection committee.",
        "We look favorably on rotations completed in U.S. hospitals.",
        "Prior U.S. clinical experience strengthens an application.",
    ),
    "trap:ecfmg_pref": (
        "IMGs who are already ECFMG certified when they apply have an advantage.",
        "It is helpful to have ECFMG certification in hand before interview season.",
        "We encourage international graduates to complete ECFMG certification as early as possible.",
        "The committee views a completed ECFMG certification favorably.",
    ),
    "trap:yog_pref": (
        "Recent graduates tend to be more competitive in our applicant pool.",
        "We give some preference to recent graduates.",
        "Applicants who graduated in the last few years are favored.",
        "Candidates with recent clinical activity are preferred.",
    ),
    "trap:step2_average": (
        "The residents now in our program averaged {n} on Step 2 CK.",
        "Our most recently matched class had a mean Step 2 CK score of {n}.",
        "Interviewed applicants last cycle had an average Step 2 CK of {n}.",
        "Average Step 2 CK among residents who matched here: {n}.",
        "Residents in our program have scored {n} on Step 2 CK on average.",
    ),
    "trap:step1_average": (
        "In the years before Step 1 went pass/fail, residents who matched with us averaged {n}.",
        "Our residents' mean Step 1 score was {n} in the last scored years.",
        "The average Step 1 score of our current PGY-4 class is {n}.",
        "Recent matches here had Step 1 scores averaging around {n}.",
        "For reference, the average Step 1 score of applicants we ranked was {n}.",
    ),
    "trap:letters_pref": (
        "Letters from U.S. faculty carry particular weight with the committee.",
        "We value letters from physicians who have worked with you in the United States.",
        "Where possible, include a letter from an ophthalmologist practicing in the U.S.",
        "A letter from a U.S. urologist who knows your clinical work is ideal.",
    ),
    "trap:other_program": (
        "Our affiliated transitional year program, where many of our residents complete their internship, has {n} positions.",
        "The department also trains {n} clinical fellows in cornea, retina, glaucoma and oculoplastics.",
        "The hospital's general surgery program, which runs the urology PGY-1 year, matches {n} categorical residents.",
        "Our sister program at the county campus accepts {n} residents a year.",
        "The Department of Urology's fellowship programs enroll {n} fellows in all.",
    ),
    "trap:surgical_volume": (
        "Graduating residents have performed more than {n} cataract surgeries as primary surgeon.",
        "Residents log more than {n} robotic cases by the end of training.",
        "Chief residents complete roughly {n} major cases in the final year.",
        "Each resident averages about {n} intravitreal injections per year in clinic.",
        "Our graduates typically report {n} or more endourology cases.",
    ),
    "trap:interviews": (
        "We interview approximately {n} applicants per cycle.",
        "Roughly {n} applicants were invited to our interview days last season.",
        "Interviews offered last cycle: {n}.",
        "About {n} candidates interviewed for our positions in the most recent match.",
    ),
    "trap:match_calendar": (
        "SF Match rank lists are due in mid-January, and results are released in late January.",
        "The AUA Urology Match results are announced in early February, several weeks before the NRMP Main Residency Match.",
        "Applications open through the CAS in early July; we begin reviewing them in August.",
        "Interview invitations go out in October, and interviews run from November through mid-December.",
        "Key dates: CAS opens in July, interviews in the fall, rank lists due in January.",
    ),
    "trap:okap": (
        "Residents take the OKAP examination each spring; scores are used for feedback and are not part of promotion decisions.",
        "All urology residents sit for the AUA In-Service Examination every November.",
        "Our residents have scored above the national mean on the OKAP for the past five years.",
        "The program covers the cost of the OKAP and in-service exams.",
        "In-service exam results are reviewed with each resident by the program director.",
    ),
}
# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visa types the department sponsors", "J-1 only; no H-1B"),
    "visa:both": ("Visa types the department sponsors", "J-1 or H-1B"),
    "visa:none": ("Visa types the department sponsors", "None; not available"),
    "visa:j1_yes": ("J-1 visa (ECFMG) sponsorship", "Yes"),
    "visa:h1b_no": ("H-1B visa sponsorship for residents", "No"),
    "img:yes": ("IMGs eligible for the match", "Yes"),
    "img:no": ("IMGs eligible for the match", "No"),
    "ecfmg": ("ECFMG certification for IMG applicants", "Must be complete {by}"),
    "usce:months": ("U.S. clinical rotations (IMG applicants)", "At least {n} months"),
    "usce:zero": ("U.S. clinical rotations (IMG applicants)", "Not required of applicants"),
    "usce:unstated": ("U.S. clinical rotations (IMG applicants)", "Required; length not specified"),
    "step1:n": ("USMLE Step 1 minimum (scored exams)", "{n}"),
    "step1:none": ("USMLE Step 1 minimum (scored exams)", "No minimum"),
    "step2:n": ("Step 2 CK floor (USMLE)", "{n}"),
    "step2:none": ("Step 2 CK floor (USMLE)", "No floor"),
    "step2:pct": ("Step 2 CK floor (USMLE)", "{p}th percentile"),
    "comlex:n": ("COMLEX Level 2-CE floor (DO applicants)", "{n}"),
    "comlex:none": ("COMLEX Level 2-CE floor (DO applicants)", "No floor"),
    "scores:both": ("Board score floors, Step 1 / Step 2 CK", "{a} / {b}"),
    "attempt:yes": ("First-attempt pass on all Steps", "Required"),
    "attempt:step2": ("First-attempt pass on board exams", "Step 2 CK only"),
    "attempt:no": ("First-attempt pass on board exams", "Not required"),
    "yog:n": ("Graduation-year window (MD/DO)", "{n} years or less"),
    "yog:none": ("Graduation-year window (MD/DO)", "Any year; no limit"),
    "positions:n": ("Residents matched annually", "{n}"),
    "positions:range": ("Residents matched annually", "{a}-{b}"),
    "total": ("Residents in the program (all years)", "{n}"),
    "research_track": ("Research track for residents", "Offered"),
    "prelim": ("Preliminary-year spots offered", "{n}"),
    "us_letters": ("Letters from U.S. faculty", "Required"),
    "trap:step2_average": ("Mean Step 2 CK, residents now in training", "{n}"),
    "trap:interviews": ("Interviews held in the last match cycle", "{n}"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Does the program sponsor visas for international applicants?",
    "img": "Are international medical graduates eligible?",
    "ecfmg": "When do IMGs need to be ECFMG certified?",
    "usce": "Do I need clinical experience in the United States?",
    "step1": "Is there a Step 1 score requirement now that it is pass/fail?",
    "step2": "What Step 2 CK score is needed?",
    "comlex": "Can DO applicants submit COMLEX instead of USMLE?",
    "scores": "Do you use board score cutoffs?",
    "attempt": "Can I apply if I failed a board exam?",
    "yog": "Is there a year-of-graduation requirement?",
    "positions": "How many residents do you match each year?",
    "total": "How many residents are in the program?",
    "research_track": "Are there opportunities for dedicated research time?",
    "prelim": "Does the department offer preliminary positions?",
    "us_letters": "What are the letter of recommendation requirements?",
    "trap": "What does a typical matched applicant look like?",
}
# fmt: on
