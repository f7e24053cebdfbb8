"""A fourteenth blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-26 (about 04:02-04:07 UTC) by a blind helper session, from its own knowledge
of how real US residency programs word their eligibility and application facts: the GME office
pages of large academic medical centres and the "Application Information" pages of internal
medicine, neurology, neurosurgery, orthopaedic surgery, obstetrics and gynecology and pathology
programs. It aims at long compound sentences that carry two facts joined by "and", "but" or
"while"; requirements given with their reason or an exception ("except for applicants who ...");
visas written with their full names or categories ("Exchange Visitor (J-1) visa sponsored through
ECFMG", "H-1B temporary worker status", "employment-based visas"); score floors written as ranges
of accepted scores, "at or above" and "not below"; graduation windows written as "within the last
N years" or "N calendar years"; positions written as "we match N categorical residents annually"
or "PGY-1 slots"; and traps that settle nothing: past interview and application counts, averages
of matched residents, the institution's fellowships and other programs, general NRMP and ECFMG
information, questions, and preferences ("preferred", "competitive applicants typically have").
All of it is invented demo data about no real program.

The author read only issue 11 (the fact contract: fact names and values, "preferences are not
requirements; averages of past applicants are not minimums"), ``demoweb/phrasings.py`` (the shape
of a set and the dev/held-out wordings, to avoid reusing them), ``demoweb/info.py`` (how a set is
drawn and rendered, the fields templates get and the truth values of ``demoweb.info._facts``),
``tests/test_demoweb_info.py`` (the structural checks a blind set must pass), the ``class_sizes``
field of ``demoweb/specialties.py`` and the first 45 lines of
``demoweb/phrasings_independent12.py`` (its docstring, for the provenance style). The author did
NOT read, grep, import or run the extraction rules (``extract/``), their tests
(``tests/test_facts*.py``, ``tests/facts_families.py``), any benchmark output
(``bench/results/``), git log messages, or the earlier blind sets
``demoweb/phrasings_independent*.py`` beyond that one docstring (nor the thirteenth, written at
the same time by another helper); did not run ``bench/facts.py`` or ``precedent facts``, and did
not run the extractor on any of these sentences: nothing here was tuned against the rules. It was
checked only structurally, by an ad-hoc script outside the repository: it imports, has every claim
of the dev set, every template and row formats with the fields ``demoweb.info`` passes and uses
only the fields the tests allow, no ECFMG deadline wording is inside another, no wording is a dev
or held-out one, and the value checks of ``tests/test_demoweb_info.py`` hold on pages rendered
from this set (by monkeypatching ``demoweb.info`` in that script). It has not been compared with
the earlier blind sets, so some wordings may repeat theirs.
"""

from __future__ import annotations

NAME = "independent14"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "ahead of the Match ranking deadline",
    "time of application": "by the date you submit your ERAS application",
    "start of residency": "before the July 1 start of training",
    "interview": "by your scheduled interview date",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": (),
    "time of application": ("as of the ERAS submission date", "when you apply to our program"),
    "start of residency": (
        "prior to beginning the PGY-1 year",
        "by the first day of residency orientation",
    ),
    "interview": ("before an interview invitation can be extended",),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 6-12 for another program, else
