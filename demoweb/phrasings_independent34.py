"""A thirty-fourth blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-27 by a blind helper session, from its own knowledge of how US residency
programs word their eligibility and application pages. Its voice is dense multi-clause prose: one
long sentence carries a rule together with other clauses joined by commas, semicolons, "and",
"but", "as well as", "while", "whereas" and "although"; negation shares its scope over two verbs
or nouns ("we sponsor neither J-1 nor H-1B visas", "we neither interview nor rank ..."); ellipsis
and gapping ("J-1 visas are sponsored through ECFMG; H-1B visas, not"); "respectively"
constructions ("minimums are {a} and {b}, respectively"); parenthetical asides inside the rule;
and a rule and a trap in the same sentence ("our matched residents typically score well above
it, though the minimum we consider is ..."; "while many of our faculty trained abroad, ..."). Each
wording states exactly its own claim's truth; the clauses beside it are non-facts (history of the
program, its city, how files are read), preferences or averages of past classes that settle
nothing. The table rows lean the same way ("Visa sponsorship (J-1 / H-1B): Yes / No"). Traps only
this set has: another program's numbers and policies, interview counts, the sponsoring
institution's size, faculty counts, and general visa information. All of it is invented demo data
about no real program.

The author read only issue 11 (the fact contract: fact names and values, "preferences are not
requirements; averages of past applicants are not minimums"), ``demoweb/phrasings.py`` (the shape
of a set and the dev/held-out wordings, to avoid reusing them), ``demoweb/info.py`` (how a set is
drawn and rendered, the fields templates get, the truth values of ``demoweb.info._facts`` and what
a blind set must provide), ``tests/test_demoweb_info.py`` (the structural checks a blind set must
pass), the ``class_sizes`` field of ``demoweb/specialties.py`` and the first 70 lines of
``demoweb/phrasings_independent14.py`` (its docstring and the shape of ``ECFMG_BY`` and
``EXTRA_TRAPS``). The author did NOT read, grep, import or run the extraction rules
(``extract/``), their tests (``tests/test_facts*.py``, ``tests/facts_families.py``), ``bench/``,
any benchmark output, git log or diffs, or any other blind set ``demoweb/phrasings_independent*.py``
(nor the thirty-third, written at the same time by another helper); did not run ``bench/facts.py``
or ``precedent facts``, and did not run the extractor on any of these sentences: nothing here was
tuned against the rules. It was checked only structurally, by an ad-hoc script outside the
repository: it imports; it has every claim of the dev set with three to five distinct wordings;
every template and row formats with the fields ``demoweb.info`` passes and uses only the fields
the tests allow; no wording is a dev or held-out one; no ECFMG deadline wording is inside another;
no wording, row or deadline is shared with another blind set (compared through
``demoweb.info.BLIND`` by counts only, without reading their text); and the value checks of
``tests/test_demoweb_info.py`` hold on pages rendered from this set (by monkeypatching
``demoweb.info`` in that script so held-out programs use it). That script named, by this set's
own text only, the items of this set that another blind set already had (seven table rows and one
deadline wording), and those were reworded.
"""

from __future__ import annotations

NAME = "independent34"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "no later than the date our rank list goes to the NRMP",
    "time of application": "by the time your ERAS file reaches us",
    "start of residency": "before the first day of the PGY-1 year",
    "interview": "before the interview day",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": (
        "before our rank order list is certified in the Match",
        "by the close of the NRMP ranking period",
    ),
    "time of application": (
        "on the day your ERAS application is transmitted",
        "as of your ERAS submission",
    ),
    "start of residency": ("ahead of July orientation", "by the day training begins"),
    "interview": ("by the date of your interview", "ahead of your interview with our faculty"),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 6-12 for another program, else
# 60-150 (interviews, the institution's trainees, faculty).
EXTRA_TRAPS = (
    ("trap:other_program", 0.25),
    ("trap:interviews", 0.25),
    ("trap:institution_size", 0.2),
    ("trap:faculty", 0.2),
    ("trap:visa_general", 0.15),
)

