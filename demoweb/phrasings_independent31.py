"""A thirty-first blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-27 (about 08:20-08:35 UTC) by a blind helper session, from its own knowledge
of how US teaching hospitals' international offices write their visa and eligibility pages for
international medical graduates. The voice is an international office's page, dense with
immigration detail: the J-1 Exchange Visitor route through ECFMG (the DS-2019, the Statement of
Need, the two-year home-residency rule of INA 212(e), J-1 waivers), the H-1B (cap-exempt
petitions, the I-129 and the I-797 approval notice, USMLE Step 3 before the petition, "H-1B
transfer" from another employer), green-card holders, U.S. citizens who trained abroad, EAD
holders and asylees, and the statuses that are neither J-1 nor H-1B (F-1 OPT, O-1, TN for
Canadians, E-3 for Australians). Requirements come with their conditions and exceptions ("even
for applicants who have passed Step 3", "whatever the applicant's citizenship"), negations ("the
program sponsors no visas", "a failed attempt will not on its own exclude you"), and floors as
"no lower than", "under N ... will not be reviewed" or "the lowest score we will consider".
Traps settle nothing: descriptions of visa law and of what ECFMG or USCIS require, processing
times and fees, other visa types handled case by case, links to immigration counsel, averages
of matched residents, and preferences ("viewed favorably", "carry particular weight"). All of it
is invented demo data about no real program.

The author read only issue 11 (``/tmp/share/issue11.md``: the fact contract, fact names and
values, "preferences are not requirements; averages of past applicants are not minimums"),
``demoweb/phrasings.py`` (the shape of a set and the dev/held-out wordings, to avoid reusing
them), ``demoweb/info.py`` (how a set is drawn and rendered, the fields templates get and the
truth values of ``demoweb.info._facts``), ``tests/test_demoweb_info.py`` (the structural checks a
blind set must pass), the ``class_sizes`` field of ``demoweb/specialties.py`` and the first 70
lines of ``demoweb/phrasings_independent14.py`` (its docstring and the shape of ``ECFMG_BY`` and
``EXTRA_TRAPS``). The author did NOT read, grep, import or run the extraction rules
(``extract/``), their tests (``tests/test_facts*.py``, ``tests/facts_families.py``),
``bench/`` or any benchmark output, git log or diffs, or any other blind set
``demoweb/phrasings_independent*.py`` beyond those 70 lines (nor the thirty-second, written at
the same time by another helper); did not run ``bench/facts.py`` or ``precedent facts``, and
did not run the extractor on any of these sentences: nothing here was tuned against the rules.
It was checked only structurally, by an ad-hoc script outside the repository: it imports, has every
claim of the dev set with three to five distinct wordings, every template and row formats with the
fields ``demoweb.info`` passes and uses only the fields the tests allow, no ECFMG deadline wording
is inside another or inside any other template of this set, no wording is a dev or held-out one, no
wording, row or deadline is shared with another blind set (compared through ``demoweb.info.BLIND``
by counts only, never reading their text), and the value checks of ``tests/test_demoweb_info.py``
hold on pages rendered from this set (by monkeypatching ``demoweb.info`` in that script, so that
about 175 held-out programs of a 3000-program web used it). Ten items that first collided with
another blind set (two wordings, seven rows, one deadline) were reworded before the set was handed
over.

As handed over the set had 154 wordings for 42 claims, under the average of four a claim that
``tests/test_demoweb_info.py`` asks of the later sets. On 2026-11-27 a second blind author, under
the same reading limits (issue 11, ``demoweb/phrasings.py``, ``demoweb/info.py``,
``tests/test_demoweb_info.py`` and this file only; no extraction rules, their tests, ``bench/``,
git history or other blind sets' text, and no extractor run on any sentence), added one wording
in the same voice to each of sixteen claims that had three, stating exactly the claim's truth with
the fields its other templates use: 170 wordings for 42 claims now, three to five a claim.
"""

from __future__ import annotations

