"""A twenty-third blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-26 (about 12:43-12:50 UTC) by a blind helper session, from its own knowledge
of how the "What's new this application cycle", "Updates for the 2027 Match" and news sections of
US residency program pages read: internal medicine, pediatrics, diagnostic radiology, emergency
medicine, anesthesiology, neurology and neurosurgery programs posting policy changes. It aims at
dated announcements and changes over time ("Effective with the 2027 Match, ...", "Update (June
2026): ...", "We have retired our Step 1 cutoff, ..."), where the sentence states the CURRENT
policy and any older rule it mentions is overridden within the same sentence ("lowered from
240", "no longer", "has been discontinued"); corrections of misconceptions and outdated listings
("Contrary to what some forums say, ...", "Correction (September 2026): an earlier version of
this page said ..."); comparisons with the old rule ("now", "still", "as before", "continues
to", "unchanged"); and table rows labelled by cycle ("Step 2 CK floor, 2027 cycle"). Its traps
settle nothing now: past policies whose successor is not yet decided ("For the 2025 Match,
applicants needed ...; the threshold for the coming cycle will be announced in August"),
policies under review and rumours with no decision, application and open-house counts, another
program's rules (a fellowship, a sister campus), averages of past classes, and preferences.
All of it is invented demo data about no real program.

The author read only the brief (issue 11's fact contract: fact names and values, "preferences are
not requirements; averages of past applicants are not minimums"), ``demoweb/phrasings.py`` (the
shape of a set and the dev/held-out wordings, to avoid reusing them), ``demoweb/info.py`` (how a
set is drawn and rendered, the fields templates get and the truth values of
``demoweb.info._facts``), ``tests/test_demoweb_info.py`` (the structural checks a blind set must
pass), the ``class_sizes`` field of ``demoweb/specialties.py`` and the first 70 lines of
``demoweb/phrasings_independent14.py`` (its docstring and the shape of ``ECFMG_BY`` and
``EXTRA_TRAPS``). The author did NOT read, grep, import or run the extraction rules
(``extract/``), their tests (``tests/test_facts*.py``, ``tests/facts_families.py``), ``bench/`` or
any benchmark output, git log messages or diffs, or the other blind sets
``demoweb/phrasings_independent*.py`` beyond those 70 lines (nor the twenty-fourth, written at the
same time by another helper); did not run ``bench/facts.py`` or ``precedent facts``, and did not
run the extractor on any of these sentences: nothing here was tuned against the rules. It was
checked only structurally, by an ad-hoc script outside the repository: it imports, has every claim
of the dev set with five wordings each, every template and row formats with the fields
``demoweb.info`` passes and uses only the fields the tests allow, no ECFMG deadline wording is
inside another, no wording is a dev or held-out one, and the value checks of
``tests/test_demoweb_info.py`` hold on pages rendered from this set (by monkeypatching
``demoweb.info`` in that script). It has not been compared with the earlier blind sets, so some
wordings may repeat theirs. When the lead wired it (2026-11-26, 12:50 UTC), two main ECFMG
wordings (start of residency, interview) and one alternative equalled earlier sets' and gave way
to this set's own alternatives.
"""

from __future__ import annotations

NAME = "independent23"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "by the day our rank order list is certified",
    "time of application": "on the day you certify your ERAS application",
    "start of residency": "by the time you begin training with us",
    "interview": "by the date of your virtual interview",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": (
        "before we certify our rank list in late February",
        "ahead of our NRMP rank list certification",
    ),
    "time of application": (
        "by the date your ERAS file reaches us",
        "no later than the day you apply",
    ),
    "start of residency": (),
    "interview": ("in advance of interviewing with the program",),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 6-12 for another program, else
