"""Rule round 48: kinds of sentence the 45th and 46th sets (general surgery departments' pages
for a program with categorical and preliminary positions, and a selection committee's
"Eligibility Criteria" / "Selection Process" pages of obstetrics-gynecology and neurology
programs) showed read wrong or not at all, each written here in words of our own, with controls
of the same shape that must keep their reading.

The kinds from the two sets: letters from physicians who supervised the applicant "in a U.S.
clinical setting" (the relative clause up to six words long), which ask for letters, not U.S.
clinical experience; the verdict on applications without "at least one U.S. letter", the
writers named before the letters; a citizenship demand whose list ends on those "otherwise
authorized to work without sponsorship", which sponsors no visa; what "is not a factor in (has
no bearing on, does not affect) whether" an application is reviewed, which names the outcome
weighed, asks nothing, and sets no limit; an exam held to a first attempt with another exam's
failures admitted in a bracketed aside ("(Step 1 failures reviewed individually)"), which spares
that other exam; a residency named by its specialty "here" ("the emergency medicine residency
here"), another program of the institution; and, among stored facts, a total of "categorical and
preliminary combined" (no preliminary count), positions one is told to "apply to directly"
(another body's) and "dedicated research years" (a research track).

The kinds from the development residue (sets 18, 23 and 34 at 12000 programs): a floor said to
be "not a fixed number", the percentile after it standing; "a pass is all we look for", no score
floor; ECFMG named in an opening concession and its certification demanded after a relative
aside whose negation is its own; starting residency on a J-1, permitted as an item of a lettered
list; observerships the program "does not count" toward a USCE demand, which stands; and U.S. or
Canadian graduates contrasted with IMGs turned away, who are not those IMGs.

Expected values come from what each sentence plainly commits the program to under the fact
contract (issue 11), never from the extractor's output.

Before this round (commit 1d15396), 28 of the 35 sentences of these kinds failed (this module run
against that commit: 20 of 26 printed, 8 of 9 stored); the seven that read there, by older rules,
are kept as members of their kinds. Of the 24 controls, two failed there: "Residents cannot begin
training on an H-1B." (read as nothing) and "We do not offer dedicated research years." (no
research-track cue); the other 22 pass there and here.

Left by the round (development residue at 12000): a count given in a colleague's turn after the
program director passes the question on ("PD: Tom, how many this year? Coordinator: 2-3, ...",
set 24); a row whose count is followed by a qualifier ("Categorical spots, 2027 Match: 2–3,
funding permitting") and a window "retired and not replaced" (no limit now; set 23); a research
track listed as one of a row's items ("Academic tracks: clinical; research (with protected
time)", set 18, stored). The 38th set's "MD, DO and IMG applicants are considered regardless of
..." is left as the contract reads it (accepting IMGs).
"""

from __future__ import annotations

from demoweb import phrasings_independent45 as independent45
from demoweb import phrasings_independent46 as independent46
from tests.facts_families import Cases, family_tests

