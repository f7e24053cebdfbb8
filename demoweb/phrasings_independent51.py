"""A fifty-first blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-27 (about 23:47-23:56 UTC) by a blind helper session, from its own knowledge
of how the "Prospective Applicants" pages of small, highly competitive specialty programs at
academic medical centres read: dermatology, otolaryngology (ENT), plastic surgery and radiation
oncology departments taking one to four residents a year, many of whose residents do a
preliminary or transitional PGY-1 year elsewhere before an advanced position. Such pages speak of
holistic review, ERAS preference signals, away rotations (sub-internships through VSLO), dedicated
research years and T32 research tracks, with a short "Eligibility" list, a requirements table and
an FAQ. Each wording is written as a different department's page would put it: plain sentences in
the department's voice ("our selection committee", "the department"), conditions that real pages
carry ("for those who took Step 1 before it became pass/fail", "if eligible, an H-1B"), negations
("we are not in a position to sponsor visas"), fragments and table rows ("Score minimums: ..."),
and preferences that are not requirements ("is a plus", "carry particular weight"). The traps are
this voice's own distractors and settle nothing: averages of matched residents, Step 1 averages
from before it went pass/fail, Step 1 being pass/fail, the number of preference signals,
applications per position and interviews, the research output of recent classes, the length and
season of away rotations, interview dates, and other programs of the institution (the
transitional year, general surgery, internal medicine's preliminary positions, a fellowship). All
of it is invented demo data about no real program, town or person.

The author read only the brief (the fact contract: fact names and values, "preferences are not
requirements; averages of past applicants are not minimums"), ``demoweb/phrasings.py`` (the shape
of a set and the dev/held-out wordings, to avoid reusing them), ``demoweb/info.py`` (how a set is
drawn and rendered, the fields templates get and the truth values of ``demoweb.info._facts``),
``tests/test_demoweb_info.py`` (the structural checks a blind set must pass), the ``class_sizes``
field of ``demoweb/specialties.py``, the first 70 lines of ``demoweb/phrasings_independent14.py``
(its docstring and the shape of ``ECFMG_BY`` and ``EXTRA_TRAPS``), the first 48 lines of
``demoweb/phrasings_independent42.py`` (its docstring, as a model for this one), the
``[tool.ruff]`` section of ``pyproject.toml``, and ``visible_text`` in ``tests/test_demoweb.py``.
The author did NOT read, grep, import or run the extraction rules (``extract/``), their tests
(``tests/test_facts*.py``, ``tests/facts_families.py``), ``bench/``, any benchmark output, git log
or diffs, or any other blind set ``demoweb/phrasings_independent*.py`` (nor the fifty-second,
written at the same time by another helper); did not run ``bench/facts.py`` or ``precedent
facts``, and did not run the extractor on any of these sentences: nothing here was tuned against
the rules. It was checked only structurally, by ad-hoc scripts outside the repository: it
imports, has every claim of the dev set with four or five distinct wordings (212 wordings for 45
claims, 4.7 on average; 4.9 for the 37 dev claims), every template and row formats with the fields
``demoweb.info`` passes and uses only the fields the tests allow, no ECFMG deadline wording is
inside another, no wording is a dev or held-out one or stands inside one, and no wording, row or
deadline is shared with another blind set or stands word for word inside one of theirs (compared
through ``demoweb.info.BLIND`` by counts only, listing only this set's colliding wordings, never
theirs). The first draft had about fifty such collisions with the fifty earlier sets, mostly short
plain sentences ("We do not have a minimum Step 2 CK score.") and table labels; those wordings
were lengthened or reworded, with the same meaning, until none was left. Finally, the value checks
of ``tests/test_demoweb_info.py`` hold on pages rendered from this set (by monkeypatching
``demoweb.info`` in that script so every held-out program uses it, and calling that test module's
own structural and page checks on this set, on webs of 1500 and 3000 programs).

Wiring it in, the lead compared it with every earlier set and the fifty-second case-insensitively,
a row read as its label and value joined, and reworded, with the same meaning, what still stood
word for word inside another set's text: a no-visa sentence, a first-attempt, a repeat-attempt, a
graduation-year and a two-score sentence, the H-1B row and the class-size rows (some rewordings
met a third set's text and were reworded again); ECFMG deadline phrases such as "before applying"
inside a longer sentence, and questions, which state no fact, were left.
"""

