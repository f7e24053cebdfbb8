"""A twelfth blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-26 (about 03:24-03:40 UTC) by a blind helper session, from its own knowledge
of how real US residency program websites word their eligibility and application facts: university
internal medicine, neurosurgery, emergency medicine, obstetrics and gynecology and anesthesiology
programs, their "Eligibility Requirements" bullet lists, institutional GME policy text and FAQ
answers that restate the question's subject. It aims at prose that gives a requirement with its
rationale ("Because of institutional policy, ..."), policy-manual phrasing ("per GME policy",
"Candidates are expected to"), numbers as words and digits, visa names written "J-1 (ECFMG
Exchange Visitor)" and "H-1B temporary worker", score floors as "passing score no lower than N",
graduation windows written as "the year of graduation may be no earlier than N years before",
and traps that talk about interviews, past classes, other programs and general ECFMG information
without settling this program's policy. All of it is invented demo data about no real program.

The author read only issue 11 (the fact contract: fact names and values, "preferences are not
requirements; averages of past applicants are not minimums"), ``demoweb/phrasings.py`` (the shape
of a set and the dev/held-out wordings, to avoid reusing them), ``demoweb/info.py`` (how a set is
drawn and rendered, the fields templates get and the truth values of ``demoweb.info._facts``),
``tests/test_demoweb_info.py`` (the structural checks a blind set must pass), the ``class_sizes``
field of ``demoweb/specialties.py`` and the first 45 lines of
``demoweb/phrasings_independent11.py`` (its docstring, for the provenance style). The author did
NOT read, grep, import or run the extraction rules (``extract/``), their tests
(``tests/test_facts*.py``, ``tests/facts_families.py``), any benchmark output
(``bench/results/``), git log messages, or the earlier blind sets
``demoweb/phrasings_independent*.py`` beyond that one docstring; did not run ``bench/facts.py``
or ``precedent facts``, and did not run the extractor on any of these sentences: nothing here was
tuned against the rules. It was checked only structurally, by an ad-hoc script outside the
repository (it imports, has every claim of the dev set, every template and row formats with the
fields ``demoweb.info`` passes, no ECFMG deadline wording is inside another, no wording is a dev
or held-out one, and the value checks of ``tests/test_demoweb_info.py`` hold on pages rendered
from this set by monkeypatching ``demoweb.info`` in that script). It has not been compared with the earlier blind sets, so some wordings may
repeat theirs.

The lead then wired it into ``demoweb/info.py`` and removed, by a script that compared strings and
without reading the rules, every wording an earlier blind set already had (no longer blind: the
rules had been tuned on the earlier sets): 19 templates and 12 table rows; three ECFMG deadlines
whose main wording an earlier set had take their first other wording instead.
"""

from __future__ import annotations

NAME = "independent12"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "before programs certify their rank lists in February",
    "time of application": "as of the date your ERAS application is received",
    "start of residency": "no later than new-resident orientation in June",
    "interview": "ahead of your interview day",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": ("ahead of our rank list submission to the NRMP", ),
    "time of application": ("at the point of applying", ),
    "start of residency": ("prior to beginning PGY-1 training", ),
    "interview": (
        "no later than the day you interview",
        "before your scheduled interview date",
    ),
}

# Traps only this set has: (claim, share of programs that carry it). Each gets a number {n}.
EXTRA_TRAPS = (
    ("trap:interviewed", 0.25),
    ("trap:applications", 0.2),
    ("trap:other_program", 0.15),
    ("trap:ecfmg_info", 0.2),
)

# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "Because of institutional policy, we sponsor J-1 visas only.",
        "The J-1 (ECFMG Exchange Visitor) visa is the only visa our GME office sponsors; "
        "H-1B petitions are not filed.",
        "Non-citizen residents train on the ECFMG-sponsored J-1 visa; the hospital does not "
        "sponsor the H-1B.",
        "Per GME policy, the J-1 is the sole visa category we sponsor for residents.",
        "Visa support for this residency is restricted to J-1 sponsorship through ECFMG.",
    ),
    "visa:both": (
        "Our GME office sponsors J-1 visas and, for eligible candidates, H-1B temporary worker "
        "visas.",
        "Residents may train on either J-1 or H-1B sponsorship at this institution.",
        "Both the J-1 (ECFMG) and the H-1B visa are sponsored by the department.",
        "We provide sponsorship for H-1B visas in addition to ECFMG J-1 visas.",
        "Visa sponsorship: the hospital sponsors both J-1 and H-1B visas for incoming "
        "residents.",
    ),
    "visa:none": (
        "Because of institutional policy, we cannot sponsor J-1 or H-1B visas.",
        "This residency does not sponsor any visas, J-1 or H-1B.",
        "Candidates must already hold U.S. work authorization, as the hospital sponsors no "
        "visas of any category.",
        "Per GME policy, neither J-1 nor H-1B visa sponsorship is available for our residents.",
        "The department offers no visa sponsorship, including J-1 and H-1B.",
    ),
    "visa:j1_yes": (
        "Our residents can train on J-1 visas sponsored through ECFMG.",
        "The institution sponsors the J-1 (ECFMG Exchange Visitor) visa for residents.",
        "J-1 visa sponsorship is provided to matched residents who need it.",
        "We sponsor the ECFMG J-1 visa for qualified candidates.",
        "Per GME policy, J-1 visas are sponsored for incoming residents.",
    ),
    "visa:h1b_no": (
        "Because of institutional policy, we do not sponsor H-1B visas.",
        "The hospital does not file H-1B petitions for residents.",
        "H-1B temporary worker visas are not sponsored by this residency.",
        "Per GME policy, residents cannot be sponsored on an H-1B visa.",
        "We are unable to offer H-1B visa sponsorship.",
    ),
    "img:yes": ("We welcome applications from graduates of medical schools outside the United States.", "IMGs are eligible to apply to our residency.", "The program considers international medical graduates for all categorical positions.", "Graduates of international medical schools may apply to this residency.", ),
    "img:no": (
        "Because of institutional policy, international medical graduates are not eligible for "
        "this residency.",
        "We only accept applicants from LCME-accredited or COCA-accredited schools in the United "
        "States.",
        "International medical graduates are not accepted by this program.",
        "The residency does not consider applications from IMGs.",
        "Graduates of medical schools outside the United States are ineligible to apply.",
    ),
    "ecfmg": ("International graduates must be ECFMG certified {by}.", "Per GME policy, an ECFMG certificate is required {by}.", "Because of institutional policy, IMGs need full ECFMG certification {by}.", "Candidates from international schools are expected to have ECFMG certification {by}.", ),
    "usce:months": ("A minimum of {w} ({n}) months of hands-on U.S. clinical experience is required.", "Candidates are expected to have completed {n} months or more of U.S. clinical "
        "rotations.", "Per GME policy, IMGs need {w} months of US clinical experience to be eligible.", "Because we value familiarity with U.S. hospitals, we require {n} months of hands-on U.S. "
        "clinical experience.", ),
    "usce:zero": ("We do not require any U.S. clinical experience.", "Applicants without U.S. clinical experience are still eligible; it is not a "
        "requirement.", "No US clinical experience is needed for an application to be considered.", "Clinical experience in the United States is not a prerequisite for this residency.", ),
    "usce:unstated": ("Hands-on U.S. clinical experience is required of all IMG applicants.", "US clinical experience is a requirement for international graduates.", "Per GME policy, U.S. clinical experience is mandatory for IMGs.", "Candidates are required to have clinical experience in a U.S. hospital.", ),
    "step1:n": ("Our minimum Step 1 score is {n}.", "Per GME policy, a Step 1 score of {n} or above is required to be considered.", "USMLE Step 1: minimum score of {n} required.", "We do not review applications with a Step 1 score under {n}.", ),
    "step1:none": ("We do not have a minimum USMLE Step 1 score.", "There is no Step 1 score requirement for our residency.", "Step 1 scores are not screened against any minimum.", "Applicants are not excluded on the basis of a Step 1 score.", ),
    "step2:n": (
        "Applicants must have a USMLE Step 2 CK score no lower than {n}.",
        "Our minimum Step 2 CK score is {n}.",
        "Per GME policy, a Step 2 CK score of {n} or above is required to be considered.",
        "USMLE Step 2 CK: minimum score of {n} required.",
        "We do not review applications with a Step 2 CK score under {n}.",
    ),
    "step2:none": (
        "We do not have a minimum USMLE Step 2 CK score.",
        "No Step 2 CK cutoff is used in screening applications.",
        "There is no Step 2 CK score requirement for our residency.",
        "Step 2 CK scores are not screened against any minimum.",
        "Applicants are not excluded on the basis of a Step 2 CK score.",
    ),
    "step2:pct": ("Our minimum Step 2 CK score is the {p}th percentile nationally.", "Per GME policy, a Step 2 CK result at the {p}th percentile or higher is required.", "USMLE Step 2 CK: minimum at the {p}th percentile.", "We do not review applications with a Step 2 CK below the {p}th percentile.", ),
    "comlex:n": (
        "Osteopathic applicants must have a COMLEX Level 2-CE score no lower than {n}.",
        "Our minimum COMLEX-USA Level 2-CE score is {n}.",
        "Per GME policy, DO applicants need a COMLEX Level 2-CE of {n} or above.",
        "COMLEX Level 2-CE: minimum score of {n} required.",
        "We do not review DO applications with a COMLEX Level 2-CE score under {n}.",
    ),
    "comlex:none": (
        "We do not have a minimum COMLEX score.",
        "No COMLEX cutoff is used in screening osteopathic applicants.",
        "There is no COMLEX score requirement for DO applicants.",
        "COMLEX scores are not screened against any minimum.",
        "DO applicants are not excluded on the basis of a COMLEX score.",
    ),
    "scores:both": ("Applicants need a Step 1 score of at least {a} and a Step 2 CK score of at least {b}.", "Per GME policy, we require Step 1 of {a} or higher and Step 2 CK of {b} or higher.", "Score requirements: USMLE Step 1 no lower than {a}; Step 2 CK no lower than {b}.", "We do not review applications with Step 1 under {a} or Step 2 CK under {b}.", ),
    "attempt:yes": (
        "Applicants must pass each USMLE Step on the first attempt.",
        "Per GME policy, we only consider candidates who passed all licensing exams on the "
        "first attempt.",
        "Any failed attempt on a USMLE or COMLEX exam makes an applicant ineligible.",
        "First-attempt passes on every Step are required.",
        "Because of institutional policy, all board exams must have been passed on the first "
        "try.",
    ),
    "attempt:step2": ("Step 2 CK must have been passed on the first attempt.", "Per GME policy, a first-attempt pass on USMLE Step 2 CK is required.", "Applicants must have passed Step 2 CK in a single attempt.", "Candidates who failed Step 2 CK on their first attempt are not eligible.", ),
    "attempt:no": ("Applicants with a prior exam failure are still considered.", "A failed USMLE attempt does not by itself exclude a candidate.", "We review applicants who needed more than one attempt on a Step.", ),
    "yog:n": (
        "Applicants must have graduated from medical school no more than {n} years ago.",
        "Per GME policy, the year of graduation may be no earlier than {n} years before the "
        "start of residency.",
        "We consider graduates of the past {w} years only.",
        "Candidates must be within {n} years of their medical school graduation.",
        "Because of institutional policy, graduates more than {w} years out are not eligible.",
    ),
    "yog:none": ("We do not have a year-of-graduation limit.", "There is no cutoff on time since medical school graduation.", "Graduation date does not affect eligibility for our residency.", "No limit is placed on years since graduation.", ),
    "positions:n": ("Each class has {n} categorical PGY-1 {noun}.", "Our residency takes {n} new {noun} in every Match.", "Every year, {n} categorical {noun} start in the program.", ),
    "positions:range": (
        "Each year we recruit {a} to {b} categorical residents.",
        "The residency matches {a}-{b} residents annually.",
        "We have {a} or {b} PGY-1 categorical positions in each class.",
        "Our residency takes {a}–{b} new residents in every Match.",
        "Every year, the program fills between {a} and {b} categorical positions.",
    ),
    "home:positions": (
        "Each year we welcome {n} new {noun} to our department.",
        "Our residency matches {n} {noun} every year.",
        "{W} categorical {noun} join our department each year.",
        "We recruit {n} {noun} a year into a close-knit residency.",
        "With {n} {noun} per class, our residency stays small and supportive.",
    ),
    "total": ("There are {n} residents in the program across all training years.", "In all, the department trains {n} residents at any time.", "The program has {w} residents in all.", "Total residents: {n} across all years.", ),
    "research_track": (
        "Our residency offers a research track with dedicated protected time.",
        "Residents may apply to the physician-scientist research track.",
        "A research pathway is available for residents interested in an academic career.",
        "We have a dedicated research track within the residency.",
        "The department offers a research track with a protected research year.",
    ),
    "prelim": (
        "We also have {n} preliminary positions each year.",
        "The residency offers {w} preliminary-year positions.",
        "{W} one-year preliminary positions are also available.",
        "In addition, we fill {n} preliminary positions annually.",
        "There are {n} preliminary slots in the program each year.",
    ),
    "us_letters": (
        "At least two of your letters must be from physicians in the United States.",
        "Per GME policy, two letters of recommendation must come from U.S. physicians.",
        "We require two letters of recommendation from U.S. physicians.",
        "Applicants must submit two letters written by U.S.-based physicians.",
        "Two letters of recommendation must be written by physicians who practice in the "
        "United States.",
    ),
    "trap:usce_pref": (
        "Applicants with U.S. clinical experience are preferred.",
        "U.S. clinical experience is preferred but not the only factor we weigh.",
        "We give preference to candidates who have done clinical rotations in U.S. hospitals.",
        "Prior hands-on experience in a U.S. hospital is looked upon favorably.",
        "Clinical rotations in the United States are helpful for applicants.",
    ),
    "trap:ecfmg_pref": (
        "Applicants who are already ECFMG certified are preferred.",
        "We give preference to candidates holding an ECFMG certificate.",
        "ECFMG certification early in the season is looked upon favorably.",
        "Having ECFMG certification in hand strengthens an application.",
        "Preference is given to IMGs who have completed ECFMG certification.",
    ),
    "trap:yog_pref": ("Applicants who graduated recently are preferred.", "We give preference to candidates who are close to graduation.", "Recent clinical activity is looked upon favorably.", "Recent graduation strengthens an application.", ),
    "trap:step2_average": ("Our current residents scored an average of {n} on Step 2 CK.", "Last cycle, our interviewed applicants averaged a Step 2 CK score of {n}.", "Past residents' Step 2 CK scores averaged about {n}.", "The average Step 2 CK score among matched residents was {n}.", ),
    "trap:step1_average": (
        "Our current residents scored an average of {n} on Step 1.",
        "The mean Step 1 score of our last matched class was {n}.",
        "Last cycle, our interviewed applicants averaged a Step 1 score of {n}.",
        "Past residents' Step 1 scores averaged about {n}.",
        "The average Step 1 score among matched residents was {n}.",
    ),
    "trap:letters_pref": (
        "Letters from U.S. physicians are preferred.",
        "We give preference to applicants whose letters come from U.S. physicians.",
        "A letter from a U.S. physician is looked upon favorably.",
        "Letters written by physicians in the United States strengthen an application.",
        "Preference is given to letters from U.S. clinical supervisors.",
    ),
    "trap:interviewed": (
        "Last season we interviewed about {n} applicants.",
        "We interviewed roughly {n} candidates in the last cycle.",
        "Around {n} applicants were invited to interview last year.",
        "Approximately {n} interviews were held during the most recent season.",
        "Our interview days last year included about {n} applicants.",
    ),
    "trap:applications": ("We receive over {n} applications for every position.", "Roughly {n} applications arrive for each spot in our class.", "Our residency sees about {n} applicants for every position offered.", "Each year there are more than {n} applications per position.", ),
    "trap:other_program": (
        "The separate transitional-year program at our affiliate hospital, which is not part "
        "of this residency, accepts {n} interns.",
        "A different residency at our partner hospital takes {n} interns a year; it has its own "
        "application.",
        "Our sister program across town, which is a separate program, matches {n} interns.",
        "The affiliated community hospital runs its own program with {n} interns per year.",
        "The hospital's separate family medicine residency, with its own rules, has {n} "
        "interns a year.",
    ),
    "trap:ecfmg_info": (
        "Over {n} countries are represented among ECFMG certificate holders nationwide.",
        "ECFMG has certified graduates from more than {n} countries.",
        "Information about ECFMG certification is available from ECFMG, which serves graduates "
        "of over {n} countries.",
        "ECFMG certificate holders come from more than {n} countries.",
        "Graduates from over {n} countries apply for ECFMG certification each year.",
    ),
}
# Table rows: claim → (label, value).
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visa types sponsored", "J-1 (ECFMG) only; no H-1B"),
    "visa:both": ("Visa types sponsored", "J-1 (ECFMG) and H-1B"),
    "visa:none": ("Visa types sponsored", "None (no J-1 or H-1B)"),
    "usce:months": ("Minimum hands-on US clinical experience", "{n} months"),
    "usce:zero": ("Minimum hands-on US clinical experience", "Not required"),
    "attempt:yes": ("Pass on first attempt", "Required"),
    "yog:n": ("Years since graduation (maximum)", "{n} years"),


        "trap:step2_average": ("Step 2 CK average of current residents", "{n}"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "What visa types does the program sponsor?",
    "img": "Are international medical graduates eligible?",
    "ecfmg": "By when must ECFMG certification be done?",
    "usce": "Is hands-on US clinical experience needed?",
    "step1": "Does the program have a Step 1 minimum?",
    "step2": "Does the program have a Step 2 CK minimum?",
    "comlex": "How are COMLEX scores reviewed?",
    "scores": "What USMLE scores does the program require?",
    "attempt": "Does a failed exam attempt affect eligibility?",
    "yog": "Is there a limit on years since graduation?",
    "positions": "How many residents does the program match per year?",
    "total": "How many residents are in the program in total?",
    "research_track": "Does the residency have a research track?",
    "prelim": "Does the residency have preliminary positions?",
    "us_letters": "Must letters come from physicians in the United States?",
    "trap": "What did recent application cycles look like?",
}
# fmt: on
