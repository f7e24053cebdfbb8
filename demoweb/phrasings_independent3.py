"""A third blind phrasing set for the proving ground's eligibility pages (fictional demo data).

Written on 2026-11-25 by an engineer on Precedent who had never seen the fact extraction rules
(``extract/facts.py``, ``extract/patterns/``), their tests, any output of ``bench/facts.py`` or
the two earlier blind sets (:mod:`demoweb.phrasings_independent`,
:mod:`demoweb.phrasings_independent2`). Read for the shape only: :mod:`demoweb.phrasings` (claim
keys, placeholders, ``ECFMG_BY``), :mod:`demoweb.info` (how a set is chosen and rendered, and
``demoweb.info._facts`` for the truth values), the fact contract (issue 11) and
``tests/test_demoweb_info.py``. The wording follows how real US residency program websites state
eligibility, visas, score minimums, ECFMG deadlines, clinical experience, graduation limits and
class size; no sentence was checked against the rules. Every program, number and policy these
sentences describe is fictional.

Shape: the claims of :mod:`demoweb.phrasings` with the same fields (``{n}`` a number, ``{w}``/``{W}``
the number in words, ``{a}``/``{b}`` the ends of a range or the two score floors, ``{p}`` a
percentile, ``{by}`` the ECFMG deadline in this set's words, ``{noun}`` "resident"/"residents"),
a table row per claim where a program might put one in a table, one FAQ question per topic, and
``EXTRA_TRAPS``: sentences that settle nothing about the program (another program's policy, the
institution's general statements, applicant statistics, questions applicants ask, soft
preferences), each drawn with its share.
"""

from __future__ import annotations

NAME = "independent3"

