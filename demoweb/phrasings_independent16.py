"""A sixteenth blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-26 (about 06:52-06:58 UTC) by a blind helper session, from its own knowledge
of how institutional GME policy documents and formal departmental "Application Requirements"
pages word eligibility facts: the GME offices of large academic medical centres and the
application pages of neurosurgery, orthopaedic surgery, otolaryngology, urology, radiology,
anesthesiology and emergency medicine programs. It aims at policy-manual prose: "shall", "must",
"is required to"; the passive voice ("Sponsorship of H-1B petitions is not provided"); definitions
and cross-references ("as defined in the GME Eligibility and Selection Policy"); conditions and
exceptions ("with the exception of", "unless", "provided that", "in lieu of"); requirements
stated through their consequence ("Applications ... below N will not be reviewed", "Candidates
who have not ... are ineligible"); double negatives used correctly ("not ineligible"); the
second person and the first-person plural; and long sentences that carry two facts or a fact and
a condition. Its traps settle nothing, in the same formal voice: past policy that no longer
applies ("Prior to 2022, the program required ..."), past residents' and applicants' statistics,
sister programs' and fellowships' numbers, general NRMP, ECFMG and federal rules that are not
this program's policy, preferences ("strongly encouraged", "preference shall be given",
"competitive applicants typically"), questions, and "subject to change" notices.
All of it is invented demo data about no real program.

The author read only issue 11 as quoted in its brief (the fact contract: fact names and values,
"preferences are not requirements; averages of past applicants are not minimums"),
``demoweb/phrasings.py`` (the shape of a set and the dev/held-out wordings, to avoid reusing
them), ``demoweb/info.py`` (how a set is drawn and rendered, the fields templates get and the
truth values of ``demoweb.info._facts``), ``tests/test_demoweb_info.py`` (the structural checks a
blind set must pass), the ``class_sizes`` field of ``demoweb/specialties.py`` and the first 70
lines of ``demoweb/phrasings_independent14.py`` (its docstring and the shape of ``ECFMG_BY`` and
``EXTRA_TRAPS``). The author did NOT read, grep, import or run the extraction rules
(``extract/``), their tests (``tests/test_facts*.py``, ``tests/facts_families.py``), ``bench/`` or
any benchmark output, git log messages or diffs, the earlier blind sets
``demoweb/phrasings_independent*.py`` beyond those 70 lines, nor the fifteenth set, written at the
same time by another helper; did not run ``bench/facts.py`` or ``precedent facts``, and did not
run the extractor on any of these sentences: nothing here was tuned against the rules. It was
checked only structurally, by an ad-hoc script outside the repository: it imports, has every
claim of the dev set, every template and row formats with the fields ``demoweb.info`` passes and
uses only the fields the tests allow, no ECFMG deadline wording is inside another, no wording is
a dev or held-out one, and the value checks of ``tests/test_demoweb_info.py`` hold on pages
rendered from this set (by monkeypatching ``demoweb.info`` in that script). It has not been
compared with the earlier blind sets, so some wordings may repeat theirs.
When the lead wired it (the same morning, without running the extractor on it), a string
comparison with the earlier sets removed 8 rows they already had, and its main wordings for the
rank-list and interview deadlines (the third set's) gave way to its own first alternatives.
"""

from __future__ import annotations

NAME = "independent16"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "prior to the date on which the program certifies its rank order list",
    "time of application": "as of the date the ERAS application is submitted",
    "start of residency": "prior to the commencement of the appointment",
    "interview": "no later than the scheduled interview date",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": ("before the program's rank order list is submitted to the NRMP",),
    "time of application": (
        "at the time the application is filed",
        "upon submission of the application through ERAS",
    ),
    "start of residency": (
        "before the effective date of appointment",
        "no later than the first day of the residency appointment period",
    ),
    "interview": ("before an invitation to interview is extended",),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 6-12 for another program, else
