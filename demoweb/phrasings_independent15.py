"""A fifteenth blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-26 (about 06:52-07:00 UTC) by a blind helper session, from its own knowledge
of how real US residency programs word their eligibility and application facts: the bulleted
"Eligibility" boxes, "Requirements at a glance" tables and applicant FAQs of community-hospital
and smaller university programs in family medicine, internal medicine, pediatrics, psychiatry,
neurology, general surgery and neurosurgery. It aims at the terse, fragmentary, abbreviated voice
those pages use: bullets such as "IMGs/FMGs welcome." and "USCE: min. 6 mos (hands-on).", visas
as "J1: yes (ECFMG) / H1B: no.", floors as "Step 2 CK ≥ 230." or "CK min.: 230.", graduation
windows as "YOG within 3 yrs.", letters as "LORs (3) from US physicians.", in-line Q/A pairs
("Q: Need USCE? A: No."), slashes, parentheses, colons and dashes, abbreviations (ECFMG cert.,
CK, L2-CE, PGY-1, cat. positions, prelim, ROL), numbers as digits and as words, Yes/No answers,
plus some normal full sentences and some run-ons that carry two facts of one claim. Traps are in
the same voice and settle nothing: averages of matched or current residents ("Matched class avg.
CK: 245."), fellowship and sister-program sizes, application and interview counts, average USCE of
matched IMGs, preferences ("strongly preferred", "a plus"), questions and "contact the
coordinator" lines. All of it is invented demo data about no real program.

The author read only the brief's summary of issue 11 (the fact contract: fact names and values,
"preferences are not requirements; averages of past applicants are not minimums"),
``demoweb/phrasings.py`` (the shape of a set and the dev/held-out wordings, to avoid reusing
them), ``demoweb/info.py`` (how a set is drawn and rendered, the fields templates get and the
truth values of ``demoweb.info._facts``), ``tests/test_demoweb_info.py`` (the structural checks a
blind set must pass), the ``class_sizes`` field of ``demoweb/specialties.py`` and the first 70
lines of ``demoweb/phrasings_independent14.py`` (its docstring and the shape of ``ECFMG_BY`` and
``EXTRA_TRAPS``). The author did NOT read, grep, import or run the extraction rules
(``extract/``), their tests (``tests/test_facts*.py``, ``tests/facts_families.py``), ``bench/`` or
any benchmark output, git log messages or diffs, or the other blind sets
``demoweb/phrasings_independent*.py`` (nor the sixteenth, written at the same time by another
helper); did not run ``bench/facts.py`` or ``precedent facts``, and did not run the extractor on
any of these sentences: nothing here was tuned against the rules. It was checked only
structurally, by an ad-hoc script outside the repository: it imports, has every claim of the dev
set with two to five distinct wordings, every template and row formats with the fields
``demoweb.info`` passes and uses only the fields the tests allow, every template ends a sentence,
no ECFMG deadline wording is inside another (nor inside a template), no wording is a dev or
held-out one, and the value checks of ``tests/test_demoweb_info.py`` hold on pages rendered from
this set (by monkeypatching ``demoweb.info`` in that script). It has not been compared with the
earlier blind sets, so some wordings may repeat theirs.
When the lead wired it (the same morning, without running the extractor on it), a string
comparison with the earlier sets removed 4 templates, 1 row and 1 ECFMG wording they already
had, and its main wording for the interview deadline ("by interview day", the eleventh set's)
gave way to its own "before your interview".
"""

from __future__ import annotations

