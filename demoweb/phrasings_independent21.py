"""A twenty-first blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-26 (about 10:05-10:10 UTC) by a blind helper session, from its own knowledge
of how real US residency programs' directors write their welcome letters and "Message from the
Program Director" pages: internal medicine, neurology, psychiatry, pathology, family medicine,
general surgery and neurosurgery programs. It aims at first-person narrative ("I", "my colleagues
and I", "our family") in long flowing sentences where the eligibility fact sits in the middle or
at the end, after the program's history, mission, city and values; facts stated in passing in
subordinate clauses ("because we rely on the J-1 through ECFMG, ...", "while", "although", "as",
"since"); a reflective, persuasive tone; numbers often written in words; and traps that settle
nothing: anecdotes about former residents and past seasons, hopes and encouragement that are not
requirements, the history of the program, and quotations of what "our selection committee" looks
for (preferences, not rules), beside averages of past residents.
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
``demoweb/phrasings_independent*.py`` beyond those 70 lines (nor the twenty-second, written at the
same time by another helper); did not run ``bench/facts.py`` or ``precedent facts``, and did not
run the extractor on any of these sentences: nothing here was tuned against the rules. It was
checked only structurally, by an ad-hoc script outside the repository: it imports, has every claim
of the dev set, every template and row formats with the fields ``demoweb.info`` passes and uses
only the fields the tests allow, no ECFMG deadline wording is inside another, no wording is a dev
or held-out one, and the value checks of ``tests/test_demoweb_info.py`` hold on pages rendered
from this set (by monkeypatching ``demoweb.info`` in that script). It has not been compared with
the other blind sets, so some wordings may repeat theirs.

Deduplicated by the lead when it was wired in (10:15 UTC), by string comparison only: no
template, row or ECFMG wording equalled an earlier set's, so nothing was removed.
"""

from __future__ import annotations

NAME = "independent21"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "before my colleagues and I certify our rank list in February",
    "time of application": "on the day your ERAS file reaches our inbox",
    "start of residency": "before your first morning as one of our interns",
    "interview": "before you sit down with us on interview day",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": (
        "ahead of the night we send our final rank order to the NRMP",
        "in time for us to place your name on the rank list we submit",
    ),
    "time of application": (
        "at the moment you press submit in ERAS",
        "already when your application first lands with us",
    ),
    "start of residency": (
        "well before orientation week opens in late June",
        "ahead of the July morning your training with us begins",
    ),
    "interview": (
        "in advance of the day you visit us to interview",
        "by the time our faculty meet you for your interview",
    ),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 60-150 for all of them.
