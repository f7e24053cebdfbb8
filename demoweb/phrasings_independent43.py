"""A forty-third blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-27 (about 16:24-16:30 UTC) by a blind helper session, from its own knowledge
of how academic neurosurgery departments word their residency pages: a seven-year program taking
one to three residents a year, with enfolded research years or an R25 research track, whose
"Prospective Residents", "Application Information", "Eligibility" and "Frequently Asked
Questions" pages are written in the department's plain third-person voice ("The department
sponsors ...", "Applicants must ..."). Each wording is written as a different such page would put
it: full sentences, "Requirements" fragments ("J-1 visas only; ..."), conditions ("applicants who
received a numeric Step 1 score"), the Step 1 pass/fail aside and the weight put on Step 2 CK,
negations ("Neither the J-1 nor the H-1B visa is sponsored"), and preferences that are not
requirements ("viewed favorably", "carry the most weight"). The traps settle nothing: averages of
matched residents, Step 1 averages from before pass/fail, the affiliated neurology and general
surgery programs' class sizes, publication and abstract counts, interview counts, case volumes,
Society of Neurological Surgeons (SNS) conventions on interview offers and away rotations, advice
on when to take Step 2 CK, and sub-internship (VSLO) logistics. All of it is invented demo data
about no real program, town or person.

The author read only the brief (the fact contract: fact names and values, "preferences are not
requirements; averages of past applicants are not minimums"), ``demoweb/phrasings.py`` (the shape
of a set and the dev/held-out wordings, to avoid reusing them), ``demoweb/info.py`` (how a set is
drawn and rendered, the fields templates get and the truth values of ``demoweb.info._facts``),
``tests/test_demoweb_info.py`` (the structural checks a blind set must pass), the ``class_sizes``
field of ``demoweb/specialties.py``, the first 70 lines of ``demoweb/phrasings_independent14.py``
(its docstring and the shape of ``ECFMG_BY`` and ``EXTRA_TRAPS``; by a slip of a ``sed`` range it
also showed lines 71-74, the ``PHRASINGS`` header and that set's first ``visa:j1_only`` wording,
which this set does not reuse), the first 48 lines of ``demoweb/phrasings_independent42.py`` (its
docstring, for the provenance style), and the ``visible_text`` function of
``tests/test_demoweb.py``. The author did NOT read, grep, import or run the extraction rules
(``extract/``), their tests (``tests/test_facts*.py``, ``tests/facts_families.py``), ``bench/``,
any benchmark output, git log or diffs, or any other blind set ``demoweb/phrasings_independent*.py``
(nor the forty-fourth, written at the same time by another helper); did not run ``bench/facts.py``
or ``precedent facts``, and did not run the extractor on any of these sentences: nothing here was
tuned against the rules. It was checked only structurally, by ad-hoc scripts outside the
repository: it imports, has every claim of the dev set with four or five distinct wordings (4.5 on
average), every template and row formats with the fields ``demoweb.info`` passes and uses only the
fields the tests allow, no ECFMG deadline wording is inside another, no wording is a dev or
held-out one (nor inside one), no wording, row or deadline is shared with another blind set or
stands word for word inside one (as templates and as formatted sentences; compared through
``demoweb.info.BLIND`` by counts only, without showing their text; the first draft shared a few
short wordings, table rows and deadlines, which were reworded before the set was finished), and
the value checks of ``tests/test_demoweb_info.py`` hold on pages rendered from this set (by
monkeypatching ``demoweb.info`` in that script so held-out programs use it, and calling that test
module's own structural, field, deadline and page checks on this set, at 3000 and 6000 programs).
"""

from __future__ import annotations

NAME = "independent43"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "by the time the department submits its rank order list",
    "time of application": "by the time the ERAS application is submitted",
    "start of residency": "before the start of PGY-1 training in neurosurgery",
    "interview": "before the department extends an interview invitation",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": ("before the NRMP rank list deadline in late February",),
    "time of application": ("no later than the date of application",),
    "start of residency": ("prior to the first day of neurosurgery internship",),
    "interview": ("before the applicant interviews with the department",),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 6-12 for another program, else
