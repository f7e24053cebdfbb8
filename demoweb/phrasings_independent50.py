"""A fiftieth blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-27 (about 21:50-22:00 UTC) by a blind helper session, from its own knowledge
of how programs with ACGME Osteopathic Recognition word their eligibility pages: family
medicine, internal medicine, emergency medicine and neuromusculoskeletal medicine programs at
community hospitals that were once AOA-accredited, whose director of osteopathic education writes
for DO and MD applicants alike. COMLEX-USA comes first and USMLE is "an alternative" or "if
taken"; the pages speak of osteopathic principles and practice (OPP), the OMT clinic, the
designated osteopathic positions, the former AOA traditional rotating internship and the
affiliated college of osteopathic medicine (COM), with a short "Eligibility" list, a
requirements table and an FAQ. Each wording is written as a different such page would put it:
plain sentences, table-like fragments ("USCE for IMGs: not required."), conditions ("for DO
applicants", "if you submit USMLE scores"), negations, and preferences that are not
requirements ("viewed favorably", "a plus"). The traps settle nothing: averages of current
residents, pre-pass/fail Step 1 averages, OMT hours and OMT clinic visits, the hospital's other
Osteopathic Recognition program, graduates from the AOA years, interview and application counts,
medical students hosted from the affiliated COM, and the usual "COMLEX or USMLE" acceptance
note. All of it is invented demo data about no real program, town or person.

The author read only the brief's fact contract (fact names and values, "preferences are not
requirements; averages of past applicants are not minimums"), ``demoweb/phrasings.py`` (the shape
of a set and the dev/held-out wordings, to avoid reusing them), ``demoweb/info.py`` (how a set is
drawn and rendered, the fields templates get and the truth values of ``demoweb.info._facts``),
``tests/test_demoweb_info.py`` (the structural checks a blind set must pass), the ``class_sizes``
field of ``demoweb/specialties.py`` (printed through ``get_specialty`` for a few specialties, and
the smallest class size of each), the first 70 lines of ``demoweb/phrasings_independent14.py``
(its docstring and the shape of ``ECFMG_BY`` and ``EXTRA_TRAPS``), the first 48 lines of
``demoweb/phrasings_independent42.py`` (its docstring, modelled on here) and, to see how the page
test reads a page's text, ``visible_text`` in ``tests/test_demoweb.py``. The author did NOT read,
grep, import or run the extraction rules (``extract/``), their tests (``tests/test_facts*.py``,
``tests/facts_families.py``), ``bench/``, any benchmark output, git log or diffs, or any other
blind set ``demoweb/phrasings_independent*.py`` (nor the forty-ninth, written at the same time by
another helper); did not run ``bench/facts.py`` or ``precedent facts``, and did not run the
extractor on any of these sentences: nothing here was tuned against the rules. It was checked only
structurally, by an ad-hoc script outside the repository: it imports, has every claim of the dev
set with four or five distinct wordings, every template and row formats with the fields
``demoweb.info`` passes and uses only the fields the tests allow, no ECFMG deadline wording is
inside another, no wording is a dev or held-out one, no wording, row or deadline is shared with
(or stands word for word inside) another blind set (compared through ``demoweb.info.BLIND`` by
counts only, without showing their text), and the value checks of ``tests/test_demoweb_info.py``
hold on pages rendered from this set (by monkeypatching ``demoweb.info`` in that script so
held-out programs use it, and calling that test module's own structural and page checks on it).
About forty-five wordings, three rows and six deadlines of the first draft turned out to equal or
stand word for word inside (or contain) another blind set's; the script named only this set's side
of each match, and each was reworded with the same meaning before the set was handed over. The
forty-ninth set was not compared: it was not yet wired into ``demoweb.info.BLIND``. The lead
compared the two by text when wiring them in (21:55 UTC): one trap wording of this set (an
``ecfmg_pref`` trap, a preference for certified IMGs) stood word for word in the forty-ninth and
was reworded here with the same meaning, and so was its ``img:no`` row, which stood inside one of the
forty-sixth's; three FAQ questions they share were left, as a question
states no fact.
"""

