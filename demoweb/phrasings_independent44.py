"""A forty-fourth blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-27 (about 16:24-16:30 UTC by the machine clock) by a blind helper session, from
its own knowledge of how the "Applicant Information" pages of psychiatry and pediatrics residency
programs at community and university-affiliated hospitals read: pages kept by the program
coordinator for the program director, in a warm but orderly voice, with a "Quick facts" box at the
top (short label/value rows: "Visas sponsored", "Required USCE", "Step 2 CK score (minimum)",
"Categorical PGY-1 spots"), a short "What we look for" paragraph and coordinator-style FAQ answers
("Yes!", "Unfortunately, no.", "Please note ..."), naming the hospital's GME office, ERAS, the NRMP
and the applicant's documents (ECFMG certificate, letters, personal statement) as such pages do.
Each wording is written as a different program's page would put it: plain sentences, fragments, FAQ
answers, conditions ("for applicants who have passed Step 3"), hedges and exceptions ("a Step 1
retake is reviewed case by case"), negations ("we are not able to"), and preferences that are not
requirements ("a plus", "given preference"). The traps settle nothing: averages of current
residents and interviewees, Step 1 averages from before it went pass/fail, a sister program's or
fellowship's size, interview counts, the hospital's and units' bed counts, alumni counts, and ERAS
dates and documents. All of it is invented demo data about no real program, town or person.

The author read only the brief (the fact contract: fact names and values, "preferences are not
requirements; averages of past applicants are not minimums"), ``demoweb/phrasings.py`` (the shape
of a set and the dev/held-out wordings, to avoid reusing them), ``demoweb/info.py`` (how a set is
drawn and rendered, the fields templates get and the truth values of ``demoweb.info._facts``),
``tests/test_demoweb_info.py`` (the structural checks a blind set must pass), the ``class_sizes``
field of ``demoweb/specialties.py``, the first 70 lines of ``demoweb/phrasings_independent14.py``
(its docstring and the shape of ``ECFMG_BY`` and ``EXTRA_TRAPS``), the first 48 lines of
``demoweb/phrasings_independent42.py`` (its docstring, for the provenance style), and the
``visible_text`` function of ``tests/test_demoweb.py``. The author did NOT read, grep, import or
run the extraction rules (``extract/``), their tests (``tests/test_facts*.py``,
``tests/facts_families.py``), ``bench/``, any benchmark output, git log or diffs, README.md's facts
sections, or any other blind set ``demoweb/phrasings_independent*.py`` (nor the forty-third,
written at the same time by another helper); did not run ``bench/facts.py`` or ``precedent
facts``, and did not run the extractor on any of these sentences: nothing here was tuned against
the rules. It was checked only structurally, by an ad-hoc script outside the repository: it
imports, has every claim of the dev set with four or five distinct wordings, every template and row
formats with the fields ``demoweb.info`` passes and uses only the fields the tests allow, no ECFMG
deadline wording is inside another, no wording is a dev or held-out one, no wording, row or
deadline is shared with (or stands word for word inside, or holds) another blind set's (compared
through ``demoweb.info.BLIND`` by counts only, without showing their text), and the value checks
of ``tests/test_demoweb_info.py`` hold on pages rendered from this set (by monkeypatching
``demoweb.info`` in that script so held-out programs use it, and calling that test module's own
structural and page checks on this set). It has five wordings for every dev claim and four or five
for its own traps (214 wordings over 43 claims, 4.98 on average). The forty-third set, written at
the same time, was not in ``demoweb.info.BLIND`` then and was not compared.

The lead, wiring it beside the forty-third (written at the same time), compared the two sets' text:
no wording, row or deadline is shared; one FAQ question heading ("Are international medical
graduates eligible to apply?") is the same in both and in the thirty-third. A question is a
heading that states no fact, and it was left as written.
"""

from __future__ import annotations

