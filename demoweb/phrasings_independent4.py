"""A fourth blind phrasing set (``independent4``) for the demo web's eligibility pages.

Written on 2026-11-25 by a helper session started by the project, blind: the author read only
``demoweb/phrasings.py`` (the shape of a set), ``demoweb/info.py`` (how a set is chosen and
rendered; the other blind sets only as names it imports), ``tests/test_demoweb_info.py``, the fact
contract (issue 11) and the ``SPLITS``/argument handling of ``bench/facts.py``. The author did not
read the extraction rules (``extract/facts.py``, ``extract/patterns/``), their tests, any bench
output, their git history, or the earlier blind sets (``phrasings_independent*.py``), and never
ran fact extraction on these pages. The wording comes from the author's own knowledge of how US
residency program websites state eligibility. After the set was written, a check for wordings it
shares with the earlier blind sets (it printed only this set's colliding lines; one failed
assertion did show truncated fragments of a few ``independent3`` sentences) led to rewording
eleven sentences, some table rows, questions and one deadline here so that no wording repeats.

Everything here is fictional demo data: no real program says these things.

The shape is :mod:`demoweb.phrasings`' (same claim keys and placeholders: ``{n}`` a number,
``{w}``/``{W}`` it in words, ``{a}``/``{b}`` range ends or Step 1/Step 2 CK floors, ``{p}`` a
percentile, ``{by}`` the ECFMG deadline, ``{noun}`` "resident"/"residents"), plus:

- ``ECFMG_BY``: the deadline in this set's words, one per canonical value; ``ECFMG_BY_ALSO`` other
  wordings of the same deadline, drawn from at random (``demoweb.info`` picks one of all of them);
- ``EXTRA_TRAPS``: (claim, share) of traps only this set has, each drawn for a program with its
  share; they get ``{n}`` (6 to 12 for ``trap:other_program``, otherwise 60 to 150).

Every sentence states its claim's value plainly to a human reader; traps settle nothing about the
program (another program's or the institution's policy, applicant statistics, questions left
unanswered, soft preferences).
"""

from __future__ import annotations

NAME = "independent4"

