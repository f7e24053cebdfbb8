"""A twenty-sixth blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-26 (about 15:41-15:50 UTC) by a blind helper session, from its own knowledge
of how real US residency program coordinators word their application pages and their replies to
applicants' emails. It aims at application checklists and coordinator replies: checklist items
with parenthetical conditions ("Step 2 CK score report (min. N; ...)"), check marks, crosses,
empty boxes, bullets and arrows written as plain text, "Required / Recommended / Optional"
labels, ampersands and slashes ("J-1 & H-1B", "USCE/observerships"), abbreviations ("yrs",
"mos", "min.", "PGY-1 spots", "max 2 per Step"), and short answers to common emails ("Re: Do you
take IMGs?"). Its traps settle nothing in the same voice: checklist items about documents only
(photo, CV, personal statement), fees and deadlines that are not eligibility rules,
"Recommended" and "Optional" items (preferences are not requirements), other programs'
checklists, and auto-reply or email-signature boilerplate that promises nothing. All of it is
invented demo data about no real program.

The author read only issue 11 (the fact contract: fact names and values, "preferences are not
requirements; averages of past applicants are not minimums"), ``demoweb/phrasings.py`` (the shape
of a set and the dev/held-out wordings, to avoid reusing them), ``demoweb/info.py`` (how a set is
drawn and rendered, the fields templates get, the truth values of ``demoweb.info._facts`` and
what a blind set must provide), ``tests/test_demoweb_info.py`` (the structural checks a blind set
must pass), the ``class_sizes`` field of ``demoweb/specialties.py`` and the first 70 lines of
``demoweb/phrasings_independent14.py`` (its docstring and the shape of ``ECFMG_BY`` and
``EXTRA_TRAPS``). The author did NOT read, grep, import or run the extraction rules
(``extract/``), their tests (``tests/test_facts*.py``, ``tests/facts_families.py``), ``bench/``,
any benchmark output, git log messages or diffs, or the other blind sets
``demoweb/phrasings_independent*.py`` beyond those 70 lines (nor the twenty-fifth, written at the
same time by another helper); did not run ``bench/facts.py`` or ``precedent facts``, and did not
run the extractor on any of these sentences: nothing here was tuned against the rules. It was
checked only structurally, by an ad-hoc script outside the repository (under ``/tmp``): it
imports, has every claim of the dev set, every template and row formats with the fields
``demoweb.info`` passes and uses only the fields the tests allow, no ECFMG deadline wording is
inside another, no wording is a dev or held-out one, no wording, row or deadline is shared with
another blind set (counted, not shown), and the value checks of ``tests/test_demoweb_info.py``
hold on pages rendered from this set (by monkeypatching ``demoweb.info`` in that script so that
held-out programs use it).
"""

from __future__ import annotations

NAME = "independent26"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "by the ROL certification deadline",
    "time of application": "upon ERAS submission",
    "start of residency": "before PGY-1 orientation",
    "interview": "on or before interview day",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": ("before rank lists are due (NRMP)", "ahead of ROL submission"),
    "time of application": (
        "as of the day you submit through ERAS",
        "when your ERAS application goes in",
    ),
    "start of residency": ("ahead of your residency start date", "before day one of residency"),
    "interview": ("before you come in to interview", "no later than your interview date"),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 6-12 for another program, else
