"""A seventeenth blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-26 (about 07:03-07:10 UTC) by a blind helper session, from its own knowledge
of how IMG-facing applicant FAQ pages and program coordinators' emails-turned-web-pages word their
eligibility and application facts: internal medicine, family medicine, psychiatry, pediatrics,
neurology, pathology and transitional-year programs that recruit many international graduates.
It aims at a conversational, warm voice: contractions ("we're", "you'll", "don't", "isn't");
answers that open with "Yes,", "No,", "Unfortunately,", "Absolutely", "Not at this time" or
"Great question"; hedged but binding rules ("we're only able to consider", "we'll need", "you'd
have to"); British and Commonwealth spellings and words some international-facing pages use
("programme", "practise", "favour", "first time round", "graduates of overseas medical schools",
"foreign-trained doctors", "non-US graduates", "Caribbean schools"); numbers spelled out; facts in
the second half of long answers after a line of narrative ("We love hearing about the paths people
take ... that said, ..."); and traps in the same voice that settle nothing: averages and typical
scores of matched residents, interview and application counts, a sister programme's size, "we
strongly encourage", "many of our residents had", "feel free to email us", and questions back to
the reader. All of it is invented demo data about no real program.

The author read only its brief (which restates issue 11, the fact contract: fact names and
values, "preferences are not requirements; averages of past applicants are not minimums"),
``demoweb/phrasings.py`` (the shape of a set and the dev/held-out wordings, to avoid reusing
them), ``demoweb/info.py`` (how a set is drawn and rendered, the fields templates get and the
truth values of ``demoweb.info._facts``), ``tests/test_demoweb_info.py`` (the structural checks a
blind set must pass), the ``class_sizes`` field of ``demoweb/specialties.py`` and the first 70
lines of ``demoweb/phrasings_independent14.py`` (its docstring and the shape of ``ECFMG_BY`` and
``EXTRA_TRAPS``). The author did NOT read, grep, import or run the extraction rules
(``extract/``), their tests (``tests/test_facts*.py``, ``tests/facts_families.py``), ``bench/`` or
any benchmark output, git log messages or diffs, or the other blind sets
``demoweb/phrasings_independent*.py`` beyond those 70 lines (nor the eighteenth, written at the
same time by another helper); did not run ``bench/facts.py`` or ``precedent facts``, and did not
run the extractor on any of these sentences: nothing here was tuned against the rules. It was
checked only structurally, by an ad-hoc script outside the repository: it imports, has every claim
of the dev set with five distinct wordings, every template and row formats with the fields
``demoweb.info`` passes and uses only the fields the tests allow, every template ends with ".",
"!" or "?", every question ends with "?", no ECFMG deadline wording is inside another, no wording
is a dev or held-out one, and the value checks of ``tests/test_demoweb_info.py`` hold on pages
rendered from this set (by monkeypatching ``demoweb.info`` in that script so that a share of the
held-out programs use it). It has not been compared with the earlier blind sets, so some wordings
may repeat theirs.
When the lead wired it (the same morning, without running the extractor on it), a string
comparison with the earlier sets found nothing more to remove.
"""

from __future__ import annotations

NAME = "independent17"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "by the time we finalise our rank list",
    "time of application": "at the point you apply to us",
    "start of residency": "before your first day as a PGY-1",
    "interview": "by the day you interview with us",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": (
        "before our rank order list goes in to the NRMP",
        "ahead of the NRMP rank-list cut-off",
    ),
    "time of application": (
        "by the time you hit submit in ERAS",
        "when your ERAS application reaches us",
    ),
    "start of residency": (
        "ahead of the July programme start",
        "by the time orientation begins",
    ),
    "interview": (
        "before you sit down to interview with us",
        "ahead of the interview itself",
    ),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 6-12 for another programme,
