"""A fifty-third blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-28 (about 03:31-04:05 UTC) by a blind helper session, from its own knowledge of
how combined and dual-board residency programs word their "Application Information" pages:
internal medicine-pediatrics, internal medicine-psychiatry, the pediatrics-psychiatry-child
psychiatry "triple board", internal medicine-emergency medicine and pediatrics-medical genetics
programs of four or five years taking two to six residents a year. Such pages explain the combined
curriculum and the two (or three) boards, the combined track's own NRMP code, whether applicants
should also apply to the categorical programs, and rotations that alternate between departments
every few months, then give an eligibility list and a short FAQ. Each wording is written as a
different program's page would put it: "the combined program", "the combined track", "both
departments", "combined residents"; requirements in plain sentences, conditions ("for applicants
with a numeric Step 1 score"), negations, fragments and "Label: value" list items, FAQ answers
("Only the J-1."), and preferences that are not requirements. The traps settle nothing: averages
of matched combined residents, Step 1 averages from before pass/fail, the categorical programs'
own class sizes, how many combined programs exist nationally, how many graduates the program has
had, board pass rates of graduates, the number of months in each department and the length of
the program, interview counts, and advice on applying to the categorical programs as well. All of
it is invented demo data about no real program, town or person.

The author read only the brief's fact contract (fact names and values, "preferences are not
requirements; averages of past applicants are not minimums"), ``demoweb/phrasings.py`` (the shape
of a set and the dev/held-out wordings, to avoid reusing them), ``demoweb/info.py`` (how a set is
drawn and rendered, the fields templates get and the truth values of ``demoweb.info._facts``),
``tests/test_demoweb_info.py`` (the structural checks a blind set must pass),
``tests/test_demoweb_collisions.py`` (the collision check), the ``class_sizes`` field of
``demoweb/specialties.py``, the first 48 lines of ``demoweb/phrasings_independent42.py`` (its
docstring, for the provenance style) and the ``visible_text`` function of
``tests/test_demoweb.py``. Of ``demoweb/phrasings_independent14.py`` it meant to read the first 70
lines (docstring, the shape of ``ECFMG_BY`` and ``EXTRA_TRAPS``) but, by a slip of the pager, also
saw lines 71-80 (the start of that set's table: five J-1-only wordings); none of them was reused.
The author did NOT read, grep, import or run the extraction rules (``extract/``), their tests
(``tests/test_facts*.py``, ``tests/facts_families.py``), ``bench/``, any benchmark output, git log
or diffs, or any other blind set ``demoweb/phrasings_independent*.py`` (nor the fifty-fourth,
written at the same time by another helper); did not run ``bench/facts.py`` or ``precedent
facts``, and did not run the extractor on any of these sentences: nothing here was tuned against
the rules. It was checked only structurally, by an ad-hoc script outside the repository: it
imports, has every claim of the dev set with four or five distinct wordings, every template and
row formats with the fields ``demoweb.info`` passes and uses only the fields the tests allow, no
ECFMG deadline wording is inside another, no wording is a dev or held-out one, no wording, row or
deadline is shared with or stands inside another blind set's text (``collisions`` of
``tests/test_demoweb_collisions.py`` against every set in ``demoweb.info.BLIND``, by counts only,
showing only this set's side), and the value checks of ``tests/test_demoweb_info.py`` hold on
pages rendered from this set (by monkeypatching ``demoweb.info`` in that script so held-out
programs use it, and calling that test module's own structural and page checks on this set).
The first draft had 25 texts that equalled or stood inside another blind set's text (12 rows,
mostly a score or graduation label with its value, 9 wordings and 4 deadline phrases), and a
second round 8 of the reworded rows; they were reworded, keeping their meaning, until the check
found none. The fifty-fourth set was
not wired when this one was checked, so it was not compared.
"""

from __future__ import annotations

