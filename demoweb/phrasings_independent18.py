"""An eighteenth blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-26 (about 07:03-07:12 UTC) by a blind helper session, from its own knowledge
of how real US residency programs word their eligibility and application facts: the dense "About
the Program" / "Program at a Glance" overviews and eligibility checklists of surgical and
procedural specialties, diagnostic radiology, dermatology and ophthalmology programs at mid-size
university hospitals. It aims at enumerated sub-conditions, reasons or process steps of one fact
inside one sentence ("applicants must (a) ..., (b) ... and (c) ..."); facts carried in
parentheses or appositives ("our categorical program (three residents per year) ...", "the
program — which sponsors the ECFMG J-1 alone — ..."); facts embedded in narrative about the
program's history, hospitals and mission; label-value fragments with em dashes and pipes ("USMLE
Step 2 CK — minimum 230."); check marks and symbols ("✓ J-1  ✗ H-1B.", "Step 2 CK: 230+.");
heading-like openings ("Minimum scores."); semicolon chains; comparative and ordinal numbers ("no
fewer than", "at a minimum", "the 25th percentile or higher"); and traps in the same voice that
settle nothing: program statistics, class averages ("Class of 2025 average"), other programs in
the health system, fellowship alumni counts, NRMP data, "competitive applicants", "TBD" items,
questions, and preferences. All of it is invented demo data about no real program.

The author read only the brief's statement of issue 11 (the fact contract: fact names and values,
"preferences are not requirements; averages of past applicants are not minimums"),
``demoweb/phrasings.py`` (the shape of a set and the dev/held-out wordings, to avoid reusing
them), ``demoweb/info.py`` (how a set is drawn and rendered, the fields templates get and the truth
values of ``demoweb.info._facts``), ``tests/test_demoweb_info.py`` (the structural checks a blind
set must pass), the ``class_sizes`` field of ``demoweb/specialties.py`` and the first 70 lines of
``demoweb/phrasings_independent14.py`` (its docstring and the shape of ``ECFMG_BY`` and
``EXTRA_TRAPS``). The author did NOT read, grep, import or run the extraction rules
(``extract/``), their tests (``tests/test_facts*.py``, ``tests/facts_families.py``), ``bench/`` or
any benchmark output, git log messages or diffs, or the other blind sets
``demoweb/phrasings_independent*.py`` beyond those 70 lines (nor the seventeenth, written at the
same time by another helper); did not run ``bench/facts.py`` or ``precedent facts``, and did not
run the extractor on any of these sentences: nothing here was tuned against the rules. It was
checked only structurally, by an ad-hoc script outside the repository: it imports, has every claim
of the dev set, every template and row formats with the fields ``demoweb.info`` passes and uses
only the fields the tests allow, no ECFMG deadline wording is inside another, no wording is a dev
or held-out one, and the value checks of ``tests/test_demoweb_info.py`` hold on pages rendered
from this set (by monkeypatching ``demoweb.info`` in that script). It was compared with the
earlier blind sets only by the test's shared-wording counts and by a script that printed which of
this set's own keys were shared (never the other sets' words); the six shared items (four rows'
labels, two ECFMG alternatives) were reworded.
When the lead wired it (the same morning, without running the extractor on it), a string
comparison with the earlier sets found nothing more to remove.
"""

from __future__ import annotations

NAME = "independent18"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "no later than the NRMP rank-list certification date",
    "time of application": "on the day the ERAS application is transmitted",
    "start of residency": "ahead of PGY-1 orientation week",
    "interview": "in advance of the interview day",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": (
        "ahead of February rank-list certification by the program",
        "before the ranking window of the Match shuts",
    ),
    "time of application": (
        "as a precondition of any application to the residency",
        "at the moment the ERAS file reaches the program",
    ),
    "start of residency": (
        "before the first clinical rotation of intern year",
        "by the June onboarding date",
    ),
    "interview": (
        "before an interview invitation is issued",
        "by the date of the on-site or virtual interview",
    ),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 6-12 for another program, else
