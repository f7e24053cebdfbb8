"""A fifty-fourth blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-28 (about 03:31-04:05 UTC) by a blind helper session, from its own knowledge
of how transitional year and preliminary internal medicine programs at community teaching
hospitals word their eligibility pages: one-year PGY-1 positions filled mostly by applicants who
have matched, or are applying, to an advanced specialty (radiology, anesthesiology, dermatology,
ophthalmology, PM&R) and who leave after the year. Such pages speak of "the intern year", "the
one-year position" and "the PGY-1 year", of the rotation schedule (ICU, emergency medicine,
electives), of linking the one-year rank list to the advanced one through supplemental lists, of
a visa for a single year, and keep a short list or table of requirements. Each wording is written
as a different program of that kind would put it: plain sentences, a few FAQ answers, fragments
and "Requirements" rows, with the usual conditions ("for those who took Step 1 while it was
scored", "if you have already passed Step 3"), negations and preferences that are not
requirements. The traps settle nothing: the weeks of elective time, where last year's interns
went for their advanced training, how many applicants were interviewed and ranked, the separate
size of the hospital's categorical program, advice on linking rank lists, averages of past
interns and preferences. All of it is invented demo data about no real program, town or person.

The author read only the brief (the fact contract: fact names and values, "preferences are not
requirements; averages of past applicants are not minimums"), ``demoweb/phrasings.py`` (the shape
of a set and the dev/held-out wordings, to avoid reusing them), ``demoweb/info.py`` (how a set is
drawn and rendered, the fields templates get and the truth values of ``demoweb.info._facts``),
``tests/test_demoweb_info.py`` (the structural checks a blind set must pass),
``tests/test_demoweb_collisions.py`` (the collision check), the ``class_sizes`` field of
``demoweb/specialties.py``, the first 70 lines of ``demoweb/phrasings_independent14.py`` (its
docstring and the shape of ``ECFMG_BY`` and ``EXTRA_TRAPS``), the first 48 lines of
``demoweb/phrasings_independent42.py`` (its docstring, for the provenance style) and the
``visible_text`` function of ``tests/test_demoweb.py``. The author did NOT read, grep, import or
run the extraction rules (``extract/``), their tests (``tests/test_facts*.py``,
``tests/facts_families.py``), ``bench/``, any benchmark output, git log or diffs, or any other
blind set ``demoweb/phrasings_independent*.py`` (nor the fifty-third, written at the same time by
another helper); did not run ``bench/facts.py`` or ``precedent facts``, and did not run the
extractor on any of these sentences: nothing here was tuned against the rules. It was checked only
structurally, by an ad-hoc script outside the repository: it imports, has every claim of the dev
set with four or five distinct wordings, every template and row formats with the fields
``demoweb.info`` passes and uses only the fields the tests allow, no ECFMG deadline wording is
inside another, no wording is a dev or held-out one, ``collisions()`` of
``tests/test_demoweb_collisions.py`` finds no wording, row or deadline shared with (or standing
inside) another blind set wired so far (compared through ``demoweb.info.BLIND``, showing only this
set's side), and the structural and page checks of ``tests/test_demoweb_info.py`` hold on pages
rendered from this set (by monkeypatching ``demoweb.info`` in that script so held-out programs
use it: 309 programs of a 1500-program web and 1212 of a 6000-program one).

The first collision check found 35 of this set's texts (plain sentences, rows and two interview
deadlines) equal to, or standing inside or around, another blind set's; each was reworded (same
meaning, more of this voice) until ``collisions()`` found none. The first page check found one
"none" wording that named no negation the test reads ("never set"); it was reworded too. At
wiring, the lead's check against the fifty-third (written at the same time) found one deadline
equal to one of its own ("ahead of intern orientation in late June"); the lead reworded this
set's to "in time for the June intern orientation". The fifty-third set's file appeared in ``demoweb/`` meanwhile; it was not opened, imported or compared.
"""

from __future__ import annotations

NAME = "independent54"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "before our rank list goes to the NRMP",
    "time of application": "at the time you apply through ERAS",
    "start of residency": "before your intern year begins",
    "interview": "no later than your interview date with us",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": ("by the NRMP deadline for certifying rank lists",),
    "time of application": ("before you submit your application to us",),
    "start of residency": ("in time for the June intern orientation",),
    "interview": ("before your interview with our program",),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 6-12 for the hospital's separate