NAME = "independent53"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "before the combined program submits its rank list",
    "time of application": "at the moment your ERAS application goes to the combined track",
    "start of residency": "before you begin the PGY-1 year with us",
    "interview": "before you come for your combined interview day",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": (
        "by the time our rank order list is finalized",
        "early enough for the combined program to rank you",
    ),
    "time of application": (
        "by the day your ERAS application reaches us",
        "no later than the day you apply to the combined track",
    ),
    "start of residency": (
        "ahead of intern orientation in late June",
        "by the first day of the combined internship",
    ),
    "interview": (
        "by the date of your interview with both departments",
        "prior to interviewing with the combined program",
    ),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 6-12 for another program (the
# categorical programs' class sizes), else 60-150 (combined programs nationally, graduates,
# interviews); the curriculum, board and applying traps carry their own numbers or none.
EXTRA_TRAPS = (
    ("trap:other_program", 0.3),
    ("trap:national", 0.2),
    ("trap:graduates", 0.2),
    ("trap:curriculum", 0.3),
    ("trap:boards", 0.2),
    ("trap:interviews", 0.2),
    ("trap:apply_both", 0.25),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "The combined program sponsors the J-1 Exchange Visitor visa through ECFMG; H-1B sponsorship is not available for combined residents.",
        "Because our residents train in two departments, the hospital limits sponsorship to the ECFMG J-1 and cannot offer the H-1B.",
        "Visas: J-1 sponsorship only. We do not file H-1B petitions for the combined track.",
        "Applicants who need a visa will be sponsored on a J-1; the institution does not sponsor H-1B visas for any of its residency programs, combined or categorical.",
        "Only the J-1. The H-1B is not an option for our combined residents.",
    ),
    "visa:both": (
        "Both J-1 and H-1B visas can be sponsored for combined residents; H-1B candidates must have passed Step 3 before the Match.",
        "Our GME office sponsors J-1 (through ECFMG) and H-1B visas for residents in the combined program.",
        "Visa options for the combined track include the J-1 and the H-1B.",
        "We are able to sponsor either an H-1B or a J-1 visa; which one is settled with the GME office after the Match.",
        "Yes. The institution sponsors both J-1 and H-1B visas, and combined residents are eligible for either.",
    ),
    "visa:none": (
        "The combined program is not able to sponsor visas; applicants must be US citizens, permanent residents, or hold work authorization that covers the full length of training.",
        "We do not sponsor J-1 or H-1B visas for either the combined or the categorical programs.",
        "Visa sponsorship, J-1 or H-1B, is not offered by our institution to combined residents.",
        "Unfortunately, neither department can sponsor a visa of any type, so we can only consider applicants who are already authorized to work in the US.",
        "No visa sponsorship is provided for the combined residency.",
    ),
    "visa:j1_yes": (
        "Combined residents who need a visa may be sponsored on the ECFMG J-1.",
        "We support J-1 visa sponsorship through ECFMG for combined residents.",
        "We sponsor the J-1 visa for international graduates who match into the combined track.",
        "Visa: the combined program can sponsor a J-1 through ECFMG.",
        "Our institution sponsors J-1 physicians in both of the departments that run the combined program.",
    ),
    "visa:h1b_no": (
        "The hospital does not file H-1B petitions for combined residents.",
        "We are unable to offer H-1B sponsorship to applicants to the combined program.",
        "H-1B visas: not sponsored by the combined track.",
        "Please note that neither department sponsors the H-1B temporary worker visa.",
        "Unfortunately not; H-1B sponsorship is not something our GME office provides for combined residents.",
    ),
    "img:yes": (
        "International medical graduates are eligible for the combined program and are reviewed by both departments together.",
        "We welcome applications from graduates of international medical schools to the combined track.",
        "IMGs may apply to the combined program as well as to the categorical programs.",
        "Graduates of medical schools outside the United States and Canada are considered for the combined program on the same basis as US graduates.",
        "Yes. IMGs have matched into our combined program in the past, and we continue to review their applications.",
    ),
    "img:no": (
        "The combined program can only consider graduates of LCME- or AOA-accredited US medical schools.",
        "We are not able to accept international medical graduates into the combined track at this time.",
        "International medical graduates are not eligible for the combined program.",
        "Our combined program does not consider applications from graduates of international medical schools.",
        "Eligibility for the combined track is limited to students and graduates of US MD and DO schools.",
    ),
    "ecfmg": (
        "Graduates of foreign schools applying to the combined track must be certified by ECFMG {by}.",
        "Applicants from international schools need a valid ECFMG certificate {by}; this applies to both departments.",
        "For IMGs, ECFMG certification must be finished {by}, and the combined program cannot make exceptions.",
        "ECFMG certificate (IMGs): due {by}.",
        "Your ECFMG certificate needs to be issued {by}.",
    ),
    "usce:months": (
        "Applicants who trained outside the US need at least {n} months of hands-on clinical experience in a US hospital; observerships are not counted.",
        "A minimum of {w} months of US clinical experience, ideally split between adult and pediatric patients, is required.",
        "US clinical experience: {n} months minimum (hands-on, not observership).",
        "IMG applicants must have completed {w} or more months of US clinical work, such as externships or sub-internships, before applying.",
        "At least {n} months of clinical experience in the United States is required for the combined track, and it should be recent.",
    ),
    "usce:zero": (
        "US clinical experience is not a prerequisite for the combined program.",
        "You do not need US clinical experience to apply to the combined track.",
        "There is no USCE requirement for our combined program.",
        "Prior clinical work in the United States is not required of combined applicants.",
        "No. Applicants to the combined program are not required to have clinical experience in the US.",
    ),
    "usce:unstated": (
        "Hands-on US clinical experience is required of all applicants to the combined program.",
        "Applicants must have some clinical experience in the United States; observerships alone do not qualify.",
        "US clinical experience is a requirement for IMG applicants to the combined track.",
        "Clinical experience in a US setting is mandatory for the combined track.",
        "You must have completed clinical rotations in a US hospital before applying to the combined program.",
    ),
    "step1:n": (
        "For applicants with a numeric Step 1 score, the minimum accepted by the combined program is {n}.",
        "Both departments use a Step 1 minimum of {n} for combined applicants.",
        "Step 1: {n} minimum (if taken before pass/fail reporting).",
        "Applications with a Step 1 score under {n} are not reviewed by the combined selection committee.",
        "A Step 1 score of at least {n} is needed to be considered for a combined interview.",
    ),
    "step1:none": (
        "The combined program has no Step 1 score cutoff.",
        "We do not screen combined applicants by Step 1 score.",
        "No minimum Step 1 score is applied by either department.",
        "Step 1 results are not used as a screen for the combined track; there is no minimum.",
        "No, there is no Step 1 minimum for the combined track.",
    ),
    "step2:n": (
        "The minimum Step 2 CK score for the combined program is {n}.",
        "Applicants must have a Step 2 CK score of {n} or higher; we apply the stricter of the two departments' cutoffs.",
        "Step 2 CK: minimum {n} for combined applicants.",
        "We only invite combined applicants whose Step 2 CK score is {n} or above.",
        "A Step 2 CK score of at least {n} is required to be ranked by the combined program.",
    ),
    "step2:none": (
        "The combined program does not have a minimum Step 2 CK score.",
        "There is no Step 2 CK cutoff for combined applicants.",
        "We do not use a Step 2 CK threshold; every combined application is read in full.",
        "Step 2 CK scores are not screened against a minimum by either department.",
        "Step 2 CK for combined applicants: no minimum.",
    ),
    "step2:pct": (
        "Combined applicants need a Step 2 CK result in the {p}th percentile or better.",
        "We require a Step 2 CK score at the {p}th percentile or higher for the combined track.",
        "Step 2 CK: {p}th percentile or above.",
        "Applicants scoring below the {p}th percentile on Step 2 CK are not considered by the combined program.",
    ),
    "comlex:n": (
        "DO applicants to the combined program need a COMLEX Level 2-CE score of at least {n}.",
        "Osteopathic applicants who have not taken the USMLE must have a COMLEX Level 2-CE of {n} or higher.",
        "COMLEX Level 2-CE: {n} minimum for combined applicants.",
        "For osteopathic students, the combined program's COMLEX Level 2 cutoff is {n}.",
        "COMLEX may be submitted instead of USMLE by combined applicants; the Level 2-CE minimum is {n}.",
    ),
    "comlex:none": (
        "There is no COMLEX cutoff for DO applicants to the combined track.",
        "COMLEX scores are accepted by the combined program, and no minimum applies.",
        "We do not set a minimum COMLEX score for combined applicants.",
        "DO applicants: COMLEX accepted, no minimum score.",
    ),
    "scores:both": (
        "Minimum scores for the combined program are {a} on Step 1 and {b} on Step 2 CK.",
        "Combined applicants need at least {a} on Step 1 and {b} on Step 2 CK to be reviewed.",
        "Score minimums: USMLE Step 1 {a} / Step 2 CK {b}.",
        "We screen at {a} for Step 1 and {b} for Step 2 CK, the higher of the two departments' cutoffs.",
    ),
    "attempt:yes": (
        "All USMLE or COMLEX examinations must be passed on the first attempt to be considered for the combined program.",
        "Applicants with a failed attempt on any licensing exam are not eligible for the combined program.",
        "We require first-attempt passes on every Step and Level taken.",
        "Exam attempts: first-time passes only.",
        "Because combined residents sit for two boards, we only consider applicants who have passed each licensing exam on their first try.",
    ),
    "attempt:step2": (
        "For the combined track, Step 2 CK has to be a first-attempt pass.",
        "Combined applicants need to have cleared Step 2 CK on a single try.",
        "A first-time pass on Step 2 CK is required; a Step 1 failure is reviewed case by case.",
        "Step 2 CK: must be passed on the first attempt.",
    ),
    "attempt:no": (
        "Applicants who needed more than one attempt on a licensing exam are still considered for the combined program.",
        "A previous exam failure does not rule you out of the combined track; we look at the whole application.",
        "The combined program does not require first-attempt passes.",
        "More than one attempt on USMLE or COMLEX is reviewed case by case and does not disqualify an applicant.",
        "Exam attempts: more than one attempt accepted.",
    ),
    "yog:n": (
        "Applicants must have graduated from medical school no more than {n} years before the start of the combined residency.",
        "We consider graduates from the last {w} years only.",
        "Medical school graduation: {n} years or less before Match Day.",
        "Graduates more than {n} years out of medical school are not eligible for the combined track.",
        "Candidates must be within {w} years of graduation when they apply to the combined program.",
    ),
    "yog:none": (
        "There is no year-of-graduation limit for the combined program.",
        "We do not restrict combined applications by graduation year.",
        "Applicants to the combined track are considered regardless of when they graduated.",
        "Year of graduation: no cutoff.",
        "Time since graduation is not a factor in eligibility for the combined track.",
    ),
    "positions:n": (
        "We match {n} {noun} into the combined program each year, through its own NRMP code.",
        "Our combined class size is {w} {noun} a year.",
        "The combined program takes {n} {noun} per class, in addition to the categorical residents.",
        "Positions offered each year (combined track only): {n}.",
        "{W} {noun} start the combined program each July.",
    ),
    "positions:range": (
        "We match {a} to {b} residents into the combined program each year.",
        "Class size varies between {a} and {b} combined residents per year.",
        "The combined program takes {a}-{b} interns annually, depending on funding.",
        "Positions per year: {a}-{b} (combined track).",
        "Each combined class has {a} or {b} residents.",
    ),
    "home:positions": (
        "Each year, {w} {noun} begin training in our combined program.",
        "Our combined residency welcomes {n} new {noun} every year.",
        "We train {w} combined {noun} per class in both of our parent specialties.",
        "{W} {noun} match into the combined program every year.",
        "A small program by design: {n} {noun} a year, two departments, one close-knit group.",
    ),
    "total": (
        "There are {n} residents in the combined program across all PGY levels.",
        "The combined program has a total of {n} residents.",
        "All told, {n} combined residents are in training at any one time.",
        "Combined residents (all years): {n}.",
        "With every class counted, our combined program is {n} residents strong.",
    ),
    "research_track": (
        "A research pathway is available within the combined program for residents planning a physician-scientist career.",
        "Combined residents may apply to our research track, which adds protected research months in the final years.",
        "We offer a research track for combined residents.",
        "The combined program has a dedicated research track; interested applicants should mention it in their personal statement.",
    ),
    "prelim": (
        "Separately from the combined track, we take {n} preliminary {noun} each year.",
        "Preliminary positions (matched under a different NRMP code): {n}.",
        "In addition, {w} preliminary-year {noun} train with us annually.",
        "Our hospital also matches {n} preliminary {noun}; these are one-year positions and do not lead into the combined program.",
    ),
    "us_letters": (
        "At least two of your letters must be written by physicians in the United States, ideally one from each specialty.",
        "Letters of recommendation for the combined program must include at least two from US faculty.",
        "We require letters from US physicians, at minimum one from each of the two specialties.",
        "Two or more letters must come from physicians who supervised you in a US clinical setting.",
        "US letters: two required for the combined track.",
    ),
    "trap:usce_pref": (
        "US clinical experience in both adult and pediatric settings is strongly encouraged.",
        "Applicants with US rotations in both specialties tend to be more competitive for the combined track.",
        "We like to see some clinical experience in the United States.",
        "US clinical experience is a plus for combined applicants.",
        "Hands-on US clinical experience is preferred for the combined track.",
    ),
    "trap:ecfmg_pref": (
        "We prefer that IMG applicants to the combined program be ECFMG certified when they apply.",
        "ECFMG certification at the time of ranking is preferred.",
        "Candidates who already hold ECFMG certification are at an advantage.",
        "Having your ECFMG certificate in hand early makes the visa process easier, and we favor applicants who do.",
    ),
    "trap:yog_pref": (
        "We prefer combined applicants who graduated within the last few years.",
        "Recent graduation is an advantage for combined applicants.",
        "Preference goes to recent graduates, since the combined training is long.",
        "Applicants who graduated recently are generally more competitive for the combined track.",
    ),
    "trap:step2_average": (
        "Our current combined residents averaged {n} on Step 2 CK.",
        "The mean Step 2 CK score of residents who matched into the combined program over the last five years was {n}.",
        "Average Step 2 CK of our interviewed combined applicants: {n}.",
        "Last year's combined interns had a median Step 2 CK score of {n}.",
        "Step 2 CK scores among our recent combined matches cluster around {n}.",
    ),
    "trap:step1_average": (
        "Before Step 1 went pass/fail, our matched combined residents averaged {n}.",
        "The average Step 1 score of our current senior combined residents is {n}.",
        "Mean Step 1 score of past matched combined applicants: {n}.",
        "Our combined residents' Step 1 scores have averaged about {n}.",
    ),
    "trap:letters_pref": (
        "Letters from US faculty in both specialties are preferred.",
        "We value a letter from a combined program director or faculty member in the US if you can get one.",
        "A letter from a US physician who practices both specialties is especially helpful.",
        "It strengthens a combined application to include letters from physicians who practice in the United States.",
    ),
    "trap:other_program": (
        "The categorical internal medicine program, which shares many rotations with ours, matches {n} interns a year.",
        "Separately, our categorical pediatrics program takes {n} residents each year.",
        "Categorical psychiatry class size: {n} per year.",
        "You can also apply to our categorical internal medicine program ({n} positions a year) under its own NRMP code.",
        "Combined interns join a categorical pediatrics class of {n} for conferences and call.",
    ),
    "trap:national": (
        "There are roughly {n} combined programs of this type in the United States.",
        "Ours is one of about {n} accredited combined programs nationwide.",
        "Nationally, around {n} combined programs participate in the Match.",
        "Of the {n} or so combined programs in the country, only a few are in our region.",
    ),
    "trap:graduates": (
        "Since the program began, more than {n} combined residents have graduated.",
        "Our combined alumni now number {n}, about half of whom practice both specialties.",
        "{n} graduates have completed the combined program since its founding.",
        "We have trained over {n} dual-boarded physicians.",
    ),
    "trap:curriculum": (
        "Residents alternate between the two departments every three to four months.",
        "The combined program lasts four years, with 24 months in each specialty.",
        "Training is five years long and leads to eligibility for three boards.",
        "Rotations switch departments every six months, and continuity clinic continues throughout.",
        "Combined residents spend 18 months in each department over the first three years.",
    ),
    "trap:boards": (
        "Our graduates have a 100% first-time pass rate on both specialty boards over the past ten years.",
        "The five-year rolling board pass rate for our combined graduates is 97% in internal medicine and 100% in pediatrics.",
        "Every combined graduate in the last decade has become certified by both boards.",
        "Board pass rates of our graduates are posted on each certifying board's website.",
    ),
    "trap:interviews": (
        "We interview roughly {n} applicants each season for the combined positions.",
        "Last cycle the combined program received {n} applications.",
        "About {n} candidates are invited to interview with both departments every year.",
        "Combined track interview invitations: around {n} per season.",
    ),
    "trap:apply_both": (
        "Applicants may apply to both the combined and categorical programs; ranking one does not affect the other.",
        "You are welcome to apply to the categorical programs as well, and each program reviews your application independently.",
        "Applying to the combined program and a categorical program at the same institution will not count against you.",
        "The combined program has its own NRMP code, separate from the categorical codes.",
    ),
}
# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visas for combined residents", "J-1 through ECFMG; no H-1B"),
    "visa:both": ("Visas for combined residents", "J-1 or H-1B"),
    "visa:none": ("Visas for combined residents", "No sponsorship"),
    "visa:j1_yes": ("Visas for combined residents", "J-1 sponsored"),
    "visa:h1b_no": ("Visas for combined residents", "H-1B not sponsored"),
    "img:yes": ("International graduates (combined track)", "Eligible"),
    "img:no": ("International graduates (combined track)", "Not eligible"),
    "ecfmg": ("ECFMG certificate for combined applicants", "Needed {by}"),
    "usce:months": ("US clinical experience (IMGs)", "At least {n} months"),
    "usce:zero": ("US clinical experience (IMGs)", "Not needed"),
    "usce:unstated": ("US clinical experience (IMGs)", "Required, length not specified"),
    "step1:n": ("Lowest Step 1 score the combined track reviews", "{n}"),
    "step1:none": ("Lowest Step 1 score the combined track reviews", "No cutoff used"),
    "step2:n": ("Lowest Step 2 CK score the combined track reviews", "{n}"),
    "step2:none": ("Lowest Step 2 CK score the combined track reviews", "No cutoff used"),
    "step2:pct": ("Lowest Step 2 CK score the combined track reviews", "{p}th percentile"),
    "comlex:n": ("Lowest COMLEX Level 2-CE the combined track reviews", "{n}"),
    "comlex:none": ("Lowest COMLEX Level 2-CE the combined track reviews", "No cutoff used"),
    "attempt:yes": ("Combined track: first-attempt passes", "Required on all exams"),
    "attempt:step2": ("Combined track: first-attempt passes", "Needed for Step 2 CK alone"),
    "attempt:no": ("Combined track: first-attempt passes", "Not required"),
    "yog:n": ("Combined track: time since graduation", "Up to {n} years"),
    "yog:none": ("Combined track: time since graduation", "Not limited"),
    "positions:n": ("Combined positions per year", "{n}"),
    "positions:range": ("Combined positions per year", "{a} to {b}"),
    "total": ("Combined residents in training, PGY-1 through final year", "{n}"),
    "trap:step2_average": ("Step 2 CK, mean of matched combined residents", "{n}"),
    "trap:other_program": ("Categorical internal medicine positions", "{n} per year"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Does the combined program sponsor visas?",
    "img": "Are international medical graduates eligible for the combined program?",
    "ecfmg": "When do IMGs need to be ECFMG certified?",
    "usce": "Is US clinical experience required for the combined track?",
    "step1": "Is there a Step 1 cutoff for combined applicants?",
    "step2": "What Step 2 CK score does the combined program require?",
    "comlex": "Can DO applicants submit COMLEX scores?",
    "scores": "Are there minimum board scores for the combined track?",
    "attempt": "Can I apply if I failed a Step or Level?",
    "yog": "Is there a graduation-year limit?",
    "positions": "How many combined residents do you take each year?",
    "total": "How many residents are in the combined program altogether?",
    "research_track": "Is there protected research time in the combined program?",
    "prelim": "Does the hospital offer preliminary positions?",
    "us_letters": "What letters of recommendation should I send?",
    "trap": "What else should I know about the combined program?",
}
# fmt: on