# 60-150 (counts of applicants, applications and graduates).
EXTRA_TRAPS = (
    ("trap:other_program", 0.25),
    ("trap:past_policy", 0.25),
    ("trap:applicant_stats", 0.2),
    ("trap:general_rule", 0.2),
    ("trap:subject_to_change", 0.15),
    ("trap:inquiry", 0.15),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "The institution shall sponsor J-1 Exchange Visitor status through ECFMG for eligible residents; sponsorship of H-1B petitions is not provided.",
        "In accordance with the GME Eligibility and Selection Policy, the only visa category sponsored for resident appointments is the ECFMG-sponsored J-1.",
        "Applicants who require visa sponsorship must be eligible for the J-1 Exchange Visitor visa, as the department does not file H-1B petitions.",
        "If you require sponsorship, you must hold or be eligible for a J-1 visa sponsored by ECFMG; we do not sponsor the H-1B.",
        "With the exception of the J-1 Exchange Visitor visa, no visa category is sponsored by the institution for residents.",
    ),
    "visa:both": (
        "The institution sponsors both the J-1 Exchange Visitor visa and the H-1B temporary worker visa for eligible residents.",
        "Applicants requiring sponsorship may be appointed on either a J-1 visa, sponsored by ECFMG, or an H-1B visa, for which the institution files the petition.",
        "Sponsorship of H-1B petitions is provided in addition to J-1 sponsorship, provided that the applicant has passed USMLE Step 3 before the petition is filed.",
        "We sponsor residents on J-1 and H-1B visas, as set out in the institutional GME Visa Sponsorship Policy.",
        "Both H-1B and J-1 sponsorship shall be available to residents who meet the requirements of the respective visa category.",
    ),
    "visa:none": (
        "The institution does not sponsor visas of any category for resident appointments, including the J-1 and the H-1B.",
        "Neither J-1 nor H-1B visa sponsorship is offered by the department.",
        "You are ineligible for appointment if you will require visa sponsorship of any kind at any point during training.",
        "Sponsorship of J-1 and H-1B visas shall not be provided to residents or applicants.",
        "Applicants must hold U.S. citizenship, permanent residency or an employment authorization that does not require sponsorship, as no visa sponsorship is provided.",
    ),
    "visa:j1_yes": (
        "Eligible international applicants shall be sponsored for the J-1 Exchange Visitor visa through ECFMG.",
        "J-1 Exchange Visitor sponsorship is provided to residents who meet the ECFMG eligibility criteria.",
        "The institution participates in the ECFMG Exchange Visitor Sponsorship Program for residents requiring J-1 status.",
        "If you require a J-1 visa, the GME Office will support your application to ECFMG for sponsorship.",
        "J-1 visas are sponsored for qualified applicants, as defined in the GME Visa Sponsorship Policy.",
    ),
    "visa:h1b_no": (
        "Sponsorship of H-1B petitions is not provided.",
        "The institution shall not file H-1B petitions on behalf of residents.",
        "Applicants who would require H-1B status in order to be appointed are ineligible.",
        "H-1B visa sponsorship is not available for resident positions in this department.",
        "We do not petition for H-1B status for incoming residents.",
    ),
    "img:yes": (
        "Graduates of international medical schools are eligible for appointment, provided that they meet the requirements of the GME Eligibility and Selection Policy.",
        "Applicants who graduated from medical schools outside the United States and Canada are not ineligible and will be reviewed on the same basis as U.S. graduates.",
        "Applications from international medical graduates shall be accepted and reviewed.",
        "The department accepts applications from graduates of international medical schools listed in the World Directory of Medical Schools.",
        "You may apply as an international medical graduate if you satisfy the eligibility criteria set out in this section.",
    ),
    "img:no": (
        "Only graduates of LCME-accredited or COCA-accredited medical schools shall be eligible for appointment.",
        "Applications from graduates of international medical schools will not be reviewed.",
        "International medical graduates are ineligible for appointment to this program.",
        "The department does not accept applicants who graduated from medical schools outside the United States, with the exception of graduates of LCME-accredited Canadian schools.",
        "You must be a graduate of an allopathic or osteopathic medical school in the United States to be considered.",
    ),
    "ecfmg": (
        "Graduates of international medical schools must hold a valid Standard ECFMG Certificate {by}.",
        "Applicants to whom the ECFMG certification requirement applies shall be certified {by}.",
        "Candidates who have not obtained ECFMG certification {by} are ineligible for appointment.",
        "You must have obtained your ECFMG certificate {by}.",
        "Possession of a current ECFMG certificate {by} is a condition of eligibility, as defined in the GME Eligibility and Selection Policy.",
    ),
    "usce:months": (
        "International medical graduates must have completed a minimum of {n} months of hands-on clinical experience in a U.S. health care setting; observerships without patient contact shall not satisfy this requirement.",
        "Applicants are required to document no fewer than {w} months of U.S. clinical experience, as defined in the GME Eligibility and Selection Policy.",
        "Candidates with fewer than {n} months of U.S. clinical experience are ineligible for interview.",
        "You must have at least {w} months of direct patient care experience in the United States, completed within the year preceding application.",
        "A minimum of {n} months of U.S. clinical experience shall be required; research experience may not be counted in lieu of clinical experience.",
    ),
    "usce:zero": (
        "U.S. clinical experience shall not be a prerequisite for application.",
        "Applicants are not required to have completed clinical rotations in the United States.",
        "Applications without U.S. clinical experience are not excluded from review, as no such requirement applies.",
        "You do not need U.S. clinical experience to be eligible for appointment.",
        "The absence of U.S. clinical experience does not render an applicant ineligible.",
    ),
    "usce:unstated": (
        "Applicants must have completed hands-on clinical experience in the United States prior to application.",
        "U.S. clinical experience is a requirement for eligibility, as defined in the GME Eligibility and Selection Policy.",
        "Documented U.S. clinical experience is required; applications lacking such experience will not be reviewed.",
        "You are required to have direct patient care experience in a U.S. clinical setting.",
        "Completion of U.S. clinical experience is mandatory for all international medical graduates.",
    ),
    "step1:n": (
        "Applicants shall have achieved a USMLE Step 1 score of {n} or greater.",
        "Applications reporting a numerical Step 1 score below {n} will not be reviewed.",
        "Candidates whose USMLE Step 1 score is lower than {n} are ineligible for interview.",
        "You must have a USMLE Step 1 score of no less than {n} if your score was reported numerically.",
        "The minimum acceptable USMLE Step 1 score, where a numerical score was reported, is {n}.",
    ),
    "step1:none": (
        "The department does not apply a minimum USMLE Step 1 score.",
        "No minimum score on USMLE Step 1 shall be required for eligibility.",
        "Applicants are not screened on the basis of their Step 1 score.",
        "Applications are reviewed regardless of the numerical Step 1 score reported.",
        "We have not established a Step 1 score threshold.",
    ),
    "step2:n": (
        "Applicants must have achieved a USMLE Step 2 CK score of {n} or higher.",
        "Applications with a Step 2 CK score below {n} will not be reviewed.",
        "Candidates who have not attained a score of at least {n} on USMLE Step 2 CK are ineligible.",
        "You are required to have a Step 2 CK score of no less than {n} by the application deadline.",
        "The minimum acceptable Step 2 Clinical Knowledge score, as defined in the department's selection criteria, is {n}.",
    ),
    "step2:none": (
        "No minimum USMLE Step 2 CK score has been established by the department.",
        "Applicants shall not be excluded on the basis of their Step 2 CK score.",
        "Step 2 CK results are considered in the holistic review of each application, and no numerical cutoff is applied.",
        "You will not be screened out of consideration by your Step 2 CK score.",
        "Each application is reviewed in full regardless of the applicant's Step 2 CK score.",
    ),
    "step2:pct": (
        "Applicants must have achieved a Step 2 CK score at or above the {p}th percentile of first-time U.S. and Canadian examinees.",
        "Applications with a USMLE Step 2 CK score below the {p}th percentile, as reported in the current USMLE score interpretation guidelines, will not be reviewed.",
        "Candidates whose Step 2 CK score falls below the {p}th percentile nationally are ineligible.",
        "You must score at or above the {p}th percentile on Step 2 CK.",
        "The minimum Step 2 CK performance required is the {p}th percentile for the year in which the examination was taken.",
    ),
    "comlex:n": (
        "Osteopathic applicants who have not taken the USMLE shall submit a COMLEX-USA Level 2-CE score of {n} or higher in lieu of Step 2 CK.",
        "Applications from osteopathic candidates with a COMLEX-USA Level 2-CE score below {n} will not be reviewed.",
        "DO candidates whose COMLEX Level 2-CE score is lower than {n} are ineligible for interview.",
        "If you are an osteopathic applicant, you must have a COMLEX-USA Level 2-CE score of at least {n}.",
        "The minimum acceptable COMLEX-USA Level 2-CE score is {n}, unless a USMLE Step 2 CK score meeting the department's threshold is submitted.",
    ),
    "comlex:none": (
        "No minimum COMLEX-USA score shall be required of osteopathic applicants.",
        "The department has not established a minimum COMLEX-USA Level 2-CE score.",
        "COMLEX-USA scores are accepted in lieu of USMLE scores, and no minimum COMLEX score is applied.",
        "Osteopathic applicants are not screened on the basis of COMLEX-USA results.",
        "Your COMLEX-USA score will not, by itself, exclude you from consideration, as no threshold applies.",
    ),
    "scores:both": (
        "Applicants must have achieved minimum scores of {a} on USMLE Step 1 and {b} on USMLE Step 2 CK.",
        "Eligibility for interview requires a Step 1 score of at least {a} and a Step 2 CK score of at least {b}.",
        "Applications with a Step 1 score below {a} or a Step 2 CK score below {b} will not be reviewed.",
        "You must have scored no less than {a} on Step 1 and no less than {b} on Step 2 CK.",
        "The minimum USMLE scores, as defined in the Selection Policy, are {a} for Step 1 and {b} for Step 2 CK.",
    ),
    "attempt:yes": (
        "Applicants must have passed each USMLE Step or COMLEX-USA Level on the first attempt.",
        "Candidates with a failed attempt on any licensing examination are ineligible for appointment.",
        "Applications from candidates who required more than one attempt to pass any USMLE examination will not be reviewed.",
        "You must have passed all licensing examinations taken to date without a failure.",
        "A first-attempt pass on every USMLE Step shall be required of all applicants, as set out in the GME Eligibility and Selection Policy.",
    ),
    "attempt:step2": (
        "Applicants must have passed Step 2 CK on the first attempt; a prior failure of Step 1 shall not, by itself, render an applicant ineligible.",
        "The first-attempt requirement applies to USMLE Step 2 CK only.",
        "Candidates who did not pass Step 2 CK on the first attempt are ineligible.",
        "You must pass Step 2 CK in a single attempt.",
        "A first-attempt pass of Step 2 CK is a condition of eligibility, whereas the number of attempts on Step 1 is not considered.",
    ),
    "attempt:no": (
        "Applicants who required more than one attempt to pass a licensing examination are not ineligible on that basis.",
        "A failed attempt on any USMLE Step shall not, in and of itself, preclude consideration of an application.",
        "A first-attempt pass is not a condition of eligibility.",
        "You will not be excluded from consideration because you needed more than one attempt on a USMLE Step.",
        "Applications from candidates with multiple examination attempts shall be reviewed on the same basis as all other applications.",
    ),
    "yog:n": (
        "Applicants shall have graduated from medical school no more than {n} years prior to the anticipated start date of training.",
        "Candidates whose medical degree was conferred more than {w} years before the application deadline are ineligible.",
        "Applications from graduates more than {n} years beyond graduation will not be reviewed, unless the applicant has been in continuous clinical practice since graduation.",
        "You must have graduated from medical school within the {w} years preceding the start of residency.",
        "The maximum interval since graduation, as defined in the GME Eligibility and Selection Policy, is {n} years.",
    ),
    "yog:none": (
        "No limit shall be placed on the number of years since graduation from medical school.",
        "Applicants are not ineligible by reason of their year of graduation.",
        "Applications are considered regardless of the year in which the medical degree was conferred.",
        "The department does not apply a year-of-graduation cutoff.",
        "You may apply irrespective of when you graduated, as no graduation-date requirement applies.",
    ),
    "positions:n": (
        "The program is approved to appoint {n} categorical {noun} at the PGY-1 level each year.",
        "The department shall appoint {n} categorical {noun} per year through the NRMP Main Residency Match.",
        "The number of categorical positions offered each year is {n}.",
        "We recruit {w} {noun} annually into the categorical program.",
        "The annual intake of the program, as approved by the ACGME, is {n} {noun}.",
    ),
    "positions:range": (
        "The department anticipates appointing between {a} and {b} categorical residents per year, depending on available funding.",
        "The number of PGY-1 positions offered each year shall be {a} or {b}, as determined by the GME Committee.",
        "From {a} to {b} residents are appointed annually.",
        "We expect to match {a} to {b} applicants each year.",
        "Annual recruitment is {a}-{b} residents, within the complement approved for the institution.",
    ),
    "home:positions": (
        "Each July the department welcomes {n} new {noun} to its residency.",
        "Our residency appoints {n} {noun} per year.",
        "The department trains {n} {noun} in each postgraduate year.",
        "Our program admits a class of {n} {noun} annually.",
        "With {n} {noun} appointed each year, the program offers close faculty mentorship.",
    ),
    "total": (
        "The program's ACGME-approved complement is {n} residents.",
        "The department currently has {n} residents across all postgraduate years.",
        "The total number of residents in the program is {n}.",
        "We train a total of {n} residents at any one time.",
        "Our residency comprises {n} residents in all.",
    ),
    "prelim": (
        "In addition to its categorical positions, the department sponsors preliminary appointments, of which there are {n} each year.",
        "The number of preliminary PGY-1 positions offered annually is {n}.",
        "Preliminary positions are also available; the department offers {n} per year.",
        "Preliminary-year appointments number {n} annually.",
        "The department additionally maintains {n} preliminary position(s) for applicants seeking one year of training.",
    ),
    "research_track": (
        "A research track, as described in the Resident Research Policy, is available to qualified residents.",
        "The department maintains a formal research track with dedicated protected time for residents pursuing academic careers.",
        "Residents may apply to the department's research track during the first year of training.",
        "We offer a research pathway that provides protected research time within the residency.",
        "Applicants interested in physician-scientist training may apply to the program's research track.",
    ),
    "us_letters": (
        "At least two of the required letters of recommendation must be authored by physicians practicing in the United States.",
        "Applications lacking a letter of recommendation from a U.S. physician will be considered incomplete and will not be reviewed.",
        "You must submit at least one letter of recommendation written by a physician who supervised you in a U.S. clinical setting.",
        "Letters of recommendation from physicians in the United States are required; letters from outside the United States may be submitted in addition to, but not in lieu of, them.",
        "A minimum of two letters shall be written by physician faculty members at U.S. institutions.",
    ),
    "trap:usce_pref": (
        "Applicants are strongly encouraged to complete U.S. clinical rotations prior to applying.",
        "Preference shall be given to applicants with hands-on clinical experience in the United States.",
        "Competitive applicants typically have completed clinical rotations in a U.S. teaching hospital.",
        "Prior to 2022, the program required U.S. clinical experience of all international medical graduates.",
        "Clinical experience in the United States is viewed favorably by the Selection Committee.",
    ),
    "trap:ecfmg_pref": (
        "Applicants are strongly encouraged to have completed ECFMG certification before submitting an application.",
        "Preference may be given to international medical graduates who are already ECFMG certified when they apply.",
        "Competitive international applicants typically hold ECFMG certification when interviews are offered.",
        "Before 2021, the department required ECFMG certification by the date of the interview.",
        "Information on the requirements for ECFMG certification is published by ECFMG rather than by the department.",
    ),
    "trap:yog_pref": (
        "Preference shall be given to applicants who graduated from medical school within the past three years.",
        "Recent graduates are viewed favorably by the Selection Committee.",
        "Prior to 2020, applicants were required to have graduated within five years of application.",
        "Competitive applicants typically apply within two years of graduation.",
        "Applicants who graduated some years ago are encouraged to describe their recent clinical activity in the personal statement.",
    ),
    "trap:step2_average": (
        "The mean Step 2 CK score of residents appointed during the past five years was {n}.",
        "Applicants invited to interview in the most recent cycle had a median Step 2 CK score of {n}.",
        "Before the 2023 recruitment cycle, the department required a Step 2 CK score of {n}.",
        "Competitive applicants typically present a Step 2 CK score of {n} or higher.",
        "The affiliated fellowship programs require a Step 2 CK score of {n} for appointment.",
    ),
    "trap:step1_average": (
        "The average Step 1 score of the residents currently in training is {n}.",
        "Matched applicants in the last three cycles reported a median Step 1 score of {n}.",
        "Prior to the transition of Step 1 to pass/fail reporting, the program required a Step 1 score of {n}.",
        "A Step 1 score of {n} or above is preferred.",
        "The Transitional Year program sponsored by the institution requires a Step 1 score of at least {n}.",
    ),
    "trap:letters_pref": (
        "Letters from physicians practicing in the United States are strongly encouraged.",
        "Preference is given to applications that include a letter from a U.S. faculty member in the specialty.",
        "Competitive applicants typically submit at least one letter from a U.S. academic physician.",
        "Prior to 2021, the department required two letters from U.S. physicians.",
        "Letters from U.S. physicians familiar with the applicant's clinical work carry particular weight.",
    ),
    "trap:other_program": (
        "The institution's Transitional Year program, which is administered separately, appoints {n} residents annually and applies its own eligibility criteria.",
        "The department's ACGME-accredited fellowships together appoint {n} fellows per year; their requirements are set out in separate policies.",
        "Preliminary surgery positions offered by the Department of Surgery under a separate NRMP program code number {n} per year and are not governed by this page.",
        "The Department of Medicine's categorical program, which has its own selection committee, appoints {n} interns each year.",
        "An affiliated community-based program, which participates in the Match separately, offers {n} positions annually.",
    ),
    "trap:past_policy": (
        "Prior to 2022, the program required all international applicants to hold ECFMG certification when they applied.",
        "Before the 2021 recruitment season, the department sponsored H-1B visas for categorical residents.",
        "Until the transition of Step 1 to pass/fail reporting, the program applied a numerical Step 1 screen to all applications.",
        "In recruitment cycles before 2020, applicants were required to have completed three months of U.S. clinical experience.",
        "Between 2016 and 2019, the program limited eligibility to applicants within five years of graduation.",
    ),
    "trap:applicant_stats": (
        "During the most recent recruitment cycle, the department interviewed {n} applicants.",
        "Of the applications received last year, {n} were submitted by international medical graduates.",
        "The program received an average of {n} applications per categorical position over the past three cycles.",
        "The department has graduated {n} residents since its initial accreditation.",
        "Last year the program's rank order list contained {n} applicants.",
    ),
    "trap:general_rule": (
        "Under the NRMP All-In Policy, programs participating in the Main Residency Match must register and attempt to fill all positions through the Match.",
        "ECFMG, not the department, determines whether an applicant's medical school meets the eligibility requirements for ECFMG certification.",
        "The NRMP Match Participation Agreement binds applicants and programs to the results of the Match.",
        "J-1 Exchange Visitor physicians are subject to the two-year home-country physical presence requirement under federal law.",
        "ERAS, rather than the program, transmits USMLE transcripts at the applicant's request.",
    ),
    "trap:subject_to_change": (
        "The requirements set out on this page are subject to change; the GME Eligibility and Selection Policy in effect on the date of appointment shall govern.",
        "This page is provided for information only and does not form part of any contract of appointment.",
        "Eligibility criteria are reviewed annually by the Program Evaluation Committee and may be revised without notice.",
        "In the event of a conflict between this page and the institutional GME policies, the institutional policies shall prevail.",
    ),
    "trap:inquiry": (
        "Does the department consider applicants who have completed graduate medical training outside the United States?",
        "Will the Selection Committee consider an application submitted after the ERAS deadline?",
        "May an applicant request review of an eligibility determination?",
        "Can observership experience be substituted for hands-on U.S. clinical experience?",
    ),
}
# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visa sponsorship (GME policy)", "J-1 (ECFMG) only; H-1B not sponsored"),
    "visa:both": ("Visa sponsorship (GME policy)", "J-1 and H-1B sponsored"),
    "visa:none": ("Visa sponsorship (GME policy)", "No visa category sponsored"),
    "visa:j1_yes": ("J-1 Exchange Visitor sponsorship", "Provided"),
    "visa:h1b_no": ("H-1B petitions", "Not filed by the institution"),
    "usce:months": ("U.S. clinical experience (minimum)", "{n} months"),
    "usce:zero": ("U.S. clinical experience (minimum)", "Not required"),
    "usce:unstated": ("U.S. clinical experience (minimum)", "Required; duration not specified"),
    "step1:n": ("USMLE Step 1 minimum score", "{n}"),
    "step1:none": ("USMLE Step 1 minimum score", "No minimum established"),
    "step2:n": ("USMLE Step 2 CK minimum score", "{n}"),
    "step2:none": ("USMLE Step 2 CK minimum score", "No minimum established"),
    "step2:pct": ("USMLE Step 2 CK minimum score", "{p}th percentile"),
    "comlex:n": ("COMLEX-USA Level 2-CE minimum score", "{n}"),
    "comlex:none": ("COMLEX-USA Level 2-CE minimum score", "No minimum established"),
    "scores:both": ("Minimum USMLE scores (Step 1 / Step 2 CK)", "{a} / {b}"),
    "attempt:yes": ("Examination attempts", "First-attempt pass required on all Steps"),
    "attempt:step2": ("Examination attempts", "First-attempt pass required on Step 2 CK only"),
    "attempt:no": ("Examination attempts", "Additional attempts not disqualifying"),
    "yog:n": ("Maximum interval since graduation", "{n} years"),
    "yog:none": ("Maximum interval since graduation", "No limit applies"),
    "total": ("Approved resident complement", "{n}"),
    "trap:step2_average": ("Mean Step 2 CK score, residents appointed in the last five years", "{n}"),
    "trap:step1_average": ("Median Step 1 score, matched applicants", "{n}"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Which visa categories does the institution sponsor for resident appointments?",
    "img": "Are graduates of international medical schools eligible to apply?",
    "ecfmg": "By what date must ECFMG certification be obtained?",
    "usce": "Does the department require U.S. clinical experience?",
    "step1": "Has the department established a minimum USMLE Step 1 score?",
    "step2": "What Step 2 CK score does the department require?",
    "comlex": "How are COMLEX-USA scores treated in the selection process?",
    "scores": "What minimum examination scores apply?",
    "attempt": "Are applicants with a failed examination attempt eligible?",
    "yog": "Is eligibility limited by year of graduation?",
    "positions": "How many residents does the department appoint each year?",
    "total": "What is the program's approved complement?",
    "research_track": "Does the department offer a research track?",
    "prelim": "Are preliminary appointments available?",
    "us_letters": "Are letters of recommendation from U.S. physicians required?",
    "trap": "What does the Selection Committee look for in applicants?",
}
# fmt: on
