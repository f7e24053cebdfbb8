"""A fifth blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-25 (about 19:10 UTC) by a blind helper session, from its own knowledge of how
real US residency program websites word their eligibility and application facts. The author read
only ``demoweb/phrasings.py`` (the shape of a set and the dev/held-out wordings, to avoid reusing
them), ``demoweb/info.py`` (how a set is drawn and rendered, and the truth values of
``demoweb.info._facts``), issue 11 (the fact contract), the SPLITS/CLI part of ``bench/facts.py``
and the structure of ``tests/test_demoweb_info.py``. The author did NOT read the extraction rules
(``extract/facts.py``, ``extract/patterns/``), their tests or any benchmark output, nor the earlier
blind sets ``demoweb/phrasings_independent*.py``; nothing here was tuned against the rules.

Every sentence states its claim's value plainly to a human reader; traps settle nothing about the
program (preferences, averages of past applicants, another program's numbers, interview counts).
Fields as in :mod:`demoweb.phrasings`: ``{n}``, ``{w}``/``{W}``, ``{a}``/``{b}``, ``{p}``,
``{by}``, ``{noun}``. All programs, people and numbers on these pages are fictional.
"""

from __future__ import annotations

NAME = "independent5"

# ECFMG deadline: canonical value → this set's main words, and more wordings drawn at random.
ECFMG_BY = {
    "rank order list deadline": "ahead of the date programs must finalize their NRMP rank lists",
    "time of application": "when you submit your ERAS application",
    "start of residency": "before your first day of residency training",
    "interview": "before an interview can be offered",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": (
        "before we certify our rank order list with the NRMP",
        "by the time rank order lists are due in February",
    ),
    "time of application": (
        "as of the date your ERAS application is submitted",
        "at the point you apply through ERAS",
    ),
    "start of residency": (
        "by the July 1 residency start date",
        "no later than the day PGY-1 training begins",
    ),
    "interview": (
        "prior to your interview date",
        "by the day of your interview",
    ),
}

# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": ("The only visa we sponsor is the ECFMG-sponsored J-1 visa.",
                     "International applicants who need a visa must train on a J-1; H-1B visas "
                     "are not offered.",
                     "We sponsor J-1 visas exclusively and cannot sponsor H-1B visas.",
                     "Visa support is restricted to the J-1; the H-1B is not an option in this "
                     "program."),
    "visa:both": ("We are able to sponsor either the J-1 or the H-1B visa, depending on the "
                  "applicant's eligibility.",
                  "Both visa types are available here: the ECFMG J-1 and the H-1B.",
                  "The hospital sponsors H-1B temporary worker visas in addition to J-1 exchange "
                  "visitor visas.",
                  "Our GME office sponsors residents on J-1 visas and on H-1B visas alike."),
    "visa:none": ("We are not in a position to sponsor J-1 or H-1B visas.",
                  "Neither J-1 nor H-1B visa sponsorship is available.",
                  "Applicants must already be authorized to work in the United States; the "
                  "program sponsors no visas.",
                  "Visa sponsorship is not provided by this program."),
    "visa:j1_yes": ("J-1 visa sponsorship through ECFMG is offered to eligible residents.",
                    "Non-citizen applicants can train here on an ECFMG-sponsored J-1 visa.",
                    "The institution will sponsor a J-1 exchange visitor visa for matched "
                    "applicants who need one."),
    "visa:h1b_no": ("The program does not sponsor the H-1B visa.",
                    "H-1B visas cannot be sponsored by our institution.",
                    "Please note that we are unable to offer H-1B sponsorship to any applicant."),
    "img:yes": ("Graduates of international medical schools are eligible for our program.",
                "IMG applicants are considered on the same basis as U.S. graduates.",
                "IMGs are eligible and may submit an application through ERAS.",
                "Foreign medical graduates are considered for all of our positions."),
    "img:no": ("The program does not consider international medical graduates.",
               "Only graduates of LCME- or COCA-accredited schools in the United States are "
               "eligible.",
               "IMGs are not eligible to apply to this program.",
               "We are unable to accept applications from graduates of medical schools outside "
               "the United States."),
    "ecfmg": ("IMGs must be fully ECFMG certified {by}.",
              "A valid ECFMG certificate is mandatory {by}.",
              "Applicants must have their ECFMG certificate issued {by}.",
              "International graduates are expected to complete ECFMG certification {by}; "
              "this is a firm requirement."),
    "usce:months": ("Applicants must have completed at least {w} months of clinical experience "
                    "in the U.S.",
                    "We require no less than {n} months of hands-on clinical work in a U.S. "
                    "hospital.",
                    "{W} months or more of U.S. clinical experience is required to apply.",
                    "IMGs need a minimum of {n} months of recent, hands-on U.S. clinical "
                    "experience (observerships excluded)."),
    "usce:zero": ("You do not need U.S. clinical experience to be considered.",
                  "We do not require any clinical experience in the United States.",
                  "There is no USCE requirement for this program."),
    "usce:unstated": ("Hands-on clinical experience in the U.S. is a requirement for all IMG "
                      "applicants.",
                      "Prior U.S. clinical experience is required; observerships alone do not "
                      "qualify.",
                      "All applicants must have some hands-on clinical experience in a U.S. "
                      "healthcare setting."),
    "step1:n": ("USMLE Step 1: a score of {n} or above is required.",
                "We only consider applicants with a Step 1 score of at least {n}.",
                "Our minimum acceptable USMLE Step 1 score is {n}.",
                "Step 1 scores of less than {n} do not meet our eligibility criteria."),
    "step1:none": ("We have no minimum USMLE Step 1 score requirement.",
                   "Step 1 is not subject to any score cutoff.",
                   "Applicants are considered regardless of their Step 1 score."),
    "step2:n": ("A minimum score of {n} on USMLE Step 2 CK is required.",
                "Applicants must score {n} or above on Step 2 CK.",
                "Step 2 CK scores under {n} do not meet our minimum.",
                "USMLE Step 2 CK score \u2265 {n} required."),
    "step2:none": ("Our program has not set a Step 2 CK minimum.",
                   "There is no minimum score for USMLE Step 2 CK; applications are reviewed "
                   "holistically.",
                   "Applicants are invited to interview regardless of their Step 2 CK score."),
    "step2:pct": ("Applicants must score at or above the {p}th percentile on Step 2 CK.",
                  "A Step 2 CK result at or above the national {p}th percentile is required.",
                  "We require Step 2 CK performance at the {p}th percentile or higher."),
    "comlex:n": ("Osteopathic applicants must have a COMLEX Level 2-CE score of {n} or greater.",
                 "COMLEX-USA Level 2-CE: minimum score of {n}.",
                 "For DO candidates, we require at least {n} on COMLEX Level 2-CE.",
                 "DO applicants who score below {n} on COMLEX Level 2-CE are not eligible."),
    "comlex:none": ("There is no COMLEX score minimum for DO applicants.",
                    "No COMLEX-USA minimum score is set for osteopathic applicants.",
                    "DO applicants are considered regardless of COMLEX score."),
    "scores:both": ("Applicants must meet minimum scores of {a} on Step 1 and {b} on Step 2 CK.",
                    "Minimum USMLE scores: {a} (Step 1) and {b} (Step 2 CK).",
                    "We require at least {a} on Step 1 and at least {b} on Step 2 CK."),
    "attempt:yes": ("Every USMLE Step must have been passed on the first attempt.",
                    "A failed attempt on any USMLE Step makes an applicant ineligible.",
                    "We only consider candidates who passed all parts of the USMLE on their "
                    "first attempt.",
                    "Only first-time passes on USMLE or COMLEX examinations are accepted."),
    "attempt:step2": ("Step 2 CK has to be passed in a single sitting, with no prior failures.",
                      "Applicants must pass USMLE Step 2 CK on the first try; earlier Steps are not held to this rule.",
                      "A first-attempt pass on USMLE Step 2 CK is mandatory."),
    "attempt:no": ("Applicants who needed more than one attempt on a USMLE Step are still "
                   "eligible.",
                   "Multiple attempts on licensing exams do not make an applicant ineligible.",
                   "Passing the USMLE on the first attempt is not a condition of eligibility."),
    "yog:n": ("Applicants must be no more than {n} years out from medical school graduation.",
              "We consider only those who finished medical school in the last {w} years.",
              "Candidates must have graduated from medical school within the previous {n} years.",
              "Applicants who graduated more than {w} years ago are not eligible."),
    "yog:none": ("There is no restriction on year of graduation.",
                 "We consider applicants regardless of graduation year.",
                 "Year of medical school graduation does not limit eligibility."),
    "positions:n": ("We recruit {n} categorical {noun} each year.",
                    "Our program accepts {n} {noun} annually through the NRMP Match.",
                    "{W} categorical {noun} begin training with us each year.",
                    "Each incoming class has {n} {noun}."),
    "positions:range": ("In a typical year we match {a} or {b} residents.",
                        "Our class size ranges from {a} to {b} residents annually.",
                        "Each year we take between {a} and {b} categorical residents.",
                        "The program fills {a}\u2013{b} positions per year."),
    "home:positions": ("Each year {n} {noun} join our close-knit program.",
                       "Our program welcomes {n} new {noun} every academic year.",
                       "{W} {noun} start with us each July."),
    "total": ("We have {n} residents across all training years.",
              "The program currently has a total of {n} residents.",
              "Altogether, {n} residents train in our program."),
    "research_track": ("Residents may apply to our research track, which includes protected "
                       "research time.",
                       "An optional research track is available for residents interested in "
                       "academic careers.",
                       "We have a dedicated research pathway with protected time."),
    "prelim": ("Preliminary positions available each year: {n}.",
               "The number of preliminary positions we offer each year is {w}.",
               "Our preliminary-year complement is {n} per year."),
    "us_letters": ("At least two of your letters of recommendation must be written by U.S. "
                   "physicians.",
                   "We require letters from physicians who practice in the United States.",
                   "Letters of recommendation from U.S. clinical faculty are required."),
    "trap:usce_pref": ("Applicants with U.S. clinical experience tend to be more competitive.",
                       "U.S. clinical experience is desirable.",
                       "We look favorably on applicants who have completed U.S. clinical "
                       "rotations."),
    "trap:ecfmg_pref": ("Being ECFMG certified early in the season strengthens an application.",
                        "We give preference to applicants who already hold ECFMG certification.",
                        "Completing ECFMG certification early is to your advantage."),
    "trap:yog_pref": ("Recent graduates receive preference in our review.",
                      "We favor applicants who graduated in the last few years.",
                      "Applicants with recent graduation and recent clinical activity are "
                      "preferred."),
    "trap:step2_average": ("Our most recent intern class had a median Step 2 CK score of {n}.",
                           "The mean Step 2 CK score of applicants we interviewed last year was "
                           "{n}.",
                           "Residents in our program have scored an average of {n} on Step 2 CK."),
    "trap:step1_average": ("Our current residents averaged {n} on USMLE Step 1.",
                           "The typical Step 1 score among our matched residents has been around "
                           "{n}.",
                           "Matched applicants in recent years had Step 1 scores averaging {n}."),
    "trap:letters_pref": ("Letters from physicians in the United States are valued.",
                          "We prefer that at least one letter come from a U.S. clinical "
                          "supervisor.",
                          "Letters written by U.S. faculty carry added weight."),
    # Traps only this set has (see EXTRA_TRAPS); each gets an {n} of its own.
    "trap:other_program": ("The sister family medicine program at our hospital accepts {n} "
                           "residents per year and has its own eligibility criteria.",
                           "Our affiliated transitional-year program, which runs a separate "
                           "Match, takes {n} interns each year.",
                           "Please note that the {n} positions in our partner internal medicine "
                           "program are filled through a different NRMP program code."),
    "trap:interviews": ("We interview about {n} applicants each season.",
                        "Last cycle we extended roughly {n} interview invitations.",
                        "Approximately {n} candidates were interviewed for the most recent "
                        "Match."),
    "trap:comlex_average": ("DO residents matched here recently scored an average of {n} points "
                            "above the COMLEX Level 2-CE passing score.",
                            "On average, our osteopathic residents cleared the COMLEX Level 2-CE "
                            "pass mark by {n} points.",
                            "Our DO interns' COMLEX Level 2-CE results averaged {n} points over "
                            "the passing standard."),
    "trap:step3": ("Applicants who have already passed USMLE Step 3 are viewed favorably.",
                   "Passing Step 3 before the Match is encouraged.",
                   "A Step 3 result can strengthen an application."),
}
# fmt: on

# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visa types sponsored", "J-1 only; H-1B not sponsored"),
    "visa:both": ("Visa types sponsored", "J-1 or H-1B"),
    "visa:none": ("Visa types sponsored", "Neither J-1 nor H-1B"),
    "visa:h1b_no": ("H-1B sponsorship", "Not available"),
    "img:yes": ("Eligibility of IMGs", "Eligible"),
    "img:no": ("Eligibility of IMGs", "Ineligible"),
    "ecfmg": ("ECFMG certificate needed", "{by}"),
    "usce:months": ("Required U.S. clinical experience", "At least {n} months"),
    "usce:zero": ("Required U.S. clinical experience", "Not needed"),
    "usce:unstated": ("Required U.S. clinical experience", "Required (length not specified)"),
    "step1:n": ("Lowest Step 1 score accepted", "{n}"),
    "step1:none": ("Lowest Step 1 score accepted", "No floor"),
    "step2:n": ("Lowest Step 2 CK score accepted", "\u2265 {n}"),
    "step2:none": ("Lowest Step 2 CK score accepted", "No floor"),
    "step2:pct": ("Lowest Step 2 CK score accepted", "{p}th percentile"),
    "comlex:n": ("Lowest COMLEX Level 2-CE accepted", "{n}"),
    "comlex:none": ("Lowest COMLEX Level 2-CE accepted", "No floor"),
    "attempt:yes": ("Passed on first attempt", "Required"),
    "attempt:step2": ("Passed on first attempt", "Required for Step 2 CK only"),
    "attempt:no": ("Passed on first attempt", "Not required"),
    "yog:n": ("Time since medical school graduation", "Up to {n} years"),
    "yog:none": ("Time since medical school graduation", "Not limited"),
    "positions:n": ("Categorical PGY-1 spots each year", "{n}"),
    "positions:range": ("Categorical PGY-1 spots each year", "{a}\u2013{b}"),
    "total": ("Residents in all years combined", "{n}"),
    "prelim": ("Preliminary PGY-1 spots each year", "{n}"),
    "trap:step2_average": ("Median Step 2 CK of current residents", "{n}"),
    "trap:interviews": ("Interviews held last recruitment season", "{n}"),
}

# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "What visa options are available to international residents?",
    "img": "Are international medical graduates eligible?",
    "ecfmg": "By when do I need to be ECFMG certified?",
    "usce": "Do I need clinical experience in the United States?",
    "step1": "Does the program have a Step 1 score requirement?",
    "step2": "What are your expectations for Step 2 CK?",
    "comlex": "I am a DO applicant. What COMLEX scores do you look for?",
    "scores": "What are the minimum USMLE scores?",
    "attempt": "I failed a USMLE Step. Can I still apply?",
    "yog": "Is there a cutoff for year of graduation?",
    "positions": "What is the size of each incoming class?",
    "total": "How many residents are in the program overall?",
    "research_track": "Are there research opportunities during training?",
    "prelim": "Do you have preliminary-year positions?",
    "us_letters": "Are there requirements for letters of recommendation?",
    "trap": "What makes an applicant competitive here?",
}

# Traps only this set has: (claim, share of programs that state it).
EXTRA_TRAPS: tuple[tuple[str, float], ...] = (
    ("trap:other_program", 0.2),
    ("trap:interviews", 0.25),
    ("trap:comlex_average", 0.15),
    ("trap:step3", 0.2),
)