# 60-150 (days, dollars, words).
EXTRA_TRAPS = (
    ("trap:documents_only", 0.3),
    ("trap:fee_deadline", 0.25),
    ("trap:recommended_item", 0.25),
    ("trap:autoreply", 0.2),
    ("trap:other_program", 0.2),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": ("✔ J-1 (ECFMG-sponsored) ✘ H-1B",
                     "Visas: J-1 only — we do not file H-1B petitions.",
                     "Re: Do you sponsor H-1B? Sorry, no — J-1 is the only visa we sponsor.",
                     "J-1 ✔ / H-1B ✘",
                     "Visa sponsorship → J-1 (via ECFMG); H-1B not available."),
    "visa:both": ("✔ J-1 & H-1B both sponsored",
                  "Visas sponsored: J-1 / H-1B (either).",
                  "Re: Do you sponsor visas? Yes — J-1 & H-1B.",
                  "✔ J-1 (ECFMG) ✔ H-1B (GME office files the petition)",
                  "• We sponsor J-1 & H-1B visas for matched applicants."),
    "visa:none": ("✘ J-1 ✘ H-1B — no visa sponsorship",
                  "Visa sponsorship: not offered (US citizens/green-card holders only).",
                  "Re: Visa sponsorship? Unfortunately we are unable to sponsor any visa type.",
                  "Visas: none sponsored — applicants must already hold US work authorization.",
                  "• No J-1, no H-1B sponsorship."),
    "visa:j1_yes": ("✔ J-1 (ECFMG-sponsored)",
                    "Visas: J-1 sponsorship available.",
                    "Re: Can you sponsor a J-1? Yes.",
                    "J-1 → sponsored through ECFMG.",
                    "• J-1 visa holders: sponsorship provided via ECFMG."),
    "visa:h1b_no": ("✘ H-1B (not sponsored)",
                    "H-1B sponsorship: not available.",
                    "Re: H-1B? We're sorry, the program does not sponsor H-1B.",
                    "• H-1B petitions are not filed by our GME office.",
                    "No H-1B sponsorship, sorry!"),
    "img:yes": ("✔ IMGs welcome",
                "Re: Do you take IMGs? Yes, IMGs are welcome to apply.",
                "IMG applicants: eligible to apply ✔",
                "• Open to US & international grads",
                "International medical graduates → accepted."),
    "img:no": ("✘ IMGs (US MD/DO grads only)",
               "Re: Do you take IMGs? Unfortunately, no — we only consider US MD/DO graduates.",
               "Eligibility: LCME/COCA graduates only; IMGs not eligible.",
               "• US MD/DO grads only — no IMGs",
               "International graduates: not accepted."),
    "ecfmg": ("☐ ECFMG certificate (IMGs; must be in hand {by})",
              "ECFMG certification — Required for IMGs {by}.",
              "Re: ECFMG timing? Your certificate must be issued {by}.",
              "→ IMGs: ECFMG certified {by}, no exceptions.",
              "✔ ECFMG certification {by} (required of all IMGs)"),
    "usce:months": ("☐ US clinical experience (min. {n} mos hands-on; observerships don't count)",
                    "USCE — {n}+ months, Required",
                    "Re: USCE? Yes, you need at least {w} months of hands-on US clinical work.",
                    "→ Minimum {n} mos USCE (externships/sub-Is count).",
                    "Required: {n} mos of USCE/hands-on rotations"),
    "usce:zero": ("USCE: Not required.",
                  "Re: Do I need USCE? No — US clinical experience is not a requirement here.",
                  "☐ USCE — not needed to apply",
                  "• No minimum USCE/observership time required.",
                  "US clinical experience → not required to apply."),
    "usce:unstated": ("☐ US clinical experience (required; hands-on, not observership)",
                      "USCE — Required",
                      "Re: Do I need USCE? Yes, it is mandatory.",
                      "• Prior US clinical experience: mandatory.",
                      "✔ USCE/externship in a US hospital — required"),
    "step1:n": ("☐ USMLE Step 1 (min. {n})",
                "Step 1: {n} minimum, Required",
                "Re: Step 1 cutoff? Yes — applications with Step 1 under {n} are not reviewed.",
                "→ Step 1 ≥ {n}",
                "• Step 1 score report (minimum {n})"),
    "step1:none": ("Step 1: no min. score",
                   "Re: Step 1 cutoff? We do not have one.",
                   "☐ Step 1 transcript (no minimum score)",
                   "• No Step 1 cutoff/filter",
                   "USMLE Step 1 → no minimum required."),
    "step2:n": ("☐ Step 2 CK score report (min. {n}; must be released before ranking)",
                "Step 2 CK: {n}+ required",
                "Re: What Step 2 score do I need? At least {n} on CK.",
                "→ Step 2 CK ≥ {n} (Required)",
                "• USMLE Step 2 CK — minimum score {n}"),
    "step2:none": ("Step 2 CK: no minimum",
                   "Re: Step 2 CK cutoff? No, we have none; every application is read.",
                   "☐ Step 2 CK score (no min. score)",
                   "• No Step 2 CK filter applied",
                   "USMLE Step 2 CK → not screened by score."),
    "step2:pct": ("☐ Step 2 CK at or above the {p}th percentile (required)",
                  "Step 2 CK: min. {p}th percentile nationally",
                  "Re: Step 2 CK? You need to score at the {p}th percentile or higher.",
                  "→ Step 2 CK ≥ {p}th percentile",
                  "• Step 2 CK score report ({p}th percentile minimum)"),
    "comlex:n": ("☐ COMLEX Level 2-CE (DO applicants; min. {n})",
                 "COMLEX 2-CE: {n}+ required for DOs",
                 "Re: Do you take COMLEX? Yes — Level 2-CE of at least {n}.",
                 "→ DOs: COMLEX Level 2-CE ≥ {n}",
                 "• COMLEX-USA Level 2-CE score report (minimum {n})"),
    "comlex:none": ("COMLEX: no minimum score",
                    "Re: COMLEX cutoff? No, we do not set one.",
                    "☐ COMLEX transcript (DOs; no min. score)",
                    "• No COMLEX filter",
                    "COMLEX Level 2-CE → no cutoff."),
    "scores:both": ("☐ USMLE scores (min. Step 1 {a} / Step 2 CK {b})",
                    "Score minimums: Step 1 ≥ {a} & Step 2 CK ≥ {b}",
                    "Re: Score cutoffs? Yes — {a} on Step 1 and {b} on Step 2 CK.",
                    "→ Step 1 {a}+ / Step 2 CK {b}+ (both required)",
                    "• Minimums: {a} (Step 1), {b} (Step 2 CK)"),
    "attempt:yes": ("☐ All USMLE Steps passed on 1st attempt",
                    "Attempts: first attempt only (no fails on any Step)",
                    "Re: I failed Step 1 — can I apply? Sorry, we require first-attempt passes "
                    "on every Step.",
                    "→ Max 1 attempt per USMLE Step",
                    "• No exam failures accepted (all Steps, 1st try)"),
    "attempt:step2": ("☐ Step 2 CK passed on the first attempt (required)",
                      "Step 2 CK: first-attempt pass only",
                      "Re: Step 2 CK attempts? It must be passed on your first try.",
                      "→ Single attempt on Step 2 CK required; Step 1 retakes OK.",
                      "• Step 2 CK — max 1 attempt, first-try pass required"),
    "attempt:no": ("Attempts: max 2 per Step (retakes considered)",
                   "Re: I have a failed attempt — can I still apply? Yes, a repeat attempt does "
                   "not rule you out.",
                   "☐ USMLE transcript (multiple attempts OK)",
                   "→ Retakes accepted",
                   "• More than 1 attempt? Still eligible."),
    "yog:n": ("☐ Graduated ≤ {n} yrs ago",
              "YOG: within {n} years (Required)",
              "Re: I graduated a while ago — am I eligible? Only if you graduated within the past "
              "{w} years.",
              "→ Graduation within the last {n} yrs",
              "• Year of graduation: no more than {n} yrs before the Match"),
    "yog:none": ("YOG: no limit",
                 "Re: Is there a YOG cutoff? No, year of graduation does not matter to us.",
                 "☐ Any graduation year (no cutoff)",
                 "• No YOG restriction",
                 "Graduation year → not restricted."),
    "positions:n": ("PGY-1 spots: {n}/yr",
                    "Positions: {n} categorical per year",
                    "Re: How many spots? We take {n} {noun} each year.",
                    "→ {n} categorical PGY-1 position(s) per year",
                    "• Annual intake: {w} (categorical)"),
    "positions:range": ("PGY-1 spots: {a}-{b}/yr",
                        "Positions: {a} to {b} categorical each year",
                        "Re: How many spots? {a}-{b} each year, depending on funding.",
                        "→ {a}–{b} PGY-1 positions per year",
                        "• Annual intake: {a} to {b} interns"),
    "home:positions": ("We welcome {n} new PGY-1 {noun} every year.",
                       "PGY-1 class: {n} {noun} a year.",
                       "Each July we start {n} new {noun}.",
                       "Our program takes {w} {noun} per year.",
                       "Incoming class → {n} {noun}/yr"),
    "total": ("Total complement: {n} residents",
              "Program size: {n} residents (all PGY levels)",
              "Re: How big is the program? {n} residents across all years.",
              "→ {n} residents total",
              "• Residents in program: {n}"),
    "prelim": ("Prelim spots: {n}/yr (separate NRMP code)",
               "Preliminary positions: {n} per year",
               "Re: Prelim year? Yes, we offer {w} preliminary spot(s).",
               "→ Also {n} prelim PGY-1 position(s)",
               "• PGY-1 preliminary: {n} spot(s)"),
    "research_track": ("✔ Research track available",
                       "Re: Can I do research? Yes — we have a dedicated research track.",
                       "Tracks: categorical & research",
                       "→ Research track (protected time) offered",
                       "• Optional research track for interested residents"),
    "us_letters": ("☐ 3 LoRs (min. 2 from US physicians)",
                   "LoRs: at least two must be from US physicians — Required",
                   "Re: Letters? At least two need to come from physicians practicing in the US.",
                   "→ US LoRs required (2 or more)",
                   "• Letters of recommendation: min. 2 US letters"),
    "trap:usce_pref": ("Recommended: USCE/observerships",
                       "USCE — Recommended",
                       "Re: Do I need USCE? It strengthens your application.",
                       "☆ Preferred: hands-on US clinical experience",
                       "• US clinical exposure is a plus"),
    "trap:ecfmg_pref": ("Recommended: ECFMG certification completed before applying",
                        "ECFMG certificate — Preferred",
                        "☆ Already ECFMG certified? That's a plus.",
                        "• Preference given to ECFMG-certified applicants",
                        "Optional but helpful: ECFMG certification in hand"),
    "trap:yog_pref": ("Recommended: graduation within the last few years",
                      "☆ Recent grads preferred",
                      "• Recent graduation is a plus",
                      "Re: I graduated years ago? We tend to favour recent grads.",
                      "YOG — Preferred: recent"),
    "trap:step2_average": ("FYI: our matched residents averaged {n} on Step 2 CK",
                           "Step 2 CK avg. (last class): {n}",
                           "Re: What Step 2 score do I need? Last year's interns averaged {n}.",
                           "→ Mean Step 2 CK of current PGY-1s: {n}",
                           "• Typical Step 2 CK among interviewees: ~{n}"),
    "trap:step1_average": ("FYI: matched residents' Step 1 avg. was {n}",
                           "Step 1 mean (current residents): {n}",
                           "→ Avg. Step 1 of last year's class: {n}",
                           "• Typical Step 1 among matched applicants: ~{n}",
                           "Re: Step 1? Our residents' median was {n}."),
    "trap:letters_pref": ("Recommended: LoRs from US physicians",
                          "☆ US letters preferred",
                          "• A US letter or two helps",
                          "LoRs — US writers Preferred",
                          "Optional but helpful: a letter from a US attending"),
    "trap:documents_only": ("☐ Passport-style photo (taken within the last {n} days)",
                            "☐ CV (ERAS format) & personal statement — Required",
                            "☐ MSPE/Dean's letter + medical school transcript",
                            "• Personal statement: 1 page max, program-specific preferred",
                            "Required documents: photo, CV, personal statement, MSPE"),
    "trap:fee_deadline": ("Application fee: ${n} (non-refundable)",
                          "☐ Supplemental application + ${n} processing fee by Oct 1",
                          "Deadline → ERAS applications due Sept 30; late submissions are not "
                          "reviewed.",
                          "Re: Is there a fee? Yes — ${n}, payable online after you apply.",
                          "• Interview invitations go out by Nov 15; reply within 72 hrs"),
    "trap:recommended_item": ("Recommended: research experience/publications",
                              "Optional: supplemental essay (max {n} words)",
                              "☆ Recommended: a letter from your department chair",
                              "• Optional — short video introduction",
                              "Recommended / not required: Spanish proficiency"),
    "trap:autoreply": ("Thank you for your interest in our program! Due to the high volume of "
                       "inquiries, we are unable to answer individual eligibility questions. "
                       "Please review the checklist on this page.",
                       "This is an automated reply: your message has been received. Please note: "
                       "we cannot pre-screen CVs or say whether you will be invited to interview.",
                       "Re: Do you take IMGs? Thank you for reaching out! All eligibility "
                       "information is posted on our website, and we are not able to review "
                       "individual cases by email.",
                       "Kind regards, Residency Program Coordinator | GME Office | Please allow "
                       "3–5 business days for a reply",
                       "Please note: this inbox is monitored Mon–Fri; replies do not indicate the "
                       "status of your application."),
    "trap:other_program": ("Transitional Year applicants (separate program): ☐ {n} mos USCE "
                           "required",
                           "Sister site checklist (Community Campus, applies separately): YOG ≤ "
                           "{n} yrs",
                           "For the Preliminary Surgery program (separate application): min. {n} "
                           "months of USCE",
                           "Re: the affiliated Family Medicine program? Their checklist asks for "
                           "{n} months of US clinical experience.",
                           "→ Our Psychiatry program (different NRMP code) requires {n} mos USCE"),
}
# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visa sponsorship ✔/✘", "✔ J-1 ✘ H-1B"),
    "visa:both": ("Visa sponsorship ✔/✘", "✔ J-1 ✔ H-1B"),
    "visa:none": ("Visa sponsorship ✔/✘", "✘ J-1 ✘ H-1B"),
    "visa:j1_yes": ("Visa sponsorship ✔/✘", "✔ J-1"),
    "visa:h1b_no": ("Visa sponsorship ✔/✘", "✘ H-1B"),
    "img:yes": ("IMG applicants?", "✔ Yes"),
    "img:no": ("IMG applicants?", "✘ No"),
    "ecfmg": ("ECFMG certificate (IMGs)", "Required {by}"),
    "usce:months": ("USCE (hands-on)", "Required — min. {n} mos"),
    "usce:zero": ("USCE (hands-on)", "Not required"),
    "usce:unstated": ("USCE (hands-on)", "Required"),
    "step1:n": ("Step 1 (min. score)", "{n}"),
    "step1:none": ("Step 1 (min. score)", "No min."),
    "step2:n": ("Step 2 CK (min. score)", "{n}"),
    "step2:none": ("Step 2 CK (min. score)", "No min."),
    "step2:pct": ("Step 2 CK (min. score)", "{p}th percentile or higher"),
    "comlex:n": ("COMLEX 2-CE min. (DOs)", "{n}"),
    "comlex:none": ("COMLEX 2-CE min. (DOs)", "No min."),
    "scores:both": ("Step 1 & Step 2 CK min.", "{a} & {b}"),
    "attempt:yes": ("Attempts allowed", "1 per Step (first-attempt passes only)"),
    "attempt:step2": ("Attempts allowed", "Step 2 CK: first attempt only"),
    "attempt:no": ("Attempts allowed", "More than 1 OK"),
    "yog:n": ("YOG cap", "≤ {n} yrs"),
    "yog:none": ("YOG cap", "No cap"),
    "positions:n": ("PGY-1 spots/yr", "{n}"),
    "positions:range": ("PGY-1 spots/yr", "{a}–{b}"),
    "total": ("Residents (all years)", "{n}"),
    "prelim": ("Prelim spots/yr", "{n}"),
    "research_track": ("Research track", "✔ Offered"),
    "us_letters": ("US LoRs", "Required (2+)"),
    "trap:usce_pref": ("USCE", "Recommended"),
    "trap:step2_average": ("Step 2 CK avg. (matched)", "{n}"),
    "trap:fee_deadline": ("Application fee", "${n}"),
}
# FAQ questions by topic (the claim's prefix): replies to common emails. They settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Re: Do you sponsor J-1 / H-1B?",
    "img": "Re: Do you take IMGs?",
    "ecfmg": "Re: When do I need my ECFMG certificate?",
    "usce": "Re: Is USCE required?",
    "step1": "Re: Step 1 cutoff?",
    "step2": "Re: Step 2 CK minimum?",
    "comlex": "Re: Do you take COMLEX instead of USMLE?",
    "scores": "Re: What scores do I need?",
    "attempt": "Re: I have a failed attempt — can I still apply?",
    "yog": "Re: Is there a YOG cutoff?",
    "positions": "Re: How many PGY-1 spots?",
    "total": "Re: How big is the program?",
    "research_track": "Re: Research opportunities?",
    "prelim": "Re: Do you have prelim spots?",
    "us_letters": "Re: Do my LoRs have to be from the US?",
    "trap": "Re: Any tips for my application?",
}
# fmt: on