from __future__ import annotations

NAME = "independent50"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "before our rank order list goes to the NRMP",
    "time of application": "at the point your ERAS application is sent to our program",
    "start of residency": "before resident orientation starts in June",
    "interview": "by the day you interview with our faculty",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": (
        "by the time the program certifies its rank list",
        "ahead of the rank list deadline in February",
    ),
    "time of application": ("on the day your application is certified in ERAS", "by the date your application reaches us"),
    "start of residency": ("prior to your PGY-1 start date", "before your residency here starts"),
    "interview": ("before you can be offered an interview", "prior to the interview itself"),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 6-12 for the other program,
# else 60-150 (OMT hours, graduates, interviews, students).
EXTRA_TRAPS = (
    ("trap:omt_hours", 0.25),
    ("trap:other_program", 0.2),
    ("trap:aoa_history", 0.2),
    ("trap:interviews", 0.25),
    ("trap:students", 0.2),
    ("trap:comlex_accepted", 0.2),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": ("Visa sponsorship is limited to the ECFMG-sponsored J-1; the hospital does not file H-1B petitions.",
                     "IMGs who require a visa are sponsored on the J-1 only.",
                     "We can support a J-1 clinical visa through ECFMG, but not the H-1B.",
                     "The hospital sponsors J-1 physicians only and has no H-1B program for residents.",
                     "Visas: the J-1 is the only visa our GME office sponsors."),
    "visa:both": ("Our GME office sponsors J-1 visas through ECFMG and also files H-1B petitions for residents.",
                  "Both the J-1 and the H-1B are available to residents who need visa sponsorship.",
                  "The hospital sponsors H-1B visas for residents who have passed USMLE Step 3, and J-1 visas through ECFMG.",
                  "We sponsor residents on either visa, J-1 or H-1B.",
                  "J-1 and H-1B sponsorship are both offered through the medical center's international office."),
    "visa:none": ("The program does not sponsor J-1 or H-1B visas.",
                  "We are not able to sponsor visas; applicants must already be authorized to work in the United States.",
                  "Visa sponsorship is not available at this hospital.",
                  "We don't sponsor any visa, J-1 or H-1B.",
                  "Applicants must be U.S. citizens, permanent residents or hold an EAD, as the hospital does not sponsor visas."),
    "visa:j1_yes": ("We sponsor the J-1 Exchange Visitor visa through ECFMG.",
                    "Residents requiring a J-1 visa can be sponsored by the hospital.",
                    "J-1 visas are sponsored for matched international graduates.",
                    "Our GME office handles J-1 visa sponsorship for incoming residents."),
    "visa:h1b_no": ("The hospital does not sponsor H-1B visas.",
                    "H-1B visa sponsorship is not available through our GME office.",
                    "We cannot file H-1B petitions for residents.",
                    "Please note that we do not offer the H-1B."),
    "img:yes": ("We welcome applications from DO, MD and international medical graduates.",
                "International medical graduates are eligible and are considered alongside U.S. DO and MD applicants.",
                "Graduates of international medical schools are considered for all of our positions.",
                "Applications are accepted from international medical graduates who meet the requirements below.",
                "We consider IMGs, and several of our current residents trained abroad."),
    "img:no": ("Applicants must have graduated from a COCA-accredited college of osteopathic medicine or an LCME-accredited medical school.",
               "We are not able to accept international medical graduates at this time.",
               "The program considers graduates of U.S. DO and MD schools only.",
               "International medical graduates are not eligible for our positions.",
               "Graduates of medical schools outside the United States will not be considered."),
    "ecfmg": ("A valid ECFMG certificate is required of every IMG applicant {by}.",
              "Your ECFMG certification process must be finished {by}.",
              "For IMGs, the ECFMG certificate is needed {by}.",
              "IMG applicants need to have been ECFMG certified {by}.",
              "Applicants who graduated outside the U.S. or Canada must have ECFMG certification {by}."),
    "usce:months": ("International graduates need at least {n} months of U.S. clinical experience to be considered.",
                    "We require {w} months of hands-on U.S. clinical experience (externships or sub-internships, not observerships).",
                    "Applicants must have completed at least {n} months of clinical training in U.S. teaching hospitals.",
                    "U.S. clinical experience of at least {n} months is required of all applicants.",
                    "{W} months of USCE in a hospital or clinic setting is a requirement for IMGs."),
    "usce:zero": ("Prior clinical work in a U.S. hospital is not a prerequisite for our program.",
                  "We do not require USCE from IMG applicants.",
                  "No U.S. clinical experience is required, although rotations at our hospital are welcome.",
                  "USCE for IMGs: not required.",
                  "Applicants are not required to have rotated in U.S. hospitals before applying."),
    "usce:unstated": ("All applicants must have some hands-on clinical experience in the United States.",
                      "Every IMG applicant is required to have U.S. clinical experience.",
                      "Hands-on U.S. clinical experience is mandatory; observerships alone do not meet it.",
                      "Recent U.S. clinical experience is required before an application is reviewed.",
                      "IMGs must have completed U.S. clinical rotations (electives, sub-internships or externships)."),
    "step1:n": ("MD applicants, and DO applicants who submit USMLE, need a Step 1 score of {n} or above.",
                "If you are submitting USMLE scores, the minimum Step 1 score we accept is {n}.",
                "USMLE Step 1: {n} minimum (for scored attempts).",
                "Step 1 scores under {n} do not meet our eligibility criteria.",
                "A Step 1 score of no less than {n} is needed to be offered an interview."),
    "step1:none": ("We have no minimum score for USMLE Step 1.",
                   "There is no Step 1 cutoff; a pass is all we look for.",
                   "No minimum Step 1 score applies to DO or MD applicants.",
                   "For MD applicants we do not set a minimum USMLE Step 1 score.",
                   "Applicants who took the USMLE are considered regardless of their Step 1 score."),
    "step2:n": ("MD applicants need a Step 2 CK score of {n} or higher.",
                "We screen USMLE Step 2 CK at {n}; scores below that are not reviewed.",
                "Step 2 CK minimum for USMLE takers: {n}.",
                "Applicants who submit USMLE must have a Step 2 CK score no lower than {n}.",
                "To be eligible for an interview, your Step 2 CK score must be {n} or better."),
    "step2:none": ("There is no Step 2 CK score minimum for our program.",
                   "We do not apply a minimum to USMLE Step 2 CK scores.",
                   "No minimum Step 2 CK score is required of MD applicants.",
                   "Step 2 CK scores are reviewed as part of the whole application, not against a cutoff.",
                   "USMLE applicants are considered regardless of Step 2 CK score."),
    "step2:pct": ("Step 2 CK scores must be at or above the national {p}th percentile.",
                  "We require a USMLE Step 2 CK score at the {p}th percentile or higher.",
                  "Applicants who fall below the {p}th percentile on Step 2 CK are not considered for interview.",
                  "Step 2 CK (for MD applicants): {p}th percentile minimum.",
                  "MD applicants must score in the {p}th percentile or above on Step 2 CK."),
    "comlex:n": ("A minimum COMLEX-USA Level 2-CE score of {n} is required of osteopathic applicants.",
                 "COMLEX Level 2-CE for DO applicants: {n} or above.",
                 "We screen COMLEX-USA Level 2-CE scores at {n}.",
                 "Osteopathic applicants scoring below {n} on COMLEX Level 2-CE will not be invited to interview.",
                 "For DO graduates, the COMLEX Level 2-CE minimum is {n}."),
    "comlex:none": ("We do not use a COMLEX-USA cutoff when reviewing DO applications.",
                    "DO applicants face no minimum COMLEX-USA score.",
                    "COMLEX scores are not held to a minimum; we review the whole application.",
                    "No COMLEX Level 2-CE minimum applies.",
                    "Osteopathic applicants are considered regardless of their COMLEX-USA Level 2-CE score."),
    "scores:both": ("Applicants taking the USMLE need at least {a} on Step 1 and {b} on Step 2 CK.",
                    "USMLE minimums: {a} (Step 1) and {b} (Step 2 CK).",
                    "For USMLE takers we require a Step 1 of {a} or higher and a Step 2 CK of {b} or higher.",
                    "MD applicants must meet our USMLE floors of {a} on Step 1 and {b} on Step 2 CK.",
                    "Step 1 and Step 2 CK scores must be at least {a} and {b} respectively."),
    "attempt:yes": ("All COMLEX-USA and USMLE examinations must be passed on the first attempt.",
                    "We only consider applicants who passed each board exam on the first try.",
                    "Applicants with a failed attempt on any COMLEX or USMLE exam are not eligible.",
                    "We require first-time passes on every COMLEX-USA or USMLE level you have taken.",
                    "Board examinations: first-attempt passes only."),
    "attempt:step2": ("Step 2 CK must be passed on the first try; a prior Step 1 failure is reviewed case by case.",
                      "We require a first-attempt pass on Step 2 CK from USMLE takers.",
                      "We need to see Step 2 CK passed in a single attempt.",
                      "Only Step 2 CK is held to a first-attempt rule."),
    "attempt:no": ("A previous exam failure does not by itself rule out an applicant.",
                   "We consider applicants who needed more than one attempt on COMLEX or USMLE.",
                   "Passing COMLEX or USMLE on the first attempt is not required.",
                   "Multiple attempts on board exams are reviewed in context and do not disqualify you.",
                   "Board attempts: more than one attempt is acceptable."),
    "yog:n": ("DO and MD applicants alike must be no more than {n} years out of medical school.",
              "We consider graduates from the past {w} years only, whatever their school.",
              "Graduation within {n} years of the start of residency is required.",
              "Your DO or MD degree (or foreign equivalent) must have been awarded within the last {n} years.",
              "Those who graduated more than {w} years before applying are ineligible."),
    "yog:none": ("Our program has no cutoff based on year of graduation.",
                 "There is no time-since-graduation limit for DO, MD or IMG applicants.",
                 "We look at applicants regardless of when they finished medical school.",
                 "Year of graduation does not limit eligibility.",
                 "Graduation year: no restriction."),
    "positions:n": ("We offer {n} PGY-1 positions each year, including our designated osteopathic positions.",
                    "Through the NRMP, we match {n} categorical {noun} each year.",
                    "Each year we take {w} new {noun} into the PGY-1 class.",
                    "Our incoming class is {n} {noun} per year, DO and MD.",
                    "Positions per year: {n}, all filled through the Match."),
    "positions:range": ("We take {a} to {b} interns each year, depending on funding.",
                        "Each PGY-1 class has {a} or {b} residents.",
                        "The program fills {a}-{b} first-year positions annually.",
                        "Between {a} and {b} categorical positions are offered in each Match.",
                        "Class size varies from {a} to {b} residents a year."),
    "home:positions": ("Our Osteopathic Recognition program welcomes {n} new {noun} every year.",
                       "Each July we welcome {w} new {noun} to the program.",
                       "We train {n} new {noun} a year in osteopathic and allopathic medicine alike.",
                       "A class of {n} {noun} starts with us each summer."),
    "total": ("The residency has {n} residents across all training years.",
              "At any one time the program has {n} residents in training.",
              "Total residents, all years: {n}.",
              "Our full complement is {n} residents, DO and MD together.",
              "Counting all PGY levels, we have {n} residents."),
    "research_track": ("Residents may choose a dedicated research track with protected time for OMM research.",
                       "We offer a research track for residents interested in osteopathic principles and practice.",
                       "A formal research track is available, with mentorship from our affiliated college of osteopathic medicine.",
                       "Residents interested in scholarship can apply to our research track after the first year.",
                       "The program includes an optional research track."),
    "prelim": ("We also take {w} preliminary {noun} each year.",
               "In addition to categorical positions, {n} preliminary positions are offered.",
               "Preliminary positions offered each Match: {n}.",
               "We fill {n} preliminary spots in the Match as well.",
               "The former AOA traditional rotating internship now offers {n} preliminary positions each year."),
    "us_letters": ("Two or more letters of recommendation must come from U.S. physicians, DO or MD.",
                   "We require at least one letter from a physician who supervised you in the United States.",
                   "Letters of recommendation from U.S. clinicians are required.",
                   "At least one of your three letters must be from a U.S. physician.",
                   "One letter must be from a U.S. osteopathic or allopathic physician who has worked with you clinically."),
    "trap:usce_pref": ("Hands-on U.S. clinical experience makes an application more competitive.",
                       "We like to see some clinical experience in U.S. hospitals.",
                       "Applicants with U.S. rotations, especially at osteopathic teaching sites, tend to do well with us.",
                       "Prior U.S. clinical experience is viewed favorably.",
                       "USCE is a plus."),
    "trap:ecfmg_pref": ("An IMG who holds ECFMG certification at the time of application is at an advantage.",
                        "We give preference to international graduates who hold an ECFMG certificate early in the season.",
                        "Completing ECFMG certification early is helpful.",
                        "Having your ECFMG certificate in hand before interviews strengthens your application."),
    "trap:yog_pref": ("We prefer applicants who graduated from their COM or medical school recently.",
                      "Recent graduation from medical school is an advantage in our review.",
                      "Candidates who are within a few years of graduation are favored.",
                      "Applicants with continuous clinical activity since graduation are more competitive."),
    "trap:step2_average": ("Our current residents' Step 2 CK scores average about {n}.",
                           "Last year's matched interns had a mean Step 2 CK of {n}.",
                           "Average Step 2 CK of interviewed applicants: {n}.",
                           "Residents who matched here in recent years averaged {n} on Step 2 CK."),
    "trap:step1_average": ("Back when Step 1 was scored, our residents averaged {n}.",
                           "The mean Step 1 score of our senior residents is {n}.",
                           "Matched applicants' Step 1 scores averaged {n} in past cycles.",
                           "For reference, our interviewed MD applicants had a median Step 1 of {n}."),
    "trap:letters_pref": ("Letters from U.S. physicians, ideally DOs who know your OMT skills, carry the most weight.",
                          "We prefer at least one letter from an osteopathic physician.",
                          "Letters from physicians in the United States are given extra weight.",
                          "Letters written by U.S. faculty who supervised you are preferred."),
    "trap:omt_hours": ("Residents complete roughly {n} hours of hands-on OMT in our clinic over their training.",
                       "Our OMT clinic logs more than {n} patient visits each month.",
                       "The osteopathic curriculum includes {n} hours of OPP didactics and workshops.",
                       "Each resident performs at least {n} OMT treatments before graduation."),
    "trap:other_program": ("The hospital's other Osteopathic Recognition program takes {n} residents each year.",
                           "Across the health system, {n} residency programs hold Osteopathic Recognition.",
                           "Our partner program at the regional campus fills {n} positions a year under a separate Match code.",
                           "The hospital's transitional year program matches {n} interns separately."),
    "trap:aoa_history": ("Before the single accreditation system, our program trained more than {n} osteopathic interns and residents under the AOA.",
                         "More than {n} graduates of our residency now practice in the region.",
                         "Since earning ACGME Osteopathic Recognition, we have graduated {n} residents.",
                         "Our alumni include more than {n} DOs who trained here when the program was AOA-accredited."),
    "trap:interviews": ("Last season our selection committee interviewed {n} applicants.",
                        "We received applications from more than {n} osteopathic students last year.",
                        "About {n} interviews are offered each cycle, most of them virtual.",
                        "Our faculty interviewed {n} candidates, DO and MD, in the last Match."),
    "trap:students": ("We host about {n} osteopathic medical students on clinical rotations every year.",
                      "Our affiliated college of osteopathic medicine sends {n} third- and fourth-year students to the hospital annually.",
                      "More than {n} medical students complete core clerkships here each year.",
                      "The hospital is a core clinical campus for {n} students from our partner COM."),
    "trap:comlex_accepted": ("DO applicants may submit COMLEX-USA alone; we do not ask them to take the USMLE.",
                             "COMLEX-USA and USMLE scores are given equal weight.",
                             "We accept either COMLEX-USA or USMLE transcripts.",
                             "MD applicants should submit USMLE scores; DO applicants may send COMLEX, USMLE or both."),
}
# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visa sponsorship (through GME)", "J-1 only; no H-1B"),
    "visa:both": ("Visa sponsorship (through GME)", "J-1 or H-1B"),
    "visa:none": ("Visa sponsorship (through GME)", "Not offered"),
    "img:yes": ("Graduates of international schools", "Eligible to apply"),
    "img:no": ("Graduates of medical schools abroad", "Not considered"),
    "ecfmg": ("ECFMG certificate (IMG applicants only)", "Needed {by}"),
    "usce:months": ("U.S. clinical experience", "At least {n} months required"),
    "usce:zero": ("U.S. clinical experience", "Not required to apply"),
    "usce:unstated": ("U.S. clinical experience", "Required, any length"),
    "step1:n": ("USMLE Step 1 (if taken)", "{n} minimum"),
    "step1:none": ("USMLE Step 1 (if taken)", "No minimum"),
    "step2:n": ("USMLE Step 2 CK (if taken)", "{n} minimum"),
    "step2:none": ("USMLE Step 2 CK (if taken)", "No minimum"),
    "step2:pct": ("USMLE Step 2 CK (if taken)", "{p}th percentile or higher"),
    "comlex:n": ("COMLEX-USA Level 2-CE (DO applicants)", "{n} minimum"),
    "comlex:none": ("COMLEX-USA Level 2-CE (DO applicants)", "No minimum"),
    "scores:both": ("USMLE minimums (if taken)", "Step 1 {a} / Step 2 CK {b}"),
    "attempt:yes": ("Board exam attempts", "First-attempt passes only"),
    "attempt:step2": ("Board exam attempts", "Step 2 CK on the first attempt"),
    "attempt:no": ("Board exam attempts", "Repeat attempts considered"),
    "yog:n": ("Time since DO/MD graduation", "No more than {n} years"),
    "yog:none": ("Time since DO/MD graduation", "No limit applies"),
    "positions:n": ("PGY-1 positions per year (all tracks)", "{n}"),
    "positions:range": ("PGY-1 positions per year (all tracks)", "{a}-{b}"),
    "trap:step2_average": ("Step 2 CK average of our residents (for reference)", "{n}"),
    "trap:omt_hours": ("OMT clinic hours during residency", "About {n}"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Does the hospital sponsor visas for residents?",
    "img": "Are international medical graduates eligible for your positions?",
    "ecfmg": "By when do IMGs need ECFMG certification?",
    "usce": "Do I need clinical experience in the United States?",
    "step1": "Do you have a Step 1 score requirement?",
    "step2": "What Step 2 CK score do you look for?",
    "comlex": "Is there a COMLEX-USA score requirement for DO applicants?",
    "scores": "What are the board score minimums?",
    "attempt": "Can I apply if I failed a board exam?",
    "yog": "Is there a limit on how long ago I graduated?",
    "positions": "How many residents do you match each year?",
    "total": "How many residents are in the program altogether?",
    "research_track": "Do you offer a research track?",
    "prelim": "Are preliminary positions available?",
    "us_letters": "Must any letters come from U.S. physicians?",
    "trap": "What does a competitive applicant to an osteopathic program look like?",
}
# fmt: on
