"""A forty-seventh blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-27 (about 21:02-21:10 UTC) by a blind helper session, from its own knowledge
of how the "Applying" pages of emergency medicine and anesthesiology residencies at large academic
health systems read: brisk pages written in the voice of the program's leadership, with a
"Program at a glance" card of short label/value lines, a bulleted "Application requirements" list
under "Must have", "Not required" and "Strongly encouraged", and a few plain FAQ answers. Each
wording is written as a different such page would put it: fragments after a label ("Step 2 CK
minimum: ..."), bullets that begin "Must have:" or "Not required:", one-line FAQ answers,
conditions ("for applicants who tested before pass/fail reporting", "DO applicants"), negations
("H-1B is not an option here"), preferences that are not requirements ("Strongly encouraged",
"helps your application", "at an advantage") and the details of this voice in passing: SLOEs,
away (audition) rotations and VSLO, the CA-1 year and preliminary PGY-1 spots, ERAS, interview
season and the Match. The traps settle nothing: averages of current residents and interviewees,
Step 1 averages from before pass/fail, a sister program's or fellowship's size, interview counts,
annual ED visits, anesthetizing locations and OR counts, and away-rotation logistics. All of it
is invented demo data about no real program, town or person.

The author read only the brief (the fact contract: fact names and values, "preferences are not
requirements; averages of past applicants are not minimums"), ``demoweb/phrasings.py`` (the shape
of a set and the dev/held-out wordings, to avoid reusing them), ``demoweb/info.py`` (how a set is
drawn and rendered, the fields templates get and the truth values of ``demoweb.info._facts``),
``tests/test_demoweb_info.py`` (the structural checks a blind set must pass), the ``class_sizes``
field of ``demoweb/specialties.py``, the first 70 lines of ``demoweb/phrasings_independent14.py``
(its docstring and the shape of ``ECFMG_BY`` and ``EXTRA_TRAPS``), the first 48 lines of
``demoweb/phrasings_independent42.py`` (its docstring, for the provenance style), and, to see how
the page test reads a page's text, ``visible_text`` in ``tests/test_demoweb.py``. The author did
NOT read, grep, import or run the extraction rules (``extract/``), their tests
(``tests/test_facts*.py``, ``tests/facts_families.py``), ``bench/``, any benchmark output, git log
or diffs, the ``issues`` command, README.md's facts sections, or any other blind set
``demoweb/phrasings_independent*.py`` (nor the forty-eighth, written at the same time by another
helper); did not run ``bench/facts.py`` or ``precedent facts``, and did not run the extractor on
any of these sentences: nothing here was tuned against the rules. It was checked only
structurally, by an ad-hoc script outside the repository: it imports, has every claim of the dev
set with four or five distinct wordings (4.6 on average over the dev claims, 4.55 with its own
traps), every template and row formats with the fields ``demoweb.info`` passes and uses only the
fields the tests allow, no ECFMG deadline wording is inside another, no wording is a dev or
held-out one, no wording, row or deadline is shared with (or stands word for word inside, or holds
word for word) one of another blind set (compared through ``demoweb.info.BLIND`` by counts only,
without showing their text), every wording and row states its truth value as the page test's
``_stated`` reads it, and the value checks of ``tests/test_demoweb_info.py`` hold on pages
rendered from this set (by monkeypatching ``demoweb.info`` in that script so held-out programs use
it, and calling that test module's own structural and page checks on this set). The first draft
shared some forty short wordings, card rows and deadline phrases with earlier blind sets (found by
those counts); each was reworded, with the same meaning, before delivery. The forty-eighth set,
not yet in ``BLIND``, was not compared.
"""

from __future__ import annotations

NAME = "independent47"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "by the time our selection committee builds the rank list",
    "time of application": "by the time you submit your ERAS application",
    "start of residency": "before orientation begins in late June",
    "interview": "by the date of your faculty interviews",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": ("before Match rank lists lock",),
    "time of application": ("at the point you hit submit in ERAS",),
    "start of residency": ("before your PGY-1 start date",),
    "interview": ("in advance of your interview slot",),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 6-12 for another program, else
