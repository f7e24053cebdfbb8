"""A sixth blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-25 (about 20:50 UTC) by a blind helper session, from its own knowledge of how
real US residency program websites ("Eligibility", "How to Apply", "FAQ" pages of internal
medicine, neurosurgery, dermatology and other programs) word their eligibility and application
facts. The author read only ``demoweb/phrasings.py`` (the shape of a set and the dev/held-out
wordings, to avoid reusing them), ``demoweb/info.py`` (how a set is drawn and rendered, what it
reads from a blind set, and the truth values of ``demoweb.info._facts``), issue 11 (the fact
contract), the SPLITS part of ``bench/facts.py``, ``tests/test_demoweb_info.py`` (the structural
checks a blind set must pass) and the 20-line docstring of ``demoweb/phrasings_independent5.py``
(for its provenance style). The author did NOT read, grep or run the extraction rules
(``extract/``), their tests (``tests/test_facts*.py``), any benchmark output, or the earlier blind
sets ``demoweb/phrasings_independent*.py`` beyond that docstring, and did not run the extractor
on any of these sentences: nothing here was tuned against the rules.

Afterwards the lead removed, by a script that compared strings and without reading the rules,
every wording an earlier set already had (those were no longer blind: the rules had been tuned on
the earlier sets): 21 templates, 9 table rows and 3 ECFMG deadline wordings. Where a deadline's
main wording was one of them, one of its other wordings took its place.

Every sentence states its claim's value plainly to a human reader and states nothing else; traps
settle nothing about the program's own policy (preferences, encouragement, averages and medians
of past applicants or residents, interview and application counts, another program's numbers).
Fields as in :mod:`demoweb.phrasings`: ``{n}``, ``{w}``/``{W}``, ``{a}``/``{b}``, ``{p}``,
``{by}``, ``{noun}``. All programs, people and numbers on these pages are fictional.
"""

from __future__ import annotations

NAME = "independent6"

