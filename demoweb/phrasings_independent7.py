"""A seventh blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-25 (about 21:10 UTC) by a blind helper session, from its own knowledge
of how real US residency program websites ("Eligibility", "How to Apply", "FAQ" and "Application
Process" pages of neurosurgery, internal medicine, pediatrics, dermatology, family medicine,
surgery and other programs) word their eligibility and application facts: visa sponsorship, IMG
eligibility, the ECFMG deadline, US clinical experience, score floors, attempt limits,
graduation-year limits, class size, research and preliminary positions, and letters from US
physicians, with negations, exclusive wording, passive voice, number words, table rows and FAQ
questions of their own. The author read only ``demoweb/phrasings.py`` (the shape of a set and
the dev/held-out wordings, to avoid reusing them), ``demoweb/info.py`` (how a set is drawn and
rendered, what it reads from a blind set, and the truth values of ``demoweb.info._facts``),
issue 11 (the fact contract), the SPLITS/CLI part of ``bench/facts.py``,
``tests/test_demoweb_info.py`` (the structural checks a blind set must pass, without printing any
other set's words) and the 30-line docstring of ``demoweb/phrasings_independent6.py`` (for its
provenance style). The author did NOT read, grep or run the extraction rules (``extract/``),
their tests (``tests/test_facts*.py``), any benchmark output (``bench/results/``), or the earlier
blind sets ``demoweb/phrasings_independent*.py`` beyond that docstring, did not run
``bench/facts.py`` or ``precedent facts``, and did not run the extractor on any of these
sentences: nothing here was tuned against the rules.

The lead then wired it into ``demoweb/info.py`` and removed, by a script that compared strings and
without reading the rules, every wording an earlier set already had (no longer blind: the rules
had been tuned on the earlier sets): 9 templates and 7 table rows; the main wording of one ECFMG
deadline was one of them, and one of its other wordings took its place.

Every sentence states its claim's value plainly to a human reader and states nothing else; traps
settle nothing about the program's own policy (preferences, encouragement, averages and medians
of past applicants or residents, interview and application counts, visiting-student counts,
another program's numbers). Fields as in :mod:`demoweb.phrasings`: ``{n}``, ``{w}``/``{W}``,
``{a}``/``{b}``, ``{p}``, ``{by}``, ``{noun}``; the extra traps get ``{n}`` only. All programs,
people and numbers on these pages are fictional.
"""

from __future__ import annotations

NAME = "independent7"

# ECFMG deadline: canonical value → this set's main words, then its other words. No wording is
# inside another, so a sentence names one deadline only.
ECFMG_BY: dict[str, str] = {
    "rank order list deadline": "prior to the NRMP rank order list certification deadline",
    "time of application": "at the point you submit your ERAS application",
    "start of residency": "before the first day of PGY-1 orientation",
    "interview": "prior to your scheduled interview day",
}
ECFMG_BY_ALSO: dict[str, tuple[str, ...]] = {
    "rank order list deadline": (
        "no later than the date our rank list is due to the NRMP",
        "before we certify our Match rank list in February",
    ),
    "time of application": (
        "as a condition of submitting an application",
        "on the day your ERAS materials reach us",
    ),
    "start of residency": (
        "ahead of the residency start date",
        "before starting clinical duties as an intern",
    ),
    "interview": ("in order to be invited for an interview",),
}

# Extra traps only this set has: (claim, share of its programs). ``trap:other_program`` gets a
# class size of 6-12, the others a count of 60-150.
EXTRA_TRAPS: tuple[tuple[str, float], ...] = (
    ("trap:interviews", 0.3),
    ("trap:applications", 0.25),
    ("trap:other_program", 0.2),
    ("trap:visiting_students", 0.2),
)

