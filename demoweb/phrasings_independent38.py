"""A thirty-eighth blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-27 by a blind helper session, from its own knowledge of how real US residency
programs that welcome osteopathic (DO) graduates as well as MDs and IMGs word their
"Eligibility", "Application Requirements" and "FAQ" pages: many community programs and some
university ones, a few with ACGME Osteopathic Recognition. The voice is the plain one of each
program's own coordinator, with no single gimmick: COMLEX-USA Level 2-CE floors beside USMLE ones,
Step 1 and Level 1 now pass/fail ("for applicants who received a numeric score"), whether DO
applicants must also take the USMLE, attempts on either exam, the usual IMG, visa (J-1 through
ECFMG, H-1B after Step 3 or Level 3), graduation-year, clinical-experience and class-size rules;
one or two sentences a rule, some formal, some friendly, some terse, with the usual hedges and
conditions. Traps settle nothing: averages of matched residents (with a COMLEX average beside a
USMLE one), how many DOs are in the current class, Osteopathic Recognition and OMM teaching,
whether DOs must also sit the USMLE, ERAS/NRMP dates and fees, interview-day logistics, counts of
applications and interviews, a sister transitional-year program's size, and preferences ("is a
plus", "ideally", "carry extra weight"). All of it is invented demo data about no real program.

The author read only issue 11 (``/tmp/share/issue11.md``: the fact contract, fact names and
values, "preferences are not requirements; averages of past applicants are not minimums"),
``demoweb/phrasings.py`` (the shape of a set and the dev/held-out wordings, to avoid reusing
them), ``demoweb/info.py`` (how a set is drawn and rendered, the fields templates get and the truth
values of ``demoweb.info._facts``), ``tests/test_demoweb_info.py`` (the structural checks a blind
set must pass), the ``class_sizes`` field of ``demoweb/specialties.py`` and the first 70 lines of
``demoweb/phrasings_independent14.py`` (its docstring and the shape of ``ECFMG_BY`` and
``EXTRA_TRAPS``). The author did NOT read, grep, import or run the extraction rules
(``extract/``), their tests (``tests/test_facts*.py``, ``tests/facts_families.py``), ``bench/``
or any benchmark output, git log or diffs, or any other ``demoweb/phrasings_independent*.py``
(nor the thirty-seventh, written at the same time by another helper); did not run
``bench/facts.py`` or ``precedent facts``, and did not run the extractor on any of these
sentences: nothing here was tuned against the rules. It was checked only structurally, by an
ad-hoc script outside the repository (``/tmp/author38/``): it imports, has every claim of the
dev set with three to five distinct wordings (at least 4.2 on average), every template and row
formats with the fields ``demoweb.info`` passes and uses only the fields the tests allow, no
ECFMG deadline wording is inside another, no wording is a dev or held-out one, no wording, row or
deadline is shared with another blind set (compared through ``demoweb.info.BLIND`` by counts
only, without reading their text), and the value checks of ``tests/test_demoweb_info.py`` hold on
pages rendered from this set (by monkeypatching ``demoweb.info`` in that script).
When the lead wired it beside the thirty-seventh (written at the same time by another blind
author), three wordings and one table row turned out word for word the same as that set's; the
lead reworded this set's four (same meaning, other word order or one word changed) before either
set was measured.
"""

from __future__ import annotations

NAME = "independent38"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "before our program submits its rank list to the NRMP",
    "time of application": "as of the day you apply to our program",
    "start of residency": "before you begin residency with us on July 1",
    "interview": "before you can be interviewed",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": (
        "ahead of the NRMP rank order list deadline",
        "by the time our rank list is finalized",
    ),
    "time of application": (
        "when you send us your ERAS application",
        "before we can review your application",
    ),
    "start of residency": (
        "before your first day of training",
        "prior to the start of the PGY-1 year",
    ),
    "interview": (
        "on or before your scheduled interview day here",
        "prior to interviewing with our faculty",
    ),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 6-12 for another program, else