# 60-150 (applications per position, open-house attendance).
EXTRA_TRAPS = (
    ("trap:old_rule", 0.25),
    ("trap:under_review", 0.2),
    ("trap:applications", 0.15),
    ("trap:open_house", 0.15),
    ("trap:other_program", 0.2),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS_23: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "Policy update (July 2026): we have stopped sponsoring H-1B visas, and J-1 sponsorship through ECFMG continues as the only visa option.",
        "Effective with the 2027 Match, the program sponsors the J-1 visa and no longer sponsors the H-1B.",
        "Contrary to what some applicant forums report, we have never offered H-1B sponsorship; the J-1 remains the one visa we support.",
        "Unchanged for this cycle: J-1 is the sole visa category we sponsor, and H-1B petitions are not filed for incoming residents.",
        "What's new: after a review by the GME office, H-1B sponsorship has been discontinued, leaving the J-1 as our only sponsored visa.",
    ),
    "visa:both": (
        "New this cycle: in addition to the J-1, we now sponsor H-1B visas for eligible incoming residents.",
        "Beginning with the 2027-2028 academic year, the program sponsors H-1B visas alongside J-1 visas.",
        "As in previous cycles, both J-1 and H-1B sponsorship remain available to the residents we match.",
        "Correction (September 2026): an earlier version of this page said we sponsor only J-1 visas; in fact we sponsor H-1B visas as well as J-1 visas.",
        "Update for the 2027 Match: H-1B sponsorship has been reinstated, and J-1 sponsorship continues unchanged.",
    ),
    "visa:none": (
        "Effective this cycle, the program no longer sponsors visas of any kind, J-1 or H-1B.",
        "Reminder, unchanged from last year: we cannot sponsor J-1, H-1B or any other visa.",
        "Contrary to a rumour circulating among applicants, we have not begun sponsoring visas; neither the J-1 nor the H-1B is offered.",
        "As of July 2026, institutional policy no longer permits this program to sponsor J-1 or H-1B visas.",
        "News from the GME office: visa sponsorship, which ended in 2025, has not been restored for the 2027 Match.",
    ),
    "visa:j1_yes": (
        "Still true this cycle: we sponsor J-1 visas through ECFMG for residents who need them.",
        "As of the 2027 Match, J-1 visa sponsorship continues to be available to matched applicants.",
        "Contrary to what some forums say, this program does sponsor the J-1 visa.",
        "No change for 2027: eligible residents may train here on an ECFMG-sponsored J-1.",
        "Updated August 2026: the J-1 exchange visitor visa remains available to our incoming residents.",
    ),
    "visa:h1b_no": (
        "Effective with this application cycle, we no longer sponsor H-1B visas.",
        "Please note the change from earlier years: H-1B sponsorship has been discontinued.",
        "Contrary to an outdated listing elsewhere online, the program does not sponsor H-1B visas.",
        "As before, the program is not in a position to file H-1B petitions for residents.",
        "2026 update: H-1B visas are no longer sponsored by our department.",
    ),
    "img:yes": (
        "New this year: international medical graduates are now eligible to apply to our program.",
        "As in every prior cycle, we continue to welcome applications from graduates of international medical schools.",
        "Contrary to what some forums say, IMGs are considered for every one of our categorical positions.",
        "Policy reminder for the 2027 Match: applications from IMGs remain fully eligible for review.",
        "We have lifted our former restriction on international graduates, who may now apply.",
    ),
    "img:no": (
        "Effective this cycle, we are no longer able to consider international medical graduates.",
        "As in previous years, only graduates of LCME- or AOA-accredited schools in the United States are eligible.",
        "Contrary to some online listings, our program does not consider applications from graduates of foreign medical schools.",
        "Update for the 2027 Match: the program can accept only US MD and DO graduates this year.",
        "Unchanged for this cycle: IMGs are not eligible for our positions.",
    ),
    "ecfmg": (
        "New requirement: IMGs must now have ECFMG certification complete {by}.",
        "Effective with the 2027 Match, we will need to see ECFMG certification {by}.",
        "As in past cycles, international graduates must be fully ECFMG certified {by}.",
        "Contrary to a common misconception, a pending ECFMG certificate is not enough; certification has to be finished {by}.",
        "Reminder for this cycle: ECFMG certification continues to be required {by}.",
    ),
    "usce:months": (
        "Beginning this cycle, applicants need at least {n} months of hands-on clinical experience in US hospitals.",
        "Our US clinical experience requirement has changed: we now ask for {w} months, and observerships still do not count.",
        "Contrary to what some forums report, our USCE minimum has not been waived: {W} months of US clinical work are still required.",
        "As before, {w} months of US clinical experience is the minimum for an interview.",
        "Updated for 2027: the required amount of US clinical experience is now {n} months, up from one month previously.",
    ),
    "usce:zero": (
        "We have dropped our US clinical experience requirement, and USCE is no longer needed to apply.",
        "Effective this cycle, hands-on experience in US hospitals is not a prerequisite for application.",
        "Contrary to what some forums say, we do not require any US clinical experience.",
        "As in past years, applicants without US clinical experience are fully eligible, since USCE is not required.",
        "2026 update: our former USCE requirement has been retired, and US clinical experience is not needed.",
    ),
    "usce:unstated": (
        "New this cycle: US clinical experience is now required of all applicants.",
        "As before, some hands-on clinical experience in the United States is mandatory.",
        "Contrary to what some forums report, we have not dropped our USCE requirement; applicants must still have US clinical experience.",
        "Effective with the 2027 Match, applicants must have completed clinical work in a US hospital.",
        "Our US clinical experience requirement continues unchanged for this cycle.",
    ),
    "step1:n": (
        "For the 2027 cycle, our minimum USMLE Step 1 score is {n}, lowered from 240.",
        "Effective this year, applicants who hold a scored Step 1 result must have earned {n} or better.",
        "Contrary to what some forums say, we still apply a Step 1 floor of {n}.",
        "As in past cycles, the Step 1 cutoff remains {n}.",
        "Updated October 2026: applications with a USMLE Step 1 score below {n} will no longer be reviewed.",
    ),
    "step1:none": (
        "We have retired our Step 1 cutoff, so there is no longer a minimum score.",
        "Now that Step 1 is pass/fail, we no longer set any numeric Step 1 threshold.",
        "Contrary to forum posts, the program does not screen applicants by Step 1 score.",
        "As in previous cycles, no minimum USMLE Step 1 score applies.",
        "Effective 2026, applications are considered regardless of Step 1 score.",
    ),
    "step2:n": (
        "New for the 2027 Match: our minimum Step 2 CK score is now {n}, down from 250.",
        "Effective this cycle, applicants need a USMLE Step 2 CK score of {n} or above to be reviewed.",
        "Contrary to what some forums claim, we have not dropped our Step 2 CK floor; it remains {n}.",
        "As before, Step 2 CK scores under {n} do not meet our threshold.",
        "Update (June 2026): the Step 2 CK screening minimum has been set at {n} for this application season.",
    ),
    "step2:none": (
        "We have eliminated our Step 2 CK cutoff, and there is no minimum score this cycle.",
        "Effective with the 2027 Match, Step 2 CK scores no longer serve as a screening threshold.",
        "Contrary to what some forums say, the program sets no Step 2 CK floor.",
        "As in last year's cycle, applications are reviewed regardless of Step 2 CK score.",
        "Our former Step 2 CK minimum has been retired and is not being replaced.",
    ),
    "step2:pct": (
        "New this cycle: we now require a Step 2 CK score at or above the {p}th percentile.",
        "Effective 2026, our Step 2 CK floor is set against the national distribution, at the {p}th percentile.",
        "Contrary to a common belief, our Step 2 CK minimum is not a fixed number; scores must reach the {p}th percentile.",
        "As before, applicants must score at the {p}th percentile or higher on Step 2 CK.",
        "We have replaced our fixed Step 2 CK cutoff with a relative one: the {p}th percentile of US test takers.",
    ),
    "comlex:n": (
        "New for osteopathic applicants: we now require a COMLEX Level 2-CE score of {n} or higher.",
        "Effective with the 2027 Match, DO candidates need a COMLEX Level 2-CE score of at least {n}.",
        "Contrary to what some forums say, we do apply a COMLEX floor, and it is {n} on Level 2-CE.",
        "As in prior years, COMLEX-USA Level 2-CE scores below {n} are not considered.",
        "Update: our COMLEX Level 2-CE minimum has been lowered from 600 to {n}.",
    ),
    "comlex:none": (
        "We no longer apply a minimum COMLEX score to DO applicants.",
        "Effective this cycle, there is no COMLEX score cutoff for osteopathic applicants.",
        "Contrary to what some forums say, DO applicants face no minimum COMLEX Level 2-CE score.",
        "As in previous years, osteopathic applicants are considered regardless of COMLEX score.",
        "Our old COMLEX threshold has been dropped, and no new one has been set.",
    ),
    "scores:both": (
        "New minimums for the 2027 Match: Step 1 {a} and Step 2 CK {b}.",
        "Effective this cycle, we require at least {a} on USMLE Step 1 and at least {b} on Step 2 CK.",
        "Contrary to forum reports, both cutoffs remain in place: {a} for Step 1, {b} for Step 2 CK.",
        "As before, applicants need a Step 1 score of {a} or higher and a Step 2 CK score of {b} or higher.",
        "Updated score floors (August 2026): USMLE Step 1, {a}; USMLE Step 2 CK, {b}.",
    ),
    "attempt:yes": (
        "Effective this cycle, every USMLE step must be passed on the first try.",
        "As before, we cannot consider applicants with a failed attempt on any USMLE step.",
        "Contrary to what some forums say, our first-attempt rule has not been relaxed: all licensing exams must be passed on the initial attempt.",
        "New for 2027: first-time passes are now required on all USMLE and COMLEX examinations.",
        "Our policy is unchanged: a single failure on any board exam makes an application ineligible.",
    ),
    "attempt:step2": (
        "Effective this cycle, only Step 2 CK must be passed on the first attempt.",
        "We have narrowed our first-attempt rule, which now applies to Step 2 CK alone.",
        "Contrary to what some forums say, our first-pass requirement covers Step 2 CK only, not every step.",
        "As before, applicants must pass Step 2 CK on the first try; earlier steps are not held to this rule.",
        "Updated for 2027: the single-attempt requirement now applies only to Step 2 CK.",
    ),
    "attempt:no": (
        "We have retired our first-attempt rule; applicants with more than one attempt on a USMLE step are now eligible.",
        "Effective this cycle, a previous exam failure no longer rules an applicant out.",
        "Contrary to what some forums say, we do consider candidates who needed a second attempt on a board exam.",
        "As in earlier cycles, multiple attempts on a licensing exam do not by themselves disqualify an application.",
        "Policy change (May 2026): repeat takers of USMLE or COMLEX are now welcome to apply.",
    ),
    "yog:n": (
        "Effective this cycle, applicants must be no more than {n} years out of medical school.",
        "We have tightened our graduation window to {w} years, counted from graduation to the start of residency.",
        "Contrary to forum posts, our year-of-graduation limit still applies: graduation must fall within the past {n} years.",
        "As before, we consider only those who graduated in the last {w} years.",
        "Updated for the 2027 Match: the graduation limit has been extended to {n} years, up from one year previously.",
    ),
    "yog:none": (
        "We have removed our year-of-graduation limit, so there is no longer a cutoff.",
        "Effective this cycle, the time since medical school graduation is not used to screen applications.",
        "Contrary to what some forums say, we have no restriction on when you graduated.",
        "As in past years, candidates are considered regardless of graduation year.",
        "Our former graduation-year window has been retired and not replaced.",
    ),
    "positions:n": (
        "For the 2027 Match, we will match {n} categorical {noun}.",
        "Our class size grows this year: we will take {w} new {noun} through the Match.",
        "Contrary to some outdated listings online, we match {n} {noun} per year.",
        "As before, our incoming class will number {n}.",
        "Update: following ACGME approval, we now match {n} {noun} per year.",
    ),
    "positions:range": (
        "Depending on funding, we will match between {a} and {b} residents this cycle.",
        "Effective this cycle, our class size is {a} to {b} residents per year.",
        "As in previous years, we expect to fill {a}-{b} PGY-1 positions.",
        "Our annual intake has been expanded to {a} or {b} residents per year.",
        "Update for the 2027 Match: we anticipate {a}–{b} categorical positions each year.",
    ),
    "home:positions": (
        "This year we will welcome {n} new {noun} to the program.",
        "Each Match, {w} categorical {noun} join our department.",
        "Our program continues to grow, with {n} {noun} matching each year.",
        "News: our incoming class for the coming year will again be {n} {noun}.",
        "As in recent years, we train {w} {noun} per class.",
    ),
    "total": (
        "With this year's expansion, the program now has {n} residents across all training years.",
        "Our total complement, unchanged from last year, is {n} residents.",
        "As of July 2026, {n} residents are in training in our program.",
        "Contrary to older listings, the residency now numbers {n} trainees in all.",
        "Program size update: {n} residents in total for the 2026-2027 academic year.",
    ),
    "research_track": (
        "New this cycle: we have launched a dedicated physician-scientist research track.",
        "Our research track, introduced in 2024, continues to accept residents this cycle.",
        "As before, residents may apply to a research pathway with protected time.",
        "Effective with the 2027 Match, a separate research track is offered through the NRMP.",
        "Contrary to rumours that it was discontinued, our research track remains open.",
    ),
    "prelim": (
        "New for 2027: we now also take {n} preliminary-year {noun}.",
        "As in past cycles, {W} preliminary {noun} will match with us this year.",
        "Effective this cycle, the number of preliminary slots has grown to {n}.",
        "Contrary to some listings, we do offer preliminary positions: {w} this year.",
        "Update: the preliminary-year allotment for the coming Match is {n}.",
    ),
    "us_letters": (
        "New requirement: at least two of your letters must now come from physicians practicing in the United States.",
        "As before, we require letters of recommendation from US physicians.",
        "Contrary to forum advice, letters from US-based faculty are not optional; at least one is required.",
        "Effective this cycle, two or more letters must be written by US-licensed physicians.",
        "Our letter policy is unchanged: a minimum of two letters from American physicians is required.",
    ),
    "trap:usce_pref": (
        "As in past years, applicants with US clinical experience tend to stand out.",
        "We continue to value hands-on US clinical experience, which strengthens an application.",
        "Note for this cycle: recent clinical work in American hospitals is looked on favourably.",
        "Contrary to a common assumption, observerships are welcome, but hands-on USCE carries more weight.",
        "Applicants with US clinical rotations have fared well in recent Matches.",
    ),
    "trap:ecfmg_pref": (
        "As before, we look favourably on applicants who are already ECFMG certified when they apply.",
        "Being ECFMG certified early in the season remains an advantage.",
        "This cycle, as last, early ECFMG certification helps an application move forward quickly.",
        "We still appreciate seeing ECFMG certification completed early, though each file is read in full.",
        "Candidates who finished ECFMG certification before applying have done well in recent cycles.",
    ),
    "trap:yog_pref": (
        "As in prior cycles, we tend to favour recent graduates.",
        "Recent graduates continue to do especially well in our selection process.",
        "Applicants who graduated within the last few years have been most competitive lately.",
        "We still give some preference to recently graduated candidates.",
        "Recent graduation remains a plus in our review, as it has been for years.",
    ),
    "trap:step2_average": (
        "Last cycle, our matched residents averaged {n} on Step 2 CK.",
        "The mean Step 2 CK score of the 2026 incoming class was {n}, up slightly from the year before.",
        "For context, interviewees in the 2025-2026 season had a median Step 2 CK of {n}.",
        "Contrary to forum estimates, the average Step 2 CK score of our current interns is about {n}.",
        "Our newest class posted an average Step 2 CK score of {n}.",
    ),
    "trap:step1_average": (
        "Our 2026 matched class had an average Step 1 score of {n}.",
        "For reference, the mean Step 1 among residents who matched here last year was {n}.",
        "Before Step 1 went pass/fail, our residents averaged {n} on the exam.",
        "The median scored Step 1 result of our current PGY-2 class is {n}.",
        "As reported in last year's update, interviewed applicants averaged {n} on Step 1.",
    ),
    "trap:letters_pref": (
        "As before, letters from physicians who supervised you in the United States are especially helpful.",
        "We continue to value letters written by US faculty who know your clinical work.",
        "A letter from a US clinician remains a plus, as in earlier cycles.",
        "This year, as last, letters from American physicians carry particular weight.",
        "Letters from US-based mentors have strengthened many successful applications in recent years.",
    ),
    "trap:old_rule": (
        "Archived notice: the requirements printed in our 2024 recruitment brochure are out of date; please rely on the current information on this page.",
        "For the 2025 Match, applicants needed a Step 2 CK score of 245; the threshold for the coming cycle will be announced in August.",
        "In the 2024-2025 season we sponsored H-1B visas; sponsorship for the coming cycle has not yet been decided and will be announced here.",
        "Last year we required six months of US clinical experience; that requirement is being reconsidered and will be confirmed before ERAS opens.",
        "A previous version of this page listed a five-year graduation limit; the updated policy will be posted once the GME committee meets.",
    ),
    "trap:under_review": (
        "Our visa sponsorship policy for the 2028 Match is under review, and we will post an update here when it is decided.",
        "Rumours about changes to our score policy are premature; nothing has been decided for next cycle.",
        "The program committee will revisit its USCE policy this winter.",
        "Any changes to eligibility for the 2028 cycle will be announced on this page first.",
        "We are reviewing whether to accept COMLEX in place of USMLE and expect to decide by spring.",
    ),
    "trap:applications": (
        "Applications rose again this season, to about {n} for each categorical position.",
        "We received roughly {n} applications per available spot in the last cycle.",
        "Last year's applicant pool grew to {n} applications per position.",
        "For the 2026 Match we reviewed about {n} applications for every opening.",
        "Interest in the program keeps climbing: {n} applicants per position in the most recent cycle.",
    ),
    "trap:open_house": (
        "Our virtual open house on October 14 drew {n} registrants.",
        "More than {n} prospective applicants joined our fall information session.",
        "Thank you to the {n} students who visited our booth at this year's residency fair.",
        "Our {n}-minute Q&A webinar recording is now posted on the program's video page.",
        "We hosted {n} visiting students on away rotations since the last update.",
    ),
    "trap:other_program": (
        "Separately, our new pediatric neurology fellowship will accept {n} fellows a year and sponsors H-1B visas.",
        "The affiliated transitional-year program, which has its own rules, now takes {n} interns per year.",
        "Our sister program at the community campus expanded to {n} positions and requires no USCE; those rules do not apply here.",
        "News from the department: the critical care fellowship grew to {n} fellows a year and has no Step 1 cutoff.",
        "The newly accredited sports medicine fellowship will offer {n} positions; its eligibility rules are posted on its own page.",
    ),
}
# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS_23: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visa sponsorship for the 2027 Match", "J-1 only (H-1B discontinued)"),
    "visa:both": ("Visa sponsorship for the 2027 Match", "J-1 and H-1B, both offered"),
    "visa:none": ("Visa sponsorship for the 2027 Match", "Not offered for any visa type"),
    "img:yes": ("IMG eligibility this cycle", "Eligible, as before"),
    "img:no": ("IMG eligibility this cycle", "Not eligible this cycle"),
    "ecfmg": ("ECFMG certification deadline (updated)", "{by}"),
    "usce:months": ("Current USCE minimum", "{n} months of hands-on work"),
    "usce:zero": ("Current USCE minimum", "None; not required"),
    "usce:unstated": ("Current USCE minimum", "Required; length not specified"),
    "step1:n": ("Step 1 floor, 2027 cycle", "{n}"),
    "step1:none": ("Step 1 floor, 2027 cycle", "No floor (retired)"),
    "step2:n": ("Step 2 CK floor, 2027 cycle", "{n}"),
    "step2:none": ("Step 2 CK floor, 2027 cycle", "No floor (retired)"),
    "step2:pct": ("Step 2 CK floor, 2027 cycle", "{p}th percentile nationally"),
    "comlex:n": ("COMLEX Level 2-CE floor, 2027 cycle", "{n}"),
    "comlex:none": ("COMLEX Level 2-CE floor, 2027 cycle", "No floor"),
    "scores:both": ("Score floors, 2027 cycle", "Step 1 {a} / Step 2 CK {b}"),
    "attempt:yes": ("First-try pass rule", "In effect for every exam"),
    "attempt:step2": ("First-try pass rule", "Step 2 CK only"),
    "attempt:no": ("First-try pass rule", "Lifted; repeat takers eligible"),
    "yog:n": ("Graduation limit (current)", "{n} years since graduation"),
    "yog:none": ("Graduation limit (current)", "No limit as of this cycle"),
    "positions:n": ("Categorical spots, 2027 Match", "{n}"),
    "positions:range": ("Categorical spots, 2027 Match", "{a}–{b}, funding permitting"),
    "total": ("Residents in training, 2026-2027", "{n}"),
    "research_track": ("Research track", "Launched; open this cycle"),
    "prelim": ("Preliminary spots, 2027 Match", "{n}"),
    "us_letters": ("US physician letters", "Required (at least two)"),
    "trap:step2_average": ("Mean Step 2 CK, 2026 entering class", "{n}"),
    "trap:step1_average": ("Mean Step 1, 2026 entering class", "{n}"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS_23: dict[str, str] = {
    "visa": "Has your visa sponsorship policy changed for this cycle?",
    "img": "Are international graduates still eligible after this year's changes?",
    "ecfmg": "Did the ECFMG certification deadline move this year?",
    "usce": "What is the current rule on US clinical experience?",
    "step1": "Is the old Step 1 cutoff still in force?",
    "step2": "What changed about the Step 2 CK threshold?",
    "comlex": "How are COMLEX scores handled under the new policy?",
    "scores": "What are the score floors for the 2027 Match?",
    "attempt": "Has the first-attempt policy been updated?",
    "yog": "Is there still a graduation-year limit?",
    "positions": "How many spots are you filling in the upcoming Match?",
    "total": "How big is the residency now?",
    "research_track": "Is the research track continuing?",
    "prelim": "Will there be preliminary positions this cycle?",
    "us_letters": "Have the letter requirements changed?",
    "trap": "What else is new this application season?",
}
# fmt: on

PHRASINGS = PHRASINGS_23
ROWS = ROWS_23
QUESTIONS = QUESTIONS_23
