"""A twenty-fourth blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-26 (about 12:43-12:49 UTC) by a blind helper session, from its own knowledge
of how US residency programs post transcripts and written summaries of their virtual open
houses, recruitment webinars and "Meet the Program" Zoom sessions: the recap pages of internal
medicine, family medicine, psychiatry, pathology, general surgery, neurology and neurosurgery
programs. It aims at speaker turns with labels ("Dr. Alvarez (PD):", "Coordinator:",
"Q (applicant):", "A:", "Chief resident:"); a spoken register with fillers, false starts and
self-corrections ("We do — well, we did — no, actually yes, we sponsor J-1"); answers split
across turns and a speaker deferring to another ("Maria, do we still take H-1B? Coordinator:
Yes, we do"); hedges that settle nothing unless the speaker commits ("I believe", "as far as I
know"); facts said in passing; and traps that settle nothing: how many people joined the call,
how many were interviewed, other programs and fellowships, hedged non-answers, applicants' own
questions from the chat, averages of past classes and preferences ("really helps", "a plus").
The truth holds only what the program's speakers commit to. All of it is invented demo data
about no real program; the speakers are named by surname or first name only.

The author read only the brief (issue 11's fact contract: fact names and values, "preferences
are not requirements; averages of past applicants are not minimums"), ``demoweb/phrasings.py``
(the shape of a set and the dev/held-out wordings, to avoid reusing them), ``demoweb/info.py``
(how a set is drawn and rendered, the fields templates get and the truth values of
``demoweb.info._facts``), ``tests/test_demoweb_info.py`` (the structural checks a blind set must
pass), the ``class_sizes`` field of ``demoweb/specialties.py`` and the first 70 lines of
``demoweb/phrasings_independent14.py`` (its docstring and the shape of ``ECFMG_BY`` and
``EXTRA_TRAPS``). The author did NOT read, grep, import or run the extraction rules
(``extract/``), their tests (``tests/test_facts*.py``, ``tests/facts_families.py``), ``bench/``
or any benchmark output, git log messages or diffs, or the other blind sets
``demoweb/phrasings_independent*.py`` beyond those 70 lines (nor the twenty-third, written at
the same time by another helper); did not run ``bench/facts.py`` or ``precedent facts``, and did
not run the extractor on any of these sentences: nothing here was tuned against the rules. It was
checked only structurally, by an ad-hoc script outside the repository: it imports, has every claim
of the dev set, every template and row formats with the fields ``demoweb.info`` passes and uses
only the fields the tests allow, no ECFMG deadline wording is inside another, no wording is a dev
or held-out one, and the value checks of ``tests/test_demoweb_info.py`` hold on pages rendered
from this set (by monkeypatching ``demoweb.info`` in that script). It has not been compared with
the other blind sets, so some wordings may repeat theirs.
"""

from __future__ import annotations

NAME = "independent24"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "before rank lists get locked in February",
    "time of application": "by the time you hit submit on ERAS",
    "start of residency": "by your first day as an intern here",
    "interview": "ahead of your interview day with us",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": (
        "by the time we certify our rank list",
        "no later than the NRMP ranking cutoff",
    ),
    "time of application": (
        "at the moment your application goes in",
        "as of the day you apply to us",
    ),
    "start of residency": (
        "before orientation kicks off in June",
        "prior to starting intern year with us",
    ),
    "interview": (
        "before you log on for your virtual interview",
        "by the time we'd sit down with you to interview",
    ),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 6-12 for another program, else
