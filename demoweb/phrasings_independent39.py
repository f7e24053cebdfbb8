"""A thirty-ninth blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-27 by a blind helper session, from its own knowledge of how real US residency
programs word their eligibility and application facts. The voice is the plain one of internal
medicine and family medicine residency programs at university-affiliated community hospitals,
whose "Eligibility & Requirements" section is mostly a bulleted checklist of short items: a
label or a sentence fragment ("Visa sponsorship: J-1 only.", "USCE: required."), then a line of
explanation; full sentences beside fragments; notes for the current cycle ("For the 2027
Match, ..."); a short "International applicants" part (ECFMG, USCE, letters from US
physicians); the usual hedges and conditions ("if taken before the pass/fail change", "unless
they have been in continuous clinical practice", "depending on funding"). The traps are the
ones an applicant meets on such pages and that settle nothing: preferences ("a plus", "tend to
be more competitive"), averages and clustering of matched residents' scores, the teaching
service's daily census and clinic panel sizes, a sister program's class size, interview season
numbers and logistics, ERAS/NRMP dates and salary. All of it is invented demo data about no
real program.

The author read only issue 11 (``/tmp/share/issue11.md``: the fact contract, fact names and
values, "preferences are not requirements; averages of past applicants are not minimums"),
``demoweb/phrasings.py`` (the shape of a set and the dev/held-out wordings, to avoid reusing
them), ``demoweb/info.py`` (how a set is drawn and rendered, the fields templates get, the truth
values of ``demoweb.info._facts``, what a blind set must provide),
``tests/test_demoweb_info.py`` (the structural checks a blind set must pass), the
``class_sizes`` field of ``demoweb/specialties.py`` and the first 70 lines of
``demoweb/phrasings_independent14.py`` (its docstring and the shape of ``ECFMG_BY`` and
``EXTRA_TRAPS``). The author did NOT read, grep, import or run the extraction rules
(``extract/``), their tests (``tests/test_facts*.py``, ``tests/facts_families.py``),
``bench/``, any benchmark output, git log or diffs, or any other
``demoweb/phrasings_independent*.py`` (nor the fortieth, written at the same time by another
helper); did not run ``bench/facts.py`` or ``precedent facts``, and did not run the extractor
on any of these sentences: nothing here was tuned against the rules.

It was checked only structurally, by an ad-hoc script outside the repository: it imports, has
every claim of the dev set with 3 to 5 distinct wordings (at least 4.2 a claim on average),
every template and row formats with the fields ``demoweb.info`` passes and uses only the fields
the tests allow, no ECFMG deadline wording is inside another, no wording is a dev or held-out
one, no wording, row or deadline equals one of another blind set (compared by counts only,
through ``demoweb.info.BLIND``, without showing their text), and the value checks of
``tests/test_demoweb_info.py`` hold on pages rendered from this set (by monkeypatching
``demoweb.info`` in that script so that held-out programs use it).
"""

from __future__ import annotations

NAME = "independent39"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "before our rank order list is submitted",
    "time of application": "once your ERAS application is transmitted to us",
    "start of residency": "before you report for your first PGY-1 day",
    "interview": "ahead of your virtual interview day",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": (
        "ahead of the NRMP rank list deadline",
        "before rank lists are due in February",
    ),
    "time of application": (
        "on the day your ERAS file is certified",
        "by the time you apply to us",
    ),
    "start of residency": ("before the PGY-1 year begins", "by the start of June orientation"),
    "interview": ("by the date you interview with us", "prior to receiving an interview invite"),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 6-12 for another program, else