# ECFMG deadline: canonical value → this set's main wording, and further wordings drawn alike.
# No wording is inside another, so a sentence names one deadline only.
ECFMG_BY: dict[str, str] = {
    "rank order list deadline": "no later than the NRMP rank order list deadline",
    "time of application": "upon submission of your ERAS application",
    "start of residency": "before residency training begins",
    "interview": "by your scheduled interview day",
}
ECFMG_BY_ALSO: dict[str, tuple[str, ...]] = {
    "rank order list deadline": (
        "before our rank list is submitted to the NRMP",
        "prior to the Match ranking deadline",
    ),
    "time of application": (),
    "start of residency": (
        "no later than the first day of PGY-1 training",
        "before the beginning of the PGY-1 year",
    ),
    "interview": ("before the day of your interview",),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 6-12 for
# ``trap:other_program`` and 60-150 for the others (see ``demoweb.info._extra_traps``).
EXTRA_TRAPS: tuple[tuple[str, float], ...] = (
    ("trap:interviews", 0.25),
    ("trap:applications", 0.2),
    ("trap:ranked", 0.15),
    ("trap:other_program", 0.2),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "The J-1 visa, sponsored through ECFMG, is the only visa our program supports.",
        "We sponsor the J-1 clinical visa but not the H-1B.",
        "Residents who require a visa are sponsored on a J-1 only.",
        "H-1B sponsorship is not available; residents who need a visa train here on an "
        "ECFMG-sponsored J-1.",
        "Our GME office sponsors J-1 physicians exclusively and does not file H-1B petitions.",
    ),
    "visa:both": (
        "Our hospital will sponsor either an H-1B or a J-1 visa for matched residents who need one.",
        "Both the J-1 (through ECFMG) and the H-1B are available to our residents.",
        "We are able to sponsor H-1B visas in addition to ECFMG J-1 visas.",
        "Visa options for incoming residents include sponsorship of the J-1 and of the H-1B.",
        "The institution files H-1B petitions and also supports J-1 sponsorship through ECFMG.",
    ),
    "visa:none": (
        "Our program does not sponsor J-1, H-1B or any other visas.",
        "We are unable to provide visa sponsorship for residents.",
        "Applicants requiring visa sponsorship cannot be considered, as the institution does "
        "not sponsor visas.",
        "Neither J-1 nor H-1B visa sponsorship is offered.",
        "Visa sponsorship is not provided by our institution.",
    ),
    "visa:j1_yes": (
        "Residents who need a J-1 visa are sponsored through ECFMG.",
        "Our institution sponsors the ECFMG J-1 exchange visitor visa.",
        "J-1 sponsorship is offered to matched residents who require it.",
        "We provide J-1 visa sponsorship.",
        "The J-1 visa is supported by our GME office.",
    ),
    "visa:h1b_no": (
        "Our institution does not sponsor H-1B visas for residents.",
        "H-1B visa sponsorship is unavailable.",
        "We cannot sponsor the H-1B temporary worker visa.",
        "Please note that H-1B visas are not supported by our program.",
        "The GME office will not file H-1B petitions for residents.",
    ),
    "img:yes": ("We welcome applications from international medical graduates (IMGs).", "Our program considers IMG applicants.", "International medical graduates may apply and are reviewed alongside U.S. graduates.", "Both U.S. and international medical graduates are considered for our positions.", ),
    "img:no": (
        "Our program does not accept applications from international medical graduates.",
        "IMGs are not eligible for our residency.",
        "We only accept graduates of LCME-accredited or AOA-accredited U.S. medical schools.",
        "Applications from graduates of foreign medical schools will not be reviewed.",
        "International medical graduates are not considered for our positions.",
    ),
    "ecfmg": ("Applicants who graduated outside the United States must be ECFMG-certified {by}.", "ECFMG certification has to be complete {by}.", "We require ECFMG certification {by}.", ),
    "usce:months": (
        "Applicants must have completed a minimum of {w} months of clinical experience in the "
        "United States.",
        "{W} months of U.S. clinical experience (USCE) are required.",
        "At least {n} months of hands-on USCE, such as sub-internships or clerkships, is required "
        "to apply.",
        "We require {n} or more months of direct patient care in a U.S. clinical setting.",
        "Candidates are required to have at least {w} months of U.S.-based clinical experience.",
    ),
    "usce:zero": ("Applicants with no U.S. clinical experience are still eligible.", "USCE is not mandatory for our program.", "There is no U.S. clinical experience requirement.", ),
    "usce:unstated": (
        "Some hands-on clinical experience in the United States is required.",
        "Candidates must have completed U.S. clinical experience.",
        "U.S. clinical experience is mandatory for all applicants.",
        "Hands-on USCE is a requirement for application.",
        "Applicants are required to have U.S. clinical experience.",
    ),
    "step1:n": ("Our minimum score for Step 1 is {n}.", "We do not consider applicants with a Step 1 score lower than {n}.", "A Step 1 score of at least {n} is needed to be considered.", "Only applicants scoring {n} or higher on Step 1 will be reviewed.", ),
    "step1:none": ("No Step 1 cutoff is used in screening applications.", "There is not a minimum score requirement for Step 1.", "Applications are reviewed regardless of Step 1 score.", "Our program does not set a minimum Step 1 score.", ),
    "step2:n": ("Applicants need a Step 2 CK score of {n} or higher.", "We do not review applications with a Step 2 CK score below {n}.", "The Step 2 CK score must be at least {n}.", "Our program requires a score of {n} or above on USMLE Step 2 CK.", ),
    "step2:none": ("There is no Step 2 CK score cutoff for our program.", "Applications are considered regardless of Step 2 CK score.", "Our program does not set a Step 2 CK threshold.", ),
    "step2:pct": ("We require a USMLE Step 2 CK score at or above the {p}th percentile.", "A Step 2 CK score in the {p}th percentile or higher is required.", "Step 2 CK scores below the {p}th percentile are not considered.", "The minimum Step 2 CK performance we accept is the {p}th percentile.", ),
    "comlex:n": (
        "Osteopathic applicants must have a COMLEX-USA Level 2-CE score of at least {n}.",
        "The minimum COMLEX Level 2 CE score for DO applicants is {n}.",
        "We require COMLEX Level 2-CE scores of {n} or higher.",
        "A COMLEX Level 2-CE score below {n} will not be accepted.",
        "For osteopathic graduates, our COMLEX Level 2 cutoff is {n}.",
    ),
    "comlex:none": ("There is no minimum COMLEX-USA score requirement.", "We do not apply a COMLEX score cutoff.", "No minimum COMLEX Level 2-CE score is required.", "Our program has no COMLEX cutoff for osteopathic applicants.", ),
    "scores:both": (
        "Applicants must have a Step 1 score of at least {a} and a Step 2 CK score of at least {b}.",
        "Our minimum USMLE scores are {a} on Step 1 and {b} on Step 2 CK.",
        "We require scores of {a} or higher on Step 1 and {b} or higher on Step 2 CK.",
        "Minimum scores for consideration are {a} (Step 1) and {b} (Step 2 CK).",
        "Step 1 and Step 2 CK scores must be at least {a} and {b}, respectively.",
    ),
    "attempt:yes": ("Applicants must pass each USMLE or COMLEX examination on the first attempt.", "All board examinations must have been passed on the first try.", "Only first-attempt passes on USMLE Steps are accepted.", "Candidates with more than one attempt on any licensing exam are not eligible.", ),
    "attempt:step2": ("Applicants must pass Step 2 CK on their first attempt.", "Only a single attempt at Step 2 CK is accepted.", "Step 2 CK has to be passed on the first sitting.", "Passing Step 2 CK on the first attempt is required.", ),
    "attempt:no": (
        "Applicants who needed more than one attempt on a USMLE Step are still considered.",
        "A failed attempt on a board exam does not rule out an applicant.",
        "We do not require first-attempt passes.",
        "Multiple attempts on USMLE exams are not an automatic exclusion.",
        "Passing on the first attempt is not a requirement for our program.",
    ),
    "yog:n": ("We only consider applicants who graduated in the past {w} years.", "Applicants more than {w} years out of medical school are not eligible.", "Medical school graduation must have occurred no more than {n} years before the start "
        "of residency.", "Our graduation-year limit is {n} years.", ),
    "yog:none": ("We do not restrict applicants by year of graduation.", "There is no time limit since graduation for applicants.", "No maximum number of years since graduation applies.", "Our program has no year-of-graduation cutoff.", ),
    "positions:n": (
        "The number of categorical positions we offer each year is {n}.",
        "We recruit {n} {noun} annually through the NRMP Match.",
        "Each year our program takes {n} new {noun}.",
        "Our annual intern class consists of {w} {noun}.",
        "Each class is made up of {n} categorical {noun}.",
    ),
    "positions:range": (
        "Each year we accept {a} or {b} residents.",
        "Our incoming class ranges from {a} to {b} residents.",
        "We typically match between {a} and {b} categorical residents per year.",
        "The program takes {a} to {b} new interns annually.",
        "Class size varies from {a} to {b} residents each year.",
    ),
    "home:positions": ("Every year we welcome {n} new {noun} to the program.", "Our small program matches {w} {noun} each year.", "Our program welcomes a class of {w} {noun} every July.", "Each year's class of {n} {noun} trains across three teaching hospitals.", ),
    "total": ("Our program has a total of {n} residents.", "In total, {n} residents are currently training with us.", "All told, our resident complement is {n}.", ),
    "research_track": (
        "Residents may apply to our dedicated research track.",
        "The program includes a research pathway with protected research time.",
        "We have a research track for residents pursuing academic careers.",
        "An optional research track is available to interested residents.",
        "A physician-scientist research track is offered.",
    ),
    "prelim": (
        "We also take {n} preliminary {noun} each year.",
        "The number of preliminary positions offered is {n}.",
        "Our preliminary-year complement is {n}.",
        "In addition to our categorical residents, we have {w} preliminary {noun} per year.",
        "Alongside the categorical class, the program matches {n} preliminary {noun} annually.",
    ),
    "us_letters": (
        "At least one letter of recommendation must be from a physician in the United States.",
        "Two of your letters of recommendation must be written by U.S.-based physicians.",
        "We require letters of recommendation from physicians practicing in the U.S.",
        "Applicants must submit at least one letter from a U.S. clinical supervisor.",
        "Letters from U.S. faculty physicians are required.",
    ),
    "trap:usce_pref": ("Applicants with U.S. clinical experience will be given preference.", "We strongly encourage applicants to complete clinical rotations in the United States.", "Prior clinical work in a U.S. hospital makes for a stronger application.", "USCE is looked upon favorably.", ),
    "trap:ecfmg_pref": ("Preference is given to applicants who already hold ECFMG certification.", "Having your ECFMG certificate in hand when you apply strengthens your application.", "ECFMG-certified applicants are given priority in interview selection.", "It is advantageous to be ECFMG certified before the interview season.", ),
    "trap:yog_pref": (
        "Preference is given to applicants who graduated recently.",
        "We prefer candidates who are within three years of graduation.",
        "Recent graduation is viewed favorably.",
        "Applicants with continuous clinical activity since graduation are preferred.",
        "Most of our residents graduated within the past two years.",
    ),
    "trap:step2_average": (
        "The mean Step 2 CK score of our last matched class was {n}.",
        "Our current PGY-1 class averaged {n} on USMLE Step 2 CK.",
        "Recent interns have had Step 2 CK scores averaging around {n}.",
        "The median Step 2 CK score of applicants we interviewed last year was {n}.",
        "Matched applicants in recent years scored a mean of {n} on Step 2 CK.",
    ),
    "trap:step1_average": (
        "Our residents' average USMLE Step 1 score is {n}.",
        "The average Step 1 score among our interviewees was {n}.",
        "Successful applicants have typically scored around {n} on Step 1.",
        "Last year's matched class had a median Step 1 score of {n}.",
        "Step 1 scores of our current residents average {n}.",
    ),
    "trap:letters_pref": (
        "We prefer that at least one letter come from a U.S. physician.",
        "Letters from physicians who have supervised you in the U.S. are particularly helpful.",
        "Letters written by U.S. faculty are valued.",
        "Letters from U.S. clinicians carry additional weight in our review.",
        "We encourage applicants to include a letter from an American physician.",
    ),
    # Traps only this set has (EXTRA_TRAPS).
    "trap:interviews": (
        "We interview approximately {n} applicants each season.",
        "Last year, {n} applicants were invited to interview.",
        "Interview invitations are extended to roughly {n} candidates.",
        "Our program typically hosts about {n} interviews per cycle.",
    ),
    "trap:applications": (
        "Last cycle we received over {n} applications for each position.",
        "The program typically receives more than {n} applications per available spot.",
        "On average, {n} applications are submitted for each of our positions.",
    ),
    "trap:ranked": (
        "We usually rank about {n} applicants in the Match.",
        "Our rank order list typically includes around {n} candidates.",
        "Approximately {n} applicants were ranked last year.",
    ),
    "trap:other_program": (
        "Our affiliated family medicine residency, a separate program, accepts {n} residents "
        "per year.",
        "The transitional year program at our partner hospital, which has its own application, "
        "requires {n} months of U.S. clinical experience.",
        "The internal medicine residency at our sister hospital, which is not part of our "
        "program, has {n} positions per year.",
        "For comparison, the largest program in our region matches {n} residents annually.",
    ),
}
# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visa types sponsored", "J-1 (no H-1B)"),

    "visa:none": ("Visa types sponsored", "None offered"),
    "visa:j1_yes": ("J-1 visa sponsorship", "Available"),
    "visa:h1b_no": ("H-1B visa sponsorship", "Not available"),
    "img:yes": ("Graduates of international medical schools", "Eligible"),
    "img:no": ("Graduates of international medical schools", "Ineligible"),
    "ecfmg": ("ECFMG certificate", "Needed {by}"),

    "usce:zero": ("U.S. clinical experience", "Not needed"),
    "usce:unstated": ("U.S. clinical experience", "Required (no set length)"),




    "step2:pct": ("USMLE Step 2 CK minimum", "{p}th percentile or above"),
    "comlex:n": ("COMLEX-USA Level 2-CE minimum", "{n}"),
    "comlex:none": ("COMLEX-USA Level 2-CE minimum", "No cutoff"),
    "scores:both": ("Score minimums (Step 1 / Step 2 CK)", "{a} / {b}"),
    "attempt:yes": ("USMLE/COMLEX attempts", "First-attempt passes only"),
    "attempt:step2": ("USMLE/COMLEX attempts", "First attempt required on Step 2 CK"),
    "attempt:no": ("USMLE/COMLEX attempts", "More than one attempt accepted"),

    "yog:none": ("Years since graduation", "No restriction"),
    "positions:n": ("Categorical PGY-1 positions per year", "{n}"),
    "positions:range": ("Categorical PGY-1 positions per year", "{a} or {b}"),
    "total": ("Total residents (all years)", "{n}"),
    "research_track": ("Research track", "Offered"),


    "trap:step2_average": ("Mean Step 2 CK, current residents", "{n}"),
    "trap:step1_average": ("Median Step 1, recent matches", "{n}"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Can your program sponsor my visa?",
    "img": "Are international medical graduates eligible?",
    "ecfmg": "By when do I need to be ECFMG certified?",
    "usce": "Do I need clinical experience in the United States?",
    "step1": "Do you have a USMLE Step 1 cutoff?",
    "step2": "What is the minimum Step 2 CK score you consider?",
    "comlex": "Is there a COMLEX score requirement for DO applicants?",
    "scores": "What board scores are required?",
    "attempt": "Can I apply if I failed a USMLE Step?",
    "yog": "Do you have a year-of-graduation requirement?",
    "positions": "How many residents do you match each year?",
    "total": "How many residents are in the program overall?",
    "research_track": "Is there a dedicated research pathway?",
    "prelim": "Do you have preliminary-year positions?",
    "us_letters": "Do I need letters from physicians in the US?",
    "trap": "What makes an applicant competitive here?",
}
# fmt: on
