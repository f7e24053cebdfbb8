"""A ninth blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-26 (about 01:40-02:00 UTC) by a blind helper session, from its own knowledge
of how real US residency program websites word their eligibility and application facts on their
"Eligibility", "How to Apply", "FAQ", "International Medical Graduates" and "Visa" pages
(anesthesiology, radiology, OB/GYN, orthopaedics, ophthalmology and community internal medicine
programs, Caribbean-graduate FAQs, GME-office policy language such as "The institution ..."):
visa sponsorship, IMG eligibility, the ECFMG deadline, US clinical experience, score floors,
attempt limits, graduation-year limits, class size, research and preliminary positions, and
letters from US physicians. It aims at wordings earlier authors may not have used: conditional
and passive constructions, "respectively", "and/or", "neither ... nor", "no lower than",
"cut-off", "or fewer", number words and digits, terse table rows and FAQ questions of its own.
The author read only issue 11 (the fact contract), ``demoweb/phrasings.py`` (the shape of a set
and the dev/held-out wordings, to avoid reusing them), ``demoweb/info.py`` (how a set is drawn
and rendered, what it reads from a blind set, the fields templates get and the truth values of
``demoweb.info._facts``), ``tests/test_demoweb_info.py`` (the structural checks a blind set must
pass), the ``class_sizes`` of ``demoweb/specialties.py`` (a class can be one resident), a grep
for ``kind`` in ``demoweb/truth.py`` (how a trap is named in the truth) and the first 35 lines
of ``demoweb/phrasings_independent8.py`` (its docstring, for the provenance style). The author
did NOT read, grep or run the extraction rules (``extract/``), their tests
(``tests/test_facts*.py``, ``tests/facts_families.py``), any benchmark output
(``bench/results/``), git log messages of commits touching ``extract/``, or the earlier blind
sets ``demoweb/phrasings_independent*.py`` beyond that one docstring (they were imported only
indirectly, by ``demoweb.info`` when rendering pages, and never read or compared); did not run
``bench/facts.py`` or ``precedent facts``, and did not run the extractor on any of these
sentences: nothing here was tuned against the rules. It was checked only structurally, by an
ad-hoc script outside the repository (it imports, has every claim of the dev set, every template
and row formats with the fields ``demoweb.info`` passes, no ECFMG deadline wording is inside
another, and the value checks of ``tests/test_demoweb_info.py`` hold on pages rendered from this
set by monkeypatching ``demoweb.info`` in that script). It has not been compared with the earlier
blind sets, so some wordings may repeat theirs.

The lead then wired it into ``demoweb/info.py`` and removed, by a script that compared strings and
without reading the rules, every wording an earlier blind set already had (no longer blind: the
rules had been tuned on the earlier sets): 26 templates and 21 table rows; the two ECFMG
deadlines whose main wording an earlier set had take their first other wording instead.

Every sentence states its claim's value plainly to a human reader and states nothing else; traps
settle nothing about the program's own policy (preferences, encouragement, averages and medians
of past applicants or residents, interview, application and faculty counts, observership
notes, another program's numbers). Fields as in :mod:`demoweb.phrasings`: ``{n}``,
``{w}``/``{W}``, ``{a}``/``{b}``, ``{p}``, ``{by}``, ``{noun}``. All programs, numbers and
policies are fictional demo data.
"""

from __future__ import annotations

NAME = "independent9"

# ECFMG deadline: canonical value → this set's words, and more words for the same deadline. No
# wording is inside another, so a sentence names one deadline only.
ECFMG_BY = {
    "rank order list deadline": "before the program submits its rank order list",
    "time of application": "at the time you submit your ERAS application",
    "start of residency": "by July 1 of the appointment year",
    "interview": "at the time of interview",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": (
        "no later than the NRMP ranking deadline",
        "in time to be ranked",
        "by the date rank lists are due to the NRMP",
    ),
    "time of application": (
        "as of the date you apply",
        "when you apply through ERAS",
        "by the date your application is submitted",
    ),
    "start of residency": (
        "before beginning PGY-1 training",
        "prior to the first day of residency",
    ),
    "interview": (
        "prior to interview day",
        "before being invited to interview",
    ),
}

