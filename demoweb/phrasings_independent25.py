"""A twenty-fifth blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-26 (about 15:41-15:50 UTC) by a blind helper session, from its own knowledge
of how real US residency program pages mix rules of different scope on one page. Its voice is
**scope**: only the rule that applies to this program's categorical residency is this program's
fact. Sentences set the program's own rule beside an institution-wide GME policy that differs
("the GME office sponsors H-1B visas for some programs; this residency does not"), beside other
tracks of the same page (preliminary positions, a research track, a combined program, each with
its own numbers), beside department-wide statements, sister programs, affiliated hospitals,
fellowships and other specialties of the same institution; they use "except", "unless", "with
the exception of", "in contrast to", "whereas", "unlike", and carve-outs that do not change the
program's rule (an exception for U.S. graduates, a separate research-track floor). The truth
holds only what a sentence commits to for this program's categorical residency: a floor of
another track, a GME-wide figure, a sister program's class size or a fellowship's visa policy
settles nothing, and preliminary positions and the research track are claims of their own. The
extra traps (``EXTRA_TRAPS``) state firm rules of the institution, other tracks, sister programs,
fellowships and other specialties, and settle nothing for this program. All of it is invented
demo data about no real program.

The author read only issue 11 as given in its brief (the fact contract: fact names and values,
"preferences are not requirements; averages of past applicants are not minimums"),
``demoweb/phrasings.py`` (the shape of a set and the dev/held-out wordings, to avoid reusing
them), ``demoweb/info.py`` (how a set is drawn and rendered, the fields templates get and the
truth values of ``demoweb.info._facts``), ``tests/test_demoweb_info.py`` (the structural checks a
blind set must pass), the ``class_sizes`` field of ``demoweb/specialties.py`` (a grep for it also
showed the definition lines of the first few specialties) and the first 70 lines of
``demoweb/phrasings_independent14.py`` (its docstring and the shape of its ECFMG_BY and
EXTRA_TRAPS). The author did NOT read, grep, import or run the extraction rules (``extract/``),
their tests (``tests/test_facts*.py``, ``tests/facts_families.py``), ``bench/`` or any benchmark
output, git log messages or diffs, any other blind set ``demoweb/phrasings_independent*.py``
beyond those 70 lines (nor the twenty-sixth, written at the same time by another helper); did
not run ``bench/facts.py`` or ``precedent facts``, and did not run the extractor on any of these
sentences: nothing here was tuned against the rules. It was checked only structurally, by an
ad-hoc script outside the repository (under ``/tmp/author25/``): it imports, has every claim of
the dev set with two to five distinct wordings, every template and row formats with the fields
``demoweb.info`` passes and uses only the fields the tests allow, no ECFMG deadline wording is
inside another, no wording is a dev or held-out one, the counts-only overlap check of
``tests/test_demoweb_info.py`` against the earlier blind sets (reached only through
``demoweb.info.BLIND``) is zero: it first flagged two table rows and one deadline wording of this
set, which were reworded, and the script named only this set's colliding items, never another
set's words. The value checks of ``tests/test_demoweb_info.py`` (its own helpers, run from the
script) hold on pages rendered from this set, by monkeypatching ``demoweb.info.phrasing_set`` in
that script so that half of the held-out programs of a 6000-program web (551 with pages) use it,
and every wording was also checked against its truth values for all deadline wordings and a range
of numbers.
"""

from __future__ import annotations

NAME = "independent25"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "before the program certifies its rank order list",
    "time of application": "at the moment the ERAS application is submitted",
    "start of residency": "before the categorical PGY-1 year begins",
    "interview": "by the applicant's interview date",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": (
        "ahead of the NRMP rank-list certification deadline",
        "by the date the rank order list is due",
    ),
    "time of application": (
        "as of the ERAS submission to this program",
        "by the time the application is filed",
    ),
    "start of residency": (
        "ahead of the July residency start",
        "by the first day of categorical training",
    ),
    "interview": (
        "before any interview for the categorical track is held",
        "ahead of the categorical interview day",
    ),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 6-12 for a sister program