# ECFMG deadline: canonical value (the truth's ``ecfmg_by``) → this set's words.
ECFMG_BY: dict[str, str] = {
    "rank order list deadline": "no later than the NRMP rank order list certification deadline",
    "time of application": "at the time the ERAS application is submitted",
    "start of residency": "by the first day of residency training",
    "interview": "prior to the interview date",
}

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "Applicants who need a visa are sponsored on the J-1 (ECFMG) only; H-1B visas are not offered.",
        "The only visa this program sponsors is the ECFMG-sponsored J-1 Exchange Visitor visa.",
        "Visa sponsorship: J-1 only (no H-1B).",
        "Non-citizen residents are sponsored exclusively on J-1 visas, and the program does not "
        "file H-1B petitions.",
    ),
    "visa:both": (
        "We sponsor residents on either a J-1 or an H-1B visa.",
        "Both the J-1 (through ECFMG) and the H-1B temporary worker visa are available to our "
        "residents.",
        "Visa options for matched applicants include J-1 and H-1B sponsorship.",
        "The hospital will sponsor an H-1B visa for qualified applicants, and J-1 visas are "
        "sponsored through ECFMG.",
    ),
    "visa:none": (
        "This program does not sponsor J-1 or H-1B visas.",
        "Applicants must be U.S. citizens, permanent residents, or hold an EAD, as no visa "
        "sponsorship is provided.",
        "Visa sponsorship: not available.",
        "We are not in a position to sponsor a visa of any type for incoming residents.",
    ),
    "visa:j1_yes": (
        "Matched applicants who require a J-1 visa will be sponsored through ECFMG.",
        "The program supports J-1 visa sponsorship for international graduates.",
        "We are able to sponsor the J-1 Exchange Visitor visa.",
    ),
    "visa:h1b_no": (
        "H-1B visa sponsorship is not available in this program.",
        "Please note that we cannot sponsor H-1B visas.",
        "The hospital does not sponsor residents on H-1B visas.",
    ),
    "img:yes": (
        "We welcome applications from graduates of international medical schools.",
        "International medical graduates (IMGs) are eligible and are considered alongside U.S. "
        "graduates.",
        "Our program considers applications from both U.S. and international medical graduates.",
        "IMGs who meet the requirements listed here are invited to apply.",
    ),
    "img:no": (
        "International medical graduates are not eligible for our program.",
        "At this time, the program does not accept applications from IMGs.",
        "Applications from graduates of medical schools outside the United States will not be "
        "reviewed.",
        "We consider only graduates of LCME- or AOA-accredited medical schools in the United States.",
    ),
    "ecfmg": (
        "International graduates must hold a valid ECFMG certificate {by}.",
        "ECFMG certification: required {by}.",
        "All IMG applicants are required to be certified by ECFMG {by}.",
        "If you graduated from a non-U.S. school, your ECFMG certification must be complete {by}.",
    ),
    "usce:months": (
        "Applicants must have completed a minimum of {w} ({n}) months of U.S. clinical experience.",
        "We require no less than {n} months of hands-on clinical experience in a U.S. hospital or "
        "clinic.",
        "U.S. clinical experience: {n} months minimum.",
        "{W} months or more of clinical experience in the United States are required to apply.",
    ),
    "usce:zero": (
        "Prior clinical experience in the United States is not required.",
        "U.S. clinical experience is not a prerequisite for applying.",
        "We have no U.S. clinical experience requirement.",
    ),
    "usce:unstated": (
        "Hands-on clinical experience in the U.S. is mandatory for all IMG applicants.",
        "Applicants must have some U.S. clinical experience (an externship, sub-internship, or "
        "clinical employment) before applying.",
        "U.S. clinical experience is a requirement for consideration.",
    ),
    "step1:n": (
        "Applicants must have scored {n} or above on USMLE Step 1.",
        "We require a USMLE Step 1 score ≥ {n}.",
        "Candidates with a Step 1 score lower than {n} are not eligible.",
        "For applicants with a numeric Step 1 score, the minimum accepted score is {n}.",
    ),
    "step1:none": (
        "No minimum USMLE Step 1 score is required.",
        "We have not set a minimum Step 1 score.",
        "Step 1: no minimum score.",
    ),
    "step2:n": (
        "Step 2 CK: {n} minimum.",
        "Applicants must score at least {n} on USMLE Step 2 Clinical Knowledge.",
        "We will not review applications with a Step 2 CK score under {n}.",
        "A USMLE Step 2 CK score of {n} or greater is required to be offered an interview.",
    ),
    "step2:none": (
        "We do not have a minimum Step 2 CK score.",
        "No minimum score is set for USMLE Step 2 CK.",
        "Step 2 CK: no minimum score.",
    ),
    "step2:pct": (
        "Your USMLE Step 2 CK score must be at the {p}th percentile or higher.",
        "We require a Step 2 CK score no lower than the {p}th percentile of U.S. examinees.",
        "Step 2 CK: {p}th percentile minimum.",
    ),
    "comlex:n": (
        "Osteopathic candidates must have a minimum COMLEX Level 2-CE score of {n}.",
        "COMLEX-USA Level 2-CE: {n} minimum.",
        "DO applicants must have scored {n} or higher on COMLEX Level 2-CE.",
    ),
    "comlex:none": (
        "We do not set a minimum COMLEX score.",
        "No minimum COMLEX-USA score is required of DO applicants.",
        "COMLEX Level 2-CE: no minimum score.",
    ),
    "scores:both": (
        "Minimum USMLE scores are {a} on Step 1 and {b} on Step 2 CK.",
        "Applicants must have at least {a} on Step 1 and at least {b} on Step 2 CK.",
        "USMLE minimums: Step 1 ≥ {a}; Step 2 CK ≥ {b}.",
    ),
    "attempt:yes": (
        "Only applicants who passed every USMLE Step in one attempt will be considered.",
        "First-time passes are required on all USMLE Steps.",
        "Applicants with more than one attempt on any USMLE Step or COMLEX Level are not eligible.",
        "Any failed USMLE attempt makes an applicant ineligible.",
    ),
    "attempt:step2": (
        "Step 2 CK must be passed in a single attempt.",
        "We require a first-time pass on USMLE Step 2 CK.",
        "Applicants must have passed Step 2 CK on the first attempt; other Steps may have been "
        "repeated.",
    ),
    "attempt:no": (
        "Applicants with multiple USMLE attempts are still considered.",
        "Passing each Step on the first attempt is not required.",
        "We do not require first-attempt passes on the USMLE.",
    ),
    "yog:n": (
        "Applicants must be no more than {n} years from medical school graduation.",
        "We accept graduates from the past {w} years only.",
        "Year of graduation: {n} years or less before the start of residency.",
        "We consider applicants who graduated from medical school {n} or fewer years ago.",
    ),
    "yog:none": (
        "Applicants are eligible regardless of their year of graduation.",
        "There is no cutoff for year of graduation.",
        "We do not impose a time-since-graduation limit.",
    ),
    "positions:n": (
        "Each year we recruit {n} categorical {noun}.",
        "Our program accepts {w} {noun} into the PGY-1 class each year.",
        "Categorical positions per year: {n}.",
        "The program matches {n} categorical {noun} annually.",
    ),
    "positions:range": (
        "We typically match {a} to {b} residents per year.",
        "Each incoming class has {a}–{b} interns.",
        "Positions per year: {a} or {b}, depending on funding.",
    ),
    "home:positions": (
        "Our program welcomes {n} new {noun} each year.",
        "{W} new {noun} start with us every July.",
        "With {n} {noun} in each class, our residents get to know one another and the faculty well.",
    ),
    "total": (
        "We have a total of {n} residents across all PGY levels.",
        "The residency comprises {n} residents in all.",
        "Total residents (all years): {n}.",
    ),
    "research_track": (
        "Residents interested in investigation can join our physician-scientist research track.",
        "The program includes a research track for residents pursuing academic careers.",
        "Research track: available, with protected research months in the PGY-2 and PGY-3 years.",
    ),
    "prelim": (
        "Preliminary positions: {n}.",
        "We also match {n} preliminary {noun} each year.",
        "Number of preliminary positions offered: {n}.",
    ),
    "us_letters": (
        "A minimum of two letters of recommendation must be written by U.S. physicians.",
        "At least two of your letters must come from physicians practicing in the U.S.",
        "We require letters of recommendation from U.S. physicians (at least two).",
    ),
    "trap:usce_pref": (
        "Applicants with U.S. clinical experience are given preference.",
        "Hands-on U.S. clinical experience is recommended.",
        "USCE strengthens an application.",
    ),
    "trap:ecfmg_pref": (
        "Applicants who are already ECFMG certified when they apply are preferred.",
        "It is advantageous to be ECFMG certified by the time you apply.",
        "Applicants who have completed ECFMG certification before applying are looked upon "
        "favorably.",
    ),
    "trap:yog_pref": (
        "Preference is given to applicants who graduated within the past three years.",
        "Recent graduates are given priority.",
        "Applicants who graduated recently tend to be more competitive.",
    ),
    "trap:step2_average": (
        "Our current interns had an average Step 2 CK score of {n}.",
        "Step 2 CK average of the incoming class: {n}.",
        "The mean USMLE Step 2 CK score among last year's matched applicants was {n}.",
    ),
    "trap:step1_average": (
        "Residents in our program scored {n} on Step 1 on average.",
        "Median Step 1 score of interviewed applicants: {n}.",
        "Applicants we interviewed last cycle had a mean Step 1 score of {n}.",
    ),
    "trap:letters_pref": (
        "We recommend that at least one letter come from a U.S. physician.",
        "Letters from U.S. clinical supervisors are preferred.",
        "A letter from a physician who supervised you in the U.S. can strengthen your application.",
    ),
    # Extra traps (see EXTRA_TRAPS): {n} is 6, 8, 10 or 12 for another program, else 60 to 150.
    "trap:other_program": (
        "Applicants to the affiliated Transitional Year program must have {n} months of U.S. "
        "clinical experience.",
        "Our sister program at the community campus fills {n} positions through a separate NRMP "
        "code and does not sponsor visas.",
        "The department's fellowship programs sponsor H-1B visas and accept fellows up to {n} "
        "years after residency.",
    ),
    "trap:institution": (
        "More than {n} residents and fellows train across our institution's GME programs.",
        "Visa sponsorship is decided program by program under the institution's GME policy.",
        "ECFMG is the organization that certifies international medical graduates for U.S. "
        "graduate medical education.",
        "The hospital is an equal opportunity employer and does not discriminate on the basis of "
        "national origin.",
    ),
    "trap:applicants": (
        "We received more than {n}0 applications last season.",
        "Last year we interviewed {n} applicants.",
        "About {n} candidates are invited to interview each season.",
    ),
    "trap:asked": (
        "Applicants often ask whether we sponsor H-1B visas or set a minimum Step 2 CK score.",
        "Many candidates want to know how many years after graduation they can still apply.",
        "We are frequently asked whether observerships count as U.S. clinical experience.",
    ),
    "trap:soft": (
        "Successful applicants usually have Step 2 CK scores above 240, though this is not a "
        "cutoff.",
        "Strong Step 2 CK performance is valued, but every application is reviewed holistically.",
        "We give preference to applicants who passed all Steps on the first attempt.",
    ),
}
EXTRA_TRAPS: tuple[tuple[str, float], ...] = (
    ("trap:other_program", 0.2),
    ("trap:institution", 0.3),
    ("trap:applicants", 0.25),
    ("trap:asked", 0.15),
    ("trap:soft", 0.2),
)
# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visa sponsorship offered", "J-1 only; no H-1B"),
    "visa:both": ("Visa sponsorship offered", "J-1 or H-1B"),
    "visa:none": ("Visa sponsorship offered", "No"),
    "visa:j1_yes": ("J-1 visa", "Sponsored"),
    "visa:h1b_no": ("H-1B visa", "Not sponsored"),
    "img:yes": ("Open to IMGs", "Yes"),
    "img:no": ("Open to IMGs", "No"),
    "ecfmg": ("ECFMG certificate required", "{by}"),
    "usce:months": ("U.S. clinical experience", "Minimum {n} months"),
    "usce:zero": ("U.S. clinical experience", "Not required"),
    "usce:unstated": ("U.S. clinical experience", "Required"),
    "step1:n": ("USMLE Step 1", "{n} minimum"),
    "step1:none": ("USMLE Step 1", "No minimum score"),
    "step2:n": ("USMLE Step 2 CK", "{n} or higher"),
    "step2:none": ("USMLE Step 2 CK", "No minimum score"),
    "step2:pct": ("USMLE Step 2 CK", "{p}th percentile or above"),
    "comlex:n": ("COMLEX Level 2-CE", "Minimum {n}"),
    "comlex:none": ("COMLEX Level 2-CE", "No minimum score"),
    "scores:both": ("USMLE minimums", "Step 1 {a} / Step 2 CK {b}"),
    "attempt:yes": ("Attempts allowed per USMLE Step", "One"),
    "attempt:step2": ("Step 2 CK attempts", "Must pass on first attempt"),
    "attempt:no": ("Multiple USMLE attempts", "Considered"),
    "yog:n": ("Years since graduation", "No more than {n}"),
    "yog:none": ("Years since graduation", "No limit"),
    "positions:n": ("Categorical positions", "{n} per year"),
    "positions:range": ("Categorical positions", "{a}-{b} per year"),
    "total": ("Total residents", "{n}"),
    "prelim": ("Preliminary positions", "{n}"),
    "trap:step2_average": ("Mean Step 2 CK, current PGY-1 class", "{n}"),
    "trap:step1_average": ("Median Step 1, interviewed applicants", "{n}"),
    "trap:applicants": ("Applicants interviewed last season", "{n}"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Does the program sponsor visas for international graduates?",
    "img": "Are international medical graduates eligible?",
    "ecfmg": "By when do I need ECFMG certification?",
    "usce": "Do I need U.S. clinical experience to apply?",
    "step1": "Do you have a Step 1 requirement?",
    "step2": "What is the minimum Step 2 CK score?",
    "comlex": "Do you accept DO applicants with COMLEX scores?",
    "scores": "What USMLE scores are required?",
    "attempt": "Can I apply if I failed a USMLE Step?",
    "yog": "Is there a year-of-graduation requirement?",
    "positions": "How many residents do you match each year?",
    "total": "How many residents are in the program?",
    "research_track": "Are there research opportunities during residency?",
    "prelim": "Do you have preliminary positions?",
    "us_letters": "What are the letter of recommendation requirements?",
    "trap": "What makes an applicant competitive here?",
}
# fmt: on
