"""A forty-sixth blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-27 (about 16:50-17:00 UTC by the session clock) by a blind helper session, from
its own knowledge of how the "Eligibility Criteria" and "Selection Process" pages of
obstetrics-gynecology and neurology residency programs at university-affiliated community
hospitals are worded: the voice of the program's selection committee ("The selection committee
considers ...", "Applicants are evaluated on ...", "Candidates should be aware that ..."),
measured, formal but plain, with a short criteria list ("USMLE Step 1: minimum score of 220.",
"Visa status: ...") and a paragraph on how applications are screened and ranked. Each wording is
written as a different program's committee would put it: full sentences and criteria-list
fragments, negations ("The committee does not apply a minimum ..."), conditions ("For applicants
who took Step 1 before it became pass/fail", "H-1B candidates must have passed Step 3"),
preferences that are not requirements ("viewed favorably", "given particular weight", "strongly
encouraged") and table rows. The traps settle nothing: averages of matched and current residents
(Step 1 averages from before it went pass/fail), an affiliated university program's class size,
interview and program-signal counts of the last cycle, the teaching hospital's beds and its
labour-and-delivery or stroke volume. All of it is invented demo data about no real program, town
or person.

The author read only the brief (the fact contract: fact names and values, "preferences are not
requirements; averages of past applicants are not minimums"), ``demoweb/phrasings.py`` (the shape
of a set and the dev/held-out wordings, to avoid reusing them), ``demoweb/info.py`` (how a set is
drawn and rendered, the fields templates get and the truth values of ``demoweb.info._facts``),
``tests/test_demoweb_info.py`` (the structural checks a blind set must pass), the ``class_sizes``
field of ``demoweb/specialties.py``, the first 70 lines of ``demoweb/phrasings_independent14.py``
(its docstring and the shape of ``ECFMG_BY`` and ``EXTRA_TRAPS``), the first 48 lines of
``demoweb/phrasings_independent42.py`` (its docstring, for the provenance style) and, to see how
the page test reads a page's text, ``visible_text`` in ``tests/test_demoweb.py``. The author did
NOT read, grep, import or run the extraction rules (``extract/``), their tests
(``tests/test_facts*.py``, ``tests/facts_families.py``), ``bench/``, any benchmark output, git
log or diffs, the issues, README's facts sections, or any other blind set
``demoweb/phrasings_independent*.py`` beyond those line limits (in particular not the forty-third
and forty-fourth, nor the forty-fifth, written at the same time by another helper); did not run
``bench/facts.py`` or ``precedent facts``, and did not run the extractor on any of these
sentences: nothing here was tuned against the rules. It was checked only structurally, by an
ad-hoc script outside the repository: it imports, has every claim of the dev set with four or
five distinct wordings (196 wordings for 42 claims, 4.67 on average), every template and row
formats with the fields ``demoweb.info`` passes and uses only the fields the tests allow, every
wording and row names its truth value as that test module's ``_stated`` reads it, no ECFMG
deadline wording is inside another, no wording is a dev or held-out one or inside one, no
wording, row or deadline is shared with or stands word for word inside another blind set's
(compared through ``demoweb.info.BLIND`` by counts only, without showing their text), and the
value checks of ``tests/test_demoweb_info.py`` hold on pages rendered from this set (by
monkeypatching ``demoweb.info`` in that script so held-out programs use it, and calling that
test module's own structural and page checks on this set).

The lead, wiring it beside the forty-fifth (written at the same time), compared the two sets'
text and this set with the forty-third and forty-fourth: one wording (``usce:unstated``) and one
row label (``positions``) stood word for word in the forty-fifth, and one ``visa:none`` wording
inside one of the forty-third; the three were reworded here, with the same meaning, before either
set was measured. Two FAQ question headings, which state no fact, are the same as the
forty-third's and were left.
"""

from __future__ import annotations

NAME = "independent46"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "before the program's rank list is certified with the NRMP",
    "time of application": "by the time the ERAS application reaches the program",
    "start of residency": "before the residency contract start date",
    "interview": "in order to be interviewed",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": (
        "by the date rank order lists are due to the NRMP",
        "no later than the Match rank order list deadline",
    ),
    "time of application": (
        "when the ERAS application is filed",
        "at the moment the application goes in",
    ),
    "start of residency": ("ahead of the first day of PGY-1 training",),
    "interview": (
        "before the candidate's interview date",
        "by the date of the applicant's interview",
    ),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 6-12 for another program, else
