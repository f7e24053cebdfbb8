"""An independent held-out phrasing set: eligibility wording as real US residency sites write it.

Provenance. Written on 2026-11-25 by a helper session working for the Precedent lead (issue 11),
*before* reading ``extract/facts.py``, ``extract/patterns/facts*.jsonl`` or the fact tests, and
without using the extractor while writing: the sentences come from how US program websites,
FREIDA/ERAS-era program pages and GME office pages word their requirements ("ECFMG-certified
IMGs", "J-1 Clinical Exchange Visitor", "years out of medical school", "observerships do not
count", "no minimum", "respectively", "J1"/"H1B" without hyphens, "Attempts allowed: 1").
The dev and first held-out sets in :mod:`demoweb.phrasings` were written by the author of the
rules, so their held-out score says little about wording nobody had in mind; this set is the
honest test. Rules may never be tuned on these sentences: a miss found here is fixed by a general
rule with a new *dev* example written for it, or not at all.

Shape: the same claims as :mod:`demoweb.phrasings` (so the truth's values come from
``demoweb.info._facts`` unchanged), each template settling exactly the claim's facts and nothing
more, plus table rows, FAQ questions and ECFMG deadline words of its own, and a few traps the
other sets lack: statements about *other* programs, pointers to ECFMG or the GME office, interview
and application counts.
"""

from __future__ import annotations

NAME = "independent"

# ECFMG deadline: canonical value → how this set words it.
ECFMG_BY = {
    "rank order list deadline": "prior to ranking",
    "time of application": "when applying through ERAS",
    "start of residency": "before beginning the PGY-1 year",
    "interview": "prior to an interview invitation",
}

# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "The program participates in the J-1 Exchange Visitor program sponsored by ECFMG; "
        "H-1B visas are not sponsored.",
        "International applicants requiring visa sponsorship will be considered for the J-1 "
        "Clinical Exchange Visitor visa only.",
        "We are unable to sponsor H-1B visas, but we do accept applicants on ECFMG-sponsored "
        "J-1 visas.",
        "Visa sponsorship is restricted to the J1 (ECFMG) visa; we do not file H1B petitions.",
    ),
    "visa:both": (
        "Both the J-1 (ECFMG) and the H-1B temporary worker visa are available to matched "
        "applicants who qualify.",
        "The hospital will sponsor H1B visas for applicants who have passed USMLE Step 3 before "
        "the contract start date; J1 visas are also supported.",
        "We support J-1 visas and, for candidates who meet the requirements, H-1B visas.",
    ),
    "visa:none": (
        "We do not sponsor any visas; applicants must be U.S. citizens, permanent residents, or "
        "hold a valid EAD.",
        "Our program is not able to sponsor J-1 or H-1B visas.",
        "Visa sponsorship is not available at this institution.",
    ),
    "visa:j1_yes": (
        "The program participates in the J-1 Exchange Visitor program sponsored by ECFMG.",
        "Applicants who need a J1 visa are welcome to apply; ECFMG serves as the sponsor.",
        "J-1 visa holders sponsored by ECFMG are eligible for appointment.",
    ),
    "visa:h1b_no": (
        "We are unable to sponsor H-1B visas.",
        "Applicants requiring an H1B visa cannot be considered.",
        "The institution does not support H-1B visas for residents.",
    ),
    "img:yes": (
        "We accept applications from graduates of LCME- or AOA-accredited schools and from "
        "ECFMG-certified IMGs.",
        "International medical graduates are considered on the same basis as U.S. graduates.",
        "The program welcomes applications from foreign medical graduates.",
        "Graduates of medical schools outside the United States and Canada are eligible to "
        "apply.",
    ),
    "img:no": (
        "We only accept applications from graduates of LCME- or AOA-accredited medical schools.",
        "Unfortunately, the program does not accept international medical graduates at this "
        "time.",
        "IMGs are not eligible for our program.",
        "Graduates of foreign medical schools will not be considered.",
    ),
    "ecfmg": (
        "International graduates must have a valid ECFMG certificate {by}.",
        "All IMG applicants need full ECFMG certification {by}.",
        "We require that ECFMG certification be completed {by}.",
    ),
    "usce:months": (
        "Hands-on U.S. clinical experience (minimum {n} months) is required; observerships do "
        "not count.",
        "Applicants must have completed at least {w} months of hands-on clinical experience in "
        "the US.",
        "A minimum of {n} months of USCE within the last two years is required.",
        "We require {n}+ months of US clinical experience (externships, sub-internships, or "
        "clinical employment).",
    ),
    "usce:zero": (
        "U.S. clinical experience is recommended but is not required.",
        "There is no USCE requirement for application.",
        "Prior clinical experience in the United States is not mandatory.",
    ),
    "usce:unstated": (
        "Some hands-on clinical experience in a U.S. hospital is required.",
        "Applicants are required to have USCE.",
    ),
    "step1:n": (
        "Applicants with a Step 1 score lower than {n} are not eligible.",
        "We require a minimum score of {n} on USMLE Step 1.",
        "Minimum USMLE Step 1 score for interview consideration: {n}.",
    ),
    "step1:none": (
        "We have no minimum Step 1 score requirement.",
        "There is no Step 1 cutoff; Step 1 is now reported pass/fail.",
    ),
    "step2:n": (
        "Minimum USMLE Step 2 CK of {n}.",
        "A score of {n} or above on Step 2 CK is required to be considered for an interview.",
        "We require a Step 2 CK score of {n} or greater.",
    ),
    "step2:none": (
        "We do not have a minimum Step 2 CK score.",
        "No minimum USMLE Step 2 CK score is required.",
    ),
    "step2:pct": (
        "We screen out Step 2 CK scores below the {p}th percentile.",
        "Applicants must score at or above the {p}th percentile on USMLE Step 2 CK.",
    ),
    "comlex:n": (
        "Osteopathic candidates must present a COMLEX Level 2 CE score of at least {n}.",
        "For DO applicants, we require a minimum COMLEX-USA Level 2-CE score of {n}.",
    ),
    "comlex:none": (
        "COMLEX Level 2-CE scores are accepted; no minimum.",
        "We accept COMLEX scores in lieu of USMLE and do not set a minimum.",
    ),
    "scores:both": (
        "Applicants must have USMLE Step 1 and Step 2 CK scores of at least {a} and {b}, "
        "respectively.",
        "We require a Step 1 score of {a} or higher and a Step 2 CK score of {b} or higher.",
    ),
    "attempt:yes": (
        "Applicants must have passed USMLE Step 1 and Step 2 CK on the first attempt.",
        "Only first-attempt passes on the USMLE are considered.",
        "Any failed attempt on USMLE or COMLEX will disqualify an application.",
    ),
    "attempt:step2": (
        "We require a first-time pass on Step 2 CK.",
        "Step 2 CK must be passed in one attempt.",
    ),
    "attempt:no": (
        "We will consider applicants with more than one attempt on a USMLE Step.",
        "Multiple attempts on USMLE are reviewed case by case and are not an automatic "
        "exclusion.",
    ),
    "yog:n": (
        "We generally do not consider applicants more than {n} years out of medical school.",
        "Applicants must be within {n} years of graduation from medical school.",
        "Graduation from medical school must have occurred within the past {w} years.",
        "Year of graduation (YOG): no more than {n} years prior to the start of residency.",
    ),
    "yog:none": (
        "There is no cutoff for year of graduation.",
        "We do not have a graduation-year restriction.",
        "Applicants are considered regardless of year of graduation.",
    ),
    "positions:n": (
        "We match {n} {noun} per year.",
        "The program has {w} categorical PGY-1 positions available each year.",
        "We offer {n} categorical positions annually through the NRMP Match.",
        "Each year we recruit {n} new {noun}.",
    ),
    "positions:range": (
        "We typically match {a} to {b} residents per year.",
        "Class size is {a}-{b} residents per year.",
    ),
    "home:positions": (
        "Each year, {w} {noun} begin training with us.",
        "Our program accepts {n} {noun} each year.",
    ),
    "total": (
        "We have a total complement of {n} residents.",
        "There are {n} residents in the program in total.",
    ),
    "research_track": ("Residents may apply to our physician-scientist research track.",),
    "prelim": ("{W} preliminary PGY-1 positions are also available.",),
    "us_letters": ("Letters of recommendation from U.S. physicians are required.",),
    "trap:usce_pref": (
        "U.S. clinical experience is highly desirable.",
        "Applicants with hands-on U.S. clinical experience are preferred.",
    ),
    "trap:ecfmg_pref": (
        "Preference is given to applicants who are ECFMG certified at the time of application.",
    ),
    "trap:yog_pref": (
        "Recent graduates are given priority.",
        "We prefer applicants who have graduated recently.",
    ),
    "trap:step2_average": (
        "The median Step 2 CK score of our matched applicants was {n}.",
        "Our interns last year averaged {n} on Step 2 CK.",
        "Successful applicants typically score around {n} on Step 2 CK.",
    ),
    "trap:step1_average": ("The average USMLE Step 1 score of our incoming class was {n}.",),
    "trap:letters_pref": ("Letters from U.S. physicians are strongly recommended.",),
    # Traps only this set has (see EXTRA_TRAPS).
    "trap:other_program": (
        "Our affiliated internal medicine program sponsors H-1B visas; please see its website "
        "for details.",
        "Many programs require ECFMG certification by the rank order list deadline; check each "
        "program's policy.",
        "The transitional year program at our hospital accepts {n} residents per year.",
    ),
    "trap:contact": (
        "Questions about J-1 or H-1B visas should be directed to the Office of Graduate Medical "
        "Education.",
        "Information about ECFMG certification is available at www.ecfmg.org.",
    ),
    "trap:volume": (
        "We interview approximately {n} applicants each year.",
        "Last year we received more than 2,500 applications through ERAS.",
    ),
}
# Traps added to this set's pages (claim, share); ``{n}`` is drawn by demoweb.info.
EXTRA_TRAPS: tuple[tuple[str, float], ...] = (
    ("trap:other_program", 0.25),
    ("trap:contact", 0.2),
    ("trap:volume", 0.2),
)
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visa types sponsored", "J1 only"),
    "visa:both": ("Visa types sponsored", "J1, H1B"),
    "visa:none": ("Visa types sponsored", "None"),
    "img:yes": ("IMGs considered", "Yes"),
    "img:no": ("IMGs considered", "No"),
    "ecfmg": ("ECFMG certificate required", "{by}"),
    "usce:months": ("Minimum USCE", "{n} months"),
    "usce:zero": ("Minimum USCE", "None required"),
    "step1:n": ("USMLE Step 1 minimum", "{n}"),
    "step1:none": ("USMLE Step 1 minimum", "No minimum"),
    "step2:n": ("USMLE Step 2 CK minimum", "{n}"),
    "step2:none": ("USMLE Step 2 CK minimum", "No minimum"),
    "comlex:n": ("COMLEX Level 2-CE minimum", "{n}"),
    "comlex:none": ("COMLEX Level 2-CE minimum", "No minimum"),
    "attempt:yes": ("Number of attempts allowed", "1"),
    "attempt:no": ("Failed attempts", "Considered case by case"),
    "yog:n": ("Years since graduation", "{n} or fewer"),
    "yog:none": ("Years since graduation", "No cutoff"),
    "positions:n": ("Categorical positions per year", "{n}"),
    "positions:range": ("Categorical positions per year", "{a}\u2013{b}"),
    "trap:step2_average": ("Median Step 2 CK (matched applicants)", "{n}"),
}
QUESTIONS: dict[str, str] = {
    "visa": "What types of visas does your program sponsor?",
    "img": "Are international medical graduates eligible?",
    "ecfmg": "When do I need to be ECFMG certified?",
    "usce": "Do I need U.S. clinical experience to apply?",
    "step1": "Is there a Step 1 score requirement?",
    "step2": "What is the minimum Step 2 CK score?",
    "comlex": "Do you accept COMLEX instead of USMLE?",
    "scores": "What USMLE scores are required?",
    "attempt": "Will you consider applicants who failed a USMLE Step?",
    "yog": "Is there a year-of-graduation cutoff?",
    "positions": "How many residents do you match each year?",
    "total": "How many residents are in the program?",
    "research_track": "Are there research opportunities?",
    "prelim": "Do you have preliminary positions?",
    "us_letters": "Do letters need to be from U.S. physicians?",
    "trap": "What makes an applicant competitive?",
}
# fmt: on
