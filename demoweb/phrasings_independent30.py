"""A thirtieth blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-27 by a blind helper session, from its own knowledge of how US residency
programs write a "fact sheet" or "program at a glance" page. Its voice is numbers in every
notation: rules that give a quantity in digits and words together ("six (6) months"), in words
alone ("zero", "one"), with symbols ("≥ 230", "230+", "<= 3 yrs", "✓" and "✗" for yes and no),
as ranges ("4–5", "4 to 5", "4 or 5") and limits ("up to 3 years out", "max 1 per exam"), with a
second unit beside the one the fact uses ("months, counted in four-week rotation blocks", "0
weeks, 0 months"), with ordinals and percentiles ("attempt #1", "a 1st-attempt pass", "the 15th
percentile or above"), and as "label: value" lines of a fact sheet. Beside the rules stand many
numbers that settle nothing: means, medians and ranges of matched applicants' scores (one of them
in words only), percentiles of past classes, counts of applications, interviews and alumni, the
year the program was founded, call schedules and duty hours, salaries and education funds,
vacation weeks, Match fill and board pass rates, and the class sizes of affiliated programs; and
numbers inside the rules themselves that are not the rule's value ("observerships count as 0",
"1 month = 4 weeks", "3 to 4 LORs", "July 1"). All of it is invented demo data about no real
program.

The author read only issue 11 (``/tmp/share/issue11.md``: the fact contract, fact names and
values, "preferences are not requirements; averages of past applicants are not minimums"),
``demoweb/phrasings.py`` (the shape of a set and the dev/held-out wordings, to avoid reusing
them), ``demoweb/info.py`` (how a set is drawn and rendered, the fields templates get, the truth
values of ``demoweb.info._facts`` and what a blind set must provide),
``tests/test_demoweb_info.py`` (the structural checks a blind set must pass), the
``class_sizes`` field of ``demoweb/specialties.py`` and the first 70 lines of
``demoweb/phrasings_independent14.py`` (its docstring and the shape of ``ECFMG_BY`` and
``EXTRA_TRAPS``). The author did NOT read, grep, import or run the extraction rules (anything
under ``extract/``), their tests (``tests/test_facts*.py``, ``tests/facts_families.py``),
``bench/`` or any benchmark output, git log or diffs, or any other
``demoweb/phrasings_independent*.py`` (nor the twenty-ninth, written at the same time by another
helper); did not run ``bench/facts.py`` or ``precedent facts``, and did not run the extractor on
any of these sentences: nothing here was tuned against the rules.

It was checked only structurally, by an ad-hoc script outside the repository: the module imports;
it has every claim of the dev set with three to five distinct wordings each, and only extra traps
besides; every template and row formats with the fields ``demoweb.info`` passes and uses only the
fields the tests allow; no wording is a dev or held-out one; no ECFMG deadline wording is inside
another; no wording, table row or deadline wording is shared with an earlier blind set (reached
through ``demoweb.info.BLIND``, the first twenty-eight, comparing counts only, never reading
their text; seven of this set's own items that collided were reworded); and the value
checks of ``tests/test_demoweb_info.py`` hold on pages rendered from this set (by monkeypatching
``demoweb.info`` in that script so held-out programs use it).
"""

from __future__ import annotations

NAME = "independent30"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "no later than the NRMP ROL certification date",
    "time of application": "as of your ERAS submission day",
    "start of residency": "before PGY-1 day one (July 1)",
    "interview": "ahead of your interview day (0 exceptions)",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": (
        "by the early-March rank-list lock",
        "prior to ROL certification in the Match",
    ),
    "time of application": (
        "when your ERAS packet goes in",
        "at the time you apply through ERAS, not afterward",
    ),
    "start of residency": (
        "by the first day of residency",
        "ahead of the July 1 contract start",
    ),
    "interview": (
        "prior to being interviewed",
        "by your interview date (virtual or on-site)",
    ),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 6-12 for another program, else