# ECFMG deadline: canonical value → this set's words (fits "… must be ECFMG certified {by}.").
ECFMG_BY: dict[str, str] = {
    "rank order list deadline": "before the NRMP rank order list deadline",
    "time of application": "at the time of ERAS submission",
    "start of residency": "before residency begins on July 1",
    "interview": "by the date of the interview",
}
# Other wordings of each deadline.
ECFMG_BY_ALSO: dict[str, tuple[str, ...]] = {
    "rank order list deadline": (
        "by the time rank lists are due to the NRMP",
        "no later than the Match rank list certification deadline",
    ),
    "time of application": ("by the date the ERAS application is submitted", "before applying"),
    "start of residency": ("by the program start date", "prior to starting PGY-1 training"),
    "interview": ("prior to the interview day", "before interviewing"),
}

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": ("The only visa we sponsor is the ECFMG-sponsored J-1 Exchange Visitor visa.",
                     "We can sponsor a J-1 visa but not an H-1B.",
                     "Applicants who need visa sponsorship must be eligible for a J-1 visa, as "
                     "this program does not sponsor H-1B visas.",
                     "Visa sponsorship is restricted to the J-1 (no H-1B)."),
    "visa:both": ("Eligible applicants may be sponsored for either the J-1 or the H-1B visa.",
                  "Both J-1 and H-1B visa sponsorship are available through our GME office.",
                  "The program sponsors H-1B visas in addition to J-1 visas.",
                  "Visa options for international applicants include the J-1 and the H-1B; "
                  "both are sponsored."),
    "visa:none": ("We are unable to sponsor visas; applicants must be U.S. citizens or lawful "
                  "permanent residents.",
                  "Our residency cannot sponsor either J-1 or H-1B visas.",
                  "Visa sponsorship is not available for this program.",
                  "Neither J-1 nor H-1B visas are sponsored."),
    "visa:j1_yes": ("J-1 visas can be sponsored for residents who need them.",
                    "J-1 visa sponsorship is offered to eligible international graduates.",
                    "International applicants may train here on a J-1 visa sponsored through "
                    "ECFMG."),
    "visa:h1b_no": ("Unfortunately, we are unable to offer H-1B sponsorship.",
                    "H-1B visa sponsorship is not offered by this program.",
                    "Please note that the H-1B visa is not an option for this program."),
    "img:yes": ("Applications from graduates of international medical schools are welcome here.",
                "International medical graduates are eligible and are considered alongside U.S. "
                "graduates.",
                "IMGs are eligible to apply.",
                "Graduates of medical schools outside the United States and Canada may apply."),
    "img:no": ("Only graduates of LCME- or AOA-accredited U.S. medical schools are eligible.",
               "We are not able to accept international medical graduates.",
               "IMGs are not eligible for this program.",
               "Applications from graduates of foreign medical schools are not accepted."),
    "ecfmg": ("International graduates need a valid ECFMG certificate in hand {by}.",
              "ECFMG certification must be completed {by}.",
              "All IMG applicants are required to be ECFMG certified {by}.",
              "IMGs (graduates of non-U.S. medical schools) must have ECFMG certification {by}.",
              "If you graduated outside the U.S. or Canada, you must be ECFMG certified {by}."),
    "usce:months": ("Applicants must have at least {n} months of clinical experience in the "
                    "United States.",
                    "A minimum of {w} months of U.S. clinical experience (hands-on, not "
                    "observership) is required.",
                    "We require {n} or more months of USCE in the U.S. health care system.",
                    "{W} months of hands-on clinical work in a U.S. hospital are required of "
                    "every IMG applicant."),
    "usce:zero": ("U.S. clinical experience is not a prerequisite for application.",
                  "We do not require clinical experience in the United States.",
                  "No U.S. clinical experience is needed to apply."),
    "usce:unstated": ("Hands-on clinical experience in the United States is required.",
                      "Applicants must have completed clinical rotations in the U.S.",
                      "Prior clinical experience in a U.S. hospital is a requirement for IMG "
                      "applicants."),
    "step1:n": ("Applicants must have a USMLE Step 1 score of {n} or above.",
                "We require a minimum Step 1 score of {n}.",
                "Step 1 scores must be no lower than {n}.",
                "Only applicants with a USMLE Step 1 score of at least {n} are reviewed."),
    "step1:none": ("We do not have a minimum Step 1 score requirement.",
                   "No Step 1 score cutoff is used in screening.",
                   "There is no Step 1 threshold for application."),
    "step2:n": ("A minimum USMLE Step 2 CK score of {n} is required.",
                "Step 2 CK scores must be at least {n}.",
                "Applicants who score below {n} on Step 2 CK are not eligible.",
                "Applications are reviewed only when the USMLE Step 2 CK score is {n} or greater."),
    "step2:none": ("We have no minimum Step 2 CK score.",
                   "Step 2 CK scores are reviewed holistically; there is no cutoff.",
                   "Applicants are not screened by Step 2 CK score; no minimum applies."),
    "step2:pct": ("Step 2 CK scores must be at or above the {p}th percentile.",
                  "We require a USMLE Step 2 CK score no lower than the {p}th percentile.",
                  "Applicants must score at the {p}th percentile or higher on Step 2 CK."),
    "comlex:n": ("Osteopathic applicants must have a COMLEX Level 2-CE score of at least {n}.",
                 "The minimum acceptable COMLEX-USA Level 2-CE score is {n}.",
                 "For DO candidates who have not taken the USMLE, COMLEX Level 2-CE must be {n} "
                 "or higher."),
    "comlex:none": ("There is no COMLEX score cutoff.",
                    "We do not set a minimum COMLEX-USA score.",
                    "DO applicants are not held to a minimum COMLEX score."),
    "scores:both": ("We set USMLE minimums of {a} on Step 1 and {b} on Step 2 CK.",
                    "Applicants need at least {a} on Step 1 and at least {b} on Step 2 CK.",
                    "Score requirements (minimum): USMLE Step 1 \u2265 {a}, USMLE Step 2 CK \u2265 "
                    "{b}."),
    "attempt:yes": ("All USMLE Steps must be passed on the first attempt.",
                    "Applicants with a failed attempt on any USMLE Step are not eligible.",
                    "We only consider applicants who passed each USMLE Step on their first try.",
                    "First-time passes on all licensing examinations are required."),
    "attempt:step2": ("We require a first-attempt pass on USMLE Step 2 CK.",
                      "Applicants must have passed Step 2 CK on their first attempt.",
                      "A first-time pass is required on Step 2 CK; Step 1 attempts are not held "
                      "against applicants."),
    "attempt:no": ("Applicants who needed more than one attempt to pass a USMLE Step are still "
                   "considered.",
                   "A first-attempt pass is not required.",
                   "We consider applicants with multiple attempts on the USMLE.",
                   "Previous exam failures do not make an applicant ineligible."),
    "yog:n": ("Applicants must be no more than {n} years out of medical school.",
              "Applicants' medical school graduation must fall within the past {w} years.",
              "Candidates more than {w} years past graduation are not eligible.",
              "We accept applicants who graduated from medical school within the last {n} years."),
    "yog:none": ("We do not have a cutoff for year of graduation.",
                 "Applicants are considered regardless of graduation year.",
                 "There is no time-since-graduation limit."),
    "positions:n": ("We recruit {n} {noun} each year.",
                    "Each year, the program matches {w} categorical {noun}.",
                    "Annual class size: {w} {noun}.",
                    "PGY-1 positions per year: {n}."),
    "positions:range": ("We match {a} to {b} residents each year.",
                        "Our class size varies from {a} to {b} residents per year.",
                        "The program fills {a}\u2013{b} categorical positions in each Match."),
    "home:positions": ("Our program trains {n} {noun} per year.",
                       "We welcome {w} new {noun} to our program every year.",
                       "With {n} {noun} per class, our program offers close mentorship."),
    "total": ("Across PGY-1 through the final year, the program has {n} residents.",
              "Our residency has a total of {n} residents.",
              "The program currently has {n} residents at all levels of training."),
    "research_track": ("Residents may pursue a dedicated research track with protected "
                       "research time.",
                       "We offer an optional research track for residents pursuing academic "
                       "careers.",
                       "A formal research track, including an in-folded research year, is "
                       "available."),
    "prelim": ("Number of preliminary positions offered annually: {n}.",
               "The program also offers preliminary positions ({n} per year).",
               "Preliminary-year slots: {w} each year."),
    "us_letters": ("At least one letter of recommendation must be written by a physician in the "
                   "United States.",
                   "Your application must include letters of recommendation from physicians "
                   "practicing in the U.S.",
                   "Two of your letters must come from faculty at U.S. institutions."),
    "trap:usce_pref": ("Applicants with hands-on U.S. clinical experience are viewed favorably.",
                       "U.S. clinical experience makes for a stronger application.",
                       "We value clinical experience obtained in the United States."),
    "trap:ecfmg_pref": ("We encourage IMGs to complete ECFMG certification as early as possible.",
                        "Applicants who are already ECFMG certified when they apply have an "
                        "advantage.",
                        "Early ECFMG certification is desirable."),
    "trap:yog_pref": ("Preference is given to recent graduates.",
                      "We look favorably on candidates who graduated within the last few years.",
                      "Recent clinical activity is valued; applicants who have been out of "
                      "training for a while should explain any gaps."),
    "trap:step2_average": ("Our incoming interns had a mean Step 2 CK score of {n}.",
                           "Matched applicants over the past three years averaged {n} on Step "
                           "2 CK.",
                           "Most of our interviewed applicants scored around {n} on Step 2 CK."),
    "trap:step1_average": ("Before Step 1 went pass/fail, our residents' average Step 1 score "
                           "was {n}.",
                           "The median Step 1 score of our current residents is {n}.",
                           "Historically, successful applicants to our program scored about {n} "
                           "on Step 1."),
    "trap:letters_pref": ("Letters from U.S. faculty who know your clinical work are especially "
                          "helpful.",
                          "A letter from a physician who supervised you in the U.S. is a plus.",
                          "Letters written by U.S. physicians carry weight with our committee."),
    # Traps only this set has (see EXTRA_TRAPS).
    "trap:other_program": ("Our Internal Medicine residency, which accepts {n} interns a year, "
                           "sponsors H-1B visas; please see that program's website for its own "
                           "requirements.",
                           "The affiliated transitional year program ({n} positions) has its "
                           "own eligibility criteria, including a Step 2 CK minimum of 220.",
                           "Our sister General Surgery program matches {n} categorical "
                           "residents per year and requires six months of U.S. clinical "
                           "experience."),
    "trap:applications": ("Last season we received more than {n} applications for each "
                          "position.",
                          "We typically receive about {n} applications per available position.",
                          "Applications received per position last cycle: {n}."),
    "trap:interviews": ("We interview approximately {n} candidates per recruitment cycle.",
                        "About {n} applicants are invited to interview each year.",
                        "In the last cycle, {n} applicants were interviewed."),
    "trap:institution_visas": ("Visa policies differ among our residency programs; across the "
                               "institution, more than {n} trainees currently hold J-1 or H-1B "
                               "visas.",
                               "Our GME office supports over {n} residents and fellows on visas "
                               "institution-wide; each program sets its own sponsorship "
                               "policy.",
                               "Institution-wide, {n} trainees hold visas; this figure is not "
                               "specific to any one program."),
    "trap:ask": ("Have a question about visa sponsorship or minimum USMLE scores? Email the "
                 "program coordinator.",
                 "Questions about ECFMG certification deadlines should be directed to ECFMG.",
                 "Wondering whether your USMLE scores or year of graduation make you "
                 "competitive? Contact our coordinator before applying."),
}
# Traps only this set has: (claim, the share of this set's programs that show it).
EXTRA_TRAPS: tuple[tuple[str, float], ...] = (
    ("trap:other_program", 0.3),
    ("trap:applications", 0.25),
    ("trap:interviews", 0.25),
    ("trap:institution_visas", 0.2),
    ("trap:ask", 0.3),
)
# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visas we sponsor", "J-1 only (no H-1B)"),
    "visa:both": ("Visas we sponsor", "J-1 and H-1B"),
    "visa:none": ("Visas we sponsor", "None"),
    "visa:j1_yes": ("J-1 visa sponsorship", "Offered"),
    "visa:h1b_no": ("H-1B visa sponsorship", "Not offered"),
    "img:yes": ("Accepts international graduates", "Yes"),
    "img:no": ("Accepts international graduates", "No"),
    "ecfmg": ("ECFMG certification", "Required {by}"),
    "usce:months": ("Minimum U.S. clinical experience", "{n} months"),
    "usce:zero": ("Minimum U.S. clinical experience", "Not required"),
    "usce:unstated": ("Hands-on U.S. clinical experience", "Required"),
    "step1:n": ("Required USMLE Step 1 score", "{n} or higher"),
    "step1:none": ("Required USMLE Step 1 score", "No minimum"),
    "step2:n": ("Required USMLE Step 2 CK score", "{n} or higher"),
    "step2:none": ("Required USMLE Step 2 CK score", "No minimum"),
    "step2:pct": ("Required USMLE Step 2 CK score", "{p}th percentile or higher"),
    "comlex:n": ("Required COMLEX Level 2-CE score", "{n} or higher"),
    "comlex:none": ("Required COMLEX Level 2-CE score", "No minimum"),
    "attempt:yes": ("Must pass every USMLE Step on the first attempt", "Yes"),
    "attempt:step2": ("First-attempt pass required", "Step 2 CK only"),
    "attempt:no": ("Must pass every USMLE Step on the first attempt", "No"),
    "yog:n": ("Maximum years since medical school graduation", "{n}"),
    "yog:none": ("Maximum years since medical school graduation", "No limit"),
    "positions:n": ("Residents accepted per year", "{n}"),
    "positions:range": ("Residents accepted per year", "{a}\u2013{b}"),
    "total": ("Residents in all years", "{n}"),
    "prelim": ("Preliminary positions per year", "{n}"),
    "research_track": ("Research track", "Available"),
    "us_letters": ("Letters from U.S. physicians", "Required"),
    "trap:usce_pref": ("Hands-on U.S. clinical experience", "Preferred"),
    "trap:step2_average": ("Step 2 CK average, current residents", "{n}"),
    "trap:step1_average": ("Mean Step 1 of current residents", "{n}"),
    "trap:interviews": ("Applicants interviewed per year", "{n}"),
    "trap:applications": ("Applications per position, last cycle", "{n}"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Will the program sponsor my visa?",
    "img": "Is the program open to graduates of foreign medical schools?",
    "ecfmg": "When does my ECFMG certificate need to be issued?",
    "usce": "What U.S. clinical experience is expected?",
    "step1": "Does my Step 1 score matter for screening?",
    "step2": "What Step 2 CK score is needed to apply?",
    "comlex": "Do you have a COMLEX requirement for DO applicants?",
    "scores": "Which USMLE scores do you require?",
    "attempt": "I failed a Step once. Am I still eligible?",
    "yog": "Is there a graduation-year cutoff?",
    "positions": "How many residents do you match per year?",
    "total": "How big is the residency overall?",
    "research_track": "Is protected research time possible?",
    "prelim": "Do you have preliminary-year positions?",
    "us_letters": "Do any letters need to come from the U.S.?",
    "trap": "What else should I know about applying?",
}
# fmt: on
