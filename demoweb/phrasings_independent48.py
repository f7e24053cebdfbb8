"""A forty-eighth blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-27 (about 21:00-21:10 UTC) by a blind helper session, from its own knowledge
of how university hospital programs in diagnostic radiology, physical medicine and rehabilitation
and pathology word the "Eligibility" section of their pages: some with advanced (PGY-2 entry)
positions, some categorical, written formally by a program administrator in the third person ("the
program", "the department", "the institution"). Such a page has a "Program Facts" table (terse
label and value rows: "Visa types sponsored", "USMLE Step 1 minimum (if numerically scored)",
"Positions offered each year"), a paragraph on the required clinical base (preliminary or
transitional) year, an "International Applicants" paragraph and a short list of application
documents. Each wording is written as a different such page would put it: full formal sentences,
fragments and table rows, the usual conditions ("for DO graduates who have not taken the USMLE",
"for applicants with a numerically scored Step 1"), negations ("is not a requirement", "does not
file H-1B petitions"), and preferences that are not requirements ("given preference", "highly
desirable", "recommended"). The traps settle nothing: averages of current residents and matched
applicants, the affiliated transitional year's and the fellowships' positions, interview counts,
the department's case volume and beds, the program's ACGME accreditation dates, its graduates'
first-attempt board pass rate, the clinical base year the advanced position requires (with the
ACGME's nine months of patient care) and the list of application documents. All of it is
invented demo data about no real program, town or person.

The author read only the brief it was given (the fact contract: fact names and values,
"preferences are not requirements; averages of past applicants are not minimums"),
``demoweb/phrasings.py`` (the shape of a set and the dev/held-out wordings, to avoid reusing
them), ``demoweb/info.py`` (how a set is drawn and rendered, the fields templates get and the
truth values of ``demoweb.info._facts``), ``tests/test_demoweb_info.py`` (the structural checks a
blind set must pass), the ``class_sizes`` field of ``demoweb/specialties.py``, the first 70 lines
of ``demoweb/phrasings_independent14.py`` (its docstring and the shape of ``ECFMG_BY`` and
``EXTRA_TRAPS``), the first 48 lines of ``demoweb/phrasings_independent42.py`` (its docstring, as
a model for this one) and, to see how the page test reads a page's text, ``visible_text`` in
``tests/test_demoweb.py``. The author did NOT read, grep, import or run the extraction rules
(``extract/``), their tests (``tests/test_facts*.py``, ``tests/facts_families.py``), ``bench/``,
any benchmark output, git log or diffs, or any other blind set ``demoweb/phrasings_independent*.py``
(nor the forty-seventh, written at the same time by another helper); did not run
``bench/facts.py`` or ``precedent facts``, and did not run the extractor on any of these
sentences: nothing here was tuned against the rules. It was checked only structurally, by an
ad-hoc script outside the repository: it imports, has every claim of the dev set with four or
five distinct wordings, every template and row formats with the fields ``demoweb.info`` passes
and uses only the fields the tests allow, no ECFMG deadline wording is inside another, no wording
is a dev or held-out one, no wording, row or deadline is shared with (or stands word for word
inside) another blind set (compared through ``demoweb.info.BLIND`` by counts only, without showing
their text), and the value checks of ``tests/test_demoweb_info.py`` hold on pages rendered from
this set (by monkeypatching ``demoweb.info`` in that script so held-out programs use it, and
calling that test module's own structural and page checks on this set, and its ``_stated`` on
every wording and row rendered with every value ``demoweb.info`` can draw). It has 44 claims (the
37 of the dev set and 7 traps of its own) and 194 wordings, 4.4 a claim. The first draft shared or
stood inside another blind set's wording, row or deadline 56 times (the script printed only this
set's side); those wordings, rows and deadlines were reworded, with the same meaning, before
delivery.
"""

from __future__ import annotations

NAME = "independent48"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "ahead of the NRMP deadline for certifying rank order lists",
    "time of application": "by the date the application is transmitted through ERAS",
    "start of residency": "before the first day of the residency appointment",
    "interview": "ahead of the scheduled interview date",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": (
        "before the department certifies its rank order list in February",
        "in time for the program's rank order list to be finalized",
    ),
    "time of application": ("upon submitting an application to the program", "as of the date of application to the program"),
    "start of residency": ("by the first day of postgraduate training",),
    "interview": ("before an applicant can be interviewed", "on or before the day of the interview"),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 6-12 for another program, else