GROUPS: Cases = {
    # letters from physicians who supervised the applicant in a U.S. setting: no USCE rule
    "letters_from_us_supervisors": [
        (
            "We require that at least two of your letters be written by physicians who have "
            "directly supervised you in a U.S. hospital.",
            {},
        ),
        (
            "Two letters must come from doctors who have personally overseen your clinical work "
            "in a US setting.",
            {},
        ),
        # controls: experience in a U.S. setting asked of the applicant is a USCE rule
        (
            "Applicants must have at least 3 months of clinical experience in a U.S. hospital.",
            {"usce_required_months": 3},
        ),
        (
            "Applicants need hands-on clinical experience in a US clinical setting.",
            {"usce_required_months": "required, duration not stated"},
        ),
    ],
    # citizens, permanent residents, or anyone able to work without sponsorship: no visa
    "citizens_or_needing_no_sponsorship": [
        (
            "Candidates must be U.S. citizens, green card holders, or otherwise eligible to work "
            "in the US without sponsorship.",
            {"visa_j1": False, "visa_h1b": False},
        ),
        (
            "Only citizens, permanent residents, or those able to train without any visa "
            "sponsorship may apply.",
            {"visa_j1": False, "visa_h1b": False},
        ),
        # controls: the plain demand keeps its reading; non-citizens welcomed settle no visa
        (
            "Applicants must be U.S. citizens or permanent residents.",
            {"visa_j1": False, "visa_h1b": False},
        ),
        ("Non-citizens who can work without sponsorship are welcome to apply.", {}),
    ],
    # "not a factor in whether ...", "no bearing on whether ...": the outcome weighed
    "weighed_on_whether": [
        (
            "How many years ago you graduated is not a factor in whether we review your "
            "application.",
            {"yog_limit_years": "none"},
        ),
        (
            "The year you finished medical school has no bearing on whether you are invited to "
            "interview.",
            {"yog_limit_years": "none"},
        ),
        (
            "A failed attempt on Step 1 does not affect whether your application is reviewed.",
            {"first_attempt_required": False},
        ),
        # controls: a question about a limit still asks it
        ("We are often asked whether there is a limit on time since graduation.", {}),
        ("Applicants often wonder whether we sponsor J-1 visas.", {}),
    ],
    # a first-attempt rule with another exam's failures admitted in brackets
    "failures_spared_in_brackets": [
        (
            "Step 2 CK: first-attempt pass required (Step 1 repeats are considered case by case).",
            {"first_attempt_required": "Step 2 CK only"},
        ),
        (
            "Step 2 CK has to be passed on the first try (a failed Step 1 is reviewed on its "
            "merits).",
            {"first_attempt_required": "Step 2 CK only"},
        ),
        # controls: a bracket naming the rule's own exam, and a rule on both exams
        ("Attempts: first attempt only (Step 2 CK)", {"first_attempt_required": "Step 2 CK only"}),
        (
            "Step 1 and Step 2 CK must both be passed on the first attempt.",
            {"first_attempt_required": True},
        ),
    ],
    # "the <specialty> residency here": another program of the institution
    "specialty_program_here": [
        ("The internal medicine residency here takes 14 interns each year.", {}),
        ("The pediatrics program here sponsors H-1B visas.", {}),
        (
            "We match 4 categorical residents a year; the family medicine residency here "
            "matches 8.",
            {"positions_per_year": 4},
        ),
        # controls: this program's own class
        ("Through the Match we fill 3 categorical spots each year.", {"positions_per_year": 3}),
        ("The categorical program here takes 4 residents a year.", {"positions_per_year": 4}),
    ],
    # a floor said to be no fixed figure, then the figure it is
    "floor_not_a_fixed_figure": [
        (
            "Our Step 2 CK floor is not a fixed score; candidates must reach the 30th percentile.",
            {"step2_min": "30th percentile"},
        ),
        (
            "The Step 1 minimum is not a set number: scores must be at or above the 10th "
            "percentile.",
            {"step1_min": "10th percentile"},
        ),
        # controls: a floor denied outright is none
        ("There is no fixed Step 2 CK minimum.", {"step2_min": "none"}),
        ("We have no Step 1 minimum.", {"step1_min": "none"}),
    ],
    # a pass named as all the program asks of an exam: no score floor
    "a_pass_is_all": [
        ("A passing score on Step 1 is all the committee asks for.", {"step1_min": "none"}),
        ("For Step 2 CK, a pass is all we need to see.", {"step2_min": "none"}),
        # controls: what residents did, and a floor beside the pass
        ("Our residents passed Step 1, which is all we could ask.", {}),
        ("Step 2 CK: 225 minimum; a pass alone is not enough.", {"step2_min": 225}),
    ],
    # ECFMG named in an opening concession, its certificate demanded after a relative aside
    "certificate_after_a_concession": [
        (
            "Although ECFMG sets its own processing times, which we cannot influence, "
            "certification must be finished by the day residency begins.",
            {"ecfmg_by": "start of residency"},
        ),
        (
            "While ECFMG runs its own review, which no program can hurry, certification is "
            "expected before the rank list deadline.",
            {"ecfmg_by": "rank order list deadline"},
        ),
        (
            "Though ECFMG keeps its own calendar, which programs do not control, certification "
            "is needed by the rank list deadline.",
            {"ecfmg_by": "rank order list deadline"},
        ),
        # control: a certificate not demanded
        (
            "Although ECFMG sets its own timelines, which we cannot change, certification is not "
            "required before you apply.",
            {},
        ),
    ],
    # starting residency on a J-1, permitted as an item of a lettered list
    "begin_residency_on_a_visa": [
        (
            "Applicants who need a visa may (a) apply through ERAS, (b) obtain a DS-2019 from "
            "ECFMG and (c) start training on a J-1.",
            {"visa_j1": True},
        ),
        (
            "Non-citizens may (1) ask ECFMG for a DS-2019, (2) list us as their training site and "
            "(3) begin residency on J-1 status.",
            {"visa_j1": True},
        ),
        ("Non-citizens can begin residency on J-1 status.", {"visa_j1": True}),
        # controls: a denial, and requests
        ("Residents cannot begin training on an H-1B.", {"visa_h1b": False}),
        ("We get many requests for J-1 sponsorship.", {}),
    ],
    # a USCE demand beside observerships the program does not count toward it
    "observerships_not_counted": [
        (
            "The program, for which U.S. patient-care experience is required, does not count "
            "observerships toward it.",
            {"usce_required_months": "required, duration not stated"},
        ),
        (
            "We require US clinical experience but will not accept observerships in its place.",
            {"usce_required_months": "required, duration not stated"},
        ),
        # controls: the experience itself not required
        (
            "US clinical experience is not required, and observerships are welcome.",
            {"usce_required_months": 0},
        ),
        ("We do not require USCE and do not count observerships.", {"usce_required_months": 0}),
    ],
    # a verdict on IMGs, then U.S. or Canadian graduates contrasted with them
    "domestic_graduates_contrasted": [
        (
            "Graduates of foreign medical schools cannot apply, while Canadian graduates are "
            "welcome.",
            {"accepts_img": False},
        ),
        (
            "International graduates are ineligible, whereas graduates of U.S. schools are "
            "considered.",
            {"accepts_img": False},
        ),
        # control: both welcome
        (
            "International medical graduates are welcome, and so are US graduates.",
            {"accepts_img": True},
        ),
    ],
}

