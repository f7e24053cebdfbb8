"""A fortieth blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-27 by a blind helper session, from its own knowledge of how US teaching
hospitals word eligibility: the plain voice of a hospital whose Graduate Medical Education (GME)
office states institution-wide policy that binds every residency program (visas, ECFMG,
licensure, the graduation window, exam attempts: "All residency programs at our institution
...", "Per GME policy, ...", "Our program follows the institutional policy ..."), while each
program's own page (transitional year, internal medicine, general surgery, diagnostic radiology,
neurology) adds its own lines on scores, U.S. clinical experience, letters and class size. Each
wording is meant as a different GME officer or program coordinator would write it, one or two
sentences a rule, with the usual hedges and conditions (a pass/fail Step 1, DO applicants who
took only COMLEX, observerships that do not count). Its traps settle nothing: the number of
programs the institution sponsors, other programs' policies named as such, averages of matched
residents, interview counts, benefits, ERAS and NRMP dates, and preferences. All of it is
invented demo data about no real program.

The author read only issue 11 (``/tmp/share/issue11.md``: the fact contract, fact names and
values, "preferences are not requirements; averages of past applicants are not minimums"),
``demoweb/phrasings.py`` (the shape of a set and the dev/held-out wordings, so as not to reuse
them), ``demoweb/info.py`` (how a set is drawn and rendered, the fields templates get, the truth
values of ``demoweb.info._facts``, what a blind set must provide), ``tests/test_demoweb_info.py``
(the structural checks a blind set must pass), the ``class_sizes`` field of
``demoweb/specialties.py`` and the first 70 lines of ``demoweb/phrasings_independent14.py`` (its
docstring and the shape of ``ECFMG_BY`` and ``EXTRA_TRAPS``). The author did NOT read, grep,
import or run the extraction rules (``extract/``), their tests (``tests/test_facts*.py``,
``tests/facts_families.py``), ``bench/`` or any benchmark output, git log or diffs, or any other
blind set (nor the thirty-ninth, written at the same time by another helper); did not run
``bench/facts.py`` or ``precedent facts``, and did not run the extractor on any of these
sentences: nothing here was tuned against the rules. It was checked only structurally, by an
ad-hoc script outside the repository: it imports, has every claim of the dev set with three to
five wordings (more than 4.2 on average), every template and row formats with the fields
``demoweb.info`` passes and uses only the fields the tests allow, no wording is a dev or held-out
one, no ECFMG deadline wording is inside another, no wording, row or deadline is shared with
another blind set (compared by counts only, through ``demoweb.info.BLIND``), and the value checks
of ``tests/test_demoweb_info.py`` hold on pages rendered from this set (by monkeypatching
``demoweb.info`` in that script so held-out programs use it).

The lead, wiring it beside the thirty-ninth (written at the same time), found one ECFMG deadline
wording the two sets shared word for word and one Step 1 wording that differed from the
thirty-ninth's only by its last words; both of this set's items were reworded (same meaning)
before either set was measured.
"""

from __future__ import annotations

NAME = "independent40"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "before our program director certifies the rank order list",
    "time of application": "on the day your ERAS application is submitted to us",
    "start of residency": "before the first day of residency training",
    "interview": "no later than your scheduled interview day",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": (
        "well before the Match rank list deadline",
        "in time for us to place you on our rank list",
    ),
    "time of application": (
        "upon submission of the ERAS application",
        "as of the date your application is sent",
    ),
    "start of residency": (
        "prior to the PGY-1 start date",
        "before your residency appointment takes effect",
    ),
    "interview": (
        "before an interview is offered",
        "before your interview with the program",
    ),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 6-12 for another program, else
# 60-150 (programs the institution sponsors, interviews held).
EXTRA_TRAPS = (
    ("trap:other_program", 0.25),
    ("trap:gme_size", 0.3),
    ("trap:interviews", 0.2),
    ("trap:benefits", 0.2),
    ("trap:eras_dates", 0.25),
)

PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "Per GME policy, residents who need a visa are sponsored on the J-1 through ECFMG; the "
        "institution does not file H-1B petitions for residents.",
        "All residency programs at our institution sponsor the J-1 Exchange Visitor visa, and "
        "none of them sponsor the H-1B.",
        "Our program follows the institutional policy: J-1 visas are sponsored, H-1B visas are "
        "not.",
        "The GME office supports J-1 visa sponsorship for eligible residents but does not "
        "sponsor H-1B visas for any program.",
        "Institutional policy limits visa sponsorship for residents to the ECFMG J-1; H-1B "
        "sponsorship is not available at this time.",
    ),
    "visa:both": (
        "Per GME policy, our institution sponsors both the J-1 and the H-1B visa for residents "
        "who qualify.",
        "Our program follows the institutional policy, which allows sponsorship of J-1 and H-1B "
        "visas.",
        "All residency programs at our institution sponsor J-1 visas, and H-1B sponsorship is "
        "also available to applicants who have passed USMLE Step 3.",
        "The GME office sponsors J-1 and H-1B visas; which visa a resident receives is decided "
        "by the GME office together with the program.",
        "Both J-1 and H-1B visa sponsorship are available through the Office of Graduate "
        "Medical Education.",
    ),
    "visa:none": (
        "Per GME policy, our residency programs do not sponsor visas, and applicants must be "
        "authorized to work in the United States when training begins.",
        "Our institution does not sponsor J-1 or H-1B visas for residents.",
        "All residency programs at our institution require U.S. citizenship, permanent "
        "residency or a valid employment authorization document, as no visa sponsorship is "
        "offered.",
        "Our program follows the institutional policy, which does not allow visa sponsorship "
        "for any trainee.",
        "The GME office is not able to sponsor visas, so applicants who would need a J-1 or an "
        "H-1B should not apply.",
    ),
    "visa:j1_yes": (
        "The institution sponsors J-1 visas through ECFMG for eligible residents.",
        "Our program follows the institutional policy and sponsors J-1 visas for international "
        "graduates who match with us.",
        "International graduates who match here can train on a J-1 visa, which the GME office "
        "supports through ECFMG.",
        "All residency programs at our institution offer J-1 visa sponsorship.",
    ),
    "visa:h1b_no": (
        "Per GME policy, H-1B petitions are not filed for residents or fellows.",
        "Our program follows the institutional policy of not sponsoring the H-1B visa.",
        "No residency program at our institution sponsors the H-1B visa.",
        "Please note that the GME office does not support H-1B visas for incoming residents.",
        "Applicants who require an H-1B visa cannot be considered, because the institution "
        "does not sponsor it.",
    ),
    "img:yes": (
        "All residency programs at our institution consider graduates of international medical "
        "schools on the same basis as U.S. graduates.",
        "Our program welcomes applications from international medical graduates who meet the "
        "institution's eligibility requirements.",
        "Per GME policy, graduates of medical schools outside the United States and Canada may "
        "apply to any of our residency programs.",
        "We are happy to review applications from IMGs.",
        "International medical graduates are eligible for our categorical positions.",
    ),
    "img:no": (
        "Per GME policy, applicants must have graduated from an LCME-accredited medical school "
        "in the United States or Canada or from a COCA-accredited osteopathic school.",
        "Our program follows the institutional policy and does not consider international "
        "medical graduates at this time.",
        "Graduates of medical schools outside the U.S. and Canada are not eligible for our "
        "residency programs.",
        "We are unable to accept applications from international medical graduates, including "
        "U.S. citizens who studied abroad.",
    ),
    "ecfmg": (
        "Per GME policy, international medical graduates must be certified by ECFMG {by}.",
        "All residency programs at our institution require a valid ECFMG certificate {by}.",
        "Our program follows the institutional policy: ECFMG certification has to be complete "
        "{by}.",
        "A copy of your ECFMG certificate must be on file with the GME office {by}.",
        "International graduates must have passed every examination required for ECFMG "
        "certification {by}.",
    ),
    "usce:months": (
        "Our program requires at least {n} months of clinical experience in the U.S. health "
        "care system, such as sub-internships or clerkships.",
        "Applicants need a minimum of {w} months of direct patient care in the United States; "
        "observerships and research do not count toward this requirement.",
        "IMG applicants must have completed {n} or more months of hands-on U.S. clinical "
        "experience.",
        "In addition to the GME requirements, our program requires {n} months of U.S. clinical "
        "experience before you apply.",
        "{W} months of U.S. clinical experience is the minimum we require for an application to "
        "be reviewed.",
    ),
    "usce:zero": (
        "Our program does not require U.S. clinical experience.",
        "U.S. clinical experience is not a prerequisite for applying to any residency program "
        "at our institution.",
        "We do not make USCE a condition of application, and observerships are not needed either.",
        "Per GME policy, no minimum amount of U.S. clinical experience is required.",
        "Applicants are not required to have worked clinically in the United States before "
        "applying.",
    ),
    "usce:unstated": (
        "U.S. clinical experience is a requirement for all IMG applicants to our program.",
        "Applicants must have some hands-on clinical experience in a U.S. hospital or clinic; "
        "observerships alone do not meet this requirement.",
        "Under our program's policy, prior clinical work in the United States is required for "
        "international graduates.",
        "Hands-on patient care experience in the U.S. is mandatory for applicants who trained "
        "abroad.",
        "USCE is required; please describe your U.S. rotations in the experience section of ERAS.",
    ),
    "step1:n": (
        "Applications with a USMLE Step 1 score under {n} are not reviewed by our selection "
        "committee.",
        "Applicants with a numeric Step 1 score need {n} or above to be considered.",
        "Our program's Step 1 minimum is {n}.",
        "Applicants who received a three-digit Step 1 score must have scored at least {n}; a "
        "pass on the pass/fail exam meets the requirement.",
    ),
    "step1:none": (
        "Our program has no Step 1 score cutoff, since Step 1 is now reported as pass/fail.",
        "Our program has not set any minimum for USMLE Step 1.",
        "There is no Step 1 threshold for our program, and applications are reviewed regardless "
        "of the score.",
        "Our program does not use Step 1 scores to screen applications.",
    ),
    "step2:n": (
        "Our program requires a USMLE Step 2 CK score of {n} or higher.",
        "Applicants whose Step 2 CK score is below {n} will not be invited to interview.",
        "The Step 2 CK minimum for our program is {n}, and the score must be available when "
        "you apply.",
        "We screen applications at a Step 2 CK score of {n}.",
        "A Step 2 CK score under {n} does not meet our program's minimum.",
    ),
    "step2:none": (
        "Our program does not use a minimum Step 2 CK score.",
        "There is no Step 2 CK cutoff, although a passing score must be reported before we can "
        "rank you.",
        "We review every complete application regardless of the Step 2 CK score.",
        "No minimum Step 2 CK score is required by our program.",
    ),
    "step2:pct": (
        "Our program requires a Step 2 CK score at or above the {p}th percentile for the "
        "applicant's testing year.",
        "Applicants must have scored no lower than the {p}th percentile on USMLE Step 2 CK.",
        "Any Step 2 CK result under the {p}th percentile falls short of the program's minimum.",
        "The program's Step 2 CK floor is the {p}th percentile of U.S. and Canadian examinees.",
    ),
    "comlex:n": (
        "Osteopathic applicants who did not take the USMLE must have a COMLEX Level 2-CE score "
        "of {n} or more.",
        "Our program requires a COMLEX Level 2-CE score of at least {n} from DO applicants.",
        "For COMLEX, the minimum Level 2-CE score we accept is {n}.",
        "DO applicants with a COMLEX Level 2-CE score below {n} are not considered.",
    ),
    "comlex:none": (
        "Our program does not set a minimum COMLEX score.",
        "There is no COMLEX cutoff for osteopathic applicants, and DO graduates may submit "
        "COMLEX alone.",
        "No minimum COMLEX Level 2-CE score applies to DO applicants.",
        "We accept COMLEX in place of USMLE and do not apply a score floor to it.",
    ),
    "scores:both": (
        "Our program requires a Step 1 score of at least {a} and a Step 2 CK score of at least "
        "{b}.",
        "Minimum USMLE scores for our program are {a} on Step 1 and {b} on Step 2 CK.",
        "Applicants need {a} or higher on Step 1 and {b} or higher on Step 2 CK to be considered.",
        "We screen at {a} for Step 1 and at {b} for Step 2 CK.",
    ),
    "attempt:yes": (
        "Per GME policy, applicants must have passed each USMLE or COMLEX examination on the "
        "first attempt.",
        "Our program does not consider applicants with a failed attempt on any licensing "
        "examination.",
        "All residency programs at our institution require a first-time pass on every USMLE step.",
        "We only consider applicants who passed every licensing exam at the first sitting.",
        "Our program follows the institutional policy that no USMLE step may have been repeated.",
    ),
    "attempt:step2": (
        "Our program requires Step 2 CK to have been passed on the first attempt; a prior "
        "Step 1 failure does not by itself exclude an applicant.",
        "Step 2 CK has to have been passed in a single sitting to be eligible for our program.",
        "A first-time pass is required on Step 2 CK, but not on the other steps.",
        "Our first-attempt requirement applies to Step 2 CK only.",
    ),
    "attempt:no": (
        "Our program will review applicants who needed more than one attempt on a USMLE step.",
        "A failed attempt on Step 1 or Step 2 CK does not rule out an application; we look at "
        "the whole record.",
        "Per GME policy, passing on the first attempt is not required.",
        "Applicants with a repeat attempt on a licensing exam are still eligible to apply.",
    ),
    "yog:n": (
        "Per GME policy, applicants must have graduated from medical school no more than {n} "
        "years before the start of residency.",
        "Our program requires that you graduated from medical school within the past {w} years.",
        "All residency programs at our institution limit eligibility to graduates of the last "
        "{n} years.",
        "Applicants who graduated more than {n} years before the application cycle will not "
        "be considered.",
        "Medical school graduation must have taken place in the {n} years before the start of "
        "training, and recent clinical activity does not waive this rule.",
    ),
    "yog:none": (
        "Our program has no limit on time since graduation.",
        "Per GME policy, there is no graduation date cutoff for any residency program.",
        "All residency programs at our institution consider applicants regardless of graduation "
        "year.",
        "We do not restrict applications by the year you finished medical school.",
    ),
    "positions:n": (
        "Our program matches {n} categorical {noun} each year.",
        "Our program takes {n} new {noun} every year.",
        "We recruit {n} {noun} per class.",
        "The program's annual intake is {n}.",
        "Our program has an incoming class of {n} each July.",
    ),
    "positions:range": (
        "Our program matches {a} to {b} categorical residents a year, depending on funding.",
        "The incoming class is {a} or {b} residents, depending on the year.",
        "We usually fill {a}-{b} categorical positions.",
        "Depending on the year, our class size ranges from {a} to {b} residents.",
    ),
    "home:positions": (
        "Our program brings in {n} new {noun} each academic year.",
        "Our program welcomes {n} {noun} each summer, alongside the new residents of every "
        "other program at the institution.",
        "We are a program of {n} {noun} per year within a large teaching hospital.",
        "{W} new {noun} start with us every year.",
    ),
    "total": (
        "Our program has {n} residents across all training years.",
        "In total, {n} residents train in our program at any one time.",
        "The ACGME-approved size of our program is {n} residents.",
        "Counting all PGY levels, the program includes {n} residents.",
    ),
    "research_track": (
        "Our program offers a research track for residents interested in an academic career.",
        "Residents may apply to a research pathway with protected time in the later years of "
        "training.",
        "Within the program, interested residents can enter a dedicated research track.",
        "We have a physician-scientist track for residents who plan a research career.",
    ),
    "prelim": (
        "In addition to categorical positions, our program offers {n} preliminary {noun} each "
        "year.",
        "Our program also matches {w} preliminary {noun} each year.",
        "We also take {n} preliminary-year {noun} bound for advanced programs.",
        "{W} preliminary {noun} join the program annually for one year of training.",
    ),
    "us_letters": (
        "At least one of your letters of recommendation must be written by a physician who "
        "practices in the United States.",
        "Our program requires letters of recommendation from U.S. physicians who have "
        "supervised you clinically.",
        "Two of the three required letters must be from faculty at U.S. institutions.",
        "Letters written by physicians in the United States are required; letters from other "
        "countries may be added as a supplement.",
    ),
    "trap:usce_pref": (
        "Applicants with clinical experience in the U.S. are preferred by our program.",
        "U.S. clinical experience strengthens an application to our program.",
        "We look favorably on hands-on clinical rotations in the United States.",
        "Clinical experience in a U.S. teaching hospital is desirable.",
    ),
    "trap:ecfmg_pref": (
        "Applicants who are already ECFMG certified when they apply are given preference.",
        "It helps if IMGs are ECFMG certified before interview season.",
        "The program prefers IMG applicants who have completed ECFMG certification.",
        "ECFMG certification early in the application season is an advantage.",
    ),
    "trap:yog_pref": (
        "Our program prefers applicants who graduated recently.",
        "Recent clinical activity and graduation within the last few years are viewed favorably.",
        "Preference goes to applicants who are close to graduation.",
        "Applicants who graduated recently tend to be more competitive here.",
    ),
    "trap:step2_average": (
        "Residents who matched into our program last year had an average Step 2 CK score of {n}.",
        "The mean Step 2 CK score among our current interns is {n}.",
        "Across recent classes, the average Step 2 CK of matched applicants was about {n}.",
        "Our interviewed applicants last season averaged a Step 2 CK score of {n}.",
    ),
    "trap:step1_average": (
        "Our residents' average Step 1 score, from the years when it was scored, was {n}.",
        "Our PGY-2 and PGY-3 residents averaged {n} on Step 1.",
        "The class that matched with us in the last scored cycle had a mean Step 1 of {n}.",
        "For reference, the median Step 1 score of our interviewed applicants was {n}.",
    ),
    "trap:letters_pref": (
        "Letters from physicians who have worked with you in the U.S. carry the most weight.",
        "We value letters from U.S. faculty, particularly from your chosen specialty.",
        "Where possible, include a letter from a U.S. physician.",
        "Letters from U.S. physicians are welcome and often helpful.",
    ),
    "trap:other_program": (
        "The Transitional Year program at our institution, which is listed separately in ERAS, "
        "has {n} positions.",
        "Our general surgery program has its own policy and requires {n} months of U.S. "
        "clinical experience; please check its page.",
        "The diagnostic radiology program at our institution, which applicants apply to "
        "separately, takes {n} residents a year.",
        "Applicants to the institution's neurology residency, which has {n} positions, should "
        "refer to that program's own eligibility page.",
    ),
    "trap:gme_size": (
        "Our institution sponsors {n} ACGME-accredited residency and fellowship programs.",
        "The GME office supports more than {n} programs and a large community of residents and "
        "fellows.",
        "With {n} accredited programs, our teaching hospital is one of the largest training "
        "sites in the region.",
        "Residents here train alongside fellows from {n} GME programs.",
    ),
    "trap:interviews": (
        "Last season we interviewed {n} applicants for our positions.",
        "We typically offer around {n} interviews each recruitment season.",
        "Roughly {n} applicants are invited to interview each year, all virtually.",
        "In the most recent cycle, {n} candidates interviewed with our faculty.",
    ),
    "trap:benefits": (
        "All residents receive the institution's benefits package, including health, dental "
        "and disability insurance.",
        "Residents get an annual education fund and a meal allowance for overnight call.",
        "Salary and benefits are set by the GME office and are the same for every program at "
        "the institution.",
        "Each resident receives four weeks of paid vacation a year, per institutional policy.",
    ),
    "trap:eras_dates": (
        "ERAS opens to applicants in early June, and programs begin reviewing applications in "
        "late September.",
        "Our program follows the NRMP Match calendar, with rank lists due in late February.",
        "Interviews are held from October through January, and Match Day is in March.",
        "We participate in the NRMP Main Residency Match and accept applications only through "
        "ERAS.",
        "Applications completed after the first of November may not be reviewed by the committee.",
    ),
}

# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visa sponsorship (GME policy)", "J-1 only; no H-1B"),
    "visa:both": ("Visa sponsorship (GME policy)", "J-1 and H-1B both sponsored"),
    "visa:none": ("Visa sponsorship (GME policy)", "Not offered for any visa"),
    "visa:j1_yes": ("J-1 visa (GME policy)", "Sponsored through ECFMG"),
    "visa:h1b_no": ("H-1B visa (GME policy)", "Not sponsored by the institution"),
    "img:yes": ("IMG eligibility (GME policy)", "Eligible to apply"),
    "img:no": ("IMG eligibility (GME policy)", "Not eligible; U.S. and Canadian graduates only"),
    "ecfmg": ("ECFMG certification (GME policy)", "Required {by}"),
    "usce:months": ("U.S. clinical experience (program)", "At least {n} months"),
    "usce:zero": ("U.S. clinical experience (program)", "Not required to apply"),
    "usce:unstated": ("U.S. clinical experience (program)", "Required; no set duration"),
    "step1:n": ("Step 1 minimum (program)", "{n}"),
    "step1:none": ("Step 1 minimum (program)", "No minimum"),
    "step2:n": ("Step 2 CK minimum (program)", "{n}"),
    "step2:none": ("Step 2 CK minimum (program)", "No minimum"),
    "step2:pct": ("Step 2 CK minimum (program)", "{p}th percentile"),
    "comlex:n": ("COMLEX Level 2-CE minimum (program)", "{n}"),
    "comlex:none": ("COMLEX Level 2-CE minimum (program)", "No minimum"),
    "attempt:yes": ("First-attempt passes (GME policy)", "Required on all USMLE steps"),
    "attempt:step2": ("First-attempt passes (program)", "Step 2 CK only"),
    "attempt:no": ("First-attempt passes (GME policy)", "Not required"),
    "yog:n": ("Years since graduation (GME policy)", "{n} or fewer"),
    "yog:none": ("Years since graduation (GME policy)", "No limit"),
    "positions:n": ("Categorical positions per year (program)", "{n}"),
    "positions:range": ("Categorical positions per year (program)", "{a} to {b}"),
    "total": ("Total residents (program)", "{n}"),
    "prelim": ("Preliminary positions per year (program)", "{n}"),
    "trap:step2_average": ("Mean Step 2 CK of matched residents (program)", "{n}"),
    "trap:gme_size": ("ACGME-accredited programs at the institution", "{n}"),
    "trap:interviews": ("Applicants interviewed last season (program)", "{n}"),
}

# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Does the institution sponsor visas for residents?",
    "img": "Are international medical graduates eligible for the program?",
    "ecfmg": "By when do IMGs need ECFMG certification?",
    "usce": "Does the program require U.S. clinical experience?",
    "step1": "Does the program have a Step 1 requirement?",
    "step2": "What Step 2 CK score does the program require?",
    "comlex": "How does the program handle COMLEX scores?",
    "scores": "Are there minimum USMLE scores?",
    "attempt": "What is the GME policy on exam attempts?",
    "yog": "What is the GME policy on year of graduation?",
    "positions": "How many residents does the program match each year?",
    "total": "How many residents are in the program altogether?",
    "research_track": "Does the program offer a research track?",
    "prelim": "Are preliminary positions offered?",
    "us_letters": "What are the requirements for letters of recommendation?",
    "trap": "What else should applicants know about the institution?",
}
