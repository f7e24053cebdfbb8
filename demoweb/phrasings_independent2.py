"""A second independent held-out phrasing set for program facts, written blind to the rules.

Written on 2026-11-25 by a helper session started for this purpose, from knowledge of how US
residency program websites word eligibility ("The program does not currently sponsor visas",
"USMLE Step 2 CK ≥ 230", "Graduates within the past five years"). The author did not read the
fact extraction rules (``extract/facts.py``, ``extract/patterns/facts*.jsonl``), their tests, the
first independent set (:mod:`demoweb.phrasings_independent`) or any earlier bench output or miss
list; only :mod:`demoweb.phrasings` and :mod:`demoweb.info` were read, for the shape of a set.
Nothing here may be tuned to the rules: a phrasing the rules miss is the finding, not a bug here.

Shape: the claims of :mod:`demoweb.phrasings` (the truth's values come from
:func:`demoweb.info._facts`), with the same fields, plus ``ECFMG_BY`` (canonical deadline → this
set's words) and ``EXTRA_TRAPS`` (claim, share): traps only this set has, which settle nothing
about the program (another program's or the institution's policy, applicant counts, questions).
"""

from __future__ import annotations

NAME = "independent2"

ECFMG_BY = {
    "rank order list deadline": "before the NRMP rank order list certification deadline",
    "time of application": "at the time the ERAS application is submitted",
    "start of residency": "before the residency start date",
    "interview": "before the interview date",
}

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "The program accepts J-1 visa holders sponsored by ECFMG but does not sponsor H-1B visas.",
        "Non-citizen applicants must be eligible for a J-1 visa, as the H-1B is not offered.",
        "International applicants who require a visa are sponsored exclusively through the J-1 "
        "Exchange Visitor program.",
        "H-1B visas are not available; the J-1 is the only visa we sponsor.",
    ),
    "visa:both": (
        "Both J-1 and H-1B visa sponsorship are available to qualified candidates.",
        "The institution sponsors H-1B visas (for applicants who have passed Step 3) as well as "
        "ECFMG J-1 visas.",
        "Applicants who need a visa may be sponsored for either the J-1 or the H-1B.",
        "We sponsor the following visas: J-1, H-1B.",
    ),
    "visa:none": (
        "The program does not currently sponsor visas.",
        "Applicants must be U.S. citizens, permanent residents, or hold an EAD, as no visa "
        "sponsorship is provided.",
        "We are not able to sponsor J-1 or H-1B visas.",
        "Visa sponsorship of any type is not available at this time.",
    ),
    "visa:j1_yes": (
        "J-1 visa sponsorship is offered through ECFMG.",
        "We are able to sponsor the J-1 visa.",
        "The hospital sponsors J-1 physicians.",
        "Residents requiring a J-1 visa are supported by our GME office.",
    ),
    "visa:h1b_no": (
        "The H-1B visa is not sponsored by this program.",
        "We cannot sponsor H-1B visas.",
        "H-1B sponsorship is unavailable.",
        "Please note that the program does not offer H-1B visas.",
    ),
    "img:yes": (
        "We welcome applications from graduates of international medical schools.",
        "IMGs are considered on the same basis as U.S. graduates.",
        "International medical graduates (IMGs) may apply.",
        "Our program accepts IMGs.",
    ),
    "img:no": (
        "International medical graduates are not eligible for this program.",
        "Applicants must have graduated from an LCME- or AOA-accredited medical school in the "
        "United States or Canada.",
        "We are not accepting applications from IMGs.",
        "IMGs will not be considered.",
    ),
    "ecfmg": (
        "IMGs must have a valid ECFMG certificate {by}.",
        "Applicants who graduated outside the U.S. are required to be ECFMG certified {by}.",
        "A valid ECFMG certificate is required {by}.",
        "International graduates should hold ECFMG certification {by}.",
    ),
    "usce:months": (
        "A minimum of {w} months of hands-on US clinical experience is required.",
        "Applicants are required to have at least {n} months of U.S. clinical experience "
        "(externships or hands-on rotations; observerships are not accepted).",
        "IMGs must have completed {w} or more months of clinical work in a U.S. hospital.",
        "At least {n} months of US clinical experience, such as sub-internships or externships, "
        "must be completed before applying.",
    ),
    "usce:zero": (
        "U.S. clinical experience is not required to apply.",
        "We do not require US clinical experience.",
        "There is no USCE requirement.",
        "Applicants are not required to have clinical experience in the United States.",
    ),
    "usce:unstated": (
        "Hands-on clinical experience in the US is required.",
        "Applicants are required to have US clinical experience.",
        "IMGs must have prior U.S. clinical experience (observerships do not count).",
        "Recent hands-on U.S. clinical experience is mandatory.",
    ),
    "step1:n": (
        "A USMLE Step 1 score of at least {n} is required.",
        "Applicants must have scored {n} or above on USMLE Step 1.",
        "Minimum score requirement: USMLE Step 1 ≥ {n} (for numerically scored exams).",
        "We require a minimum score of {n} on Step 1 of the USMLE.",
    ),
    "step1:none": (
        "We have no Step 1 score minimum.",
        "No minimum USMLE Step 1 score is required.",
        "There is no cutoff for Step 1.",
    ),
    "step2:n": (
        "Required: USMLE Step 2 CK ≥ {n}.",
        "Applicants are required to have a Step 2 CK score of {n} or higher.",
        "We only review applications with a USMLE Step 2 CK score of {n} or greater.",
        "Candidates must score at least {n} on Step 2 CK to be considered for an interview.",
    ),
    "step2:none": (
        "We do not have a minimum Step 2 CK score requirement.",
        "There is no Step 2 CK cutoff; applications are reviewed holistically.",
        "No minimum USMLE Step 2 CK score is required to apply.",
    ),
    "step2:pct": (
        "Applicants must score at or above the {p}th percentile on USMLE Step 2 CK.",
        "Step 2 CK scores should be at the {p}th percentile or higher.",
        "We require a Step 2 CK score at or above the national {p}th percentile.",
    ),
    "comlex:n": (
        "Osteopathic candidates are required to score at least {n} on COMLEX Level 2-CE.",
        "COMLEX-USA Level 2-CE ≥ {n} is required for osteopathic applicants.",
        "For DO graduates, the minimum COMLEX Level 2 score is {n}.",
        "We require a minimum COMLEX Level 2-CE score of {n}.",
    ),
    "comlex:none": (
        "No minimum COMLEX score is required.",
        "We do not set a COMLEX score minimum.",
        "There is no COMLEX cutoff for osteopathic applicants.",
    ),
    "scores:both": (
        "Minimum USMLE scores: Step 1 ≥ {a}, Step 2 CK ≥ {b}.",
        "Applicants must have scored at least {a} on Step 1 and {b} on Step 2 CK.",
        "We require USMLE scores of {a} or higher on Step 1 and {b} or higher on Step 2 CK.",
    ),
    "attempt:yes": (
        "Applicants are required to have passed all USMLE Steps on the first attempt.",
        "First-time passes on all USMLE exams are required.",
        "We do not accept applicants with any USMLE failures.",
        "Candidates must pass each licensing exam in one attempt.",
    ),
    "attempt:step2": (
        "Applicants must pass USMLE Step 2 CK on the first attempt.",
        "A first-time pass on Step 2 CK is required.",
        "Step 2 CK must have been passed in a single attempt.",
    ),
    "attempt:no": (
        "Applicants with a failed USMLE attempt are still considered.",
        "Multiple attempts on USMLE do not automatically exclude an applicant.",
        "We will consider applicants who did not pass a Step on the first attempt.",
        "Passing on the first attempt is not required.",
    ),
    "yog:n": (
        "Graduates within the past {w} years are eligible.",
        "Applicants must have graduated from medical school within {n} years of the start of "
        "residency.",
        "We do not consider applicants who graduated more than {w} years ago.",
        "Applicants should be no more than {n} years out of medical school.",
    ),
    "yog:none": (
        "There is no year-of-graduation cutoff.",
        "We accept applicants regardless of year of graduation.",
        "No limit is placed on time since graduation.",
        "Applicants are not restricted by graduation year.",
    ),
    "positions:n": (
        "The program matches {w} categorical {noun} each year.",
        "Number of PGY-1 positions offered annually: {n}.",
        "We recruit {n} categorical {noun} every year.",
        "Each year, the program fills {w} categorical {noun} through the NRMP Match.",
    ),
    "positions:range": (
        "We typically match {a} to {b} residents per year.",
        "The program takes {a}–{b} residents annually.",
        "Our class size ranges from {a} to {b} interns.",
    ),
    "home:positions": (
        "Each July, {w} new {noun} begin training with us.",
        "We welcome {w} categorical {noun} each year.",
        "Our program matches {n} {noun} a year.",
    ),
    "total": (
        "There are {n} residents in the program across all PGY levels.",
        "The program has a total complement of {n} residents.",
        "We currently have {n} residents across all years of training.",
    ),
    "research_track": (
        "Residents may apply to our research pathway, which includes protected research time.",
        "The program offers an optional research track.",
        "A physician-scientist track is available.",
    ),
    "prelim": (
        "Preliminary positions: {n}.",
        "In addition, we offer {n} preliminary-year position(s).",
        "{W} preliminary PGY-1 position(s) are also available.",
    ),
    "us_letters": (
        "At least two letters of recommendation must be from physicians in the United States.",
        "Applicants are required to submit at least one letter from a U.S. physician.",
        "Two of the three letters of recommendation must come from US faculty.",
    ),
    "trap:usce_pref": (
        "Applicants with US clinical experience are preferred.",
        "Hands-on US clinical experience strengthens an application.",
        "We strongly encourage applicants to have some U.S. clinical experience.",
    ),
    "trap:ecfmg_pref": (
        "Applicants who are ECFMG certified at the time of application are given preference.",
        "We prefer candidates who already hold ECFMG certification.",
    ),
    "trap:yog_pref": (
        "Preference is given to applicants who graduated within the last three years.",
        "Recent graduates (within five years) are preferred.",
    ),
    "trap:step2_average": (
        "Successful applicants have averaged {n} on Step 2 CK.",
        "The mean Step 2 CK score of our matched residents was {n}.",
        "Our current interns scored an average of {n} on USMLE Step 2 CK.",
    ),
    "trap:step1_average": (
        "The average Step 1 score of last year's matched class was {n}.",
        "Successful applicants have averaged {n} on Step 1.",
    ),
    "trap:letters_pref": (
        "We value letters from physicians who have supervised you in the United States.",
    ),
    # Traps only this set has (see EXTRA_TRAPS); {n} is 6-12 for other_program, else 60-150.
    "trap:other_program": (
        "Applicants to our affiliated fellowship programs must have completed residency within "
        "the past {n} years.",
        "Our sister program in transitional year offers {n} positions per year.",
        "The state medical board requires {n} months of ACGME-accredited training before a "
        "permanent license is issued.",
    ),
    "trap:applicants": (
        "Last cycle we interviewed {n} candidates for our categorical positions.",
        "Approximately {n} applicants are invited to interview each year.",
    ),
    "trap:institution": (
        "Institutional GME policy allows H-1B sponsorship in some departments; please check with "
        "each program.",
        "The university's visa policies are described on the GME office website.",
        "Wondering whether you need a minimum Step 2 CK score? Contact the program coordinator.",
    ),
}
# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visa types sponsored", "J-1 only (no H-1B)"),
    "visa:both": ("Visa types sponsored", "J-1, H-1B"),
    "visa:none": ("Visa types sponsored", "Not available"),
    "visa:j1_yes": ("J-1 visa", "Sponsored"),
    "visa:h1b_no": ("H-1B visa", "Not sponsored"),
    "img:yes": ("IMGs eligible", "Yes"),
    "img:no": ("IMGs eligible", "No"),
    "ecfmg": ("ECFMG certificate due", "{by}"),
    "usce:months": ("Minimum hands-on USCE", "{n} months"),
    "usce:zero": ("Minimum hands-on USCE", "None required"),
    "usce:unstated": ("Hands-on USCE", "Required"),
    "step1:n": ("USMLE Step 1", "≥ {n}"),
    "step1:none": ("USMLE Step 1", "No minimum"),
    "step2:n": ("USMLE Step 2 CK", "≥ {n}"),
    "step2:none": ("USMLE Step 2 CK", "No minimum"),
    "step2:pct": ("USMLE Step 2 CK", "{p}th percentile or above"),
    "comlex:n": ("COMLEX Level 2-CE", "{n} minimum"),
    "comlex:none": ("COMLEX Level 2-CE", "No minimum"),
    "attempt:yes": ("USMLE attempts", "Passed on first attempt"),
    "attempt:step2": ("USMLE attempts", "Step 2 CK on first attempt"),
    "attempt:no": ("USMLE attempts", "More than one attempt accepted"),
    "yog:n": ("Years since graduation", "{n} or fewer"),
    "yog:none": ("Years since graduation", "No limit"),
    "positions:n": ("Categorical positions per year", "{n}"),
    "positions:range": ("Categorical positions per year", "{a}–{b}"),
    "trap:usce_pref": ("US clinical experience", "Preferred"),
    "trap:yog_pref": ("Graduation year", "Recent graduates preferred"),
    "trap:step2_average": ("Mean Step 2 CK of current residents", "{n}"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Does the program sponsor visas for international applicants?",
    "img": "Are international medical graduates eligible?",
    "ecfmg": "By when do I need my ECFMG certificate?",
    "usce": "How much U.S. clinical experience do I need?",
    "step1": "Do you have a Step 1 score requirement?",
    "step2": "What is the minimum Step 2 CK score?",
    "comlex": "What COMLEX score do osteopathic applicants need?",
    "scores": "What are the minimum USMLE scores?",
    "attempt": "Can I apply if I failed a USMLE Step?",
    "yog": "Is there a year-of-graduation requirement?",
    "positions": "How many residents does the program match each year?",
    "total": "What is the size of the residency?",
    "research_track": "Are there research opportunities?",
    "prelim": "Does the program offer preliminary positions?",
    "us_letters": "How many letters of recommendation are required?",
    "trap": "What are my chances of matching?",
}
# fmt: on
EXTRA_TRAPS = (("trap:other_program", 0.2), ("trap:applicants", 0.15), ("trap:institution", 0.15))