# 60-150 (interviews, program signals, hospital beds, monthly births or stroke alerts).
EXTRA_TRAPS = (
    ("trap:other_program", 0.25),
    ("trap:interviews", 0.25),
    ("trap:signals", 0.2),
    ("trap:beds", 0.2),
    ("trap:clinical_volume", 0.15),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": ("Visa sponsorship is available for the J-1 (ECFMG) only; the hospital does not file H-1B petitions.",
                     "Candidates requiring a visa should be aware that the hospital sponsors the J-1 visa only.",
                     "The selection committee can consider non-citizen applicants for J-1 sponsorship only; H-1B visas are not offered.",
                     "Visa status: J-1 sponsorship available; H-1B not available.",
                     "Applicants who need sponsorship are supported on the J-1 visa; the institution does not sponsor the H-1B."),
    "visa:both": ("The hospital sponsors both J-1 and H-1B visas for eligible residents.",
                  "J-1 and H-1B sponsorship are both available; candidates seeking an H-1B must have passed Step 3 before ranking.",
                  "Visa sponsorship: J-1 and H-1B (H-1B candidates need a passing Step 3 result before the Match).",
                  "The selection committee considers applicants who need either an H-1B or a J-1 visa.",
                  "Residents may train on an H-1B or a J-1 visa; the institution sponsors both."),
    "visa:none": ("The hospital is not able to sponsor J-1 or H-1B visas.",
                  "Candidates should be aware that no visa sponsorship is available at this institution.",
                  "Applicants must be US citizens, permanent residents, or otherwise authorized to work in the United States without sponsorship.",
                  "Visa sponsorship for residents: not available.",
                  "Residents' visas, of any category, are not sponsored by the institution."),
    "visa:j1_yes": ("Eligible international graduates may be sponsored for a J-1 visa through ECFMG.",
                    "The program sponsors the J-1 Exchange Visitor visa.",
                    "J-1 visa sponsorship through ECFMG is available to matched residents who need it.",
                    "Candidates who require a J-1 visa are eligible for sponsorship by the hospital.",
                    "Applicants who will need a visa to train may be sponsored by the institution for the J-1."),
    "visa:h1b_no": ("The hospital does not sponsor H-1B visas for residents.",
                    "Candidates should be aware that H-1B visa sponsorship is not available.",
                    "H-1B: not sponsored by the program.",
                    "The program is unable to offer H-1B sponsorship to incoming residents.",
                    "The selection committee cannot consider applicants who would require an H-1B visa."),
    "img:yes": ("International medical graduates are considered on the same basis as graduates of US schools.",
                "The selection committee welcomes applications from international medical graduates.",
                "Graduates of international medical schools are eligible to apply if they meet the criteria listed here.",
                "International medical graduates: eligible to apply.",
                "Applications from IMGs are reviewed in the same way as those from US graduates."),
    "img:no": ("The program does not consider graduates of international medical schools.",
               "Applicants must have graduated from an LCME-accredited US or Canadian school or a COCA-accredited osteopathic school.",
               "Candidates should be aware that the program is not able to accept international medical graduates at this time.",
               "International medical graduates: not eligible for this program.",
               "Only graduates of US medical schools (MD or DO) are eligible for interview."),
    "ecfmg": ("Graduates of international schools must have their ECFMG certificate in hand {by}.",
              "The ECFMG certification process has to be finalized {by}.",
              "Candidates should be aware that the hospital requires ECFMG certification {by}.",
              "For IMGs, ECFMG certification is a condition of eligibility and must be held {by}.",
              "Applicants from international schools need to be ECFMG certified {by}."),
    "usce:months": ("Applicants must have at least {n} months of clinical experience in a US hospital.",
                    "The committee requires a minimum of {w} months of US clinical experience involving direct patient care.",
                    "US clinical experience: {n} months minimum.",
                    "Candidates should be aware that at least {w} months of US clinical experience, completed within the last two years, is required.",
                    "IMGs need {n} or more months of US clinical experience, such as externships or sub-internships."),
    "usce:zero": ("US clinical experience is not a requirement for an interview.",
                  "The committee does not require US clinical experience.",
                  "Applicants without US clinical experience are eligible; it is not required.",
                  "US clinical experience: not required for eligibility.",
                  "No US clinical experience is required to apply."),
    "usce:unstated": ("Every applicant must have had clinical experience in the United States.",
                      "Hands-on clinical experience in a US hospital is required; observerships alone do not meet this requirement.",
                      "Recent US clinical experience is a requirement for all international applicants.",
                      "US clinical experience is mandatory for graduates of international schools.",
                      "Candidates should be aware that US clinical experience is required of all applicants who trained abroad."),
    "step1:n": ("The minimum Step 1 score considered by the committee is {n}.",
                "For applicants who took Step 1 before it became pass/fail, the minimum score is {n}.",
                "USMLE Step 1: minimum score of {n}.",
                "Applications with a Step 1 score below {n} are not forwarded to the selection committee.",
                "Candidates should be aware that a Step 1 score of at least {n} is required for an interview."),
    "step1:none": ("The committee does not apply a minimum Step 1 score.",
                   "There is no Step 1 score cutoff; a passing result is sufficient.",
                   "USMLE Step 1: pass required, no minimum score.",
                   "Step 1 results are reviewed as pass/fail, with no score cutoff.",
                   "Candidates should be aware that the committee has no Step 1 minimum; a pass is all that is needed."),
    "step2:n": ("The minimum Step 2 CK score for consideration is {n}.",
                "Applicants are evaluated only if their USMLE Step 2 CK score is {n} or above.",
                "USMLE Step 2 CK: a score of {n} or higher is needed.",
                "A Step 2 CK score below {n} will not be considered by the selection committee.",
                "Candidates should be aware that the program requires a Step 2 CK score of at least {n}."),
    "step2:none": ("The committee does not use a minimum Step 2 CK score.",
                   "There is no Step 2 CK cutoff; scores are considered together with the rest of the application.",
                   "Step 2 CK: the committee has set no minimum score.",
                   "Step 2 CK results are reviewed in context and are not held to a numeric floor."),
    "step2:pct": ("Applicants scoring under the {p}th percentile on Step 2 CK do not meet the committee's criteria.",
                  "The committee screens for a Step 2 CK score at or above the {p}th percentile.",
                  "USMLE Step 2 CK: at least the {p}th percentile.",
                  "Applications with Step 2 CK results under the {p}th percentile are not advanced to interview."),
    "comlex:n": ("Osteopathic candidates are required to present a COMLEX Level 2-CE score of {n} or better.",
                 "For DO candidates, the minimum COMLEX-USA Level 2-CE score is {n}.",
                 "COMLEX Level 2-CE: minimum score of {n}.",
                 "DO applicants who have not taken the USMLE are evaluated on COMLEX, with a minimum Level 2-CE score of {n}.",
                 "COMLEX-USA Level 2-CE scores below {n} are not reviewed by the committee."),
    "comlex:none": ("There is no minimum COMLEX-USA score for osteopathic applicants.",
                    "COMLEX scores are accepted and are not held to a cutoff.",
                    "The committee does not apply a minimum COMLEX score.",
                    "COMLEX Level 2-CE: the committee sets no minimum."),
    "scores:both": ("Minimum USMLE scores considered by the committee are {a} on Step 1 and {b} on Step 2 CK.",
                    "Eligibility requires at least {a} on Step 1 and at least {b} on Step 2 CK.",
                    "Score minimums for interview: Step 1 {a}; Step 2 CK {b}.",
                    "Candidates should be aware that scores below {a} on Step 1 or below {b} on Step 2 CK are not considered."),
    "attempt:yes": ("Each USMLE or COMLEX examination must have been passed on the candidate's first attempt.",
                    "The committee does not consider applicants with a failed attempt on any licensing examination.",
                    "First-attempt passes on all USMLE Steps are required.",
                    "Candidates should be aware that any exam failure makes an application ineligible.",
                    "Every board examination must have been passed at the first sitting."),
    "attempt:step2": ("A first-attempt pass on Step 2 CK is required, while a Step 1 failure is reviewed case by case.",
                      "The committee requires that Step 2 CK be passed on the first attempt.",
                      "Applicants who failed Step 2 CK on their first attempt are not considered.",
                      "USMLE Step 2 CK: must be passed on first attempt.",
                      "Only Step 2 CK is held to a first-attempt standard."),
    "attempt:no": ("Applicants with more than one attempt on a USMLE Step are not automatically excluded.",
                   "A failed attempt on a licensing examination does not by itself rule out an interview.",
                   "The committee will consider candidates who needed a second attempt to pass, provided the exam has since been passed.",
                   "Exam attempts: more than one attempt is acceptable.",
                   "Candidates should be aware that a single exam failure does not disqualify an application."),
    "yog:n": ("Applicants must be within {n} years of their medical school graduation date.",
              "The committee considers candidates who are no more than {w} years from medical school graduation.",
              "Year of graduation: within {n} years of the start of residency.",
              "Candidates should be aware that those who graduated more than {w} years ago are not eligible.",
              "Graduation from medical school no more than {n} years before application is required."),
    "yog:none": ("The committee does not set a limit on the year of graduation.",
                 "The selection committee reviews applicants regardless of when they graduated.",
                 "Year of graduation: the committee applies no restriction.",
                 "There is no cutoff for time since graduation.",
                 "Applicants are not excluded on the basis of graduation year."),
    "positions:n": ("Each year the program matches {n} {noun} into its categorical track.",
                    "Number of positions offered annually through the Match: {n}.",
                    "The incoming class each year consists of {n} {noun}.",
                    "This cycle, the committee will select {n} {noun} for the categorical PGY-1 class.",
                    "The program is accredited for {n} {noun} per year."),
    "positions:range": ("Depending on funding, the program matches {a} to {b} categorical residents each year.",
                        "The committee selects {a} or {b} residents per class, depending on the year.",
                        "Each PGY-1 class has between {a} and {b} residents.",
                        "Anticipated categorical positions for the coming Match: {a}-{b}."),
    "home:positions": ("Each July the program welcomes {n} new {noun} into a close-knit, supportive department.",
                       "{W} {noun} begin training with us every year at a university-affiliated community hospital.",
                       "Our program matches {n} {noun} a year and trains them alongside university faculty.",
                       "With {n} {noun} per class, every resident is known personally by the faculty.",
                       "The residency admits {n} {noun} per year."),
    "total": ("The full residency complement is {n} residents.",
              "There are currently {n} residents in the program across all training years.",
              "With {n} residents in all, the program is small enough that every resident is known to the faculty.",
              "Residents in training at all PGY levels: {n}.",
              "The program's full complement across all years stands at {n} residents."),
    "research_track": ("Residents interested in academic careers may apply to the program's research track.",
                       "A research track, with protected time in the PGY-3 year, is available to interested residents.",
                       "The department offers a research track for residents with a strong interest in clinical investigation.",
                       "Candidates with prior research experience may be considered for the program's dedicated research track.",
                       "Matched residents may apply to the research track during the PGY-1 year."),
    "prelim": ("Preliminary-year positions the program offers: {n}.",
               "The program also matches {w} preliminary {noun} each year.",
               "Separate from the categorical match, the program takes {n} preliminary {noun} annually.",
               "The preliminary track has a capacity of {n} per year."),
    "us_letters": ("At least one letter of recommendation must be written by a physician practicing in the United States.",
                   "Letters of recommendation: three, including at least two from US faculty.",
                   "The committee requires that at least two letters come from physicians who have supervised the applicant in a US clinical setting.",
                   "Applications without at least one US letter of recommendation will not be reviewed."),
    "trap:usce_pref": ("The committee gives weight to hands-on clinical experience in the United States.",
                       "Clinical experience gained in the US strengthens an application considerably.",
                       "Candidates with recent US clinical experience are viewed favorably.",
                       "Clinical rotations in US hospitals are considered a plus.",
                       "Preference is given to applicants with US clinical experience."),
    "trap:ecfmg_pref": ("Preference is given to international graduates who are already ECFMG certified when they apply.",
                        "The committee looks favorably on international applicants whose ECFMG certification is complete before ranking.",
                        "Having ECFMG certification in hand when applying is an advantage.",
                        "Candidates who are ECFMG certified by their interview are viewed more favorably."),
    "trap:yog_pref": ("The committee gives preference to recent graduates.",
                      "Applicants who graduated within the last three years are preferred.",
                      "Recent graduates are given preference in screening.",
                      "The committee leans toward candidates whose graduation is recent."),
    "trap:step2_average": ("The average Step 2 CK score of residents who matched with us last year was {n}.",
                           "Our current residents' mean Step 2 CK score is {n}.",
                           "Matched applicants in the last cycle had Step 2 CK scores averaging {n}.",
                           "Mean Step 2 CK of interviewed candidates: {n}.",
                           "For reference, the median Step 2 CK score among our interviewed applicants was {n}."),
    "trap:step1_average": ("Before Step 1 became pass/fail, our residents averaged {n} on the exam.",
                           "The mean Step 1 score of the current senior classes is {n}.",
                           "Residents who matched in recent years had an average Step 1 score of {n}.",
                           "Average Step 1 score of current residents (scored exams only): {n}.",
                           "For applicants with a numeric Step 1 score, the committee's recent interviewees averaged {n}."),
    "trap:letters_pref": ("Letters from US faculty who have supervised the applicant directly are given particular weight.",
                          "The committee prefers letters from physicians in the United States.",
                          "A letter from a US physician in the applicant's intended specialty is recommended.",
                          "Letters of recommendation from US clinicians are strongly encouraged."),
    "trap:other_program": ("The university's internal medicine residency, which shares our campus, matches {n} residents a year.",
                           "Our affiliated family medicine program, a separate program with its own selection committee, takes {n} residents each year.",
                           "The hospital's transitional year program offers {n} positions and has its own selection process.",
                           "The university's pediatrics residency, with which we share teaching conferences, has {n} residents per class."),
    "trap:interviews": ("The committee interviews approximately {n} applicants each season.",
                        "Last year, {n} candidates were invited to interview.",
                        "Following screening, the selection committee extends interview invitations to roughly {n} applicants.",
                        "Number of applicants interviewed in the last cycle: {n}.",
                        "Interviews are offered to about {n} applicants, chosen from the screened pool."),
    "trap:signals": ("The program received {n} preference signals during the last application cycle.",
                     "Last cycle, {n} applicants signaled our program through ERAS.",
                     "Program signals received in the most recent season: {n}.",
                     "About {n} of last year's applicants sent our program a signal."),
    "trap:beds": ("The program's main site is a {n}-bed community teaching hospital affiliated with the state university.",
                  "Residents train at a {n}-bed university-affiliated community hospital.",
                  "Our primary hospital has {n} licensed beds.",
                  "The hospital, licensed for {n} beds, is the region's main referral center."),
    "trap:clinical_volume": ("The hospital's labor and delivery unit averages {n} births a month.",
                             "The stroke team responds to more than {n} stroke alerts each month.",
                             "The teaching services carry an average daily census of {n} patients.",
                             "The resident continuity clinic sees about {n} patients a week."),
}
# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visas the hospital sponsors", "J-1 only (no H-1B)"),
    "visa:both": ("Visas the hospital sponsors", "H-1B and J-1 both sponsored"),
    "visa:none": ("Visas the hospital sponsors", "Neither J-1 nor H-1B"),
    "visa:h1b_no": ("H-1B status", "The program does not sponsor"),
    "img:yes": ("Graduates of international schools", "Considered for interview"),
    "img:no": ("Graduates of international schools", "Not considered for interview"),
    "ecfmg": ("ECFMG certificate (IMGs)", "Needed {by}"),
    "usce:months": ("Clinical experience in the US", "{n} months or more"),
    "usce:zero": ("Clinical experience in the US", "Not needed for eligibility"),
    "usce:unstated": ("Clinical experience in the US", "Required (length not specified)"),
    "step1:n": ("USMLE Step 1 screen", "{n} minimum"),
    "step1:none": ("USMLE Step 1 screen", "Not applied"),
    "step2:n": ("USMLE Step 2 CK screen", "{n} minimum"),
    "step2:none": ("USMLE Step 2 CK screen", "Not applied"),
    "step2:pct": ("USMLE Step 2 CK screen", "{p}th percentile minimum"),
    "comlex:n": ("COMLEX Level 2-CE screen", "{n} minimum"),
    "comlex:none": ("COMLEX Level 2-CE screen", "Not applied"),
    "scores:both": ("Board score floors", "{a} (Step 1), {b} (Step 2 CK)"),
    "attempt:yes": ("Exam attempts accepted", "First attempt only, every Step"),
    "attempt:step2": ("Exam attempts accepted", "Step 2 CK: first attempt only"),
    "attempt:no": ("Exam attempts accepted", "Repeat attempts reviewed individually"),
    "yog:n": ("Graduation window considered", "Up to {n} years"),
    "yog:none": ("Graduation window considered", "Open; no limit"),
    "positions:n": ("Categorical residents taken each year", "{n}"),
    "positions:range": ("Categorical residents taken each year", "{a}-{b}"),
    "total": ("Resident complement (all levels)", "{n}"),
    "prelim": ("Preliminary-year spots offered in the Match", "{n}"),
    "trap:step2_average": ("Step 2 CK average, residents matched last cycle", "{n}"),
    "trap:interviews": ("Candidates interviewed, last season", "{n}"),
    "trap:beds": ("Licensed beds, main hospital", "{n}"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Does the program sponsor visas for international graduates?",
    "img": "Are international medical graduates eligible?",
    "ecfmg": "By when must ECFMG certification be complete?",
    "usce": "Does the committee require US clinical experience?",
    "step1": "Does the committee use a Step 1 score cutoff?",
    "step2": "What Step 2 CK score does the committee look for?",
    "comlex": "How are COMLEX scores evaluated?",
    "scores": "What are the minimum board scores?",
    "attempt": "Are applicants with an exam failure considered?",
    "yog": "Does the year of graduation matter?",
    "positions": "How many residents does the program select each year?",
    "total": "How many residents are in the program?",
    "research_track": "Is there a research track for residents?",
    "prelim": "Does the program offer preliminary positions?",
    "us_letters": "What letters of recommendation does the committee require?",
    "trap": "How are applications screened and ranked?",
}
# fmt: on