# else 60-150 (counts of interviewees and applications); the email and question traps use none.
EXTRA_TRAPS = (
    ("trap:interviews", 0.2),
    ("trap:applications", 0.2),
    ("trap:other_program", 0.15),
    ("trap:email", 0.15),
    ("trap:question", 0.1),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "Unfortunately, we're only able to sponsor the J-1 visa; we don't offer H-1B sponsorship.",
        "We're a J-1-only programme, so please don't count on an H-1B from us.",
        "Great question — the J-1 (through ECFMG) is the one and only visa we can support for our residents, and H-1Bs aren't an option.",
        "Our hospital has always welcomed doctors from abroad — that said, the only visa we'll sponsor is the J-1, not the H-1B.",
        "Yes, we sponsor visas, but it has to be a J-1: we can't do H-1Bs.",
    ),
    "visa:both": (
        "Absolutely — we sponsor both J-1 and H-1B visas for our residents.",
        "Yes, you'll be able to come to us on either a J-1 or an H-1B; we sponsor both.",
        "Our GME team has plenty of visa experience, and we're happy to sponsor H-1B visas as well as J-1s.",
        "Great question! We support the J-1 and, for eligible candidates, the H-1B too.",
        "Whether you'd need a J-1 or an H-1B, we're able to sponsor it.",
    ),
    "visa:none": (
        "Unfortunately, we're not able to sponsor visas of any kind at this time.",
        "No, we don't sponsor visas — neither the J-1 nor the H-1B.",
        "We're sorry to say we can't offer visa sponsorship, so you'd need to hold the right to work in the US already.",
        "Not at this time: our programme doesn't sponsor J-1 or H-1B visas.",
        "We really wish we could, but visa sponsorship isn't something our hospital offers.",
    ),
    "visa:j1_yes": (
        "Yes, we're happy to sponsor J-1 visas through ECFMG.",
        "Absolutely — we'll sponsor a J-1 visa for any resident who needs one.",
        "Lots of our residents have come to us on J-1 visas, and we'll gladly sponsor yours.",
        "If you'll need a J-1, that's no problem at all; we sponsor it.",
        "Great question — J-1 sponsorship is available to our incoming residents.",
    ),
    "visa:h1b_no": (
        "Unfortunately, we're not able to sponsor H-1B visas.",
        "No, we don't offer H-1B sponsorship, I'm afraid.",
        "Please note that our hospital won't sponsor the H-1B.",
        "We've looked into it many times over the years, but the H-1B still isn't a visa we can sponsor.",
        "Not at this time — H-1B sponsorship isn't available here.",
    ),
    "img:yes": (
        "Yes, graduates of overseas medical schools are very welcome to apply!",
        "Absolutely — we love our international residents, and we'll happily review applications from foreign-trained doctors.",
        "We've trained many IMGs over the years, and we'd be glad to consider your application too.",
        "Great question! Non-US graduates, including those from Caribbean schools, are welcome in our programme.",
        "Of course; we consider international medical graduates on exactly the same footing as everyone else.",
    ),
    "img:no": (
        "Unfortunately, we're only able to consider graduates of US medical schools.",
        "No, I'm afraid we can't accept applications from international medical graduates.",
        "Not at this time — our programme doesn't take graduates of overseas medical schools.",
        "We know this is disappointing, but foreign-trained doctors aren't eligible for our programme.",
        "Sadly, we're not able to consider non-US graduates, including those from Caribbean schools.",
    ),
    "ecfmg": (
        "Yes, we'll need you to be ECFMG certified {by}.",
        "For graduates of overseas schools, ECFMG certification has to be complete {by}.",
        "We know the timelines are tight — that said, your ECFMG certificate must be in our hands {by}.",
        "Great question: your ECFMG certification needs to be sorted {by}.",
        "Please make sure your ECFMG certification is finalised {by}; we're not able to make exceptions.",
    ),
    "usce:months": (
        "Yes, we'll need at least {w} months of hands-on clinical experience in the US.",
        "We love seeing how applicants have grown through their training abroad — that said, you'll need a minimum of {n} months of US clinical experience to be considered.",
        "Unfortunately, we're only able to consider applicants with {w} or more months of hands-on clinical work in American hospitals.",
        "Great question: {w} months of USCE is our minimum, and observerships don't count towards it.",
        "You'd have to have completed at least {n} months of clinical rotations or clinical work in the United States.",
    ),
    "usce:zero": (
        "No, US clinical experience isn't a requirement — we're happy to look at your training wherever it took place.",
        "Not at all; you don't need any US clinical experience to apply.",
        "We know USCE can be hard to arrange from overseas, so we do not require it.",
        "Good news: hands-on US clinical experience is not a requirement for our programme.",
        "You'll find no USCE requirement here, and applicants without it are considered in the usual way.",
    ),
    "usce:unstated": (
        "Yes, some hands-on US clinical experience is required before we can consider you.",
        "We're only able to consider applicants who've had US clinical experience; it's a firm requirement.",
        "You'll need US clinical experience, and it must be hands-on rather than observership-only.",
        "Great question — USCE is mandatory for all of our applicants.",
        "Whatever your background, clinical experience in an American hospital is a must.",
    ),
    "step1:n": (
        "We're only able to consider applicants with a Step 1 score of {n} or above.",
        "Unfortunately, anything under {n} on Step 1 won't get through our screen.",
        "We read every application with care — that said, you'll need at least {n} on USMLE Step 1.",
        "Yes, our Step 1 floor is {n}.",
        "For Step 1, we'll need to see a score of no less than {n}.",
    ),
    "step1:none": (
        "No, we don't have a minimum Step 1 score.",
        "There's no Step 1 cut-off with us; we look at the whole application.",
        "Not at all — we don't screen applicants out on their Step 1 number.",
        "Great question! We consider applicants regardless of their Step 1 score.",
        "We know Step 1 causes a lot of worry, but please don't fret, as we set no minimum score for it.",
    ),
    "step2:n": (
        "Yes, we'll need a Step 2 CK score of at least {n}.",
        "Unfortunately, we're not able to consider Step 2 CK scores below {n}.",
        "We know exams don't tell the whole story — that said, our minimum for Step 2 CK is {n}.",
        "Applicants scoring under {n} on USMLE Step 2 CK won't make it through our screen, I'm afraid.",
        "You'd have to have {n} or higher on Step 2 CK for us to offer you an interview.",
    ),
    "step2:none": (
        "No, there's no Step 2 CK cut-off.",
        "Not at this time — we don't apply any minimum to Step 2 CK scores.",
        "Great question! Your Step 2 CK score isn't held against a floor, so there's no cut-off to worry about.",
        "We consider every applicant regardless of their Step 2 CK result.",
        "We look at the person, not the number, and there's no minimum Step 2 CK score.",
    ),
    "step2:pct": (
        "We'll need your Step 2 CK score to sit at or above the {p}th percentile.",
        "Unfortunately, we're only able to consider Step 2 CK results at the {p}th percentile or higher.",
        "Great question: our Step 2 CK floor is the {p}th percentile nationally.",
        "You'd have to score no lower than the {p}th percentile on Step 2 CK.",
        "Rather than a fixed number, we ask that your Step 2 CK score fall at or above the {p}th percentile.",
    ),
    "comlex:n": (
        "For our DO applicants, we'll need a COMLEX Level 2-CE score of at least {n}.",
        "Osteopathic graduates, you'd need {n} or above on COMLEX Level 2-CE.",
        "Unfortunately, we can't consider COMLEX Level 2-CE scores below {n}.",
        "Yes, we accept COMLEX, and our minimum Level 2-CE score is {n}.",
        "If you're a DO, the COMLEX-USA Level 2-CE floor we use is {n}.",
    ),
    "comlex:none": (
        "Yes, we accept COMLEX, and no, there's no minimum score.",
        "We do not set a COMLEX cut-off of any kind.",
        "Great question — DO applicants are reviewed regardless of their COMLEX scores.",
        "There isn't a COMLEX floor; no particular score is needed.",
        "Not at this time: COMLEX scores aren't screened against any minimum.",
    ),
    "scores:both": (
        "Our score minimums are {a} for Step 1 and {b} for Step 2 CK.",
        "We'll need at least {a} on Step 1 and {b} on Step 2 CK, I'm afraid.",
        "Unfortunately, we can't consider applicants scoring under {a} on Step 1 or under {b} on Step 2 CK.",
        "Great question! You'd need a Step 1 of {a} or more and a Step 2 CK of {b} or more.",
        "We know scores aren't everything, but our floors are Step 1 {a} and Step 2 CK {b}.",
    ),
    "attempt:yes": (
        "Unfortunately, we're only able to consider applicants who passed every USMLE Step on the first attempt.",
        "We'll need first-time passes on all of your licensing exams.",
        "Yes, a first-attempt pass on each Step is required, I'm afraid.",
        "We know this is tough, but any failed USMLE attempt does rule an application out.",
        "You'd have to have passed each exam first time round to be considered.",
    ),
    "attempt:step2": (
        "We'll need a first-attempt pass on Step 2 CK in particular; earlier Steps are looked at case by case.",
        "Unfortunately, we can't consider anyone who didn't pass Step 2 CK on the first attempt, though a repeat of another Step is fine.",
        "Only Step 2 CK has to be passed first time round for us.",
        "Great question: the single exam we need passed on the first go is Step 2 CK.",
        "You'd have to have a first-time pass on Step 2 CK; we're more flexible about the other exams.",
    ),
    "attempt:no": (
        "No, a previous failed attempt won't automatically rule you out.",
        "We're happy to consider applicants who needed more than one go at a Step.",
        "Absolutely — we'll still review your application if you've retaken an exam.",
        "Great question! Repeat attempts on the USMLE aren't an automatic barrier with us.",
        "We understand things don't always go to plan on exam day, and a retake doesn't disqualify you.",
    ),
    "yog:n": (
        "We're only able to consider applicants who graduated within the last {w} years.",
        "Unfortunately, if you graduated more than {n} years ago, you won't be eligible for our programme.",
        "We love hearing about the paths people take after medical school — that said, you'll need to be no more than {w} years out from graduation.",
        "Great question: our graduation window is {w} years.",
        "You'd have to have finished medical school in the past {n} years to apply.",
    ),
    "yog:none": (
        "No, we don't have a year-of-graduation cut-off.",
        "Not at all; however long ago you graduated, you're welcome to apply.",
        "We consider applicants regardless of when they finished medical school.",
        "Great question — there's no limit on how long ago you qualified.",
        "Older graduates are very much welcome; we set no graduation-year limit.",
    ),
    "positions:n": (
        "We take {w} categorical {noun} each year.",
        "Our intern class is {n} strong.",
        "We're a friendly, close-knit programme with {w} categorical spots in every year's Match.",
        "Great question! We match {n} new categorical {noun} annually.",
        "Each July we welcome {w} categorical PGY-1 {noun}.",
    ),
    "positions:range": (
        "We take {a} to {b} categorical residents each year.",
        "Depending on funding, we match {a} or {b} residents a year.",
        "Our incoming class is {a}–{b} residents.",
        "Great question: we typically have {a} to {b} intern places every year.",
        "We're a small programme, taking somewhere between {a} and {b} new residents annually.",
    ),
    "home:positions": (
        "We're a warm, welcoming programme training {w} {noun} each year.",
        "Every July we welcome {w} new {noun} to the family.",
        "With {n} new {noun} a year, everyone really does know everyone here.",
        "Our friendly programme takes {w} {noun} a year.",
        "Each summer we take on {w} new {noun}, and we'd love for you to join them.",
    ),
    "total": (
        "All told, we're a programme of {n} residents.",
        "We've {n} residents across all years, so it's big enough to learn a lot but small enough to feel like family.",
        "Great question — there are {n} residents in the programme altogether.",
        "Our whole residency numbers {n} doctors in training.",
        "Counting every PGY level, we have {n} residents on the team.",
    ),
    "research_track": (
        "Yes! We've got a dedicated research track for residents who want protected time.",
        "Absolutely — residents keen on academic medicine can join our research track.",
        "Great question: we offer a formal research pathway alongside the clinical programme.",
        "We love supporting our residents' scholarly interests, and there's a dedicated research track you can apply to.",
        "If research is your passion, you'll be glad to know we run a research track with protected time.",
    ),
    "prelim": (
        "We also offer preliminary places — {w} in total each year.",
        "Yes, alongside our categorical residents, we take {w} preliminary {noun} a year.",
        "Great question! The number of preliminary-year positions we offer is {n}.",
        "Absolutely, we've room for {w} preliminary {noun} each year.",
        "If you're after a prelim year, we offer {n} of those.",
    ),
    "us_letters": (
        "We'll need at least two of your letters to come from physicians in the US.",
        "Unfortunately, we can't review your application without a minimum of two letters from US-based doctors.",
        "Great question: two or more of your letters must be written by doctors who practise in the United States.",
        "We know it can be hard to arrange, but you'd have to include at least two letters from American physicians.",
        "Please make sure at least two letters of recommendation are from US physicians; it's a requirement for us.",
    ),
    "trap:usce_pref": (
        "We strongly encourage hands-on US clinical experience if you're able to arrange it.",
        "Many of our residents had some US clinical experience before they matched with us.",
        "USCE really helps your application stand out.",
        "Great question — we'd always suggest getting some American clinical experience if you can.",
        "Any time spent in US hospitals is a real plus in our eyes.",
    ),
    "trap:ecfmg_pref": (
        "It's a real help if your ECFMG certification has already come through when you apply.",
        "We strongly encourage you to get ECFMG certified as early as you can.",
        "Many of our matched IMGs already had their ECFMG certificate in hand by interview season.",
        "Having your ECFMG certification finished early makes everything smoother for everyone.",
        "We'd gently suggest getting ECFMG certified before ERAS opens, if you're able.",
    ),
    "trap:yog_pref": (
        "We do tend to favour applicants who graduated fairly recently.",
        "Most of our residents came to us within a few years of finishing medical school.",
        "Recent graduates often find the move back into training a bit easier.",
        "We strongly encourage more recent graduates to apply.",
        "Recent hands-on clinical work counts in your favour with our selection committee.",
    ),
    "trap:step2_average": (
        "Most of our matched residents scored around {n} on Step 2 CK.",
        "Last season, our interviewees' Step 2 CK scores averaged roughly {n}.",
        "Many of our current residents had Step 2 CK scores in the region of {n}.",
        "For what it's worth, our typical matched applicant had about {n} on Step 2 CK.",
        "Great question! The Step 2 CK median of our current interns is {n}.",
    ),
    "trap:step1_average": (
        "Most of our matched IMGs scored somewhere around {n} on Step 1.",
        "Our current residents' Step 1 scores averaged about {n}.",
        "For reference, last year's intern class had a mean Step 1 of {n}.",
        "Many of the residents we've matched recently had Step 1 scores near {n}.",
        "Great question — the typical Step 1 among our recent matches was around {n}.",
    ),
    "trap:letters_pref": (
        "We strongly encourage letters from doctors you've worked with in the US.",
        "Many of our residents had a US letter or two, and it does help.",
        "A letter from an American physician who knows your work is always lovely to see.",
        "We'd suggest including a US letter if you're able to.",
        "Letters from US-based supervisors tend to carry real weight with our committee.",
    ),
    "trap:interviews": (
        "We interview roughly {n} applicants each season.",
        "Last year we welcomed about {n} candidates to our interview days.",
        "Most years, around {n} people interview with us for our categorical places.",
        "Great question — we sent out about {n} interview invitations this past cycle.",
        "We usually see {n} or so applicants over the whole interview season.",
    ),
    "trap:applications": (
        "We had more than {n} applications for every position last year.",
        "Our coordinator reads through about {n} applications a week at the height of the season.",
        "Last cycle, roughly {n} of our applications came in on the first day ERAS opened.",
        "We receive thousands of applications, and around {n} of them are invited to a pre-interview chat.",
        "Great question — about {n} applicants made it past our first read last year.",
    ),
    "trap:other_program": (
        "Our sister programme across town takes {n} residents a year, so do have a look at them too.",
        "The affiliated community hospital nearby recruits {n} interns annually, if you'd like another option.",
        "Our fellowship programmes, which take {n} fellows between them, are run separately.",
        "Please note that the {n} positions at our partner site are filled under a separate Match code.",
        "Great question! Our neighbouring transitional-year programme has {n} places; do contact them directly.",
    ),
    "trap:email": (
        "Feel free to email us if you're unsure whether you qualify!",
        "Still have questions? Drop our programme coordinator a line and we'll get back to you.",
        "If your situation is a bit unusual, please do get in touch before applying.",
        "We're always happy to chat — just send us an email.",
        "Not sure where you stand? Our coordinator will be glad to talk it through with you.",
    ),
    "trap:question": (
        "Wondering whether your observership counts as hands-on experience?",
        "Thinking about how your exam scores compare with last year's class?",
        "Not sure whether you'd need a J-1 or an H-1B?",
        "Wondering how many residents we'll take this year?",
        "Curious whether your graduation year will be a problem?",
    ),
}
# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visas we're able to sponsor", "J-1 only — no H-1B"),
    "visa:both": ("Visas we're able to sponsor", "J-1 and H-1B alike"),
    "visa:none": ("Visas we're able to sponsor", "None, I'm afraid"),
    "img:yes": ("Graduates of overseas medical schools", "Warmly welcomed"),
    "img:no": ("Graduates of overseas medical schools", "Unable to consider"),
    "ecfmg": ("ECFMG certificate in hand", "{by}"),
    "usce:months": ("Hands-on US experience needed", "{w} months or more"),
    "usce:zero": ("Hands-on US experience needed", "No, not at all"),
    "usce:unstated": ("Hands-on US experience needed", "Yes, required (length not set)"),
    "step1:n": ("Lowest Step 1 score we can consider", "{n}"),
    "step1:none": ("Lowest Step 1 score we can consider", "No floor"),
    "step2:n": ("Lowest Step 2 CK score we can consider", "{n}"),
    "step2:none": ("Lowest Step 2 CK score we can consider", "No floor at all"),
    "step2:pct": ("Lowest Step 2 CK score we can consider", "{p}th percentile nationally"),
    "comlex:n": ("Lowest COMLEX Level 2-CE we can consider", "{n}"),
    "comlex:none": ("Lowest COMLEX Level 2-CE we can consider", "No floor set"),
    "scores:both": ("Lowest scores we can consider (Step 1 / Step 2 CK)", "{a} / {b}"),
    "attempt:yes": ("First-time passes", "Needed on every Step"),
    "attempt:step2": ("First-time passes", "Step 2 CK only"),
    "attempt:no": ("First-time passes", "Not essential"),
    "yog:n": ("How recently you'll need to have graduated", "Within {w} years"),
    "yog:none": ("How recently you'll need to have graduated", "No limit at all"),
    "positions:n": ("Categorical places each year", "{n}"),
    "positions:range": ("Categorical places each year", "{a}–{b}"),
    "total": ("Residents across all years", "{n} in total"),
    "prelim": ("Preliminary places on offer", "{n} a year"),
    "trap:step2_average": ("Typical Step 2 CK of our current residents", "About {n}"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Will you be able to sponsor my visa?",
    "img": "I'm a graduate of an overseas medical school — can I apply?",
    "ecfmg": "When will I need my ECFMG certificate?",
    "usce": "Will I need hands-on clinical experience in the US?",
    "step1": "Do you screen applications on Step 1?",
    "step2": "Is there a Step 2 CK score I'll need to reach?",
    "comlex": "I'm a DO — how do you look at COMLEX?",
    "scores": "Which exam scores will I need?",
    "attempt": "I had to retake an exam — does that matter?",
    "yog": "I graduated a while ago; is that a problem?",
    "positions": "How many residents do you take each year?",
    "total": "How big is the programme overall?",
    "research_track": "Can I get involved in research as a resident?",
    "prelim": "Are preliminary places available too?",
    "us_letters": "Do any of my letters need to be from US doctors?",
    "trap": "What makes an application stand out to you?",
}
# fmt: on