# Data tables: one claim per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "Residents who need a visa are sponsored exclusively through the ECFMG-administered J-1 Exchange Visitor program.",
        "The health system will sponsor a J-1 clinical visa but will not file H-1B petitions for residents.",
        "Non-citizen applicants must be eligible for a J-1 visa, the sole visa category this residency supports.",
        "Our GME office does not pursue H-1B status for house staff; foreign nationals train here on ECFMG-sponsored J-1 visas.",
        "Apart from the J-1 physician visa, no other visa type can be sponsored by the department.",
    ),
    "visa:both": (
        "Eligible foreign nationals may train here on either an H-1B temporary worker visa or an ECFMG-sponsored J-1.",
        "The department files H-1B petitions and also supports J-1 sponsorship through ECFMG.",
        "Both visa pathways, J-1 and H-1B, are open to residents who match with us.",
        "Matched international applicants can be supported on a J-1 or, once they have passed Step 3, on an H-1B visa.",
        "Our Graduate Medical Education office will sponsor an H-1B or a J-1 for incoming interns.",
    ),
    "visa:none": (
        "Candidates must be authorized to work in the U.S. without visa sponsorship, which this program does not provide.",
        "Neither J-1 nor H-1B sponsorship is available at this institution.",
        "The residency cannot act as a visa sponsor, so applicants must be U.S. citizens, permanent residents, or hold an EAD.",
        "We regret that we do not sponsor J-1 or H-1B visas for residents.",
        "No J-1 or H-1B visa is sponsored by the department for any training position.",
    ),
    "visa:j1_yes": (
        "The program accepts residents on J-1 visas sponsored by ECFMG.",
        "J-1 visa holders sponsored through ECFMG are eligible for appointment.",
        "Our hospital will sponsor a J-1 Exchange Visitor visa for matched applicants who need one.",
        "Sponsorship for the J-1 physician visa is provided to matched international residents.",
        "International applicants who match with us can train on a J-1 visa, which the institution sponsors.",
    ),
    "visa:h1b_no": (
        "The institution does not file H-1B petitions for residents.",
        "Applicants who would require an H-1B visa cannot be accommodated, as we do not sponsor it.",
        "H-1B visa sponsorship is not something our department is able to offer.",
        "Please note that H-1B visas are not sponsored for any position in this residency.",
        "We will not sponsor H-1B temporary worker status for incoming trainees.",
    ),
    "img:yes": (
        "Graduates of medical schools outside the United States and Canada are eligible for our categorical positions.",
        "We welcome applications from international medical graduates, who are reviewed alongside U.S. graduates.",
        "IMGs are eligible to apply to all of our positions.",
        "Foreign medical graduates are considered for interview on the same basis as U.S. graduates.",
        "Both U.S. and international medical school graduates are eligible for the residency.",
    ),
    "img:no": (
        "We are not able to accept applications from graduates of foreign medical schools.",
        "Eligibility is restricted to graduates of MD and DO schools in the United States.",
        "International medical graduates are ineligible for our residency positions.",
        "Our program considers only applicants who graduated from a U.S. or Canadian medical school.",
        "IMGs, including U.S. citizens who attended medical school abroad, are not eligible to apply.",
    ),
    "ecfmg": ("A full ECFMG certificate is required of all IMG applicants {by}.", "Foreign medical graduates will need to be certified by ECFMG {by}.", "All IMGs must have completed ECFMG certification {by}.", "Applicants from international schools are required to present a standard ECFMG certificate {by}.", ),
    "usce:months": (
        "Applicants must have completed {n} or more months of clinical experience in U.S. hospitals, such as sub-internships or externships.",
        "IMG candidates must document at least {w} months of hands-on patient care in a U.S. clinical setting.",
        "Hands-on U.S. clinical experience of no less than {n} months is mandatory for international graduates.",
        "Every applicant needs {n} months of direct patient-care experience within the U.S. health care system.",
        "A {n}-month minimum of U.S. clinical experience (externship, sub-internship, or clinical elective) is required to apply.",
    ),
    "usce:zero": (
        "Applicants are not required to have any clinical experience in the United States.",
        "There is no U.S. clinical experience requirement for this program.",
        "Prior hands-on clinical work in U.S. hospitals is not a prerequisite for applying.",
        "We do not require U.S. clinical rotations, externships, or observerships.",
        "Candidates with no U.S. clinical experience are fully eligible to apply.",
    ),
    "usce:unstated": (
        "Some hands-on clinical experience in the United States is required of every IMG applicant.",
        "Candidates must have completed clinical rotations in a U.S. hospital before applying.",
        "Hands-on U.S. clinical experience is a requirement for international graduates; observerships alone do not suffice.",
        "Prior patient-care experience within the U.S. health care system is mandatory.",
        "All applicants must have U.S.-based clinical experience, for example an externship or sub-internship.",
    ),
    "step1:n": (
        "We only review applicants whose USMLE Step 1 score is {n} or above.",
        "A Step 1 score under {n} will not meet our minimum.",
        "USMLE Step 1 minimum: {n}.",
        "Candidates must have scored at least {n} on USMLE Step 1 if they took it before it became pass/fail.",
        "Applications with a Step 1 score lower than {n} are not reviewed by the selection committee.",
    ),
    "step1:none": ("We have not set a minimum USMLE Step 1 score.", "No Step 1 score threshold is applied when screening applications.", "There is no required cutoff for USMLE Step 1.", "Step 1 is reviewed in context, and no minimum score is required.", ),
    "step2:n": (
        "Applicants must have a USMLE Step 2 CK score of {n} or higher.",
        "We do not offer interviews to candidates scoring below {n} on Step 2 CK.",
        "A minimum Step 2 Clinical Knowledge score of {n} is required for consideration.",
        "The program's Step 2 CK floor is {n}.",
        "Only applicants who have passed Step 2 CK with a score of at least {n} will be reviewed.",
    ),
    "step2:none": (
        "We do not apply a minimum USMLE Step 2 CK score.",
        "There is no Step 2 CK score requirement beyond a passing result.",
        "Applications are reviewed regardless of Step 2 CK score.",
        "No minimum score on USMLE Step 2 CK is required.",
        "The committee does not screen out applicants on the basis of their Step 2 CK score.",
    ),
    "step2:pct": ("We require a Step 2 CK result no lower than the {p}th percentile of U.S. examinees.", "Step 2 CK scores below the {p}th percentile do not meet our minimum.", "Our Step 2 CK minimum is set at the {p}th percentile nationally.", "Candidates need a Step 2 CK score in the {p}th percentile or higher.", ),
    "comlex:n": (
        "Osteopathic candidates must present a COMLEX-USA Level 2-CE score of at least {n}.",
        "DO graduates need {n} or better on COMLEX-USA Level 2-CE.",
        "COMLEX Level 2-CE scores below {n} are not considered.",
        "We require osteopathic applicants to have scored {n} or more on COMLEX Level 2-CE.",
        "The program's COMLEX-USA Level 2-CE threshold is {n}.",
    ),
    "comlex:none": (
        "We do not set a minimum COMLEX-USA score for DO applicants.",
        "Osteopathic applicants are considered regardless of COMLEX score.",
        "No minimum COMLEX-USA Level 2-CE score is required.",
        "COMLEX results are reviewed holistically, with no minimum score.",
        "The program has not established a COMLEX score threshold.",
    ),
    "scores:both": (
        "Applicants must have at least {a} on Step 1 and {b} on Step 2 CK.",
        "Our minimum USMLE scores are {a} (Step 1) and {b} (Step 2 CK).",
        "We screen out applicants scoring below {a} on Step 1 or below {b} on Step 2 CK.",
        "Candidates need USMLE scores of {a} or higher on Step 1 and {b} or higher on Step 2 CK.",
        "The program's USMLE floors are Step 1: {a} and Step 2 CK: {b}.",
    ),
    "attempt:yes": (
        "Every USMLE or COMLEX examination must have been passed on the first attempt.",
        "Applicants with a failed attempt on any step of the USMLE are not eligible.",
        "We consider only candidates who passed each licensing examination the first time they sat for it.",
        "A first-time pass on all USMLE steps is required.",
        "Any exam failure, whether on Step 1, Step 2 CK, or COMLEX, makes an applicant ineligible.",
    ),
    "attempt:step2": (
        "Step 2 CK must be passed in a single attempt, while a prior Step 1 failure is reviewed case by case.",
        "We require a first-attempt pass on USMLE Step 2 CK only.",
        "Applicants must have passed Step 2 CK at their first sitting.",
        "Our first-attempt requirement applies to Step 2 CK alone.",
        "Applicants who did not pass Step 2 CK on the first attempt will not be considered.",
    ),
    "attempt:no": ("Applicants who needed more than one attempt on a USMLE step remain eligible to apply.", "A previous exam failure will not by itself exclude you from consideration.", "Candidates with multiple attempts on board examinations are reviewed like any other applicant.", "Passing on a second attempt is acceptable for any step of the USMLE.", ),
    "yog:n": (
        "Applicants must have graduated from medical school no more than {n} years before the start of residency.",
        "We consider graduates from the past {w} years only.",
        "Candidates more than {n} years out of medical school are not eligible.",
        "Your medical school graduation must fall within {n} years of the July 1 start date.",
        "Medical school graduation must be {n} years or less prior to the application.",
    ),
    "yog:none": ("We have no restriction on how long ago an applicant graduated.", "Applicants are considered regardless of their year of medical school graduation.", "Graduates of any year are eligible, with no graduation cutoff.", "The date of medical school graduation does not limit eligibility.", ),
    "positions:n": (
        "The number of categorical positions we fill each year is {n}.",
        "We recruit {n} {noun} into each incoming class.",
        "Our program matches {w} categorical {noun} annually.",
        "Positions available each year through the NRMP Match: {n}.",
        "The program is approved for {n} {noun} per year at each PGY level.",
    ),
    "positions:range": (
        "We usually fill {a} or {b} categorical positions each year.",
        "The incoming class is {a} to {b} residents, depending on funding.",
        "Each year the program matches between {a} and {b} interns.",
        "Annual intake: {a}\u2013{b} residents.",
        "Depending on the year, {a} or {b} applicants are matched into our categorical track.",
    ),
    "home:positions": ("Our program welcomes {n} new {noun} each summer.", "{W} categorical {noun} start with us each year.", "We select {n} {noun} per year for our small, close-knit program.", "With {n} {noun} matched each year, every trainee gets close mentorship.", ),
    "total": (
        "Across all PGY levels, the program has {n} residents.",
        "The residency has a total complement of {n} trainees.",
        "Currently {n} residents are training in the program across all classes.",
        "Total number of residents: {n}.",
        "Our full house staff numbers {n} residents.",
    ),
    "research_track": (
        "Residents may apply to our research pathway, which provides protected research time.",
        "The program has a physician-scientist track for residents pursuing academic careers.",
        "A dedicated research pathway is offered alongside the clinical curriculum.",
        "Interested applicants may apply to our research track through a separate ERAS program code.",
        "The department offers an investigator track with two years of protected research.",
    ),
    "prelim": (
        "Preliminary positions offered each year: {n}.",
        "The number of preliminary PGY-1 positions we offer is {n}.",
        "The preliminary track accepts {n} {noun} per year.",
        "In addition to the categorical class, we match {n} preliminary {noun} each year.",
        "Each year our preliminary program trains {n} {noun}.",
    ),
    "us_letters": (
        "At least one of your three letters must be written by a physician who practices in the U.S.",
        "Two of the three required letters must come from physicians who supervised you in U.S. clinical settings.",
        "We require at least one letter from a U.S. attending physician.",
        "Applications lacking a letter from a physician in the United States will not be considered complete.",
        "A minimum of two LORs written by U.S.-licensed physicians is required.",
    ),
    "trap:usce_pref": (
        "Hands-on experience in a U.S. hospital makes an application more competitive.",
        "We strongly encourage international applicants to complete a U.S. clinical rotation before applying.",
        "Applicants who have completed U.S. externships tend to do well in our selection process.",
        "Clinical experience in the United States is highly desirable.",
        "We look favorably on applicants who have worked in U.S. clinical settings.",
    ),
    "trap:ecfmg_pref": ("Applicants who already hold ECFMG certification are given preference.", "It is advantageous to have ECFMG certification in hand when interviews begin.", "Priority consideration goes to candidates whose ECFMG certification is already complete.", ),
    "trap:yog_pref": (
        "Applicants who graduated recently are given priority.",
        "Preference is given to applicants within three years of graduation.",
        "Recent graduation is considered an advantage.",
        "Ideally, applicants will have graduated within the past five years.",
        "Candidates with a recent graduation date tend to be more competitive.",
    ),
    "trap:step2_average": ("Matched residents in recent years have scored around {n} on Step 2 CK on average.", "Last cycle, the mean Step 2 CK among interviewed applicants was {n}.", "The typical Step 2 CK score of our incoming residents is about {n}.", "Successful applicants to our program have averaged {n} on USMLE Step 2 CK.", ),
    "trap:step1_average": (
        "The average Step 1 score of our current PGY-1 class is {n}.",
        "Residents in our program scored a median of {n} on Step 1.",
        "Interviewed applicants last season averaged {n} on USMLE Step 1.",
        "The mean USMLE Step 1 score among our matched applicants was {n}.",
        "Historically, our residents' Step 1 scores have averaged about {n}.",
    ),
    "trap:letters_pref": (
        "Letters from physicians who have supervised you in the U.S. carry the most weight.",
        "We encourage applicants to include at least one letter from a U.S. physician.",
        "Recommendations from U.S. faculty are valued highly by our committee.",
        "Ideally, one of your letters will come from a physician practicing in the United States.",
        "Applicants are advised to obtain letters from U.S. physicians when possible.",
    ),
    # Extra traps: interview and application counts, another program's size, visiting students.
    "trap:interviews": (
        "We interview approximately {n} applicants each recruitment season.",
        "About {n} candidates are invited to interview with us every year.",
        "Last year the selection committee conducted {n} interviews.",
        "Interview invitations go to roughly {n} applicants per cycle.",
        "We typically host {n} interviewees over the course of the season.",
    ),
    "trap:applications": (
        "Last season we received more than {n} applications for each of our positions.",
        "On average, {n} applications arrive for every categorical spot.",
        "The program reviews roughly {n} ERAS applications per available position.",
        "Competition is high, with about {n} applicants per position last year.",
        "We received over {n} applications per opening in the most recent Match.",
    ),
    "trap:other_program": (
        "Our sister program at the community campus takes {n} residents per year.",
        "The transitional year program at our partner hospital offers {n} positions annually.",
        "The neighboring family medicine residency fills {n} positions each year through the Match.",
        "For comparison, the largest program in our region accepts {n} residents per class.",
        "Our fellowship, a separate program, accepts {n} fellows each year.",
    ),
    "trap:visiting_students": (
        "Our department hosts about {n} visiting medical students on away rotations each year.",
        "Roughly {n} international students rotate with us annually on clinical electives.",
        "Each year about {n} visiting students complete sub-internships in our department.",
        "Our visiting student program welcomed {n} senior medical students last year.",
        "Students from about {n} medical schools apply for our away electives each year.",
    ),
}
# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visa types supported", "J-1 exclusively"),
    "visa:both": ("Visa types supported", "H-1B or J-1"),
    "visa:none": ("Visa types supported", "None (no sponsorship)"),

    "img:yes": ("International graduates (IMGs)", "Eligible"),
    "img:no": ("International graduates (IMGs)", "Ineligible"),
    "ecfmg": ("ECFMG certificate", "Required {by}"),
    "usce:months": ("U.S. clinical experience", "At least {n} months"),


    "step1:n": ("USMLE Step 1 (minimum)", "{n}"),
    "step1:none": ("USMLE Step 1 (minimum)", "No minimum"),
    "step2:n": ("USMLE Step 2 CK (minimum)", "{n}"),
    "step2:none": ("USMLE Step 2 CK (minimum)", "No minimum"),
    "step2:pct": ("USMLE Step 2 CK (minimum)", "{p}th percentile"),
    "comlex:n": ("COMLEX-USA Level 2-CE (minimum)", "{n}"),
    "comlex:none": ("COMLEX-USA Level 2-CE (minimum)", "No minimum"),
    "scores:both": ("USMLE minimums (Step 1 / Step 2 CK)", "{a} / {b}"),
    "attempt:yes": ("Licensing exam attempts", "First-time passes only"),
    "attempt:step2": ("Licensing exam attempts", "Step 2 CK: first attempt only"),
    "attempt:no": ("Licensing exam attempts", "Repeat attempts accepted"),
    "yog:n": ("Years since graduation (maximum)", "{n}"),
    "yog:none": ("Years since graduation (maximum)", "No limit"),

    "positions:range": ("Categorical positions per year", "{a} or {b}"),



    "us_letters": ("U.S. physician letters", "Required"),
    "trap:step2_average": ("Median Step 2 CK of current interns", "{n}"),
    "trap:step1_average": ("Mean Step 1 of matched residents", "{n}"),
    "trap:interviews": ("Applicants interviewed per season", "{n}"),
}
# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Can your institution sponsor my visa?",
    "img": "Are graduates of foreign medical schools eligible?",
    "ecfmg": "By when do I need my ECFMG certificate?",
    "usce": "Do I need hands-on clinical experience in the United States?",
    "step1": "Do you have a minimum USMLE Step 1 requirement?",
    "step2": "What is the lowest Step 2 CK score you will consider?",
    "comlex": "What COMLEX-USA scores do DO applicants need?",
    "scores": "Do you use USMLE score cutoffs when screening?",
    "attempt": "Can I apply if I failed a board exam once?",
    "yog": "Is there a cutoff for how long ago I finished medical school?",
    "positions": "How many categorical residents do you match each year?",
    "total": "How many residents are in the program altogether?",
    "research_track": "Does the program have a research pathway?",
    "prelim": "Does the program take preliminary interns?",
    "us_letters": "Must any of my recommendation letters be from U.S. doctors?",
    "trap": "What makes an applicant competitive here?",
}
# fmt: on