NAME = "independent44"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "before our program certifies its rank order list",
    "time of application": "by the day you submit your ERAS application to us",
    "start of residency": "before you can start residency at our hospital",
    "interview": "before our coordinator can schedule your interview",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": (
        "before our rank list goes to the NRMP in February",
        "ahead of the February rank list deadline",
    ),
    "time of application": ("as of the day your ERAS application reaches our program",),
    "start of residency": (
        "prior to the first day of PGY-1 orientation",
        "by the time your training begins on July 1",
    ),
    "interview": (
        "in time for your interview visit",
        "in advance of your interview with our program director",
    ),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 6-12 for another program, else
# 60-150 (interviews, beds, alumni, medical schools).
EXTRA_TRAPS = (
    ("trap:other_program", 0.25),
    ("trap:interviews", 0.25),
    ("trap:beds", 0.2),
    ("trap:alumni", 0.2),
    ("trap:eras_documents", 0.2),
    ("trap:schools", 0.15),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": ("Our GME office sponsors J-1 visas only (no H-1B).",
                     "J-1 visa sponsorship is available through ECFMG, but our hospital does not "
                     "sponsor H-1B visas.",
                     "Please note that the J-1 is the only visa our institution sponsors.",
                     "Yes, for the J-1 visa only; unfortunately we cannot sponsor H-1B visas.",
                     "Our program can sponsor J-1 Exchange Visitor visas, but not H-1B visas."),
    "visa:both": ("Yes! Our GME office sponsors both J-1 and H-1B visas for eligible residents.",
                  "We are able to sponsor H-1B visas in addition to J-1 visas.",
                  "Both the J-1 (through ECFMG) and the H-1B visa are available to our residents.",
                  "The hospital sponsors J-1 visas and, for applicants who have passed Step 3, "
                  "H-1B visas.",
                  "We sponsor J-1 and H-1B visas; please tell us in your ERAS application which "
                  "one you will need."),
    "visa:none": ("Unfortunately, no. We are not able to sponsor visas of any type.",
                  "Our hospital does not sponsor J-1 or H-1B visas for residents.",
                  "Please note that the hospital cannot sponsor visas for residents.",
                  "We are unable to offer visa sponsorship (J-1 or H-1B).",
                  "Applicants who would need a visa to train with us cannot be sponsored by our "
                  "program."),
    "visa:j1_yes": ("Yes! We sponsor J-1 visas through ECFMG.",
                    "J-1 visa sponsorship through ECFMG is supported by our GME office.",
                    "We support J-1 visa sponsorship for our residents.",
                    "J-1 visa: yes, we sponsor.",
                    "We can sponsor international graduates on a J-1 visa."),
    "visa:h1b_no": ("Unfortunately, our hospital does not sponsor H-1B visas for residents.",
                    "Please note that our institution is unable to sponsor the H-1B visa.",
                    "H-1B visa sponsorship is not available at this time.",
                    "Our GME office does not offer H-1B sponsorship for residents.",
                    "We cannot sponsor H-1B visas for incoming residents."),
    "img:yes": ("Yes! We are happy to consider international medical graduates.",
                "Our program welcomes applications from IMGs.",
                "International graduates are eligible and have always been part of our "
                "resident family.",
                "IMGs are considered on the same basis as US graduates.",
                "We have a long history of training international medical graduates and "
                "welcome their applications."),
    "img:no": ("Unfortunately, our program is not able to accept applications from "
               "international medical graduates at this time.",
               "Our program only considers graduates of US MD or DO schools.",
               "Please note: we can only consider students and graduates of medical schools "
               "in the United States.",
               "IMGs are not eligible for our program at this time.",
               "We do not review applications from graduates of foreign medical schools."),
    "ecfmg": ("Please note that IMG applicants must have ECFMG certification {by}.",
              "ECFMG certification is required for all IMGs {by}.",
              "IMGs need to be fully ECFMG certified {by}.",
              "A valid ECFMG certificate must be on file with our GME office {by}.",
              "Your ECFMG certificate must be issued {by}."),
    "usce:months": ("Please note that we require a minimum of {w} months of hands-on clinical "
                    "experience in the US healthcare system.",
                    "Applicants need at least {n} months of U.S. clinical experience, such as "
                    "externships or sub-internships.",
                    "{W} months of US clinical experience (USCE) is a requirement for all IMG "
                    "applicants.",
                    "Yes, {n} months of hands-on USCE in a US hospital or clinic is required.",
                    "International graduates must have completed at least {n} months of clinical "
                    "work in the United States before applying."),
    "usce:zero": ("US clinical experience is not a prerequisite for applying to our program.",
                  "No, you do not need US clinical experience to apply.",
                  "We do not require USCE; clinical experience from your home country is "
                  "reviewed just as carefully.",
                  "Hands-on clinical experience in the United States is not mandatory for our "
                  "applicants.",
                  "Our residency has no USCE requirement for international applicants."),
    "usce:unstated": ("All international applicants must have some hands-on clinical experience "
                      "in the United States.",
                      "Please note that US clinical experience is a requirement for every IMG "
                      "who applies to us.",
                      "Prior clinical experience in a U.S. setting is required; observerships "
                      "alone are not sufficient.",
                      "Applicants must bring U.S. clinical experience (an externship, a "
                      "sub-internship or paid patient care).",
                      "Hands-on USCE is required for consideration."),
    "step1:n": ("Minimum USMLE Step 1 score for consideration: {n}.",
                "Please note that applicants must have a Step 1 score of {n} or above to be "
                "invited to interview.",
                "We only review applications with a USMLE Step 1 score of {n} or higher.",
                "Step 1: {n} minimum (for those who took the exam before it became pass/fail).",
                "Our program requires a Step 1 score no lower than {n}."),
    "step1:none": ("We do not have a minimum Step 1 score; every application is read in full.",
                   "There is no Step 1 score requirement for our program.",
                   "Step 1 is reviewed as pass/fail, and no numeric minimum is applied.",
                   "We do not screen applicants by Step 1 score.",
                   "Step 1 minimum: not applicable, as applications are reviewed holistically."),
    "step2:n": ("Applicants must have passed Step 2 CK with a score of {n} or higher.",
                "Our minimum Step 2 CK score for an interview is {n}.",
                "We require a USMLE Step 2 CK score of {n} or greater.",
                "Please note: a Step 2 CK score below {n} does not meet the program's minimum.",
                "A minimum Step 2 CK score of {n} is required to be considered for an "
                "interview."),
    "step2:none": ("There is no minimum Step 2 CK score; we look at the whole application.",
                   "We do not use a Step 2 CK cutoff when reviewing applications.",
                   "Step 2 CK scores: no minimum set by the program.",
                   "No, we do not have a minimum Step 2 CK score.",
                   "Your Step 2 CK score is considered in context, and no minimum is required."),
    "step2:pct": ("Please note that your Step 2 CK score must fall at or above the {p}th "
                  "percentile to be reviewed.",
                  "To be considered, applicants must have scored at or above the {p}th "
                  "percentile on Step 2 CK.",
                  "Our program requires Step 2 CK performance at or above the national {p}th "
                  "percentile.",
                  "Minimum Step 2 CK: {p}th percentile nationally.",
                  "Please note that a Step 2 CK score below the {p}th percentile will not be "
                  "considered."),
    "comlex:n": ("DO applicants may submit COMLEX scores in place of USMLE; the minimum COMLEX "
                 "Level 2-CE score is {n}.",
                 "Osteopathic graduates need a COMLEX Level 2-CE score of at least {n}.",
                 "COMLEX Level 2-CE: minimum {n}.",
                 "Yes! We accept COMLEX; Level 2-CE scores must be {n} or above.",
                 "We require a minimum COMLEX-USA Level 2 CE score of {n} for DO applicants who "
                 "have not taken the USMLE."),
    "comlex:none": ("Yes! COMLEX scores are accepted, and there is no minimum score.",
                    "We do not set a COMLEX cutoff for DO applicants.",
                    "COMLEX Level 2-CE: no minimum.",
                    "Our DO applicants are not held to any minimum COMLEX score.",
                    "There is no COMLEX Level 2-CE minimum for osteopathic applicants."),
    "scores:both": ("Our screening minimums are a Step 1 score of {a} and a Step 2 CK score of "
                    "{b}.",
                    "To be reviewed by our selection committee, applicants need Step 1 of at "
                    "least {a} and Step 2 CK of at least {b}.",
                    "Applicants must meet our score minimums of {a} (Step 1) and {b} (Step 2 "
                    "CK).",
                    "Step 1 at least {a}; Step 2 CK at least {b}.",
                    "Please note that we only consider applicants with Step 1 scores of {a}+ and "
                    "Step 2 CK scores of {b}+."),
    "attempt:yes": ("All USMLE or COMLEX exams must be passed on the first attempt.",
                    "Unfortunately, we cannot consider applicants who have failed any part of the "
                    "USMLE.",
                    "Please note: we require first-time passes on every licensing exam taken.",
                    "Applicants who have a failed attempt on any Step are, unfortunately, not "
                    "eligible.",
                    "First-attempt passes on all Steps are required."),
    "attempt:step2": ("Step 2 CK must be passed on your first try.",
                      "For Step 2 CK, we require a passing score on the first attempt.",
                      "Applicants must have passed Step 2 CK in a single attempt to be invited "
                      "to interview.",
                      "Please note that Step 2 CK has to be passed on the first attempt; a Step 1 "
                      "retake is reviewed case by case.",
                      "First-attempt pass required: Step 2 CK."),
    "attempt:no": ("Yes, we do review applicants who needed more than one attempt on a USMLE "
                   "Step.",
                   "An exam failure does not automatically rule out an applicant; please explain "
                   "it in your personal statement.",
                   "Multiple attempts on USMLE or COMLEX are considered on a case-by-case basis.",
                   "Please note that we do not require first-attempt passes on USMLE or "
                   "COMLEX.",
                   "Applicants who have repeated a Step are welcome to apply."),
    "yog:n": ("We consider applicants who graduated within the past {n} years.",
              "Graduation from medical school must be no more than {w} years before the start "
              "of residency.",
              "Year of graduation: within {n} years of the Match.",
              "Please note that we are unable to consider applicants who graduated more than {n} "
              "years ago.",
              "Medical school graduation within the last {w} years is required."),
    "yog:none": ("There is no year-of-graduation cutoff for our program.",
                 "Applicants are welcome regardless of when they graduated from medical school.",
                 "No, we do not limit applications by year of graduation.",
                 "Year of medical school graduation: no limit applies.",
                 "We do not have a time-since-graduation requirement."),
    "positions:n": ("Every year we match {n} categorical {noun}.",
                    "Number of PGY-1 positions: {n}.",
                    "We have {n} first-year position(s) available through the NRMP Match.",
                    "Yes, we take {n} PGY-1 {noun} each year through ERAS and the Match.",
                    "Our program offers {w} categorical position(s) per year."),
    "positions:range": ("We typically match {a} to {b} new residents in each Match.",
                        "Class size: {a}-{b} residents each year.",
                        "Each class has between {a} and {b} residents, depending on funding.",
                        "We offer {a} or {b} categorical positions each year.",
                        "PGY-1 positions per year: {a} to {b}."),
    "home:positions": ("Our program welcomes {n} new {noun} every year.",
                       "With {n} {noun} per class, our residents get to know every faculty "
                       "member by name.",
                       "Each July we welcome {n} new {noun} to our program.",
                       "We are a small, close-knit program that matches {n} {noun} per year.",
                       "We recruit {n} {noun} each year to our categorical program."),
    "total": ("We currently have {n} residents across all PGY levels.",
              "Program size: {n} residents.",
              "Our residency has a total of {n} residents in training.",
              "Altogether, {n} residents train in our program at any one time.",
              "With {n} residents in total, our program is large enough to offer variety and "
              "small enough to feel like family."),
    "research_track": ("Residents interested in research may apply to our research track in the "
                       "PGY-2 year.",
                       "Yes! We have a research track with protected time in the senior years.",
                       "A research pathway is available for residents planning an academic "
                       "career.",
                       "Our program offers a research track in partnership with the university.",
                       "Research track: available for interested residents."),
    "prelim": ("We also have {n} preliminary position(s) each year.",
               "{W} preliminary PGY-1 position(s) are available.",
               "Preliminary PGY-1 spots offered: {n}.",
               "Yes, we also match {n} preliminary interns each year.",
               "In addition to our categorical program, we offer {n} preliminary position(s)."),
    "us_letters": ("At least one of your letters of recommendation must come from a physician "
                   "who practices in the United States.",
                   "Please include at least two letters from physicians who have supervised you "
                   "in the US.",
                   "Letters of recommendation: at least two must be from U.S. faculty.",
                   "We require letters of recommendation written by US physicians.",
                   "Two of your three letters must be written by physicians who practice in the "
                   "US."),
    "trap:usce_pref": ("Hands-on US clinical experience is a plus.",
                       "We value US clinical experience, particularly in psychiatry or "
                       "pediatrics.",
                       "Applicants with U.S. clinical rotations tend to be more competitive.",
                       "US clinical experience is highly desirable.",
                       "Our faculty like to see some clinical experience in a US hospital or "
                       "clinic."),
    "trap:ecfmg_pref": ("Applicants who already hold ECFMG certification are given preference in "
                        "our review.",
                        "It is to your advantage to have ECFMG certification in hand when you "
                        "apply.",
                        "We recommend completing ECFMG certification as early as possible.",
                        "ECFMG certification at the time of application is desirable.",
                        "Preference is given to ECFMG-certified candidates."),
    "trap:yog_pref": ("We prefer applicants who graduated within the last few years.",
                      "Recent graduation is a plus.",
                      "Preference is given to candidates with recent clinical activity.",
                      "We give preference to more recent graduates.",
                      "Applicants who finished medical school recently are preferred."),
    "trap:step2_average": ("Last year's matched residents had an average Step 2 CK score of {n}.",
                           "The mean Step 2 CK score of our current PGY-1 class is {n}.",
                           "Our interviewed applicants averaged about {n} on Step 2 CK.",
                           "Average Step 2 CK of the incoming class: {n}.",
                           "For reference, our residents' Step 2 CK scores average {n}."),
    "trap:step1_average": ("Our current residents averaged {n} on Step 1 (for those with numeric "
                           "scores).",
                           "The average Step 1 score of last year's interviewees was {n}.",
                           "Mean Step 1 score of matched applicants, 2019-2021: {n}.",
                           "Before Step 1 went pass/fail, our residents' scores averaged around "
                           "{n}.",
                           "Step 1 average of our current class: {n}."),
    "trap:letters_pref": ("Letters from US physicians are very helpful.",
                          "Letters from U.S. faculty carry more weight.",
                          "If possible, include a letter from a physician who supervised you in "
                          "the United States.",
                          "A letter from a U.S. supervisor is a plus.",
                          "We appreciate letters from attendings who have worked with you in a US "
                          "hospital."),
    "trap:other_program": ("Our sister internal medicine residency matches {n} categorical "
                           "residents each year.",
                           "The family medicine program at our hospital has {n} positions per "
                           "year.",
                           "Our affiliated med-peds program takes {n} residents annually.",
                           "Please note: the {n} transitional year positions at our hospital are "
                           "filled through a separate program.",
                           "Our child and adolescent psychiatry fellowship has {n} fellows across "
                           "its two years."),
    "trap:interviews": ("Our program director and faculty interview about {n} applicants each "
                        "season.",
                        "Last year our program offered {n} interview slots.",
                        "Interview days run from October through January, with roughly {n} "
                        "applicants interviewed.",
                        "Number of applicants interviewed last cycle: {n}.",
                        "We extend around {n} interview invitations per year."),
    "trap:beds": ("Our children's hospital has {n} inpatient beds.",
                  "The inpatient psychiatry unit has {n} beds.",
                  "Residents rotate through our {n}-bed behavioral health hospital.",
                  "Our NICU is a {n}-bed Level III unit.",
                  "The hospital is a {n}-bed community teaching hospital."),
    "trap:alumni": ("Since our founding, more than {n} residents have graduated from our program.",
                    "We have trained over {n} psychiatrists since the program was accredited.",
                    "Our alumni network includes more than {n} pediatricians practicing across "
                    "the region.",
                    "Graduates since the program began: {n}+.",
                    "More than {n} of our alumni have stayed on as faculty or community "
                    "partners."),
    "trap:eras_documents": ("Please make sure your MSPE, transcript and personal statement are "
                            "uploaded in ERAS before we can review your file.",
                            "We begin reviewing ERAS applications in late September and send "
                            "interview invitations on a rolling basis.",
                            "Our program does not accept applications outside of ERAS.",
                            "Please do not mail or email documents to the coordinator; everything "
                            "should come through ERAS.",
                            "Interview invitations are sent by email from our coordinator, so "
                            "please check your spam folder."),
    "trap:schools": ("Our current residents come from more than {n} medical schools.",
                     "Last year we received applications from graduates of {n} countries.",
                     "Over the years, our graduates have come from {n} different medical "
                     "schools in the US and abroad.",
                     "Applicants from {n} medical schools applied to our program last cycle."),
}
# Table rows ("Quick facts"): claim → (label, value). Claims without a row are written as
# sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visas sponsored", "J-1 only (no H-1B)"),
    "visa:both": ("Visas sponsored", "J-1 and H-1B"),
    "visa:none": ("Visas sponsored", "None (not able to sponsor)"),
    "visa:j1_yes": ("J-1 visa", "Sponsored through ECFMG"),
    "visa:h1b_no": ("H-1B visa", "Not sponsored by our GME office"),
    "img:yes": ("International graduates", "Welcome to apply"),
    "img:no": ("International graduates", "Not considered"),
    "ecfmg": ("ECFMG certification", "Must be complete {by}"),
    "usce:months": ("Required USCE", "{n} months, hands-on"),
    "usce:zero": ("Required USCE", "None, not a requirement"),
    "usce:unstated": ("Required USCE", "Yes (no set length)"),
    "step1:n": ("Step 1 score (minimum)", "{n}"),
    "step1:none": ("Step 1 score (minimum)", "No minimum; holistic review"),
    "step2:n": ("Step 2 CK score (minimum)", "{n}"),
    "step2:none": ("Step 2 CK score (minimum)", "No minimum; holistic review"),
    "step2:pct": ("Step 2 CK score (minimum)", "{p}th percentile or higher"),
    "comlex:n": ("COMLEX Level 2-CE (DO applicants)", "{n} minimum"),
    "comlex:none": ("COMLEX Level 2-CE (DO applicants)", "No minimum score"),
    "scores:both": ("Minimum scores", "Step 1 {a} / Step 2 CK {b}"),
    "attempt:yes": ("First-time passes", "Required on all exams"),
    "attempt:step2": ("First-time passes", "Required on Step 2 CK"),
    "attempt:no": ("First-time passes", "Not required"),
    "yog:n": ("Time since graduation", "{n} years or fewer"),
    "yog:none": ("Time since graduation", "No limit for our program"),
    "positions:n": ("Categorical PGY-1 spots", "{n} each year"),
    "positions:range": ("Categorical PGY-1 spots", "{a}-{b} each year"),
    "total": ("Residents in the program", "{n} total"),
    "research_track": ("Research track", "Offered, with protected time"),
    "prelim": ("Preliminary positions", "{n} per year"),
    "us_letters": ("Letters of recommendation", "At least two from US physicians"),
    "trap:step2_average": ("Average Step 2 CK, current PGY-1s", "{n}"),
    "trap:step1_average": ("Average Step 1 (current residents)", "{n}"),
    "trap:interviews": ("Applicants interviewed (last season)", "{n}"),
    "trap:beds": ("Hospital beds", "{n}"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Does your program sponsor visas?",
    "img": "Are international medical graduates eligible to apply?",
    "ecfmg": "By when do I need to be ECFMG certified?",
    "usce": "Do I need clinical experience in the United States?",
    "step1": "Do you have a Step 1 score requirement?",
    "step2": "What Step 2 CK score do you look for?",
    "comlex": "I am a DO student. Do you take COMLEX scores?",
    "scores": "What board scores do I need to apply?",
    "attempt": "Will you look at my application if I did not pass a Step on the first try?",
    "yog": "Is there a cutoff for year of graduation?",
    "positions": "How many residents do you take each year?",
    "total": "How many residents are in the program altogether?",
    "research_track": "Are there research opportunities for residents?",
    "prelim": "Do you have preliminary year positions?",
    "us_letters": "How many letters of recommendation do I need, and from whom?",
    "trap": "What else should applicants know about our program?",
}
# fmt: on