# 60-150 (counts of applications and interviews); most of these traps do not use it.
EXTRA_TRAPS = (
    ("trap:other_program", 0.2),
    ("trap:do_class", 0.3),
    ("trap:osteopathic_recognition", 0.25),
    ("trap:do_usmle", 0.3),
    ("trap:applications", 0.2),
    ("trap:cycle", 0.2),
    ("trap:interview_day", 0.15),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "For international graduates, the ECFMG-sponsored J-1 is the only visa we support.",
        "We sponsor the J-1 visa; H-1B sponsorship is not available at this program.",
        "J-1 is the one visa type this program can sponsor.",
        "Visa sponsorship here is J-1 only, and we are not able to file H-1B petitions.",
        "Applicants who need a visa must qualify for the J-1 through ECFMG, as we do not offer "
        "H-1B sponsorship.",
    ),
    "visa:both": (
        "Our hospital sponsors both the J-1 and the H-1B visa for residents who qualify.",
        "Depending on the applicant's eligibility, we can sponsor either a J-1 or an H-1B visa.",
        "J-1 and H-1B sponsorship are both available here.",
        "We sponsor J-1 visas, and H-1B visas for applicants who have passed USMLE Step 3 or "
        "COMLEX Level 3 before their contract is signed.",
        "International graduates may train here on a J-1 or on an H-1B; our GME office sponsors "
        "both.",
    ),
    "visa:none": (
        "This program does not sponsor any visas, J-1 or H-1B.",
        "We are not in a position to sponsor visas, so applicants must already be U.S. citizens, "
        "permanent residents, or hold work authorization for the full length of training.",
        "Visa sponsorship is not offered by our program.",
        "Sorry, but we can't sponsor a J-1 or an H-1B for residency.",
        "Our institution does not provide visa sponsorship for residents.",
    ),
    "visa:j1_yes": (
        "J-1 visas sponsored through ECFMG are accepted for our residents.",
        "International graduates who need a J-1 visa can be supported through ECFMG "
        "sponsorship.",
        "We support the J-1 Exchange Visitor visa for eligible applicants.",
        "Residents on a J-1 visa are welcome in our program.",
        "If you match with us, our GME office will help you obtain J-1 sponsorship from ECFMG.",
    ),
    "visa:h1b_no": (
        "We are unable to offer H-1B visas.",
        "Please note that this program does not sponsor the H-1B.",
        "H-1B visa sponsorship is not something our institution provides.",
        "We do not file H-1B petitions for incoming residents.",
        "Applicants who would need an H-1B should know that we cannot sponsor one.",
    ),
    "img:yes": (
        "We welcome applications from MD, DO and international medical graduates alike.",
        "Graduates of international medical schools are eligible to apply, as are U.S. MD and "
        "DO graduates.",
        "International medical graduates are considered on the same footing as U.S. graduates.",
        "IMGs are welcome to apply. About a third of our current residents trained abroad.",
        "Our program is open to graduates of U.S. allopathic, U.S. osteopathic and international "
        "medical schools.",
    ),
    "img:no": (
        "At this time we only accept graduates of U.S. MD and DO schools.",
        "We do not consider applications from international medical graduates.",
        "Applicants must have graduated, or be graduating, from an LCME-accredited or "
        "COCA-accredited school in the United States.",
        "Unfortunately, IMGs are not eligible for our program.",
        "Our positions are open to U.S. MD and DO graduates only; graduates of foreign medical "
        "schools cannot be considered.",
    ),
    "ecfmg": (
        "International graduates will need a valid ECFMG certificate {by}.",
        "IMG applicants need to be ECFMG certified {by}.",
        "ECFMG certification for IMGs has to be fully complete {by}.",
        "For IMGs, we require ECFMG certification {by}.",
        "If you graduated from a medical school outside the U.S. or Canada, your ECFMG "
        "certification needs to be completed {by}.",
    ),
    "usce:months": (
        "IMG applicants need at least {n} months of hands-on clinical experience in a U.S. "
        "hospital or outpatient clinic.",
        "We require {w} months of U.S. clinical experience; research and observerships are not "
        "counted toward it.",
        "Applicants must have completed no fewer than {n} months of USCE by the time they apply.",
        "U.S. clinical experience of {n} months or more is required of all international "
        "graduates.",
        "Before applying, IMGs must have {w} months of direct patient care experience in the "
        "United States.",
    ),
    "usce:zero": (
        "You do not need U.S. clinical experience to apply to our program.",
        "U.S. clinical experience is welcome but not required.",
        "We have no USCE requirement for IMGs.",
        "Hands-on experience in U.S. hospitals is not a prerequisite for applying.",
        "Applicants are not required to have done clinical rotations in the United States.",
    ),
    "usce:unstated": (
        "International graduates must have some clinical experience in the United States.",
        "Hands-on U.S. clinical experience is a requirement for IMG applicants.",
        "Prior clinical work in a U.S. healthcare setting is required.",
        "IMGs must have completed U.S. clinical rotations or externships before applying.",
        "USCE is mandatory for applicants who graduated outside the U.S.",
    ),
    "step1:n": (
        "For applicants who received a numeric score, the minimum on USMLE Step 1 is {n}.",
        "Applicants need at least {n} on USMLE Step 1 to be invited for an interview.",
        "Our Step 1 minimum is {n}; COMLEX Level 1 is reviewed separately for DO applicants.",
        "If you took Step 1 before it became pass/fail, a score of {n} or higher is needed.",
        "Applications with a Step 1 score under {n} are not reviewed.",
    ),
    "step1:none": (
        "Because Step 1 is now pass/fail, we do not set a Step 1 score minimum.",
        "There is no USMLE Step 1 cutoff for our program.",
        "Step 1 scores are not screened against a cutoff; a pass is all we need.",
        "No minimum Step 1 score is required.",
        "DO and MD applicants are considered regardless of their Step 1 score.",
    ),
    "step2:n": (
        "We consider applicants whose Step 2 CK score is {n} or above.",
        "A Step 2 CK score of at least {n} is needed to be considered for an interview.",
        "Step 2 CK: we require {n} or higher.",
        "Applicants must have a Step 2 CK score of {n} or better to be reviewed.",
        "If you are submitting USMLE scores, your Step 2 CK must be {n} or above.",
    ),
    "step2:none": (
        "There's no minimum score for Step 2 CK at our program.",
        "No Step 2 CK score minimum is used; every application is read in full.",
        "Our program does not set a minimum Step 2 CK score.",
        "Step 2 CK scores are considered in context, not against a cutoff.",
        "Applications are not filtered by Step 2 CK score at any stage.",
    ),
    "step2:pct": (
        "Your Step 2 CK score must be at or above the {p}th percentile.",
        "We require a Step 2 CK result at the {p}th percentile or above.",
        "Applicants scoring below the {p}th percentile on Step 2 CK are not invited to "
        "interview.",
        "The Step 2 CK floor is the {p}th percentile of first-time U.S. takers.",
    ),
    "comlex:n": (
        "DO applicants need a COMLEX-USA Level 2-CE score of at least {n}.",
        "For osteopathic applicants, the minimum COMLEX Level 2-CE is {n}.",
        "We accept COMLEX-USA in place of the USMLE, and the Level 2-CE floor is {n}.",
        "COMLEX Level 2-CE scores under {n} will not be considered.",
        "DO graduates who did not take the USMLE must have scored {n} or higher on COMLEX "
        "Level 2-CE.",
    ),
    "comlex:none": (
        "There is no minimum COMLEX-USA score for DO applicants.",
        "We do not use a COMLEX cutoff.",
        "COMLEX Level 2-CE scores are not held to a minimum.",
        "DO applicants are considered regardless of their COMLEX scores.",
        "No COMLEX score threshold applies to osteopathic applicants.",
    ),
    "scores:both": (
        "The minimum USMLE scores we accept are {a} on Step 1 and {b} on Step 2 CK.",
        "We require a score of {a} or above on Step 1 and {b} or above on Step 2 CK for "
        "applicants who submit USMLE results.",
        "To be reviewed, applicants need Step 1 of {a} or more and Step 2 CK of {b} or more.",
        "USMLE minimums: Step 1 {a} (numeric scores only), Step 2 CK {b}.",
        "Applicants must meet our score floors of {a} for Step 1 and {b} for Step 2 CK.",
    ),
    "attempt:yes": (
        "We require that all USMLE or COMLEX-USA exams be passed on the first attempt.",
        "Applicants with a failed attempt on any board exam, USMLE or COMLEX, are not eligible.",
        "All licensing exams must be passed on the first try.",
        "Only first-attempt passes on USMLE and COMLEX are accepted.",
        "We cannot consider applicants who needed more than one attempt on any Step or Level.",
    ),
    "attempt:step2": (
        "We need a first-attempt pass on Step 2 CK; a prior Step 1 failure is looked at case "
        "by case.",
        "Only a single attempt on Step 2 CK is accepted.",
        "A failed Step 1 can be overlooked, but Step 2 CK needs to be a first-attempt pass.",
        "The first-attempt rule applies to Step 2 CK only.",
        "Applicants must have passed USMLE Step 2 CK on their first attempt; earlier Step 1 "
        "attempts are not held against them.",
    ),
    "attempt:no": (
        "More than one attempt on USMLE or COMLEX does not automatically rule out an applicant.",
        "We will consider applicants with a prior failed attempt, provided they have since "
        "passed.",
        "Multiple attempts are reviewed in context; they are not an automatic exclusion.",
        "A failed board attempt won't keep you from being considered here.",
        "Applicants who passed on a second attempt are still eligible.",
    ),
    "yog:n": (
        "You must have graduated from medical school in the last {n} years.",
        "Only graduates of the past {w} years are accepted into our program.",
        "Graduation from medical school must have been no more than {n} years before the start "
        "of residency.",
        "If it has been more than {n} years since you graduated, you are not eligible for our "
        "program.",
        "We have a {n}-year graduation window for all applicants, MD, DO or IMG.",
    ),
    "yog:none": (
        "We do not limit how long ago you graduated.",
        "We set no cutoff on the year you finished medical school.",
        "MD, DO and IMG applicants are considered regardless of what year they graduated.",
        "Graduates of any year may apply; there is no time limit since graduation.",
        "Year of medical school graduation is not used to screen applicants.",
    ),
    "positions:n": (
        "Through the NRMP we match {n} categorical {noun} each year.",
        "Our program takes {w} PGY-1 {noun} per year.",
        "Each incoming class in our program has {n} {noun}.",
        "We bring {n} {noun} into the program every year through the Match.",
        "The program is approved for {n} {noun} per class.",
    ),
    "positions:range": (
        "Depending on the year, we match {a} or {b} residents.",
        "Each year our class has {a} to {b} residents.",
        "Each year we take between {a} and {b} new interns.",
        "We fill {a}-{b} PGY-1 positions annually, depending on funding.",
    ),
    "home:positions": (
        "Our close-knit program welcomes {n} new {noun} a year, MD and DO alike.",
        "We welcome {w} new {noun} every summer.",
        "We're a community-based program with {n} {noun} in each class.",
        "With {n} {noun} per year, you will know every attending by name.",
    ),
    "total": (
        "Counting every PGY level, our residency is home to {n} residents right now.",
        "All told, we have {n} residents in training.",
        "The program currently has {n} residents, MDs and DOs together.",
        "We are a {n}-resident program.",
    ),
    "research_track": (
        "Residents interested in academic careers can join our research track.",
        "We offer an optional research pathway with protected scholarly time.",
        "A research track is available for residents who want more time for scholarship.",
        "Residents may apply to the research track during their first year.",
    ),
    "prelim": (
        "Besides our categorical class, the program has {n} preliminary {noun} each year.",
        "Preliminary positions offered: {n} per year.",
        "We match {n} preliminary {noun} each year.",
        "Our preliminary year program has room for {n} {noun}.",
    ),
    "us_letters": (
        "At least one letter of recommendation must be from a physician practicing in the "
        "United States.",
        "Two of your three letters must come from doctors who supervised you in the U.S.",
        "Please include at least two letters from U.S. faculty physicians; letters from outside "
        "the U.S. alone are not enough.",
        "IMG applicants must submit at least one letter from a U.S. clinical supervisor.",
    ),
    "trap:usce_pref": (
        "Hands-on U.S. clinical experience helps an application stand out.",
        "We give preference to applicants with clinical experience in U.S. hospitals.",
        "Rotations in the United States strengthen an IMG's application.",
        "USCE is highly desirable.",
        "We like to see some U.S. clinical experience, ideally in a community hospital.",
    ),
    "trap:ecfmg_pref": (
        "It helps if you are already ECFMG certified when your application arrives.",
        "Applicants who have completed ECFMG certification are given preference.",
        "ECFMG certification before interview season is strongly encouraged.",
        "We prefer that IMGs be ECFMG certified by the time they apply.",
    ),
    "trap:yog_pref": (
        "Preference goes to applicants who graduated from medical school recently.",
        "Candidates who graduated in the last few years tend to be more competitive.",
        "Ideally, applicants will have finished medical school within the past five years.",
        "Applicants with a gap since graduation should explain how they stayed clinically "
        "active.",
    ),
    "trap:step2_average": (
        "Last year's matched class averaged {n} on Step 2 CK.",
        "Our current interns have a mean Step 2 CK of roughly {n}.",
        "Residents who matched here in recent years averaged {n} on Step 2 CK, and our DO "
        "residents averaged around 590 on COMLEX Level 2-CE.",
        "The typical Step 2 CK score of applicants we interview is around {n}.",
    ),
    "trap:step1_average": (
        "Among residents who received numeric Step 1 scores, the average was {n}.",
        "Before Step 1 went pass/fail, our matched residents averaged {n}.",
        "The median Step 1 score of our current PGY-3 class is {n}.",
        "Our residents' Step 1 scores averaged {n}, and most DOs in the class also took the "
        "USMLE.",
    ),
    "trap:letters_pref": (
        "Letters from physicians who have worked with you in the U.S. carry extra weight.",
        "A letter from a DO physician is welcome, especially if you are interested in our "
        "osteopathic track.",
        "Letters from U.S. supervisors are preferred.",
        "Where possible, ask a U.S. physician who knows your clinical work to write one of your "
        "letters.",
    ),
    "trap:other_program": (
        "The hospital's transitional year program, which recruits separately, takes {n} interns "
        "a year.",
        "Our institution's transitional year, a separate program, offers {n} positions.",
        "For information about the {n} positions in our transitional year, see that program's "
        "page.",
        "Please note that the {n} transitional-year spots at our hospital are filled through a "
        "separate NRMP program code.",
    ),
    "trap:do_class": (
        "Roughly half of our current residents are osteopathic graduates.",
        "This year's intern class includes graduates of five osteopathic schools.",
        "DOs have been part of every class since our program opened.",
        "Our residents come from U.S. MD, U.S. DO and international schools in about equal "
        "numbers.",
    ),
    "trap:osteopathic_recognition": (
        "We hold ACGME Osteopathic Recognition, and residents on the osteopathic track receive "
        "OMM teaching every month.",
        "Our osteopathic track is open to DO residents and to MD residents who complete an "
        "introductory OMM course.",
        "OMM workshops are part of the didactic curriculum for all residents.",
        "Residents interested in osteopathic principles and practice can join our Osteopathic "
        "Recognition track after they match.",
    ),
    "trap:do_usmle": (
        "DO applicants are not required to take the USMLE; COMLEX-USA scores are accepted on "
        "their own.",
        "Osteopathic applicants may submit COMLEX-USA, USMLE, or both.",
        "We do not ask DO students to sit for the USMLE in addition to COMLEX.",
        "DO applicants who have also taken the USMLE are encouraged to send those scores, but "
        "COMLEX alone is fine.",
        "All DO applicants must also submit USMLE Step 2 CK scores.",
    ),
    "trap:applications": (
        "We received more than {n}0 applications last cycle.",
        "We interview about {n} applicants each season for all of our positions.",
        "Interviews are offered to roughly {n} candidates a year, MD, DO and IMG.",
        "Last season our program director read over {n}0 ERAS applications.",
    ),
    "trap:cycle": (
        "We start reviewing applications when ERAS opens to programs in late September.",
        "Interview invitations go out from October through December, and our rank list is "
        "certified in February.",
        "ERAS charges its own application fees; our program charges no additional fee.",
        "All positions are filled through the NRMP Main Residency Match.",
        "The program does not accept applications by email or mail; please use ERAS only.",
    ),
    "trap:interview_day": (
        "Interview days are virtual and run from 8 a.m. to about 1 p.m. Central time.",
        "On interview day you will meet the program director, the chief residents and several "
        "faculty.",
        "We hold a virtual social with our residents the evening before each interview day.",
        "There is no cost to interview with us, and all interviews are held online.",
    ),
}
# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visas we sponsor", "J-1 only; no H-1B"),
    "visa:both": ("Visas we sponsor", "J-1 and H-1B (H-1B after Step 3 or Level 3)"),
    "visa:none": ("Visas we sponsor", "None at present"),
    "visa:j1_yes": ("J-1 sponsorship", "Available through ECFMG"),
    "visa:h1b_no": ("H-1B sponsorship", "Not available at this program"),
    "img:yes": ("Who may apply", "MD, DO and IMG graduates"),
    "img:no": ("Who may apply", "U.S. MD and DO graduates only"),
    "ecfmg": ("ECFMG certificate for IMGs", "Required {by}"),
    "usce:months": ("U.S. clinical experience (IMGs)", "{n} months minimum"),
    "usce:zero": ("U.S. clinical experience (IMGs)", "Not required"),
    "usce:unstated": ("U.S. clinical experience (IMGs)", "Required"),
    "step1:n": ("USMLE Step 1 minimum (numeric scores)", "{n}"),
    "step1:none": ("USMLE Step 1 minimum (numeric scores)", "No minimum"),
    "step2:n": ("USMLE Step 2 CK minimum for all applicants", "{n}"),
    "step2:none": ("USMLE Step 2 CK minimum for all applicants", "No minimum"),
    "step2:pct": ("USMLE Step 2 CK minimum for all applicants", "{p}th percentile"),
    "comlex:n": ("COMLEX-USA Level 2-CE minimum (DO applicants)", "{n}"),
    "comlex:none": ("COMLEX-USA Level 2-CE minimum (DO applicants)", "No minimum"),
    "scores:both": ("Minimum USMLE scores (if taken)", "Step 1 {a} / Step 2 CK {b}"),
    "attempt:yes": ("Board exam attempts", "First-attempt passes only (USMLE and COMLEX)"),
    "attempt:step2": ("Board exam attempts", "First-attempt pass on Step 2 CK"),
    "attempt:no": ("Board exam attempts", "More than one attempt considered"),
    "yog:n": ("Time since medical school graduation", "{n} years or fewer"),
    "yog:none": ("Time since medical school graduation", "No limit for MD, DO or IMG applicants"),
    "positions:n": ("Categorical PGY-1 positions each year", "{n}"),
    "positions:range": ("Categorical PGY-1 positions each year", "{a} or {b}"),
    "total": ("Total residents, all PGY levels", "{n}"),
    "prelim": ("Preliminary-year positions", "{n} per year"),
    "trap:step2_average": ("Mean Step 2 CK, current residents (for reference)", "{n}"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Will you sponsor my visa?",
    "img": "Are international medical graduates eligible?",
    "ecfmg": "When do IMGs need to be ECFMG certified?",
    "usce": "Do IMGs need clinical experience in the U.S.?",
    "step1": "Do you have a USMLE Step 1 score requirement?",
    "step2": "What Step 2 CK score do you look for?",
    "comlex": "Can DO applicants apply with COMLEX scores?",
    "scores": "Are there minimum board scores?",
    "attempt": "Can I apply if I failed a board exam?",
    "yog": "Is there a graduation-year requirement?",
    "positions": "How many residents do you match each year?",
    "total": "How many residents are in the program?",
    "research_track": "Are there research opportunities?",
    "prelim": "Does the program offer preliminary positions?",
    "us_letters": "What are the letter of recommendation requirements?",
    "trap": "What else should applicants know?",
}
# fmt: on