# 60-150 (counts of interviews and applications).
EXTRA_TRAPS = (
    ("trap:other_program", 0.25),
    ("trap:interviews", 0.25),
    ("trap:applications", 0.2),
    ("trap:general_info", 0.2),
    ("trap:ask", 0.15),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "Our GME office sponsors the Exchange Visitor (J-1) visa through ECFMG, but we are unable to sponsor H-1B temporary worker status.",
        "The only visa category we sponsor for residents is the ECFMG-sponsored J-1, and H-1B petitions are not filed for incoming residents.",
        "Non-citizen applicants who require sponsorship must train on a J-1 Exchange Visitor visa, as the hospital does not sponsor H-1B visas for trainees.",
        "Because the institution does not file H-1B petitions for residents, the J-1 visa sponsored by ECFMG is the sole option for applicants needing a visa.",
        "J-1 Exchange Visitor sponsorship through ECFMG is available, while H-1B temporary worker visas are not offered by this program.",
    ),
    "visa:both": (
        "Our institution sponsors the J-1 Exchange Visitor visa through ECFMG and also supports H-1B temporary worker status for eligible residents.",
        "Residents who need a visa may train on a J-1 sponsored by ECFMG or, if they have passed USMLE Step 3, on an H-1B.",
        "Both the Exchange Visitor (J-1) visa and H-1B temporary worker status are supported by the Office of Graduate Medical Education.",
        "We sponsor H-1B visas for residents who meet the Step 3 requirement, and J-1 visas through ECFMG for all other eligible international graduates.",
        "Visa sponsorship is available in both categories, J-1 (ECFMG Exchange Visitor) and H-1B (temporary worker).",
    ),
    "visa:none": (
        "The program is unable to sponsor J-1 or H-1B visas, and applicants must be US citizens, permanent residents or otherwise authorized to work in the United States.",
        "We do not sponsor Exchange Visitor (J-1) or H-1B temporary worker visas for residents.",
        "Because our hospital does not participate in visa sponsorship, applicants who would need a J-1 or H-1B visa to train are not eligible.",
        "Neither the J-1 nor the H-1B visa is sponsored by this institution for graduate medical education.",
        "We cannot sponsor any visa category for residency training, including the ECFMG J-1 and the H-1B.",
    ),
    "visa:j1_yes": (
        "Residents who are not US citizens or permanent residents may be sponsored on an Exchange Visitor (J-1) visa through ECFMG.",
        "The Office of Graduate Medical Education supports J-1 Exchange Visitor sponsorship for eligible international graduates.",
        "Applicants requiring a visa can train here on a J-1 visa sponsored by ECFMG.",
        "We support ECFMG sponsorship of the J-1 Exchange Visitor visa for residents who need one.",
        "J-1 visa holders sponsored through ECFMG are eligible to train in our program.",
    ),
    "visa:h1b_no": (
        "We are unable to support employment-based visas, including H-1B temporary worker status.",
        "The institution does not file H-1B petitions for residents in this program.",
        "H-1B temporary worker visas cannot be sponsored for residency training here.",
        "Our GME office does not sponsor the H-1B visa, regardless of whether the applicant has passed Step 3.",
        "Sponsorship for H-1B status is not available to incoming residents.",
    ),
    "img:yes": ("Graduates of international medical schools are eligible to apply and are reviewed on the same criteria as US graduates.", "We welcome applications from international medical graduates, and each one receives a full review by the selection committee.", "Our program has a long tradition of training international medical graduates and continues to accept their applications.", "Applications from IMGs are accepted through ERAS in the same way as those from US graduates.", ),
    "img:no": (
        "The program accepts applications only from graduates of LCME- or AOA-accredited schools in the United States, and international graduates are not considered.",
        "We are not able to accept applications from graduates of medical schools outside the United States and Canada.",
        "Because of institutional policy, international medical graduates are not eligible for our residency.",
        "Only applicants from US MD and DO schools are eligible; we do not review applications from international medical graduates.",
        "International medical graduates, including US citizens who attended medical school abroad, are ineligible to apply to this program.",
    ),
    "ecfmg": ("ECFMG certification must be complete {by}, and a copy of the certificate must be on file with the GME office.", "Applicants who graduated outside the United States and Canada must be certified by ECFMG {by}.", "We require ECFMG certification {by} for every graduate of an international medical school, without exception.", "Full ECFMG certification (Step 1, Step 2 CK and the OET Medicine test) is mandatory {by}.", ),
    "usce:months": (
        "A minimum of {w} months of hands-on clinical experience in US hospitals is required, except for applicants who have completed a residency in the United States.",
        "Applicants must have at least {n} months of recent, hands-on US clinical experience; observerships and research do not count toward this requirement.",
        "We require {n} or more months of US clinical experience, and the experience must include direct patient care rather than observation.",
        "No applicant is ranked without at least {w} months of clinical work in a US teaching hospital.",
        "US clinical experience of {n} months or longer, such as sub-internships or externships, is a requirement for international graduates.",
    ),
    "usce:zero": (
        "US clinical experience is not a prerequisite for application, and observerships are neither required nor weighted.",
        "Applicants are not required to have completed any clinical rotations in the United States.",
        "We do not require US clinical experience, although applicants who have it may describe it in their personal statement.",
        "There is no US clinical experience requirement for international graduates applying to our program.",
        "Prior clinical training in the United States is not needed to be considered for an interview.",
    ),
    "usce:unstated": (
        "Hands-on clinical experience in a US hospital is required of all international medical graduates.",
        "Applicants must have completed clinical rotations in the United States, and observerships alone do not meet this requirement.",
        "US clinical experience is mandatory for applicants who trained outside the United States, except for those already in a US residency.",
        "Documented US clinical experience involving direct patient care is required of every applicant.",
        "Some direct patient care experience in the US health care system is a requirement for an interview.",
    ),
    "step1:n": (
        "Applicants with a numeric Step 1 score must have scored at or above {n}.",
        "A USMLE Step 1 score not below {n} is required for an interview.",
        "We consider Step 1 scores in the range of {n} and higher, and applications with lower scores are not reviewed.",
        "Our minimum for USMLE Step 1 is {n}, except for applicants who took the exam after it became pass/fail.",
        "The selection committee reviews applicants whose Step 1 score is {n} or above.",
    ),
    "step1:none": (
        "We do not apply a minimum Step 1 score, since the exam is now reported as pass/fail.",
        "No Step 1 score threshold is used when applications are screened.",
        "Applications are reviewed regardless of the Step 1 score.",
        "There is not a Step 1 minimum for our program.",
        "The program has no required Step 1 score, and pass/fail results are reviewed like any other.",
    ),
    "step2:n": (
        "Applicants must have a Step 2 CK score at or above {n}.",
        "We review applicants whose Step 2 CK score falls between {n} and 300.",
        "A Step 2 CK score not below {n} is required, and the score must be released before we can offer an interview.",
        "For Step 2 CK, the lowest score we consider is {n}.",
        "We screen applications at a Step 2 CK score of {n}, and applicants below that score are not offered interviews.",
    ),
    "step2:none": (
        "We do not set a minimum Step 2 CK score, and every application is read in full.",
        "Step 2 CK scores are not subject to a fixed cutoff.",
        "There is no Step 2 CK threshold for an interview invitation.",
        "Applicants are considered regardless of their Step 2 CK score.",
        "The program has not adopted a minimum Step 2 CK score.",
    ),
    "step2:pct": ("Applicants must have a Step 2 CK score at or above the {p}th percentile of first-time US and Canadian examinees.", "We require a Step 2 CK result not below the {p}th percentile nationally, and this applies to MD, DO and international applicants alike.", "Our screening floor for Step 2 CK is the {p}th percentile.", "A Step 2 CK score in or above the {p}th percentile is needed to be invited for an interview.", ),
    "comlex:n": (
        "Osteopathic applicants who submit COMLEX-USA instead of USMLE must have a Level 2-CE score at or above {n}.",
        "We accept COMLEX-USA Level 2-CE scores of {n} and higher.",
        "DO applicants need a COMLEX Level 2-CE score not below {n}, and taking the USMLE is encouraged but optional.",
        "The minimum COMLEX-USA Level 2 Cognitive Evaluation score we consider is {n}.",
        "For COMLEX-USA Level 2-CE, scores below {n} are not reviewed.",
    ),
    "comlex:none": (
        "We do not require a minimum COMLEX-USA score, and DO applicants need not take the USMLE.",
        "There is no COMLEX Level 2-CE threshold for osteopathic applicants.",
        "COMLEX-USA scores are accepted without a minimum, and there is no need to also submit USMLE scores.",
        "Osteopathic applicants are reviewed regardless of their COMLEX score.",
        "The program has not set a COMLEX cutoff.",
    ),
    "scores:both": ("We require USMLE Step 1 at or above {a}, while Step 2 CK must be at or above {b}.", "Step 1 scores not below {a} and Step 2 CK scores not below {b} are required for an interview.", "Our screening floors are {a} for USMLE Step 1 and {b} for Step 2 CK, except for applicants with a pass/fail Step 1, who are screened on Step 2 CK alone.", ),
    "attempt:yes": (
        "Applicants must have passed each USMLE or COMLEX examination on the first attempt.",
        "Every USMLE Step must be passed on the first attempt, with no exceptions.",
        "Any failed attempt on a USMLE Step makes an applicant ineligible for our program.",
        "Applicants with a failure on any part of the USMLE or COMLEX sequence are not eligible.",
        "All board examinations, Step 1 and Step 2 CK included, must have been passed on the initial attempt.",
    ),
    "attempt:step2": (
        "Step 2 CK must be passed on the first attempt, while a single Step 1 failure is reviewed in context.",
        "We require a first-attempt pass on Step 2 CK, but an earlier Step 1 failure does not by itself exclude an applicant.",
        "Applicants must pass Step 2 CK on their first attempt, and this requirement does not apply to Step 1.",
        "Only Step 2 CK must be passed in a single attempt.",
        "A Step 2 CK passed on anything other than the first attempt is disqualifying, although we consider applicants who needed more than one attempt at Step 1.",
    ),
    "attempt:no": (
        "Applicants who needed more than one attempt on a USMLE Step are still considered, and we ask them to explain the circumstances in their personal statement.",
        "A prior exam failure does not disqualify an applicant, provided every Step has since been passed.",
        "We review applicants with multiple attempts on Step 1 or Step 2 CK on a case-by-case basis.",
        "Passing on the first attempt is not required for any USMLE or COMLEX examination.",
        "Repeat attempts on licensing examinations are not an automatic bar to an interview.",
    ),
    "yog:n": (
        "Applicants must have graduated from medical school within the last {n} years, except for those who have been in continuous clinical practice since graduation.",
        "No more than {w} years may have passed between medical school graduation and the start of residency.",
        "We consider graduates from the last {n} calendar years only.",
        "Graduation from medical school must have occurred {n} or fewer years before the application cycle.",
        "Applicants who are more than {w} years past graduation are not eligible, unless they have completed US residency training since then.",
    ),
    "yog:none": (
        "There is no time limit since graduation for applicants to our program.",
        "We do not restrict eligibility by year of medical school graduation.",
        "Applicants are eligible regardless of how long ago they graduated from medical school.",
        "No graduation-date cutoff applies, although a gap in clinical activity should be explained in the application.",
        "The year in which an applicant graduated is not used to screen applications.",
    ),
    "positions:n": (
        "We match {n} categorical {noun} annually.",
        "The number of categorical PGY-1 slots we fill each year is {n}.",
        "Each year the program takes {n} categorical {noun} through the NRMP Match.",
        "Our categorical class is made up of {w} {noun} per year.",
        "The GME office has approved {n} categorical {noun} per training year.",
    ),
    "positions:range": (
        "We match between {a} and {b} categorical residents annually, depending on funding.",
        "The program fills {a} to {b} PGY-1 slots each year.",
        "Our incoming categorical class ranges from {a} to {b} residents a year.",
        "Depending on the year, {a} or {b} categorical residents start in July.",
        "Each Match cycle we take {a}-{b} categorical interns, with the exact number set by the GME office.",
    ),
    "home:positions": (
        "Each year {n} categorical {noun} begin training in our program at a large academic medical center.",
        "Our program welcomes {w} new categorical {noun} every summer.",
        "With {n} PGY-1 {noun} a year, our program keeps a close-knit academic community.",
        "A class of {w} categorical {noun} is selected each year from medical schools across the country.",
        "We train {n} new {noun} annually in a university hospital setting.",
    ),
    "total": ("Across all training years, the program has {n} residents.", "Our residency currently has a complement of {n} residents.", "The total residency complement approved by the ACGME is {n}.", "Including all PGY levels, {n} residents train in our department.", ),
    "research_track": (
        "Residents interested in academic careers may apply to our physician-scientist research pathway, which includes protected research time.",
        "The program offers a research track with a dedicated period of laboratory or clinical research.",
        "A dedicated research track is available for residents who plan careers in academic medicine.",
        "Our residency includes a research track that combines clinical training with mentored investigation.",
        "Residents may enter an investigator track with protected time for research during training.",
    ),
    "prelim": (
        "In addition to categorical positions, we match {n} preliminary {noun} for a one-year PGY-1.",
        "The department also appoints {n} one-year preliminary {noun} each year.",
        "{W} preliminary {noun} will be appointed for a single PGY-1 year alongside our categorical class.",
        "Preliminary positions are also available, {n} in each Match cycle.",
        "The number of preliminary PGY-1 positions we offer each year is {n}.",
    ),
    "us_letters": (
        "At least two of the three required letters of recommendation must be written by physicians practicing in the United States.",
        "One letter of recommendation must come from a US physician who has supervised you clinically.",
        "We require letters of recommendation from US faculty, and letters from abroad alone are not sufficient.",
        "Applicants must submit at least one letter from a physician licensed in the United States.",
        "Your letters of recommendation must include at least one from a US attending physician.",
    ),
    "trap:usce_pref": (
        "Competitive applicants typically have recent hands-on clinical experience in US hospitals.",
        "Clinical experience in the United States is highly valued by our selection committee.",
        "We look favorably on applicants who have completed US sub-internships or externships.",
        "Hands-on US clinical experience strengthens an application considerably.",
        "Most of our international residents completed clinical rotations in US teaching hospitals before applying.",
    ),
    "trap:ecfmg_pref": (
        "Applicants who are already ECFMG certified when they apply are looked upon favorably.",
        "We prefer that international graduates hold ECFMG certification early in the interview season.",
        "Having ECFMG certification in hand at the time of ranking gives an applicant an advantage.",
        "Early completion of ECFMG certification is a plus.",
        "Competitive international applicants typically have finished ECFMG certification before ERAS opens.",
    ),
    "trap:yog_pref": ("Competitive applicants typically graduated from medical school recently.", "We give priority to candidates with recent clinical activity and a recent graduation date.", "Graduates of the last five years are preferred.", "Recent medical school graduates tend to be the most competitive in our applicant pool.", ),
    "trap:step2_average": ("The average Step 2 CK score of our matched residents over the past three years was {n}.", "Competitive applicants typically have Step 2 CK scores around {n}.", "Interviewed applicants last season had a median Step 2 CK score of {n}, and our matched class was similar.", "Most of our matched residents scored above {n} on Step 2 CK.", ),
    "trap:step1_average": (
        "Our matched residents had an average Step 1 score of {n} before the exam became pass/fail.",
        "The median Step 1 score of our senior residents is {n}.",
        "Applicants we interviewed last year averaged {n} on Step 1.",
        "Competitive applicants typically have Step 1 scores near {n}.",
        "Over the last five Match cycles, our residents' Step 1 scores averaged {n}.",
    ),
    "trap:letters_pref": (
        "Letters from US physicians who know your clinical work are especially helpful.",
        "We prefer at least one letter from a US faculty member.",
        "Competitive applicants typically include letters from attending physicians in the United States.",
        "A letter from a US program director or department chair carries particular weight.",
        "Letters written by US physicians are given extra weight in our review.",
    ),
    "trap:other_program": (
        "Our institution's {n} fellowship programs set their own eligibility and visa policies, which are described on their own pages.",
        "The affiliated community hospital residency, which matches {n} interns a year, has separate application requirements.",
        "Our sister transitional year program takes {n} residents each year and is described on its own website.",
        "The department's {n} clinical fellowships recruit through their own application process, not through this residency.",
        "Applicants to the {n} subspecialty fellowships at our medical center should consult each fellowship directly about visas and scores.",
    ),
    "trap:interviews": (
        "Last season we interviewed {n} applicants for our categorical positions.",
        "Over the past cycle, our program conducted {n} virtual interviews.",
        "We expect to extend about {n} interview invitations this year.",
        "Our selection committee interviewed {n} candidates in the most recent Match.",
        "Roughly {n} applicants were invited to interview in the last recruitment season.",
    ),
    "trap:applications": ("We receive roughly {n} applications for each categorical position.", "Last year the program received more than {n} applications per position through ERAS.", "Applications to our program have averaged {n} per available spot over the last few cycles.", ),
    "trap:general_info": (
        "The NRMP's Charting Outcomes in the Match reports are a useful guide to how applicants with different scores fare.",
        "ECFMG sponsors J-1 physicians nationally on behalf of the US Department of State, and more information is available on the ECFMG website.",
        "Information on the ECFMG certification pathways and the OET Medicine requirement is available at ecfmg.org.",
        "The NRMP Main Residency Match is governed by the Match Participation Agreement, which every applicant accepts on registering.",
        "General questions about ERAS tokens and document uploads should be directed to ECFMG or the AAMC.",
    ),
    "trap:ask": (
        "Unsure whether your exam history or graduation year makes you eligible? Please email the program coordinator before applying.",
        "Have questions about visa sponsorship? Our GME office is happy to help.",
        "Wondering whether observerships count as US clinical experience? Contact us and we will advise you.",
        "Do you meet our score requirements? Our coordinator can answer questions about your individual situation.",
    ),
}
# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visa categories sponsored", "Exchange Visitor (J-1) only; no H-1B"),
    "visa:both": ("Visa categories sponsored", "J-1 (ECFMG) and H-1B temporary worker"),
    "visa:none": ("Visa categories sponsored", "No J-1 or H-1B sponsorship"),
    "visa:j1_yes": ("J-1 Exchange Visitor sponsorship", "Available through ECFMG"),
    "visa:h1b_no": ("H-1B temporary worker sponsorship", "Not available"),
    "img:yes": ("Graduates of international medical schools", "Eligible to apply"),
    "usce:months": ("Hands-on US clinical experience", "At least {n} months"),
    "usce:zero": ("Hands-on US clinical experience", "Not required"),
    "usce:unstated": ("Hands-on US clinical experience", "Required"),
    "step1:n": ("USMLE Step 1 floor", "{n} or above"),
    "step2:n": ("USMLE Step 2 CK floor", "{n} or above"),
    "step2:none": ("USMLE Step 2 CK floor", "Not applied"),
    "step2:pct": ("USMLE Step 2 CK floor", "{p}th percentile or above"),
    "comlex:n": ("COMLEX-USA Level 2-CE floor", "{n} or above"),
    "comlex:none": ("COMLEX-USA Level 2-CE floor", "No floor"),
    "positions:n": ("Categorical PGY-1 slots per year", "{n}"),
    "positions:range": ("Categorical PGY-1 slots per year", "{a} to {b}"),
    "prelim": ("Preliminary PGY-1 slots per year", "{n}"),
    "trap:step2_average": ("Mean Step 2 CK of matched residents (past 3 years)", "{n}"),

}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Which visa categories does the GME office support for residents?",
    "img": "Are graduates of international medical schools eligible?",
    "ecfmg": "By when do international graduates need ECFMG certification?",
    "usce": "How much US clinical experience do applicants need?",
    "step1": "How is my Step 1 result used in screening?",
    "step2": "What Step 2 CK score does the program look for?",
    "comlex": "Can osteopathic applicants submit COMLEX-USA scores?",
    "scores": "What USMLE scores are needed for an interview?",
    "attempt": "Are applicants with an exam failure considered?",
    "yog": "Do you accept older graduates?",
    "positions": "How many residents do you match each year?",
    "total": "How many residents train in the program altogether?",
    "research_track": "Are there opportunities for a research pathway?",
    "prelim": "Does the department offer preliminary PGY-1 positions?",
    "us_letters": "What are the requirements for letters of recommendation?",
    "trap": "What makes an application stand out?",
}
# fmt: on