# 60-150 (a daily census, a clinic panel, interview counts).
EXTRA_TRAPS = (
    ("trap:census", 0.25),
    ("trap:continuity_panel", 0.2),
    ("trap:interviews", 0.25),
    ("trap:other_program", 0.2),
    ("trap:match_calendar", 0.2),
    ("trap:salary", 0.15),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "Visa sponsorship: J-1 only. Residents on visas are sponsored through ECFMG; the hospital does not file H-1B petitions.",
        "J-1 (ECFMG-sponsored) is the only visa category we support, so please do not apply expecting H-1B sponsorship.",
        "We can sponsor the J-1 exchange visitor visa. H-1B sponsorship is not available at this hospital.",
        "Sponsorship is offered for J-1 visas; we are not able to offer H-1B.",
        "For the 2027 Match, the program will again sponsor J-1 visas only (no H-1B).",
    ),
    "visa:both": (
        "Visa sponsorship: J-1 and H-1B. H-1B candidates must have passed USMLE Step 3 before the contract start date.",
        "We sponsor J-1 visas through ECFMG and, for qualified candidates, H-1B visas.",
        "Both J-1 and H-1B sponsorship are available; the GME office decides with each matched resident which visa fits.",
        "For the 2027 Match, we will sponsor either an H-1B or a J-1 visa for matched applicants who need one.",
        "Visa status: H-1B and J-1 are both sponsored by the hospital.",
    ),
    "visa:none": (
        "Visa sponsorship: not available. Applicants must already be authorized to work in the US without sponsorship.",
        "The hospital does not sponsor J-1 or H-1B visas for residents.",
        "No visa sponsorship (J-1 or H-1B) is offered for the 2027 Match.",
        "We are not a visa-sponsoring program at this time, so we cannot support J-1 or H-1B applicants.",
        "Unfortunately our institution is unable to sponsor any visa for residency training.",
    ),
    "visa:j1_yes": (
        "J-1 visa sponsorship available (through ECFMG).",
        "Applicants who need a J-1 visa may apply; the hospital is an approved J-1 training site.",
        "We sponsor the ECFMG J-1 Exchange Visitor visa for residents who require it.",
        "Visa: J-1 sponsored. Our GME office walks matched residents through the DS-2019 paperwork.",
        "For the 2027 Match, the program continues to sponsor J-1 visas.",
    ),
    "visa:h1b_no": (
        "H-1B visas: not sponsored by the hospital.",
        "Please note that we do not offer H-1B sponsorship for residents.",
        "The hospital is unable to file H-1B petitions for trainees.",
        "For the 2027 Match, H-1B sponsorship will not be available.",
        "No H-1B. Our GME office does not support H-1B visas for residency positions.",
    ),
    "img:yes": (
        "International medical graduates: welcome. Many of our current residents trained outside the US.",
        "IMGs are eligible to apply and are considered on the same basis as US graduates.",
        "We welcome applications from graduates of medical schools outside the US.",
        "Foreign medical graduates: accepted, and reviewed by the same selection committee as everyone else.",
        "Our program has a long history of training international medical graduates, and we continue to accept IMG applications.",
    ),
    "img:no": (
        "International medical graduates: not eligible at this time.",
        "We only consider graduates of LCME- or AOA-accredited medical schools; IMG applications are not reviewed.",
        "Applicants must have graduated from a medical school in the United States or Canada.",
        "For the 2027 Match, we are not able to accept applications from international medical graduates.",
        "Sorry, but the program does not accept IMGs.",
    ),
    "ecfmg": (
        "ECFMG certification: must be complete {by}.",
        "IMGs need a valid ECFMG certificate {by}.",
        "International applicants: ECFMG certification required {by}.",
        "For the 2027 Match, international graduates must have ECFMG certification {by}.",
        "You will need to be ECFMG certified {by}; a pending certificate is not enough.",
    ),
    "usce:months": (
        "US clinical experience: minimum of {n} months. Hands-on rotations such as externships and sub-internships count; observerships do not.",
        "Applicants need {w} or more months of clinical work in US hospitals or clinics, documented in ERAS.",
        "USCE: {n} months required before your application is reviewed.",
        "For the 2027 Match, international graduates must have at least {n} months of US clinical experience.",
        "{W} months of US clinical experience (hands-on, not observership) is a firm requirement for IMG applicants.",
    ),
    "usce:zero": (
        "US clinical experience: not required.",
        "You do not need USCE to apply, although any US rotations you have done should be listed in ERAS.",
        "There is no USCE requirement for our program.",
        "Prior clinical experience in the US is not a prerequisite for applying.",
        "USCE is helpful but not required.",
    ),
    "usce:unstated": (
        "US clinical experience required (hands-on; observerships alone do not qualify).",
        "Applicants must have completed clinical rotations in a US health care setting.",
        "Hands-on US clinical experience is a requirement for all international applicants.",
        "USCE: required. Please describe it in the experiences section of ERAS.",
        "For the 2027 Match, some US clinical experience will be mandatory for IMG applicants.",
    ),
    "step1:n": (
        "USMLE Step 1: minimum score of {n} (if taken before the pass/fail change).",
        "We screen Step 1 at {n}; applicants scoring lower are not offered interviews.",
        "Step 1: {n} or above required for applicants with a three-digit score.",
        "A Step 1 score under {n} will not meet our screening minimum.",
        "For the 2027 Match, the Step 1 minimum remains {n} for applicants who received a numeric score.",
    ),
    "step1:none": (
        "USMLE Step 1: no minimum score; a pass is all we look for.",
        "There is no Step 1 cutoff. Pass/fail or numeric, we do not screen on it.",
        "We do not set any minimum for Step 1.",
        "Step 1 scores are not used to screen applications.",
        "No Step 1 score floor.",
    ),
    "step2:n": (
        "USMLE Step 2 CK: minimum {n}.",
        "We require a Step 2 CK score of {n} or higher at the time of application.",
        "Applications with a Step 2 CK below {n} are not reviewed.",
        "For the 2027 Match, our Step 2 CK minimum is {n}.",
        "Step 2 CK: {n}+ required. Your score must be released before we can review your file.",
    ),
    "step2:none": (
        "Step 2 CK: no minimum score required.",
        "We do not use a Step 2 CK cutoff; every complete application is read by a faculty member.",
        "There is no minimum USMLE Step 2 CK score for our program.",
        "Step 2 CK scores are reviewed in context, not against a cutoff.",
        "No Step 2 CK screening score.",
    ),
    "step2:pct": (
        "USMLE Step 2 CK: at or above the {p}th percentile.",
        "Step 2 CK scores below the {p}th percentile (national) do not pass our initial screen.",
        "We require a Step 2 CK result at the {p}th percentile or higher.",
        "For the 2027 Match, the Step 2 CK minimum is the {p}th percentile of US and Canadian examinees.",
    ),
    "comlex:n": (
        "COMLEX Level 2-CE: minimum {n} for DO applicants.",
        "Osteopathic applicants may submit COMLEX in place of USMLE; the minimum Level 2-CE score is {n}.",
        "DO applicants: COMLEX-USA Level 2-CE of at least {n}.",
        "A COMLEX Level 2-CE score below {n} does not meet our requirement.",
        "For the 2027 Match, we require a COMLEX Level 2-CE of {n} or above from osteopathic graduates who do not take the USMLE.",
    ),
    "comlex:none": (
        "COMLEX: accepted, with no minimum score.",
        "We review COMLEX scores without a cutoff, and DO applicants do not need to take the USMLE.",
        "DO applicants: no COMLEX minimum.",
        "There is no COMLEX Level 2-CE score threshold for DO applicants.",
    ),
    "scores:both": (
        "USMLE minimums: Step 1 {a}; Step 2 CK {b}.",
        "Our screen asks for at least {a} on Step 1 and at least {b} on Step 2 CK.",
        "Applicants need a Step 1 of {a} or higher and a Step 2 CK of {b} or higher.",
        "Score screen: {a} for Step 1 (numeric scores only) and {b} for Step 2 CK.",
        "For the 2027 Match, applications below {a} on Step 1 or {b} on Step 2 CK will not be reviewed.",
    ),
    "attempt:yes": (
        "Pass on first attempt: all USMLE Steps or COMLEX levels.",
        "We require first-attempt passes on every USMLE or COMLEX exam taken.",
        "Applicants with a failed attempt on any Step are not eligible.",
        "All licensing exams must have been passed on the first try; we do not make exceptions.",
        "For the 2027 Match, only applicants who passed each USMLE Step on the first attempt will be considered.",
    ),
    "attempt:step2": (
        "Step 2 CK has to be passed on the first attempt; Step 1 history is reviewed individually.",
        "We require a first-time pass on Step 2 CK, while a prior Step 1 failure is reviewed case by case.",
        "Step 2 CK: passed on the first attempt (required).",
        "We accept only a single attempt on Step 2 CK.",
        "For the 2027 Match, we will require a first-attempt pass on Step 2 CK only.",
    ),
    "attempt:no": (
        "Exam attempts: more than one attempt does not rule you out.",
        "A failed USMLE attempt is not an automatic exclusion; we look at the whole application.",
        "We consider applicants with repeat attempts, particularly when later scores show improvement.",
        "Multiple attempts on a Step are reviewed and do not by themselves disqualify an applicant.",
        "Previous exam failures: considered case by case.",
    ),
    "yog:n": (
        "Year of graduation: within the last {n} years.",
        "Applicants must be no more than {n} years out of medical school when they apply.",
        "Graduates of more than {w} years ago are not eligible unless they have been in continuous clinical practice since.",
        "We accept graduates from the past {n} years only.",
        "For the 2027 Match, your medical school graduation must be no more than {n} years before the start of residency.",
    ),
    "yog:none": (
        "Year of graduation: no limit applies.",
        "We do not have a cutoff for year of graduation; please explain any gaps in training in your personal statement.",
        "There is no time-since-graduation limit for applicants.",
        "Graduation year does not affect eligibility.",
        "No graduation-year restriction, though recent clinical activity helps.",
    ),
    "positions:n": (
        "Categorical positions: {n} per year.",
        "We take {n} categorical {noun} each year through the NRMP Match.",
        "Each PGY-1 class has {n} categorical {noun}.",
        "For the 2027 Match, the number of categorical PGY-1 positions will be {n}.",
        "{W} categorical {noun} join the program every year.",
    ),
    "positions:range": (
        "Categorical positions: {a} to {b} per year, depending on funding.",
        "We usually match between {a} and {b} categorical residents a year.",
        "Each year's class is {a}-{b} PGY-1 residents.",
        "For the 2027 Match, we expect to offer {a} or {b} categorical positions.",
    ),
    "home:positions": (
        "Every July we welcome {n} new categorical {noun} to our community teaching hospital.",
        "A small program by design: {n} {noun} per class.",
        "{W} PGY-1 {noun} start with us each summer.",
        "We match {n} categorical {noun} each year and know every one of them by name.",
    ),
    "total": (
        "Program size: {n} residents in all.",
        "In total the program has {n} residents across all PGY years.",
        "We have {n} residents on staff at any one time.",
        "Total resident complement: {n}.",
    ),
    "research_track": (
        "Research track: available for residents interested in academic medicine.",
        "A research track with protected scholarly time is offered through our university affiliate.",
        "Residents may apply to our research track during the PGY-1 year.",
        "We offer an optional research pathway with a faculty mentor and dedicated elective blocks.",
    ),
    "prelim": (
        "Preliminary PGY-1 positions: {n} per year.",
        "We also train {n} one-year preliminary {noun} each year.",
        "In addition to its categorical class, the program has room for {w} preliminary PGY-1 {noun} each year.",
        "Preliminary year: {n} per year, listed under a separate ERAS program code.",
    ),
    "us_letters": (
        "Letters of recommendation: three, with at least two from US physicians.",
        "At least one letter must come from a physician who supervised you in a US clinical setting.",
        "We require letters from US physicians.",
        "US letters required. Letters from physicians outside the US may be added but do not replace them.",
        "For the 2027 Match, two of your letters need to be from US faculty or attending physicians.",
    ),
    "trap:usce_pref": (
        "US clinical experience: strongly preferred.",
        "Applicants with hands-on US clinical experience tend to be more competitive.",
        "We give extra weight to rotations in US hospitals.",
        "Prior USCE is a plus when we review applications.",
        "Ideally, applicants will have some US clinical experience.",
    ),
    "trap:ecfmg_pref": (
        "Preferred: ECFMG certification already in hand when you apply.",
        "Applicants who are already ECFMG certified are given priority for interviews.",
        "It helps if your ECFMG certification is complete before interview season starts.",
        "ECFMG certification: preferred by the time we send interview invitations.",
    ),
    "trap:yog_pref": (
        "Recent graduates are given preference.",
        "We tend to favor applicants with recent graduation and recent clinical activity.",
        "Preference goes to applicants who graduated in the last few years.",
        "Graduation year: recent graduates preferred.",
    ),
    "trap:step2_average": (
        "Step 2 CK scores of our current PGY-1 class average about {n}.",
        "Recent matched applicants averaged {n} on Step 2 CK (the range is wide).",
        "Last cycle, the mean Step 2 CK of interviewed applicants was {n}.",
        "For reference, the 2026 entering class had a mean Step 2 CK of {n}.",
        "Average Step 2 CK among matched residents, last three years: {n}.",
    ),
    "trap:step1_average": (
        "Residents who matched here with numeric Step 1 scores averaged {n}.",
        "The typical Step 1 score of our current residents is around {n}.",
        "Mean Step 1 (scored attempts) of our last three classes: {n}.",
        "Our matched applicants' Step 1 scores have clustered near {n}.",
    ),
    "trap:letters_pref": (
        "Letters from US physicians are a plus.",
        "We prefer at least one letter from a US internal medicine or family medicine physician.",
        "A letter from a US attending who has seen your clinical work carries extra weight.",
        "US letters of recommendation: preferred.",
    ),
    "trap:census": (
        "Our teaching service carries an average daily census of about {n} patients.",
        "The inpatient medicine teams see roughly {n} patients a day across all services.",
        "Average daily census on the resident teaching service: {n}.",
        "With an average daily census near {n}, residents see a broad range of pathology.",
    ),
    "trap:continuity_panel": (
        "By the PGY-3 year, each resident carries a continuity clinic panel of roughly {n} patients.",
        "Continuity clinic: residents build a panel of about {n} patients over three years.",
        "Most graduates leave with a continuity panel of {n} or more patients.",
        "Each resident's clinic panel grows to around {n} patients by graduation.",
    ),
    "trap:interviews": (
        "We plan to interview about {n} applicants this season, all virtually, on Tuesdays and Thursdays from October through December.",
        "Interview invitations go out on a rolling basis; last year we extended about {n}.",
        "Roughly {n} applicants are invited to interview for our categorical positions.",
        "For the 2027 Match, interviews will be virtual, and we expect to host {n} candidates.",
    ),
    "trap:other_program": (
        "The hospital's transitional year program, listed separately in the Match, takes {n} residents a year.",
        "Our sister family medicine program at the same hospital matches {n} residents annually.",
        "The sponsoring institution also trains {n} fellows per year in cardiology and gastroenterology.",
        "Our affiliated psychiatry program (a separate NRMP code) has {n} positions per year.",
    ),
    "trap:match_calendar": (
        "ERAS opens to applicants in June; we begin reviewing applications as soon as programs receive them in late September.",
        "Applications are accepted only through ERAS; we do not accept paper or emailed applications.",
        "Rank order lists are certified through NRMP in late February, and Match Day is in March.",
        "We do not participate in the SOAP for categorical positions unless positions remain unfilled after the Match.",
    ),
    "trap:salary": (
        "PGY-1 salary for 2026-2027 is $64,500, plus an annual education allowance of $1,000.",
        "Residents receive four weeks of vacation, free parking and meals on call.",
        "Benefits include health, dental and vision coverage from the first day of orientation.",
        "Wellness half-days are built into every block, and the program pays for USMLE Step 3.",
    ),
}
# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visa sponsorship (J-1 / H-1B)", "J-1 yes; H-1B no"),
    "visa:both": ("Visa sponsorship (J-1 / H-1B)", "Yes, both"),
    "visa:none": ("Visa sponsorship (J-1 / H-1B)", "Neither"),
    "visa:j1_yes": ("J-1 sponsorship", "Yes (ECFMG)"),
    "visa:h1b_no": ("H-1B sponsorship", "Not available here"),
    "img:yes": ("International graduates eligible?", "Yes"),
    "img:no": ("International graduates eligible?", "No"),
    "ecfmg": ("ECFMG certification (IMGs)", "Required {by}"),
    "usce:months": ("Hands-on US clinical experience", "{n} months minimum"),
    "usce:zero": ("Hands-on US clinical experience", "Not needed"),
    "usce:unstated": ("Hands-on US clinical experience", "Required (length not specified)"),
    "step1:n": ("Step 1 minimum (USMLE)", "{n} (numeric scores)"),
    "step1:none": ("Step 1 minimum (USMLE)", "No minimum set"),
    "step2:n": ("Step 2 CK minimum (USMLE)", "{n}"),
    "step2:none": ("Step 2 CK minimum (USMLE)", "No minimum set"),
    "step2:pct": ("Step 2 CK minimum (USMLE)", "{p}th percentile"),
    "comlex:n": ("COMLEX Level 2-CE minimum (DO applicants)", "{n}"),
    "comlex:none": ("COMLEX Level 2-CE minimum (DO applicants)", "No minimum set"),
    "scores:both": ("USMLE minimums, Step 1 / Step 2 CK", "{a} / {b}"),
    "attempt:yes": ("Failed attempts accepted?", "No, first-attempt passes only"),
    "attempt:step2": ("Failed attempts accepted?", "Yes, except Step 2 CK (first attempt required)"),
    "attempt:no": ("Failed attempts accepted?", "Yes, reviewed case by case"),
    "yog:n": ("Graduation year limit", "Within {n} years"),
    "yog:none": ("Graduation year limit", "No limit set"),
    "positions:n": ("Categorical PGY-1 positions", "{n} per year"),
    "positions:range": ("Categorical PGY-1 positions", "{a}-{b} per year"),
    "total": ("Residents in the program", "{n} in all"),
    "research_track": ("Research track", "Yes, by application"),
    "prelim": ("Preliminary PGY-1 positions", "{n} per year"),
    "us_letters": ("Letters from US physicians", "Required for IMGs"),
    "trap:usce_pref": ("Hands-on US clinical experience", "Preferred"),
    "trap:step2_average": ("Step 2 CK, our residents' average", "{n}"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Will the hospital sponsor my visa?",
    "img": "Are international medical graduates eligible?",
    "ecfmg": "By when do I need ECFMG certification?",
    "usce": "Do I need hands-on clinical experience in the US?",
    "step1": "Is Step 1 still considered now that it is pass/fail?",
    "step2": "What Step 2 CK score is needed?",
    "comlex": "Can DO applicants submit COMLEX scores?",
    "scores": "Do you screen applications by USMLE score?",
    "attempt": "What if I failed a Step?",
    "yog": "I graduated several years ago. Can I still apply?",
    "positions": "How many residents do you match each year?",
    "total": "How many residents are in the program overall?",
    "research_track": "Is there a research or academic track?",
    "prelim": "Are preliminary-year positions offered too?",
    "us_letters": "How many letters do I need, and from whom?",
    "trap": "What did last year's matched class look like?",
}
# fmt: on