# 60-150 (interview counts, alumni counts, national NRMP counts).
EXTRA_TRAPS = (
    ("trap:other_program", 0.2),
    ("trap:interviews", 0.2),
    ("trap:fellowship", 0.15),
    ("trap:nrmp", 0.15),
    ("trap:tbd", 0.1),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "Visa sponsorship — J-1 (ECFMG Exchange Visitor) | H-1B: not available.",
        "Sponsorship: ✓ J-1 · ✗ H-1B.",
        "The program — which sponsors the ECFMG J-1 alone, never H-1B status — grew out of the university hospital's original surgical service.",
        "Immigration sponsorship is handled by the GME office, which (a) issues J-1 documentation through ECFMG, (b) does not file H-1B petitions for residents and (c) will not convert one visa type to the other.",
        "Trainee visas: J-1 yes; H-1B no — the department has no H-1B pathway for residents.",
    ),
    "visa:both": (
        "Visa sponsorship — J-1 | H-1B: both available.",
        "Sponsorship: ✓ J-1 · ✓ H-1B.",
        "The department — which sponsors residents on J-1 and on H-1B status alike — relies on the GME office for all immigration paperwork.",
        "Eligible non-citizens may train here on (a) an ECFMG-sponsored J-1 or (b) an H-1B petition filed by the university.",
        "Sponsored visa types: J-1; H-1B (the latter once Step 3 has been passed).",
    ),
    "visa:none": (
        "Visa sponsorship — J-1 | H-1B: neither is offered.",
        "Sponsorship: ✗ J-1 · ✗ H-1B.",
        "Because residents' salaries come from a state line rather than the GME pool, the program sponsors no visas of any category — J-1, H-1B or otherwise.",
        "Eligibility checklist: applicants must (a) be U.S. citizens, permanent residents or holders of independent work authorization and (b) understand that the institution sponsors neither J-1 nor H-1B visas.",
        "Immigration sponsorship (J-1 or H-1B): not provided by this residency.",
    ),
    "visa:j1_yes": (
        "Visa sponsorship — J-1 through ECFMG: available.",
        "✓ J-1 (ECFMG-sponsored Exchange Visitor).",
        "The residency, which has sponsored J-1 physicians through ECFMG for many years, continues to do so.",
        "Non-citizen applicants who need an Exchange Visitor visa may (a) request a DS-2019 through ECFMG, (b) list our program as the training site and (c) begin residency on J-1 status.",
        "J-1: yes — sponsored via the ECFMG Exchange Visitor Sponsorship Program.",
    ),
    "visa:h1b_no": (
        "Visa sponsorship — H-1B: not available.",
        "✗ H-1B sponsorship.",
        "The department — which does not petition for H-1B status on behalf of residents — refers all other visa questions to the GME office.",
        "H-1B: no; the university does not file H-1B petitions for trainees.",
        "Please note: H-1B temporary worker visas are not an option for incoming residents here.",
    ),
    "img:yes": (
        "International medical graduates — eligible | review criteria: the same as for U.S. graduates.",
        "✓ IMGs considered.",
        "Since its first class, the program — which welcomes graduates of medical schools outside the United States — has drawn residents from every continent.",
        "Graduates of international medical schools may apply provided they (a) submit through ERAS, (b) include their MSPE or dean's letter and (c) meet the same deadlines as other applicants.",
        "Foreign medical graduates: yes; every such application receives a full file review.",
    ),
    "img:no": (
        "International medical graduates — not eligible | U.S. MD and DO graduates only.",
        "✗ International medical graduates.",
        "The residency — which accepts only graduates of LCME- or COCA-accredited schools — does not review applications from international medical graduates.",
        "Eligibility checklist: applicants must (a) hold, or be completing, an MD or DO degree from a U.S. school and (b) understand that graduates of schools outside the United States are not eligible.",
        "Graduates of non-U.S. medical schools — applications not accepted.",
    ),
    "ecfmg": (
        "ECFMG certification — required {by}.",
        "International graduates must (a) complete every ECFMG examination requirement, (b) receive the standard ECFMG certificate and (c) have it verified {by}.",
        "✓ ECFMG certificate on file {by}.",
        "The program — which cannot appoint an IMG until ECFMG has confirmed certification — expects that confirmation {by}.",
        "ECFMG status: certified {by}; pending certification is not sufficient.",
    ),
    "usce:months": (
        "U.S. clinical experience — {n} months minimum | observerships without patient contact do not count.",
        "USCE: {n}+ months, hands-on.",
        "Applicants must document no fewer than {w} months of hands-on clinical work in U.S. hospitals or clinics.",
        "Clinical experience in the United States (at a minimum, {n} months) is required, and it must have been (a) hands-on, (b) supervised by U.S. faculty and (c) documented by the supervising physician.",
        "✓ {W} months of U.S. clinical rotations (required).",
    ),
    "usce:zero": (
        "U.S. clinical experience — not required.",
        "USCE: not a prerequisite; applicants with no U.S. rotations are reviewed on equal terms.",
        "Clinical experience in the United States is not among our eligibility criteria.",
        "✗ USCE requirement — no prior U.S. clinical work is needed to apply.",
        "The department — which does not require hands-on U.S. clinical experience of any applicant — evaluates international training on its own merits.",
    ),
    "usce:unstated": (
        "U.S. clinical experience — required (hands-on, not observership).",
        "✓ USCE: mandatory.",
        "Applicants must have completed hands-on clinical work in a U.S. hospital before applying.",
        "Hands-on clinical experience in the United States is a firm requirement, documented by (a) the rotation dates and (b) a supervisor's evaluation.",
        "The residency — for which prior U.S. patient-care experience is a requirement — does not count observerships or research toward it.",
    ),
    "step1:n": (
        "USMLE Step 1 — minimum {n}.",
        "Step 1: {n}+.",
        "Applicants must present a Step 1 score of no less than {n}.",
        "Minimum scores. Step 1: {n} or above.",
        "The program — which screens every file electronically — filters out Step 1 scores under {n}.",
    ),
    "step1:none": (
        "USMLE Step 1 — no minimum score.",
        "Step 1 floor: none; files are not screened on Step 1.",
        "The program does not set a cutoff for USMLE Step 1, and every application is read in full.",
        "Minimum scores. Step 1: no threshold applied.",
        "✗ Step 1 cutoff — applications are read regardless of the Step 1 result.",
    ),
    "step2:n": (
        "USMLE Step 2 CK — minimum {n}.",
        "Step 2 CK: {n}+.",
        "At a minimum, applicants must have scored {n} on Step 2 CK.",
        "Minimum scores. Step 2 CK: {n} or above.",
        "Applications pass through two screens — (a) completeness and (b) a Step 2 CK score of {n} or higher — before faculty review.",
    ),
    "step2:none": (
        "USMLE Step 2 CK — no minimum score.",
        "Step 2 CK floor: none; every file is read regardless of the score.",
        "The program has not adopted any minimum for Step 2 CK.",
        "Minimum scores. Step 2 CK: no threshold applied.",
        "✗ Step 2 CK cutoff — the selection committee does not screen on it.",
    ),
    "step2:pct": (
        "USMLE Step 2 CK — the {p}th percentile or higher.",
        "Step 2 CK: {p}th percentile+ (national distribution).",
        "Applicants must score at the {p}th percentile or above on Step 2 CK, as shown in the score report's national comparison.",
        "Minimum scores. Step 2 CK: no lower than the {p}th percentile.",
        "The program — which screens Step 2 CK on a percentile basis — requires a result in the {p}th percentile or better.",
    ),
    "comlex:n": (
        "COMLEX-USA Level 2-CE — minimum {n} (DO applicants).",
        "COMLEX Level 2-CE: {n}+.",
        "Osteopathic applicants must (a) take COMLEX Level 2-CE, (b) release the score through ERAS and (c) have scored at least {n}.",
        "Minimum scores. COMLEX Level 2-CE: {n} or above.",
        "The program, which reviews DO applicants on COMLEX alone, sets its Level 2-CE floor at {n}.",
    ),
    "comlex:none": (
        "COMLEX-USA Level 2-CE — no minimum score.",
        "COMLEX floor: none; osteopathic files are not screened on COMLEX.",
        "The program has no COMLEX cutoff at any level.",
        "Minimum scores. COMLEX Level 2-CE: no threshold applied.",
        "✗ COMLEX cutoff — DO applicants are reviewed regardless of their COMLEX scores.",
    ),
    "scores:both": (
        "Minimum scores. USMLE Step 1: {a} | Step 2 CK: {b}.",
        "Step 1: {a}+; Step 2 CK: {b}+.",
        "Applicants must clear both score floors: (i) Step 1 of {a} or higher and (ii) Step 2 CK of {b} or higher.",
        "USMLE floors — Step 1 at a minimum {a}, Step 2 CK at a minimum {b}.",
        "The program — which screens on both Steps — requires no less than {a} on Step 1 and no less than {b} on Step 2 CK.",
    ),
    "attempt:yes": (
        "USMLE attempts — first attempt only, every Step.",
        "✓ First-attempt passes on all USMLE Steps (required).",
        "Applicants must have passed (a) Step 1, (b) Step 2 CK and (c) any other licensing examination taken, each on the first attempt.",
        "The program — which does not consider anyone with a failed USMLE attempt — asks candidates to certify their exam history in ERAS.",
        "Exam history: a single attempt per Step; a repeated Step ends eligibility.",
    ),
    "attempt:step2": (
        "USMLE attempts — Step 2 CK on the first attempt; Step 1 history is not screened.",
        "✓ Step 2 CK passed on the first try.",
        "Applicants must have passed Step 2 CK in a single attempt; this requirement applies to Step 2 CK alone.",
        "The program — which otherwise reviews exam history case by case — insists on a first-attempt pass of Step 2 CK.",
        "Exam history: Step 2 CK — first attempt required | other Steps — repeat attempts reviewed.",
    ),
    "attempt:no": (
        "USMLE attempts — more than one attempt accepted.",
        "✓ Repeat attempts on a Step considered.",
        "A failed Step does not by itself end an application; the committee weighs (a) the later score, (b) the explanation given and (c) the rest of the file.",
        "The program — which does not require first-attempt passes — reviews applicants with a repeated Step on the same terms as everyone else.",
        "Exam history: multiple attempts permitted.",
    ),
    "yog:n": (
        "Year of graduation — within {n} years of the application cycle.",
        "Graduation: {n} years or fewer before the Match.",
        "Applicants must have earned their medical degree no more than {w} years before the start of training.",
        "✓ Medical school graduation in the last {n} years.",
        "The program — which sets a {n}-year window from graduation — does not review applicants outside it.",
    ),
    "yog:none": (
        "Year of graduation — no limit.",
        "Graduation year: not a screening criterion; older graduates are reviewed on equal terms.",
        "The program imposes no time limit since medical school graduation.",
        "✗ Graduation cutoff — applicants are eligible regardless of graduation year.",
        "There is no maximum number of years since graduation for applicants to our program.",
    ),
    "positions:n": (
        "Categorical positions — {n} per year | all filled through the NRMP Main Residency Match.",
        "PGY-1 class: {n} {noun}.",
        "Our categorical program ({w} {noun} per year) rotates through the university hospital, the children's hospital and the regional trauma center.",
        "The residency, founded within the university's first teaching hospital, now matches {n} {noun} annually.",
        "Incoming class size: {W} categorical {noun} each July.",
    ),
    "positions:range": (
        "Categorical positions — {a} to {b} per year, depending on funding.",
        "PGY-1 class: {a}–{b} residents.",
        "Our program ({a} or {b} residents per class, depending on funding) trains at the university hospital and its affiliates.",
        "Each year the program fills either {a} or {b} categorical positions.",
        "Annual class size: {a} to {b}, set each fall by the department.",
    ),
    "home:positions": (
        "Program at a glance — {n} categorical {noun} per year | university hospital and affiliated VA medical center.",
        "Each year's class ({n} {noun}) trains across the academic medical center and its community affiliates.",
        "{W} {noun} start with us every year, drawn by the program's operative and procedural volume.",
        "About the program: a mid-size university residency that admits {n} {noun} a year.",
        "Annual intake: {n} {noun}.",
    ),
    "total": (
        "Total complement — {n} residents across all PGY levels.",
        "Residents in training: {n} (all years combined).",
        "The program — {n} residents strong across all training years — shares call with the university hospital's fellowship programs.",
        "With {n} residents in all, the department is large enough for subspecialty exposure yet small enough that faculty know every trainee.",
        "Program size: {n} residents in total, spread over the university hospital and its affiliates.",
    ),
    "research_track": (
        "Research track — available | protected academic time plus faculty mentorship.",
        "✓ Dedicated research track.",
        "Residents may enter a research pathway that includes (a) protected research blocks, (b) a faculty mentor and (c) support for presenting at national meetings.",
        "The program — which offers a formal research track — was among the first in the region to fund resident investigators.",
        "Academic tracks: clinical; research (with protected time).",
    ),
    "prelim": (
        "Preliminary positions — {n} per year, in addition to the categorical class.",
        "Prelim PGY-1 slots: {n}.",
        "Alongside the categorical class, the program offers preliminary positions ({n} each year) for applicants planning advanced training elsewhere.",
        "Non-categorical (preliminary) PGY-1 positions: {n} annually.",
        "The program — which also matches {n} preliminary {noun} each year — lists them under a separate NRMP code.",
    ),
    "us_letters": (
        "Letters of recommendation — three required, at least two from physicians practicing in the United States.",
        "✓ U.S. letters: at least two required.",
        "Applicants must submit letters that (a) number no fewer than three and (b) include two or more written by U.S. physicians.",
        "The committee requires letters from U.S. faculty — at a minimum, two of the three letters.",
        "LORs: U.S. physician authors required for at least two letters.",
    ),
    "trap:usce_pref": (
        "U.S. clinical experience — strongly preferred.",
        "✓ USCE (a plus for competitive applicants).",
        "Competitive applicants typically bring several months of hands-on U.S. clinical work.",
        "The committee looks favorably on U.S. clinical rotations, especially in our own department.",
        "Does U.S. experience help? It often does, particularly sub-internships.",
    ),
    "trap:ecfmg_pref": (
        "ECFMG certification — preferred at the time of ranking.",
        "Applicants already holding their ECFMG certificate are at an advantage in our review.",
        "✓ ECFMG certified (favored, but not decisive).",
        "Most of our matched IMGs were ECFMG certified well before interview season.",
        "The program — which prefers ECFMG-certified candidates — treats certification status as one factor among many.",
    ),
    "trap:yog_pref": (
        "Year of graduation — recent graduates favored.",
        "Competitive applicants are usually within a few years of graduation.",
        "The committee gives extra weight to applicants who graduated recently and have stayed clinically active.",
        "Most residents in our current classes graduated from medical school within the past two years.",
        "Recent graduation (preferred) | continuous clinical activity (preferred).",
    ),
    "trap:step2_average": (
        "Class of 2025 average Step 2 CK: {n}.",
        "Program statistics — mean Step 2 CK of matched residents | {n}.",
        "Our current residents scored {n} on Step 2 CK on average, per the program's internal data.",
        "Competitive applicants in recent cycles have posted Step 2 CK scores around {n}.",
        "Step 2 CK (median of last year's interviewed applicants): {n}.",
    ),
    "trap:step1_average": (
        "Class of 2024 average Step 1: {n}.",
        "Program statistics — mean Step 1 of matched residents | {n}.",
        "Across the last five incoming classes, Step 1 scores averaged {n}.",
        "NRMP Charting Outcomes data put matched applicants in this specialty near {n} on Step 1.",
        "Step 1 (mean of our PGY-1 residents): {n}.",
    ),
    "trap:letters_pref": (
        "Letters of recommendation — U.S. letters preferred.",
        "Letters from U.S. faculty who have supervised you clinically carry the most weight.",
        "✓ U.S. letter writers (a plus).",
        "The committee especially values a letter from a U.S. physician who knows your clinical work.",
        "Competitive applicants usually include letters from physicians in the United States.",
    ),
    "trap:other_program": (
        "The university's internal medicine residency, a separate program, matches {n} categorical residents each year.",
        "Sister program at the community campus — {n} positions per year | separate ERAS code.",
        "Our health system's transitional year program (not this residency) offers {n} positions.",
        "Other hospitals in the system: the affiliated general surgery program takes {n} interns annually.",
        "Note: the {n} positions listed for the health system belong to the affiliated community program, not to this residency.",
    ),
    "trap:interviews": (
        "Program statistics — interviews offered last season | {n}.",
        "The committee interviewed {n} applicants for the Class of 2026.",
        "Interview season (October–January): roughly {n} candidates, all virtual.",
        "Last cycle the committee read every file and invited {n} applicants to interview.",
        "Interviews granted, 2025 cycle: {n}.",
    ),
    "trap:fellowship": (
        "Since the program's founding, {n} graduates have gone on to fellowship training.",
        "Alumni in fellowship — {n} and counting | surgical, imaging and procedural subspecialties.",
        "The department's fellowships (separate from this residency) have trained {n} fellows over the past two decades.",
        "Fellowship placement: {n} alumni matched into subspecialty training to date.",
        "Our graduates — {n} of them now in academic practice — regularly return to teach.",
    ),
    "trap:nrmp": (
        "NRMP data — {n} programs in this specialty filled every position last March.",
        "According to NRMP reports, {n} U.S. programs in the specialty sponsored J-1 visas last year.",
        "National context: roughly {n} positions in the specialty went unfilled before SOAP in the last cycle.",
        "NRMP Program Director Survey: {n} programs reported using a Step 2 CK screen.",
        "Across the specialty, {n} programs reported accepting IMGs in the most recent NRMP data.",
    ),
    "trap:tbd": (
        "Positions for the upcoming cycle — TBD.",
        "Step 2 CK threshold for next year: TBD pending committee review.",
        "Visa sponsorship for the coming year: TBD; check back after the GME budget is set.",
        "ECFMG deadline for international applicants: TBD by the GME office.",
        "Total number of residents next year: TBD.",
    ),
}
# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Sponsored visas (J-1 / H-1B)", "J-1 ✓ · H-1B ✗"),
    "visa:both": ("Sponsored visas (J-1 / H-1B)", "J-1 ✓ · H-1B ✓"),
    "visa:none": ("Sponsored visas (J-1 / H-1B)", "J-1 ✗ · H-1B ✗"),
    "img:yes": ("Graduates of non-U.S. schools", "✓ Eligible"),
    "img:no": ("Graduates of non-U.S. schools", "✗ Not eligible"),
    "ecfmg": ("ECFMG certificate — latest date", "{by}"),
    "usce:months": ("Hands-on U.S. clinical months (minimum)", "{n}"),
    "usce:zero": ("Hands-on U.S. clinical months (minimum)", "None — not required"),
    "usce:unstated": ("Hands-on U.S. clinical months (minimum)", "Required; length not specified"),
    "step1:n": ("Step 1 (USMLE) program floor", "{n}+"),
    "step1:none": ("Step 1 (USMLE) program floor", "No floor"),
    "step2:n": ("Step 2 CK (USMLE) program floor", "{n}+"),
    "step2:none": ("Step 2 CK (USMLE) program floor", "No floor"),
    "step2:pct": ("Step 2 CK (USMLE) program floor", "{p}th percentile or higher"),
    "comlex:n": ("COMLEX Level 2-CE floor (DO)", "{n}+"),
    "comlex:none": ("COMLEX Level 2-CE floor (DO)", "No floor"),
    "attempt:yes": ("USMLE pass on first attempt", "Required for every Step"),
    "attempt:step2": ("USMLE pass on first attempt", "Step 2 CK only"),
    "attempt:no": ("USMLE pass on first attempt", "Not required"),
    "yog:n": ("Years since MD/DO (maximum)", "{n}"),
    "yog:none": ("Years since MD/DO (maximum)", "No maximum"),
    "positions:n": ("Categorical PGY-1s matched per year", "{n}"),
    "positions:range": ("Categorical PGY-1s matched per year", "{a}–{b}"),
    "total": ("Residents, all PGY levels", "{n}"),
    "prelim": ("Preliminary PGY-1s per year", "{n}"),
    "research_track": ("Research track", "✓ Offered"),
    "trap:step2_average": ("Class of 2025 Step 2 CK average", "{n}"),
    "trap:step1_average": ("Class of 2025 Step 1 average", "{n}"),
    "trap:interviews": ("Interviews granted last season", "{n}"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Which visa categories does the GME office sponsor for incoming residents?",
    "img": "Are graduates of medical schools outside the U.S. eligible?",
    "ecfmg": "By what point must ECFMG certification be complete?",
    "usce": "Do I need hands-on clinical experience in the United States?",
    "step1": "Is there a Step 1 floor?",
    "step2": "What Step 2 CK result do applicants need?",
    "comlex": "How are COMLEX scores used for DO applicants?",
    "scores": "Which USMLE score floors apply?",
    "attempt": "What happens if I repeated a USMLE Step?",
    "yog": "Does the year I graduated matter?",
    "positions": "How many categorical residents are matched each year?",
    "total": "How many residents are in the program overall?",
    "research_track": "Is a formal research pathway offered?",
    "prelim": "Are preliminary PGY-1 positions offered as well?",
    "us_letters": "Must my letters come from U.S. physicians?",
    "trap": "What does a typical matched applicant look like?",
}
# fmt: on