# Traps only this set has: (claim, share of programs). Each gets ``{n}``: 6-12 for
# ``trap:other_program``, else 60-150.
EXTRA_TRAPS = (
    ("trap:other_program", 0.15),
    ("trap:interviews", 0.2),
    ("trap:applications", 0.15),
    ("trap:faculty", 0.15),
    ("trap:observership", 0.15),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "The institution sponsors the ECFMG J-1 visa for residents; H-1B visas are not offered.",
        "Trainees who require a visa must qualify for a J-1 sponsored through ECFMG, as the "
        "hospital does not file H-1B petitions.",
        "Our department will sponsor a J-1 visa, but not an H-1B.",
        "Visa sponsorship is offered for the J-1 only (the H-1B is not an option).",
        "The only visa category the GME office supports for incoming residents is the "
        "ECFMG-sponsored J-1.",
    ),
    "visa:both": (
        "Residents may train on either a J-1 or an H-1B visa, and the program sponsors both.",
        "The Office of Graduate Medical Education sponsors H-1B visas in addition to J-1 visas "
        "for eligible residents.",
        "Both J-1 and H-1B visa sponsorship are available to matched applicants who need them.",
        "We will sponsor an H-1B or a J-1 visa, depending on the applicant's eligibility.",
        "The hospital sponsors J-1 and/or H-1B visas for its residents, as each case requires.",
    ),
    "visa:none": (
        "The institution does not sponsor J-1, H-1B or any other visas for residents.",
        "Applicants must already hold U.S. citizenship, permanent residency or an employment "
        "authorization document, because the program cannot sponsor a visa.",
        "We regret that visa sponsorship is not available at this program.",
        "Neither J-1 nor H-1B visas are sponsored by our residency.",
        "This residency is not able to sponsor a visa for any applicant.",
    ),
    "visa:j1_yes": (
        "The program supports J-1 visas sponsored by ECFMG for eligible international graduates.",
        "J-1 visa sponsorship is offered to matched applicants who require it.",
        "Our hospital will sponsor a J-1 visa when a matched resident needs one.",
        "Residents who need a visa may be sponsored for the J-1 exchange visitor visa.",
        "The residency accepts trainees on ECFMG-sponsored J-1 visas.",
    ),
    "visa:h1b_no": (
        "H-1B visa petitions are not filed for residents of this program.",
        "Please note that the institution does not offer H-1B sponsorship to incoming residents.",
        "We cannot accommodate applicants who would require an H-1B visa.",
        "Sponsorship of H-1B visas is not available.",
        "The residency does not support H-1B visa applications.",
    ),
    "img:yes": ("We consider applicants from both U.S. and international medical schools.", "Our program welcomes applications from international medical graduates, including "
        "graduates of Caribbean medical schools.", "International medical graduates who meet the requirements on this page may apply.", "IMG applicants receive the same consideration as graduates of U.S. schools.", ),
    "img:no": (
        "The program accepts only graduates of LCME-accredited or COCA-accredited schools in the "
        "United States.",
        "International medical graduates are not eligible for this residency.",
        "Applications from graduates of foreign medical schools, including Caribbean schools, "
        "will not be reviewed.",
        "We are not able to accept IMGs at this time.",
        "Eligibility is limited to graduates of U.S. MD and DO schools.",
    ),
    "ecfmg": ("International graduates must be certified by ECFMG {by}.", "Per institutional policy, IMGs must have their ECFMG certificate {by}.", "Graduates of medical schools outside the U.S. and Canada need ECFMG certification {by}.", "ECFMG certification (including passing Step 1 and Step 2 CK) must be complete {by}.", ),
    "usce:months": (
        "Applicants must have completed at least {n} months of clinical experience in the "
        "United States.",
        "{W} months of U.S. clinical experience (hands-on, not observership) are required.",
        "Candidates need no less than {w} months of clinical work in a U.S. hospital or clinic.",
        "IMGs are required to have {n} or more months of USCE, such as externships or "
        "sub-internships.",
        "A minimum of {w} months of U.S. clinical experience is needed for IMG applicants.",
    ),
    "usce:zero": ("We do not require U.S. clinical experience of IMG applicants.", "USCE is not a prerequisite for an interview.", "An applicant does not need to have U.S. clinical experience to apply.", ),
    "usce:unstated": (
        "All IMG applicants must have hands-on clinical experience in the United States.",
        "Hands-on U.S. clinical experience is a requirement for international graduates.",
        "U.S. clinical experience (an externship, sub-internship or clinical employment) is "
        "required of every applicant.",
        "Applicants are required to have some clinical experience in a U.S. health care setting.",
        "Completion of U.S. clinical rotations is mandatory prior to applying.",
    ),
    "step1:n": (
        "Applicants must have a USMLE Step 1 score no lower than {n}.",
        "Our Step 1 cut-off is {n}.",
        "A minimum score of {n} on USMLE Step 1 is required for an interview.",
        "Only applicants who scored {n} or above on Step 1 are reviewed.",
        "For applicants with a numeric Step 1 score, the minimum accepted is {n}.",
    ),
    "step1:none": ("No Step 1 cut-off is used in screening applications.", "Step 1 is reviewed as pass/fail and no minimum score applies.", "Applicants are not screened out on the basis of their Step 1 score.", ),
    "step2:n": (
        "We require a minimum USMLE Step 2 CK score of {n}.",
        "Applicants with a Step 2 CK score under {n} will not be offered an interview.",
        "Step 2 CK score requirement: {n} or higher.",
        "Applicants must score at least {n} on USMLE Step 2 CK to be eligible.",
        "The cut-off for Step 2 CK is a score of {n}.",
    ),
    "step2:none": ("We do not apply a minimum Step 2 CK score.", "There is no Step 2 CK score cut-off for our program.", "Applications are not filtered by Step 2 CK score.", "Step 2 CK scores are reviewed in context, and the program has no minimum.", ),
    "step2:pct": ("Our Step 2 CK threshold is the {p}th percentile of national scores.", "Step 2 CK scores below the {p}th percentile will not be considered.", "A Step 2 CK result in at least the {p}th percentile is required.", "The lowest Step 2 CK performance we accept is the {p}th percentile.", ),
    "comlex:n": ("For DO graduates, the COMLEX Level 2-CE cut-off is {n}.", "We require COMLEX Level 2-CE scores of {n} or higher from applicants who have not taken "
        "the USMLE.", "A COMLEX Level 2-CE score no lower than {n} is required.", "DO applicants scoring below {n} on COMLEX Level 2-CE are not eligible for an interview.", ),
    "comlex:none": ("There is no COMLEX Level 2-CE cut-off.", "COMLEX scores are accepted, and no minimum score is required.", "No cut-off is applied to COMLEX-USA scores.", ),
    "scores:both": ("Applicants must have scored at least {a} on Step 1 and at least {b} on Step 2 CK.", "Our screening cut-offs are a Step 1 of {a} and a Step 2 CK of {b}.", "USMLE Step 1 and Step 2 CK scores must be no lower than {a} and {b}, respectively.", ),
    "attempt:yes": (
        "All USMLE examinations must have been passed on the first try.",
        "Applicants with any failed USMLE or COMLEX attempt are not eligible.",
        "We only consider candidates who passed each Step on the first attempt.",
        "Every licensing examination must be passed in a single attempt.",
        "The program does not accept applicants with a prior board examination failure.",
    ),
    "attempt:step2": ("Applicants must pass Step 2 CK on the first attempt.", "The first-attempt requirement applies to Step 2 CK only.", "Applicants who did not pass Step 2 CK on their first attempt are not eligible.", ),
    "attempt:no": ("A failed USMLE attempt does not by itself make an applicant ineligible.", "We do not require that examinations be passed on the first attempt.", "Multiple attempts on the USMLE are reviewed case by case and do not exclude an "
        "applicant.", "Candidates who needed a second attempt on any Step are still eligible to apply.", ),
    "yog:n": ("We consider graduates whose medical school graduation was within the past {w} years.", "Eligibility is limited to those who graduated from medical school {n} or fewer years "
        "ago.", "The program does not consider applicants who graduated more than {w} years before the "
        "application cycle.", "Time since medical school graduation may not exceed {n} years.", ),
    "yog:none": ("Applicants are considered regardless of their year of graduation.", "We place no limit on the number of years since graduation.", "There is not a graduation-date requirement for applicants.", "No cut-off for time since graduation is applied.", ),
    "positions:n": (
        "The program matches {n} categorical {noun} each year.",
        "Number of categorical positions per year: {n}.",
        "We recruit {w} new {noun} into each incoming class.",
        "Annual intake: {n} first-year {noun}.",
        "Each residency class is made up of {w} {noun}.",
    ),
    "positions:range": (
        "We match between {a} and {b} categorical residents each year.",
        "Class size varies from {a} to {b} residents per year.",
        "The program takes {a} to {b} new residents annually, depending on funding.",
        "Each year {a} or {b} first-year positions are offered.",
        "Our annual intake is {a}\u2013{b} residents.",
    ),
    "home:positions": ("Our program welcomes {w} new {noun} every summer.", "With {n} {noun} per class, our residents know one another well.", "We are a small, close-knit program of {n} {noun} per year.", "Our program matches {n} {noun} annually into a supportive learning environment.", ),
    "total": (
        "The residency currently has {n} residents in all training years combined.",
        "Total program size: {n} residents.",
        "Altogether, {n} residents train in the program.",
        "Our department is home to a total of {n} residents.",
        "The program's full complement is {n} residents.",
    ),
    "research_track": (
        "Residents may apply to a research pathway that includes dedicated, protected research "
        "time.",
        "The program offers a physician-scientist track for residents interested in academic "
        "careers.",
        "Interested residents can join our clinician-investigator track.",
        "We have a research track that provides protected time for scholarly projects.",
        "Applicants may apply to a separate research-track position in ERAS.",
    ),
    "prelim": ("We also match {w} preliminary {noun} each year.", "The number of one-year preliminary positions is {n}.", "In addition to the categorical track, the program offers preliminary positions ({n} per "
        "year).", "The program's yearly allotment of preliminary positions is {n}.", ),
    "us_letters": ("At least one letter of recommendation must be from a physician who practices in the "
        "United States.", "Two of the three required letters must be written by U.S.-based attending physicians.", "We require a minimum of two letters from physicians who supervised you in a U.S. "
        "clinical setting.", "Applications must include letters of recommendation from U.S. physicians; letters from "
        "abroad alone are not sufficient.", ),
    "trap:usce_pref": ("Hands-on U.S. clinical experience is highly desirable.", "We look favorably on candidates who have completed clinical rotations in the United "
        "States.", "U.S. clinical experience will strengthen your application.", "Prior USCE is considered a plus during application review.", ),
    "trap:ecfmg_pref": ("Candidates who already hold ECFMG certification when they apply are preferred.", "Having ECFMG certification before interviews begin is an advantage.", "We give priority to IMGs who are ECFMG certified at the time they apply.", "Applicants are encouraged to complete ECFMG certification as early as possible.", ),
    "trap:yog_pref": ("We encourage recent graduates to apply.", "Applicants who have been out of medical school longer are encouraged to show recent "
        "clinical activity.", "Graduates of the past few years tend to be more competitive for our program.", ),
    "trap:step2_average": (
        "Our most recent intern class had an average Step 2 CK score of {n}.",
        "Residents who matched here last year averaged {n} on Step 2 CK.",
        "The mean Step 2 CK score of interviewed applicants was {n}.",
        "Matched applicants over the past three cycles had a median Step 2 CK score of {n}.",
        "For reference, the average Step 2 CK score of our current first-year class is {n}.",
    ),
    "trap:step1_average": (
        "The average Step 1 score of our residents, before Step 1 became pass/fail, was {n}.",
        "Recent matched applicants had a mean Step 1 score of about {n}.",
        "Our current residents' Step 1 scores average {n}.",
        "Interviewed candidates scored {n} on Step 1 on average.",
        "The median Step 1 score of last year's matched class was {n}.",
    ),
    "trap:letters_pref": (
        "We prefer letters written by U.S. physicians.",
        "Letters from U.S. physicians who have supervised you clinically carry more weight.",
        "U.S. letters of recommendation are valued highly by our selection committee.",
        "It is helpful if one of your letters comes from a U.S. physician.",
        "Applicants are encouraged to submit letters from U.S. physicians.",
    ),
    "trap:other_program": (
        "Our affiliated transitional-year program, which is a separate program, accepts {n} "
        "interns each year.",
        "The internal medicine residency at our sister hospital matches {n} residents per year.",
        "Our fellowship programs together take {n} fellows each year.",
        "The neighboring family medicine program has {n} residents per class.",
        "The separate preliminary medicine program at our partner hospital offers {n} positions.",
    ),
    "trap:interviews": ("Last year {n} candidates were invited to interview.", "Interview invitations are sent to about {n} applicants.", "Around {n} interviews are held between October and January.", "The program conducted {n} virtual interviews last cycle.", ),
    "trap:applications": (
        "Last cycle the program received about {n} applications per position.",
        "We typically receive more than {n} applications for each position.",
        "Roughly {n} applications are received per categorical position every year.",
        "On average, {n} applicants compete for each of our positions.",
        "Our program receives on the order of {n} applications for every position offered.",
    ),
    "trap:faculty": (
        "The department has more than {n} full-time faculty members.",
        "Residents learn from over {n} attending physicians.",
        "Our faculty of {n} physicians supervises residents on every rotation.",
        "More than {n} faculty members serve as teachers and mentors.",
        "The hospital employs roughly {n} attending physicians across specialties.",
    ),
    "trap:observership": (
        "Completing an observership with our department does not guarantee an interview.",
        "We do not offer observerships or externships to prospective applicants.",
        "Observership requests are handled by the Department of Medical Education, not the "
        "residency program.",
        "Questions about visiting-student rotations should be directed to the medical education "
        "office.",
        "Information about clinical observerships is available from the GME office.",
    ),
}
# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:both": ("Visa types sponsored", "Both J-1 and H-1B"),
    "visa:none": ("Visa types sponsored", "No visa sponsorship"),
    "visa:j1_yes": ("J-1 visa sponsorship", "Yes"),
    "img:yes": ("Graduates of non-U.S. medical schools", "Eligible"),
    "img:no": ("Graduates of non-U.S. medical schools", "Ineligible"),
    "ecfmg": ("ECFMG certificate required", "Yes, {by}"),
    "attempt:yes": ("Pass on first attempt", "Required for all Steps"),
    "attempt:step2": ("Pass on first attempt", "Required for Step 2 CK only"),
    "attempt:no": ("Pass on first attempt", "Not required"),
    "positions:range": ("Categorical positions per year", "{a} to {b}"),
    "trap:usce_pref": ("USCE", "Preferred"),
    "trap:interviews": ("Interviews per season", "About {n}"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Does the program sponsor J-1 or H-1B visas?",
    "img": "Are graduates of international or Caribbean medical schools eligible?",
    "ecfmg": "By when do I need my ECFMG certificate?",
    "usce": "How much U.S. clinical experience do I need?",
    "step1": "Do you have a Step 1 score requirement?",
    "step2": "What Step 2 CK score is needed to be considered?",
    "comlex": "Is there a COMLEX score requirement for DO applicants?",
    "scores": "What USMLE scores does the program look for?",
    "attempt": "Can I apply if I failed a USMLE Step?",
    "yog": "Is there a cut-off for year of graduation?",
    "positions": "How many residents does the program match each year?",
    "total": "How many residents are in the program overall?",
    "research_track": "Does the program have a research pathway?",
    "prelim": "Are preliminary-year positions offered?",
    "us_letters": "Must letters of recommendation be from U.S. physicians?",
    "trap": "What are your applicant statistics?",
}
# fmt: on