# 60-150 (people on the call, interviews, hours or days in an applicant's question).
EXTRA_TRAPS = (
    ("trap:other_program", 0.2),
    ("trap:attendees", 0.2),
    ("trap:interviewed", 0.2),
    ("trap:hedge", 0.2),
    ("trap:chat_question", 0.15),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "Dr. Alvarez (PD): Visas — so, we sponsor J-1, and only J-1; we don't do H-1B here.",
        "Coordinator: Just so everyone has it from tonight — the J-1 through ECFMG is the only visa we sponsor, no H-1Bs.",
        "A: We did look at H-1B a few years back, but no — it's J-1 only for us, full stop.",
        "Dr. Okafor (APD): Is it — Denise, it's still just the J-1, right? Coordinator: Right, J-1 only, we don't sponsor H-1B.",
        "PD: The short answer on visas is J-1 yes, H-1B no.",
    ),
    "visa:both": (
        "Dr. Haddad (PD): We sponsor both — J-1 and H-1B — and the GME office walks you through whichever one you need.",
        "Coordinator: Yep, both visas, J-1 and H-1B; we sponsor either one.",
        "PD: Maria, do we still take H-1B? Coordinator: Yes, we do, and J-1 as well.",
        "A: So we did — well, we still do — sponsor H-1B, and the J-1 too, of course.",
        "Chief resident: I'm on an H-1B myself and a couple of my co-residents are on J-1s — the program sponsors both, and Dr. Haddad just confirmed that hasn't changed.",
    ),
    "visa:none": (
        "Dr. Petrakis (PD): I wish I had better news, but we can't sponsor any visa — not J-1, not H-1B.",
        "Coordinator: We don't sponsor visas at all, so you'd need to be a citizen or already have your green card.",
        "A: Visa sponsorship — no, unfortunately; our hospital doesn't do J-1 or H-1B for residents.",
        "PD: Let me be really clear, since it came up a lot in the chat: no visa sponsorship of any kind here.",
        "GME liaison: Our institution doesn't sponsor visas for trainees, and that's not changing this cycle, so neither J-1 nor H-1B is an option.",
    ),
    "visa:j1_yes": (
        "Dr. Alvarez (PD): We do — well, we did — no, actually yes, we sponsor J-1, I just confirmed with GME.",
        "Coordinator: J-1s, yes, we sponsor those through ECFMG every year.",
        "A: If you need a J-1, that's fine — we sponsor it.",
        "PD: J-1, yes, we sponsor that; H-1B I honestly don't know the answer to tonight, so please email GME.",
        "Chief resident: A few of us are here on J-1s — the program sponsors those, no drama at all.",
    ),
    "visa:h1b_no": (
        "Dr. Okafor (PD): H-1B is a no for us, I'm sorry.",
        "Coordinator: We don't sponsor H-1B — I know that question comes up every year, and the answer hasn't changed.",
        "A: On H-1B specifically, no, we're not able to sponsor it.",
        "PD: Denise, H-1B — we don't, right? Coordinator: Correct, we do not sponsor H-1B.",
        "GME liaison: The institution doesn't file H-1B petitions for residents in this program, so that one's off the table.",
    ),
    "img:yes": (
        "Dr. Haddad (PD): IMGs, absolutely — please apply, a lot of our residents trained abroad.",
        "Coordinator: Yes, international grads can apply, and we read every one of those applications.",
        "Q (applicant): I went to school in Egypt — can I apply? A: Yes, of course, international graduates are welcome here.",
        "PD: We love our IMGs — they're some of our strongest residents — so yes, we take international medical graduates.",
        "Chief resident: I'm an IMG, half my class trained overseas, and yes, the program accepts international graduates.",
    ),
    "img:no": (
        "Dr. Lindqvist (PD): Unfortunately we can't consider international medical graduates — it's a hospital policy, not ours.",
        "Coordinator: We only take graduates of US MD and DO schools, so IMGs aren't eligible, I'm afraid.",
        "A: For IMGs — no, we're not able to take international grads right now.",
        "PD: I've been asked this a few times tonight, so: we do not accept applicants who graduated from medical schools outside the US.",
        "GME liaison: The program is limited to graduates of US allopathic and osteopathic schools, which means no international graduates.",
    ),
    "ecfmg": (
        "Coordinator: For our IMGs, ECFMG certification has to be complete {by}.",
        "Dr. Alvarez (PD): ECFMG — you need to be certified {by}, and that one we don't bend on.",
        "A: If you're an international grad, get that ECFMG certificate {by}; otherwise we can't move forward.",
        "PD: Denise, remind me on ECFMG? Coordinator: Fully certified {by}, that's the rule.",
        "Q (applicant): When do I need ECFMG? A: You'll need to be ECFMG certified {by}.",
    ),
    "usce:months": (
        "Dr. Okafor (PD): We do ask for US clinical experience — at least {n} months of it, hands-on, not observing.",
        "Coordinator: The USCE requirement is {w} months, and it has to be hands-on in a US hospital or clinic.",
        "A: Minimum {w} months of US clinical experience — and I mean hands-on, observerships don't count toward that.",
        "PD: How much USCE do we want — Maria? Coordinator: {W} months, minimum.",
        "Chief resident: When I applied they wanted {n} months of US clinical work, and it's still {n} months, I just checked with Dr. Okafor.",
    ),
    "usce:zero": (
        "Dr. Haddad (PD): USCE is not required — we've matched people with none at all.",
        "Coordinator: No, you don't need US clinical experience to apply to us.",
        "A: US clinical experience? Not a requirement here.",
        "PD: I know other programs want USCE, but we do not require it.",
        "Chief resident: I had zero US rotations when I matched here, and Dr. Haddad says that's still fine — US clinical experience is not required.",
    ),
    "usce:unstated": (
        "Dr. Lindqvist (PD): You do need some US clinical experience — it's required — but we don't put a number of months on it.",
        "Coordinator: USCE is a requirement for us; there's no set length, it just has to be there.",
        "A: Yes, hands-on US clinical experience is mandatory.",
        "PD: Some US clinical experience — you must have it, that's one of the few hard rules we have.",
        "A: Is USCE needed — yes, US clinical experience is required, we just don't specify how many months.",
    ),
    "step1:n": (
        "Dr. Petrakis (PD): For Step 1 we do have a floor, and it's {n}.",
        "Coordinator: The Step 1 minimum is {n}; below that the application doesn't reach the committee.",
        "A: Step 1 — we need at least a {n}.",
        "PD: Tom, what's our Step 1 cutoff again? Coordinator: It's {n}.",
        "PD: On Step 1, and this one is firm, we don't go below {n}.",
    ),
    "step1:none": (
        "Dr. Alvarez (PD): There's no Step 1 cutoff here, we look at everything.",
        "Coordinator: No minimum on Step 1 — none at all.",
        "A: We don't screen on Step 1, so there's no minimum score.",
        "PD: Step 1 doesn't have a floor for us — it's not how we screen.",
        "Q (applicant): Is there a Step 1 minimum? A: Nope — no minimum Step 1 score.",
    ),
    "step2:n": (
        "Dr. Okafor (PD): Step 2 CK, we want at least a {n}.",
        "Coordinator: Our Step 2 CK cutoff is {n} this year.",
        "A: Step 1 — no, sorry, Step 2 CK — the minimum there is {n}.",
        "PD: Maria, it's still {n} for Step 2, right? Coordinator: Yes, {n} on Step 2 CK is the minimum.",
        "PD: I'll be honest, we do screen on Step 2 CK, and the line is {n}.",
    ),
    "step2:none": (
        "Dr. Haddad (PD): No Step 2 CK cutoff — really, none.",
        "Coordinator: There's no minimum on Step 2 CK for us.",
        "A: We're not screening on Step 2 CK scores, so no floor there.",
        "PD: People always ask about Step 2, and no, we don't have a minimum score.",
        "Chief resident: Dr. Haddad can confirm, but — yes, he's nodding — there's no Step 2 CK minimum.",
    ),
    "step2:pct": (
        "Dr. Lindqvist (PD): On Step 2 CK we ask for the {p}th percentile or higher.",
        "Coordinator: Step 2 CK has to land at or above the {p}th percentile nationally.",
        "A: We don't use a raw number for Step 2 CK; the floor is the {p}th percentile.",
        "PD: So, Step 2 CK — anything under the {p}th percentile, we can't move forward with.",
        "Coordinator: Our Step 2 CK floor is set at the {p}th percentile.",
    ),
    "comlex:n": (
        "Dr. Petrakis (PD): For our DO applicants, COMLEX Level 2-CE needs to be {n} or higher.",
        "Coordinator: DOs, the COMLEX Level 2 minimum is {n}.",
        "A: If you only have COMLEX, we need at least a {n} on Level 2-CE.",
        "PD: Tom, COMLEX cutoff? Coordinator: {n} on Level 2-CE.",
        "PD: We take COMLEX — the floor on Level 2-CE is {n}.",
    ),
    "comlex:none": (
        "Dr. Alvarez (PD): There's no COMLEX cutoff; DOs, please apply.",
        "Coordinator: We don't set a minimum COMLEX score — no cutoff at all.",
        "A: COMLEX — no minimum.",
        "PD: We take COMLEX, and there's not a minimum we screen on.",
        "Chief resident: I'm a DO, and there's no COMLEX floor here — Dr. Alvarez just said the same.",
    ),
    "scores:both": (
        "Dr. Okafor (PD): Score cutoffs, okay — Step 1 is {a}, Step 2 CK is {b}.",
        "Coordinator: Our minimums are {a} on Step 1 and {b} on Step 2 CK.",
        "A: We need at least {a} on Step 1 and at least {b} on Step 2 CK.",
        "PD: Maria, can you put the cutoffs in the chat? Coordinator: Done — Step 1 {a}, Step 2 CK {b}.",
        "PD: We screen on both Steps: {a} for Step 1, {b} for Step 2 CK, and we stick to those.",
    ),
    "attempt:yes": (
        "Dr. Lindqvist (PD): We do need first-attempt passes on all the USMLE Steps.",
        "Coordinator: Any failed attempt on a Step and we can't consider the application, unfortunately.",
        "A: First-time passes only, on every Step.",
        "PD: I'll be direct: we require that you passed every licensing exam on the first try.",
        "Q (applicant): What if I failed Step 1 once? A: I'm sorry, we require all Steps passed on the first attempt.",
    ),
    "attempt:step2": (
        "Dr. Petrakis (PD): Step 2 CK has to be a first-attempt pass for us.",
        "Coordinator: We need Step 2 CK passed on the first try.",
        "A: The one we're strict about is Step 2 CK — that needs to be passed on your first attempt.",
        "PD: For Step 2 CK it has to be a single attempt — a pass the first time.",
        "PD: Step 1 we're flexible on, but Step 2 CK must be passed on the first attempt.",
    ),
    "attempt:no": (
        "Dr. Haddad (PD): A failed attempt isn't an automatic no — we look at the whole story.",
        "Coordinator: If you needed more than one attempt on a Step, you can still apply.",
        "A: Multiple attempts are okay; we'll still review your application.",
        "PD: We do consider applicants who had to retake a Step.",
        "Q (applicant): I passed Step 1 on my second try — am I out? A: No, you're not out; we consider people with more than one attempt.",
    ),
    "yog:n": (
        "Dr. Okafor (PD): We need you to be within {n} years of graduating from medical school.",
        "Coordinator: Our cutoff on year of graduation is {w} years.",
        "A: If it's been more than {n} years since you graduated, I'm afraid you're outside our window.",
        "PD: Denise, is it still {w} years since graduation? Coordinator: Yes, {w} years, max.",
        "PD: Graduation — no more than {n} years out, please.",
    ),
    "yog:none": (
        "Dr. Lindqvist (PD): There's no year-of-graduation limit for us.",
        "Coordinator: We don't have a graduation cutoff, so no, it doesn't matter when you graduated.",
        "A: Graduation year — not a factor, no limit.",
        "PD: We've matched people fifteen years out of school; there's no cutoff on graduation year.",
        "Q (applicant): I graduated in 2012 — is that too long ago? A: No, we don't limit how long ago you graduated.",
    ),
    "positions:n": (
        "Dr. Haddad (PD): We take {n} categorical {noun} a year.",
        "Coordinator: We match {w} PGY-1 {noun} each year.",
        "A: Each intern class is {n} {noun}.",
        "PD: How many spots, Maria? Coordinator: {W} categorical {noun} a year.",
        "Chief resident: Each class here is {w} {noun}, which is a nice size — everybody knows everybody.",
    ),
    "positions:range": (
        "Dr. Okafor (PD): We match {a} to {b} residents a year, depending on funding.",
        "Coordinator: It's usually {a} or {b} interns per year.",
        "A: Somewhere between {a} and {b} each year.",
        "PD: Tom, how many this year? Coordinator: {a}-{b}, it moves around a little.",
        "PD: Our classes run {a} to {b} categorical residents.",
    ),
    "home:positions": (
        "From our virtual open house: we bring in {n} new {noun} every year.",
        "Open house recap — the program takes {w} categorical {noun} per year.",
        "Heard at Meet the Program night: each July we welcome {w} new {noun}.",
        "PD (from the webinar): We match {n} {noun} a year, and we'd love you to be one of them.",
        "Webinar takeaway: {n} PGY-1 {noun} a year.",
    ),
    "total": (
        "Dr. Haddad (PD): All told we're {n} residents across the years.",
        "Coordinator: We have {n} residents total right now.",
        "A: The whole program is {n} residents.",
        "PD: Maria, how many residents do we have altogether? Coordinator: {n}, all years.",
        "Chief resident: There are {n} of us in the program overall, so it's big enough but not huge.",
    ),
    "research_track": (
        "Dr. Lindqvist (PD): We do have a dedicated research track, with protected time built in.",
        "Coordinator: Yes, there's a research track — it has its own listing in ERAS.",
        "A: For those interested in research, we offer a formal research track.",
        "PD: Is the research track still — yes, it's still running, we have a research track.",
        "Chief resident: I'm in our research pathway — the program has a research track, and it's been great.",
    ),
    "prelim": (
        "Dr. Petrakis (PD): We also have {n} preliminary spots.",
        "Coordinator: On top of categorical, there are {w} prelim positions.",
        "A: {W} prelim slots a year, yes.",
        "PD: Tom, prelims — how many? Coordinator: {n} preliminary positions.",
        "PD: We offer {n} preliminary positions each year, mostly for people heading into advanced specialties.",
    ),
    "us_letters": (
        "Dr. Okafor (PD): We need at least two letters from physicians practicing in the US.",
        "Coordinator: Two of your letters have to come from US doctors — that's a requirement.",
        "A: US letters are required, at least two of them.",
        "PD: Maria, the US letter rule — still two? Coordinator: Still two, from US physicians, required.",
        "PD: You must have US letters of recommendation; without them we can't review the file.",
    ),
    "trap:usce_pref": (
        "Dr. Haddad (PD): US clinical experience really helps, I'll say that.",
        "Coordinator: We like to see some US clinical experience on an application.",
        "A: USCE makes you a stronger applicant for us.",
        "PD: I'd love it if applicants had some US rotations — it helps us see how you work.",
        "Chief resident: My advice: if you can get US clinical experience, get it, the faculty notice.",
    ),
    "trap:ecfmg_pref": (
        "Dr. Lindqvist (PD): It's nice if you're already ECFMG certified when you apply.",
        "Coordinator: Being ECFMG certified early makes the paperwork a lot easier on our side.",
        "A: We like applicants who already have their ECFMG certificate in hand.",
        "PD: Honestly, having ECFMG done early is a plus.",
        "Chief resident: I'd try to get ECFMG wrapped up early — programs like seeing that.",
    ),
    "trap:yog_pref": (
        "Dr. Okafor (PD): We do tend to favour people who are a bit closer to graduation.",
        "Coordinator: Recent grads do a little better with us, in my experience.",
        "A: Being a recent graduate helps.",
        "PD: I like to see that you've been clinically active recently — recent grads have an edge.",
        "Chief resident: Most of my class graduated in the last couple of years, for what it's worth.",
    ),
    "trap:step2_average": (
        "Dr. Petrakis (PD): Our current interns averaged about {n} on Step 2 CK.",
        "Coordinator: The average Step 2 score for the people we matched last year was around {n}.",
        "A: Last year's class came in around {n} on Step 2 CK, on average.",
        "PD: Tom, what was the Step 2 average for the incoming class? Coordinator: I think {n}, roughly.",
        "Chief resident: I think our class's Step 2 CK average was {n}-ish.",
    ),
    "trap:step1_average": (
        "Dr. Alvarez (PD): Matched applicants last year had a Step 1 average of about {n}.",
        "Coordinator: Our residents' Step 1 scores average out around {n}.",
        "A: The mean Step 1 for people we interviewed was roughly {n}.",
        "PD: Step 1 for our current residents — it averages somewhere near {n}.",
        "Chief resident: Our class averaged {n} on Step 1, if that helps you calibrate.",
    ),
    "trap:letters_pref": (
        "Dr. Haddad (PD): Letters from US physicians do carry weight with our committee.",
        "Coordinator: We like seeing a US letter in the file.",
        "A: US letters help; they're a plus.",
        "PD: If you can get a letter from someone who's practiced in the US, that tends to help.",
        "Chief resident: A strong letter from a US attending made a difference for me, I think.",
    ),
    "trap:other_program": (
        "Dr. Okafor (PD): Our sister program across town takes about {n} a year, but I can't speak to their policies.",
        "Coordinator: The transitional-year program here has {n} spots, but that's a separate application with its own coordinator.",
        "A: Our fellowship in that area takes {n} fellows in total — that's fellowship, though, not residency.",
        "PD: The pediatrics residency down the hall matches {n} a year — a lot of you asked, but I can only speak for us.",
        "Chief resident: My friend's program in another state has {n} interns, which is a different world.",
    ),
    "trap:attendees": (
        "Coordinator: We've got about {n} people on the Zoom tonight, so please put your questions in the chat!",
        "Host: Welcome, everyone — I can see {n} of you have joined already.",
        "Dr. Alvarez (PD): Wow, {n} people on a Tuesday night — thank you for being here.",
        "Coordinator: This webinar had {n} registrants, and the recording will be posted on this page.",
    ),
    "trap:interviewed": (
        "Dr. Okafor (PD): Last season we interviewed around {n} applicants.",
        "Coordinator: We sent out roughly {n} interview invitations last cycle.",
        "A: We usually do about {n} interviews over the season.",
        "PD: Tom, how many did we interview last year? Coordinator: I believe it was {n}, give or take.",
    ),
    "trap:hedge": (
        "Dr. Lindqvist (PD): I believe GME is still looking at visa options for next year, but please don't quote me on that.",
        "Coordinator: As far as I know, nothing has changed with the score requirements, but I'd double-check the website.",
        "A: I think — and I'd have to confirm — the policy on exam attempts is being reviewed this spring.",
        "PD: I'm honestly not sure whether anything changed on year of graduation, so let me get back to you on that one.",
        "Chief resident: I don't know the current visa situation, sorry — that's a question for the PD.",
    ),
    "trap:chat_question": (
        "Q (applicant): Do observerships count as US clinical experience for you?",
        "Q (from the chat): If I logged {n} hours of observership, does that help at all?",
        "Q (applicant): Is there any flexibility on the visa side for people finishing a fellowship?",
        "Q (from the chat): I'm {n} days from my ECFMG result — should I still apply this cycle?",
        "Q (applicant): Does the program ever sponsor H-1B for people transferring in at PGY-2?",
    ),
}
# Table rows: claim → (label, value), as a written recap of the session would list them.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visas (per the PD at the open house)", "J-1 only; H-1B not sponsored"),
    "visa:both": ("Visas (per the PD at the open house)", "Both J-1 and H-1B sponsored"),
    "visa:none": ("Visas (per the PD at the open house)", "No sponsorship of any kind"),
    "visa:j1_yes": ("Visas (per the PD at the open house)", "J-1 sponsored"),
    "visa:h1b_no": ("Visas (per the PD at the open house)", "H-1B not sponsored"),
    "img:yes": ("IMGs (from the Q&A)", "Yes, welcome to apply"),
    "img:no": ("IMGs (from the Q&A)", "Not eligible at this time"),
    "ecfmg": ("ECFMG (from the Q&A)", "Certified {by}"),
    "usce:months": ("USCE (coordinator's answer)", "{n} months minimum, hands-on"),
    "usce:zero": ("USCE (coordinator's answer)", "Not required"),
    "usce:unstated": ("USCE (coordinator's answer)", "Required; no set length"),
    "step1:n": ("Step 1 floor (as stated on the call)", "{n}"),
    "step1:none": ("Step 1 floor (as stated on the call)", "No floor"),
    "step2:n": ("Step 2 CK floor (as stated on the call)", "{n}"),
    "step2:none": ("Step 2 CK floor (as stated on the call)", "No floor"),
    "step2:pct": ("Step 2 CK floor (as stated on the call)", "{p}th percentile"),
    "comlex:n": ("COMLEX Level 2-CE floor (as stated on the call)", "{n}"),
    "comlex:none": ("COMLEX Level 2-CE floor (as stated on the call)", "No floor"),
    "scores:both": ("Score floors (as stated on the call)", "Step 1 {a} / Step 2 CK {b}"),
    "attempt:yes": ("Attempts (PD's answer)", "First-attempt passes on every Step"),
    "attempt:step2": ("Attempts (PD's answer)", "First-attempt pass on Step 2 CK"),
    "attempt:no": ("Attempts (PD's answer)", "Retakes considered"),
    "yog:n": ("Graduation window (PD's answer)", "{n} years at most"),
    "yog:none": ("Graduation window (PD's answer)", "No limit on graduation year"),
    "positions:n": ("Intern class (from the open house)", "{n} categorical per year"),
    "positions:range": ("Intern class (from the open house)", "{a}-{b} categorical, varies with funding"),
    "total": ("Residents in all years (from the open house)", "{n}"),
    "research_track": ("Research track (from the open house)", "Yes, a dedicated track"),
    "prelim": ("Prelim spots (from the open house)", "{n}"),
    "us_letters": ("US letters (coordinator's answer)", "At least two, required"),
    "trap:step2_average": ("Step 2 CK average of current interns (mentioned on the call)", "About {n}"),
    "trap:step1_average": ("Step 1 average of matched residents (mentioned on the call)", "Around {n}"),
}
# FAQ questions by topic (the claim's prefix), as asked in the session. Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Q (applicant): Which visas, if any, can the program sponsor?",
    "img": "Q (from the chat): Are international medical graduates considered?",
    "ecfmg": "Q (applicant): By when does ECFMG certification have to be finished?",
    "usce": "Q (from the chat): Do I need US clinical experience, and how much?",
    "step1": "Q (applicant): Is there a Step 1 score you screen on?",
    "step2": "Q (from the chat): What about Step 2 CK — any minimum?",
    "comlex": "Q (DO applicant): How do you look at COMLEX scores?",
    "scores": "Q (from the chat): Could you go over the score cutoffs again?",
    "attempt": "Q (applicant): What happens if I failed a Step once?",
    "yog": "Q (from the chat): Does it matter how long ago I graduated?",
    "positions": "Q (applicant): How many interns do you match each year?",
    "total": "Q (from the chat): How big is the program overall?",
    "research_track": "Q (applicant): Is there a formal research track?",
    "prelim": "Q (from the chat): Are there prelim spots as well?",
    "us_letters": "Q (applicant): Do any of my letters need to be from US physicians?",
    "trap": "Q (from the chat): What makes an applicant stand out to you?",
}
# fmt: on