EXTRA_TRAPS = (
    ("trap:pd_anecdote", 0.25),
    ("trap:pd_hope", 0.2),
    ("trap:committee_quote", 0.2),
    ("trap:program_history", 0.15),
    ("trap:reading_season", 0.15),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "Because we rely on the J-1 Exchange Visitor program through ECFMG for every one of our international residents, I should be plain that our hospital does not file H-1B petitions.",
        "Many of the residents who have made this program a family came to us from abroad, and while my colleagues and I are proud to sponsor them on the J-1, the H-1B is not a visa our institution offers.",
        "As our graduate medical education office has decided to sponsor the J-1 visa alone, applicants who would need an H-1B will unfortunately not be able to train with us.",
        "I want to be honest with you about visas, since it matters so much to so many of you: the J-1 is the only visa we sponsor.",
        "Our family has always included physicians from around the world, and although the H-1B is no longer something our hospital will sponsor, we continue to welcome them on ECFMG-sponsored J-1 visas.",
    ),
    "visa:both": (
        "Because our institution has a long tradition of training physicians from every continent, we are glad to sponsor both the J-1 and the H-1B visa for the residents we match.",
        "My colleagues and I, many of whom trained on visas ourselves, are proud that our hospital sponsors H-1B visas as well as J-1 visas.",
        "Whether you will need a J-1 through ECFMG or an H-1B, our graduate medical education office will sponsor it, as it has done for our residents for many years.",
        "While the paperwork can feel daunting, I promise that our hospital sponsors either visa, J-1 or H-1B, and our coordinator will walk you through every step.",
        "Since we believe the best residents should not be turned away over immigration status, our institution sponsors residents on H-1B and J-1 visas alike.",
    ),
    "visa:none": (
        "Although it pains me to write it, our small community hospital has no way to sponsor visas of any kind, so we can only consider applicants who are already authorized to work in the United States.",
        "As a program without an immigration office of its own, we are not able to sponsor a J-1, an H-1B or any other visa.",
        "I wish it were otherwise, but because our hospital does not sponsor visas, my colleagues and I cannot offer a position to anyone who would need one.",
        "Our family is a diverse one, yet our institution sponsors neither J-1 nor H-1B visas, and I would rather you know that now than after an interview.",
        "Since visa sponsorship is simply not something our hospital provides, every resident who joins us must hold citizenship, permanent residency or another status that allows them to train here.",
    ),
    "visa:j1_yes": (
        "Because so many of our graduates began their careers in this country on the J-1, I am happy to say that we continue to sponsor the J-1 visa through ECFMG.",
        "Those of you who will need a J-1 visa should know that our institution sponsors it, as it has for residents in nearly every class I have taught.",
        "My colleagues and I, several of whom came here as exchange visitors ourselves, are glad that our hospital sponsors J-1 visas for the residents we match.",
        "As a teaching hospital that works closely with ECFMG, we sponsor J-1 visas for residents who need them.",
        "While every immigration question is a personal one, I can assure you that J-1 sponsorship is something our program offers.",
    ),
    "visa:h1b_no": (
        "Although I know how much the question matters to many of you, our hospital does not sponsor H-1B visas.",
        "Because of institutional policy that my colleagues and I do not control, H-1B sponsorship is not something we are able to offer.",
        "As I tell every applicant who asks me at our welcome dinner, we will not file an H-1B petition for a resident.",
        "I would rather be clear than leave you wondering: the H-1B is not a visa our institution sponsors.",
        "While our graduate medical education office handles a great deal on behalf of our residents, H-1B sponsorship is not among the things it provides.",
    ),
    "img:yes": (
        "Graduates of medical schools outside the United States have been part of our family since the very first class, and I am glad to say they remain welcome to apply.",
        "Because some of the finest physicians I have trained graduated abroad, my colleagues and I warmly welcome applications from international medical graduates.",
        "As you read this letter from wherever in the world you studied medicine, please know that international graduates are eligible for our program and always have been.",
        "Our program considers applications from international medical graduates on exactly the same footing as those from American schools.",
        "While our city is a long way from many of the places our residents call home, IMGs are welcome to apply, and many of our faculty were once IMGs themselves.",
    ),
    "img:no": (
        "Although I have the greatest respect for physicians trained abroad, our affiliation agreement allows us to consider only graduates of LCME- or AOA-accredited medical schools.",
        "Because of the way our program is funded, my colleagues and I are unable to accept graduates of international medical schools.",
        "As much as I wish it were different, our program does not accept applications from international medical graduates.",
        "I want to be candid with you before you spend an application on us: we consider only graduates of American allopathic and osteopathic schools.",
        "Since our state funding is tied to graduates of US medical schools, international medical graduates are not eligible for our positions.",
    ),
    "ecfmg": (
        "Because a missing certificate can derail even the strongest application, we ask that international graduates be ECFMG certified {by}.",
        "For those of you who trained abroad, ECFMG certification must be complete {by}, and I would encourage you to plan for that early.",
        "As my colleagues and I have learned from experience, it works best for everyone when your ECFMG certificate is in hand {by}, which is why we require it.",
        "Although I know the certification process can be slow, we do need to see ECFMG certification {by}.",
        "While we read every application with care, an international graduate's ECFMG certification has to be finished {by}.",
    ),
    "usce:months": (
        "Because I want every new intern to feel at home on an American ward from the first day, we ask that applicants bring at least {w} months of hands-on clinical experience in the United States.",
        "Over the years, my colleagues and I have come to require {n} months of US clinical experience, since it helps our residents hit the ground running.",
        "As our wards move quickly and our patients deserve a steady hand, {W} months of hands-on US clinical experience is the minimum we require before an application can move forward.",
        "Although observerships teach a great deal, what we require is {n} months of direct patient care in a US hospital or clinic.",
        "While every path into medicine is different, each applicant must have completed at least {w} months of clinical work in the United States.",
    ),
    "usce:zero": (
        "Because I know how hard it can be to arrange rotations in this country, I want you to know that US clinical experience is not required to apply to us.",
        "Although many of our residents did spend time in American hospitals before they came, we have not made US clinical experience a condition of applying.",
        "As my colleagues and I see it, talent shows itself in many settings, so no US clinical experience is needed for your application to be considered.",
        "We do not ask applicants to have US clinical experience.",
        "While you may hear otherwise from other programs, clinical experience in the United States is not a prerequisite for our program.",
    ),
    "usce:unstated": (
        "Because our patients deserve residents who already know an American hospital, some US clinical experience is a requirement for every applicant, though we have never set a particular length.",
        "As I tell applicants every fall, you must have hands-on clinical experience in the United States before you apply to us.",
        "Although we are flexible about how you gained it, US clinical experience is mandatory for our applicants.",
        "My colleagues and I consider clinical experience in a US hospital essential, so it is required of everyone who applies.",
        "While the setting and the length are up to you, each applicant must bring some hands-on US clinical experience.",
    ),
    "step1:n": (
        "Although I believe a single number tells only part of your story, our committee does ask for a USMLE Step 1 score of {n} or better.",
        "Because our faculty must rely on board performance as one early signal, applicants need a Step 1 score no lower than {n}.",
        "As my colleagues and I review applications, we consider only those with a USMLE Step 1 score of at least {n}.",
        "I will be candid that the floor our program sets for Step 1 is {n}.",
        "While we read far more than scores, a Step 1 result below {n} means we cannot move your application forward.",
    ),
    "step1:none": (
        "Since Step 1 became pass/fail and even before, my colleagues and I have not set a minimum Step 1 score.",
        "Because I believe a single exam should not close a door, we do not use any Step 1 score threshold.",
        "As you prepare your application, please know that no Step 1 cutoff is applied by our committee.",
        "Although many programs screen on Step 1, ours does not, and there is no minimum we require.",
        "Your Step 1 result will be read as one part of your story, and not against any minimum score.",
    ),
    "step2:n": (
        "Although I know how much pressure surrounds it, our committee asks for a Step 2 CK score of at least {n}.",
        "Because Step 2 CK is the examination closest to the work you will do with us, my colleagues and I require a score of {n} or higher.",
        "As much as we value the whole person, applicants whose Step 2 CK is under {n} cannot be offered an interview.",
        "I will be open with you that the Step 2 CK floor we use is {n}.",
        "While we read every application in full, a USMLE Step 2 CK score of {n} is the minimum we accept.",
    ),
    "step2:none": (
        "Because I would hate for a number to keep a wonderful physician from applying, we have no minimum Step 2 CK score.",
        "Although other programs may screen on it, my colleagues and I do not set any Step 2 CK threshold.",
        "As we read your application, your Step 2 CK result is weighed with everything else, not held against a cutoff.",
        "Our committee has never used a minimum Step 2 CK score, and I do not expect that to change.",
        "While Step 2 CK matters to us, there is no floor below which we stop reading.",
    ),
    "step2:pct": (
        "Because our in-training examinations are demanding, we ask that your Step 2 CK score fall at or above the {p}th percentile.",
        "Although we look well beyond scores, my colleagues and I require a Step 2 CK result at the {p}th percentile or higher.",
        "As a program that takes board preparation seriously, we consider only Step 2 CK scores at or above the {p}th percentile of examinees.",
        "I will be frank that applicants whose Step 2 CK falls below the {p}th percentile cannot be considered.",
        "While a percentile is only a number, ours is firm: Step 2 CK at the {p}th percentile or above.",
    ),
    "comlex:n": (
        "Because osteopathic physicians have always been part of our family, we accept COMLEX scores, and we ask that DO applicants score at least {n} on Level 2-CE.",
        "My colleagues and I require osteopathic applicants to have a COMLEX Level 2-CE score of {n} or higher.",
        "As we read applications from osteopathic schools, a COMLEX Level 2-CE result below {n} is one we cannot consider.",
        "Although we welcome DO graduates with open arms, the COMLEX Level 2-CE floor we use is {n}.",
        "While many of our best residents trained at osteopathic schools, each must bring a Level 2-CE score of at least {n} on COMLEX.",
    ),
    "comlex:none": (
        "Because osteopathic graduates have always been among our finest residents, we set no minimum COMLEX score.",
        "Although we read COMLEX results with interest, my colleagues and I do not apply any COMLEX cutoff.",
        "As a program that welcomes DO applicants, we do not hold COMLEX scores to a floor.",
        "I am glad to tell osteopathic applicants that there is no COMLEX threshold in our selection process.",
        "While COMLEX scores are part of the picture for our DO applicants, no minimum is required.",
    ),
    "scores:both": (
        "Because I would rather be transparent than mysterious, I will tell you that our score floors are {a} on Step 1 and {b} on Step 2 CK.",
        "Although my colleagues and I read much more than numbers, we do ask for at least {a} on Step 1 and at least {b} on Step 2 CK.",
        "As our committee reviews applications, it considers those with a Step 1 score of {a} or higher and a Step 2 CK score of {b} or higher.",
        "While scores are never the whole story, the minimums we hold to are {a} for USMLE Step 1 and {b} for USMLE Step 2 CK.",
        "I want to be straightforward about scores: applicants need {a} or above on Step 1 and {b} or above on Step 2 CK.",
    ),
    "attempt:yes": (
        "Although I know that a single bad day can happen to anyone, our committee requires that every USMLE examination be passed on the first attempt.",
        "Because our residents sit for their boards within a few years of joining us, my colleagues and I consider only applicants who passed each Step on the first try.",
        "As difficult as it is to write, an applicant with a failed attempt on any licensing examination cannot be considered for our program.",
        "I want you to know before you apply that we require first-attempt passes on all parts of the USMLE.",
        "While we are a forgiving family in many ways, every board examination must have been passed on the first sitting.",
    ),
    "attempt:step2": (
        "Although we are understanding about the earlier examinations, my colleagues and I do require that Step 2 CK be passed on the first attempt.",
        "Because Step 2 CK is the examination closest to the work of an intern, we ask that it have been passed on a single attempt.",
        "As our committee reads your record, a first-attempt pass on Step 2 CK is the one board requirement we hold firmly.",
        "I will be clear that Step 2 CK must have been passed the first time you sat for it.",
        "While an earlier stumble can be explained, a failed attempt on Step 2 CK is one we cannot overlook, so it must be a first-attempt pass.",
    ),
    "attempt:no": (
        "Because I have watched residents who once failed an examination become superb physicians, we do consider applicants with more than one attempt on the USMLE.",
        "Although a failed attempt will be something we ask about, it does not remove you from consideration for our program.",
        "As my colleagues and I read applications, a second attempt on a Step is read in context rather than treated as disqualifying.",
        "I want to reassure those of you who did not pass a board examination the first time that you may still apply to us.",
        "While first-attempt passes are lovely to see, applicants with repeat attempts remain eligible and are reviewed like everyone else.",
    ),
    "yog:n": (
        "Because clinical skills fade without practice, my colleagues and I ask that applicants have graduated from medical school within the past {w} years.",
        "Although I admire the long journeys many of you have taken, we can only consider those no more than {n} years out from graduation.",
        "As our curriculum assumes recent clinical training, applicants must have earned their medical degree in the last {n} years.",
        "I should tell you plainly that graduates of more than {w} years ago are not eligible for our program.",
        "While every path is different, we require that no more than {W} years have passed since you graduated from medical school.",
    ),
    "yog:none": (
        "Because some of our finest residents came to us many years after medical school, we place no limit on year of graduation.",
        "Although other programs may ask for recent graduates, my colleagues and I do not use any graduation-year cutoff.",
        "As you consider applying, please know that it does not matter to our eligibility how long ago you graduated.",
        "I am proud that our program has no graduation-date limit for applicants.",
        "While every applicant's timeline is different, we consider candidates regardless of when they finished medical school.",
    ),
    "positions:n": (
        "Because we have always believed in a close-knit family, we welcome {w} new categorical {noun} through the Match each year.",
        "As my colleagues and I prepare for another interview season, we look forward to matching {n} categorical {noun} this year, as we do every year.",
        "Although our hospital has grown a great deal, our intern class remains small, with a categorical class of {n} each year.",
        "Every spring we match {w} categorical {noun}, and each one becomes part of our family.",
        "While our city keeps growing around us, the number of categorical positions we fill each year has held steady at {n}.",
    ),
    "positions:range": (
        "Because our funding varies a little from year to year, we welcome between {a} and {b} new interns each summer.",
        "As my colleagues and I plan each Match, we expect to fill {a} to {b} categorical positions.",
        "Although the exact number depends on the year, our incoming class is always {a} or {b} residents.",
        "Every year we match {a}-{b} interns, a size that lets each of them be known by name.",
        "While our class is small by design, it varies between {a} and {b} new residents a year.",
    ),
    "home:positions": (
        "Each summer {w} new {noun} join our family, and I look forward to meeting every one of them.",
        "Because we keep our program intentionally small, we welcome {n} new {noun} every July.",
        "As a program director I am proud that we train {w} new {noun} each year in a place where everyone knows your name.",
        "{W} new categorical {noun} begin with us every summer, and each becomes part of our story.",
        "While the city grows around us, we still match {n} new {noun} a year.",
    ),
    "total": (
        "Because our program is a family, I know each of our {n} residents by name.",
        "As I write this letter, our program is home to {n} residents across every year of training.",
        "Although we feel like a small program, we are {n} residents strong when every class is counted.",
        "My colleagues and I teach a complement of {n} residents in all.",
        "While our classes are modest in size, together they make up a program of {n} residents.",
    ),
    "research_track": (
        "Because discovery has been part of our mission since our founding, we offer a dedicated research track for residents who want protected time for scholarship.",
        "As many of my colleagues are physician-scientists, our program includes a formal research track.",
        "Although most of our residents follow a clinical path, those drawn to investigation can join our research track.",
        "I am proud that we offer a research track with protected time and dedicated mentorship.",
        "While every resident takes part in scholarly work, a separate research track is available for those who want more.",
    ),
    "prelim": (
        "Because our surgical colleagues depend on them, we also set aside places for {w} preliminary {noun} each year.",
        "As part of our family, every year our categorical interns are joined by {n} preliminary-year {noun}.",
        "Although our categorical class is our focus, the number of preliminary positions we offer each year is {n}.",
        "In addition to our categorical class, my colleagues and I welcome {w} preliminary {noun} a year.",
        "While they stay for only a year, our preliminary interns, {w} each year, are very much part of the program.",
    ),
    "us_letters": (
        "Because your letter writers help us imagine you on our wards, we require that at least two of your letters come from physicians who practise in the United States.",
        "As my colleagues and I read letters closely, we ask that two or more of them be written by US physicians.",
        "Although we value every letter, at least two must be from physicians practicing in the United States.",
        "I should mention that two of your letters of recommendation need to come from American physicians.",
        "While you may send letters from anywhere, a minimum of two must be written by doctors in the United States.",
    ),
    "trap:usce_pref": (
        "Because I have seen how much it eases the first month of internship, I always encourage applicants to spend some time in a US hospital if they can.",
        "'We love to see someone who has already worked on an American ward,' as our selection committee likes to say.",
        "Although it is never the deciding factor, experience in US clinical settings does help my colleagues and me picture you here.",
        "I hope many of you will have had the chance to rotate in an American hospital, as it tends to make the transition gentler.",
        "While we look at every application as a whole, US clinical experience is something our committee tends to favor.",
    ),
    "trap:ecfmg_pref": (
        "Because it makes the spring so much calmer, I always hope that international applicants will already be ECFMG certified when they apply.",
        "'An applicant who is already certified by ECFMG is a pleasure to rank,' in the words of our selection committee.",
        "Although it is a preference rather than a rule, we are glad when an applicant's ECFMG certification is complete early.",
        "I encourage international graduates to finish ECFMG certification as soon as they can, as it tends to smooth everything that follows.",
        "While we do not hold it against anyone, my colleagues and I tend to favor applicants who already hold ECFMG certification.",
    ),
    "trap:yog_pref": (
        "Because the transition back into clinical work can be hard, my colleagues and I tend to favor applicants who graduated recently.",
        "Our selection committee often says that 'a recent graduate brings fresh clinical habits to the ward,' and I have seen it borne out.",
        "Although it is not a rule, recent graduates have tended to do especially well in our program.",
        "I hope that those of you who graduated recently will consider applying, as our committee often looks favourably on a recent degree.",
        "While applicants of every graduation year are read with care, we do lean toward those who finished medical school more recently.",
    ),
    "trap:step2_average": (
        "Because applicants often ask me, I will share that our current residents averaged about {n} on Step 2 CK.",
        "As I looked back over the last few classes, I noticed their Step 2 CK scores had averaged {n}.",
        "Although every class is different, the residents we matched last spring had a mean Step 2 CK of {n}.",
        "My colleagues and I were proud to see that our interns' Step 2 CK scores averaged {n} this year.",
        "While scores are only one part of the picture, the typical Step 2 CK among our residents has been around {n}.",
    ),
    "trap:step1_average": (
        "Because applicants always ask, I will mention that our residents' Step 1 scores averaged about {n} before the exam became pass/fail.",
        "As I read through the files of our current class, their mean Step 1 score was {n}.",
        "Although it tells you little about who they are, the residents I have matched in recent years averaged {n} on Step 1.",
        "My colleagues and I noticed that last year's interns had a median Step 1 score of {n}.",
        "While it was never our focus, the typical Step 1 score among those we matched has been around {n}.",
    ),
    "trap:letters_pref": (
        "Because American letter writers know the demands of our wards, I always enjoy reading letters from physicians in the United States.",
        "'A letter from a US attending who has watched you work is worth its weight in gold,' one of our selection committee members likes to say.",
        "Although letters from anywhere are welcome, those from US physicians tend to carry a little extra weight with my colleagues.",
        "I would encourage you, if you can, to include a letter from a physician who has supervised you in the United States.",
        "While it is not a rule, we do favor applications with at least one letter from a US physician.",
    ),
    "trap:pd_anecdote": (
        "One of my favorite former chief residents came to us after two unmatched years, and she now directs a program of her own.",
        "I still think about the resident who arrived in our city with one suitcase and left as our teaching award winner.",
        "When I was a resident here myself, we were a much smaller program, and I remember our director knowing every one of our families.",
        "A few years ago, one of our interns had been out of clinical medicine for a long time, and he went on to become one of the most beloved physicians in our clinic.",
        "Over the years I have written more than {n} letters for graduates of this program, and each one reminds me why I love this work.",
    ),
    "trap:pd_hope": (
        "I hope that, whatever you decide, you will find a program that feels like home.",
        "My colleagues and I encourage you to reach out to our current residents, who will tell you honestly what life here is like.",
        "I would love for you to visit our city in the fall, when the leaves turn and the whole program gathers for our annual picnic.",
        "Above all, I hope you will apply to the programs where you can imagine yourself thriving.",
        "If you see yourself in what I have written, I encourage you to apply; we read every application that reaches us.",
    ),
    "trap:committee_quote": (
        "Our selection committee tells me every year that what they look for is 'curiosity, kindness, and the courage to say I don't know,' and I could not put it better.",
        "'We want residents who will stay late with a frightened family,' one member of our selection committee told me last winter.",
        "Our committee likes to say that they rank people, not numbers, and I have come to agree with them.",
        "When I ask my colleagues on the selection committee what made last year's interns stand out, they always answer 'teamwork and humility' before anything else.",
        "Our longest-serving committee member has a saying, 'the best applicants are the ones our nurses would want to work with,' that I repeat every fall.",
    ),
    "trap:program_history": (
        "Our hospital has cared for the people of this city for {n} years, and our residency grew out of that long tradition.",
        "Since the program was founded, more than {n} physicians have completed their training here.",
        "When our first residents arrived decades ago, they worked in a building that is now our medical library.",
        "Our alumni now practise in more than {n} communities, many of them small towns that had struggled to find a physician.",
        "The program began as a single teaching service and has grown into the family I am proud to lead today.",
    ),
    "trap:reading_season": (
        "This fall my colleagues and I read more than {n} applications for every position, and we read each one with care.",
        "Last season we interviewed {n} applicants, and I wish we could have matched many more of them.",
        "Every year I personally read well over {n} personal statements, and the best of them stay with me for a long time.",
        "Our faculty spent more than {n} hours on interviews last season, and every one of them was worth it.",
        "By the end of interview season I have usually met {n} or more applicants, and I learn something from each of them.",
    ),
}
# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visas our hospital will put its name to", "The J-1 through ECFMG, never the H-1B"),
    "visa:both": ("Visas our hospital will put its name to", "The J-1 and the H-1B alike"),
    "visa:none": ("Visas our hospital will put its name to", "None, of any kind"),
    "img:yes": ("Graduates of medical schools abroad", "Warmly welcomed to apply"),
    "img:no": ("Graduates of medical schools abroad", "Not eligible to join us"),
    "ecfmg": ("When we need to see your ECFMG certificate", "{by}"),
    "usce:months": ("Hands-on time on an American ward", "At least {n} months of it"),
    "usce:zero": ("Hands-on time on an American ward", "Not asked of applicants"),
    "usce:unstated": ("Hands-on time on an American ward", "Required, in whatever amount"),
    "step1:n": ("The Step 1 floor my committee holds to", "{n}"),
    "step1:none": ("The Step 1 floor my committee holds to", "We hold to no floor"),
    "step2:n": ("The Step 2 CK floor my committee holds to", "{n}"),
    "step2:none": ("The Step 2 CK floor my committee holds to", "We hold to no floor"),
    "step2:pct": ("The Step 2 CK floor my committee holds to", "The {p}th percentile nationally"),
    "comlex:n": ("The COMLEX Level 2-CE floor for our DO applicants", "{n}"),
    "comlex:none": ("The COMLEX Level 2-CE floor for our DO applicants", "No floor at all"),
    "attempt:yes": ("Board examinations passed at the first sitting", "Required of every applicant"),
    "attempt:step2": ("Board examinations passed at the first sitting", "Step 2 CK only"),
    "attempt:no": ("Board examinations passed at the first sitting", "Not required of applicants"),
    "yog:n": ("How long ago you may have graduated", "No more than {n} years"),
    "yog:none": ("How long ago you may have graduated", "It does not matter to us"),
    "positions:n": ("Categorical interns we welcome each July", "{n}"),
    "positions:range": ("Categorical interns we welcome each July", "{a} or {b}"),
    "total": ("Residents in our family, every year together", "{n}"),
    "prelim": ("Preliminary interns we welcome each July", "{n}"),
    "research_track": ("A research track for future physician-scientists", "Offered, with protected time"),
    "us_letters": ("Letters from physicians practising in the United States", "Two at the least"),
    "trap:step2_average": ("Step 2 CK average of the residents I teach today", "{n}"),
    "trap:step1_average": ("Step 1 average of the residents I teach today", "{n}"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Can our hospital sponsor the visa you will need?",
    "img": "Is there a place in our family for graduates of medical schools abroad?",
    "ecfmg": "By when should your ECFMG certificate be in hand?",
    "usce": "Do you need to have worked on an American ward before applying?",
    "step1": "What will my colleagues and I make of your Step 1 result?",
    "step2": "How does our committee read a Step 2 CK score?",
    "comlex": "How do we read COMLEX scores from our osteopathic applicants?",
    "scores": "Which scores does our committee ask to see?",
    "attempt": "What if a board examination did not go well the first time?",
    "yog": "Does it matter how long ago you finished medical school?",
    "positions": "How many new interns join our family each July?",
    "total": "How many residents make up our program today?",
    "research_track": "Is there room here for a future physician-scientist?",
    "prelim": "Do we take preliminary interns as well?",
    "us_letters": "Whose letters would my colleagues and I most like to read?",
    "trap": "What kind of resident thrives in our family?",
}
# fmt: on