from __future__ import annotations

NAME = "independent51"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "by the time our rank list goes to the NRMP",
    "time of application": "on or before the date your ERAS application reaches us",
    "start of residency": "before your residency in our department begins",
    "interview": "before you sit down for an interview with our faculty",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": ("ahead of the deadline for certifying our rank order list",),
    "time of application": ("at the point you submit your application to us",),
    "start of residency": ("ahead of your first day of residency in our department",),
    "interview": ("before the selection committee interviews you",),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 6-12 for another program, else
# 60-150 (counts of signals, applications, interviews, VSLO requests, research items).
EXTRA_TRAPS = (
    ("trap:other_program", 0.2),
    ("trap:signals", 0.25),
    ("trap:applications", 0.2),
    ("trap:interviews", 0.2),
    ("trap:research_output", 0.15),
    ("trap:away_rotations", 0.2),
    ("trap:interview_dates", 0.15),
    ("trap:step1_passfail", 0.15),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": ("Our GME office sponsors the J-1 visa through ECFMG; we are not able to sponsor H-1B visas for residents.",
                     "The only visa status we can sponsor is the ECFMG J-1.",
                     "J-1 sponsorship is available. H-1B sponsorship is not.",
                     "Applicants who need a visa must train on a J-1; the department does not pursue H-1B petitions.",
                     "The institution supports the ECFMG-sponsored J-1 for trainees but does not file for H-1B visas."),
    "visa:both": ("The institution sponsors J-1 visas through ECFMG and will also file H-1B petitions for matched residents who are eligible.",
                  "Both the J-1 and the H-1B are options for our residents; H-1B candidates must have passed Step 3 before training begins.",
                  "We can sponsor either an H-1B or a J-1 visa.",
                  "H-1B and J-1 sponsorship are both available through our Office of Graduate Medical Education.",
                  "Matched applicants who require a visa may train on a J-1 or, if eligible, an H-1B; our department sponsors both."),
    "visa:none": ("We cannot sponsor a J-1 or an H-1B visa for any resident.",
                  "Our program is unable to offer visa sponsorship.",
                  "Applicants must already be authorized to work in the United States; no J-1 or H-1B sponsorship is offered.",
                  "The department does not sponsor visas of any kind for its residents.",
                  "We regret that we are not in a position to sponsor visas."),
    "visa:j1_yes": ("The institution sponsors J-1 visas for residents through ECFMG.",
                    "Residents who need visa sponsorship may train with us on an ECFMG-sponsored J-1.",
                    "We support J-1 visa sponsorship for matched residents.",
                    "J-1 visa sponsorship is offered to international graduates who match with us.",
                    "Our department has sponsored residents on J-1 visas and continues to do so."),
    "visa:h1b_no": ("Please note that H-1B visas are not sponsored by our department.",
                    "The department does not file H-1B petitions for its residents.",
                    "H-1B sponsorship is unavailable for this residency.",
                    "Our institution does not offer the H-1B visa to residents in this program.",
                    "Applicants who would need an H-1B visa should be aware that we cannot sponsor one."),
    "img:yes": ("Graduates of international medical schools are eligible and are reviewed holistically alongside every other applicant.",
                "We welcome applications from graduates of medical schools outside the United States and Canada.",
                "IMGs are eligible to apply, and several have trained in our department.",
                "International medical graduates have matched into our program, and we continue to consider their applications.",
                "Our selection committee considers international graduates on the same basis as graduates of U.S. schools."),
    "img:no": ("We only consider applicants from LCME- or AOA-accredited medical schools in the United States.",
               "Graduates of medical schools outside the United States and Canada are not eligible for our program.",
               "At this time we are unable to accept applications from international medical graduates.",
               "Our residency does not accept IMGs.",
               "International medical graduates are not considered for our categorical or advanced positions."),
    "ecfmg": ("International graduates must have been certified by ECFMG {by}.",
              "Each international graduate must have finished ECFMG certification {by}.",
              "IMG applicants need a valid ECFMG certificate {by}.",
              "For international medical graduates, ECFMG certification {by} is an eligibility requirement.",
              "You will need to be ECFMG certified {by}."),
    "usce:months": ("IMG applicants must have completed at least {n} months of hands-on clinical work in U.S. hospitals.",
                    "International graduates are required to have a minimum of {w} months of U.S. clinical experience; observerships are not counted.",
                    "We ask that applicants have {n} or more months of direct patient care in the United States, and this is a firm requirement.",
                    "At least {w} months of U.S. clinical experience, such as sub-internships or clinical rotations, is required before you apply.",
                    "Applicants who trained abroad need {n} months of U.S. clinical rotations to be eligible."),
    "usce:zero": ("U.S. clinical experience is not a prerequisite for applying to our program.",
                  "Applicants do not need to have done clinical work in the United States before applying.",
                  "Our program has no U.S. clinical experience requirement for international applicants.",
                  "Prior USCE is not required for international applicants.",
                  "There is no requirement for clinical experience in the U.S."),
    "usce:unstated": ("U.S. clinical experience is required of every applicant to the residency.",
                      "International graduates must have hands-on clinical experience in the United States.",
                      "Clinical experience in a U.S. hospital is a requirement for eligibility.",
                      "Applicants are required to have completed clinical rotations in the United States; observerships alone do not meet this requirement.",
                      "For IMG applicants, hands-on U.S. clinical experience is mandatory."),
    "step1:n": ("Applicants who received a numeric Step 1 score must have scored {n} or above.",
                "For those who took Step 1 before it became pass/fail, the minimum score is {n}.",
                "We require a USMLE Step 1 score of {n} or above from applicants who have a numeric score.",
                "Step 1 scores below {n} do not meet our minimum.",
                "A Step 1 score under {n} makes an applicant ineligible."),
    "step1:none": ("We do not have a minimum Step 1 score, and most applicants now report a pass.",
                   "There is no Step 1 score minimum for our program.",
                   "No Step 1 cutoff is used when our faculty screen applications.",
                   "Step 1 is not screened against any minimum score.",
                   "We set no threshold for USMLE Step 1."),
    "step2:n": ("A Step 2 CK score of {n} or higher is required to be considered.",
                "Applicants must score at least {n} on USMLE Step 2 CK.",
                "Step 2 CK scores below {n} do not meet the department's minimum.",
                "Because Step 1 is now pass/fail, we do require a Step 2 CK score of at least {n}.",
                "The minimum Step 2 CK score we accept is {n}."),
    "step2:none": ("Our department does not set a minimum Step 2 CK score for applicants.",
                   "There is no Step 2 CK cutoff for the residency; each file is read in full.",
                   "Step 2 CK scores are reviewed in context; no minimum score is set.",
                   "No minimum Step 2 CK score is required to apply to our department.",
                   "Our committee does not use a Step 2 CK threshold."),
    "step2:pct": ("Step 2 CK scores must fall at or above the {p}th percentile for your testing year.",
                  "We require a Step 2 CK score at the {p}th percentile or higher.",
                  "Applicants scoring below the {p}th percentile on Step 2 CK are not eligible.",
                  "The minimum for Step 2 CK is the {p}th percentile of U.S. examinees.",
                  "Step 2 CK: {p}th percentile or above required."),
    "comlex:n": ("Osteopathic applicants need a COMLEX Level 2-CE score of at least {n}.",
                 "DO applicants who do not take the USMLE must score {n} or higher on COMLEX Level 2-CE.",
                 "The minimum COMLEX-USA Level 2-CE we accept is {n}.",
                 "COMLEX Level 2-CE scores below {n} do not meet our minimum.",
                 "For DO students, a Level 2-CE score of {n} is the minimum."),
    "comlex:none": ("We accept COMLEX scores and have no minimum.",
                    "There is no COMLEX score cutoff for osteopathic applicants to our residency.",
                    "DO applicants are not required to meet a minimum COMLEX score.",
                    "No minimum COMLEX Level 2-CE score is set for osteopathic applicants.",
                    "We do not use a COMLEX threshold when reviewing applications."),
    "scores:both": ("Applicants with a numeric Step 1 score need at least {a}; every applicant needs at least {b} on Step 2 CK.",
                    "For this cycle, our minimum USMLE scores are {a} on a numerically scored Step 1 and {b} on Step 2 CK.",
                    "Step 1 must be {a} or higher, and Step 2 CK {b} or higher, for an application to be reviewed.",
                    "Score minimums: {a} (Step 1) and {b} (Step 2 CK).",
                    "Applications are screened at {a} for Step 1 and {b} for Step 2 CK."),
    "attempt:yes": ("All USMLE or COMLEX examinations taken must have been passed on the first attempt.",
                    "We are unable to consider applicants with a failed attempt on any licensing examination.",
                    "A first-attempt pass is required on every board exam you have taken.",
                    "Applicants must have passed each Step on the first try.",
                    "Any failed USMLE or COMLEX attempt makes an applicant ineligible."),
    "attempt:step2": ("Applicants must have passed Step 2 CK on their first attempt to receive an interview.",
                      "Our selection committee requires a first-time pass on Step 2 CK.",
                      "Your Step 2 CK pass must have come on a single attempt.",
                      "A failed first attempt on Step 2 CK disqualifies an application.",
                      "For Step 2 CK, we accept only a pass on the first attempt."),
    "attempt:no": ("A failed attempt on a USMLE Step does not by itself rule out an applicant.",
                   "Applicants who passed a board exam on a second attempt are still eligible to apply.",
                   "Applicants who needed more than one attempt on the USMLE are still considered.",
                   "A previous exam failure is not an automatic exclusion; we look at the whole application.",
                   "Passing every exam on the first attempt is not a condition of applying to our residency."),
    "yog:n": ("At the time of application, you must be no more than {n} years out of medical school.",
              "We consider graduates of the last {w} years only.",
              "Applicants who graduated more than {n} years before the application cycle are not eligible.",
              "Graduation from medical school must have been no more than {n} years ago; years spent in dedicated research do not count against this limit.",
              "There is a {n}-year limit on time since graduation."),
    "yog:none": ("We place no limit on how long ago you graduated from medical school.",
                 "We place no restriction on the year an applicant graduated.",
                 "Applicants are considered regardless of when they finished medical school.",
                 "No graduation-date cutoff applies to applicants for our residency.",
                 "Time since graduation is not a barrier to applying; many residents join us after research years."),
    "positions:n": ("We match {n} {noun} each year.",
                    "Our program accepts {w} {noun} per year through the NRMP.",
                    "We take {w} {noun} a year into the department.",
                    "Each class is {n} {noun}, matched through the NRMP.",
                    "The program trains {n} {noun} in each class."),
    "positions:range": ("We match {a} or {b} residents each year, depending on funding.",
                        "Our class size varies between {a} and {b} residents per year.",
                        "Each year the department takes {a} to {b} residents.",
                        "We have {a}–{b} positions per year.",
                        "Our incoming class is {a} or {b} residents."),
    "home:positions": ("Our department trains {n} {noun} per year in a small, close-knit program.",
                       "With {w} {noun} in each class, every trainee works closely with our faculty.",
                       "We are a small program, taking {n} {noun} each year.",
                       "Each year we welcome {w} new {noun} to the department.",
                       "We match {w} {noun} annually and know each of them well."),
    "total": ("The department has {n} residents across all years of training.",
              "There are {n} residents in our program at any one time, across every training year.",
              "Our full complement is {n} residents.",
              "Total residents across all years: {n}.",
              "Counting every year of training, we have {n} residents."),
    "research_track": ("Residents may apply for an optional, funded research year during training.",
                       "We offer a research track with a dedicated year of protected research time.",
                       "A dedicated research pathway is available for residents pursuing an academic career.",
                       "Our NIH-funded T32 research track is open to residents.",
                       "Residents interested in investigation can join our research track."),
    "prelim": ("The department also offers {n} preliminary positions.",
               "{W} preliminary positions are also available through our program.",
               "In addition to our categorical residents, we match {n} preliminary interns.",
               "We also have {n} preliminary-year spots.",
               "Our program includes {n} preliminary positions each year."),
    "us_letters": ("At least two of your letters of recommendation must come from physicians practicing in the U.S.",
                   "Letters of recommendation must include at least one from a U.S. physician.",
                   "We require letters from U.S. faculty; letters written only by physicians abroad do not meet this requirement.",
                   "Your letters must come from physicians in the United States."),
    "trap:usce_pref": ("Hands-on clinical experience in the U.S. strengthens an international applicant's file.",
                       "We look favorably on U.S. clinical rotations, including sub-internships.",
                       "Prior U.S. clinical experience is helpful.",
                       "Applicants with hands-on U.S. clinical experience tend to be more competitive in our applicant pool.",
                       "An away rotation or other U.S. clinical work is a plus."),
    "trap:ecfmg_pref": ("It helps if international graduates already hold ECFMG certification when they apply.",
                        "We give preference to IMGs who are ECFMG certified.",
                        "Being ECFMG certified early in the cycle makes an IMG applicant more competitive.",
                        "ECFMG certification at the time of ERAS submission is desirable."),
    "trap:yog_pref": ("The committee prefers applicants who have graduated recently or have stayed in research or clinical work since.",
                      "We favor applicants who are still in medical school or recently graduated.",
                      "Applicants with a gap since graduation should explain it in their personal statement.",
                      "Most of our residents match within a few years of graduating."),
    "trap:step2_average": ("The mean Step 2 CK of our last three classes was {n}.",
                           "Our matched residents have averaged {n} on Step 2 CK.",
                           "Recent interviewees had a median Step 2 CK score of {n}.",
                           "For reference, the average Step 2 CK among our current residents is {n}.",
                           "Step 2 CK scores of matched applicants in recent years averaged around {n}."),
    "trap:step1_average": ("Before Step 1 went pass/fail, the average Step 1 score among our residents was {n}.",
                           "Residents in our current classes who took a scored Step 1 averaged {n}.",
                           "The median Step 1 among our recent matches with numeric scores was {n}.",
                           "Our last scored class had a mean Step 1 of {n}."),
    "trap:letters_pref": ("We value letters from U.S. faculty in the specialty who know you well.",
                          "Letters from physicians in the United States are encouraged.",
                          "Ideally, at least one letter comes from a U.S. faculty member in the specialty.",
                          "Letters written by U.S. physicians who have worked with you clinically carry particular weight."),
    "trap:other_program": ("Applicants arrange their PGY-1 year separately; our hospital's transitional year program, which has {n} positions, runs its own selection.",
                           "The general surgery residency at our institution, a separate program, matches {n} categorical residents each year.",
                           "Our internal medicine department offers {n} preliminary positions through its own NRMP program code, and applications go to that program.",
                           "Residents rotate alongside the {n} fellows of the hematology-oncology fellowship."),
    "trap:signals": ("Last cycle, {n} applicants sent our program a preference signal.",
                     "We received {n} program signals in the most recent ERAS cycle, and every one was read.",
                     "About {n} of this year's applicants signaled us.",
                     "Signals received in the last cycle numbered roughly {n}; a signal is one factor among many."),
    "trap:applications": ("We typically receive well over {n} applications for every position we offer.",
                          "Our program received {n} applications per available spot in the last Match.",
                          "With {n} or more applications arriving for each spot, every file is still read by faculty.",
                          "Applications run to roughly {n} per position each year."),
    "trap:interviews": ("Last year we offered {n} interviews for our positions.",
                        "We interview roughly {n} applicants over several virtual interview days.",
                        "Around {n} candidates are invited to interview each season.",
                        "Our selection committee met {n} applicants on interview days last cycle."),
    "trap:research_output": ("Our most recently matched residents listed a combined {n} abstracts, presentations and publications on ERAS.",
                             "The last three classes entered residency with {n} research items among them.",
                             "Together, our current residents reported {n} publications and posters when they applied.",
                             "Research experiences in our recent classes totaled {n} abstracts and papers."),
    "trap:away_rotations": ("A rotation with our department is not necessary to receive an interview.",
                            "Our four-week sub-internship receives about {n} VSLO requests a year.",
                            "Visiting student rotations are arranged through VSLO and run from July through October.",
                            "We host away rotators for four weeks at a time, with one student per block."),
    "trap:interview_dates": ("Interviews are held virtually on two dates in December and January.",
                             "Interview invitations go out in November, and interview days run through mid-January.",
                             "We will announce this cycle's interview dates on our website in October.",
                             "All interviews take place on Fridays in December."),
    "trap:step1_passfail": ("Step 1 is now reported as pass/fail, so we look closely at clinical grades, letters and Step 2 CK.",
                            "With Step 1 pass/fail, a numeric score is not expected from most applicants.",
                            "Since the change to pass/fail Step 1 reporting, our review leans more on clinical performance.",
                            "Applicants who took Step 1 after it became pass/fail simply report a pass."),
}
# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visas the department sponsors", "J-1 only; no H-1B"),
    "visa:both": ("Visas the department sponsors", "J-1 or H-1B"),
    "visa:none": ("Visas the department sponsors", "None available"),
    "visa:h1b_no": ("H-1B", "Department does not sponsor"),
    "img:yes": ("International medical graduates eligible", "Yes"),
    "img:no": ("International medical graduates eligible", "No"),
    "ecfmg": ("ECFMG certification due", "{by}"),
    "usce:months": ("U.S. clinical experience (international graduates)", "At least {n} months"),
    "usce:zero": ("U.S. clinical experience (international graduates)", "Not required"),
    "usce:unstated": ("U.S. clinical experience (international graduates)", "Required"),
    "step1:n": ("Step 1 score requirement (if scored)", "{n} or higher"),
    "step1:none": ("Step 1 score requirement (if scored)", "No minimum score"),
    "step2:n": ("Step 2 CK score requirement", "{n} or higher"),
    "step2:none": ("Step 2 CK score requirement", "No minimum score"),
    "step2:pct": ("Step 2 CK score requirement", "{p}th percentile or higher"),
    "comlex:n": ("COMLEX Level 2-CE requirement", "{n} or higher"),
    "comlex:none": ("COMLEX Level 2-CE requirement", "No minimum score"),
    "attempt:yes": ("First-attempt pass on licensing exams", "Required"),
    "attempt:step2": ("First-attempt pass on licensing exams", "Step 2 CK only"),
    "attempt:no": ("First-attempt pass on licensing exams", "Not required"),
    "yog:n": ("Years since graduating medical school", "No more than {n} years"),
    "yog:none": ("Years since graduating medical school", "No limit"),
    "positions:n": ("Residents accepted into each class", "{n}"),
    "positions:range": ("Residents accepted into each class", "{a} to {b}"),
    "total": ("Residents in the department, all years", "{n}"),
    "trap:step2_average": ("Mean Step 2 CK, matched residents", "{n}"),
    "trap:signals": ("Preference signals received last cycle", "{n}"),
    "trap:applications": ("Applications per position, last cycle", "About {n}"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Does the department sponsor visas?",
    "img": "Are international medical graduates eligible?",
    "ecfmg": "By when do IMGs need ECFMG certification?",
    "usce": "Do I need clinical experience in the U.S.?",
    "step1": "How do you review Step 1 now that it is pass/fail?",
    "step2": "Is there a Step 2 CK score requirement?",
    "comlex": "Do you consider COMLEX for DO applicants?",
    "scores": "What are the minimum board scores?",
    "attempt": "What if I failed a board exam?",
    "yog": "Is there a limit on time since graduation?",
    "positions": "How many residents do you match each year?",
    "total": "How many residents are in the department?",
    "research_track": "Are there research opportunities for residents?",
    "prelim": "Do I need to apply separately for a PGY-1 year?",
    "us_letters": "Do my letters have to come from U.S. physicians?",
    "trap": "What does a competitive applicant look like?",
}
# fmt: on