STORED: Cases = {
    # letters asked of writers who supervised the applicant in the U.S.
    "letters_from_us_supervisors": [
        (
            "We require that at least two of your letters be written by physicians who have "
            "directly supervised you in a U.S. hospital.",
            {"us_letters_required": True},
        ),
        (
            "Two letters must come from doctors who have personally overseen your clinical work "
            "in a US setting.",
            {"us_letters_required": True},
        ),
    ],
    # the verdict on applications without a U.S. letter, the writers named before the letters
    "without_a_us_letter": [
        (
            "Applications lacking at least one U.S. letter of recommendation are not reviewed.",
            {"us_letters_required": True},
        ),
        (
            "Files without a single US letter of reference will not be considered.",
            {"us_letters_required": True},
        ),
        # control: applications without one still reviewed
        (
            "Applications without a U.S. letter of recommendation are still reviewed.",
            {"us_letters_required": False},
        ),
    ],
    # a total of both tracks, the preliminary one named as part of it
    "total_of_both_tracks": [
        (
            "Our residency totals 18 residents, categorical and preliminary combined.",
            {"total_residents": 18},
        ),
        (
            "The complement is 22 residents, counting both the categorical and the preliminary "
            "tracks.",
            {"total_residents": 22},
        ),
        # control: a count of the preliminary track inside the total
        (
            "The residency totals 20 residents, including 4 preliminary interns.",
            {"total_residents": 20, "preliminary_positions": 4},
        ),
    ],
    # positions of another department, applied to directly
    "applied_to_directly": [
        (
            "The Department of Medicine also offers 8 preliminary medicine positions; apply to "
            "them directly.",
            {},
        ),
        # control: our own preliminary positions
        (
            "We offer 6 preliminary surgery positions; please apply through ERAS.",
            {"preliminary_positions": 6},
        ),
    ],
    # dedicated research years a resident may take
    "research_years": [
        (
            "Categorical residents may spend two dedicated research years in the lab.",
            {"research_track": True},
        ),
        (
            "An optional research year is available between the PGY-2 and PGY-3 years.",
            {"research_track": True},
        ),
        # control: none offered
        ("We do not offer dedicated research years.", {"research_track": False}),
    ],
}


(
    test_sentence_commits_the_program_to,
    test_sentence_states_a_stored_fact,
    test_no_sentence_here_is_the_forty_fifth_sets_template,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = family_tests(independent45, GROUPS, STORED)
(_, _, test_no_sentence_here_is_the_forty_sixth_sets_template, _) = family_tests(
    independent46, GROUPS, STORED
)
