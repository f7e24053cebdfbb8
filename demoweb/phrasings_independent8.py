"""An eighth blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-25 (about 22:00 UTC) by a blind helper session, from its own knowledge of how
real US residency program websites ("Eligibility", "How to Apply", "FAQ", "Visa" and
"International Medical Graduates" pages of internal medicine, family medicine, pediatrics,
psychiatry, surgery, neurology, pathology, emergency medicine and other programs) word their
eligibility and application facts: visa sponsorship, IMG eligibility, the ECFMG deadline, US
clinical experience, score floors, attempt limits, graduation-year limits, class size, research
and preliminary positions, and letters from US physicians, with negations, exclusive wording,
passive voice, hedges that still state the rule, conditions, number words, "position(s)", table
rows and FAQ questions of its own. The author read only ``demoweb/phrasings.py`` (the shape of a
set and the dev/held-out wordings, to avoid reusing them), ``demoweb/info.py`` (how a set is
drawn and rendered, what it reads from a blind set, and the truth values of
``demoweb.info._facts``), issue 11 (the fact contract), the SPLITS/CLI part of
``bench/facts.py``, ``tests/test_demoweb_info.py`` (the structural checks a blind set must pass)
and the first 30 lines of ``demoweb/phrasings_independent7.py`` (its docstring, for the
provenance style). The author did NOT read, grep, import or run the extraction rules
(``extract/``), their tests (``tests/test_facts*.py``), any benchmark output (``bench/results/``)
or the earlier blind sets ``demoweb/phrasings_independent*.py`` beyond that docstring, did not
run ``bench/facts.py`` or ``precedent facts``, and did not run the extractor on any of these
sentences: nothing here was tuned against the rules. It was checked only structurally (it
imports, has every claim of the dev set, every template formats with the fields ``demoweb.info``
passes, and the value checks of ``tests/test_demoweb_info.py`` hold).

The lead then wired it into ``demoweb/info.py`` and removed, by a script that compared strings and
without reading the rules, every wording an earlier set already had (no longer blind: the rules
had been tuned on the earlier sets): 11 templates and 14 table rows.

Every sentence states its claim's value plainly to a human reader and states nothing else; traps
settle nothing about the program's own policy (preferences, encouragement, averages and medians
of past applicants or residents, interview, application and faculty counts, another program's
numbers). Fields as in :mod:`demoweb.phrasings`: ``{n}``, ``{w}``/``{W}``, ``{a}``/``{b}``,
``{p}``, ``{by}``, ``{noun}``. All programs, numbers and policies are fictional demo data.
"""

from __future__ import annotations

NAME = "independent8"

# ECFMG deadline: canonical value → this set's main wording; more wordings in ECFMG_BY_ALSO.
# No wording is inside another, so a sentence names one deadline only.
ECFMG_BY = {
    "rank order list deadline": "no later than the NRMP rank list certification date",
    "time of application": "at the point an ERAS application is submitted",
    "start of residency": "prior to the first day of residency training",
    "interview": "no later than the interview date",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": (
        "before our rank order list is finalized",
        "in advance of the Match ranking deadline",
    ),
    "time of application": ("as of the application submission date", "upon applying through ERAS"),
    "start of residency": ("ahead of PGY-1 orientation", "before the residency appointment begins"),
    "interview": ("ahead of the interview day", "prior to interviewing"),
}

