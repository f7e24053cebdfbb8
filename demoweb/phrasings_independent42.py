"""A forty-second blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-27 (about 14:05-14:40 UTC) by a blind helper session, from its own knowledge
of how small rural and community programs word their eligibility pages: family medicine programs
of one to four residents a year, some with a "1-2" rural track, whose program director writes the
page herself or himself in a plain, friendly voice, under headings such as "Who should apply",
"Requirements" and "Life here", and answers applicants' questions personally ("Email me if ...").
Each wording is written as a different program director or coordinator would put it on their
own: one or two short sentences, contractions, the usual hedges and conditions ("if you're a DO",
"for those who took Step 1 while it was scored"), negations ("we can't do H-1B visas"),
preferences that are not requirements ("it helps if", "we like to see") and terse "Requirements"
rows. The traps settle nothing: averages of current residents, Step 1 averages from before it went
pass/fail, a sister program's class size, interview counts, the size of the hospital and of the
county, the rural rotation's distance, ERAS and NRMP dates, CME money, and the director's offer to
answer email. All of it is invented demo data about no real program, town or person.

The author read only issue 11 (the fact contract: fact names and values, "preferences are not
requirements; averages of past applicants are not minimums"), ``demoweb/phrasings.py`` (the shape
of a set and the dev/held-out wordings, to avoid reusing them), ``demoweb/info.py`` (how a set is
drawn and rendered, the fields templates get and the truth values of ``demoweb.info._facts``),
``tests/test_demoweb_info.py`` (the structural checks a blind set must pass), the ``class_sizes``
field of ``demoweb/specialties.py`` and the first 70 lines of
``demoweb/phrasings_independent14.py`` (its docstring and the shape of ``ECFMG_BY`` and
``EXTRA_TRAPS``), and, to see how the page test reads a page's text, the five lines of
``visible_text`` in ``tests/test_demoweb.py``. The author did NOT read, grep, import or run the
extraction rules (``extract/``), their tests (``tests/test_facts*.py``,
``tests/facts_families.py``), ``bench/``, any benchmark output, git log or diffs, or any other
blind set ``demoweb/phrasings_independent*.py`` (nor the forty-first, written at the same time by
another helper); did not run ``bench/facts.py`` or ``precedent facts``, and did not run the
extractor on any of these sentences: nothing here was tuned against the rules. It was checked only
structurally, by an ad-hoc script outside the repository: it imports, has every claim of the dev
set with four or five distinct wordings (4.4 on average), every template and row formats with the
fields ``demoweb.info`` passes and uses only the fields the tests allow, no ECFMG deadline wording
is inside another, no wording is a dev or held-out one, no wording, row or deadline is shared with
another blind set (compared through ``demoweb.info.BLIND`` by counts only, without showing their
text), and the value checks of ``tests/test_demoweb_info.py`` hold on pages rendered from this set
(by monkeypatching ``demoweb.info`` in that script so held-out programs use it, and calling that
test module's own structural and page checks on this set).

The lead, wiring it beside the forty-first (written at the same time), found one wording of this
set that stood word for word inside a longer wording of the forty-first; it was reworded (same
meaning) before either set was measured.
"""

from __future__ import annotations

NAME = "independent42"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "before our rank list gets certified",
    "time of application": "by the day your ERAS application lands in our inbox",
    "start of residency": "before you start with us in July",
    "interview": "before we're able to invite you to interview",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": (
        "before the rank list goes in to the NRMP",
        "early enough for us to rank you",
    ),
    "time of application": ("by the time you apply", "at the point you submit through ERAS"),
    "start of residency": (
        "by intern orientation in late June",
        "before your very first shift as an intern",
    ),
    "interview": ("by your interview day with us", "before you come out to interview"),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 6-12 for another program, else