# 60-150 (publications, interviews, case counts).
EXTRA_TRAPS = (
    ("trap:other_program", 0.25),
    ("trap:publications", 0.2),
    ("trap:interviews", 0.2),
    ("trap:sns_conventions", 0.2),
    ("trap:step2_timing", 0.15),
    ("trap:case_volume", 0.15),
    ("trap:sub_internship", 0.15),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": ("Residents who need a visa are sponsored on the J-1 through ECFMG; the department does not sponsor H-1B visas.",
                     "J-1 visas only; the institution does not file H-1B petitions for neurosurgery residents.",
                     "Non-citizen residents train on an ECFMG-sponsored J-1 visa, as H-1B sponsorship is not available in this program.",
                     "The J-1 is the only visa the residency sponsors; H-1B visas are not offered.",
                     "The neurosurgery residency sponsors J-1 visas but not H-1B visas."),
    "visa:both": ("The department sponsors both J-1 and H-1B visas for residents who are not U.S. citizens or permanent residents.",
                  "Residents may train on either a J-1 visa through ECFMG or an H-1B visa sponsored by the hospital.",
                  "H-1B and J-1 visa sponsorship are both available to matched neurosurgery residents.",
                  "The institution will sponsor an H-1B visa for eligible residents, and the J-1 visa through ECFMG is also supported.",
                  "Sponsorship for J-1 and H-1B status is provided to residents through the Office of Graduate Medical Education."),
    "visa:none": ("The department is unable to sponsor visas for its residents.",
                  "Neither the J-1 nor the H-1B visa is sponsored by the neurosurgery residency.",
                  "The program does not sponsor J-1, H-1B or any other visa.",
                  "Visa sponsorship is not available in the neurological surgery residency.",
                  "At this time the institution does not sponsor visas of any category for residents."),
    "visa:j1_yes": ("The department sponsors J-1 visas through ECFMG for residents who require one.",
                    "Matched residents who need a visa may train on an ECFMG-sponsored J-1.",
                    "J-1 visa sponsorship is offered to residents in neurological surgery.",
                    "The program supports the J-1 Exchange Visitor visa for its residents.",
                    "Residents who need a J-1 visa are sponsored by the institution through ECFMG."),
    "visa:h1b_no": ("The Department of Neurosurgery does not sponsor H-1B visas for residents.",
                    "H-1B visa sponsorship is not available to neurosurgery residents at this institution.",
                    "The institution does not offer H-1B sponsorship to neurosurgery residents.",
                    "Applicants should be aware that the program cannot sponsor H-1B visas.",
                    "H-1B visas: not sponsored by the department."),
    "img:yes": ("Graduates of international medical schools are eligible to apply to the neurosurgery residency.",
                "The department accepts applications from international medical graduates.",
                "International medical graduates are considered for interview alongside graduates of U.S. schools.",
                "Applications from IMGs are welcome and are reviewed by the same committee as all others.",
                "The residency has trained international medical graduates and continues to consider their applications."),
    "img:no": ("The department considers only graduates of LCME- or AOA-accredited medical schools.",
               "International medical graduates are not eligible for the neurosurgery residency.",
               "The program is unable to accept applications from graduates of medical schools outside the United States and Canada.",
               "Applications from international medical graduates are not considered.",
               "The residency does not accept IMG applicants."),
    "ecfmg": ("Applicants from international medical schools must be certified by ECFMG {by}.",
              "ECFMG certification of foreign medical graduates must be complete {by}.",
              "For international graduates, a valid ECFMG certificate is required {by}.",
              "Graduates of medical schools outside the U.S. and Canada need a valid ECFMG certificate {by}."),
    "usce:months": ("International applicants must have completed at least {n} months of hands-on clinical rotations in the United States.",
                    "A minimum of {w} months of U.S. clinical experience, such as sub-internships or acting internships, is required.",
                    "Applicants must have at least {n} months of direct patient care in a U.S. hospital; observerships alone do not meet this requirement.",
                    "U.S. clinical experience of at least {n} months is a prerequisite for international graduates.",
                    "A total of {w} months of clinical work in the United States (sub-internships count, observerships do not) is required of applicants who trained abroad."),
    "usce:zero": ("U.S. clinical experience is not a requirement for application to the program.",
                  "The department does not require applicants to have clinical experience in the United States.",
                  "There is no requirement for prior clinical experience in the United States.",
                  "Prior hands-on clinical work in a U.S. hospital is not required to apply.",
                  "Applicants are not required to have completed a clinical rotation in the United States."),
    "usce:unstated": ("Applicants who graduated abroad must have clinical experience in a U.S. hospital.",
                      "Hands-on clinical experience in the United States is required of international applicants.",
                      "U.S. clinical experience (observerships do not qualify) is a requirement for all applicants.",
                      "Prior clinical work in the U.S. health care system is mandatory for IMG applicants.",
                      "All applicants must have completed clinical rotations in the United States."),
    "step1:n": ("Applicants who received a numeric Step 1 score must have scored at least {n}.",
                "The department's minimum for a numeric USMLE Step 1 score is {n}.",
                "A Step 1 score below {n} does not meet the program's screening criteria.",
                "Step 1 scores under {n} are not considered.",
                "The residency uses a Step 1 screening cutoff of {n}."),
    "step1:none": ("The department does not use a minimum Step 1 score.",
                   "There is no Step 1 score cutoff for the neurosurgery residency.",
                   "Step 1 is reported pass/fail for most applicants, and the program sets no numeric Step 1 minimum.",
                   "No minimum USMLE Step 1 score is required to apply.",
                   "Applications are not screened on Step 1 scores."),
    "step2:n": ("Applicants must have a USMLE Step 2 CK score of {n} or higher to be invited to interview.",
                "The minimum Step 2 CK score considered by the department is {n}.",
                "Step 2 CK results below {n} are not reviewed.",
                "A Step 2 CK score of at least {n} is required; because Step 1 is pass/fail, the committee relies heavily on Step 2 CK.",
                "The program's Step 2 CK minimum is {n}."),
    "step2:none": ("The department has no minimum Step 2 CK score.",
                   "There is no Step 2 CK cutoff; the whole application is reviewed.",
                   "Applications are not screened out on the basis of Step 2 CK score.",
                   "The residency sets no minimum score for Step 2 CK.",
                   "The program does not apply a Step 2 CK threshold."),
    "step2:pct": ("Neurosurgery applicants must have scored at or above the {p}th percentile on Step 2 CK.",
                  "The department requires a Step 2 CK score at the {p}th percentile or higher.",
                  "Step 2 CK scores below the {p}th percentile nationally are not considered.",
                  "A Step 2 CK performance of at least the {p}th percentile is required to be considered for interview."),
    "comlex:n": ("Osteopathic graduates who submit only COMLEX scores must have a Level 2-CE score of {n} or above.",
                 "The minimum accepted COMLEX Level 2-CE score is {n}.",
                 "COMLEX Level 2-CE scores below {n} do not meet the department's criteria.",
                 "For osteopathic applicants, the program requires a COMLEX Level 2-CE of {n} or higher.",
                 "COMLEX Level 2-CE minimum for DO applicants: {n}."),
    "comlex:none": ("There is no COMLEX score minimum for osteopathic applicants.",
                    "The department does not set a minimum COMLEX Level 2-CE score.",
                    "COMLEX scores are accepted and are not screened against a cutoff.",
                    "No COMLEX cutoff is applied to DO applicants."),
    "scores:both": ("Applicants need a Step 1 score of {a} or more and a Step 2 CK score of {b} or more to be reviewed.",
                    "The department's screening minimums are {a} on USMLE Step 1 and {b} on Step 2 CK.",
                    "Minimum USMLE scores for interview consideration: Step 1, {a}; Step 2 CK, {b}.",
                    "Scores below {a} on Step 1 or below {b} on Step 2 CK do not meet the program's requirements.",
                    "Required scores are Step 1 {a} or higher and Step 2 CK {b} or higher."),
    "attempt:yes": ("All USMLE or COMLEX examinations must have been passed on the first attempt.",
                    "Applicants with a failed attempt on any licensing examination are not considered.",
                    "The program requires first-attempt passes on every step of the USMLE.",
                    "Only applicants who passed each board examination on the first try are eligible.",
                    "A failure on any USMLE Step makes an applicant ineligible for the residency."),
    "attempt:step2": ("The department requires a first-attempt pass on Step 2 CK; a Step 1 failure is reviewed case by case.",
                      "Applicants must have passed USMLE Step 2 CK on the first attempt.",
                      "The first-attempt requirement applies to Step 2 CK alone.",
                      "Applicants who did not pass Step 2 CK on their first attempt are not considered.",
                      "A single-attempt pass on Step 2 CK is required."),
    "attempt:no": ("Applicants who needed more than one attempt on a USMLE Step remain eligible to apply.",
                   "A previous exam failure does not by itself disqualify an applicant; the committee looks at the whole record.",
                   "The department does not require first-attempt passes on the USMLE.",
                   "Applicants who repeated a board examination are considered on the strength of the full application.",
                   "Multiple attempts on USMLE or COMLEX are reviewed in context and are not an automatic exclusion."),
    "yog:n": ("Applicants must have completed medical school within the past {n} years.",
              "The department does not consider applicants more than {w} years out from medical school graduation.",
              "Graduation from medical school must be no more than {n} years before the start of residency.",
              "Applicants who earned their MD or DO more than {n} years ago are not eligible.",
              "Medical school graduation within {n} years of the application cycle is required."),
    "yog:none": ("There is no limit on how long ago an applicant graduated from medical school.",
                 "The department does not restrict eligibility by year of graduation.",
                 "Applicants are eligible regardless of how many years have passed since medical school.",
                 "Year of graduation: no restriction.",
                 "No graduation-year cutoff is applied."),
    "positions:n": ("The department matches {n} {noun} each year through the NRMP.",
                    "The residency accepts {w} categorical {noun} per year into its seven-year program.",
                    "Each year the program takes {n} PGY-1 {noun}.",
                    "The number of categorical positions offered in the Match each year is {n}.",
                    "{W} {noun} per year, all categorical."),
    "positions:range": ("The department matches {a} to {b} residents each year, depending on funding.",
                        "Between {a} and {b} categorical residents are accepted per year.",
                        "The program takes {a} or {b} residents per year.",
                        "Class size is {a}-{b} residents per year, alternating from year to year.",
                        "The residency matches {a}-{b} PGY-1 residents annually."),
    "home:positions": ("The Department of Neurological Surgery trains {w} {noun} per year in a seven-year program with enfolded research time.",
                       "Each year the residency welcomes {n} new {noun} to the department.",
                       "The program matches {n} {noun} annually and offers broad exposure to cranial, spine, pediatric and endovascular neurosurgery.",
                       "With {w} {noun} per class, the residency offers close mentorship from a large faculty."),
    "total": ("The residency currently has {n} residents across all seven years.",
              "There are {n} residents in the program from PGY-1 through PGY-7.",
              "The department's resident complement totals {n}, including residents in their research years.",
              "In all, {n} residents train in the department at any one time."),
    "research_track": ("Residents may apply to the R25-funded research track, which adds protected laboratory time.",
                       "The program offers a dedicated research pathway for residents pursuing a physician-scientist career.",
                       "An optional research track, with protected time beyond the enfolded research year, is available.",
                       "A physician-scientist track is offered for residents who wish to extend their research training."),
    "prelim": ("The department also offers {n} preliminary PGY-1 positions each year.",
               "Preliminary (non-categorical) positions are also available; the department fills {w} of them each year.",
               "In addition to its categorical spots, the program fills {n} preliminary positions.",
               "The residency additionally funds {n} preliminary spots, which do not lead to a categorical position."),
    "us_letters": ("At least two letters of recommendation must be written by neurosurgeons practicing in the United States.",
                   "Applicants must submit letters from U.S. physicians, at least one of them a neurosurgeon.",
                   "Letters of recommendation from U.S. faculty are required; letters from abroad may be added but do not replace them.",
                   "Two of the three required letters must come from physicians in the United States."),
    "trap:usce_pref": ("A neurosurgery sub-internship at a U.S. institution strengthens an international applicant's file.",
                       "Clinical experience in a U.S. neurosurgery department is viewed favorably.",
                       "The committee looks favorably on applicants who have completed away rotations in the United States.",
                       "Hands-on clinical work in the U.S. is helpful, particularly on a neurosurgical service."),
    "trap:ecfmg_pref": ("Applicants who already hold ECFMG certification when they apply are at an advantage.",
                        "The department prefers that international graduates be ECFMG certified before interview season.",
                        "Having ECFMG certification in hand when applying makes an international applicant more competitive.",
                        "Early ECFMG certification is encouraged."),
    "trap:yog_pref": ("The committee favors applicants who are applying during their final year of medical school.",
                      "Most residents in the program matched directly from medical school.",
                      "Recent graduates tend to be more competitive applicants.",
                      "Applicants who have been away from clinical medicine for several years are encouraged to explain how they have stayed clinically active."),
    "trap:step2_average": ("Residents matched over the past five years averaged {n} on Step 2 CK.",
                           "The mean Step 2 CK score of the current residents is {n}.",
                           "Interviewed applicants last cycle had a median Step 2 CK of {n}.",
                           "Matched applicants typically score around {n} on Step 2 CK."),
    "trap:step1_average": ("Before Step 1 became pass/fail, the residents' average Step 1 score was {n}.",
                           "Current residents who took Step 1 for a numeric score averaged {n}.",
                           "The median Step 1 score of residents matched in recent years was {n}.",
                           "Step 1 scores of the last five matched classes averaged {n}."),
    "trap:letters_pref": ("Letters from neurosurgeons who have worked with the applicant directly carry the most weight.",
                          "A letter from the chair of neurosurgery at the home institution is customary.",
                          "Letters from the applicant's sub-internship attendings are especially valued.",
                          "The committee values a letter from a neurosurgeon who supervised the applicant on an away rotation."),
    "trap:other_program": ("The affiliated neurology residency matches {n} residents per year through a separate application.",
                           "The general surgery residency, which runs its own application, takes {n} categorical residents each year.",
                           "The institution's neuroradiology fellowship trains {n} fellows at a time.",
                           "The neurology residency, which shares the neuroscience ICU with neurosurgery, accepts {n} residents a year."),
    "trap:publications": ("Residents and faculty published {n} peer-reviewed papers last academic year.",
                          "Current residents have authored more than {n} publications combined.",
                          "During their enfolded research years, residents contribute to a departmental output of about {n} papers a year.",
                          "The department presented {n} abstracts at national meetings, including the CNS and AANS annual meetings, last year."),
    "trap:interviews": ("The department interviews about {n} applicants each season over four interview days.",
                        "Last cycle {n} applicants were invited to interview.",
                        "Of the several hundred applications received, roughly {n} lead to an interview invitation.",
                        "Around {n} candidates attend the program's virtual interview days each year."),
    "trap:sns_conventions": ("In keeping with Society of Neurological Surgeons guidelines, interview invitations are released on a single common date.",
                             "The department follows the SNS recommendations on away rotations, interview offers and post-interview communication.",
                             "Per SNS convention, the program does not ask applicants where else they are interviewing or how they will rank.",
                             "As the Society of Neurological Surgeons recommends, applicants should limit their away rotations to the number the SNS sets for the cycle."),
    "trap:step2_timing": ("Applicants are encouraged to take Step 2 CK early enough that the score is available when the application is reviewed.",
                          "Because Step 1 is now pass/fail, a Step 2 CK score submitted with the application helps the committee assess the applicant.",
                          "Applicants who have not yet taken Step 2 CK may still apply, but a score before interviews is helpful.",
                          "The committee strongly recommends reporting a Step 2 CK score by the time interview offers are made."),
    "trap:case_volume": ("The department's surgeons perform more than {n} cases a week across its three hospitals.",
                         "The neurointerventional service treats about {n} aneurysms a year.",
                         "Residents log an average of {n} spine cases as primary surgeon during the PGY-5 year.",
                         "The pediatric neurosurgery service operates on roughly {n} children with brain tumors each year."),
    "trap:sub_internship": ("Fourth-year students may apply for a four-week sub-internship in the department through VSLO.",
                            "Visiting sub-interns rotate on the cranial and spine services and present a case at Grand Rounds.",
                            "Rotating with the department is not a prerequisite for an interview, and many current residents did not rotate here.",
                            "Sub-internship applications for the summer and fall are accepted through VSLO beginning in the spring."),
}
# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visas the department sponsors", "J-1 (ECFMG) only, not H-1B"),
    "visa:both": ("Visas the department sponsors", "J-1 and H-1B"),
    "visa:none": ("Visas the department sponsors", "Neither J-1 nor H-1B"),
    "visa:j1_yes": ("J-1 sponsorship for residents", "Available through ECFMG"),
    "visa:h1b_no": ("H-1B visa (residents)", "Not sponsored by the department"),
    "img:yes": ("International graduates (IMGs)", "Accepted for review"),
    "img:no": ("International graduates (IMGs)", "Not eligible to apply"),
    "ecfmg": ("ECFMG certification for IMGs", "Must be complete {by}"),
    "usce:months": ("Clinical experience in the U.S.", "At least {n} months required"),
    "usce:zero": ("Clinical experience in the U.S.", "Not required to apply"),
    "usce:unstated": ("Clinical experience in the U.S.", "Required (length not specified)"),
    "step1:n": ("Numeric Step 1 score", "{n} minimum"),
    "step1:none": ("Numeric Step 1 score", "No minimum score"),
    "step2:n": ("Step 2 CK screening minimum", "{n}"),
    "step2:none": ("Step 2 CK screening minimum", "No minimum set"),
    "step2:pct": ("Step 2 CK screening minimum", "{p}th percentile nationally"),
    "comlex:n": ("COMLEX Level 2-CE screening minimum", "{n}"),
    "comlex:none": ("COMLEX Level 2-CE screening minimum", "No minimum set"),
    "scores:both": ("USMLE minimums for interview", "Step 1 {a}; Step 2 CK {b}"),
    "attempt:yes": ("Licensing exam attempts", "First-attempt passes only"),
    "attempt:step2": ("Licensing exam attempts", "First attempt required on Step 2 CK only"),
    "attempt:no": ("Licensing exam attempts", "Repeat attempts considered"),
    "yog:n": ("Time since MD/DO graduation", "No more than {n} years"),
    "yog:none": ("Time since MD/DO graduation", "No limit set"),
    "positions:n": ("Residents matched each year", "{n}"),
    "positions:range": ("Residents matched each year", "{a}-{b}"),
    "total": ("Total residents, PGY-1 to PGY-7", "{n}"),
    "research_track": ("R25 research track", "Offered"),
    "prelim": ("Preliminary neurosurgery positions", "{n} per year"),
    "us_letters": ("Letters from physicians in the U.S.", "Required for all applicants"),
    "trap:step2_average": ("Step 2 CK mean of current neurosurgery residents", "{n}"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "What visa sponsorship is available to residents?",
    "img": "Are international medical graduates eligible to apply?",
    "ecfmg": "When do international graduates need ECFMG certification?",
    "usce": "Does the department require U.S. clinical experience?",
    "step1": "How is Step 1 used now that it is pass/fail?",
    "step2": "What role does the Step 2 CK score play?",
    "comlex": "How are COMLEX scores reviewed for DO applicants?",
    "scores": "Are there minimum USMLE scores?",
    "attempt": "Are applicants with an exam failure considered?",
    "yog": "Is there a time limit since medical school graduation?",
    "positions": "How many residents does the department match each year?",
    "total": "How many residents are in the program?",
    "research_track": "What research opportunities do residents have?",
    "prelim": "Does the department offer preliminary positions?",
    "us_letters": "From whom should letters of recommendation come?",
    "trap": "What makes an applicant competitive for neurosurgery here?",
}
# fmt: on