# Data tables: one claim per block, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "Exchange-visitor (J-1) visas are sponsored through ECFMG for every resident who needs one; H-1B visas, not, and that holds for chief residents as well.",
        "Although a handful of our attendings came to the United States on H-1B visas, the residency itself sponsors only the J-1, which ECFMG administers on our behalf.",
        "We sponsor the J-1 but not the H-1B, a policy the GME committee revisits every spring and has kept for many years, so please plan your visa pathway accordingly.",
        "The J-1 and the H-1B are, respectively, sponsored and not sponsored for incoming residents, while applicants who already hold a green card need no sponsorship at all.",
        "Applicants needing sponsorship should know that J-1 status is available through ECFMG, whereas H-1B status is not offered by this program under any circumstances.",
    ),
    "visa:both": (
        "We sponsor J-1 visas through ECFMG and H-1B visas through the institution's international office, and, while the H-1B route demands more paperwork, both remain open to our residents.",
        "Both the J-1 and the H-1B are sponsored here, the former through ECFMG and the latter by our hospital, and the choice between them is usually settled with the GME office after the Match.",
        "Whereas many programs in our specialty limit themselves to one visa type, we sponsor both the J-1 and the H-1B, and residents currently train with us on each of the two.",
        "Visa sponsorship is offered for J-1 and H-1B status alike, though H-1B petitions take longer to process and we therefore ask matched applicants to contact us within a week of Match Day.",
        "The program sponsors J-1 visas, as well as H-1B visas (for candidates who meet the Department of Labor's conditions), and neither choice affects how an application is ranked.",
    ),
    "visa:none": (
        "We sponsor neither J-1 nor H-1B visas, and applicants must therefore hold US citizenship, permanent residency or another status that allows them to work for the full length of training.",
        "Although our hospital employs many international staff, the residency cannot sponsor a visa of any kind, J-1 or H-1B, for its trainees.",
        "Sponsorship of J-1 and H-1B visas is not available here, and, while we regret the limits this places on some applicants, the policy is set by the institution rather than the program.",
        "No visa is sponsored by this program (neither the J-1 nor the H-1B), although applicants holding a green card are reviewed like any other.",
        "Whereas some departments at our institution do sponsor visas, ours does not sponsor any, so candidates who will require J-1 or H-1B status should look elsewhere.",
    ),
    "visa:j1_yes": (
        "We sponsor J-1 visas through ECFMG, and our GME office, which handles several dozen exchange-visitor files each spring, will guide matched residents through the DS-2019 paperwork.",
        "J-1 visa sponsorship is available to residents who need it, while questions about your own immigration history should go directly to the GME office.",
        "Although the paperwork is lengthy, the program does sponsor the J-1 exchange-visitor visa, and matched applicants receive a checklist from ECFMG shortly after the Match.",
        "Residents who require a J-1 visa can be sponsored, their spouses and children may accompany them in J-2 status, and, as in past years, the hospital pays the ECFMG sponsorship fee.",
        "The J-1 visa, for which ECFMG issues the sponsorship documents nationwide, is one our program supports for incoming residents, and past residents have found the process manageable.",
    ),
    "visa:h1b_no": (
        "We do not sponsor H-1B visas, and, although the rules on cap-exempt employers are often misunderstood, this is a decision of the program rather than a legal limit.",
        "H-1B sponsorship, which applicants often ask about because of its path toward permanent residency, is not something this program offers.",
        "While some fellowships at our institution have sponsored H-1B visas in the past, the residency does not sponsor them, and no exception is made for applicants who have passed Step 3.",
        "Applicants who would need an H-1B should be aware that we cannot sponsor one, whatever their scores or experience, although we are glad to answer other questions.",
        "The H-1B is not sponsored here; the reasons are administrative, as the institution's counsel has explained, and they apply equally to all of our categorical positions.",
    ),
    "img:yes": (
        "Graduates of international medical schools may apply, and, while our interview invitations go to a small fraction of all applicants, IMGs and US graduates are screened by the same criteria.",
        "We accept IMGs, as we have for more than two decades, and a good share of our current residents earned their medical degrees outside the United States.",
        "Although we receive far more applications from international graduates than we can interview, IMGs are eligible and every file is read by a faculty member.",
        "Applications are accepted from graduates of US and international medical schools alike, while osteopathic graduates are just as welcome.",
        "Foreign medical graduates are considered for our categorical positions, whereas applicants to our fellowships go through a separate process with its own coordinator.",
    ),
    "img:no": (
        "We are unable to accept international medical graduates, and, although we recognize the strength of many IMG applicants, our affiliation agreement requires graduation from an LCME- or COCA-accredited school.",
        "Only graduates of US allopathic and osteopathic schools are eligible, so IMGs (including US citizens who studied abroad) should not apply.",
        "We neither accept applications from graduates of international medical schools nor make exceptions for candidates who already hold ECFMG certification.",
        "While many of our faculty trained abroad, the program itself does not consider IMGs for residency positions, a restriction set by our state funding.",
        "Graduates of medical schools outside the United States and Canada are not eligible, whereas graduates of accredited Canadian schools are considered on the same terms as US graduates.",
    ),
    "ecfmg": (
        "Applicants who graduated abroad must hold ECFMG certification {by}, and the certificate itself, not merely a status report, is what the GME office verifies.",
        "ECFMG certification is mandatory {by}, while the pathways and examinations that lead to it are entirely the applicant's concern.",
        "We require international graduates to be ECFMG certified {by}, as our hospital's credentialing office cannot issue a training license otherwise.",
        "Although ECFMG publishes its own processing timelines, which we cannot influence, certification must be complete {by} for any international graduate in our process.",
        "Whereas US graduates need only their diploma, graduates of foreign schools must present a valid ECFMG certificate {by}.",
    ),
    "usce:months": (
        "Applicants need a minimum of {w} months of hands-on US clinical experience, and, while observerships and research are valued, only direct patient care counts toward it.",
        "US clinical experience of {n} months or more is required, although it need not be in our specialty, and externships arranged through a US medical school qualify.",
        "Hands-on US clinical experience is a firm requirement ({n} months at minimum), while telehealth and research rotations do not count toward it.",
        "Whereas some programs accept observerships, we require {w} months of hands-on clinical work in the United States, and the months need not be consecutive.",
        "Candidates must have completed at least {n} months of US clinical experience, most of which, in our current residents' case, came from inpatient rotations.",
    ),
    "usce:zero": (
        "US clinical experience is not required, although applicants who have it are welcome to describe it in their personal statement.",
        "We do not require hands-on US clinical experience, and, while many of our matched applicants had some, others had none and thrived.",
        "Neither US clinical experience nor an observership is needed to apply, and the absence of either will not lower an application's score.",
        "Clinical experience in the United States is not expected of applicants, whereas familiarity with the US health system, however gained, helps at interview.",
        "There is no USCE requirement, as the program director believes it disadvantages capable applicants of limited means, and this applies to every position we offer.",
    ),
    "usce:unstated": (
        "Applicants must have hands-on clinical experience in the United States, although we name no particular number of months and judge its quality rather than its length.",
        "US clinical experience is required of every applicant, whether gained through a sub-internship, an externship or work as a clinical assistant, and it should be listed in the ERAS experiences section.",
        "Some hands-on clinical exposure in US hospitals is mandatory, while research in US laboratories, valuable as it is, does not satisfy the requirement.",
        "We will only review applicants who have US clinical experience, and, although observerships show initiative, they are not counted toward this requirement.",
        "Prior clinical work in the United States is a requirement for all candidates, whatever their school, but how long it lasted is left to the applicant.",
    ),
    "step1:n": (
        "Although most of our residents scored well above it, the lowest Step 1 score we will consider is {n}.",
        "Applicants with a three-digit Step 1 score must have earned at least {n}, while those who took the exam after the move to pass/fail reporting need only a pass.",
        "We screen out Step 1 scores under {n} (a floor the selection committee set some years ago and has kept since), and we apply it to every applicant regardless of school.",
        "A USMLE Step 1 score no lower than {n} is required of all candidates, though, as our committee often notes, a score is never the whole of an application.",
        "Step 1 must show a score of {n} or above, and Step 2 CK, once available, is read alongside it.",
    ),
    "step1:none": (
        "We have no Step 1 cutoff, and, while strong scores help, a pass is all that is needed.",
        "Step 1 scores are not screened against any minimum, whereas the rest of the application, including letters and experience, receives close attention.",
        "There is no minimum Step 1 score for our program, given that most applicants now receive a pass/fail result, but the full transcript is still read.",
        "Regardless of the numerical score, any passing Step 1 result satisfies us, and no higher threshold is applied.",
        "Neither a numeric floor nor a percentile threshold applies to Step 1, and we do not reject an application on that score alone.",
    ),
    "step2:n": (
        "Our matched residents typically score well above it, though the minimum Step 2 CK score we consider is {n}.",
        "A Step 2 CK score of at least {n} is required, and, because interview invitations go out from October, we hope to see the score released by the time ERAS opens.",
        "We set our Step 2 CK floor at {n}, while Step 1, now largely pass/fail, plays a smaller part in our screening.",
        "Applicants whose Step 2 CK score falls below {n} are not invited, whatever the strength of their other credentials, although scores just above the line are common among those we do invite.",
        "Step 2 CK must be {n} or higher for an application to proceed past initial screening, and we read the official USMLE transcript rather than a self-reported score.",
    ),
    "step2:none": (
        "We do not apply any Step 2 CK cutoff, and, although higher scores never hurt, a passing result is sufficient.",
        "There is no minimum Step 2 CK score, whereas the interview and the letters weigh heavily in our decisions.",
        "Step 2 CK scores are read in context rather than against a threshold, and no applicant is screened out on that score alone.",
        "Regardless of the score reported, a passing Step 2 CK is all we look for, although we do hope to see it before ranking.",
        "We have no numeric Step 2 CK floor, and the screening committee, while it notes every score, does not sort files by it.",
    ),
    "step2:pct": (
        "Step 2 CK results must be at or above the {p}th percentile of US and Canadian examinees, and, while we recognize that percentiles shift each year, we use the table current on the day we review.",
        "We require a Step 2 CK score no lower than the {p}th percentile nationally, though most of our interviewees are well above the median.",
        "Applicants whose Step 2 CK score is below the {p}th percentile are not considered, whereas those above it are reviewed holistically.",
        "Rather than a fixed number, our Step 2 CK floor is the {p}th percentile (as published by the USMLE for the year of testing), and it applies to every applicant.",
        "Although we publish no numeric cutoff, Step 2 CK must fall at or above the {p}th percentile for an application to advance.",
    ),
    "comlex:n": (
        "Osteopathic applicants may submit COMLEX in place of the USMLE, and those who do must score at least {n} on Level 2-CE.",
        "We accept COMLEX-USA scores, with a Level 2-CE minimum of {n}, although DO applicants who also took the USMLE may send both.",
        "A COMLEX Level 2-CE score of {n} or better is required of DO applicants, whereas USMLE scores, if taken, are simply reviewed alongside it.",
        "While COMLEX Level 1 is now pass/fail, Level 2-CE is scored, and our floor for it is {n}.",
        "DO graduates may be reviewed on COMLEX alone, provided their Level 2-CE score reaches {n}.",
    ),
    "comlex:none": (
        "There is no COMLEX cutoff, and osteopathic applicants, who make up a growing part of our pool, are reviewed as any other.",
        "COMLEX scores are accepted and no minimum applies to them, while DO applicants may, if they wish, also report USMLE results.",
        "We do not set a floor for COMLEX Level 1 or Level 2-CE, although reviewers see the scores in full.",
        "Regardless of COMLEX score, DO applicants are screened on the same holistic criteria, and no numeric threshold is applied.",
        "Osteopathic applicants need not take the USMLE, and their COMLEX scores face no minimum, whereas their clinical letters are read closely.",
    ),
    "scores:both": (
        "Our Step 1 and Step 2 CK minimums are {a} and {b}, respectively, and, while most of our residents exceeded both, neither is waived.",
        "We require at least {a} on Step 1 and {b} on Step 2 CK, though a score just above either floor will not by itself win an interview.",
        "Minimum USMLE scores are {a} for Step 1 and, for Step 2 CK, {b}; averages of our recent classes are higher but are not requirements.",
        "Step 1 scores below {a} and Step 2 CK scores below {b} are screened out, whereas scores above those lines are read in context.",
        "The floors we apply, {a} and {b} for Step 1 and Step 2 CK respectively, were set by our selection committee and are reviewed every year.",
    ),
    "attempt:yes": (
        "Every USMLE Step must have been passed on the first attempt, and, although we understand that circumstances vary, we make no exceptions.",
        "We neither interview nor rank applicants with a failed attempt on any USMLE or COMLEX examination.",
        "Applicants must have passed each licensing exam at the first sitting, while a withdrawn or rescheduled exam does not count as an attempt.",
        "A single failure on any Step disqualifies an application, whereas a low but passing score does not.",
        "Although we review many strong files, only candidates with first-attempt passes on every Step taken are eligible for an interview.",
    ),
    "attempt:step2": (
        "A failed Step 1 is considered in context, but Step 2 CK must have been passed at the first sitting.",
        "We require a first-attempt pass on Step 2 CK, whereas earlier Steps are not held to that standard.",
        "Only a single attempt at Step 2 CK is accepted, although a Step 1 retake, if explained, does not exclude an applicant.",
        "Step 2 CK must be passed in a single attempt by every applicant we interview, while attempts on other Steps are reviewed individually.",
        "Our attempt policy concerns Step 2 CK only: it must be passed the first time, and the committee will not waive that rule.",
    ),
    "attempt:no": (
        "Applicants who needed more than one attempt on a Step are considered, and, although we ask for a short explanation, a retake alone never ends an application.",
        "We do not require first-attempt passes, whereas a pattern of repeated failures would, understandably, weigh against a candidate.",
        "A previous failure on any USMLE Step does not disqualify an applicant, provided the exam has since been passed.",
        "Passing on the first attempt is not required, although we do read the explanation applicants give in ERAS.",
        "Multiple attempts on a licensing exam are reviewed in context rather than screened out, and the program director reads each explanation personally.",
    ),
    "yog:n": (
        "We consider applicants who graduated from medical school within the last {n} years, and, while research or clinical work since graduation is welcome, it does not extend that window.",
        "Graduates of more than {n} years ago are not eligible, whereas those within that window are reviewed without regard to graduation year.",
        "We neither review applications from those who graduated over {w} years ago nor waive that limit for research years.",
        "No more than {n} years may have passed since medical school graduation, as of the date of application, although clinical activity in that time counts in your favor.",
        "Although many excellent physicians graduated long ago, our eligibility window is {w} years from graduation, a limit set by our sponsoring institution.",
    ),
    "yog:none": (
        "There is no limit on time since graduation, and, while recent clinical work helps, older graduates are reviewed on the same terms.",
        "We do not restrict eligibility by year of graduation, whereas gaps in clinical activity are something we will ask about at interview.",
        "Regardless of graduation year, every applicant is considered, although we do like to see recent clinical work.",
        "No graduation-year cutoff applies, nor any recency requirement, and several of our current residents finished medical school many years before joining us.",
        "Applicants are not excluded by the number of years since they graduated, although we ask that any gap be explained in the personal statement.",
    ),
    "positions:n": (
        "We match {n} categorical {noun} each year, and, while the program has grown over the past decade, that number is now fixed.",
        "Each July we welcome a categorical class of {n}, and, although we receive thousands of applications, every one is read.",
        "Our PGY-1 class has {n} categorical {noun}, whereas our fellowships recruit their trainees separately.",
        "Through the Match, the program takes {w} categorical {noun} per year, while the rotation schedule is built around that class each spring.",
        "We take {n} new {noun} into the categorical track every year, as well as visiting rotators from other programs who are not part of the class.",
    ),
    "positions:range": (
        "We match between {a} and {b} categorical residents a year, the number depending on funding, and, while the class size varies, the curriculum does not.",
        "Our incoming class numbers {a} or {b}, varying from year to year, whereas the curriculum and benefits stay the same.",
        "Depending on the year, {a} to {b} interns begin in July, and the exact number appears in our NRMP listing before ranking opens.",
        "Each Match brings us {a}-{b} new categorical residents, although in lean years the lower figure applies.",
        "Class size is {a} or {b} per year, as the hospital's budget allows, while every resident has the same rotations.",
    ),
    "home:positions": (
        "Founded more than forty years ago, our program trains {n} {noun} a year, and, while we are part of a large academic center, we remain small enough to know each resident well.",
        "Each year {n} new {noun} join us, and they train alongside fellows, students and a faculty who, while busy, make teaching their first priority.",
        "Ours is a community-based program of {n} {noun} per class, set in a mid-sized city where, although the winters are cold, the cost of living is low.",
        "We welcome {n} categorical {noun} every summer, as well as visiting students from our affiliated medical school.",
        "{W} {noun} per year is our class size, and, whereas many programs rely on night float, ours still keeps a traditional call schedule.",
    ),
    "total": (
        "The program has {n} residents in all, across every year of training, and, while that makes us one of the smaller programs in the state, it also keeps teams close.",
        "Counting every postgraduate year, we have {n} residents, as well as several fellows who share our conferences.",
        "Our full complement is {n} residents, although for a few days in June, when incoming and outgoing classes overlap, the hallways feel fuller.",
        "Across all training years we number {n} residents, whereas our faculty, counting volunteers, is several times larger.",
        "{n} residents train here at any one time, all years combined, and each has a faculty mentor.",
    ),
    "research_track": (
        "We offer a research track with protected time, and, although it is competitive, residents may apply to join it during the PGY-1 year.",
        "A dedicated physician-scientist track is available, whereas residents in the clinical track complete a scholarly project instead.",
        "Residents interested in investigation may join our research pathway, which offers protected months and mentorship, while all others follow the standard curriculum.",
        "Alongside the categorical curriculum, the program runs a formal research track, and its residents, while fully trained clinicians, also present at national meetings.",
        "Although every resident does some scholarship, our research track goes further, with protected time and a dedicated mentor.",
    ),
    "prelim": (
        "Besides the categorical class, we offer preliminary positions, {n} each year, and, while they last a single year, they carry the same benefits.",
        "Our preliminary year, which feeds into advanced programs in other specialties, has {n} {noun} a year alongside the categorical class.",
        "We also match preliminary interns, {n} per year, whereas our categorical residents stay for the full program.",
        "A preliminary track of {n} one-year {noun} runs as well, although it is filled under a separate NRMP code.",
        "Preliminary positions number {n} a year, and, although they are listed under their own NRMP code, preliminary interns attend every conference.",
    ),
    "us_letters": (
        "At least two of your letters must come from physicians practicing in the United States, and, while a chair's letter is optional, it is welcome.",
        "We require letters from US physicians, at least two of them, whereas letters from abroad may supplement but not replace them.",
        "Two letters written by US-licensed physicians who supervised you are mandatory, although the third may come from anyone who knows your work.",
        "Letters from US physicians are required, and those from rotations in our own department, while not necessary, are read with particular interest.",
        "Your application must include at least one letter from a physician in the United States, as our reviewers rely on it to judge clinical performance, but the rest may come from your home country.",
    ),
    "trap:usce_pref": (
        "Hands-on US clinical experience strengthens an application considerably, and most of our matched applicants have had several months of it.",
        "We look favorably on applicants with clinical experience in US hospitals, while recognizing that not everyone has had the opportunity to obtain it.",
        "Although an applicant without US clinical exposure can still stand out, such experience is strongly valued by our selection committee.",
        "Time spent in US clinical settings, whether as an extern or a sub-intern, is an advantage in our review, as is familiarity with an American electronic health record.",
        "Candidates with US clinical experience tend to interview more comfortably, and we therefore give it weight, although how much depends on the rest of the file.",
    ),
    "trap:ecfmg_pref": (
        "We favor applicants whose ECFMG certification is already complete, as it simplifies planning for everyone, and we note it on the interview schedule.",
        "Having ECFMG certification in hand early in the season is an advantage, though the committee weighs it alongside everything else in the file.",
        "Although ECFMG certification completed before applying is preferred, it is one consideration among many, and strong candidates stand out regardless.",
        "Early ECFMG certification, while not the deciding factor, makes an application easier to move forward.",
        "Many of our successful applicants from abroad were ECFMG certified by the time they applied, and we view early certification favorably.",
    ),
    "trap:yog_pref": (
        "We favor candidates who graduated in the last few years, as they tend to transition more smoothly, although every application is read.",
        "Recency of graduation is something our committee values, whereas older graduates with continuous clinical work can also make a strong case.",
        "Most of our residents began training within two years of finishing medical school, and we prefer applicants on a similar timeline.",
        "Although a longer gap since graduation can be explained, applicants who are recent graduates are preferred.",
        "Preference goes to those who finished medical school recently, as well as to those who have stayed clinically active since.",
    ),
    "trap:step2_average": (
        "Our residents average {n} on Step 2 CK, and, while that figure is often quoted, it describes past classes rather than a threshold.",
        "The mean Step 2 CK score of last year's interviewees was {n}, whereas the range was wide, and some below it matched with us.",
        "Although our matched applicants have averaged {n} on Step 2 CK over recent cycles, applicants should not read that number as a cutoff.",
        "Step 2 CK scores among our current PGY-1 class average {n}, as reported in our annual program review.",
        "Most years our incoming residents' Step 2 CK mean lands near {n}, although we publish it for information only.",
    ),
    "trap:step1_average": (
        "Residents who matched here over the last five years had a median Step 1 score of {n}, although Step 1 is now reported as pass/fail for most applicants.",
        "Our current residents' Step 1 scores average {n}, and, while some were lower, the figure describes them rather than the applicants we will consider.",
        "The average Step 1 of our matched applicants, {n} in the last scored cohort, is higher than many expect, whereas the range is broad.",
        "Among those who matched with us while Step 1 still carried a number, the mean was {n}, as our program review records.",
        "Although interviewees' Step 1 scores have averaged {n}, we weigh the whole application rather than any single figure.",
    ),
    "trap:letters_pref": (
        "Letters from US physicians carry particular weight with our committee, although a strong letter from abroad is never discounted.",
        "We value recommendations from American faculty who have supervised you, as well as letters from mentors at your home institution.",
        "Letters from US physicians who know your clinical work are especially helpful, while letters from research mentors show a different side of you.",
        "Recommendations from clinicians practicing in the United States are preferred, since our reviewers can better interpret them.",
    ),
    "trap:other_program": (
        "The transitional-year program at our hospital, which takes {n} interns a year and sponsors H-1B visas, is administered separately, and its rules are not ours.",
        "Applicants sometimes confuse us with the affiliated community program across town, whereas that program, with {n} positions a year and its own score cutoffs, has a separate application.",
        "Although our fellowship in the same department accepts {n} trainees annually and asks for ECFMG certification at application, those terms describe the fellowship only.",
        "The neighboring university program, with {n} categorical residents a year and no visa sponsorship, is often listed beside ours, but we are independent of it.",
        "Our institution's family medicine residency matches {n} residents annually and sets its own eligibility rules, including a limit on years since graduation, so please consult its own page.",
    ),
    "trap:interviews": (
        "We interviewed {n} applicants last season, and, although that is more than in past years, the size of the class did not change.",
        "Each cycle we invite roughly {n} candidates to interview, whereas several thousand apply.",
        "Last year {n} interviews were held over eight virtual days, while in-person visits remained optional.",
        "Of the applicants we interviewed last year, some {n} in all, many had strong research backgrounds as well as clinical experience.",
        "Around {n} interview slots are offered each season, and, while that figure shifts, invitations go out on a rolling basis from October.",
    ),
    "trap:institution_size": (
        "Our sponsoring institution trains {n} residents and fellows across all its programs, and, while that gives us broad resources, each program keeps its own policies.",
        "Across the whole medical center, {n} trainees hold GME appointments, whereas this program is among the smallest.",
        "The hospital's GME office oversees {n} residents and fellows in more than twenty specialties, as well as the institution's visiting-student program.",
        "Although the university employs {n} house officers in all, the figures on this page concern our program alone.",
        "With {n} residents and fellows institution-wide, the GME community is large, yet our department works as a close team.",
    ),
    "trap:faculty": (
        "While many of our {n} faculty trained abroad, and several began as international graduates themselves, they now teach residents from every background.",
        "Our department has {n} core and affiliated faculty, whereas its residents number far fewer, which keeps teaching ratios favorable.",
        "Some {n} attending physicians teach in the program, as well as nurse practitioners and pharmacists who join rounds.",
        "Although {n} faculty contribute to teaching, each resident is paired with one advisor for the full length of training.",
    ),
    "trap:visa_general": (
        "For background, the J-1 is sponsored nationally by ECFMG and carries a two-year home-country requirement, while the H-1B is petitioned for by an employer; which applies to you depends on your own circumstances.",
        "Applicants sometimes ask whether a J-1 waiver position is guaranteed after training, and, although many physicians obtain one, that depends on federal and state programs rather than on us.",
        "Questions about visa status, including the difference between the J-1 and the H-1B, are best answered by ECFMG and by an immigration attorney, as the program cannot give legal advice.",
        "The rules governing exchange-visitor and temporary-worker visas change from time to time, and, while we follow them closely, the federal agencies that write them are the authority.",
    ),
}
# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visa sponsorship (J-1 / H-1B)", "Yes / No"),
    "visa:both": ("Visa sponsorship (J-1 / H-1B)", "Yes / Yes"),
    "visa:none": ("Visa sponsorship (J-1 / H-1B)", "No / No"),
    "img:yes": ("Graduates of international schools", "Eligible, screened as US graduates are"),
    "img:no": ("Graduates of international schools", "Ineligible, whatever their ECFMG status"),
    "ecfmg": ("ECFMG certificate to be issued", "{by}"),
    "usce:months": ("US clinical experience, minimum", "{n} months (observerships excluded)"),
    "usce:zero": ("US clinical experience, minimum", "Not required of anyone"),
    "usce:unstated": ("US clinical experience, minimum", "Required; length not set"),
    "step1:n": ("Lowest Step 1 score reviewed", "{n}"),
    "step1:none": ("Lowest Step 1 score reviewed", "No minimum; any pass"),
    "step2:n": ("Lowest Step 2 CK score reviewed", "{n}"),
    "step2:none": ("Lowest Step 2 CK score reviewed", "No minimum; any pass"),
    "step2:pct": ("Lowest Step 2 CK score reviewed", "{p}th percentile, national"),
    "comlex:n": ("Lowest COMLEX Level 2-CE score reviewed", "{n}"),
    "comlex:none": ("Lowest COMLEX Level 2-CE score reviewed", "No minimum; any pass"),
    "scores:both": ("USMLE floors, Step 1 and Step 2 CK respectively", "{a} and {b}"),
    "attempt:yes": ("Attempts allowed per USMLE Step", "One (first-attempt passes only)"),
    "attempt:step2": ("Attempts allowed per USMLE Step", "Step 2 CK, one (a first-attempt pass); other Steps, more than one"),
    "attempt:no": ("Attempts allowed per USMLE Step", "More than one considered"),
    "yog:n": ("Years since graduation, maximum", "{n}"),
    "yog:none": ("Years since graduation, maximum", "No maximum"),
    "positions:n": ("Categorical interns matched yearly", "{n}"),
    "positions:range": ("Categorical interns matched yearly", "{a} or {b}, varying by year"),
    "total": ("Residents, all years combined", "{n}"),
    "prelim": ("Preliminary PGY-1 positions per year", "{n}"),
    "trap:step2_average": ("Step 2 CK, matched residents' mean (not a floor)", "{n}"),
    "trap:step1_average": ("Step 1, matched residents' mean (not a floor)", "{n}"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Which visas, if any, does the program sponsor, and does that differ between the J-1 and the H-1B?",
    "img": "Are international medical graduates eligible, and, if so, on what terms?",
    "ecfmg": "If I trained abroad, by when must my ECFMG certification be complete?",
    "usce": "Is US clinical experience needed, and, if it is, how much?",
    "step1": "Is there a Step 1 score below which you will not review an application?",
    "step2": "Does Step 2 CK carry a floor, or is it read in context?",
    "comlex": "How are COMLEX scores treated for osteopathic applicants?",
    "scores": "What are the minimum USMLE scores, Step 1 and Step 2 CK alike?",
    "attempt": "If I failed a Step once, can I still be considered?",
    "yog": "Does it matter how long ago I finished medical school?",
    "positions": "How many residents do you match in a year?",
    "total": "How many residents, across all years, does the program have?",
    "research_track": "Is there a research track, and who may join it?",
    "prelim": "Besides categorical positions, do you offer preliminary ones?",
    "us_letters": "Must any of my letters come from physicians in the United States?",
    "trap": "What, beyond the rules, should applicants know about our recent classes and our setting?",
}
# fmt: on
