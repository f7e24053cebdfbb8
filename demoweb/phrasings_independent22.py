"""A twenty-second blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-26 (about 10:04-10:10 UTC) by a blind helper session, from its own knowledge
of how resident-run pages of US residency programs read: "From the chiefs", "Ask a resident",
resident blogs and "Life as a resident" FAQs of internal medicine, emergency medicine,
pediatrics, anesthesiology, psychiatry and neurosurgery programs, where current residents answer
applicants informally. It aims at a casual American voice with the shorthand residents use
("IMG-friendly", "folks", "visa-wise", "heads up", "FWIW", "the PD", "our APDs", "the GME
office", "CK", "YOG", "prelims"), first person plural and singular, and rules relayed second-hand
("the PD has been clear that ...", "GME told us ...", "per our coordinator, ...": these are the
program's rules and carry facts), with numbers in digits; and at traps that settle nothing:
personal experience ("when I applied ...", "my co-intern ..."), rumors and guesses ("not sure,
but I think ..."), averages of past classes, another program's numbers, preferences ("a big
plus", "helps") and pointers to whom to ask. All of it is invented demo data about no real
program.

The author read only issue 11 (the fact contract, as given in its brief), ``demoweb/phrasings.py``
(the shape of a set and the dev/held-out wordings, to avoid reusing them), ``demoweb/info.py``
(how a set is drawn and rendered, the fields templates get and the truth values of
``demoweb.info._facts``), ``tests/test_demoweb_info.py`` (the structural checks a blind set must
pass), the ``class_sizes`` field of ``demoweb/specialties.py`` and the first 70 lines of
``demoweb/phrasings_independent14.py`` (its docstring and the shape of ``ECFMG_BY`` and
``EXTRA_TRAPS``). The author did NOT read, grep, import or run the extraction rules
(``extract/``), their tests (``tests/test_facts*.py``, ``tests/facts_families.py``), ``bench/`` or
its results, git log messages or diffs, or the other blind sets ``demoweb/phrasings_independent*.py``
beyond those 70 lines (nor the twenty-first, written at the same time by another helper); did not
run ``bench/facts.py`` or ``precedent facts``, and did not run the extractor on any of these
sentences: nothing here was tuned against the rules. It was checked only structurally, by an
ad-hoc script outside the repository: it imports, has every claim of the dev set, every template
and row formats with the fields ``demoweb.info`` passes and uses only the fields the tests allow,
no ECFMG deadline wording is inside another or in any other template, no wording is a dev or
held-out one, and the value checks of ``tests/test_demoweb_info.py`` hold on pages rendered from
this set (by monkeypatching ``demoweb.info`` in that script). It has not been compared with the
other blind sets, so some wordings may repeat theirs.

Deduplicated by the lead when it was wired in (10:15 UTC), by string comparison only: no
template, row or ECFMG wording equalled an earlier set's, so nothing was removed.
"""

from __future__ import annotations

NAME = "independent22"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "before the PD certifies our rank list",
    "time of application": "by the day you hit submit in ERAS",
    "start of residency": "before intern year kicks off",
    "interview": "before your interview day",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": ("by ROL lock-in", "before rank lists lock in February"),
    "time of application": ("when your ERAS app goes in", "at the point you apply"),
    "start of residency": ("by orientation week in June", "before your first day as an intern"),
    "interview": ("by the time you Zoom with us", "ahead of your interview slot"),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 6-12 for another program, else