# (``trap:other_program``), else 60-150 (counts of trainees, applications, verifications).
EXTRA_TRAPS = (
    ("trap:institution_policy", 0.3),
    ("trap:other_track", 0.25),
    ("trap:other_program", 0.25),
    ("trap:fellowship", 0.2),
    ("trap:other_specialty", 0.15),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "The institution's GME office sponsors H-1B visas for some of its programs, but this "
        "residency sponsors the J-1 visa only.",
        "Unlike our affiliated fellowships, which can offer H-1B sponsorship, the categorical "
        "program sponsors J-1 visas exclusively and does not sponsor H-1B visas.",
        "Although the hospital is an H-1B sponsor for other departments, our program limits "
        "visa sponsorship to the ECFMG J-1.",
        "Categorical residents are sponsored on the J-1 visa; the H-1B is not offered in this "
        "program, whatever other programs at the institution do.",
        "With the exception of J-1 sponsorship through ECFMG, this program offers no visa "
        "sponsorship, and H-1B requests are declined.",
    ),
    "visa:both": (
        "In contrast to several of the institution's smaller programs, which sponsor J-1 visas "
        "only, our categorical residency sponsors both J-1 and H-1B visas.",
        "This program sponsors H-1B visas as well as J-1 visas, even though the institution "
        "leaves H-1B sponsorship to each program's discretion.",
        "Whereas the preliminary positions are limited to the J-1, categorical residents may be "
        "sponsored on either an H-1B or a J-1 visa.",
        "Our program is one of the institution's residencies that sponsor both the J-1 and the "
        "H-1B visa.",
        "Categorical applicants can be sponsored for a J-1 or an H-1B visa; the GME office's "
        "list of J-1-only programs does not include ours.",
    ),
    "visa:none": (
        "Although the institution's GME office sponsors visas for other programs, our "
        "categorical residency does not sponsor any visa.",
        "Unlike the fellowships in our department, this program offers no visa sponsorship, "
        "J-1 or H-1B.",
        "The J-1 and H-1B sponsorship described on the GME website does not extend to this "
        "program, which sponsors no visas.",
        "Whatever the policy of our sister programs, this residency is unable to sponsor J-1 or "
        "H-1B visas.",
        "With no exception for any track, this program does not provide visa sponsorship of any "
        "kind.",
    ),
    "visa:j1_yes": (
        "As do all of the institution's residencies, our categorical program sponsors J-1 visas "
        "through ECFMG.",
        "Independently of the fellowship programs' policies, this residency sponsors J-1 visas "
        "for its categorical residents.",
        "J-1 sponsorship through ECFMG is available to categorical residents, not only to the "
        "department's fellows.",
        "The program itself, and not just the GME office at large, sponsors J-1 visas for its "
        "residents.",
        "Unlike the department's research fellowship, which cannot sponsor visas, the residency "
        "sponsors J-1 visas.",
    ),
    "visa:h1b_no": (
        "Although the institution's GME office sponsors H-1B visas for some programs, this "
        "residency does not.",
        "H-1B sponsorship, available in a few of the institution's fellowships, is not offered by "
        "the categorical program.",
        "Unlike our sister program at the community campus, we do not sponsor H-1B visas.",
        "The categorical residency does not sponsor the H-1B, whatever the GME policy page lists "
        "for other departments.",
        "Except at the fellowship level, the department does not sponsor H-1B visas, and that "
        "includes this residency.",
    ),
    "img:yes": (
        "Whereas some other programs at the institution consider U.S. graduates only, our "
        "categorical program accepts international medical graduates.",
        "International medical graduates are eligible for the categorical track, not only for "
        "our preliminary positions.",
        "Unlike the department's research fellowship, the residency welcomes applications from "
        "graduates of international medical schools.",
        "Graduates of medical schools outside the United States may apply to this program, "
        "whatever restrictions other departments set.",
        "The program considers IMGs on the same terms as U.S. graduates, in contrast to some "
        "sister programs in our health system.",
    ),
    "img:no": (
        "Although the institution's transitional-year program accepts international graduates, "
        "this residency considers only graduates of U.S. medical schools.",
        "Unlike our preliminary positions, the categorical program is not open to international "
        "medical graduates.",
        "International medical graduates are not eligible for this program, even though other "
        "residencies at the institution accept them.",
        "The categorical residency accepts graduates of LCME- or COCA-accredited schools only; "
        "the GME office's IMG guidance applies to other programs.",
        "Whereas the department's fellowships train many IMGs, the residency itself does not "
        "accept international medical graduates.",
    ),
    "ecfmg": (
        "For the categorical program, ECFMG certification must be complete {by}; the "
        "institution's preliminary positions follow their own timeline.",
        "Whatever timeline other programs at our institution use, this residency requires ECFMG "
        "certification {by}.",
        "International graduates applying to the categorical track must hold ECFMG "
        "certification {by}, with no exception for the research track.",
        "The GME office's general guidance aside, our program's rule is that ECFMG certification "
        "is needed {by}.",
        "Unlike the fellowship programs in our department, the residency requires ECFMG "
        "certification {by}.",
    ),
    "usce:months": (
        "Unlike the preliminary track, which waives it, the categorical program requires at "
        "least {n} months of hands-on U.S. clinical experience.",
        "Categorical applicants need {w} months or more of U.S. clinical experience; "
        "observerships at our affiliated hospitals do not count toward it.",
        "The institution asks all applicants for some U.S. clinical experience, and this program "
        "sets its own minimum at {n} months.",
        "Except for graduates of U.S. schools, to whom it does not apply, applicants must bring a "
        "minimum of {n} months of clinical experience in the United States.",
        "Whereas the research track accepts research experience in its place, categorical "
        "applicants must complete {n} months of U.S. clinical work.",
    ),
    "usce:zero": (
        "The institution's transitional-year program asks for U.S. clinical experience, but our "
        "categorical program does not require it.",
        "Unlike some other residencies at our institution, this program has no U.S. clinical "
        "experience requirement.",
        "U.S. clinical experience is not a condition of applying to the categorical track, "
        "whatever the preliminary positions ask.",
        "Our sister program requires U.S. clinical experience; this program does not.",
        "No U.S. clinical experience is required for this program, even though the GME office "
        "recommends it to every applicant.",
    ),
    "usce:unstated": (
        "Unlike the research track, the categorical program has a U.S. clinical experience "
        "requirement.",
        "U.S. clinical experience is mandatory for this residency, even though the "
        "institution's preliminary positions do not ask for it.",
        "Whatever other programs at the institution accept, our categorical applicants must have "
        "U.S. clinical experience.",
        "Hands-on clinical experience in the United States is a requirement of the categorical "
        "program, not just a preference of the department.",
        "Except for graduates of U.S. schools, who meet it through their clerkships, every "
        "applicant must have U.S. clinical experience.",
    ),
    "step1:n": (
        "The GME office sets no score floor of its own, but this program requires a USMLE Step 1 "
        "score of at least {n}.",
        "Categorical applicants need a Step 1 score of {n} or more; the research track applies "
        "its own, separate floor.",
        "Unlike our preliminary positions, which have no cutoff, the categorical program screens "
        "out Step 1 scores under {n}.",
        "Whereas our sister program accepts lower scores, this residency requires Step 1 at or "
        "above {n}.",
        "Our program's Step 1 minimum, which is higher than the institution-wide floor of 200, "
        "is {n}.",
    ),
    "step1:none": (
        "Unlike the research track, the categorical program has no Step 1 minimum.",
        "No Step 1 cutoff applies to categorical applicants, whatever score other programs at "
        "the institution expect.",
        "The institution-wide screening scores do not apply to this residency, which has no "
        "minimum Step 1 score.",
        "Our sister program screens by Step 1; this program does not set a Step 1 minimum.",
        "Apart from the research track, which has a floor of its own, the categorical program "
        "sets no minimum Step 1 score.",
    ),
    "step2:n": (
        "Categorical applicants must have a Step 2 CK score of {n} or higher, whereas the "
        "preliminary positions use the GME office's lower floor.",
        "Unlike our affiliated fellowship programs, the residency screens Step 2 CK scores, with "
        "a minimum of {n}.",
        "The institution sets no Step 2 CK cutoff; this program's own floor is {n}.",
        "Except for the combined program, which sets its own, every track here uses a Step 2 CK "
        "minimum of {n}.",
        "A Step 2 CK score below {n} rules out an application to the categorical track, even if "
        "it meets the research track's threshold.",
    ),
    "step2:none": (
        "Our categorical program has no Step 2 CK minimum, in contrast to the research track.",
        "The Step 2 CK floor on the GME website applies to other programs; this residency does "
        "not use one.",
        "Whereas our sister program screens by Step 2 CK, we set no minimum Step 2 CK score.",
        "No Step 2 CK cutoff is used for the categorical track, though preliminary applicants "
        "are screened.",
        "Unlike many programs at the institution, this one does not screen applications by "
        "Step 2 CK score.",
    ),
    "step2:pct": (
        "Categorical applicants must score at or above the {p}th percentile on Step 2 CK, "
        "whatever other programs here accept.",
        "Unlike the preliminary positions, the categorical program requires a Step 2 CK result "
        "at the {p}th percentile or higher.",
        "The program's Step 2 CK floor is the {p}th percentile nationally, stricter than the GME "
        "office's general guidance.",
        "Except for applicants to the research track, who are reviewed separately, a Step 2 CK "
        "score at or above the {p}th percentile is required.",
        "Whereas the fellowship programs look only for a passing Step 2 CK, the residency "
        "requires a score at the {p}th percentile or above.",
    ),
    "comlex:n": (
        "Osteopathic applicants to the categorical program need a COMLEX Level 2-CE score of {n} "
        "or higher, whatever other programs at our institution accept.",
        "Unlike the preliminary positions, which take any passing COMLEX, the categorical track "
        "requires a COMLEX Level 2-CE of at least {n}.",
        "The institution leaves COMLEX floors to each program; ours is {n} on Level 2-CE.",
        "DO applicants to this residency must score {n} or above on COMLEX Level 2-CE, even when "
        "they also apply to the research track.",
        "Our COMLEX Level 2-CE minimum of {n} applies to the categorical program.",
    ),
    "comlex:none": (
        "Whereas some other programs at the institution screen COMLEX scores, we apply no "
        "minimum COMLEX score.",
        "The categorical program has no COMLEX cutoff, unlike our sister program.",
        "COMLEX scores are accepted with no minimum for this residency, whatever floor the GME "
        "office lists for other departments.",
        "No COMLEX Level 2-CE floor applies to categorical applicants; the research track sets "
        "its own.",
        "Except for the combined program, which has its own rules, the residency does not set a "
        "COMLEX minimum.",
    ),
    "scores:both": (
        "For the categorical program, the score floors are {a} on Step 1 and {b} on Step 2 CK; "
        "the preliminary positions set their own.",
        "Unlike the research track, categorical applicants are screened at Step 1 {a} and Step 2 "
        "CK {b}.",
        "The institution's GME office sets no score floors, but this residency requires at least "
        "{a} on Step 1 and {b} on Step 2 CK.",
        "Whereas our sister program uses Step 2 CK alone, we require Step 1 of {a} or more and "
        "Step 2 CK of {b} or more.",
        "Categorical minimums: USMLE Step 1 {a}, USMLE Step 2 CK {b}; fellowship applicants "
        "should see their own programs' pages.",
    ),
    "attempt:yes": (
        "Unlike the institution's transitional-year program, which will consider a repeated Step, "
        "our categorical program requires first-attempt passes on all USMLE exams.",
        "Every USMLE Step must have been passed on the first attempt for the categorical track, "
        "with no exception for applicants to the research track.",
        "The GME office leaves attempt policy to each program, and this one accepts only "
        "first-attempt passes on every Step.",
        "Whereas our sister program reviews applicants with a failed attempt, this program "
        "requires that all Steps be passed on the first try.",
        "Applicants with any failed USMLE attempt are not eligible for the categorical program, "
        "whatever other programs here allow.",
    ),
    "attempt:step2": (
        "Only Step 2 CK must be passed on the first attempt for our categorical program; a "
        "repeated Step 1 is reviewed like any other application.",
        "Unlike the research track, which requires first-attempt passes on every Step, the "
        "categorical program requires a first-attempt pass on Step 2 CK only.",
        "Whereas the institution's policy is silent on attempts, this program requires Step 2 CK "
        "to be passed in a single attempt; Step 1 attempts are not counted.",
        "The first-attempt rule of this residency applies to Step 2 CK alone.",
        "A Step 2 CK pass on the first attempt is required of categorical applicants, though "
        "other exams may have been repeated.",
    ),
    "attempt:no": (
        "More than one attempt does not exclude an applicant from our categorical program, "
        "though some other programs at the institution require first-attempt passes.",
        "Unlike the research track, the categorical program considers applicants who needed a "
        "second attempt on a USMLE Step.",
        "The first-attempt rule on the GME website applies to other programs; this residency "
        "reviews applicants with repeated attempts.",
        "Whereas our sister program requires first-attempt passes, we consider applicants with a "
        "failed attempt on their record.",
        "A repeated Step is no bar to the categorical track, whatever the preliminary positions "
        "require.",
    ),
    "yog:n": (
        "Except for applicants to the research track, who may be up to ten years out, "
        "categorical applicants must have graduated within the past {n} years.",
        "Whereas the institution sets no graduation limit, this program considers only "
        "applicants within {w} years of graduating from medical school.",
        "Our categorical program accepts graduates of no more than {n} years ago, a shorter "
        "window than our preliminary positions allow.",
        "Unlike our sister program, we require that medical school graduation be within {n} "
        "years of the start of residency.",
        "Applicants more than {w} years past graduation are not eligible for this residency, "
        "whatever other programs at the institution allow.",
    ),
    "yog:none": (
        "Our program sets no graduation-year limit, whereas the institution's preliminary "
        "positions are open only to recent graduates.",
        "Unlike our sister program, the categorical residency has no limit on how long ago an "
        "applicant graduated.",
        "Applicants are considered regardless of graduation year for the categorical track, even "
        "though the research track prefers recent graduates.",
        "The graduation window on the GME website does not apply to this program, which has no "
        "graduation-year cutoff of its own.",
        "With no exception for any track, this residency does not limit eligibility by year of "
        "graduation.",
    ),
    "positions:n": (
        "We offer {n} categorical positions each year, separate from our preliminary positions.",
        "The categorical program matches {n} {noun} each year; preliminary interns are matched "
        "separately.",
        "Of the institution's many PGY-1 positions, {n} each year belong to this categorical "
        "program.",
        "Unlike our sister program's larger class, our categorical class is {w} {noun} a year.",
        "The institution's other residencies aside, this program fills {n} categorical positions "
        "in the Match each year.",
    ),
    "positions:range": (
        "Our categorical class numbers {a} to {b} residents a year, not counting preliminary "
        "interns.",
        "Between {a} and {b} categorical positions are filled each year; the department's "
        "fellowships recruit separately.",
        "The program matches {a}-{b} categorical residents a year, whereas the institution as a "
        "whole takes several hundred interns.",
        "Unlike our sister program's fixed class, ours varies from {a} to {b} categorical "
        "residents a year.",
        "Each year {a} or {b} residents start in the categorical program, in addition to any "
        "preliminary interns.",
    ),
    "home:positions": (
        "Each July our categorical program welcomes {n} new {noun}.",
        "The categorical program takes {n} new {noun} a year, alongside the institution's "
        "preliminary interns.",
        "Apart from the preliminary year, we train {n} {noun} per class.",
        "Our categorical class: {n} {noun} each year, not counting other tracks.",
        "Unlike the larger programs on our campus, we match only {n} categorical {noun} each "
        "year.",
    ),
    "total": (
        "Counting every PGY level of the categorical program, but not fellows, we have {n} "
        "residents.",
        "The residency has {n} residents across all years; the department's fellows are counted "
        "separately.",
        "Our categorical program totals {n} residents, whereas the department as a whole trains "
        "many more trainees.",
        "Excluding preliminary interns, the program has {n} residents in all.",
        "Unlike the institution's GME head count, which covers every program, our figure of {n} "
        "residents covers this residency alone.",
    ),
    "research_track": (
        "Alongside the categorical program, we offer a research track with its own application.",
        "A separate research track, distinct from the categorical track, is available in our "
        "program.",
        "Unlike our sister program, we offer a research track with dedicated research years.",
        "In addition to the categorical track, the program runs a research pathway of its own.",
        "The residency offers a research track, apart from the department's research "
        "fellowships.",
    ),
    "prelim": (
        "Separately from the categorical class, the program offers {n} preliminary positions "
        "each year.",
        "The number of preliminary positions, matched apart from the categorical track, is {n} "
        "a year.",
        "The preliminary year is a separate match, with a yearly quota of {n}.",
        "Unlike the categorical positions, the program's preliminary positions ({n} per year) "
        "carry no guarantee of a PGY-2 spot.",
        "Preliminary positions are counted apart from the categorical class; the program offers "
        "{n} of them each year.",
    ),
    "us_letters": (
        "Whatever other programs at the institution ask, two of our letters of recommendation "
        "must come from physicians practicing in the United States.",
        "Unlike the preliminary positions, the categorical program requires at least two letters "
        "from U.S. physicians.",
        "The GME office has no letter rules of its own, but this residency requires two letters "
        "written by U.S. physicians.",
        "Our sister program accepts letters from anywhere; we require at least two from "
        "physicians in the United States.",
        "Except for applicants who trained entirely in the United States, whose letters already "
        "qualify, two letters must be from U.S. physicians.",
    ),
    "trap:usce_pref": (
        "The GME office recommends U.S. clinical experience for applicants to all its programs.",
        "Our faculty view U.S. clinical experience favorably, as do most programs in the "
        "department.",
        "Like our sister program, we value hands-on U.S. clinical experience in an application.",
        "Applicants to the research track are encouraged to have some U.S. clinical experience.",
        "U.S. clinical experience strengthens an application to any of the department's "
        "programs.",
    ),
    "trap:ecfmg_pref": (
        "The GME office encourages all international applicants to finish ECFMG certification "
        "early.",
        "Like the institution's other residencies, we appreciate applicants who are already "
        "ECFMG certified.",
        "Early ECFMG certification is an advantage in any of the department's programs.",
        "Applicants to the research track are advised to become ECFMG certified as early as "
        "they can.",
        "Early ECFMG certification is preferred both here and at our sister program.",
    ),
    "trap:yog_pref": (
        "Across the institution, programs tend to favor recent graduates.",
        "Our sister program prefers applicants within a few years of graduation.",
        "Recent graduation is viewed favorably by the selection committee, though it is one "
        "factor among many.",
        "The GME office advises that recent graduates are generally more competitive.",
        "Like the department's fellowships, the residency gives some preference to recent "
        "graduates.",
    ),
    "trap:step2_average": (
        "Across the whole department, matched residents averaged {n} on Step 2 CK.",
        "The institution's residents as a group have a mean Step 2 CK score of {n}.",
        "Last cycle, applicants interviewed for the categorical track averaged a Step 2 CK of "
        "{n}.",
        "Our sister program reports an average Step 2 CK of {n} among its residents.",
        "The average Step 2 CK score of residents in all of our tracks is {n}.",
    ),
    "trap:step1_average": (
        "Residents across our institution's programs had a median Step 1 score of {n}.",
        "The research track's most recent class averaged {n} on Step 1.",
        "Categorical residents who matched here in past years had Step 1 scores averaging {n}.",
        "Our sister program's matched applicants averaged {n} on USMLE Step 1.",
        "The department-wide mean Step 1 score for incoming residents was {n}.",
    ),
    "trap:letters_pref": (
        "The GME office suggests that international applicants include letters from U.S. "
        "physicians.",
        "Letters from physicians who supervised an applicant in the United States carry weight "
        "with every program in the department.",
        "Like other programs at the institution, we value letters written by U.S. faculty.",
        "Applicants to the research track often include a letter from a U.S. research mentor.",
        "A letter from a U.S. physician is welcome in any application to the department.",
    ),
    "trap:institution_policy": (
        "The institution's GME office sponsors H-1B visas for some of its programs; each program "
        "decides whether it does.",
        "The institution as a whole sponsors visas for about {n} trainees across all its "
        "programs.",
        "Institution-wide, GME policy lets each residency set its own score floors, graduation "
        "limits and attempt rules.",
        "The hospital's GME office processes roughly {n} ECFMG verifications a year for programs "
        "across the institution.",
        "The visa and eligibility summaries on the GME website describe the institution's "
        "programs in general, not this one.",
    ),
    "trap:other_track": (
        "Applicants to the research track are screened at a Step 2 CK score of 250 and must have "
        "a first-author publication.",
        "The combined medicine-pediatrics program sponsors H-1B visas and sets its own score "
        "requirements.",
        "Preliminary positions require four months of U.S. clinical experience and are limited "
        "to graduates of the last two years.",
        "Research-track residents are accepted up to ten years after graduation.",
        "The preliminary year received about {n} applications last cycle.",
    ),
    "trap:other_program": (
        "Our sister program at the community campus matches {n} residents a year and sponsors "
        "H-1B visas.",
        "The affiliated hospital's residency in the same specialty requires a Step 1 score of "
        "235 and accepts {n} residents each year.",
        "A sister program in our health system has no graduation-year limit and {n} positions a "
        "year.",
        "The institution's transitional-year program, with {n} positions, does not accept "
        "international medical graduates.",
        "Across town, our partner program takes {n} interns a year and requires six months of "
        "U.S. clinical experience.",
    ),
    "trap:fellowship": (
        "The department's fellowships sponsor H-1B visas and require ECFMG certification before "
        "appointment.",
        "Our fellowship programs received {n} applications last year.",
        "Fellowship applicants must have completed residency within the last five years.",
        "The department's fellowships accept international graduates who hold an unrestricted "
        "U.S. license.",
        "Fellows in the department, {n} in all, are appointed through a separate process.",
    ),
    "trap:other_specialty": (
        "Other specialties at the institution, such as the transitional-year program, set their "
        "own visa and score policies.",
        "Several other specialties at the institution require first-attempt passes on every "
        "Step.",
        "Applicants interested in other specialties here should know that some of them accept "
        "no IMGs.",
        "Other residencies at our institution interviewed about {n} applicants each last cycle.",
        "One of the institution's other specialties sponsors J-1 visas only; its own page gives "
        "the details.",
    ),
}
# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visa sponsorship, categorical residency", "J-1 only; no H-1B"),
    "visa:both": ("Visa sponsorship, categorical residency", "J-1 and H-1B both sponsored"),
    "visa:none": ("Visa sponsorship, categorical residency", "No visa sponsorship"),
    "visa:j1_yes": ("Visa sponsorship, categorical residency", "J-1 sponsored"),
    "visa:h1b_no": ("Visa sponsorship, categorical residency", "H-1B not sponsored"),
    "img:yes": ("International graduates (categorical track)", "Eligible"),
    "img:no": ("International graduates (categorical track)", "Not eligible for this program"),
    "ecfmg": ("ECFMG certification (categorical applicants)", "Complete {by}"),
    "usce:months": ("U.S. clinical experience, categorical track", "{n} months minimum"),
    "usce:zero": ("U.S. clinical experience, categorical track", "Not required"),
    "usce:unstated": ("U.S. clinical experience, categorical track",
                      "Required; length not specified"),
    "step1:n": ("Step 1 floor, categorical track", "{n}"),
    "step1:none": ("Step 1 floor, categorical track", "No floor"),
    "step2:n": ("Step 2 CK floor, categorical track", "{n}"),
    "step2:none": ("Step 2 CK floor, categorical track", "No floor"),
    "step2:pct": ("Step 2 CK floor, categorical track", "{p}th percentile or higher"),
    "comlex:n": ("COMLEX Level 2-CE floor, categorical track", "{n}"),
    "comlex:none": ("COMLEX Level 2-CE floor, categorical track", "No floor"),
    "scores:both": ("Score floors, categorical track", "Step 1 {a} / Step 2 CK {b}"),
    "attempt:yes": ("First-attempt passes, categorical track", "Required on every Step"),
    "attempt:step2": ("First-attempt passes, categorical track", "Step 2 CK only"),
    "attempt:no": ("First-attempt passes, categorical track", "Not required"),
    "yog:n": ("Graduation window, categorical track", "{n} years or fewer since graduation"),
    "yog:none": ("Graduation window, categorical track", "No limit for this program"),
    "positions:n": ("Categorical PGY-1 positions, this program", "{n} a year"),
    "positions:range": ("Categorical PGY-1 positions, this program", "{a} to {b} a year"),
    "total": ("Residents in the categorical program, all years", "{n}"),
    "prelim": ("Preliminary positions (separate from categorical)", "{n} per year"),
    "trap:step2_average": ("Department-wide Step 2 CK average, all programs", "{n}"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Does the visa policy on the GME website apply to this program?",
    "img": "Are international graduates eligible for the categorical program?",
    "ecfmg": "When do categorical applicants need ECFMG certification?",
    "usce": "Does the categorical track require U.S. clinical experience?",
    "step1": "Does the categorical program have its own Step 1 floor?",
    "step2": "Is the Step 2 CK floor the same for every track?",
    "comlex": "How are COMLEX scores handled for the categorical track?",
    "scores": "Do score floors differ between tracks?",
    "attempt": "Does the first-attempt rule apply to every track?",
    "yog": "Does this program's graduation window differ from the institution's?",
    "positions": "How many categorical positions are there, apart from other tracks?",
    "total": "How many residents does the categorical program have across all years?",
    "research_track": "Is there a research track alongside the categorical program?",
    "prelim": "Are preliminary positions offered in addition to categorical ones?",
    "us_letters": "Do the letter rules for this program differ from the institution's?",
    "trap": "How do other programs at the institution compare?",
}
# fmt: on