NAME = "independent31"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "before the residency certifies its rank order list with the NRMP",
    "time of application": "on the day your ERAS application reaches us",
    "start of residency": "before the first day of the training year",
    "interview": "before we can extend an interview offer",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": (
        "ahead of our NRMP rank-list certification",
        "no later than the date our ranking goes to the NRMP",
    ),
    "time of application": (
        "at the moment you apply through ERAS",
        "as part of the initial ERAS submission",
    ),
    "start of residency": (
        "ahead of the July 1 appointment date",
        "in time for new-intern orientation",
    ),
    "interview": (
        "in advance of your interview day",
        "prior to any interview with our faculty",
    ),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 60-150 (days).
EXTRA_TRAPS = (
    ("trap:visa_law", 0.3),
    ("trap:processing_time", 0.3),
    ("trap:other_visas", 0.25),
    ("trap:fees", 0.2),
    ("trap:counsel", 0.2),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "Residents who need a visa are sponsored exclusively in J-1 Exchange Visitor status "
        "through ECFMG, which issues the DS-2019; the program does not petition for H-1B status.",
        "The only visa route this program supports is the ECFMG-sponsored J-1; H-1B petitions, "
        "including H-1B transfers from another institution, are not filed.",
        "J-1 yes, H-1B no: ECFMG sponsorship of the J-1 is the single pathway open to trainees "
        "who are not U.S. citizens or permanent residents.",
        "We support the J-1 clinical visa alone and cannot accept an H-1B, even where the "
        "applicant has already passed USMLE Step 3.",
        "If you require visa sponsorship, plan on a J-1 through ECFMG, the one category our "
        "institution sponsors for residents.",
    ),
    "visa:both": (
        "Both the ECFMG-sponsored J-1 and the cap-exempt H-1B are available to residents who "
        "need sponsorship.",
        "Depending on eligibility, the international office will either request a DS-2019 from "
        "ECFMG for J-1 status or file an I-129 petition for cap-exempt H-1B status.",
        "Our institution files H-1B petitions for residents, with the I-797 approval in hand "
        "before the start date, in addition to supporting ECFMG J-1 sponsorship.",
        "Visa-requiring residents may train on a J-1 or, if they have passed USMLE Step 3 before "
        "the petition is filed, on an H-1B that the institution sponsors.",
        "Sponsorship is offered in two categories: J-1 (through ECFMG) and H-1B.",
    ),
    "visa:none": (
        "This program cannot sponsor any visa category, J-1 or H-1B; applicants must already "
        "hold work authorization, such as U.S. citizenship, permanent residence or an "
        "unrestricted EAD.",
        "No visa sponsorship of any kind is provided, so neither a DS-2019 request to ECFMG nor "
        "an H-1B petition will be made on your behalf.",
        "We do not sponsor J-1 or H-1B visas, and we are unable to take over sponsorship from "
        "another institution.",
        "Applicants who would need a J-1, an H-1B or any other sponsored status cannot be "
        "considered, because the program sponsors no visas.",
    ),
    "visa:j1_yes": (
        "Residents who are not U.S. citizens or permanent residents may train on a J-1 Exchange "
        "Visitor visa sponsored by ECFMG.",
        "The program supports ECFMG J-1 sponsorship; once you match, the international office "
        "submits your DS-2019 request to ECFMG.",
        "J-1 clinical sponsorship through ECFMG is available to matched applicants.",
        "Matched applicants can be sponsored for J-1 status, with ECFMG acting as the sponsor "
        "of record.",
    ),
    "visa:h1b_no": (
        "The institution does not file H-1B petitions for residents, whether new, cap-exempt or "
        "an H-1B transfer.",
        "H-1B status is not an option here: we will not petition for it, even for applicants who "
        "have passed Step 3.",
        "Please do not request H-1B sponsorship; the program is unable to provide it.",
        "The program does not sponsor H-1B visas, so no I-129 petition or I-797 approval will be "
        "pursued on a resident's behalf.",
    ),
    "img:yes": (
        "Graduates of international medical schools, whether foreign nationals or U.S. citizens "
        "who trained abroad, are eligible to apply.",
        "Applications from international medical graduates are accepted; permanent residents, "
        "asylees with an EAD and U.S. citizens who graduated abroad all apply as IMGs.",
        "The residency accepts IMGs each cycle, regardless of citizenship.",
        "Being an international medical graduate does not, by itself, make you ineligible here.",
    ),
    "img:no": (
        "Graduates of medical schools outside the United States are not eligible for this "
        "residency, and this includes U.S. citizens and permanent residents who trained abroad.",
        "The program accepts only graduates of LCME-accredited or AOA-accredited U.S. schools; "
        "international medical graduates cannot be considered.",
        "IMG applications are not accepted, whatever the applicant's citizenship or visa status.",
        "We are not in a position to consider IMGs, including those with a green card, an EAD or "
        "asylee status.",
    ),
    "ecfmg": (
        "IMG applicants must hold a valid ECFMG certificate {by}.",
        "Your ECFMG certification has to be complete {by}, with no exceptions for pending exam "
        "results.",
        "International graduates are expected to be fully ECFMG certified {by}.",
        "ECFMG certification, not merely passing scores on file, is required {by}.",
        "Applicants who are not yet ECFMG certified {by} will not move forward.",
    ),
    "usce:months": (
        "At least {n} months of hands-on clinical experience in U.S. hospitals is required; "
        "observerships and research do not count toward it.",
        "IMGs need {w} months or more of U.S. clinical experience, in externships or "
        "sub-internships with direct patient care, to be considered.",
        "We require a minimum of {n} months of USCE, completed in an accredited U.S. teaching "
        "hospital.",
        "Applicants lacking {n} months of direct U.S. patient care experience are screened out, "
        "regardless of visa type.",
        "U.S. clinical experience is mandatory, and it must total no less than {w} months.",
    ),
    "usce:zero": (
        "U.S. clinical experience is not a prerequisite; IMGs without any USCE are reviewed like "
        "everyone else.",
        "You do not need hands-on clinical experience in the United States to apply.",
        "No minimum amount of U.S. clinical experience is required for eligibility.",
        "We have no USCE requirement for international applicants.",
    ),
    "usce:unstated": (
        "Some hands-on U.S. clinical experience is required of every IMG applicant.",
        "International graduates must have completed clinical work in a U.S. healthcare setting "
        "before applying.",
        "Direct patient-care experience in the United States is a requirement; observerships "
        "alone do not satisfy it.",
        "USCE is mandatory for all applicants who trained outside the United States.",
    ),
    "step1:n": (
        "A USMLE Step 1 score of less than {n} does not meet the program's minimum.",
        "Applicants need at least {n} on Step 1 to be reviewed.",
        "Our Step 1 floor is {n}, and it applies to every applicant alike.",
        "The lowest Step 1 score we will consider is {n}.",
    ),
    "step1:none": (
        "Step 1 carries no minimum score requirement here.",
        "We do not set a Step 1 cutoff, whether your result is numeric or pass/fail.",
        "No Step 1 threshold is used in screening.",
        "Step 1 results are not screened against any minimum score, for U.S. graduates "
        "and IMGs alike.",
    ),
    "step2:n": (
        "A Step 2 CK score of {n} or above is needed to be considered.",
        "The program will not review applicants whose Step 2 CK score is under {n}.",
        "We use a Step 2 CK minimum of {n} for every applicant, visa holder or not.",
        "Step 2 CK must be passed with a score no lower than {n}.",
    ),
    "step2:none": (
        "Step 2 CK scores are not held to any minimum.",
        "We do not apply a minimum Step 2 CK score when screening.",
        "No Step 2 CK cutoff applies to any applicant, whatever their citizenship.",
        "There is no Step 2 CK floor here, for citizens, green-card holders and "
        "visa-requiring IMGs alike.",
    ),
    "step2:pct": (
        "A Step 2 CK result at the {p}th percentile or higher is required of every applicant.",
        "We screen out Step 2 CK scores below the {p}th percentile of U.S. and Canadian test "
        "takers.",
        "The Step 2 CK minimum is set at the {p}th percentile rather than a fixed score.",
        "Step 2 CK scores must reach the {p}th percentile; below it, an application is not "
        "reviewed, whatever the applicant's visa status.",
    ),
    "comlex:n": (
        "For osteopathic applicants, the COMLEX Level 2-CE minimum is {n}.",
        "COMLEX Level 2-CE scores under {n} are not considered.",
        "We accept COMLEX in place of USMLE, provided the Level 2-CE score is {n} or higher.",
        "Osteopathic graduates applying with COMLEX must present a Level 2-CE score of at "
        "least {n}.",
    ),
    "comlex:none": (
        "COMLEX takers face no minimum score.",
        "We do not screen COMLEX Level 2-CE results against a cutoff.",
        "There is no COMLEX threshold for DO applicants.",
        "No COMLEX Level 2-CE minimum is applied to osteopathic applicants.",
    ),
    "scores:both": (
        "Applicants must have scored {a} or better on Step 1 and {b} or better on Step 2 CK.",
        "We require Step 1 of {a} or higher and Step 2 CK of {b} or higher, whatever the "
        "applicant's visa status.",
        "Score floors: {a} for USMLE Step 1, {b} for USMLE Step 2 CK.",
        "USMLE minimums apply to every applicant, citizen or visa holder: {a} on Step 1 and "
        "{b} on Step 2 CK.",
    ),
    "attempt:yes": (
        "Every USMLE Step must have been passed on the first try, including Step 3 if it has "
        "been taken.",
        "Applicants with a failed attempt on any USMLE examination are not eligible.",
        "Only first-attempt passes on USMLE are accepted.",
        "A single failure on any Step, even one later passed, makes an applicant ineligible.",
    ),
    "attempt:step2": (
        "Step 2 CK must be passed on a first attempt; earlier attempts on other Steps are not "
        "held against you.",
        "We insist on a first-attempt pass for Step 2 CK only.",
        "A single attempt at Step 2 CK is the limit; a Step 1 retake does not disqualify you.",
        "Only Step 2 CK has to have been passed on the first attempt; a repeated Step 1 does "
        "not affect eligibility.",
    ),
    "attempt:no": (
        "A failed USMLE attempt will not on its own exclude you from consideration.",
        "Applicants who needed more than one attempt on a Step remain eligible to apply.",
        "We consider candidates with repeat USMLE attempts.",
        "Multiple attempts are reviewed in context rather than screened out.",
    ),
    "yog:n": (
        "Applicants must be no more than {n} years past medical school graduation.",
        "Your medical degree must have been conferred within {w} years of the start of "
        "residency.",
        "Graduates of more than {n} years ago are not eligible, whatever their visa or "
        "green-card status.",
        "We consider only those who finished medical school in the past {n} years.",
    ),
    "yog:none": (
        "We place no limit on how long ago you graduated.",
        "Year of graduation does not affect eligibility, so older graduates who have since "
        "obtained permanent residence may apply.",
        "There is no cutoff on time since graduation.",
        "Applicants are considered regardless of their year of medical school graduation, "
        "including IMGs who spent years abroad before obtaining a green card.",
    ),
    "positions:n": (
        "The program matches {n} categorical first-year {noun} each year.",
        "We take {w} new PGY-1 {noun} per Match cycle.",
        "Each incoming class has {n} categorical {noun}.",
        "{W} categorical {noun} start with us each July through the Match.",
    ),
    "positions:range": (
        "Each year we match between {a} and {b} categorical residents.",
        "The incoming class ranges from {a} to {b} residents per year.",
        "We fill {a} to {b} first-year positions annually, depending on funding.",
        "Between {a} and {b} categorical residents join the program through the Match each "
        "year, in line with GME funding.",
    ),
    "home:positions": (
        "{W} new {noun} begin training with us every July.",
        "We welcome {n} first-year {noun} to the program annually.",
        "Our program brings in {n} PGY-1 {noun} each academic year.",
        "Every Match brings {n} new {noun} into our first-year class.",
    ),
    "total": (
        "Across all training years the program has {n} residents.",
        "The full complement is {n} residents, first year through graduating year.",
        "Altogether, {n} residents are in training here at any one time.",
        "The program trains {n} residents in all, counting every postgraduate year.",
    ),
    "research_track": (
        "A research track, with protected time for scholarly work, is part of the program.",
        "Residents may apply to the program's research track.",
        "We offer a research pathway for residents pursuing academic careers.",
        "Residents with academic ambitions can join a research track that sets aside "
        "protected time for scholarship.",
    ),
    "prelim": (
        "The program also fills {n} preliminary PGY-1 positions.",
        "In addition to categorical positions, {n} one-year preliminary spots are offered.",
        "{W} preliminary positions are available alongside the categorical class.",
        "Separate from the categorical track, {n} preliminary PGY-1 spots are filled each "
        "year.",
    ),
    "us_letters": (
        "At least two of your letters must be from physicians who practice in the United "
        "States.",
        "Letters of recommendation from U.S. physicians are required; letters from your home "
        "country may be added but cannot replace them.",
        "We require a minimum of one letter written by a U.S.-licensed physician who supervised "
        "you clinically.",
        "Applications without a letter from a physician in the U.S. are considered incomplete.",
    ),
    "trap:usce_pref": (
        "Hands-on U.S. clinical experience strengthens an IMG application considerably.",
        "We look favorably on applicants who have completed clinical rotations in U.S. "
        "hospitals.",
        "Most IMGs who match here have some U.S. clinical experience.",
        "U.S. clinical experience is highly desirable, particularly for applicants coming "
        "directly from abroad.",
    ),
    "trap:ecfmg_pref": (
        "Applicants who already hold their ECFMG certificate when they apply have an advantage "
        "in our review.",
        "We encourage IMGs to complete ECFMG certification as early in the season as they can.",
        "Early ECFMG certification is viewed favorably by the selection committee.",
        "Certification by ECFMG before the interview season is preferred but not required.",
    ),
    "trap:yog_pref": (
        "Recent graduates tend to be more competitive in our selection process.",
        "The selection committee favors applicants whose clinical training is current.",
        "We give preference to candidates who graduated recently or have remained clinically "
        "active since.",
    ),
    "trap:step2_average": (
        "Residents who matched here in recent cycles averaged {n} on Step 2 CK.",
        "The mean Step 2 CK score among our current first-year class is {n}.",
        "Our interviewed applicants last season had a median Step 2 CK of {n}.",
        "International graduates who matched here over the past three cycles averaged {n} "
        "on Step 2 CK.",
    ),
    "trap:step1_average": (
        "Our residents' Step 1 scores, from before pass/fail reporting, averaged {n}.",
        "Matched applicants in prior years had a mean Step 1 of {n}.",
        "The typical Step 1 score among recent interviewees was around {n}.",
        "Among residents now in training, the mean Step 1 score, where a numeric score was "
        "reported, is {n}.",
    ),
    "trap:letters_pref": (
        "Letters from physicians who supervised you in the United States carry particular "
        "weight.",
        "We value a letter from a U.S. clinical supervisor.",
        "Letters from U.S. physicians tend to be the most informative for our committee.",
    ),
    "trap:visa_law": (
        "Physicians on an ECFMG-sponsored J-1 are subject to the two-year home-country physical "
        "presence requirement of INA 212(e) once training ends.",
        "A J-1 waiver, for example through a Conrad 30 state program or an interested "
        "government agency, is a post-training matter between the physician and the employer.",
        "Under federal rules, a physician seeking H-1B status for graduate medical education "
        "must have passed all three USMLE Steps and hold a license or training permit.",
        "Cap-exempt H-1B petitions from universities and affiliated nonprofit hospitals are not "
        "subject to the annual lottery.",
        "ECFMG asks for a Statement of Need from the health ministry of the physician's country "
        "of nationality before it issues a DS-2019.",
    ),
    "trap:processing_time": (
        "ECFMG may need {n} days or more to review a complete J-1 sponsorship application.",
        "Consular visa appointment waits in some countries currently exceed {n} days.",
        "Regular USCIS processing of an H-1B petition can take {n} days or longer without "
        "premium processing.",
        "In a typical year about {n} days separate Match Day from the start of training, and "
        "every immigration step has to fit inside that window.",
    ),
    "trap:other_visas": (
        "Applicants in F-1 OPT, O-1, TN or E-3 status should contact the international office "
        "to discuss whether their status can cover residency training.",
        "TN status for Canadian citizens and E-3 status for Australian citizens are reviewed "
        "case by case with the institution's immigration counsel.",
        "F-1 graduates on optional practical training can sometimes begin residency on OPT, but "
        "OPT time is limited and may run out before training ends.",
        "O-1 extraordinary-ability status is occasionally used by physicians; it is neither a "
        "J-1 nor an H-1B and carries its own evidence standards.",
    ),
    "trap:fees": (
        "ECFMG charges its own fee for J-1 sponsorship, and the SEVIS I-901 fee is paid "
        "separately by the trainee.",
        "USCIS filing fees and the optional premium processing fee are published on the USCIS "
        "fee schedule and change from time to time.",
        "Who pays which immigration fee varies by institution and by visa category; ask the "
        "international office for the current breakdown.",
        "Visa application fees at a U.S. consulate abroad are set by the Department of State "
        "and are paid by the applicant at the time of the appointment.",
    ),
    "trap:counsel": (
        "The GME office cannot give individual immigration advice; applicants with complicated "
        "histories should consult a licensed immigration attorney.",
        "Links to independent immigration counsel are provided as a courtesy and imply no "
        "sponsorship commitment by the program.",
        "Nothing on this page is legal advice, and visa rules can change with federal "
        "regulations.",
    ),
}
# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visa pathways supported", "J-1 through ECFMG; no H-1B"),
    "visa:both": ("Visa pathways supported", "J-1 (ECFMG) and cap-exempt H-1B"),
    "visa:none": ("Visa pathways supported", "None; work authorization needed"),
    "visa:j1_yes": ("J-1 via ECFMG", "Supported"),
    "visa:h1b_no": ("H-1B petitions", "Not filed by the program"),
    "img:yes": ("Graduates of non-U.S. schools", "Eligible to apply"),
    "img:no": ("Graduates of non-U.S. schools", "Not eligible"),
    "ecfmg": ("ECFMG certificate must be held", "{by}"),
    "usce:months": ("Hands-on U.S. clinical experience", "{n} months minimum"),
    "usce:zero": ("Hands-on U.S. clinical experience", "Not needed"),
    "usce:unstated": ("Hands-on U.S. clinical experience", "Required (length unspecified)"),
    "step1:n": ("USMLE Step 1 floor", "{n}"),
    "step1:none": ("USMLE Step 1 floor", "Not set"),
    "step2:n": ("USMLE Step 2 CK floor", "{n}"),
    "step2:none": ("USMLE Step 2 CK floor", "No floor applied"),
    "step2:pct": ("USMLE Step 2 CK floor", "{p}th percentile nationally"),
    "comlex:n": ("COMLEX Level 2-CE floor", "{n}"),
    "comlex:none": ("COMLEX Level 2-CE floor", "Not screened"),
    "scores:both": ("USMLE floors, Step 1 then Step 2 CK", "{a}, then {b}"),
    "attempt:yes": ("USMLE attempts permitted", "One per Step; first-attempt passes only"),
    "attempt:step2": ("USMLE attempts permitted", "Step 2 CK must be a first-attempt pass"),
    "attempt:no": ("USMLE attempts permitted", "More than one considered"),
    "yog:n": ("Years since medical school graduation", "{n} at most"),
    "yog:none": ("Years since medical school graduation", "Not limited"),
    "positions:n": ("Categorical first-year slots per Match", "{n}"),
    "positions:range": ("Categorical first-year slots per Match", "{a}\u2013{b}"),
    "total": ("Residents on the roster, PGY-1 onward", "{n}"),
    "prelim": ("Preliminary first-year positions", "{n}"),
    "research_track": ("Research track with protected time", "Available"),
    "us_letters": ("Letters from U.S.-licensed physicians", "Required"),
    "trap:step2_average": ("Mean Step 2 CK, current first-year class", "{n}"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Which visa categories will the institution sponsor for residents?",
    "img": "I trained outside the United States. May I apply?",
    "ecfmg": "By when do I need my ECFMG certificate?",
    "usce": "Do I need hands-on clinical experience in the U.S.?",
    "step1": "Is a particular Step 1 result needed?",
    "step2": "What is the Step 2 CK floor?",
    "comlex": "How are COMLEX scores handled?",
    "scores": "Do you screen on USMLE scores?",
    "attempt": "Does a USMLE retake count against me?",
    "yog": "Does the year I graduated matter?",
    "positions": "How many first-year positions are filled each Match?",
    "total": "How many residents train here in total?",
    "research_track": "Is there a dedicated research pathway?",
    "prelim": "Does the program offer preliminary positions?",
    "us_letters": "Must my letters come from physicians in the U.S.?",
    "trap": "What else should applicants on a visa know?",
}
# fmt: on