NAME = "independent15"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "by the ROL deadline",
    "time of application": "at ERAS submission",
    "start of residency": "by PGY-1 start",
    "interview": "before your interview",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": ("before rank lists are due", "prior to NRMP rank certification"),
    "time of application": ("when applying", "upon applying via ERAS"),
    "start of residency": ("before July 1 of the intern year", "prior to intern orientation"),
    "interview": (),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 6-12 for another program (a
# fellowship or sister residency), else 60-150 (counts of interviews and applications, days of
# USCE of matched IMGs).
EXTRA_TRAPS = (
    ("trap:other_program", 0.25),
    ("trap:interviews", 0.25),
    ("trap:applications", 0.2),
    ("trap:matched_usce", 0.2),
    ("trap:contact", 0.2),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": ("J1: yes (ECFMG) / H1B: no.",
                     "Visas – J-1 only; no H-1B.",
                     "J-1 (ECFMG-sponsored) only — we don't do H-1B.",
                     "Sponsorship is limited to J1; H1B is not available.",
                     "We'll sponsor a J-1 but not an H-1B, so please plan accordingly."),
    "visa:both": ("Visas: J-1 & H-1B.",
                  "J1 / H1B – both sponsored.",
                  "H-1B: yes. J-1: yes.",
                  "We sponsor J-1s and H-1Bs (H-1B candidates need Step 3 passed before ranking).",
                  "Visa sponsorship: J-1 or H-1B, your choice if eligible."),
    "visa:none": ("No visa sponsorship (J-1 or H-1B).",
                  "Visas – not sponsored.",
                  "We can't sponsor any visa: no J-1, no H-1B.",
                  "Applicants must be US citizens or green-card holders; we do not sponsor J-1 or H-1B visas.",
                  "Sponsorship: N/A – no visas."),
    "visa:j1_yes": ("J-1: yes (via ECFMG).",
                    "J1 visa sponsored.",
                    "J-1 sponsorship – available.",
                    "We sponsor the ECFMG J-1.",
                    "Need a J1? We can sponsor it."),
    "visa:h1b_no": ("No H1B sponsorship.", "H-1B visas – not offered.",
    "Sorry, H-1B is not sponsored here.", "We don't sponsor H-1B.", ),
    "img:yes": ("IMGs/FMGs welcome.",
                "International grads: yes.",
                "IMGs – eligible.",
                "We accept IMGs (and DOs) and review every ERAS application we receive.",
                "Foreign medical grads are eligible and make up a big part of our resident group."),
    "img:no": ("IMGs: not accepted.",
               "US MD/DO grads only.",
               "No IMGs/FMGs at this time.",
               "Must be a graduate of a US (LCME/COCA) school.",
               "We're unable to take international graduates this cycle."),
    "ecfmg": ("ECFMG cert. req'd {by}.",
              "IMGs: ECFMG certificate {by} (no exceptions).",
              "ECFMG – must be certified {by}.",
              "Full ECFMG certification needed {by}; pending certs are not accepted.",
              "ECFMG certification (IMGs) must be complete {by}."),
    "usce:months": ("USCE: min. {n} mos (hands-on).",
                    "≥ {n} months USCE – observerships don't count.",
                    "USCE – {w} months minimum, within the last 2 yrs.",
                    "Min. {w}-month US clinical experience (externship/sub-I/residency).",
                    "You need at least {n} mos of hands-on US clinical work, and research or shadowing does not count toward it."),
    "usce:zero": ("No USCE needed to apply.", "US clinical experience – not a prerequisite.",
    "Q: Need USCE? A: No.", "Observerships/externships are welcome but USCE is not required.", ),
    "usce:unstated": ("USCE required (hands-on).", "Must have US clinical experience – externship, sub-I or similar.",
    "Hands-on US clinical exp. is a must.", "Some US clinical experience is a requirement; observerships alone won't do.", ),
    "step1:n": ("Step 1 ≥ {n}.",
                "USMLE Step 1: {n}+ (min.).",
                "Step 1 min {n}.",
                "Step 1 score of {n} or better required.",
                "We screen at {n} for Step 1, and applications under that are not reviewed."),
    "step1:none": ("Step 1: no min. score.",
                   "No Step 1 cutoff (pass is pass).",
                   "Step 1 – any passing result; no score floor.",
                   "Q: Step 1 minimum? A: No.",
                   "We have no minimum for USMLE Step 1."),
    "step2:n": ("Step 2 CK ≥ {n}.",
                "CK min.: {n}.",
                "2CK cutoff {n}.",
                "USMLE Step 2 CK – {n} minimum.",
                "Applicants w/ Step 2 CK under {n} are not reviewed."),
    "step2:none": ("CK: no min.",
                   "No Step 2 CK floor – holistic review.",
                   "Step 2 CK: no minimum score; we look at the whole application.",
                   "Q: CK cutoff? A: No.",
                   "There's no set Step 2 CK score we require."),
    "step2:pct": ("Step 2 CK ≥ {p}th percentile (national).",
                  "CK: at/above {p}th percentile.",
                  "Min. CK = {p}th percentile nationally.",
                  "2 CK score must be at least the {p}th percentile.",
                  "USMLE Step 2 CK – {p}th percentile or higher."),
    "comlex:n": ("COMLEX L2-CE ≥ {n}.",
                 "DOs: Level 2-CE min {n}.",
                 "COMLEX Level 2: {n}+.",
                 "Q: Do you take DOs? A: Yes – with COMLEX 2-CE of {n} or higher.",
                 "DO applicants – COMLEX 2-CE cutoff {n}."),
    "comlex:none": ("COMLEX: no cutoff.",
                    "COMLEX L2-CE – no min. score set.",
                    "DOs welcome; COMLEX accepted and there is no minimum.",
                    "Q: COMLEX floor? A: No.",
                    "DO applicants: any passing COMLEX score is fine – no cutoff."),
    "scores:both": ("Min. scores: Step 1 {a} / CK {b}.",
                    "Step 1 ≥ {a}; Step 2 CK ≥ {b}.",
                    "Cutoffs – S1: {a}, S2CK: {b}.",
                    "We screen at {a} (Step 1) and {b} (Step 2 CK), and applicants below either are not reviewed.",
                    "USMLE minimums are {a} on Step 1 and {b} on Step 2 CK."),
    "attempt:yes": ("First-attempt passes only (all Steps).",
                    "No USMLE failures.",
                    "Steps passed on first attempt – required.",
                    "First-time pass on every USMLE/COMLEX exam required.",
                    "Any exam failure = not eligible."),
    "attempt:step2": ("Step 2 CK must be a first-attempt pass.",
                      "First attempt pass – Step 2 CK only.",
                      "Step 2 CK: single attempt only.",
                      "CK failures not accepted (Step 2 CK must be passed first try); Step 1 attempts are not screened.",
                      "Q: Retakes? A: Not on Step 2 CK – it must be passed on the first attempt."),
    "attempt:no": ("Multiple attempts OK.",
                   "Prior exam failures considered case-by-case.",
                   "Attempts >1 – not an automatic exclusion.",
                   "Failed a Step? You can still apply.",
                   "USMLE retakes accepted."),
    "yog:n": ("YOG within {n} yrs.",
              "Graduated ≤ {n} yrs ago.",
              "Grads > {n} years out not considered.",
              "Max {w} years since grad.",
              "Must be within {w} years of MD/DO (or MBBS) graduation."),
    "yog:none": ("YOG: no limit.",
                 "No YOG cutoff.",
                 "Year of graduation – no cap.",
                 "Older grads welcome – no graduation-year restriction.",
                 "Graduated 10+ years ago? Not a problem, we have no YOG cap."),
    "positions:n": ("Cat. PGY-1 positions: {n}.",
                    "{n} categorical {noun}/yr.",
                    "We take {w} {noun} a year.",
                    "Class size: {n}/yr.",
                    "Our program matches {n} categorical {noun} annually through the NRMP."),
    "positions:range": ("{a}–{b} residents/yr.",
                        "Class size {a}-{b}.",
                        "PGY-1: {a} to {b} spots per yr (varies).",
                        "We usually match {a} or {b} interns.",
                        "Categorical positions: {a} (some years {b}), depending on funding."),
    "home:positions": ("{W} {noun} per class – small, close-knit program.",
                       "Small program, big family: {n} new {noun} each July.",
                       "We match {n} categorical {noun} a year.",
                       "Cat. positions/yr: {n}."),
    "total": ("{n} residents in all (every PGY level).", "Complement: {n} (all years).", "Program size – {n} residents total.",
    "We're a {n}-resident program.", ),
    "research_track": ("Research track: yes.",
                       "Research track available (protected time in senior years).",
                       "Dedicated research pathway offered.",
                       "Optional research track – residents apply for it after the Match.",
                       "Q: Research? A: Yes – formal research track."),
    "prelim": ("Prelim positions: {n}.",
               "Also {n} prelim (1-yr) spot(s).",
               "{W} preliminary PGY-1 slot(s) available in addition to categorical.",
               "Prelim yr: {n} position(s).",
               "We also match {n} prelim {noun}."),
    "us_letters": ("LORs (3) from US physicians.",
                   "≥2 LORs from US docs required.",
                   "Letters: at least one from a US attending – required.",
                   "US LORs required.",
                   "At least two of your letters must be written by physicians in the US."),
    "trap:usce_pref": ("USCE strongly preferred.",
                       "Hands-on USCE = big plus.",
                       "US clinical exp. (sub-I, externship) highly desirable.",
                       "Applicants w/ USCE are more competitive.",
                       "We like to see some US clinical exposure."),
    "trap:ecfmg_pref": ("ECFMG-certified applicants preferred.",
                        "Already ECFMG certified? That helps.",
                        "Preference to those w/ ECFMG cert. in hand when applying.",
                        "Pending ECFMG cert. OK to apply, but certified applicants get priority.",
                        "ECFMG cert. – a plus."),
    "trap:yog_pref": ("Recent grads (≤3 yrs) preferred.",
                      "YOG: the more recent, the better.",
                      "Preference given to grads from the last 2-3 yrs.",
                      "We lean toward recent graduates.",
                      "Recent graduation – strongly preferred."),
    "trap:step2_average": ("Matched class avg. CK: {n}.",
                           "CK mean, current PGY-1s: {n}.",
                           "Interviewed applicants averaged ~{n} on Step 2 CK.",
                           "Step 2 CK (median, last 3 classes): {n}.",
                           "Most of our residents scored {n}+ on CK."),
    "trap:step1_average": ("Avg Step 1 of current residents: {n}.",
                           "Step 1 mean (matched, pre-P/F): {n}.",
                           "Our PGY-2s averaged {n} on Step 1.",
                           "Typical Step 1 among interviewees ~{n}.",
                           "Last cycle's matched class: Step 1 avg. {n}, with a wide range."),
    "trap:letters_pref": ("LORs from US physicians preferred.",
                          "US letters a plus.",
                          "Ideally 1+ LOR from a US attending.",
                          "Letters from American attendings carry more weight.",
                          "US LORs – preferred."),
    # Traps only this set has.
    "trap:other_program": ("Our cardiology fellowship: {n} fellows total.",
                           "Sister FM program (rural track) – {n} residents.",
                           "Fellowships: GI & pulm/CC, {n} fellows combined.",
                           "Affiliated transitional-year program takes {n}/yr (separate NRMP code).",
                           "Neurocritical care fellowship – {n} positions (apply separately)."),
    "trap:interviews": ("Interview slots/season: ~{n}.",
                        "We interviewed {n} applicants last year.",
                        "~{n} interviews per cycle (virtual).",
                        "Invites sent last season: {n}."),
    "trap:applications": ("Apps received (last cycle): {n}0.",
                          "We get ~{n}0 ERAS applications a year.",
                          "Last season: {n}0 applications for our spots.",
                          "Applications reviewed per cycle – about {n}0."),
    "trap:matched_usce": ("Matched IMGs averaged ~{n} days of hands-on USCE.",
                          "Avg USCE (matched IMGs, last 3 yrs): {n} days.",
                          "Typical matched applicant had {n}+ days of US clinical work.",
                          "Current residents' USCE before matching – median {n} days."),
    "trap:contact": ("Eligibility questions? Contact the program coordinator.",
                     "Not sure you qualify? Email the coordinator before applying.",
                     "Q: Do I meet the criteria? A: Reach out to our program office.",
                     "Specific questions re: visas, scores or YOG – contact the coordinator.",
                     "For anything not covered here, email the residency office."),
}
# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visa", "J-1 only (no H-1B)"),
    "visa:both": ("Visa", "J-1 / H-1B"),
    "visa:none": ("Visa", "None sponsored"),
    "visa:j1_yes": ("J-1", "Yes"),
    "visa:h1b_no": ("H-1B", "No"),
    "img:yes": ("IMGs", "Yes"),
    "img:no": ("IMGs", "No"),
    "ecfmg": ("ECFMG cert.", "Required {by}"),
    "usce:months": ("USCE", "{n} mos min."),
    "usce:zero": ("USCE", "Not required"),
    "usce:unstated": ("USCE", "Required"),
    "step1:n": ("Step 1 min.", "{n}"),
    "step1:none": ("Step 1 min.", "No minimum"),
    "step2:n": ("Step 2 CK min.", "{n}"),
    "step2:none": ("Step 2 CK min.", "No minimum"),
    "step2:pct": ("Step 2 CK min.", "{p}th percentile"),
    "comlex:n": ("COMLEX L2-CE min.", "{n}"),
    "comlex:none": ("COMLEX L2-CE min.", "No cutoff"),
    "scores:both": ("Min. Step 1 / Step 2 CK", "{a} / {b}"),
    "attempt:yes": ("First-attempt pass", "Required"),
    "attempt:step2": ("First-attempt pass", "Step 2 CK only"),
    "attempt:no": ("First-attempt pass", "Not required"),
    "yog:n": ("YOG limit", "{n} yrs"),
    "yog:none": ("YOG limit", "No limit"),
    "positions:n": ("Cat. PGY-1 spots", "{n}"),
    "positions:range": ("Cat. PGY-1 spots", "{a}–{b}"),
    "research_track": ("Research track", "Yes"),
    "prelim": ("Prelim spots", "{n}"),
    "us_letters": ("US LORs", "Required"),
    "trap:usce_pref": ("USCE", "Strongly preferred"),
    "trap:letters_pref": ("US LORs", "Preferred"),
    "trap:yog_pref": ("YOG", "Recent grads preferred"),
    "trap:step2_average": ("Avg Step 2 CK (matched)", "{n}"),
    "trap:step1_average": ("Avg Step 1 (current residents)", "{n}"),
    "trap:interviews": ("Interviews/season", "~{n}"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "J-1 / H-1B sponsorship?",
    "img": "Are IMGs/FMGs eligible?",
    "ecfmg": "ECFMG cert. – by when?",
    "usce": "USCE needed?",
    "step1": "Step 1 minimum?",
    "step2": "Is there a CK floor?",
    "comlex": "COMLEX OK for DOs?",
    "scores": "Score cutoffs?",
    "attempt": "Retakes / multiple attempts OK?",
    "yog": "YOG cutoff?",
    "positions": "# of PGY-1 positions?",
    "total": "Program size?",
    "research_track": "Research track?",
    "prelim": "Prelim spots?",
    "us_letters": "LOR requirements?",
    "trap": "What makes a competitive applicant?",
}
# fmt: on