# 60-150 (interviews, thousands of ED visits, anesthetizing locations, visiting students).
EXTRA_TRAPS = (
    ("trap:other_program", 0.2),
    ("trap:interviews", 0.25),
    ("trap:ed_volume", 0.2),
    ("trap:anesthetizing_sites", 0.15),
    ("trap:away_rotations", 0.2),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": ("Visa sponsorship: J-1 only; we do not file H-1B petitions.",
                     "We sponsor the ECFMG J-1 for residents who need a visa. H-1B is not an option here.",
                     "J-1 visas only (sponsored through ECFMG); no H-1B.",
                     "If you need a visa, it has to be a J-1; our health system does not sponsor H-1B visas for residents.",
                     "Only the J-1 clinical visa is supported. We don't sponsor H-1Bs."),
    "visa:both": ("Visas: J-1 and H-1B both sponsored.",
                  "We sponsor J-1 visas, and H-1B visas for candidates who have passed Step 3.",
                  "Our GME office sponsors both J-1 and H-1B visas for incoming residents.",
                  "Both visa types (J-1 and H-1B) are sponsored for matched residents.",
                  "J-1 or H-1B: we can sponsor either."),
    "visa:none": ("We are not able to sponsor any visa, J-1 or H-1B.",
                  "Visa sponsorship: none offered. Applicants must already be authorized to work in the U.S.",
                  "Not available: J-1 or H-1B sponsorship.",
                  "We don't sponsor visas, so applicants must be U.S. citizens, permanent residents or hold an EAD.",
                  "The program cannot sponsor J-1 or H-1B visas."),
    "visa:j1_yes": ("J-1 visas (ECFMG-sponsored) are supported for our residents.",
                    "We sponsor J-1 visas for residents who need one.",
                    "Visa support: J-1 through ECFMG.",
                    "Residents who need a J-1 visa are welcome; the health system sponsors it through ECFMG.",
                    "Our GME office sponsors the J-1 exchange visitor visa."),
    "visa:h1b_no": ("We do not sponsor H-1B visas for residents.",
                    "H-1B: not sponsored.",
                    "The program cannot support H-1B visa petitions.",
                    "Please note that H-1B sponsorship is not available at our institution.",
                    "No H-1B sponsorship, for any of our positions."),
    "img:yes": ("International medical graduates are eligible, and we interview IMGs every season.",
                "IMGs: yes, we review every complete application.",
                "Graduates of international medical schools: we welcome your application.",
                "IMGs are considered on the same footing as U.S. graduates.",
                "Graduates of medical schools outside the U.S. may apply through ERAS like everyone else."),
    "img:no": ("We are unable to accept international medical graduates.",
               "Must have: an MD or DO degree from an LCME- or COCA-accredited school.",
               "IMGs: not eligible for our program at this time.",
               "We only consider graduates of U.S. MD and DO schools.",
               "Applications from graduates of schools outside the U.S. and Canada are not accepted."),
    "ecfmg": ("ECFMG status: certificate in hand {by}.",
              "For IMGs, a valid ECFMG certificate is a must {by}.",
              "Must have (IMGs): ECFMG certification {by}.",
              "We need to see your issued ECFMG certificate {by}.",
              "IMGs: ECFMG certified {by}, without exception."),
    "usce:months": ("Must have: at least {n} months of hands-on clinical experience in U.S. hospitals.",
                    "We require {w} months of U.S. clinical experience; an away rotation counts toward it.",
                    "U.S. clinical experience: {n} months minimum (observerships do not count).",
                    "IMGs need a minimum of {w} months of U.S. clinical work, such as sub-internships or audition rotations.",
                    "Applicants must have completed {n} or more months of clinical rotations in the United States."),
    "usce:zero": ("Not required: U.S. clinical experience.",
                  "No U.S. clinical experience? You can still apply.",
                  "USCE is something we do not require.",
                  "Prior clinical work in the U.S. is not a prerequisite for an interview.",
                  "USCE is not required, though an away rotation can help us get to know you."),
    "usce:unstated": ("Must have: hands-on U.S. clinical experience.",
                      "U.S. clinical experience is mandatory for IMG applicants.",
                      "Applicants are required to have clinical experience in a U.S. hospital; observerships alone do not qualify.",
                      "Some U.S. clinical experience is required before we can consider an application.",
                      "USCE: a must for IMG applicants."),
    "step1:n": ("Step 1: minimum score of {n} for applicants who tested before pass/fail reporting.",
                "We screen out Step 1 scores under {n}.",
                "Must have: USMLE Step 1 of {n} or better.",
                "Our Step 1 floor is {n}.",
                "A numeric Step 1 score must be at least {n}."),
    "step1:none": ("Step 1: a pass is all we need; there is no score minimum.",
                   "We do not apply a Step 1 cutoff.",
                   "Since Step 1 is pass/fail for most applicants, we do not set a minimum Step 1 score.",
                   "Not required: any particular Step 1 score beyond a pass.",
                   "Step 1 has no cutoff in our screening."),
    "step2:n": ("Must have: Step 2 CK score of {n} or above.",
                "Step 2 CK minimum: {n}.",
                "We do not invite applicants with a Step 2 CK below {n}.",
                "Your Step 2 CK score needs to be {n} or higher.",
                "Applications with a Step 2 CK score under {n} are not reviewed."),
    "step2:none": ("There is no Step 2 CK cutoff; we read the whole application.",
                   "Step 2 CK minimum: we do not have one.",
                   "We do not screen on Step 2 CK.",
                   "Not required: a minimum Step 2 CK score."),
    "step2:pct": ("Must have: Step 2 CK at or above the {p}th percentile.",
                  "Our screen drops Step 2 CK results that fall below the {p}th percentile.",
                  "Step 2 CK minimum: {p}th percentile of U.S. and Canadian examinees.",
                  "Step 2 CK results under the {p}th percentile do not receive interview invitations."),
    "comlex:n": ("DO applicants: COMLEX Level 2-CE of {n} or higher.",
                 "The COMLEX Level 2-CE minimum is {n} for applicants who do not take the USMLE.",
                 "Must have (DO applicants): COMLEX-USA Level 2-CE score of at least {n}.",
                 "The department's COMLEX Level 2-CE cutoff sits at {n}.",
                 "Osteopathic students need at least {n} on COMLEX Level 2-CE to be reviewed."),
    "comlex:none": ("COMLEX: accepted, no minimum score.",
                    "We do not use a COMLEX cutoff, and DO applicants do not need to take the USMLE.",
                    "There is no COMLEX score floor for osteopathic applicants.",
                    "Not required: any particular COMLEX score."),
    "scores:both": ("Minimum scores: USMLE Step 1 {a} and Step 2 CK {b}.",
                    "We screen at {a} on Step 1 and {b} on Step 2 CK.",
                    "Must have: Step 1 of at least {a} and Step 2 CK of at least {b}.",
                    "Applicants need {a} or higher on Step 1 and {b} or higher on Step 2 CK.",
                    "Score floors are Step 1 {a} / Step 2 CK {b}."),
    "attempt:yes": ("Must have: every USMLE or COMLEX exam passed on the first attempt.",
                    "We do not consider applicants with a failed attempt on any board exam.",
                    "Every licensing exam on your record must show a first-try pass.",
                    "First-attempt passes on Step 1 and Step 2 CK are required.",
                    "A failure on any USMLE step makes an application ineligible."),
    "attempt:step2": ("Step 2 CK must be passed on the first attempt; a Step 1 retake is reviewed case by case.",
                      "Must have: a first-attempt pass on Step 2 CK.",
                      "We require a single-attempt pass on Step 2 CK.",
                      "We need Step 2 CK passed in a single attempt."),
    "attempt:no": ("A failed attempt does not rule you out; tell us what changed.",
                   "Applicants with an exam retake are still considered.",
                   "Not required: first-attempt passes on the boards.",
                   "We review applicants who needed more than one attempt on a USMLE step.",
                   "One failed Step does not end your application with us."),
    "yog:n": ("Must have: graduated from medical school within the past {n} years.",
              "Graduation year: no more than {n} years before the start of residency.",
              "We consider applicants up to {w} years out of medical school.",
              "If you finished medical school more than {n} years ago, you are not eligible.",
              "Year of graduation must fall within {n} years of the Match you are applying in."),
    "yog:none": ("We place no cap on years since graduation.",
                 "Applicants who graduated years ago are not screened out by graduation date.",
                 "Not required: recent graduation; we have no year-of-graduation limit.",
                 "Year of graduation: any, no cutoff."),
    "positions:n": ("The Match brings us {n} categorical {noun} every year.",
                    "Positions per class: {n}.",
                    "Each year we fill {n} categorical PGY-1 spots through the NRMP Match.",
                    "Our class size is {w} {noun} per year.",
                    "We take {n} {noun} a year into the categorical program."),
    "positions:range": ("We match {a} to {b} residents a year.",
                        "Class size: {a}-{b} per year, depending on funding.",
                        "Each class has between {a} and {b} residents.",
                        "We usually list {a} or {b} categorical positions in the Match."),
    "home:positions": ("{W} {noun} join each class in July.",
                       "We train {n} {noun} per year in a high-volume academic setting.",
                       "Our program matches {n} {noun} each year.",
                       "A class of {n} {noun} starts with us every summer.",
                       "{n} {noun} per class, trained at a Level I trauma center."),
    "total": ("Across all classes, we have {n} residents in training.",
              "Total complement, all classes: {n} residents.",
              "Our residency numbers {n} residents in all.",
              "The department trains {n} residents at any one time.",
              "Program size: {n} residents total."),
    "research_track": ("Research track: open to interested residents by application.",
                       "We offer a research pathway with protected academic time.",
                       "Residents interested in investigation can join our research track after they match.",
                       "A dedicated research track is offered within the residency."),
    "prelim": ("Prelim PGY-1 spots each year: {n}.",
               "{W} preliminary PGY-1 positions are offered alongside the categorical track.",
               "In addition, we match {n} preliminary residents each year.",
               "For applicants matched into advanced CA-1 positions elsewhere, we offer {n} preliminary-year spots."),
    "us_letters": ("Must have: two letters written by U.S. faculty physicians.",
                   "At least one of your letters must come from U.S. emergency medicine faculty, as a SLOE.",
                   "We require letters of recommendation from physicians who practice in the United States.",
                   "Letters: at least two must be from U.S. physicians.",
                   "Letters from U.S. clinicians are required; letters from outside the U.S. do not count toward the three we ask for."),
    "trap:usce_pref": ("Strongly encouraged: U.S. clinical experience, ideally an emergency medicine rotation.",
                       "U.S. clinical experience is a plus.",
                       "We like to see at least one U.S. rotation on your application.",
                       "An away rotation in a U.S. academic department helps your application."),
    "trap:ecfmg_pref": ("Strongly encouraged: ECFMG certification completed early in the season.",
                        "It helps if your ECFMG certification is already complete when we review your file.",
                        "Applicants who are already ECFMG certified are at an advantage.",
                        "We give preference to IMGs who have finished ECFMG certification."),
    "trap:yog_pref": ("Strongly encouraged: recent clinical activity if you graduated a while ago.",
                      "We tend to favor applicants who graduated recently.",
                      "Recent graduation is preferred.",
                      "Graduates who have been out of clinical medicine for a long time are less competitive."),
    "trap:step2_average": ("Step 2 CK across our current PGY classes averaged {n}.",
                           "Average Step 2 CK of last year's interviewed applicants: {n}.",
                           "Matched residents in recent classes have had a mean Step 2 CK of {n}.",
                           "The typical Step 2 CK among our interviewees is around {n}."),
    "trap:step1_average": ("Back when Step 1 was scored, the residents in our senior class averaged {n}.",
                           "Mean Step 1 score of the classes now in training: {n}.",
                           "Our interviewees' Step 1 scores averaged {n} in the last scored year.",
                           "Average Step 1 among residents who matched here: {n}."),
    "trap:letters_pref": ("Strongly encouraged: a SLOE from a U.S. emergency department.",
                          "Letters from U.S. faculty carry more weight with our committee.",
                          "We prefer that at least one letter comes from a U.S. anesthesiologist.",
                          "A letter from a U.S. physician who has worked with you clinically is helpful."),
    "trap:other_program": ("Our sister EM program at the community campus matches {n} residents a year.",
                           "The affiliated anesthesiology program across town takes {n} residents per class.",
                           "Our critical care fellowship is a separate match with {n} positions.",
                           "The health system's other residency site trains {n} residents each year; apply to it separately in ERAS."),
    "trap:interviews": ("Each interview season we meet roughly {n} applicants.",
                        "Last cycle we offered {n} interview invitations.",
                        "Interview season runs October through January, with about {n} applicants interviewed.",
                        "Roughly {n} candidates join us for virtual interview days each year."),
    "trap:ed_volume": ("Our emergency department sees more than {n},000 patient visits a year.",
                       "Annual ED volume: about {n},000 visits.",
                       "Residents train across two emergency departments with a combined {n},000 visits.",
                       "With {n},000 ED visits a year, you will see a bit of everything."),
    "trap:anesthetizing_sites": ("CA-1 residents rotate through more than {n} anesthetizing locations.",
                                 "The department staffs {n} operating rooms and off-site locations.",
                                 "Our anesthesiologists cover {n} anesthetizing locations each weekday.",
                                 "Residents log cases across {n} ORs at the main hospital."),
    "trap:away_rotations": ("We host about {n} visiting students on away rotations each year, with applications through VSLO.",
                            "Away rotation applications open in VSLO in the spring; a rotation is not a guarantee of an interview.",
                            "Audition rotations fill quickly, so apply early through VSLO.",
                            "Visiting students who rotate with us receive a departmental SLOE."),
}
# "Program at a glance" card lines: claim → (label, value). Claims without a row are sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visa sponsorship (residents)", "J-1 only, no H-1B"),
    "visa:both": ("Visas sponsored for residents", "J-1, H-1B"),
    "visa:none": ("Visas sponsored for residents", "None; U.S. work authorization required"),
    "visa:j1_yes": ("J-1 sponsorship (via ECFMG)", "Yes"),
    "visa:h1b_no": ("H-1B sponsorship (residents)", "Not available"),
    "img:yes": ("International grads (IMGs)", "Considered"),
    "img:no": ("International grads (IMGs)", "Not considered"),
    "ecfmg": ("ECFMG (IMGs)", "Certificate in hand {by}"),
    "usce:months": ("USCE for IMGs (hands-on)", "At least {n} months"),
    "usce:zero": ("USCE for IMGs (hands-on)", "Not required"),
    "usce:unstated": ("USCE for IMGs (hands-on)", "Required"),
    "step1:n": ("Step 1 screen (scored exams)", "{n} or above"),
    "step1:none": ("Step 1 screen (scored exams)", "No screen, pass only"),
    "step2:n": ("Step 2 CK screen", "{n} or above"),
    "step2:none": ("Step 2 CK screen", "No score screen"),
    "step2:pct": ("Step 2 CK screen", "{p}th percentile or above"),
    "comlex:n": ("COMLEX Level 2-CE screen", "{n} or above"),
    "comlex:none": ("COMLEX Level 2-CE screen", "No screen used"),
    "scores:both": ("Board score floors", "Step 1 {a} | Step 2 CK {b}"),
    "attempt:yes": ("Board passes", "First attempt required"),
    "attempt:step2": ("Board passes", "First attempt required on Step 2 CK"),
    "attempt:no": ("Board passes", "Retakes considered"),
    "yog:n": ("Year of graduation (limit)", "Within the last {n} years"),
    "yog:none": ("Year of graduation (limit)", "No limit"),
    "positions:n": ("Categorical positions / year", "{n}"),
    "positions:range": ("Categorical positions / year", "{a}-{b}"),
    "total": ("Residents, all classes", "{n}"),
    "research_track": ("Research pathway", "Offered"),
    "prelim": ("Prelim PGY-1 spots (advanced matches)", "{n}"),
    "us_letters": ("Letters written by U.S. physicians", "Must have"),
    "trap:step2_average": ("Step 2 CK, average of current residents", "{n}"),
    "trap:ed_volume": ("Annual ED visits", "{n},000"),
    "trap:interviews": ("Interviewed last cycle", "{n}"),
    "trap:anesthetizing_sites": ("Anesthetizing locations", "{n}"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Do you sponsor J-1 or H-1B visas?",
    "img": "Are IMGs eligible?",
    "ecfmg": "When does ECFMG certification need to be done?",
    "usce": "Do IMGs need U.S. clinical experience?",
    "step1": "Is there a Step 1 cutoff now that it is pass/fail?",
    "step2": "What Step 2 CK score do you screen at?",
    "comlex": "Do DO applicants need to take the USMLE?",
    "scores": "Do you use board score cutoffs?",
    "attempt": "What if I failed a board exam?",
    "yog": "Do you take older graduates?",
    "positions": "How many residents do you match each year?",
    "total": "How many residents are in the program?",
    "research_track": "Is there protected time for research?",
    "prelim": "Do you have preliminary PGY-1 spots?",
    "us_letters": "Do I need a SLOE or letters from U.S. physicians?",
    "trap": "What makes an applicant competitive here?",
}
# fmt: on
