"""A twenty-ninth blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-27 (about 07:00-07:10 UTC) by a blind helper session, from its own knowledge
of how real US residency programs post news about their recruitment. Its voice is the program
page's news feed: announcements and updates, pinned banners and embedded social-media posts
("📢 UPDATE for the 2027 Match:", "NEW this cycle", "Edit (Oct 3):", "Effective with the
2027-2028 recruitment season", "Pinned:", hashtags and emojis), where a dated edit or update may
correct or replace an earlier post and the sentence states the rule now in force ("the USCE
requirement has changed to N months; please disregard the figure in our September post"). Its
traps settle nothing: open-house and webinar announcements, Match Day celebration posts, alumni
news, past-cycle statistics, reposts of other programs' or national organizations' news, and
tips and preferences ("we love seeing US clinical experience"). All of it is invented demo data
about no real program.

The author read only issue 11 (the fact contract: fact names and values, "preferences are not
requirements; averages of past applicants are not minimums"), ``demoweb/phrasings.py`` (the shape
of a set and the dev/held-out wordings, to avoid reusing them), ``demoweb/info.py`` (how a set is
drawn and rendered, the fields templates get and the truth values of ``demoweb.info._facts``),
``tests/test_demoweb_info.py`` (the structural checks a blind set must pass), the ``class_sizes``
field of ``demoweb/specialties.py`` and the first 70 lines of
``demoweb/phrasings_independent14.py`` (its docstring and the shape of ``ECFMG_BY`` and
``EXTRA_TRAPS``). The author did NOT read, grep, import or run the extraction rules
(``extract/``), their tests (``tests/test_facts*.py``, ``tests/facts_families.py``), ``bench/``
or any benchmark output, git log or diffs, or any other blind set ``demoweb/phrasings_independent*.py``
(nor the thirtieth, written at the same time by another helper); did not run ``bench/facts.py``
or ``precedent facts``, and did not run the extractor on any of these sentences: nothing here was
tuned against the rules. It was checked only structurally, by an ad-hoc script outside the
repository: it imports, has every claim of the dev set with three to five distinct wordings,
every template and row formats with the fields ``demoweb.info`` passes and uses only the fields
the tests allow, no ECFMG deadline wording is inside another, no wording is a dev or held-out
one, no wording, row or deadline wording is shared with another blind set (compared through
``demoweb.info.BLIND`` by counts only, without reading theirs), and the value checks of
``tests/test_demoweb_info.py`` hold on pages rendered from this set (by monkeypatching
``demoweb.info`` in that script).
"""

from __future__ import annotations

NAME = "independent29"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "no later than the rank order list certification deadline",
    "time of application": "on the day you submit through ERAS",
    "start of residency": "before your intern year gets underway",
    "interview": "before you come in for interview day",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": (
        "before rank lists are locked in the NRMP system",
        "by the date programs must certify their rank order lists",
    ),
    "time of application": (
        "as soon as your ERAS application is transmitted",
        "by the time you press submit in ERAS",
    ),
    "start of residency": (
        "by your residency start date",
        "before you begin training with us on July 1",
    ),
    "interview": (
        "ahead of any interview with our faculty",
        "by the time you interview with us",
    ),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 6-12 for another program's
# news, else 60-150 (registrants, interviewees, alumni at a reunion).
EXTRA_TRAPS = (
    ("trap:open_house", 0.3),
    ("trap:match_day", 0.3),
    ("trap:other_program", 0.25),
    ("trap:national", 0.2),
    ("trap:past_stats", 0.25),
    ("trap:alumni", 0.2),
)

PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "📢 UPDATE for the 2027 Match: our institution will sponsor J-1 visas only, and H-1B "
        "petitions will not be filed for incoming residents.",
        "Edit (Oct 3): an earlier version of this post said H-1B sponsorship might be possible; "
        "to be clear, the J-1 through ECFMG is the only visa we sponsor.",
        "NEW this cycle ➡️ our visa support now covers the ECFMG J-1 Exchange Visitor visa alone "
        "#IMG #Match2027",
        "Policy reminder (posted Sept 15): applicants who need a visa must be eligible for the "
        "J-1, since the H-1B is not sponsored here.",
        "Effective with the 2027-2028 recruitment season, the GME office has stopped sponsoring "
        "H-1B visas and will continue to sponsor J-1 visas only.",
    ),
    "visa:both": (
        "📢 Big news for international applicants: starting this cycle we sponsor H-1B visas in "
        "addition to J-1 visas!",
        "Edit (Sept 28): after this post went up, the GME office confirmed that both J-1 and "
        "H-1B sponsorship are available for the 2027 Match.",
        "NEW this cycle: the H-1B option has been added, so eligible residents may now train on "
        "a J-1 or an H-1B visa sponsored by us. #VisaUpdate",
        "Pinned post: our J-1 sponsorship continues, and H-1B sponsorship is now offered as well.",
    ),
    "visa:none": (
        "📢 Important update for the 2027 Match: we are no longer able to sponsor visas of any "
        "type, J-1 or H-1B.",
        "Edit (Oct 3): earlier posts mentioning J-1 sponsorship are out of date; the program now "
        "sponsors no visas at all.",
        "Effective with the 2027-2028 recruitment season, applicants must already hold work "
        "authorization, as neither J-1 nor H-1B sponsorship will be offered.",
        "Pinned announcement: visa sponsorship (J-1 and H-1B) has been discontinued for all "
        "incoming residents.",
    ),
    "visa:j1_yes": (
        "📢 Reminder for the 2027 Match: J-1 visa sponsorship through ECFMG remains available to "
        "eligible residents.",
        "Good news for our IMG applicants 🌍 we continue to sponsor the J-1 Exchange Visitor visa "
        "this cycle.",
        "Edit (Oct 10): yes, the program does sponsor J-1 visas, since several of you asked in "
        "the comments.",
        "NEW this cycle: because we sponsor J-1 visas, the GME office now begins the paperwork "
        "right after Match Day.",
    ),
    "visa:h1b_no": (
        "📢 UPDATE for the 2027 Match: H-1B visa sponsorship is no longer offered.",
        "Edit (Oct 3): we've had many questions, so to answer them here, the program cannot "
        "sponsor H-1B visas.",
        "Effective with the 2027-2028 recruitment season, the hospital will not file H-1B "
        "petitions for residents.",
        "Heads up, applicants ⚠️ H-1B sponsorship is not available in our program.",
    ),
    "img:yes": (
        "📢 Open to all: international medical graduates are eligible to apply for the 2027 "
        "Match! #IMGfriendly",
        "NEW this cycle: we now review applications from graduates of international medical "
        "schools alongside those of US graduates.",
        "Edit (Oct 3): to correct a reposted graphic, IMGs can apply to our program and their "
        "applications are welcome.",
        "Announcement: applications from IMGs will be accepted through ERAS for the upcoming "
        "cycle.",
    ),
    "img:no": (
        "📢 Policy change for the 2027 Match: we are unable to accept applications from "
        "international medical graduates.",
        "Effective with the 2027-2028 recruitment season, only graduates of LCME- or "
        "COCA-accredited schools are eligible to apply.",
        "Edit (Oct 3): an earlier post suggested otherwise, but IMGs are not eligible for our "
        "program.",
        "Pinned: our program does not consider graduates of medical schools outside the US and "
        "Canada.",
    ),
    "ecfmg": (
        "📢 Reminder for IMG applicants: ECFMG certification must be complete {by}.",
        "NEW this cycle: we now require ECFMG certification {by} #Match2027",
        "Edit (Oct 3): the ECFMG deadline in our earlier post was wrong, and certification is "
        "now due {by}.",
        "Effective with the 2027-2028 recruitment season, IMGs must be ECFMG certified {by}.",
    ),
    "usce:months": (
        "📢 UPDATE for the 2027 Match: IMG applicants now need at least {n} months of hands-on "
        "clinical experience in US hospitals.",
        "NEW this cycle: a minimum of {w} months of US clinical experience (observerships "
        "excluded) is required to apply.",
        "Edit (Oct 3): the USCE requirement has changed to {n} months; please disregard the "
        "figure in our September post.",
        "Effective with the 2027-2028 recruitment season, applicants must complete {w} or more "
        "months of USCE before applying.",
    ),
    "usce:zero": (
        "📢 NEW this cycle: US clinical experience is no longer required to apply.",
        "Edit (Oct 3): USCE is not a prerequisite for our program, despite what an older graphic "
        "says.",
        "Effective with the 2027-2028 recruitment season, we have dropped the US clinical "
        "experience requirement, so applicants with no USCE are eligible.",
        "Heads up 👀 you do not need any US clinical experience to apply to our program.",
    ),
    "usce:unstated": (
        "📢 UPDATE for the 2027 Match: US clinical experience is now required of every IMG "
        "applicant.",
        "NEW this cycle: hands-on clinical experience in the United States is mandatory for all "
        "applicants.",
        "Edit (Oct 3): to clarify, USCE is a requirement, and observerships alone will not meet "
        "it.",
        "Effective with the 2027-2028 recruitment season, applicants must have US clinical "
        "experience at the time they apply.",
    ),
    "step1:n": (
        "📢 UPDATE for the 2027 Match: the minimum Step 1 score for consideration is now {n}.",
        "Edit (Oct 3): our Step 1 cutoff was misprinted in the September post, and the correct "
        "minimum is {n}.",
        "NEW this cycle: applications with a USMLE Step 1 score under {n} will not be reviewed.",
        "Effective with the 2027-2028 recruitment season, a three-digit Step 1 score of at least "
        "{n} is required of applicants who tested before pass/fail reporting.",
    ),
    "step1:none": (
        "📢 NEW this cycle: we no longer use any minimum Step 1 score.",
        "Edit (Oct 3): there is no Step 1 cutoff, whatever older FAQ pages may say.",
        "Since Step 1 went pass/fail, our program has not applied a Step 1 score floor of any "
        "kind.",
        "Effective with the 2027-2028 recruitment season, no minimum Step 1 score is needed to "
        "apply.",
    ),
    "step2:n": (
        "📢 UPDATE for the 2027 Match: our Step 2 CK minimum has been set at {n}.",
        "NEW this cycle: applicants need a USMLE Step 2 CK score of {n} or above to be reviewed.",
        "Edit (Oct 3): we have corrected the Step 2 CK floor in this post to {n}.",
        "Effective with the 2027-2028 recruitment season, Step 2 CK scores lower than {n} will "
        "be screened out automatically.",
        "Pinned 📌 Step 2 CK: minimum score of {n} for all applicants, MD, DO and IMG alike.",
    ),
    "step2:none": (
        "📢 NEW this cycle: we have eliminated the Step 2 CK minimum, so there is no longer a "
        "score floor.",
        "Edit (Oct 3): there is no minimum Step 2 CK score for our program; the number in our old "
        "banner was an average, not a cutoff.",
        "Effective with the 2027-2028 recruitment season, Step 2 CK scores will not be screened "
        "against any cutoff.",
        "Reminder 💡 no Step 2 CK threshold is used when we review applications.",
    ),
    "step2:pct": (
        "📢 UPDATE for the 2027 Match: Step 2 CK scores must be at or above the {p}th percentile "
        "of US test takers.",
        "NEW this cycle: our Step 2 CK screen is now percentile-based, and applicants below the "
        "{p}th percentile will not be considered.",
        "Edit (Oct 3): the Step 2 CK requirement is a score at the {p}th percentile or higher, "
        "not a fixed number.",
    ),
    "comlex:n": (
        "📢 UPDATE for DO applicants: the minimum COMLEX Level 2-CE score for the 2027 Match is "
        "{n}.",
        "NEW this cycle: osteopathic applicants may apply with COMLEX alone, provided Level 2-CE "
        "is {n} or higher.",
        "Edit (Oct 3): the COMLEX Level 2-CE cutoff is {n}; an earlier post listed the wrong "
        "figure.",
        "Effective with the 2027-2028 recruitment season, COMLEX-USA Level 2-CE scores below {n} "
        "will not be considered.",
    ),
    "comlex:none": (
        "📢 NEW this cycle: there is no longer a minimum COMLEX score for DO applicants.",
        "Edit (Oct 3): we do not apply any COMLEX cutoff when reviewing osteopathic applicants.",
        "Effective with the 2027-2028 recruitment season, COMLEX Level 2-CE scores are reviewed "
        "with no minimum score required.",
        "Quick update for DOs 🩺 COMLEX scores are not screened against a cutoff.",
    ),
    "scores:both": (
        "📢 UPDATE for the 2027 Match: minimum scores are now {a} on Step 1 and {b} on Step 2 CK.",
        "NEW this cycle: we screen at Step 1 {a} and Step 2 CK {b}, and applications under "
        "either minimum are not reviewed.",
        "Edit (Oct 3): the corrected score floors are Step 1 {a} and Step 2 CK {b}.",
        "Effective with the 2027-2028 recruitment season, applicants need at least {a} on USMLE "
        "Step 1 and at least {b} on Step 2 CK.",
    ),
    "attempt:yes": (
        "📢 UPDATE for the 2027 Match: every USMLE Step must have been passed on the first "
        "attempt.",
        "NEW this cycle: applicants with a failed attempt on any USMLE or COMLEX exam are no "
        "longer eligible.",
        "Edit (Oct 3): to answer the comments, a prior failure on any Step does disqualify an "
        "application.",
        "Effective with the 2027-2028 recruitment season, we require first-time passes on all "
        "licensing exams.",
    ),
    "attempt:step2": (
        "📢 UPDATE for the 2027 Match: Step 2 CK must be passed on the first try, while an "
        "earlier Step 1 failure will be reviewed case by case.",
        "NEW this cycle: the first-attempt requirement now applies to Step 2 CK only.",
        "Edit (Oct 3): our first-attempt rule covers Step 2 CK alone, not Step 1.",
        "Effective with the 2027-2028 recruitment season, applicants need a first-attempt pass "
        "on Step 2 CK, and no attempt limit applies to other exams.",
    ),
    "attempt:no": (
        "📢 NEW this cycle: applicants who needed more than one attempt on a USMLE Step are now "
        "eligible to apply.",
        "Edit (Oct 3): a past exam failure does not rule you out, and we review every "
        "application in full.",
        "Effective with the 2027-2028 recruitment season, we no longer require first-attempt "
        "passes.",
        "Reminder 💬 multiple attempts on Step 1 or Step 2 CK will not by themselves exclude an "
        "applicant.",
    ),
    "yog:n": (
        "📢 UPDATE for the 2027 Match: applicants must have graduated from medical school no "
        "more than {n} years ago.",
        "NEW this cycle: our graduation window is now {w} years, counted back from the day ERAS "
        "opens.",
        "Edit (Oct 3): the year-of-graduation limit is {n} years, not the figure shown in our "
        "earlier banner.",
        "Effective with the 2027-2028 recruitment season, candidates who finished medical school "
        "more than {n} years earlier will not be considered.",
    ),
    "yog:none": (
        "📢 NEW this cycle: we have removed the year-of-graduation cutoff, so there is no limit "
        "on when you graduated.",
        "Edit (Oct 3): there is no graduation-year limit for our program, and an older post was "
        "wrong.",
        "Effective with the 2027-2028 recruitment season, applicants are considered regardless "
        "of their year of graduation.",
        "Reminder 🗓️ we do not restrict applications by year of graduation.",
    ),
    "positions:n": (
        "📢 UPDATE for the 2027 Match: our categorical quota is {n} {noun} per year.",
        "NEW this cycle: the program's class size is now {n} per year! 🎉",
        "Edit (Oct 3): our annual intake is {w} PGY-1 {noun}, not the number in the September "
        "graphic.",
        "Effective with the 2027-2028 recruitment season, we will offer {n} categorical "
        "{noun} every year.",
    ),
    "positions:range": (
        "📢 UPDATE for the 2027 Match: we expect to fill {a} to {b} categorical positions each "
        "year.",
        "NEW this cycle: our yearly intern class will be between {a} and {b} residents, "
        "depending on funding.",
        "Edit (Oct 3): the annual class size is {a}-{b} residents, not the figure in the repost.",
        "Effective with the 2027-2028 recruitment season, we plan to match {a} or {b} interns "
        "per year.",
    ),
    "home:positions": (
        "🎉 Every July we welcome {n} new categorical {noun} to our program!",
        "📢 Welcome to our news page: each year brings {w} new {noun} to our wards.",
        "Our residency grows by {n} new {noun} every summer, and we love sharing their stories "
        "here.",
        "Each year brings {w} new PGY-1 {noun} to our family 💙",
    ),
    "total": (
        "📢 With this year's expansion, our program now has {n} residents across all years of "
        "training.",
        "NEW this cycle: our total resident complement has reached {n}.",
        "Program snapshot (updated Oct 3): {n} residents in total across every PGY level.",
        "Edit (Sept 30): our full roster is {n} residents, counting every class.",
    ),
    "research_track": (
        "📢 NEW this cycle: we are launching a research track with protected scholarly time for "
        "selected residents.",
        "Announcement 🔬 a dedicated research pathway is now open to incoming residents.",
        "Edit (Oct 3): yes, our physician-scientist research track is still offered this cycle.",
        "Effective with the 2027-2028 recruitment season, applicants can apply to our research "
        "track as a separate NRMP program.",
    ),
    "prelim": (
        "📢 UPDATE for the 2027 Match: preliminary positions offered alongside our categorical "
        "track: {n}.",
        "NEW this cycle: preliminary-year spots available through the Match: {w}.",
        "Edit (Oct 3): the program's preliminary position count is {n}, in addition to the "
        "categorical class.",
        "Effective with the 2027-2028 recruitment season, we add preliminary positions, {n} in "
        "all, to our categorical class.",
    ),
    "us_letters": (
        "📢 UPDATE for the 2027 Match: at least two of your letters of recommendation must be "
        "written by US physicians.",
        "NEW this cycle: we now require a minimum of two letters from physicians who practice in "
        "the United States.",
        "Edit (Oct 3): letters from US physicians are required, not just recommended, and we ask "
        "for at least two.",
        "Effective with the 2027-2028 recruitment season, applications need two or more US "
        "physician letters to be complete.",
    ),
    "trap:usce_pref": (
        "💡 Tip from our program coordinator: US clinical experience makes an application "
        "stronger.",
        "We love seeing hands-on US clinical experience on an application! #MatchTips",
        "Webinar recap: faculty said they value US clinical rotations highly when reviewing IMG "
        "files.",
        "NEW this cycle: applicants with US clinical experience are preferred.",
    ),
    "trap:ecfmg_pref": (
        "💡 Tip: candidates who are already ECFMG certified when they apply have an advantage.",
        "NEW this cycle: we will give preference to applicants whose ECFMG certification is "
        "complete at the time of application.",
        "From our webinar Q&A: having ECFMG certification in hand early is a plus.",
        "Coordinator's note 📝 early ECFMG certification is strongly encouraged.",
    ),
    "trap:yog_pref": (
        "💡 Tip: our selection committee favors recent graduates.",
        "NEW this cycle: preference will be given to applicants who graduated within the last few "
        "years.",
        "From the open house Q&A: faculty like to see applicants who have graduated recently.",
        "Recent grads, we'd love to hear from you! 🎓 Recency of graduation is a plus in our "
        "review.",
    ),
    "trap:step2_average": (
        "📊 Class of 2030 snapshot: our incoming interns averaged {n} on Step 2 CK.",
        "Match Day recap 🎉 the mean Step 2 CK score of this year's matched applicants was {n}.",
        "Last cycle's interviewed applicants had an average Step 2 CK of {n} #MatchStats",
        "From our webinar slides: the median Step 2 CK among current residents is {n}.",
    ),
    "trap:step1_average": (
        "📊 Throwback stats from the 2021 cycle: our matched residents' mean Step 1 score was {n}.",
        "Before Step 1 went pass/fail, our interns averaged {n} on it.",
        "Class profile (posted June 2022): median Step 1 score {n}.",
        "Webinar recap: faculty shared that recent matches averaged {n} on Step 1.",
    ),
    "trap:letters_pref": (
        "💡 Tip: letters from US physicians carry extra weight with our committee.",
        "NEW this cycle: we encourage at least one letter from a US faculty member.",
        "From our open house: a strong letter from an American attending can really help your "
        "application.",
        "Coordinator's note 📝 US letters of recommendation are preferred, but we read every "
        "letter.",
    ),
    "trap:open_house": (
        "📅 Join our virtual open house on Thursday, Oct 16 at 7 pm ET to hear about visas, "
        "scores and the application process!",
        "Webinar alert 🎥 our program director will answer questions about eligibility, USCE and "
        "ECFMG timelines live on Zoom next week.",
        "Over {n} applicants have registered for Saturday's open house, so sign up soon! "
        "#ResidencyOpenHouse",
        "Missed our info session? The recording on visa sponsorship and score requirements is "
        "now posted on our YouTube channel.",
    ),
    "trap:match_day": (
        "🎉 Congrats to our new interns, who matched here from 9 different medical schools! "
        "#MatchDay2026",
        "Match Day 2026 was amazing! 🎊 Out of {n} interviewees we matched an outstanding class, "
        "and we could not be prouder.",
        "Welcome to our incoming class, who join us from six states and eleven medical schools! 🌎",
        "Congratulations to everyone who matched today, and a warm welcome to the interns "
        "joining our family in June! 💙",
    ),
    "trap:other_program": (
        "🔁 Reposting from a partner hospital: their family medicine program will add {n} "
        "categorical positions and begin H-1B sponsorship next year.",
        "Congrats to our sister program across town, which expands to {n} interns per year "
        "starting July! 👏",
        "Shared from a neighboring program's feed: they now require {n} months of US clinical "
        "experience.",
        "🔁 Repost: a regional consortium program announced a {n}-year graduation window for its "
        "applicants; see our own eligibility page for our policy.",
    ),
    "trap:national": (
        "🔁 Via NRMP: the rank order list certification deadline for the Main Residency Match "
        "falls in early March.",
        "Sharing an ECFMG announcement 🔁 the exchange visitor sponsorship program has updated its "
        "application timeline for incoming residents.",
        "From the AAMC: ERAS opens to applicants in early June, and programs start receiving "
        "applications in late September.",
        "#MatchDay reminder from the NRMP: Match results are released on the third Friday of "
        "March.",
    ),
    "trap:past_stats": (
        "📊 Last cycle in numbers: we interviewed {n} applicants for our categorical positions.",
        "2026 Match recap: {n} interview invitations went out between October and December.",
        "Fun fact from last season: {n} applicants attended our virtual meet-and-greets.",
        "Past cycle stats: {n} IMG applicants were interviewed for the 2025 Match.",
    ),
    "trap:alumni": (
        "🎓 Alumni news: one of our 2019 graduates has just been named chief of hospital medicine "
        "at a community hospital.",
        "Proud moment 💙 {n} alumni came back for our homecoming reunion last weekend.",
        "Alumni spotlight: a former chief resident is now leading a global health program abroad.",
        "Where are they now? Our Class of 2024 graduates matched into fellowships in cardiology, "
        "GI and critical care.",
    ),
}