# 60-150 (interview counts, case volume).
EXTRA_TRAPS = (
    ("trap:other_program", 0.25),
    ("trap:interviews", 0.25),
    ("trap:volume", 0.2),
    ("trap:accreditation", 0.2),
    ("trap:board_pass", 0.2),
    ("trap:clinical_base", 0.3),
    ("trap:documents", 0.25),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": ("The department sponsors the J-1 Exchange Visitor visa through ECFMG and does not sponsor H-1B visas.",
                     "Visa sponsorship: J-1 (ECFMG) only. The institution does not sponsor H-1B visas for residents.",
                     "The only visa the program is able to sponsor is the ECFMG-sponsored J-1.",
                     "Non-citizen residents are appointed on J-1 visas sponsored by ECFMG; the program does not sponsor H-1B visas.",
                     "International applicants who require a visa will be sponsored for a J-1 visa only; H-1B sponsorship is not available."),
    "visa:both": ("The program sponsors J-1 and H-1B visas for eligible international applicants.",
                  "Both the J-1 visa (through ECFMG) and the H-1B visa are available to residents of the program.",
                  "The institution will sponsor H-1B or J-1 status for matched applicants who require it.",
                  "The program sponsors J-1 visas and, for applicants who have passed USMLE Step 3 by the time of ranking, H-1B visas.",
                  "Visa sponsorship for residents is available in both the J-1 and the H-1B categories."),
    "visa:none": ("The department does not sponsor J-1 or H-1B visas.",
                  "The program is not able to provide visa sponsorship for residents.",
                  "Visa sponsorship is not offered for this residency.",
                  "Applicants must be U.S. citizens, lawful permanent residents or otherwise authorized to work in the United States; the program cannot sponsor any visa.",
                  "At this time the institution does not sponsor visas for residents in this program."),
    "visa:j1_yes": ("The department supports sponsorship of the J-1 visa through the ECFMG Exchange Visitor Program.",
                    "Eligible international graduates may be sponsored for a J-1 visa.",
                    "J-1 visa sponsorship through ECFMG is available to matched applicants.",
                    "Residents who are not U.S. citizens may train in the program on an ECFMG-sponsored J-1 visa."),
    "visa:h1b_no": ("The program does not sponsor H-1B visas for its residents.",
                    "H-1B visa sponsorship is not available for residents of this program.",
                    "Please note that the department is unable to sponsor H-1B visas.",
                    "The university does not file H-1B petitions on behalf of residents in this program.",
                    "Applicants who would require H-1B sponsorship cannot be considered."),
    "img:yes": ("Graduates of international medical schools are eligible for appointment and are invited to apply.",
                "The program welcomes applications from graduates of medical schools outside the United States and Canada.",
                "International medical graduates are considered on the same basis as graduates of U.S. schools.",
                "The department accepts applications from international medical graduates who meet the eligibility requirements of the institution.",
                "Applications are accepted from U.S., Canadian and international medical graduates."),
    "img:no": ("The program does not accept applications from graduates of international medical schools.",
               "Applicants must have graduated, or expect to graduate, from an LCME- or AOA-accredited medical school in the United States or Canada.",
               "International medical graduates are not eligible for appointment to this program.",
               "At this time the department considers only graduates of U.S. and Canadian medical schools.",
               "We regret that applications from international medical graduates cannot be accepted."),
    "ecfmg": ("International medical graduates must hold a valid ECFMG certificate {by}.",
              "Certification by the Educational Commission for Foreign Medical Graduates (ECFMG) must be obtained {by}.",
              "Applicants who graduated from a medical school outside the United States or Canada must be certified by ECFMG {by}.",
              "A standard ECFMG certificate is required of all international applicants {by}.",
              "Applicants educated abroad must have completed all requirements for ECFMG certification {by}."),
    "usce:months": ("International medical graduates must have completed at least {n} months of clinical experience in the United States.",
                    "A minimum of {w} months of hands-on U.S. clinical experience (observerships excluded) is required of all applicants.",
                    "Applicants are required to have {n} or more months of direct patient care experience in a U.S. hospital.",
                    "U.S. clinical experience: minimum of {n} months, in electives, sub-internships or residency training.",
                    "Candidates must have completed no fewer than {w} months of clinical training in the United States before applying."),
    "usce:zero": ("U.S. clinical experience is not a prerequisite for applying to the residency.",
                  "Applicants need not have prior clinical experience in the United States.",
                  "The department does not require U.S. clinical experience or observerships.",
                  "Applicants are not required to have completed rotations or other clinical work in the United States.",
                  "U.S. clinical experience is not necessary to be considered for an interview."),
    "usce:unstated": ("International medical graduates must have hands-on clinical experience in the United States.",
                      "Recent U.S. clinical experience is required of all applicants.",
                      "Clinical experience in a U.S. hospital is a requirement for international applicants.",
                      "Applicants are required to have completed U.S. clinical rotations; observerships alone do not satisfy this requirement.",
                      "Documented clinical experience in the United States is mandatory."),
    "step1:n": ("Applicants with a numerically scored Step 1 must have achieved a score of {n} or higher.",
                "The minimum acceptable USMLE Step 1 score is {n}.",
                "A USMLE Step 1 score of at least {n} is required for consideration.",
                "Step 1: minimum score of {n} for examinations taken before the pass/fail transition.",
                "Applications with a Step 1 score below {n} are not reviewed."),
    "step1:none": ("The program does not set a minimum USMLE Step 1 score.",
                   "No minimum score on USMLE Step 1 is required for an interview.",
                   "Step 1 is reviewed as pass/fail, and no minimum score is applied.",
                   "Step 1 scores are not used to screen applications for interview."),
    "step2:n": ("Applicants must have a USMLE Step 2 CK score of {n} or above.",
                "The lowest Step 2 CK score the program will consider is {n}.",
                "USMLE Step 2 CK: a minimum score of {n} is required.",
                "Applications with a Step 2 CK score lower than {n} will not be reviewed by the selection committee.",
                "The department requires a Step 2 CK score of at least {n}."),
    "step2:none": ("The program has no minimum Step 2 CK score.",
                   "No Step 2 CK score threshold is used in selecting applicants for interview.",
                   "Step 2 CK scores are reviewed in the context of the whole application, and there is no minimum.",
                   "The selection committee does not apply a minimum USMLE Step 2 CK score."),
    "step2:pct": ("Applicants must have scored at or above the {p}th percentile on USMLE Step 2 CK.",
                  "The minimum Step 2 CK score is the {p}th percentile of U.S. and Canadian examinees.",
                  "The Step 2 CK floor for interview is the {p}th percentile.",
                  "Step 2 CK scores below the {p}th percentile do not meet the program's minimum."),
    "comlex:n": ("Osteopathic applicants are required to present a COMLEX-USA Level 2-CE score no lower than {n}.",
                 "The minimum COMLEX Level 2-CE score accepted is {n}.",
                 "For DO graduates who have not taken the USMLE, a minimum COMLEX-USA Level 2-CE score of {n} is required.",
                 "COMLEX-USA Level 2-CE scores below {n} do not meet the program's threshold."),
    "comlex:none": ("No minimum COMLEX-USA score is required of osteopathic applicants.",
                    "The program does not set a minimum score on COMLEX-USA.",
                    "COMLEX-USA results are accepted, and no minimum score is required.",
                    "There is no COMLEX Level 2-CE cutoff for DO applicants."),
    "scores:both": ("The department's minimum USMLE scores are {a} for Step 1 and {b} for Step 2 CK.",
                    "Applicants must have USMLE scores of at least {a} (Step 1) and {b} (Step 2 CK).",
                    "Minimum scores for consideration: Step 1, {a}; Step 2 CK, {b}.",
                    "The program requires a Step 1 score of {a} or higher and a Step 2 CK score of {b} or higher."),
    "attempt:yes": ("All USMLE examinations must have been passed on the first attempt.",
                    "Applicants must have passed each Step of the USMLE, or each Level of COMLEX-USA, on the first attempt.",
                    "Candidates with a failed attempt on any licensing examination are not eligible.",
                    "First-attempt passes on all required USMLE Steps are a requirement for interview.",
                    "The program does not consider applicants with more than one attempt on any USMLE Step."),
    "attempt:step2": ("Applicants must have passed USMLE Step 2 CK at the first sitting.",
                      "Step 2 CK must be passed in a single attempt for an application to be considered.",
                      "A first-attempt pass on Step 2 CK is required; a prior Step 1 failure does not by itself exclude an applicant.",
                      "Of the USMLE examinations, only Step 2 CK is subject to the first-attempt requirement."),
    "attempt:no": ("Applicants who needed more than one attempt to pass a USMLE Step remain eligible to apply.",
                   "Passing on the first attempt is not a requirement for application.",
                   "The program does not require first-attempt passes on the USMLE.",
                   "Applicants with a prior examination failure will be considered if all required Steps have since been passed.",
                   "Multiple attempts on USMLE Steps are reviewed individually and do not exclude an applicant."),
    "yog:n": ("Eligibility is limited to applicants no more than {n} years past graduation from medical school.",
              "Graduation from medical school must have occurred no more than {w} years before the start of the appointment.",
              "The program considers applicants who are within {n} years of medical school graduation.",
              "Candidates who graduated more than {n} years before the application cycle are not eligible.",
              "Year of graduation: within {n} years of the date of application."),
    "yog:none": ("There is no restriction on year of medical school graduation.",
                 "The program does not limit eligibility by year of graduation.",
                 "Applications are reviewed regardless of the applicant's year of graduation.",
                 "No limit is placed on the number of years since graduation."),
    "positions:n": ("The entering class consists of {n} {noun} each year.",
                    "The program matches {n} {noun} each year.",
                    "Positions available each year: {n}.",
                    "Each entering class of the advanced program has {n} {noun}.",
                    "Number of residents accepted annually: {n}."),
    "positions:range": ("The program matches {a} to {b} residents each year.",
                        "Entering class size varies from {a} to {b} residents per year.",
                        "Between {a} and {b} positions are offered annually, depending on funding.",
                        "Each year the department accepts {a} or {b} residents into the program."),
    "home:positions": ("The residency trains {n} {noun} per year in a university hospital setting.",
                       "The department welcomes {n} new {noun} each year.",
                       "The program accepts {n} {noun} each July.",
                       "With {n} {noun} in each entering class, the program offers close faculty mentorship."),
    "total": ("The residency has a full complement of {n} residents when all positions are filled.",
              "The program currently trains {n} residents across all postgraduate years.",
              "The program has an ACGME-approved complement of {n} residents.",
              "Total number of residents in all years of training: {n}."),
    "research_track": ("The department offers a research track for residents who intend to pursue an academic career.",
                       "A dedicated research pathway with protected research time is available.",
                       "Residents may apply to the program's research track, which provides up to 11 months of protected research time.",
                       "The program includes a formal research track."),
    "prelim": ("Preliminary positions in the clinical base year are also offered by the program: {n} each year.",
               "In addition to its categorical positions, the department offers {n} preliminary positions.",
               "The department sponsors {n} preliminary-year position(s) for residents matched to its advanced program.",
               "Number of preliminary positions offered by the department: {n}."),
    "us_letters": ("At least two letters of recommendation must be from faculty at U.S. institutions.",
                   "One or more letters of recommendation must come from a physician in the United States.",
                   "International applicants must submit at least one letter written by a U.S. physician who has supervised them clinically.",
                   "Letters of recommendation from physicians practicing in the U.S. are required."),
    "trap:usce_pref": ("Preference in selection for interview is given to applicants with U.S. clinical experience.",
                       "Hands-on clinical experience in a U.S. hospital strengthens an international application.",
                       "Clinical experience in a U.S. teaching hospital is considered highly desirable for international applicants.",
                       "The selection committee looks favorably on clinical rotations completed in the United States.",
                       "Completing a clinical elective in the United States before applying is recommended."),
    "trap:ecfmg_pref": ("Applicants who are already ECFMG certified at the time of application are given priority.",
                        "ECFMG certification before the interview season is strongly preferred.",
                        "It is advantageous to hold an ECFMG certificate when submitting an application.",
                        "Preference is given to international graduates who have completed ECFMG certification."),
    "trap:yog_pref": ("Preference is given to applicants who have graduated within the last three years.",
                      "Recent graduates are given priority in the selection process.",
                      "Applicants who are recent graduates are viewed favorably.",
                      "Candidates with a gap since graduation are encouraged to explain it in the personal statement."),
    "trap:step2_average": ("The average Step 2 CK score of the current entering class is {n}.",
                           "Residents who matched last year had a mean USMLE Step 2 CK score of {n}.",
                           "Mean Step 2 CK score of interviewed applicants: {n}.",
                           "The current residents' Step 2 CK scores average {n}."),
    "trap:step1_average": ("For residents who received a numeric score, the mean Step 1 score of the last three entering classes was {n}.",
                           "The average USMLE Step 1 score of matched applicants has been {n}.",
                           "Median Step 1 score, current residents: {n}.",
                           "Matched residents in recent years have averaged {n} on Step 1."),
    "trap:letters_pref": ("Letters from U.S. faculty in the specialty are encouraged.",
                          "At least one letter from a U.S. physician is recommended.",
                          "Letters written by U.S. physicians who know the applicant's clinical work are preferred.",
                          "International applicants may find that letters from U.S. supervisors strengthen their application."),
    "trap:other_program": ("The affiliated transitional year program offers {n} positions for applicants seeking a clinical base year.",
                           "The department's fellowship programs together accept {n} fellows each year.",
                           "The Department of Medicine's preliminary program, a separate residency, matches {n} interns annually.",
                           "The university's transitional year program, with which the department is affiliated, has {n} positions."),
    "trap:interviews": ("The program interviews approximately {n} applicants each season.",
                        "Interview invitations are extended to about {n} candidates.",
                        "Approximately {n} applicants were interviewed during the most recent recruitment season.",
                        "Last year the program received applications from more than {n}0 candidates."),
    "trap:volume": ("The department interprets more than {n},000 imaging studies each year.",
                    "The inpatient rehabilitation unit has {n} beds.",
                    "The anatomic pathology service accessions over {n},000 surgical specimens annually.",
                    "University Hospital is a {n}0-bed tertiary referral center."),
    "trap:accreditation": ("The program has been continuously accredited by the ACGME since 1968.",
                           "The program's current ACGME accreditation status is Continued Accreditation, effective January 2024.",
                           "The residency received its initial accreditation in 1979, and its next self-study visit is scheduled for 2027.",
                           "The program is fully accredited by the Accreditation Council for Graduate Medical Education."),
    "trap:board_pass": ("Over the past five years, 100% of graduates passed the specialty board examination on the first attempt.",
                        "All graduates of the program in the last ten years are board certified.",
                        "The program's five-year rolling board pass rate is 96 percent.",
                        "Graduates are eligible for board certification after completing four years of training."),
    "trap:clinical_base": ("Applicants to the advanced position must separately secure a preliminary or transitional year (clinical base year) beginning the year before residency.",
                           "The clinical base year must include at least 9 months of direct patient care, as required by the ACGME.",
                           "Residents matched to the advanced position complete their clinical base year at an ACGME-accredited program of their choice.",
                           "Applicants should apply to both the advanced position and a clinical base year program in ERAS and rank both in the Match.",
                           "The clinical base year may be completed in internal medicine, surgery, pediatrics or a transitional year program."),
    "trap:documents": ("Application materials: ERAS common application, personal statement, three letters of recommendation, MSPE, medical school transcript and USMLE or COMLEX transcripts.",
                       "All application documents, including letters of recommendation, must be received through ERAS by November 1.",
                       "International applicants should include the ECFMG Status Report with their ERAS application.",
                       "Three letters of recommendation are required, one of which should be from the applicant's department chair or program director."),
}
# Table rows ("Program Facts"): claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visa sponsorship for residents", "J-1 (through ECFMG); no H-1B"),
    "visa:both": ("Visa sponsorship for residents", "J-1 (ECFMG) and H-1B"),
    "visa:none": ("Visa sponsorship for residents", "None; the program does not sponsor visas"),
    "visa:j1_yes": ("J-1 visa (ECFMG)", "Sponsored for eligible applicants"),
    "visa:h1b_no": ("H-1B visa (institutional)", "Not sponsored by the department"),
    "img:yes": ("International medical graduates (IMGs)", "Accepted for review"),
    "img:no": ("International medical graduates (IMGs)", "Not eligible for appointment"),
    "ecfmg": ("ECFMG certificate (international graduates)", "Required {by}"),
    "usce:months": ("Clinical experience in the U.S. (hands-on)", "Minimum of {n} months"),
    "usce:zero": ("Clinical experience in the U.S. (hands-on)", "Not a requirement"),
    "usce:unstated": ("Clinical experience in the U.S. (hands-on)", "Required"),
    "step1:n": ("USMLE Step 1 minimum (if numerically scored)", "{n}"),
    "step1:none": ("USMLE Step 1 minimum (if numerically scored)", "No minimum"),
    "step2:n": ("Minimum Step 2 CK score for interview", "{n}"),
    "step2:none": ("Minimum Step 2 CK score for interview", "No minimum score"),
    "step2:pct": ("Minimum Step 2 CK score for interview", "{p}th percentile"),
    "comlex:n": ("Minimum COMLEX-USA Level 2-CE (osteopathic applicants)", "{n}"),
    "comlex:none": ("Minimum COMLEX-USA Level 2-CE (osteopathic applicants)", "No minimum"),
    "scores:both": ("Minimum USMLE scores, Step 1 and Step 2 CK", "{a} and {b}"),
    "attempt:yes": ("USMLE passed on first attempt", "Required for all Steps"),
    "attempt:step2": ("USMLE passed on first attempt", "Required for Step 2 CK only"),
    "attempt:no": ("USMLE passed on first attempt", "Not required"),
    "yog:n": ("Time since medical school graduation", "No more than {n} years"),
    "yog:none": ("Time since medical school graduation", "No restriction applies"),
    "positions:n": ("Positions offered each year", "{n}"),
    "positions:range": ("Positions offered each year", "{a} or {b}"),
    "total": ("Total residents, all years of training", "{n}"),
    "prelim": ("Preliminary (clinical base year) positions", "{n}"),
    "research_track": ("Research track (protected time)", "Available"),
    "us_letters": ("U.S. physician letters of recommendation", "Required"),
    "trap:usce_pref": ("Clinical experience in the U.S. (hands-on)", "Preferred"),
    "trap:yog_pref": ("Time since medical school graduation", "Recent graduates preferred"),
    "trap:letters_pref": ("U.S. physician letters of recommendation", "Recommended"),
    "trap:step2_average": ("Mean Step 2 CK score, current residents", "{n}"),
    "trap:step1_average": ("Mean Step 1 score, current residents (numeric scores)", "{n}"),
    "trap:interviews": ("Applicants interviewed, most recent season", "{n}"),
    "trap:accreditation": ("ACGME accreditation", "Continued Accreditation (since 1968)"),
    "trap:board_pass": ("Board pass rate, first attempt (5 years)", "100%"),
    "trap:other_program": ("Transitional year positions (affiliated program)", "{n}"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Does the program sponsor visas for international residents?",
    "img": "Are international medical graduates eligible to apply?",
    "ecfmg": "By when must international applicants be ECFMG certified?",
    "usce": "Is clinical experience in the United States required?",
    "step1": "Does the program have a USMLE Step 1 requirement?",
    "step2": "What is the minimum Step 2 CK score for consideration?",
    "comlex": "Will the program accept COMLEX-USA scores from DO applicants?",
    "scores": "What are the minimum examination scores?",
    "attempt": "Are applicants with a failed USMLE attempt considered?",
    "yog": "Is there a time limit since medical school graduation?",
    "positions": "How many residents does the program accept each year?",
    "total": "How many residents are in the program in total?",
    "research_track": "Does the department offer a research track?",
    "prelim": "Does the department offer preliminary (clinical base year) positions?",
    "us_letters": "Are letters of recommendation from U.S. physicians required?",
    "trap": "What is the profile of a successful applicant?",
}
# fmt: on
