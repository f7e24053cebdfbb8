"""A twenty-seventh blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-27 (about 03:00-03:35 UTC) by a blind helper session, from its own knowledge
of how US residency programs write "myths and facts" pages: FAQ-style sections that quote a
common belief or rumour about the program and then correct it ("Myth: ... Fact: ...",
"Contrary to what you may have heard, ...", "It is a common misconception that ...", "Did you
know? ..."). The quoted belief is never the program's rule; the correction is. Rules are often
stated through the correction, a double negation ("it is not true that we do not ...") or a
concession ("not optional", "there is, and it is ..."), and the myths carry numbers and
negations of their own ("a 250 cutoff", "graduation year doesn't matter", "no Step 1 cutoff")
that the correction overrules. Traps settle nothing: myths about residency in general, ECFMG or
the NRMP corrected with general facts; facts about other programs (an affiliated hospital, a
sister program, the fellowships); rumours reported as rumours and left uncorrected; statistics
about past applicants and residents (averages, medians, open-house and application counts);
advice; and preferences dressed as corrections ("Fact: we do look favorably on it"). All of it
is invented demo data about no real program.

The author read only issue 11 (``/tmp/share/issue11.md``: the fact contract, fact names and
values, "preferences are not requirements; averages of past applicants are not minimums"),
``demoweb/phrasings.py`` (the shape of a set and the dev/held-out wordings, so as not to reuse
them), ``demoweb/info.py`` (how a set is drawn and rendered, the fields templates get, the truth
values of ``demoweb.info._facts``, what a blind set must provide), ``tests/test_demoweb_info.py``
(the structural checks a blind set must pass), the ``class_sizes`` field of
``demoweb/specialties.py`` and the first 70 lines of ``demoweb/phrasings_independent14.py``
(docstring and the shape of ``ECFMG_BY`` and ``EXTRA_TRAPS``). The author did NOT read, grep,
import or run the extraction rules (``extract/``), their tests (``tests/test_facts*.py``,
``tests/facts_families.py``), ``bench/`` or any benchmark output, git log or diffs, or any other
blind set ``demoweb/phrasings_independent*.py`` beyond those 70 lines of the fourteenth (nor the
twenty-eighth, written at the same time by another helper); did not run ``bench/facts.py`` or
``precedent facts``, and never ran the extractor on these sentences: nothing here was tuned
against the rules.

It was checked only structurally, by an ad-hoc script outside the repository: it imports, has
every claim of the dev set with three to five distinct wordings, every template and row formats
with the fields ``demoweb.info`` passes and uses only the fields the tests allow, no wording is a
dev or held-out one, no ECFMG deadline wording is inside another, no wording, row or deadline is
shared with another blind set (compared through ``demoweb.info.BLIND``, printing only counts and
the keys of this set's own colliding items, never their text; three deadline wordings that
collided were reworded), and the value checks of ``tests/test_demoweb_info.py`` hold on pages
rendered from this set (by monkeypatching ``demoweb.info`` in that script so that held-out
programs use it).

As first written it had 161 wordings for 42 claims, under the four per claim on average the later
sets' test asks for; twelve wordings (one each to twelve claims that had three, for 173 in all)
were added on 2026-11-27 by a second blind helper under the same reading limits.
"""

from __future__ import annotations

NAME = "independent27"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "ahead of the NRMP's certification deadline for rank lists",
    "time of application": "by the day your ERAS application is submitted",
    "start of residency": "before your first day of PGY-1 orientation",
    "interview": "before your interview day with us",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": (
        "by the date we certify our rank list",
        "in time for our rank list to be finalized",
    ),
    "time of application": (
        "as of your application date",
        "no later than the day your application goes in",
    ),
    "start of residency": (
        "ahead of the first July of your residency",
        "before training begins on July 1",
    ),
    "interview": (
        "by the time you sit down for an interview",
        "prior to any interview being offered",
    ),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 6-12 for another program, else