# Table rows: claim → (label, value), as a "what changed this cycle" tracker would show them.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visa sponsorship (2027 Match update)", "J-1 only, no H-1B"),
    "visa:both": ("Visa sponsorship (2027 Match update)", "J-1 and H-1B (H-1B new this cycle)"),
    "visa:none": ("Visa sponsorship (2027 Match update)", "None (J-1 and H-1B discontinued)"),
    "visa:j1_yes": ("Visa sponsorship (2027 Match update)", "J-1 sponsorship continues"),
    "visa:h1b_no": ("H-1B status this cycle", "Not sponsored"),
    "img:yes": ("IMGs, current cycle", "Eligible to apply"),
    "img:no": ("IMGs, current cycle", "No longer accepted"),
    "ecfmg": ("ECFMG certification deadline (updated)", "Certified {by}"),
    "usce:months": ("USCE requirement, as of this cycle", "{n} months minimum"),
    "usce:zero": ("USCE requirement, as of this cycle", "No longer required"),
    "usce:unstated": ("USCE requirement, as of this cycle", "Required (length not specified)"),
    "step1:n": ("Step 1 floor, 2027 Match", "{n}"),
    "step1:none": ("Step 1 floor, 2027 Match", "No floor"),
    "step2:n": ("Step 2 CK floor, 2027 Match", "{n}"),
    "step2:none": ("Step 2 CK floor, 2027 Match", "No floor"),
    "step2:pct": ("Step 2 CK floor, 2027 Match", "{p}th percentile or higher"),
    "comlex:n": ("COMLEX Level 2-CE floor, 2027 Match", "{n}"),
    "comlex:none": ("COMLEX Level 2-CE floor, 2027 Match", "No floor"),
    "attempt:yes": ("First-attempt rule (updated)", "All exams"),
    "attempt:step2": ("First-attempt rule (updated)", "Step 2 CK only"),
    "attempt:no": ("First-attempt rule (updated)", "Dropped; repeat attempts considered"),
    "yog:n": ("Graduation cutoff (new)", "{n} years"),
    "yog:none": ("Graduation cutoff (new)", "Removed, no limit"),
    "positions:n": ("Categorical spots per year (2027 Match)", "{n}"),
    "positions:range": ("Categorical spots per year (2027 Match)", "{a} or {b}"),
    "total": ("Residents in the program now", "{n}"),
    "research_track": ("Research track (new)", "Offered"),
    "prelim": ("Preliminary spots (2027 Match)", "{n}"),
    "us_letters": ("Letters from US physicians", "At least two required"),
    "trap:step2_average": ("Step 2 CK average, last cycle's matched class", "{n}"),
}

# FAQ questions by topic (the claim's prefix), as readers ask them under a post.
QUESTIONS: dict[str, str] = {
    "visa": "Did the visa policy change for the 2027 Match?",
    "img": "Are IMGs still eligible this cycle?",
    "ecfmg": "What's the latest on the ECFMG deadline?",
    "usce": "Is there any update on the USCE requirement?",
    "step1": "Has the Step 1 cutoff changed?",
    "step2": "What is the current Step 2 CK policy?",
    "comlex": "Any news for DO applicants taking COMLEX?",
    "scores": "Were the score minimums updated this year?",
    "attempt": "Is the first-attempt rule still in effect?",
    "yog": "Did you change the graduation-year policy?",
    "positions": "How many spots are you filling in the 2027 Match?",
    "total": "How big is the program after the expansion?",
    "research_track": "Is the research track new?",
    "prelim": "Are preliminary spots part of this year's Match?",
    "us_letters": "Has the letter requirement changed?",
    "trap": "What else is new on the program feed?",
}