# 60-150 (interview counts, hospital beds, miles, thousands of people, tens of CME dollars).
EXTRA_TRAPS = (
    ("trap:other_program", 0.2),
    ("trap:interviews", 0.25),
    ("trap:hospital_beds", 0.2),
    ("trap:rural_rotation", 0.25),
    ("trap:town", 0.2),
    ("trap:match_calendar", 0.2),
    ("trap:benefits", 0.15),
    ("trap:email_me", 0.25),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "We sponsor the J-1 through ECFMG, but we can't do H-1B visas.",
        "If you need a visa, it has to be a J-1; we don't sponsor H-1Bs.",
        "J-1 is the only visa our hospital will sponsor.",
        "Our hospital only sponsors J-1 visas (no H-1B).",
        "We can sponsor you on a J-1, but not on an H-1B.",
    ),
    "visa:both": (
        "We can sponsor either a J-1 or an H-1B, whichever fits your situation.",
        "Our hospital sponsors H-1B and J-1 visas for residents.",
        "Need a visa? We do J-1s and we also do H-1Bs.",
        "H-1B sponsorship is available here, and so is the J-1.",
        "We have sponsored both J-1 and H-1B residents over the years and still offer both.",
    ),
    "visa:none": (
        "We aren't able to sponsor visas, so you'll need to be a US citizen or green card holder.",
        "Sorry, but our hospital doesn't sponsor any visas, not J-1 and not H-1B.",
        "We have no visa sponsorship.",
        "Being a small program, we can't sponsor a visa of any type.",
        "You must already be authorized to work in the US; we don't sponsor visas.",
    ),
    "visa:j1_yes": (
        "We sponsor J-1 visas through ECFMG for residents who need one.",
        "If you need a J-1, we can sponsor it.",
        "Our hospital does J-1 sponsorship for residents.",
        "J-1 applicants are welcome, and we'll sponsor the J-1 for you.",
    ),
    "visa:h1b_no": (
        "We can't sponsor H-1B visas.",
        "H-1B sponsorship isn't something we can offer.",
        "Please note that we don't do H-1B visas.",
        "Our hospital doesn't sponsor the H-1B.",
        "We're not set up to sponsor H-1B visas for residents.",
    ),
    "img:yes": (
        "IMGs are welcome here, and some of our best graduates went to medical school abroad.",
        "We're happy to look at applications from international medical graduates.",
        "International grads can absolutely apply.",
        "We consider IMGs the same way we consider US grads.",
        "If you trained at a medical school outside the US, you're still welcome to apply.",
    ),
    "img:no": (
        "We only take graduates of US MD and DO schools.",
        "Sorry, we can't consider international medical graduates.",
        "You need to have graduated from a US medical school (MD or DO) to apply.",
        "We're not able to take IMGs at this time.",
        "Our program is open to graduates of US MD and DO schools only.",
    ),
    "ecfmg": (
        "If you're an IMG, your ECFMG certification has to be done {by}.",
        "IMGs need to be ECFMG certified {by}.",
        "We need your ECFMG certificate {by}.",
        "ECFMG certification needs to be complete {by}.",
        "Please make sure ECFMG has certified you {by}.",
    ),
    "usce:months": (
        "We ask for at least {n} months of hands-on clinical work in the US before you apply.",
        "You'll need {w} months or more of US clinical experience, and it has to be hands-on.",
        "We require {n} months of USCE, meaning rotations or externships where you saw patients.",
        "Applicants must have a minimum of {n} months of clinical experience in a US setting.",
        "Plan on having at least {w} months of hands-on patient care in the US; that's a firm "
        "requirement for us.",
    ),
    "usce:zero": (
        "US clinical experience is not a must for us.",
        "You do not need any US clinical experience to apply.",
        "No USCE? No problem, it isn't required here.",
        "Having no US clinical experience won't count against you; we don't require it.",
        "USCE is nice to have but not required.",
    ),
    "usce:unstated": (
        "You must have some hands-on clinical experience in the US.",
        "US clinical experience is a requirement for all IMG applicants.",
        "US clinical experience is required, though we don't set a particular length.",
        "Hands-on US clinical experience is required, and observerships alone won't cut it.",
    ),
    "step1:n": (
        "We don't interview anyone with a Step 1 score under {n}.",
        "Your Step 1 score needs to be {n} or better.",
        "For those who took Step 1 while it was still scored, we need at least a {n}.",
        "USMLE Step 1 of {n} or higher is one of our requirements.",
        "Our hard floor on Step 1 is {n}.",
    ),
    "step1:none": (
        "There's no Step 1 cutoff here.",
        "We do not screen on Step 1 scores.",
        "Step 1 is pass/fail now, and even for scored attempts we have no minimum.",
        "Any passing Step 1 is fine with us, with no minimum score.",
    ),
    "step2:n": (
        "We need a Step 2 CK score of {n} or higher to offer an interview.",
        "Step 2 CK below {n}? Unfortunately we can't consider your application.",
        "The lowest Step 2 CK we'll look at is {n}.",
        "You'll need at least {n} on Step 2 CK.",
        "Applications with a Step 2 CK under {n} get screened out.",
    ),
    "step2:none": (
        "There's no Step 2 CK cutoff; I read every application.",
        "We do not have a Step 2 CK minimum, period.",
        "We don't filter on Step 2 CK, and there's no score that rules you out.",
        "Step 2 CK matters to us, but no particular score is required.",
    ),
    "step2:pct": (
        "We need a Step 2 CK score no lower than the {p}th percentile.",
        "Step 2 CK scores under the {p}th percentile aren't considered.",
        "You'll need a Step 2 CK in the {p}th percentile or higher.",
        "Our only score rule: Step 2 CK at the {p}th percentile or above.",
    ),
    "comlex:n": (
        "DO applicants: we need a COMLEX Level 2-CE of at least {n}.",
        "If you're a DO, your COMLEX Level 2-CE needs to be {n} or above.",
        "Our COMLEX Level 2-CE cutoff is {n}.",
        "COMLEX Level 2-CE scores below {n} won't be considered.",
        "We accept COMLEX without USMLE, with a minimum Level 2-CE score of {n}.",
    ),
    "comlex:none": (
        "There's no COMLEX cutoff.",
        "Our DO applicants aren't held to any COMLEX minimum, and no score rules you out.",
        "DOs can send COMLEX alone, and there's no minimum score.",
        "COMLEX is fine with us, and no particular score is required.",
    ),
    "scores:both": (
        "Our minimums are {a} for Step 1 and {b} for Step 2 CK.",
        "We need at least {a} on Step 1 and {b} on Step 2 CK.",
        "Our cutoffs are Step 1 {a} and Step 2 CK {b}.",
        "To get an interview you'll need a Step 1 of {a} or higher and a Step 2 CK of {b} or "
        "higher.",
    ),
    "attempt:yes": (
        "We need all USMLE or COMLEX exams passed on the first try.",
        "Any failed attempt on a board exam will keep you from being considered.",
        "First-time passes only, on every Step.",
        "Unfortunately, we can't take applicants who have failed a licensing exam.",
        "All of your board exams must be passed on the first go.",
    ),
    "attempt:step2": (
        "Your Step 2 CK has to be a first-attempt pass.",
        "You need a first-time pass on Step 2 CK specifically.",
        "We can overlook a Step 1 retake, but Step 2 CK must be passed the first time.",
        "We only accept a single attempt at Step 2 CK.",
    ),
    "attempt:no": (
        "A failed attempt won't automatically rule you out; tell us what happened and what "
        "changed.",
        "We consider applicants who needed more than one try on a Step.",
        "Retakes are okay with us.",
        "If you failed a board exam once, you can still apply.",
        "A second attempt on a Step is not a dealbreaker here.",
    ),
    "yog:n": (
        "You need to be within {n} years of graduating medical school.",
        "We don't consider applicants who finished medical school more than {w} years ago.",
        "Your medical school graduation must be no more than {n} years before residency starts.",
        "Graduated more than {n} years ago? Sorry, we can't consider you.",
        "We take applicants up to {w} years out from graduation.",
    ),
    "yog:none": (
        "We have no limit on how long ago you graduated.",
        "It doesn't matter what year you graduated; there's no cutoff.",
        "We welcome applicants regardless of graduation year.",
        "There's no time-since-graduation limit for our program.",
    ),
    "positions:n": (
        "We take {n} {noun} a year.",
        "Each of our classes has {n} {noun}.",
        "We match {w} {noun} every year.",
        "Our intern class is {n} {noun}.",
        "We fill {n} categorical {noun} per year through the Match.",
    ),
    "positions:range": (
        "We take {a} or {b} residents a year, depending on funding.",
        "Class size runs {a} to {b} residents each year.",
        "Depending on the year, we match between {a} and {b} residents.",
        "We usually fill {a}-{b} intern spots a year.",
    ),
    "home:positions": (
        "We're small on purpose: {n} {noun} a year, so you'll never be just a number.",
        "With just {w} {noun} per class, everyone here knows your name.",
        "{W} {noun} a year, one clinic, and a whole county to take care of.",
        "Each year {n} {noun} join our residency and our community.",
    ),
    "total": (
        "All together there are {n} residents in the program.",
        "We have {n} residents across all classes.",
        "Right now {n} residents are training with us.",
        "Counting every class, we're {n} residents strong.",
        "Between all the classes, {n} residents keep our clinic running.",
    ),
    "research_track": (
        "If you're into research, we have a research track with protected time for a project.",
        "We offer a research track for residents who want to do scholarly work beyond the "
        "basics.",
        "Yes, even a small program like ours has a research track.",
        "There's an optional research track with dedicated time.",
        "Residents who want to publish can join our research track.",
    ),
    "prelim": (
        "{W} preliminary {noun} train alongside our categorical class each year.",
        "On top of our categorical spots, we have room for {n} preliminary {noun}.",
        "Number of preliminary positions each year: {n}.",
        "We also offer {w} preliminary-year {noun} a spot every July.",
    ),
    "us_letters": (
        "At least one of your letters has to come from a physician you worked with in the US.",
        "We need two letters from US physicians who've supervised you.",
        "Please include letters from doctors practicing in the US; we require them.",
        "Your letters of recommendation must include at least two from US-based physicians.",
    ),
    "trap:usce_pref": (
        "We like to see some hands-on US clinical experience.",
        "Hands-on clinical time in a US setting makes an application stand out.",
        "We give extra weight to applicants who've done rotations in US clinics.",
        "US clinical experience, especially in primary care, is a real plus.",
    ),
    "trap:ecfmg_pref": (
        "It helps a lot if your ECFMG paperwork is finished early.",
        "We look favorably on applicants who are ECFMG certified early.",
        "Being ECFMG certified early in the season makes things easier for everyone.",
        "Having your ECFMG certificate in hand is a plus.",
    ),
    "trap:yog_pref": (
        "We tend to favor folks who graduated in the last few years.",
        "Recent graduation is a plus, though we look at the whole story.",
        "Applicants who are fresh out of school tend to rise to the top of our list.",
        "We lean toward recent grads.",
    ),
    "trap:step2_average": (
        "The residents here now averaged {n} on Step 2 CK.",
        "Last year's class came in around {n} on Step 2 CK, for what it's worth.",
        "The typical Step 2 CK among the residents we've matched is around {n}.",
        "Our residents' Step 2 CK scores average {n}, but we've matched people well below that.",
        "Step 2 CK for our matched residents usually lands near {n}.",
    ),
    "trap:step1_average": (
        "Before Step 1 went pass/fail, our residents averaged {n}.",
        "The residents we matched with a scored Step 1 averaged {n} on it.",
        "Our average Step 1 among current residents is {n}.",
        "Step 1 scores in our last few classes clustered around {n}.",
    ),
    "trap:letters_pref": (
        "Letters from US doctors who've seen you work carry the most weight with us.",
        "A letter from a US family doctor who has watched you see patients helps a lot.",
        "We especially like letters from physicians you've worked with in the US.",
        "If you can get a letter from a US physician, send it.",
    ),
    "trap:other_program": (
        "Our sister program at the regional medical center takes {n} residents a year, and we "
        "share some didactics.",
        "The big university program a couple of hours away takes {n} a year; we're a lot smaller.",
        "The other residency in our health system matches {n} interns each year.",
        "Our partner program across town trains {n} residents per class.",
    ),
    "trap:interviews": (
        "We interviewed {n} applicants last season.",
        "We usually invite about {n} people to interview.",
        "Last year we had {n} interview days' worth of applicants, so apply early.",
        "Around {n} applicants get an interview invitation from us most years.",
    ),
    "trap:hospital_beds": (
        "Our home hospital is a {n}-bed community hospital.",
        "The hospital has {n} beds and a busy labor and delivery unit.",
        "You'll round at our {n}-bed hospital, which is small enough to know every nurse.",
        "With {n} beds, our hospital is the biggest one for miles around.",
    ),
    "trap:rural_rotation": (
        "Second-years spend a month at a critical access hospital about {n} miles up the road.",
        "The rural rotation site is {n} miles away, and we cover your housing there.",
        "Our rural track residents drive about {n} miles to their continuity clinic.",
        "Residents do a rural block in a town {n} miles from here, and most of them love it.",
    ),
    "trap:town": (
        "About {n},000 people live in the county, and most of them end up being our patients.",
        "Our town and the surrounding area have about {n},000 people.",
        "We serve a rural region of roughly {n},000 people.",
        "Life here: about {n},000 neighbors, good schools and no traffic.",
    ),
    "trap:match_calendar": (
        "We start reading ERAS applications as soon as they open in September, and we rank in "
        "February like everyone else.",
        "Interview invites go out from October through early December.",
        "Our interview season runs from late October to January, and Match Day is in March.",
        "We review applications on a rolling basis once ERAS opens.",
    ),
    "trap:benefits": (
        "Each resident gets ${n}0 a year for books and conferences.",
        "Your yearly CME allowance is ${n}0, plus a paid trip to the state academy meeting.",
        "Beyond salary and health insurance, residents get ${n}0 a year for education.",
        "We give every resident an education fund of ${n}0 per year.",
    ),
    "trap:email_me": (
        "Not sure whether you meet our requirements? Email me and I'll give you a straight "
        "answer.",
        "I read every email from applicants myself, so write me if something here is unclear.",
        "Email me if you have a question this page doesn't answer.",
        "If your situation is unusual, email me before you apply and we'll talk it through.",
    ),
}
# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visas we sponsor", "J-1 only, no H-1B"),
    "visa:both": ("Visas we sponsor", "J-1 and H-1B both"),
    "visa:none": ("Visas we sponsor", "None, sorry"),
    "img:yes": ("IMGs", "Welcome to apply"),
    "img:no": ("IMGs", "Can't consider"),
    "ecfmg": ("ECFMG certification for IMGs", "Done {by}"),
    "usce:months": ("US clinical experience", "At least {n} months, hands-on"),
    "usce:zero": ("US clinical experience", "Not needed"),
    "usce:unstated": ("US clinical experience", "Required (no set length)"),
    "step1:n": ("Lowest Step 1 we take", "{n}"),
    "step1:none": ("Lowest Step 1 we take", "No minimum"),
    "step2:n": ("Lowest Step 2 CK we take", "{n}"),
    "step2:none": ("Lowest Step 2 CK we take", "No minimum"),
    "step2:pct": ("Lowest Step 2 CK we take", "{p}th percentile"),
    "comlex:n": ("Lowest COMLEX Level 2-CE we take", "{n}"),
    "comlex:none": ("Lowest COMLEX Level 2-CE we take", "No minimum"),
    "attempt:yes": ("Board exam attempts", "First try only"),
    "attempt:step2": ("Board exam attempts", "First try on Step 2 CK"),
    "attempt:no": ("Board exam attempts", "Retakes considered"),
    "yog:n": ("Time since med school graduation", "{n} years max"),
    "yog:none": ("Time since med school graduation", "No limit"),
    "positions:n": ("Residents we take per year", "{n}"),
    "positions:range": ("Residents we take per year", "{a}-{b}"),
    "total": ("Residents in the program right now", "{n}"),
    "trap:step2_average": ("Step 2 CK average of our current residents", "{n}"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Can you sponsor my visa?",
    "img": "I went to med school outside the US. Can I apply?",
    "ecfmg": "When do I need to be ECFMG certified?",
    "usce": "Do I need clinical experience in the US?",
    "step1": "Does my Step 1 score matter?",
    "step2": "What Step 2 CK score do you need?",
    "comlex": "I'm a DO. Do you take COMLEX?",
    "scores": "Do you have score cutoffs?",
    "attempt": "I failed a Step once. Should I still apply?",
    "yog": "I graduated a while ago. Is that a problem?",
    "positions": "How many residents do you take?",
    "total": "How big is the program?",
    "research_track": "Can I do research in a program this small?",
    "prelim": "Do you have prelim spots?",
    "us_letters": "Who should my letters come from?",
    "trap": "What else should I know?",
}
# fmt: on