# 60-150 (counts of applications and interviews).
EXTRA_TRAPS = (
    ("trap:my_path", 0.2),
    ("trap:rumor", 0.2),
    ("trap:interviews", 0.15),
    ("trap:other_program", 0.15),
    ("trap:ask_chiefs", 0.1),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "Visa-wise, we're a J-1 shop only; the GME office doesn't do H-1Bs.",
        "Per our coordinator, J-1 is the only visa the program sponsors, so no H-1B, sorry folks.",
        "Heads up for IMGs: the PD has been clear that we sponsor J-1s but not H-1Bs.",
        "GME told us straight up that it's J-1 or nothing here; H-1B sponsorship isn't on the table.",
        "Our IMG co-residents are all on J-1s because that's the only visa the hospital sponsors, and H-1B is a hard no.",
    ),
    "visa:both": (
        "Visa-wise we're pretty flexible: GME sponsors both J-1 and H-1B.",
        "Per the GME office, the program will sponsor an H-1B or a J-1, whichever fits your situation.",
        "FWIW, the PD confirmed we sponsor H-1Bs as well as J-1s.",
        "Both visas are on the table here, J-1 and H-1B, and our coordinator walks you through the paperwork.",
        "Our APDs told us the hospital sponsors J-1s and H-1Bs alike.",
    ),
    "visa:none": (
        "Real talk: the program doesn't sponsor any visas, J-1 or H-1B.",
        "Per GME, we can't sponsor visas at all, so you'd need a green card or citizenship to match here.",
        "Sadly, visa sponsorship isn't something our hospital does, for J-1 or H-1B.",
        "The PD has been upfront that we don't do visa sponsorship of any kind.",
        "Heads up: zero visa sponsorship here, per our coordinator.",
    ),
    "visa:j1_yes": (
        "Per GME, the J-1 through ECFMG is something we sponsor.",
        "Yes, we sponsor J-1s; a couple of my co-interns are on one right now.",
        "The GME office handles J-1 sponsorship for our incoming interns.",
        "If you need a J-1, the program can sponsor it, per the PD.",
        "J-1 folks, you're covered: the hospital sponsors the J-1.",
    ),
    "visa:h1b_no": (
        "H-1B is a no-go here, per the GME office.",
        "Heads up: the PD told us the program doesn't sponsor H-1Bs.",
        "We can't do H-1B sponsorship, unfortunately, per our coordinator.",
        "GME has been firm that there's no H-1B sponsorship for residents.",
        "Don't count on an H-1B here; the hospital doesn't sponsor them.",
    ),
    "img:yes": (
        "Yes, IMGs can apply, and we're genuinely IMG-friendly.",
        "Per our coordinator, international grads are absolutely eligible to apply here.",
        "IMGs, come on in: the program takes applications from international grads every cycle.",
        "The PD has said over and over that IMG applicants get a full look here.",
        "FWIW, our program accepts IMGs, and a bunch of our seniors went to med school abroad.",
    ),
    "img:no": (
        "Sorry, IMG folks: the program only takes grads of US MD or DO schools.",
        "Per GME, we can't take international medical grads at all.",
        "The PD has been clear that applicants have to come from a US allopathic or osteopathic school.",
        "We don't take IMGs, unfortunately; that's a GME rule, not a program one.",
        "Heads up: international grads aren't eligible here, per our coordinator.",
    ),
    "ecfmg": (
        "Per the GME office, IMGs need ECFMG certification {by}.",
        "The PD has been clear that you have to be ECFMG certified {by}.",
        "Heads up: your ECFMG certificate has to be done {by}, no exceptions.",
        "GME told us the ECFMG cert must be in hand {by}.",
        "FWIW, our coordinator checks that every IMG is ECFMG certified {by}.",
    ),
    "usce:months": (
        "GME requires at least {n} months of hands-on US clinical experience, and observerships don't count toward it.",
        "Per the PD, you need {n} months of USCE minimum to be considered.",
        "Heads up: {n} months of hands-on USCE is a hard requirement here.",
        "Our coordinator told us apps without at least {n} months of US clinical experience get filtered out.",
        "The rule from the PD is {n} months of USCE, minimum, and externships count but observerships don't.",
    ),
    "usce:zero": (
        "USCE is not required here; plenty of folks matched without any.",
        "Per the PD, US clinical experience is not a prerequisite for applying.",
        "GME told us there's no USCE requirement, so don't stress if you don't have any.",
        "Heads up: you do not need US rotations to apply to our program.",
        "If you have no USCE, that's not a problem here, per our coordinator.",
    ),
    "usce:unstated": (
        "GME says hands-on US clinical experience is required, though nobody's ever told us a set number of months.",
        "Per the PD, US clinical experience is a must for IMG applicants.",
        "You need USCE to apply here; that's a firm requirement from our APDs.",
        "Heads up: hands-on clinical work in a US hospital is mandatory before you apply.",
        "Our coordinator told us USCE is required, full stop.",
    ),
    "step1:n": (
        "The PD's Step 1 cutoff is {n}, for anyone who got a numeric score.",
        "Per GME, you need at least a {n} on Step 1 to make it past the screen.",
        "Heads up: apps under {n} on Step 1 get filtered before anyone reads them.",
        "Our APDs told us the Step 1 floor is {n}.",
        "Step 1 minimum is {n}, per our coordinator.",
    ),
    "step1:none": (
        "There's no Step 1 cutoff here, per the PD.",
        "The PD does not use a Step 1 score screen, period.",
        "Heads up: Step 1 isn't used as a cutoff here, and there's no minimum.",
        "We have no Step 1 floor; our APDs read every app regardless.",
        "Per our coordinator, Step 1 has no minimum score for our program.",
    ),
    "step2:n": (
        "Per the PD, the Step 2 CK floor is {n}.",
        "Heads up: you need a {n} or higher on CK to get through the screen.",
        "GME told us anything below {n} on Step 2 gets auto-filtered.",
        "Our coordinator screens out CK scores under {n}.",
        "The APDs set the Step 2 CK minimum at {n} this year.",
    ),
    "step2:none": (
        "No CK cutoff here, per the PD.",
        "GME told us there's no minimum Step 2 score, and every app gets a look.",
        "Our APDs do not screen on Step 2 CK at all.",
        "Heads up: there's no Step 2 CK floor, so apply regardless of your score.",
        "Step 2 CK isn't used as a filter; the coordinator says there's no hard number.",
    ),
    "step2:pct": (
        "Per the PD, your Step 2 CK has to be at or above the {p}th percentile.",
        "Heads up: GME screens CK at the {p}th percentile, so anything below that gets filtered.",
        "The APDs require Step 2 CK at the {p}th percentile or better, and that's a hard cutoff.",
        "Our coordinator told us CK scores under the {p}th percentile don't make it past the screen.",
        "You need to land at least at the {p}th percentile on Step 2 CK to be considered here.",
    ),
    "comlex:n": (
        "For our DO folks, the PD's COMLEX Level 2 floor is {n}.",
        "Per GME, DO applicants need a {n} or higher on Level 2-CE.",
        "Heads up, DOs: COMLEX Level 2-CE below {n} gets screened out.",
        "Our coordinator uses {n} as the COMLEX 2 cutoff for DO applicants.",
        "The APDs told us the minimum COMLEX Level 2-CE is {n}.",
    ),
    "comlex:none": (
        "No COMLEX cutoff here, per the PD, so DO folks don't need to sweat it.",
        "GME told us there's no minimum COMLEX score for DO applicants.",
        "Our APDs do not screen DO apps on COMLEX score.",
        "Heads up, DOs: COMLEX has no floor for our program.",
        "Per our coordinator, COMLEX scores are not screened against any minimum.",
    ),
    "scores:both": (
        "The PD's screen is {a} on Step 1 and {b} on Step 2 CK.",
        "Per GME, you need at least {a} on Step 1 and {b} on CK.",
        "Heads up on cutoffs: Step 1 {a}+, Step 2 CK {b}+, per our coordinator.",
        "Our APDs told us the minimums are {a} for Step 1 and {b} for Step 2.",
        "Apps below {a} on Step 1 or {b} on Step 2 CK get filtered, per the PD.",
    ),
    "attempt:yes": (
        "The PD has been clear: you need first-attempt passes on every Step.",
        "Heads up: any fail on any USMLE exam is an auto-reject here, per GME.",
        "Per our coordinator, every Step has to be passed on the first try.",
        "Our APDs do not rank anyone with a failed attempt on any Step.",
        "One attempt per Step, no retakes: that's the rule from the PD.",
    ),
    "attempt:step2": (
        "Per the PD, Step 2 CK has to be a first-attempt pass; the other Steps aren't held to that.",
        "Heads up: GME told us the first-try rule is just for Step 2 CK.",
        "Our APDs require a first-attempt pass on Step 2 CK specifically.",
        "GME told us Step 2 CK must be passed in a single attempt, while Step 1 retakes are looked at case by case.",
        "The one hard rule on attempts, per our coordinator: Step 2 CK on the first go.",
    ),
    "attempt:no": (
        "A failed attempt isn't an auto-reject here; the PD reads the whole app.",
        "Per GME, multiple attempts on a Step won't rule you out.",
        "Heads up: our APDs do consider folks with a retake on their record.",
        "We don't require first-attempt passes, per our coordinator.",
        "Having to retake a Step does not knock you out of the running here.",
    ),
    "yog:n": (
        "GME won't consider anyone more than {n} years out from med school.",
        "Per the PD, you need to be within {n} years of graduation to apply.",
        "Heads up: our YOG cutoff is {n} years, and the coordinator enforces it.",
        "Our APDs told us the screen drops anyone whose graduation was more than {n} years back.",
        "The YOG limit here is {n} years from graduation, per our coordinator.",
    ),
    "yog:none": (
        "There's no YOG cutoff here, per the PD.",
        "GME told us year of graduation does not matter for eligibility.",
        "Heads up: our APDs consider you regardless of when you graduated.",
        "We don't screen on YOG at all; no graduation-year limit, per our coordinator.",
        "Folks who graduated a while ago are not excluded; there's no YOG limit, per GME.",
    ),
    "positions:n": (
        "We take {n} categorical {noun} each year.",
        "Per the PD, our intern class is {n} categorical {noun} every year.",
        "Heads up: we match {n} categorical spots a year.",
        "Our class size is {n} per year, per our coordinator.",
        "Each intern class here is {n} {noun} strong.",
    ),
    "positions:range": (
        "We match {a} or {b} categorical residents a year, depending on funding.",
        "Per the PD, each class is {a} to {b} residents.",
        "Heads up: our class size bounces between {a} and {b} each year.",
        "GME funds {a}-{b} categorical spots per year.",
        "Our coordinator told us we take {a}-{b} interns every cycle.",
    ),
    "home:positions": (
        "We're a close-knit crew of {n} new {noun} a year.",
        "Every July we welcome {n} new {noun}, and the chiefs throw a welcome barbecue.",
        "Our program matches {n} {noun} a year, and you could be next.",
        "With {n} {noun} per class, everyone knows everyone here.",
        "{W} {noun} join the program each year, and we all hang out outside the hospital too.",
    ),
    "total": (
        "All in, we're {n} residents across every PGY year.",
        "Per the coordinator, the program has {n} residents total.",
        "We're {n} residents strong when you count every class.",
        "Heads up: there are {n} residents in the whole program.",
        "The whole residency is {n} people from interns to seniors.",
    ),
    "research_track": (
        "We've got a real research track with protected time, if that's your thing.",
        "Per the PD, there's a dedicated research track you can apply to.",
        "Heads up, research folks: our program runs a research track.",
        "GME funds a research track for residents who want to do science.",
        "The research track here is legit; a few of my co-residents are in it.",
    ),
    "prelim": (
        "We also take {n} prelim interns each year.",
        "Per the PD, there are {n} preliminary spots alongside the categorical ones.",
        "Heads up: the program also offers {n} prelim positions.",
        "On top of categoricals, we match {n} prelims a year.",
        "Our coordinator told us there are {n} preliminary-year positions.",
    ),
    "us_letters": (
        "GME requires at least 2 of your letters to come from US physicians.",
        "Per the PD, at least 2 LORs have to be written by docs practicing in the US.",
        "Heads up: letters from US attendings are mandatory, at least 2 of them.",
        "Our coordinator won't complete your file without 2 letters from US docs.",
        "You need US letters of recommendation to apply here; non-US letters alone won't cut it.",
    ),
    "trap:usce_pref": (
        "USCE is a big plus with our PD.",
        "From what I've seen, folks with US rotations have an easier time here.",
        "Our APDs like seeing hands-on US experience on an app.",
        "Having some US clinical time definitely helps, tbh.",
        "FWIW, US rotations make your app look stronger to the selection committee.",
    ),
    "trap:ecfmg_pref": (
        "It helps if your ECFMG certification is already done when you apply.",
        "The PD likes it when IMGs already have ECFMG certification wrapped up.",
        "Being ECFMG certified early is a nice bonus, from what I've seen.",
        "FWIW, having your ECFMG cert done early makes life easier for everyone.",
        "Our APDs prefer applicants who are already ECFMG certified.",
    ),
    "trap:yog_pref": (
        "Recent grads tend to do a bit better here, from what I've seen.",
        "The PD kind of leans toward fresher grads.",
        "FWIW, most of my co-interns graduated pretty recently.",
        "Our APDs like applicants who aren't too far out from med school.",
        "Fresh grads have a slight edge, tbh.",
    ),
    "trap:step2_average": (
        "FWIW, our current interns averaged around {n} on Step 2 CK.",
        "Our class's Step 2 average was like {n}, if that helps.",
        "Per the chiefs' unofficial spreadsheet, the mean CK for the last class was {n}.",
        "I think the average CK among folks who matched here was around {n}.",
        "Most of us landed somewhere near {n} on Step 2, on average.",
    ),
    "trap:step1_average": (
        "Back when Step 1 had scores, our residents averaged about {n}.",
        "The mean Step 1 in my class was {n}, for what it's worth.",
        "I came in with a Step 1 around {n}, which was pretty typical for my class.",
        "Our seniors' Step 1 average was something like {n}.",
        "FWIW, the typical Step 1 for matched folks here was {n}-ish.",
    ),
    "trap:letters_pref": (
        "Letters from US attendings carry a lot of weight with our APDs.",
        "FWIW, a strong US letter goes a long way with the PD.",
        "I'd try to get at least one letter from a US doc; it really helps.",
        "US LORs definitely help, from what I've seen.",
        "The selection committee likes seeing letters from US physicians.",
    ),
    "trap:my_path": (
        "When I applied, I sent out {n} apps and had no clue what anyone's cutoffs were.",
        "FWIW, I applied to {n} programs my cycle, so don't panic if your list is long.",
        "My co-intern applied to like {n} programs and still ended up here.",
        "I came in with zero US rotations and {n} applications out, and it worked out.",
        "Back when I applied I did {n} applications, which was probably overkill.",
    ),
    "trap:rumor": (
        "Not sure, but I think GME might be reworking how visa paperwork gets handled, so check back.",
        "Rumor has it the PD is rethinking how scores get weighed next cycle, but nobody's confirmed anything.",
        "I think GME is probably revisiting the YOG policy, but don't quote me.",
        "Not sure tbh whether they'll add more spots next year.",
        "Someone said the ECFMG timeline might get stricter, but I honestly don't know.",
    ),
    "trap:interviews": (
        "I think we interviewed around {n} people last season.",
        "The chiefs helped run something like {n} interviews this past cycle.",
        "We probably filled {n}-ish interview slots last year, give or take.",
        "Interview season was busy: roughly {n} virtual interviews, if I remember right.",
        "My guess is the PD met about {n} applicants on interview days.",
    ),
    "trap:other_program": (
        "The prelim program down the hall is run separately and takes {n} a year, so ask them directly.",
        "Our sister program across town matches {n} interns, but that's a totally different match.",
        "FWIW, one of the fellowships in our department takes {n} fellows a year, which is a separate application.",
        "The affiliate hospital runs its own program with {n} spots, and it's not connected to ours.",
        "The program across the street takes {n} a year; we have nothing to do with their match.",
    ),
    "trap:ask_chiefs": (
        "Heads up: for anything visa- or score-related, double-check with the coordinator too.",
        "Feel free to email the chiefs if you want to chat with a current resident.",
        "This FAQ was put together by the chiefs, so shoot us an email if something's unclear.",
        "DM us on the program Instagram if you have questions we didn't cover.",
        "We're always happy to hop on a call with applicants, just reach out.",
    ),
}
# Table rows: claim → (label, value), in the chiefs' cheat-sheet words.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visa situation (per GME)", "J-1 yes, H-1B no"),
    "visa:both": ("Visa situation (per GME)", "J-1 and H-1B both OK"),
    "visa:none": ("Visa situation (per GME)", "No sponsorship, sorry"),
    "visa:j1_yes": ("Visa situation (per GME)", "J-1 sponsored"),
    "visa:h1b_no": ("Visa situation (per GME)", "H-1B not sponsored"),
    "img:yes": ("IMG-friendly?", "Yep, IMGs welcome"),
    "img:no": ("IMG-friendly?", "No, US MD/DO grads only"),
    "ecfmg": ("ECFMG cert (IMGs)", "Done {by}"),
    "usce:months": ("USCE the PD requires", "{n} months, hands-on"),
    "usce:zero": ("USCE the PD requires", "None, not needed"),
    "usce:unstated": ("USCE the PD requires", "A must, no set length"),
    "step1:n": ("Step 1 screen (numeric scores)", "{n} or higher"),
    "step1:none": ("Step 1 screen (numeric scores)", "No screen"),
    "step2:n": ("CK screen", "{n}+"),
    "step2:none": ("CK screen", "No floor"),
    "step2:pct": ("CK screen", "{p}th percentile or up"),
    "comlex:n": ("COMLEX 2-CE screen (DOs)", "{n}+"),
    "comlex:none": ("COMLEX 2-CE screen (DOs)", "No floor"),
    "scores:both": ("Score screen, Step 1 / CK", "{a} / {b}"),
    "attempt:yes": ("Retakes OK?", "Nope, first try on every Step"),
    "attempt:step2": ("Retakes OK?", "Not on Step 2 CK, first try only there"),
    "attempt:no": ("Retakes OK?", "Yes, case by case"),
    "yog:n": ("YOG cutoff", "{n} years out, max"),
    "yog:none": ("YOG cutoff", "None, no limit"),
    "positions:n": ("Interns per class", "{n} categorical"),
    "positions:range": ("Interns per class", "{a} or {b}"),
    "total": ("Residents, all PGY years", "{n}"),
    "prelim": ("Prelim spots", "{n} a year"),
    "research_track": ("Research track", "Yes, with protected time"),
    "us_letters": ("US letters", "2 or more from US docs, mandatory"),
    "trap:step2_average": ("Our interns' CK average (unofficial)", "~{n}"),
}
# FAQ questions by topic (the claim's prefix), as applicants ask the residents. They settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Visa-wise, what does the program sponsor?",
    "img": "Is the program IMG-friendly?",
    "ecfmg": "When do IMGs need to have ECFMG wrapped up?",
    "usce": "Do I need US rotations before applying?",
    "step1": "Does the PD care about Step 1 scores?",
    "step2": "What CK score do I need to get an interview?",
    "comlex": "I'm a DO; how does the PD look at COMLEX?",
    "scores": "What numbers get you past the screen?",
    "attempt": "I failed a Step; am I out?",
    "yog": "I graduated a few years ago; is that a problem?",
    "positions": "How big is each intern class?",
    "total": "How many residents are in the program right now?",
    "research_track": "Can I do research as a resident here?",
    "prelim": "Does the program take prelims?",
    "us_letters": "Do my letters have to be from US docs?",
    "trap": "What kind of applicant does well here?",
}
# fmt: on