# categorical program, else 60-150 (applicants interviewed or ranked); the elective, advanced-match
# and linking traps take no field.
EXTRA_TRAPS = (
    ("trap:other_program", 0.3),
    ("trap:ranked", 0.2),
    ("trap:interviews", 0.2),
    ("trap:electives", 0.25),
    ("trap:advanced", 0.25),
    ("trap:linking", 0.15),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": ("For the one-year position, the J-1 is the only visa we sponsor.",
                     "Visa support for interns is limited to the ECFMG J-1; the hospital does not file H-1B petitions.",
                     "International graduates who need a visa will be sponsored on a J-1, not an H-1B.",
                     "We can sponsor a J-1 visa for the PGY-1 year; H-1B sponsorship is not available for one-year positions.",
                     "J-1 (ECFMG-sponsored) visas only, no H-1B."),
    "visa:both": ("Both the J-1 and the H-1B are available to our preliminary interns.",
                  "H-1B sponsorship is available for applicants who have already passed Step 3; otherwise we sponsor the J-1.",
                  "Our GME office sponsors J-1 visas and will also sponsor an H-1B for the intern year.",
                  "Whether you need a J-1 or an H-1B, the hospital can sponsor it for your year with us.",
                  "Interns may train here on either a J-1 or an H-1B visa sponsored by the hospital."),
    "visa:none": ("We are not able to sponsor visas for this one-year program.",
                  "Because the position lasts a single year, the hospital does not sponsor J-1 or H-1B visas.",
                  "Visa sponsorship is not offered; applicants must already be authorized to work in the United States for the full intern year.",
                  "No visa sponsorship of any kind (J-1 or H-1B) is offered for the intern year.",
                  "Sorry, the hospital cannot sponsor any visa for interns."),
    "visa:j1_yes": ("J-1 visas are sponsored for interns through ECFMG.",
                    "We will sponsor a J-1 Exchange Visitor visa for the intern year.",
                    "Preliminary interns who need a J-1 visa can be sponsored by the hospital.",
                    "J-1 sponsorship is available for the one-year position."),
    "visa:h1b_no": ("The hospital does not sponsor H-1B visas for one-year positions.",
                    "H-1B sponsorship is not available for the intern year.",
                    "Please note that we cannot file an H-1B petition for a transitional or preliminary year.",
                    "We do not offer the H-1B to interns."),
    "img:yes": ("Graduates of international medical schools are eligible for our intern positions.",
                "We consider international medical graduates on the same footing as US graduates.",
                "International graduates, including those already matched to an advanced program, are welcome to apply.",
                "Yes, we take international medical graduates every year.",
                "IMG applications are reviewed the same way as those from US schools."),
    "img:no": ("We are unable to accept graduates of medical schools outside the United States and Canada.",
               "Applicants must be graduating from, or have graduated from, a US MD or DO school; international medical graduates are not eligible.",
               "The intern year is open to US MD and DO graduates only.",
               "We do not consider IMGs for our one-year positions.",
               "International medical graduates are not eligible for the intern year at this time."),
    "ecfmg": ("International graduates joining us for the year need a valid ECFMG certificate {by}.",
              "For the intern year, ECFMG certification needs to be finished {by}.",
              "If you went to medical school abroad, ECFMG must have issued your certificate {by}.",
              "We can only consider IMGs who are ECFMG certified {by}.",
              "IMGs entering the intern year must be fully ECFMG certified {by}."),
    "usce:months": ("We ask for a minimum of {w} months of hands-on patient care in a US hospital.",
                    "At least {n} months of US clinical experience (externships or sub-internships, not observerships) is required to be considered for the intern year.",
                    "USCE before the intern year: {n} months or more.",
                    "IMG applicants must have completed {w} or more months of clinical work in the United States.",
                    "Please have at least {n} months of USCE before applying; observerships alone do not meet this requirement."),
    "usce:zero": ("US clinical experience is not a prerequisite for the intern year.",
                  "You do not need prior US clinical experience to apply.",
                  "No hands-on US clinical experience is required of applicants.",
                  "Hands-on clinical experience in the United States is not required for the one-year position.",
                  "Prior U.S. clinical experience for the intern year: not required."),
    "usce:unstated": ("Interns must come to us with some hands-on clinical experience in American hospitals.",
                      "Applicants must have US clinical experience; observerships do not count.",
                      "US clinical experience is a requirement for all international graduates.",
                      "Hands-on US clinical experience is mandatory for the intern year.",
                      "You must have completed clinical rotations in a US hospital before applying."),
    "step1:n": ("Applicants who took Step 1 while it was scored need a score of {n} or above.",
                "We screen for a USMLE Step 1 score of at least {n}.",
                "Minimum Step 1 for the intern year: {n}.",
                "Step 1 scores under {n} fall short of our minimum for interns.",
                "A Step 1 score of {n} or higher is required of applicants who have a numeric score."),
    "step1:none": ("Step 1 scores are not screened against any minimum for our one-year positions.",
                   "No Step 1 score floor is used in screening.",
                   "Step 1 is reviewed as pass or fail only; there is no score minimum.",
                   "The program has no Step 1 cutoff for the one-year position."),
    "step2:n": ("Applicants need a Step 2 CK score of {n} or better.",
                "Our Step 2 CK minimum for the one-year position is {n}.",
                "We do not review intern applications with a Step 2 CK score below {n}.",
                "A Step 2 CK score of at least {n} is needed to be invited to interview.",
                "For the intern year, the Step 2 CK floor is {n}."),
    "step2:none": ("There is no Step 2 CK cutoff for the intern year.",
                   "Step 2 CK has no minimum for our intern applicants.",
                   "Step 2 CK scores are considered in context; no minimum is applied.",
                   "No minimum Step 2 CK score is needed to apply to the one-year position."),
    "step2:pct": ("Your Step 2 CK score must be at or above the {p}th percentile for us to offer an interview.",
                  "Interns need a Step 2 CK score in the {p}th percentile or higher.",
                  "Step 2 CK minimum: {p}th percentile nationally.",
                  "Applicants below the {p}th percentile on Step 2 CK are not invited to interview."),
    "comlex:n": ("DO applicants who submit COMLEX only need a Level 2-CE score of {n} or higher.",
                 "Minimum COMLEX Level 2-CE: {n}.",
                 "Osteopathic graduates must score at least {n} on COMLEX Level 2-CE.",
                 "We accept COMLEX in place of USMLE, with a Level 2-CE floor of {n}."),
    "comlex:none": ("There is no COMLEX cutoff for the intern year.",
                    "We do not apply a minimum score to COMLEX results.",
                    "COMLEX Level 2-CE is accepted with no minimum score.",
                    "DO applicants are not held to a COMLEX minimum."),
    "scores:both": ("To be ranked for the intern year you need at least {a} on Step 1 and {b} on Step 2 CK.",
                    "Score minimums for the intern year are {a} (Step 1) and {b} (Step 2 CK).",
                    "Step 1 of {a} or higher and Step 2 CK of {b} or higher are required.",
                    "Applicants need a Step 1 score of {a} and a Step 2 CK score of {b} at minimum."),
    "attempt:yes": ("USMLE examinations must each be passed on the first try.",
                    "Anyone with a failed attempt on a USMLE Step is not eligible for our intern positions.",
                    "We only consider first-time passes on all licensing exams.",
                    "Any board exam failure, USMLE or COMLEX, makes an applicant ineligible for the intern year.",
                    "We require first-attempt passes on every Step for the intern year."),
    "attempt:step2": ("Step 2 CK needs to have been passed on the first attempt; earlier Step 1 attempts are not held against you.",
                      "A first-attempt pass on Step 2 CK is a must for the intern year.",
                      "A first-time pass is required for Step 2 CK only.",
                      "For Step 2 CK, we need a pass in a single sitting."),
    "attempt:no": ("A previous board exam failure does not by itself rule out an intern applicant.",
                   "We will consider applicants who needed more than one attempt on a USMLE Step.",
                   "Multiple attempts are reviewed case by case and are not an automatic exclusion.",
                   "First-attempt passes are not required for the intern year."),
    "yog:n": ("Interns must be no more than {n} years out of medical school when the year starts.",
              "We accept graduates from the past {w} years.",
              "You must have graduated from medical school within {n} years of the start of the intern year.",
              "Graduation year: within the last {n} years.",
              "Graduates of more than {w} years ago are not eligible for the intern year."),
    "yog:none": ("We do not limit intern eligibility by year of graduation.",
                 "There is no cutoff on how long ago you graduated.",
                 "Graduates of any year are considered; no time-since-graduation limit is applied.",
                 "No graduation date restriction applies to the one-year position."),
    "positions:n": ("We offer {n} intern positions each year.",
                    "Each year we fill {n} PGY-1 positions through the Match.",
                    "The program takes {w} interns a year.",
                    "There are {n} positions in each intern class.",
                    "Our intern class numbers {n} each July."),
    "positions:range": ("Depending on the year's funding, our intern class has {a} to {b} members.",
                        "Our intern class is usually {a} or {b} strong.",
                        "Between {a} and {b} one-year positions are filled in each Match.",
                        "The number of intern positions varies from {a} to {b} a year."),
    "home:positions": ("Every year we welcome {n} {noun} for a year of broad clinical training.",
                       "We welcome {n} {noun} each June for a single year of training before their advanced programs.",
                       "{W} {noun} make up each year's intern class.",
                       "A new intern class of {n} {noun} arrives with us every summer."),
    "total": ("Counting every year of training, the program has {n} residents.",
              "We have {n} residents on staff across all training years.",
              "Total residents in the program: {n}.",
              "Our program's full resident complement is {n}."),
    "research_track": ("Interns interested in research can join our research track, which sets aside protected time.",
                       "A formal research track is offered.",
                       "We have a research track with dedicated elective time for scholarly projects.",
                       "Residents may apply to the program's research track in their first months."),
    "prelim": ("We also fill {n} preliminary medicine positions.",
               "{W} preliminary spots are offered in addition to the categorical positions.",
               "In addition, the program offers {w} one-year preliminary positions for applicants headed to advanced specialties.",
               "There are also {n} preliminary PGY-1 positions each year."),
    "us_letters": ("At least one letter must come from a physician who has supervised you in a US clinical setting.",
                   "Two of your three letters need to be written by US faculty.",
                   "Letters of recommendation must include at least two from US physicians.",
                   "Letters need to come from physicians practicing in US hospitals, not from abroad."),
    "trap:usce_pref": ("We value US clinical experience, especially in internal medicine.",
                       "Applicants with recent US clinical experience tend to be more competitive.",
                       "Some US clinical exposure is desirable.",
                       "US clinical experience is a plus for the intern year."),
    "trap:ecfmg_pref": ("We prefer applicants who are ECFMG certified when they apply.",
                        "It helps to have ECFMG certification in hand before interview season.",
                        "Early ECFMG certification makes an application stronger.",
                        "Ideally, IMGs will already hold an ECFMG certificate."),
    "trap:yog_pref": ("We prefer graduates who have been in clinical practice recently.",
                      "Recent graduation is an advantage.",
                      "Most of our interns start within a year of finishing medical school.",
                      "Preference is given to graduates of the past few years."),
    "trap:step2_average": ("Last year's interns had an average Step 2 CK score of {n}.",
                           "The mean Step 2 CK score of our current intern class is {n}.",
                           "Applicants we interviewed this past season averaged {n} on Step 2 CK.",
                           "Our interns' Step 2 CK scores averaged {n} over recent years."),
    "trap:step1_average": ("Our interns who took a scored Step 1 averaged {n}.",
                           "The average Step 1 score of last year's matched interns was {n}.",
                           "Among interns with numeric Step 1 scores, the median was {n}.",
                           "Recent intern classes have averaged about {n} on Step 1."),
    "trap:letters_pref": ("Letters from US attendings carry the most weight.",
                          "A letter from a physician who has seen you work in a US hospital strengthens your file.",
                          "We prefer letters written by US physicians.",
                          "US letters of recommendation are looked on favorably."),
    "trap:other_program": ("Our categorical internal medicine residency, which matches separately, has {n} positions per year.",
                           "The hospital's categorical program takes {n} residents a year under its own NRMP code.",
                           "Applicants who want three-year training should look at our categorical program, which has {n} spots each year.",
                           "Separate from the intern year, the categorical internal medicine program matches {n} residents annually."),
    "trap:ranked": ("We ranked {n} applicants in last year's Match.",
                    "Last season our rank order list held {n} names.",
                    "About {n} applicants were ranked for the current intern class.",
                    "The program ranked {n} candidates this past cycle."),
    "trap:interviews": ("Our program interviewed {n} hopeful interns last season.",
                        "Roughly {n} interview invitations go out each year.",
                        "Our interview days hosted {n} applicants in the last cycle.",
                        "We expect to interview about {n} candidates this year."),
    "trap:electives": ("Interns have eight weeks of electives, which many use for rotations related to their advanced specialty.",
                       "The year includes four weeks of ICU, four weeks of emergency medicine and up to twelve weeks of electives.",
                       "Our schedule gives interns 16 weeks of elective and selective time.",
                       "Two vacation weeks and ten elective weeks are built into the year."),
    "trap:advanced": ("Our interns have gone on to advanced training in radiology, anesthesiology, dermatology, ophthalmology and PM&R.",
                      "Last year's class began advanced residencies in diagnostic radiology, anesthesiology and neurology across the country.",
                      "Most of our interns already hold an advanced position when they start the year.",
                      "Recent interns continued to advanced programs in radiation oncology, dermatology and physical medicine and rehabilitation."),
    "trap:linking": ("You can link our program to your advanced programs by using supplemental rank order lists in the NRMP.",
                     "Applicants to advanced programs should rank us on a supplemental list for each advanced program they rank.",
                     "We are happy to interview applicants who are still waiting to hear from their advanced programs.",
                     "Please tell us which advanced programs you are applying to so we can plan interview dates."),
}
# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visa sponsorship for the PGY-1 year", "J-1 through ECFMG; no H-1B"),
    "visa:both": ("Visa sponsorship for the PGY-1 year", "J-1 or H-1B"),
    "visa:none": ("Visa sponsorship for the PGY-1 year", "Not offered"),
    "visa:j1_yes": ("J-1 visa for the intern year", "Sponsored"),
    "visa:h1b_no": ("H-1B visa for the intern year", "Not sponsored"),
    "img:yes": ("Graduates of international schools", "Eligible for the intern year"),
    "img:no": ("Graduates of international schools", "Not eligible for the intern year"),
    "ecfmg": ("ECFMG certificate (IMGs)", "In hand {by}"),
    "usce:months": ("USCE (hands-on, in US hospitals)", "{n} months or more"),
    "usce:zero": ("USCE (hands-on, in US hospitals)", "Not needed for interns"),
    "usce:unstated": ("USCE (hands-on, in US hospitals)", "Required, any length"),
    "step1:n": ("USMLE Step 1 floor for interns", "{n}"),
    "step1:none": ("USMLE Step 1 floor for interns", "No floor"),
    "step2:n": ("USMLE Step 2 CK floor for interns", "{n}"),
    "step2:none": ("USMLE Step 2 CK floor for interns", "No floor"),
    "step2:pct": ("USMLE Step 2 CK floor for interns", "{p}th percentile"),
    "comlex:n": ("COMLEX Level 2-CE floor for interns", "{n}"),
    "comlex:none": ("COMLEX Level 2-CE floor for interns", "No floor"),
    "scores:both": ("Step 1 / Step 2 CK floors for interns", "{a} / {b}"),
    "attempt:yes": ("Board exams passed on the first attempt", "Required of every intern"),
    "attempt:step2": ("Board exams passed on the first attempt", "Step 2 CK only"),
    "attempt:no": ("Board exams passed on the first attempt", "Not required of interns"),
    "yog:n": ("Years since graduating (at start of internship)", "{n} or fewer"),
    "yog:none": ("Years since graduating (at start of internship)", "No limit set"),
    "positions:n": ("Intern positions each year", "{n}"),
    "positions:range": ("Intern positions each year", "{a} or {b}"),
    "trap:step2_average": ("Step 2 CK average, last intern class", "{n}"),
    "trap:other_program": ("Categorical IM positions (separate match)", "{n}"),
    "trap:ranked": ("Applicants ranked last cycle", "{n}"),
    "trap:electives": ("Elective time in the intern year", "Eight weeks"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Can the hospital sponsor a visa for a one-year position?",
    "img": "Are international graduates eligible for the intern year?",
    "ecfmg": "By when do IMGs need ECFMG certification?",
    "usce": "Do I need clinical experience in the United States?",
    "step1": "Does the program screen on Step 1?",
    "step2": "Is Step 2 CK used to screen applicants?",
    "comlex": "What about COMLEX scores for DO applicants?",
    "scores": "Which board scores do I need to apply?",
    "attempt": "What if I failed a board exam?",
    "yog": "Is there a time limit since graduation?",
    "positions": "How many intern positions are there?",
    "total": "How many residents train here altogether?",
    "research_track": "Is there time for research during the intern year?",
    "prelim": "Are preliminary positions offered too?",
    "us_letters": "What letters of recommendation should I send?",
    "trap": "Where do your interns go after the year?",
}
# fmt: on