# Traps only this set has: (claim, share of programs). info.py gives them {n}: 6-12 for
# trap:other_program, 60-150 for the others.
EXTRA_TRAPS = (
    ("trap:other_program", 0.3),
    ("trap:interviews", 0.3),
    ("trap:faculty", 0.25),
    ("trap:applications", 0.25),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "The J-1 Exchange Visitor visa, sponsored by ECFMG, is the sole visa category our residents may train under.",
        "For trainees who are not U.S. citizens or permanent residents, sponsorship is restricted to the J-1, and H-1B petitions are not filed by our GME office.",
        "Our hospital files no H-1B petitions for residents; the J-1 clinical visa is the one option we support.",
        "Non-citizen residents train here on J-1 status exclusively.",
        "The department sponsors J-1 physicians but declines H-1B sponsorship in every case.",
    ),
    "visa:both": (
        "Residents may train on a J-1 visa or, when eligible, on an H-1B visa sponsored by our institution.",
        "We file H-1B petitions for incoming residents and also support ECFMG J-1 sponsorship.",
        "Both the H-1B temporary worker visa and the J-1 exchange visitor visa are supported for our trainees.",
        "Sponsorship is offered for J-1 and for H-1B visas alike.",
        "Either visa category, J-1 or H-1B, can be sponsored for matched applicants.",
    ),
    "visa:none": (
        "Our GME office does not sponsor J-1 or H-1B visas for residents.",
        "Visa sponsorship is not provided, so applicants who require a J-1 or H-1B cannot be accommodated.",
        "We are not in a position to sponsor any visa for incoming trainees.",
        "Neither H-1B nor J-1 sponsorship is available through this program.",
        "This residency does not act as a visa sponsor for any trainee.",
    ),
    "visa:j1_yes": (
        "J-1 sponsorship through ECFMG is offered to residents who need it.",
        "Residents who require a J-1 visa receive our support for ECFMG sponsorship.",
        "The program supports trainees on the J-1 exchange visitor visa.",
        "We are happy to support the J-1 visa for matched applicants.",
        "A J-1 visa can be arranged for residents who need one.",
    ),
    "visa:h1b_no": (
        "The H-1B visa is not an option for trainees here.",
        "Our institution does not file H-1B petitions on behalf of residents.",
        "Sponsorship for the H-1B temporary worker visa is not offered.",
        "Applicants should be aware that we cannot support H-1B status.",
        "Please note that H-1B visa sponsorship is not available at this program.",
    ),
    "img:yes": (
        "Graduates of medical schools outside the United States and Canada are eligible for our program.",
        "We review applications from IMGs on the same basis as those from U.S. graduates.",
        "International medical graduates are considered for all of our categorical positions.",
        "Our program accepts applicants who graduated from foreign medical schools.",
        "IMG candidates may submit an application through ERAS like any other applicant.",
    ),
    "img:no": (
        "Applications from international medical graduates are not accepted.",
        "Only graduates of LCME-accredited or COCA-accredited schools in the U.S. are eligible.",
        "We are unable to accept applicants who attended medical school outside the United States.",
        "IMGs are not eligible for our residency positions.",
        "Our program does not consider graduates of foreign medical schools, including U.S. citizens who studied abroad.",
    ),
    "ecfmg": ("Applicants who graduated abroad need to be fully ECFMG certified {by}.", "We must have verification of ECFMG certification {by}.", "Certification by the ECFMG has to be complete {by}.", "IMGs will be asked to show their ECFMG certificate {by}, and this requirement is not waived.", ),
    "usce:months": (
        "Applicants need a minimum of {w} months of clinical experience in a U.S. healthcare setting.",
        "At least {n} months of U.S.-based clinical work (externships, sub-internships or employment) must be completed before applying.",
        "Our eligibility criteria include {n} or more months of direct patient care in the United States.",
        "USCE of no less than {w} months is a prerequisite for an interview.",
        "Candidates are required to have completed {n} months of hands-on clinical training in U.S. hospitals.",
    ),
    "usce:zero": (
        "Applicants are not expected to have clinical experience in the United States.",
        "Hands-on U.S. clinical experience is not a prerequisite for applying.",
        "We have no USCE requirement.",
        "Clinical experience in the U.S. is not needed for your application to be reviewed.",
        "No U.S. clinical experience is required to be considered for an interview.",
    ),
    "usce:unstated": (
        "Prior clinical experience in the United States is mandatory.",
        "All applicants must have completed some hands-on clinical work in a U.S. hospital.",
        "U.S. clinical experience is an eligibility requirement.",
        "Hands-on patient care in a U.S. setting is required before an application can be reviewed.",
        "Applicants must bring documented U.S. clinical experience (externships or sub-internships; observerships alone do not qualify).",
    ),
    "step1:n": (
        "Applicants need a USMLE Step 1 score of {n} or above to be reviewed.",
        "A Step 1 score under {n} does not meet our eligibility criteria.",
        "Our minimum for USMLE Step 1 is {n}.",
        "We screen out applications with a Step 1 result lower than {n}.",
        "Only candidates who scored {n} or higher on Step 1 advance to full review.",
    ),
    "step1:none": ("We do not apply a cutoff to Step 1 results.", "There is not a Step 1 score threshold for our program.", "Step 1 scores are reviewed in context, with no minimum applied.", ),
    "step2:n": (
        "We require a minimum Step 2 Clinical Knowledge score of {n}.",
        "Step 2 CK scores below {n} do not meet our screening criteria.",
        "To be offered an interview, candidates must have scored at least {n} on USMLE Step 2 CK.",
        "Our Step 2 CK floor is {n}.",
        "Applications are reviewed only when the Step 2 CK score is {n} or greater.",
    ),
    "step2:none": (
        "We do not require any particular Step 2 CK score.",
        "There is no Step 2 CK cutoff for interview selection.",
        "Applicants are not screened out on the basis of their Step 2 CK score.",
        "Step 2 CK results are considered holistically; no minimum score is set.",
        "Regardless of Step 2 CK score, every complete application is read.",
    ),
    "step2:pct": (
        "Applicants need a Step 2 CK score in the {p}th percentile or higher.",
        "We require Step 2 CK performance no lower than the {p}th percentile.",
        "Our Step 2 CK screen excludes scores below the {p}th percentile.",
        "A USMLE Step 2 CK result at the {p}th percentile or above is required for an interview.",
        "Minimum Step 2 CK standing for review is the {p}th percentile.",
    ),
    "comlex:n": (
        "Osteopathic candidates must present a COMLEX Level 2-CE score of {n} or better.",
        "For DO graduates, the COMLEX-USA Level 2-CE minimum is {n}.",
        "COMLEX Level 2 CE scores below {n} are not considered.",
        "We require at least {n} on COMLEX Level 2-CE from applicants who have not taken the USMLE.",
        "Our COMLEX Level 2-CE screening score is {n}.",
    ),
    "comlex:none": (
        "We have no COMLEX score minimum for DO applicants.",
        "COMLEX-USA scores are accepted, and no cutoff is applied to them.",
        "Osteopathic applicants are not held to a minimum COMLEX score.",
        "DO applicants are reviewed regardless of COMLEX Level 2-CE score.",
        "No minimum score is set for any COMLEX level.",
    ),
    "scores:both": (
        "Applicants must meet two score minimums: {a} on Step 1 and {b} on Step 2 CK.",
        "Our screening thresholds are Step 1 \u2265 {a} and Step 2 CK \u2265 {b}.",
        "We require USMLE scores of at least {a} (Step 1) and {b} (Step 2 CK).",
        "Minimum USMLE scores for an interview are {a} on Step 1 and {b} on Step 2 CK.",
        "Candidates scoring below {a} on Step 1 or below {b} on Step 2 CK are not invited to interview.",
    ),
    "attempt:yes": (
        "Each USMLE Step taken must be a first-attempt pass.",
        "Applicants with a failed attempt on any Step or Level are not eligible.",
        "We only consider candidates who passed all board examinations on their initial attempt.",
        "A single attempt at each USMLE Step is the limit for eligibility.",
        "Any USMLE or COMLEX failure makes an applicant ineligible.",
    ),
    "attempt:step2": ("Only Step 2 CK carries a first-attempt requirement.", "Candidates must have passed Step 2 CK on their first sitting.", ),
    "attempt:no": (
        "A previous exam failure does not by itself make an applicant ineligible.",
        "We will review applicants who required more than one attempt on a USMLE Step.",
        "Multiple attempts on the USMLE do not rule out an application.",
        "Passing on the first attempt is not a requirement.",
        "Applicants who passed a Step on a second attempt remain eligible.",
    ),
    "yog:n": (
        "Applicants must be no more than {w} years out of medical school.",
        "We accept graduates whose medical degree was conferred within the past {n} years.",
        "Our graduation-year limit is {n} years before the start of residency.",
        "Eligibility ends {w} years after the date of medical school graduation.",
        "No more than {n} years may have passed since you earned your medical degree.",
    ),
    "yog:none": ("Year of medical school graduation does not affect eligibility.", "We place no restriction on how long ago applicants graduated.", "Older graduates are not excluded; we have no graduation date cutoff.", ),
    "positions:n": (
        "Our program matches {n} categorical {noun} annually.",
        "We offer {n} categorical position(s) through the NRMP each year.",
        "We take {w} new {noun} into the program each year.",
        "Annual intake is {n} categorical {noun}.",
        "The residency recruits {n} {noun} into every PGY-1 class.",
    ),
    "positions:range": ("We typically match {a} to {b} categorical residents per year.", "Each incoming class has between {a} and {b} residents.", "The program takes {a} or {b} interns per cycle, depending on funding.", "Annually, {a}\u2013{b} categorical positions are offered in the Match.", ),
    "home:positions": (
        "Every July we welcome {n} new {noun} to our training program.",
        "Our close-knit residency takes {n} {noun} per class.",
        "With {n} {noun} per year, our program offers individualized teaching.",
        "Small by design, we accept {n} {noun} each year.",
        "Joining us means training in a class of {w} {noun} per year.",
    ),
    "total": (
        "Across all training years, we have {n} residents.",
        "The residency currently totals {n} residents.",
        "At full complement the program has {n} trainees.",
        "There are {n} residents in the program altogether.",
        "Our program is home to {n} residents in all PGY levels.",
    ),
    "research_track": ("We have a research track for residents interested in academic careers.", "A formal research track is part of our program.", "Residents can pursue a dedicated research pathway during training.", "Our physician-scientist track is open to interested residents.", ),
    "prelim": (
        "We also fill {n} preliminary position(s) each year.",
        "Preliminary positions available: {n}.",
        "The number of one-year preliminary positions we offer is {n}.",
        "Alongside the categorical track, {n} prelim slot(s) are offered in the Match.",
        "{W} preliminary PGY-1 position(s) are also offered.",
    ),
    "us_letters": (
        "Two or more of your letters must come from physicians who have supervised you in U.S. clinical settings.",
        "Letters of recommendation from U.S. faculty physicians are required.",
        "Your letters must include at least one from a U.S. physician.",
        "Letters from U.S.-based attending physicians are a required part of the application.",
        "A recommendation letter written by a physician in the United States is mandatory.",
    ),
    "trap:usce_pref": (
        "Candidates with recent U.S. clinical experience tend to be more competitive.",
        "We look favorably on time spent in U.S. clinical settings.",
        "Externships or sub-internships in U.S. hospitals help applicants stand out.",
        "Applicants are encouraged to gain hands-on experience in American hospitals before applying.",
        "Some U.S. clinical exposure is desirable.",
    ),
    "trap:ecfmg_pref": ("It is advantageous to have ECFMG certification in hand when applying.", "We look favorably on applicants whose ECFMG certification is already complete.", "Early ECFMG certification strengthens an application.", "Being ECFMG certified before interview season is ideal.", ),
    "trap:yog_pref": (
        "Recent graduation from medical school is viewed favorably.",
        "Applicants who graduated in the last few years tend to be most competitive.",
        "We prefer candidates with continuous clinical activity since graduation.",
        "Graduates from the past three years are given preference.",
        "Ideally, applicants will have graduated recently.",
    ),
    "trap:step2_average": (
        "Last year's matched class had an average Step 2 CK score of {n}.",
        "The mean Step 2 CK among our interviewed applicants was {n}.",
        "Our current interns scored {n} on Step 2 CK on average.",
        "Typical Step 2 CK scores for successful applicants are around {n}.",
        "Residents in our program averaged {n} on USMLE Step 2 CK.",
    ),
    "trap:step1_average": (
        "The median USMLE Step 1 score of our last three classes was {n}.",
        "Our interns' Step 1 scores averaged {n}.",
        "Historically, matched applicants have had Step 1 scores near {n}.",
        "The average Step 1 score among invited applicants was {n} last season.",
        "Step 1 results of our current residents average {n}.",
    ),
    "trap:letters_pref": (
        "A letter from a U.S. physician who has worked with you clinically carries extra weight.",
        "We value letters written by American physicians.",
        "Letters from U.S. physicians are especially helpful.",
        "Ideally, at least one letter comes from a U.S. faculty member.",
        "Applicants benefit from including a letter by a physician practicing in the United States.",
    ),
    # Extra traps (EXTRA_TRAPS): another program's numbers, interview, faculty and application counts.
    "trap:other_program": (
        "The affiliated transitional year program, which has its own application, takes {n} interns annually.",
        "Our sister program across town matches {n} residents per year.",
        "For comparison, the neighboring community program offers {n} categorical positions.",
        "The hospital's separate family medicine residency recruits {n} residents a year.",
        "Applicants may also wish to look at our partner pediatrics program, which has {n} positions.",
    ),
    "trap:interviews": (
        "We interview roughly {n} candidates each season.",
        "Last cycle, {n} applicants were invited to interview.",
        "Approximately {n} interviews are conducted per recruitment year.",
        "Our program extended {n} interview invitations this past season.",
        "Interview invitations went to {n} applicants last year.",
    ),
    "trap:faculty": (
        "More than {n} faculty physicians teach in our program.",
        "Our department includes {n} full-time clinical faculty.",
        "Residents learn from a faculty of about {n} attendings.",
        "There are {n} core and affiliated faculty members across our training sites.",
        "Our teaching faculty numbers {n}.",
    ),
    "trap:applications": (
        "Last season we received more than {n} applications for every position.",
        "On average, {n} applications arrive for each PGY-1 spot.",
        "Each available position draws roughly {n} applications.",
        "Our applicant-to-position ratio last cycle was about {n}:1.",
        "The program received {n} applications per categorical slot in the most recent Match.",
    ),
}
# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {

    "visa:both": ("Visa types supported", "J-1 or H-1B"),
    "visa:none": ("Visa types supported", "Neither J-1 nor H-1B"),
    "visa:j1_yes": ("J-1 sponsorship", "Yes"),
    "visa:h1b_no": ("H-1B sponsorship", "No"),
    "img:yes": ("IMG eligibility", "Eligible"),
    "img:no": ("IMG eligibility", "Ineligible"),



    "usce:unstated": ("U.S. clinical experience", "Mandatory"),

    "step1:none": ("USMLE Step 1 minimum", "No minimum set"),

    "step2:none": ("USMLE Step 2 CK minimum", "No minimum set"),
    "step2:pct": ("USMLE Step 2 CK minimum", "{p}th percentile"),



    "attempt:yes": ("USMLE attempts", "First-time passes only"),
    "attempt:step2": ("USMLE attempts", "Step 2 CK must be a first-attempt pass"),
    "attempt:no": ("USMLE attempts", "Repeat attempts accepted"),

    "yog:none": ("Years since graduation (maximum)", "No restriction"),
    "positions:n": ("Categorical positions each year", "{n}"),
    "positions:range": ("Categorical positions each year", "{a} or {b}"),




    "trap:step2_average": ("Step 2 CK average, current PGY-1 class", "{n}"),
    "trap:step1_average": ("Median Step 1, matched residents", "{n}"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Can your institution sponsor my visa?",
    "img": "Are graduates of foreign medical schools eligible?",
    "ecfmg": "By when do I need my ECFMG certificate?",
    "usce": "Must I have clinical experience in the United States?",
    "step1": "Do you screen applications by Step 1 score?",
    "step2": "What Step 2 CK score is needed to be considered?",
    "comlex": "What about COMLEX scores for DO applicants?",
    "scores": "Do you use USMLE score cutoffs?",
    "attempt": "Can I apply if I did not pass a Step on my first try?",
    "yog": "Does my year of graduation matter?",
    "positions": "How many residents does the program match per year?",
    "total": "How many residents train in the program?",
    "research_track": "Do you offer a research pathway?",
    "prelim": "Does the program have preliminary positions?",
    "us_letters": "Do I need letters from physicians in the U.S.?",
    "trap": "What makes an applicant stand out?",
}
# fmt: on