# 60-150 (so "{n}0" reads 600-1500 applications or dollars).
EXTRA_TRAPS = (
    ("trap:applications", 0.3),
    ("trap:interviews", 0.3),
    ("trap:founded", 0.2),
    ("trap:call", 0.2),
    ("trap:salary", 0.2),
    ("trap:vacation", 0.2),
    ("trap:score_range", 0.25),
    ("trap:outcomes", 0.2),
    ("trap:other_program", 0.2),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "Visa sponsorship at a glance: J-1 (through ECFMG) = yes; H-1B = no.",
        "Visa types we sponsor: one (1), the ECFMG J-1; H-1B petitions are not filed.",
        "J-1 ✓, H-1B ✗: the J-1 is the only visa this program sponsors.",
        "Of the 2 training visas most IMGs ask about, we sponsor 1: the J-1, never the H-1B.",
    ),
    "visa:both": (
        "Visa types we sponsor: two (2), J-1 and H-1B.",
        "J-1 ✓, H-1B ✓: both training visas are sponsored.",
        "Visa sponsorship at a glance: J-1 = yes; H-1B = yes (cap-exempt employer).",
        "We sponsor both the ECFMG J-1 and the H-1B; 6 of our current residents hold an H-1B.",
    ),
    "visa:none": (
        "Visa types we sponsor: zero (0), neither J-1 nor H-1B.",
        "J-1 ✗, H-1B ✗: the program sponsors no visas.",
        "Visa sponsorship at a glance: J-1 = no; H-1B = no.",
        "We sponsor 0 visas of any kind, J-1 and H-1B included, so applicants need existing U.S. "
        "work authorization.",
    ),
    "visa:j1_yes": (
        "J-1 sponsorship (ECFMG Exchange Visitor Program): yes.",
        "J-1 ✓: the program sponsors the J-1 visa.",
        "Residents on a J-1 in the current class: 3; we sponsor the J-1 for every matched "
        "applicant who needs it.",
        "We have sponsored J-1 visas every year since 2009 and continue to.",
    ),
    "visa:h1b_no": (
        "H-1B sponsorship: no (0 petitions filed per year).",
        "H-1B ✗: this visa is not sponsored.",
        "H-1B petitions filed by the program since 2015: zero; we do not sponsor the H-1B.",
        "The number of H-1B visas we sponsor each year is 0.",
    ),
    "img:yes": (
        "International medical graduates: eligible ✓.",
        "IMGs in the current class: 5 of 24, and graduates of international schools may apply.",
        "About 40% of our residents trained abroad, and IMG applications are accepted every "
        "cycle.",
        "IMG applicants accepted: yes, and 100% of applications get the same holistic review.",
    ),
    "img:no": (
        "International medical graduates: not eligible ✗.",
        "IMG applications accepted: 0; only graduates of U.S. MD or DO schools are considered.",
        "Eligible degrees: 2 kinds only, the U.S. MD and the U.S. DO; international graduates "
        "do not qualify.",
        "We cannot consider graduates of non-U.S. schools, whatever their scores.",
    ),
    "ecfmg": (
        "ECFMG certificate (1 per IMG): required {by}.",
        "IMGs: ECFMG certification (Step 1 + Step 2 CK + OET) is mandatory {by}.",
        "The ECFMG certificate is 1 of 3 items every IMG must have on file {by}.",
        "ECFMG certification must be 100% complete {by}.",
    ),
    "usce:months": (
        "USCE minimum: {w} ({n}) months of hands-on clinical work in U.S. hospitals.",
        "US clinical experience: ≥ {n} months (observerships count as 0).",
        "Required: {n}+ months of U.S. clinical experience, counted in four-week rotation blocks.",
        "You need at least {n} months of US clinical experience; 1 month = 4 weeks of hands-on "
        "rotation.",
        "{W} months or more of hands-on U.S. clinical experience is the minimum we accept.",
    ),
    "usce:zero": (
        "USCE minimum: 0 months, not required.",
        "U.S. clinical experience required: none (no minimum, not even 1 month).",
        "Months of U.S. clinical experience needed to apply: zero; it is not a requirement.",
        "There is no USCE requirement (0 weeks, 0 months).",
    ),
    "usce:unstated": (
        "US clinical experience: required (length not specified).",
        "USCE is mandatory; we do not set a number of months.",
        "Hands-on U.S. clinical experience of any length is required.",
        "Applicants must bring U.S. clinical experience; its length is not specified.",
    ),
    "step1:n": (
        "Step 1 minimum: ≥ {n}.",
        "USMLE Step 1 score required: {n}+ (three-digit scores only).",
        "Step 1 scores < {n} are not reviewed.",
        "Our Step 1 floor is {n}; a score of {n} or above passes the screen.",
    ),
    "step1:none": (
        "Step 1 minimum: not applicable (no numeric floor).",
        "No Step 1 cutoff: 0 applicants are screened out on Step 1 score.",
        "Step 1 threshold: n/a, we do not set one.",
        "Any passing Step 1 result is reviewed; there is no Step 1 floor.",
    ),
    "step2:n": (
        "Step 2 CK minimum: ≥ {n}.",
        "USMLE Step 2 CK: {n} or higher, no exceptions below {n}.",
        "Step 2 CK scores under {n} are screened out automatically.",
        "Step 2 CK floor: {n} (a three-digit score, not a percentile).",
        "Step 2 CK: {n}+ to be considered.",
    ),
    "step2:none": (
        "Step 2 CK minimum: not set.",
        "There's no Step 2 CK floor; a passing score is all we ask.",
        "Step 2 CK threshold: n/a, scores are not used to screen.",
        "Step 2 CK: no minimum number required.",
    ),
    "step2:pct": (
        "Step 2 CK: ≥ {p}th percentile.",
        "Your Step 2 CK must rank at the {p}th percentile or above nationally.",
        "Applicants below the {p}th percentile on Step 2 CK are not considered.",
        "Step 2 CK screen: {p}th percentile and up (not a fixed three-digit score).",
    ),
    "comlex:n": (
        "COMLEX Level 2-CE minimum: ≥ {n}.",
        "DO applicants: COMLEX-USA Level 2-CE of {n}+.",
        "COMLEX Level 2-CE scores under {n} are not reviewed.",
        "COMLEX 2-CE floor: {n}, i.e. {n} or higher.",
    ),
    "comlex:none": (
        "COMLEX minimum: none, no floor of any number.",
        "COMLEX Level 2-CE cutoff: not applicable.",
        "We set no COMLEX floor; any passing COMLEX score is reviewed.",
        "COMLEX threshold: n/a (DO scores are not screened).",
    ),
    "scores:both": (
        "Score minimums: Step 1 ≥ {a} / Step 2 CK ≥ {b}.",
        "USMLE floors: {a}+ on Step 1 and {b}+ on Step 2 CK.",
        "Step 1 under {a} or Step 2 CK under {b}: not eligible.",
        "Minimum scores (Step 1, Step 2 CK): {a}, {b}.",
    ),
    "attempt:yes": (
        "USMLE attempts allowed: 1 per Step (first-attempt passes only).",
        "Failed USMLE attempts we accept: zero (0).",
        "Every USMLE Step must be passed on attempt #1.",
        "Exam attempts: max 1 per exam, for all Steps.",
    ),
    "attempt:step2": (
        "First-attempt pass required: Step 2 CK only (Step 1 attempts are not counted).",
        "Step 2 CK: a single (1) attempt only; Step 1 retakes are considered.",
        "We count attempts on 1 exam only: Step 2 CK must be passed the first time.",
        "Step 2 CK must be a 1st-attempt (first-try) pass; other Steps may have 2 attempts.",
    ),
    "attempt:no": (
        "USMLE attempts: more than 1 is acceptable.",
        "Failed attempts: 2 or more attempts do not disqualify an applicant.",
        "A 2nd attempt on any Step is not an automatic exclusion.",
        "Number of attempts is not a screening criterion; 1, 2 or 3 attempts are all reviewed.",
    ),
    "yog:n": (
        "YOG: <= {n} yrs since graduation.",
        "Year of graduation: within the last {w} ({n}) years.",
        "Graduates of more than {n} years ago: not eligible.",
        "Time since MD/MBBS/DO: {n} years max.",
        "Graduates up to {n} years out are eligible, but not beyond that.",
    ),
    "yog:none": (
        "Years since graduation: no limit.",
        "YOG cutoff: none; we do not screen by graduation year.",
        "Graduation year: no cutoff, whether you finished 1 year or 15 years ago.",
        "There is not a year-of-graduation limit of any length.",
    ),
    "positions:n": (
        "Categorical PGY-1 positions per year: {n}.",
        "NRMP quota (categorical, per year): {n}.",
        "We take {n} categorical {noun} a year.",
        "Annual intake: {w} categorical PGY-1 {noun}.",
        "Class size: {n} per year (categorical track).",
    ),
    "positions:range": (
        "PGY-1 positions per year: {a}–{b}.",
        "We take {a} to {b} categorical residents annually, depending on funding.",
        "Class size: {a} or {b} interns, year to year.",
        "Annual intake: {a}-{b} categorical positions (final number set each January).",
    ),
    "home:positions": (
        "At a glance: {n} categorical {noun} per year.",
        "We welcome {w} new PGY-1 {noun} every July 1.",
        "{W} {noun} per class year, one close-knit team.",
        "By the numbers: {n} PGY-1 {noun} per year.",
    ),
    "total": (
        "Total residents, PGY-1 through final year: {n}.",
        "Program size: {n} residents across all PGY levels.",
        "Complement at full strength: {n} residents in total.",
        "Residents on staff, all training years combined: {n}.",
    ),
    "research_track": (
        "Research track: yes, with 6 months of protected time.",
        "Dedicated research track: 1 slot per year, up to 12 months of protected research time.",
        "Research track ✓ (20% protected time in PGY-2 and PGY-3).",
        "We offer 1 formal research track with a 3-month research block.",
    ),
    "prelim": (
        "Preliminary PGY-1 positions: {n}.",
        "Prelim positions per year: {w} ({n}).",
        "{W} preliminary {noun} (1-year positions) join us each July.",
        "Preliminary-year spots: {n}, separate from the categorical count.",
    ),
    "us_letters": (
        "Letters from US physicians: ≥ 2 of your 3 letters (required).",
        "Required: 2 (two) letters of recommendation from physicians practicing in the US.",
        "At least 2 of the 3 to 4 LORs must come from U.S. clinicians.",
        "US LORs: minimum 1 letter written by a physician in the United States.",
    ),
    "trap:usce_pref": (
        "USCE is preferred; matched IMGs averaged about 4 months.",
        "U.S. clinical experience of 3 to 6 months is a plus.",
        "Applicants with ≥ 2 months of USCE tend to be more competitive.",
        "Typical matched IMG: 4+ months of U.S. hands-on experience.",
    ),
    "trap:ecfmg_pref": (
        "ECFMG certification at the time of application: preferred.",
        "About 90% of the IMGs we interview are already ECFMG-certified, and we favor that.",
        "Certified applicants (ECFMG ✓) get priority when interview dates are scheduled.",
        "An ECFMG certificate in hand by October 1 is a plus.",
    ),
    "trap:yog_pref": (
        "Graduates of the past 1–3 years are preferred.",
        "Recent graduation (≤ 5 years) is favored.",
        "Most of our residents graduated within 2 years of starting here.",
        "Median time since graduation in our current class: 1.5 years.",
    ),
    "trap:step2_average": (
        "Mean Step 2 CK of matched residents: {n}.",
        "Median Step 2 CK among last year's interviewees: {n}.",
        "Average Step 2 CK, incoming class: {n}.",
        "Our matched class averaged {n} on Step 2 CK, roughly the 60th percentile.",
        "Step 2 CK, matched applicants: mean {n} (an average, not a cutoff).",
    ),
    "trap:step1_average": (
        "Mean three-digit Step 1 score of current residents: {n}.",
        "Median Step 1 score of our PGY-3 class: {n}.",
        "Average Step 1 among matched applicants, 2019–2021: {n}.",
        "Step 1 average for interviewed candidates: {n}.",
    ),
    "trap:letters_pref": (
        "Letters from U.S. faculty: preferred (2 is ideal).",
        "One or more letters from U.S. physicians is recommended.",
        "Most successful applicants send 3 letters, 2 of them from U.S. attendings.",
        "U.S. letters of recommendation carry extra weight.",
    ),
    "trap:applications": (
        "Applications received last cycle: {n}0.",
        "We screen roughly {n}0 ERAS applications each fall.",
        "{n}0 applications, {n} interviews, 1 Match: our last cycle in numbers.",
        "Applicant volume has grown from about 400 in 2016 to {n}0 this year.",
    ),
    "trap:interviews": (
        "Interviews offered (2025–2026 season): {n}.",
        "We conduct about {n} interviews over 10 to 12 interview days.",
        "Interview invitations sent last year: {n} (all virtual).",
        "Interviewed applicants per season: {n}, or roughly 1 in 8 who apply.",
    ),
    "trap:founded": (
        "Year founded: 1971 (55+ years of training residents).",
        "Since our founding in 1968 we have trained more than {n} residents.",
        "First ACGME accreditation: 1979; most recent 10-year self-study: 2021.",
        "Established in 1984, the program counts {n} alumni in practice today.",
    ),
    "trap:call": (
        "Call schedule: q4 overnight call on inpatient months, never more than 6 calls a month.",
        "Night float runs in 2-week blocks, about 4 blocks per year.",
        "Duty hours: ≤ 80 per week averaged over 4 weeks, 1 day off in 7.",
        "Home call: 1 weekend in 4 during the PGY-2 and PGY-3 years.",
    ),
    "trap:salary": (
        "PGY-1 salary: $68,450 (PGY-2 $70,900; PGY-3 $73,600).",
        "Annual education allowance: ${n}0 per resident.",
        "Salary and benefits: $67K+ for PGY-1s, plus a ${n}0 book fund.",
        "Stipends rise by about 3% with each PGY year.",
    ),
    "trap:vacation": (
        "Vacation: four (4) weeks per year, i.e. 20 weekdays.",
        "Paid time off: 3 weeks of vacation + 5 wellness days + 1 conference week.",
        "Residents take two 2-week vacation blocks each year.",
        "Vacation days per year: 15 as a PGY-1, 20 from PGY-2 on.",
    ),
    "trap:score_range": (
        "Step 2 CK range, current residents: 226–271.",
        "Middle 50% of interviewed applicants: Step 2 CK 241 to 258.",
        "Lowest Step 2 CK in our current class: two hundred twenty-eight.",
        "Step 2 CK of matched residents ranged from the 35th to the 95th percentile.",
    ),
    "trap:outcomes": (
        "Positions filled in the Match: 100% for 9 consecutive years.",
        "Board pass rate, 3-year rolling: 96%.",
        "In-training exam: class mean at the 68th percentile.",
        "Graduates entering fellowship over the last 5 years: 7 in 10.",
    ),
    "trap:other_program": (
        "Our affiliated transitional-year program matches {n} interns a year.",
        "The fellowships we feed take {n} fellows a year in total.",
        "Across the department, {n} fellows train in 4 subspecialty fellowships.",
        "Our sister campus's residency fills {n} positions every March.",
    ),
}
# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visa types sponsored (#)", "1: J-1 only"),
    "visa:both": ("Visa types sponsored (#)", "2: J-1 + H-1B"),
    "visa:none": ("Visa types sponsored (#)", "0 (neither J-1 nor H-1B)"),
    "visa:j1_yes": ("J-1 sponsorship", "✓ Yes"),
    "visa:h1b_no": ("H-1B sponsorship", "✗ No"),
    "img:yes": ("IMGs eligible", "Yes ✓"),
    "img:no": ("IMGs eligible", "No ✗"),
    "ecfmg": ("ECFMG certification deadline (IMGs)", "{by}"),
    "usce:months": ("USCE minimum (months)", "≥ {n}"),
    "usce:zero": ("USCE minimum (months)", "0, not required"),
    "usce:unstated": ("USCE minimum (months)", "Required; length not stated"),
    "step1:n": ("Step 1 floor", "≥ {n}"),
    "step1:none": ("Step 1 floor", "None (no cutoff)"),
    "step2:n": ("Step 2 CK floor", "≥ {n}"),
    "step2:none": ("Step 2 CK floor", "None (no cutoff)"),
    "step2:pct": ("Step 2 CK floor", "{p}th percentile or higher"),
    "comlex:n": ("COMLEX Level 2-CE floor", "≥ {n}"),
    "comlex:none": ("COMLEX Level 2-CE floor", "No cutoff"),
    "scores:both": ("Step 1 / Step 2 CK floors", "{a} / {b}"),
    "attempt:yes": ("First-attempt passes", "All Steps (1 attempt each)"),
    "attempt:step2": ("First-attempt passes", "Step 2 CK only"),
    "attempt:no": ("First-attempt passes", "Not required (2+ attempts OK)"),
    "yog:n": ("YOG window (yrs)", "≤ {n}"),
    "yog:none": ("YOG window (yrs)", "No limit"),
    "positions:n": ("PGY-1 slots / yr", "{n}"),
    "positions:range": ("PGY-1 slots / yr", "{a}–{b}"),
    "total": ("Residents on roster (all PGY levels)", "{n}"),
    "prelim": ("Prelim slots / yr", "{n}"),
    "trap:step2_average": ("Step 2 CK mean, matched class", "{n}"),
    "trap:step1_average": ("Step 1, matched median", "{n}"),
    "trap:applications": ("Applications received (last cycle)", "{n}0"),
    "trap:interviews": ("Interviews conducted (last cycle)", "{n}"),
    "trap:founded": ("Year founded", "1971"),
    "trap:vacation": ("Vacation (weeks / yr)", "4 (20 weekdays)"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Visas: which ones, and how many types?",
    "img": "IMG eligibility: yes or no?",
    "ecfmg": "ECFMG certificate: by when?",
    "usce": "USCE: how many months?",
    "step1": "Step 1: what number do I need?",
    "step2": "Step 2 CK: what's the floor?",
    "comlex": "COMLEX: is there a minimum number?",
    "scores": "Scores: what are the minimums?",
    "attempt": "Attempts: how many are OK?",
    "yog": "YOG: how many years since graduation is too many?",
    "positions": "Class size: how many PGY-1 spots per year?",
    "total": "How many residents, all years combined?",
    "research_track": "Research: is there a dedicated track?",
    "prelim": "Prelim spots: how many?",
    "us_letters": "Letters: how many from U.S. physicians?",
    "trap": "By the numbers: what did last year's applicant pool look like?",
}
# fmt: on