# 60-150 (counts of applications, open-house guests, interviews, hours).
EXTRA_TRAPS = (
    ("trap:general_myth", 0.25),
    ("trap:other_program", 0.2),
    ("trap:rumour", 0.25),
    ("trap:statistic", 0.2),
    ("trap:advice", 0.2),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "Myth: we sponsor H-1B visas. Fact: the J-1 is the only visa we sponsor.",
        "Contrary to what you may have heard, H-1B sponsorship is not available here; J-1 sponsorship through ECFMG is our sole option.",
        "It is a common misconception that we offer a choice of visas: we sponsor the J-1 and nothing else.",
        "Did you know? Every visa-holding resident in our program trains on a J-1, because the J-1 is the only visa the hospital will sponsor.",
        "It is not true that we sponsor H-1B visas; our sponsorship is restricted to the J-1 Exchange Visitor visa.",
    ),
    "visa:both": (
        "Myth: we sponsor J-1 visas only. Fact: we sponsor both J-1 and H-1B visas.",
        "Contrary to what you may have heard, H-1B sponsorship is available here, and so is the J-1.",
        "It is a common misconception that our hospital does not sponsor H-1B visas; it sponsors H-1B visas as well as J-1 visas.",
        "Did you know? Eligible residents may be sponsored here on an H-1B or on a J-1, whichever suits them.",
        "It is not true that we turn away applicants who need an H-1B: we sponsor H-1B and J-1 visas alike.",
    ),
    "visa:none": (
        "Myth: every academic program sponsors visas. Fact: ours sponsors neither J-1 nor H-1B visas.",
        "Contrary to what you may have heard, we are not able to sponsor a J-1, an H-1B or any other visa.",
        "It is a common misconception that we sponsor J-1 visas; we do not sponsor visas of any kind.",
        "Did you know? Our program has no visa sponsorship at all, so applicants must already be authorized to work in the US.",
    ),
    "visa:j1_yes": (
        "Myth: we cannot help residents who need a visa. Fact: J-1 sponsorship through ECFMG is available to eligible applicants.",
        "Contrary to what you may have heard, we do sponsor the J-1 visa.",
        "It is a common misconception that visa-holding applicants are turned away here; we sponsor J-1 visas for them.",
        "Did you know? Applicants who need a J-1 visa can be sponsored by our program.",
        "It is not true that we never sponsor visas: the J-1 is sponsored for residents who qualify.",
    ),
    "visa:h1b_no": (
        "Myth: our hospital sponsors H-1B visas. Fact: it does not.",
        "Contrary to what you may have heard, H-1B sponsorship is not something our program offers.",
        "It is a common misconception that we can sponsor the H-1B; we cannot.",
        "Did you know? Applicants who would need an H-1B visa cannot be sponsored by us.",
    ),
    "img:yes": (
        "Myth: we only consider graduates of US medical schools. Fact: international medical graduates are considered on the same footing as everyone else.",
        "Contrary to what you may have heard, IMGs are eligible to apply to our program.",
        "It is a common misconception that we do not accept IMGs; we do, and several of our residents are international graduates.",
        "Did you know? Graduates of medical schools outside the United States are welcome to apply here.",
        "It is not true that our program is closed to international medical graduates.",
    ),
    "img:no": (
        "Myth: our program accepts international medical graduates. Fact: it does not.",
        "Contrary to what you may have heard, we are not able to consider applications from IMGs.",
        "It is a common misconception that graduates of foreign medical schools are eligible here; only graduates of US MD or DO schools are.",
        "Did you know? Applicants who graduated from a medical school outside the US are not eligible for our program.",
    ),
    "ecfmg": (
        "Myth: IMGs can finish ECFMG certification whenever they like. Fact: every IMG must be fully certified {by}.",
        "Contrary to popular belief, ECFMG certification is not something we waive: IMGs must be certified {by}.",
        "It is a common misconception that a pending ECFMG certificate is enough; the certificate must be issued {by}.",
        "Did you know? International graduates need a valid ECFMG certificate {by}.",
    ),
    "usce:months": (
        "Myth: observerships satisfy our clinical experience requirement. Fact: we require {n} months of hands-on US clinical experience, and observerships do not count.",
        "Contrary to what you may have heard, US clinical experience is not optional here: you need at least {w} months of it.",
        "It is a common misconception that a single month of US rotations is enough; our minimum is {n} months.",
        "Myth: any amount of US clinical experience will do. Fact: we ask for a minimum of {n} months.",
        "Did you know? Our requirement is {w} months of hands-on clinical work in US hospitals, not just any exposure.",
    ),
    "usce:zero": (
        "Myth: you cannot apply here without US clinical experience. Fact: US clinical experience is not a prerequisite for our program.",
        "Contrary to what many applicants assume, we do not require any US clinical experience.",
        "It is a common misconception that USCE is mandatory here; it is not.",
        "Did you know? Applicants with no US clinical experience at all are eligible for our program.",
    ),
    "usce:unstated": (
        "Myth: US clinical experience is just a bonus here. Fact: it is a requirement, although we do not set a minimum number of months.",
        "Contrary to what you may have read, applicants must have some US clinical experience to be considered.",
        "It is a common misconception that USCE is optional for our applicants; it is required.",
        "Did you know? Hands-on clinical experience in the United States is mandatory for every applicant to our program.",
    ),
    "step1:n": (
        "Myth: we don't look at Step 1 at all. Fact: applicants with a numeric Step 1 score need at least {n}.",
        "Contrary to the rumour that we need a 245, our minimum Step 1 score is {n}.",
        "It is a common misconception that any passing Step 1 score is enough; we require a score of {n} or above.",
        "Did you know? Step 1 scores under {n} do not meet our minimum.",
        "Myth: there is no Step 1 cutoff here. Fact: there is, and it is {n}.",
    ),
    "step1:none": (
        "Myth: we screen out applicants below a certain Step 1 score. Fact: there is no Step 1 cutoff at all.",
        "Contrary to what you may have heard, we do not set a minimum Step 1 score.",
        "It is a common misconception that we have a Step 1 minimum; we have no such floor.",
        "Did you know? Your Step 1 result is read in context, and no minimum score is applied to it.",
    ),
    "step2:n": (
        "Myth: Step 2 CK only matters at the most competitive programs. Fact: ours requires a minimum Step 2 CK score of {n}.",
        "Contrary to forum chatter about a 250 cutoff, our Step 2 CK minimum is {n}.",
        "It is a common misconception that we weigh Step 2 CK loosely; scores below {n} are not considered.",
        "Myth: there is no Step 2 CK floor here. Fact: the floor is {n}.",
        "Did you know? We cannot invite anyone whose Step 2 CK score falls under {n}.",
    ),
    "step2:none": (
        "Myth: you need a high Step 2 CK score just to be screened in. Fact: we apply no Step 2 CK minimum.",
        "Contrary to what you may have heard, there is not a Step 2 CK cutoff in our screening.",
        "It is a common misconception that we filter applications by Step 2 CK score; we do not.",
        "Did you know? We review every application regardless of Step 2 CK score.",
    ),
    "step2:pct": (
        "Myth: we want a top-quartile Step 2 CK score. Fact: the requirement is a Step 2 CK score at or above the {p}th percentile.",
        "Contrary to what you may have heard, Step 2 CK scores down to the {p}th percentile are eligible, and none below it.",
        "It is a common misconception that we use a fixed Step 2 CK number; our floor is the {p}th percentile of national scores.",
        "Did you know? Our Step 2 CK requirement is not a fixed score but a percentile: applicants must score at or above the {p}th percentile.",
    ),
    "comlex:n": (
        "Myth: DO applicants must take the USMLE to apply here. Fact: we accept COMLEX, with a minimum Level 2-CE score of {n}.",
        "Contrary to what some osteopathic students hear, COMLEX Level 2-CE scores of {n} and above meet our requirement.",
        "It is a common misconception that any passing COMLEX score is enough; we require {n} or better on Level 2-CE.",
        "Did you know? Osteopathic applicants need a COMLEX Level 2-CE score of no less than {n}.",
    ),
    "comlex:none": (
        "Myth: DO applicants face a COMLEX cutoff here. Fact: we have no minimum COMLEX score.",
        "Contrary to what you may have heard, COMLEX scores are not screened against any minimum.",
        "It is a common misconception that osteopathic applicants need a particular COMLEX score; no minimum applies.",
        "Did you know? Osteopathic applicants are not held to any COMLEX Level 2-CE floor in our review.",
    ),
    "scores:both": (
        "Myth: our score floors are 240 and 250. Fact: they are {a} on Step 1 and {b} on Step 2 CK.",
        "Contrary to what you may have read online, the minimums are Step 1 {a} and Step 2 CK {b}.",
        "It is a common misconception that we have no score cutoffs; we require at least {a} on Step 1 and {b} on Step 2 CK.",
        "Did you know? Applicants need both a Step 1 score of {a} or more and a Step 2 CK score of {b} or more.",
    ),
    "attempt:yes": (
        "Myth: one failed attempt is overlooked if your other scores are strong. Fact: every USMLE Step must be passed on the first attempt.",
        "Contrary to what you may have heard, we cannot consider applicants who have failed any licensing exam.",
        "It is a common misconception that a later pass erases a failure; we require first-attempt passes on all Steps.",
        "Did you know? A single failed attempt on any USMLE or COMLEX exam makes an applicant ineligible here.",
    ),
    "attempt:step2": (
        "Myth: every Step must be passed on the first try. Fact: only Step 2 CK carries a first-attempt requirement here.",
        "Contrary to what you may have heard, an earlier Step 1 failure is not disqualifying; Step 2 CK, however, must be passed on the first attempt.",
        "It is a common misconception that our first-attempt rule covers every exam; it applies to Step 2 CK alone.",
        "Did you know? Step 2 CK is the one licensing exam that must be passed on the first attempt to be eligible here.",
    ),
    "attempt:no": (
        "Myth: a failed attempt automatically ends your chances here. Fact: we review applicants with more than one attempt.",
        "Contrary to popular belief, passing on a second attempt does not rule you out of our program.",
        "It is a common misconception that we require first-attempt passes; we do not.",
        "Did you know? Applicants who needed a second attempt on a Step are considered on the same basis as everyone else.",
    ),
    "yog:n": (
        "Myth: graduation year doesn't matter here. Fact: applicants must be within {n} years of graduating from medical school.",
        "Contrary to what you may have heard, we do have a graduation cutoff: no more than {w} years since medical school.",
        "It is a common misconception that older graduates are reviewed here; anyone who graduated more than {n} years ago is not eligible.",
        "Myth: only this year's graduates are considered. Fact: you are eligible if you graduated within the past {n} years.",
    ),
    "yog:none": (
        "Myth: graduates of more than five years ago need not apply. Fact: we set no limit on year of graduation.",
        "Contrary to what you may have heard, there is not a graduation-year cutoff for our program.",
        "It is a common misconception that we screen by graduation date; we consider applicants regardless of when they graduated.",
        "Did you know? No year-of-graduation limit applies to applicants here.",
    ),
    "positions:n": (
        "Myth: we take dozens of interns. Fact: we match {n} categorical {noun} each year.",
        "Contrary to what you may have heard, we are not expanding: we will continue to take {n} {noun} a year.",
        "It is a common misconception that our class size changes from year to year; it is fixed at {n} per year.",
        "Did you know? Only {n} PGY-1 positions are offered here each year.",
    ),
    "positions:range": (
        "Myth: we fill the same number of spots every year. Fact: we take between {a} and {b} interns, depending on funding.",
        "Contrary to what you may have heard, our class size is {a} to {b} residents per year, not a fixed number.",
        "Did you know? We match {a} or {b} residents in a typical year.",
        "It is a common misconception that our intern class is always the same size; it ranges from {a} to {b} residents a year.",
    ),
    "home:positions": (
        "Myth: small programs offer less. Fact: we take {n} {noun} each year, and each one gets individual mentoring.",
        "Contrary to what you might expect, we welcome {n} new {noun} every year.",
        "Did you know? Each July, {w} new {noun} begin training with us.",
        "It is a common misconception that only large programs offer close mentorship: we take {n} {noun} a year, and each is known by name.",
    ),
    "total": (
        "Myth: we are a tiny program. Fact: we have {n} residents across all training years.",
        "Contrary to what you may have heard, our resident complement totals {n}.",
        "Did you know? The program is home to {n} residents in all.",
        "It is a common misconception that we are a small program; {n} residents train here across all years.",
    ),
    "research_track": (
        "Myth: community-based programs have no room for research. Fact: we offer a formal research track with protected time.",
        "Contrary to popular belief, residents here can join a dedicated research track.",
        "It is a common misconception that research must wait until fellowship; our residency has a structured research track.",
        "Did you know? Residents who want a research career can enter our research track during residency.",
    ),
    "prelim": (
        "Myth: we only offer categorical positions. Fact: we also have {n} preliminary positions each year.",
        "Contrary to what you may have heard, preliminary-year spots exist here: {w} of them per year.",
        "Did you know? Alongside our categorical class, {n} preliminary positions are available.",
        "It is a common misconception that we have no preliminary positions; we offer {n} every year.",
    ),
    "us_letters": (
        "Myth: letters from your home country satisfy our letter requirement. Fact: at least two letters must be written by US physicians.",
        "Contrary to what some applicants believe, we require letters of recommendation from physicians practicing in the United States.",
        "It is a common misconception that any three letters will do; at least one must come from a US physician.",
        "It is not true that letters from abroad are enough: we require at least two letters from physicians practicing in the US.",
    ),
    "trap:usce_pref": (
        "Myth: US clinical experience makes no difference to us. Fact: we do look favorably on it.",
        "Did you know? Most of the applicants we interview have some US clinical experience.",
        "Contrary to forum advice, US clinical experience is not the only thing we look at, though it does strengthen an application.",
        "It is a common misconception that we overlook US clinical experience; applicants who have it do stand out in our review.",
    ),
    "trap:ecfmg_pref": (
        "Did you know? Applicants who are already ECFMG certified when they apply often hear from us sooner.",
        "Myth: being ECFMG certified early makes no difference. Fact: it can make your application more competitive here.",
        "Contrary to what some believe, early ECFMG certification is an advantage with our selection committee.",
    ),
    "trap:yog_pref": (
        "Myth: graduation year plays no role in our selection. Fact: recent graduates do have an edge.",
        "Did you know? Most of our current interns graduated within the past two years.",
        "It is a common misconception that recent graduation doesn't matter here; we do give it weight.",
        "Contrary to what some applicants assume, recent graduation does count in an applicant's favor here.",
    ),
    "trap:step2_average": (
        "Myth: you need a {n} on Step 2 CK to interview here. Fact: {n} is the average of our current residents.",
        "Did you know? Our matched residents scored {n} on Step 2 CK on average.",
        "Contrary to what some applicants think, {n} is not our Step 2 CK cutoff; it is simply the mean of last year's class.",
        "It is a common misconception that {n} on Step 2 CK is a minimum here; that number is the average of the applicants we matched.",
    ),
    "trap:step1_average": (
        "Myth: {n} is the Step 1 score you need. Fact: it is the median of our recent matches.",
        "Did you know? The residents in our current PGY-1 class averaged {n} on Step 1.",
        "Contrary to what is often repeated, {n} on Step 1 is our residents' average, not a requirement.",
        "It is a common misconception that {n} on Step 1 is the lowest score we accept; {n} is the average of our current residents.",
    ),
    "trap:letters_pref": (
        "Myth: letters from US physicians don't carry extra weight. Fact: our committee does value them.",
        "Did you know? Applicants with a letter from a US physician tend to stand out in our review.",
        "Contrary to popular belief, your letters do not all need to come from academic faculty, though a letter from a US attending helps.",
    ),
    "trap:general_myth": (
        "Myth: every residency program in the country requires US clinical experience. Fact: requirements vary widely, so check each program's own policy.",
        "Myth: all academic hospitals sponsor H-1B visas. Fact: many institutions sponsor only the J-1, and policies differ from one hospital to the next.",
        "It is a common misconception that the NRMP sets a national minimum Step 2 CK score; it does not, and each program decides for itself.",
        "Contrary to what you may have read, ECFMG itself does not require any US clinical experience for certification.",
    ),
    "trap:other_program": (
        "Did you know? The {n}-month US clinical experience requirement some applicants mention belongs to our affiliated community hospital's program, which sets its own rules.",
        "Myth: the fellowships here follow the residency's eligibility rules. Fact: our fellowships ask for at least {n} months of US training, under policies of their own.",
        "It is a common misconception that our sister program's policy of taking only graduates of the last {n} years was written for us.",
        "Rumour has it that the transitional year program down the hall has {n} open positions; please contact that program directly.",
    ),
    "trap:rumour": (
        "Rumour has it on applicant forums that we will stop sponsoring visas next year; we have nothing to announce at this time.",
        "You may have heard that our Step 2 CK cutoff went up this cycle; we will post any change on this page.",
        "Some applicants have been told that IMGs are no longer interviewed here; please rely on this website rather than hearsay.",
        "A persistent rumour says graduates of more than five years ago are screened out automatically; applicants should read our eligibility section rather than forum posts.",
    ),
    "trap:statistic": (
        "Did you know? We received more than {n} applications per position last cycle.",
        "Did you know? Roughly {n} applicants joined last year's virtual open house.",
        "Fact: we interviewed {n} candidates last season, a record for the program.",
        "Did you know? Our residents logged more than {n} hours of community service last year.",
    ),
    "trap:advice": (
        "Tip: before believing a myth about our program, email the program coordinator; we answer every message.",
        "Our advice: do not rely on secondhand reports of our requirements, and reread the current policies on this site each cycle.",
        "Myth or not, the best way to stand out is a thoughtful personal statement that explains why our program fits you.",
        "A word of advice: submit your ERAS application early, whatever the myth that late submissions are read just as carefully.",
    ),
}
# Table rows: claim → (label, value), a "myth versus fact" table. Claims without a row are
# written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Fact check: visa sponsorship", "J-1 yes, H-1B no"),
    "visa:both": ("Fact check: visa sponsorship", "Both J-1 and H-1B"),
    "visa:none": ("Fact check: visa sponsorship", "Neither J-1 nor H-1B"),
    "img:yes": ("Fact check: can IMGs apply", "Yes, IMGs are eligible"),
    "img:no": ("Fact check: can IMGs apply", "No, US MD/DO graduates only"),
    "ecfmg": ("Fact check: ECFMG timing", "Certified {by}"),
    "usce:months": ("Fact check: US clinical experience", "{n} months needed, not optional"),
    "usce:zero": ("Fact check: US clinical experience", "Not needed to apply"),
    "usce:unstated": ("Fact check: US clinical experience", "Required (no set length)"),
    "step1:n": ("Fact check: Step 1 floor", "{n}, not 240"),
    "step1:none": ("Fact check: Step 1 floor", "No floor"),
    "step2:n": ("Fact check: Step 2 CK floor", "{n}, not 250"),
    "step2:none": ("Fact check: Step 2 CK floor", "No floor applied"),
    "step2:pct": ("Fact check: Step 2 CK floor", "{p}th percentile or higher"),
    "comlex:n": ("Fact check: COMLEX Level 2-CE floor", "{n} or better"),
    "comlex:none": ("Fact check: COMLEX Level 2-CE floor", "No floor applied"),
    "attempt:yes": ("Fact check: exam attempts", "First-try passes only"),
    "attempt:step2": ("Fact check: exam attempts", "Step 2 CK must be a first-try pass"),
    "attempt:no": ("Fact check: exam attempts", "Repeat attempts considered"),
    "yog:n": ("Fact check: graduation year", "No more than {n} years out"),
    "yog:none": ("Fact check: graduation year", "No cutoff of any kind"),
    "positions:n": ("Fact check: PGY-1 class size", "{n} per year"),
    "positions:range": ("Fact check: PGY-1 class size", "{a} to {b} per year"),
    "trap:step2_average": ("Myth-buster: Step 2 CK average of our residents (not a cutoff)", "{n}"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Myth or fact: can you sponsor my visa?",
    "img": "Is it true that IMGs are not considered?",
    "ecfmg": "Do I really need ECFMG certification, and by when?",
    "usce": "Is US clinical experience really necessary?",
    "step1": "Is there a hidden Step 1 cutoff?",
    "step2": "What is the truth about your Step 2 CK cutoff?",
    "comlex": "Myth or fact: do DO applicants need to take the USMLE?",
    "scores": "Are the score cutoffs I read about online accurate?",
    "attempt": "Does one failed attempt really end my chances?",
    "yog": "Is it true you only take recent graduates?",
    "positions": "How many residents do you really take each year?",
    "total": "Is this a small program?",
    "research_track": "Can residents really do research here?",
    "prelim": "Do you have preliminary positions, or is that a myth?",
    "us_letters": "Does it matter who writes my letters?",
    "trap": "What else do applicants often get wrong about us?",
}
# fmt: on
