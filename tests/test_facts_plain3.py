"""Rule round 35: the ordinary ways a program page states its class size, its total number of
residents and the deadline for ECFMG certification, written from what program pages say (home
pages, "Program overview" and "At a glance" boxes, eligibility pages, FAQs, checklists, rows
"Label: value"), with controls that must not give the fact.

The sentences were written before the rules were run on them; expected values come from what
each sentence commits the program to under the fact contract (issue 11): "N categorical and M
preliminary positions" is a class of N (the M go to ``preliminary_positions``); "N residents (M
per year)" is a class of M in a residency of N; a class-size string "7-7-7" with every year alike
is a class of 7 (unequal years are not settled here); a deadline answering "When ...?" is the
deadline of what the question names.

Before this round (start commit ed3e339), 28 of the 180 sentences failed (this module run
against that commit): 7 of the 47 class sizes, 2 of the 45 ECFMG deadlines, 18 of the 42 totals,
and one control (a sister site, as the subject, counted as ours); the other controls held. After
it, 3 fail; they are left on purpose and kept in ``LEFT`` (bound to no test), for a later round:

- "We will be recruiting 4 first-year residents for July 2027.": one cycle's recruitment,
  named by its date, like the arrivals news the rules do not read as a yearly policy;
- "The program has 12 residents in total: 4 PGY-1s, 4 PGY-2s and 4 PGY-3s.": the class read
  from counts by level (the total is read); counts of later years are kept out of the class on
  purpose, and reading a class from equal counts by level is a rule of its own;
- "Our resident body numbers 28.": a count after the verb "numbers" with "body" as its noun,
  too rare to earn a cue here.
"""

from __future__ import annotations

from tests.facts_families import Cases, sentence_tests

ROL = {"ecfmg_by": "rank order list deadline"}
START = {"ecfmg_by": "start of residency"}
APPLY = {"ecfmg_by": "time of application"}
INTERVIEW = {"ecfmg_by": "interview"}


def per_year(n: object) -> dict[str, object]:
    return {"positions_per_year": n}


def total(n: int) -> dict[str, object]:
    return {"total_residents": n}


GROUPS: Cases = {
    # the class: how many residents the program takes a year
    "positions_per_year": [
        ("We match 8 categorical residents each year.", per_year(8)),
        ("The program has 4 positions per PGY level.", per_year(4)),
        ("Our complement is 12 residents per year.", per_year(12)),
        ("We recruit 6 interns annually.", per_year(6)),
        ("The residency has 18 residents (6 per year).", per_year(6)),
        ("We offer 10 categorical and 4 preliminary positions.", per_year(10)),
        ("Class size: 7-7-7", per_year(7)),
        ("Residents per class: 5", per_year(5)),
        ("Program size: 3 residents per year", per_year(3)),
        ("Each incoming class has 11 interns.", per_year(11)),
        ("We take 2 residents a year.", per_year(2)),
        ("We accept three new residents each July.", per_year(3)),
        ("Our PGY-1 class is made up of 14 categorical residents.", per_year(14)),
        ("Approved positions: 24 total, 8 per year", per_year(8)),
        (
            "At a glance: 3-year program • 10 residents per class • J-1 visas sponsored",
            {"positions_per_year": 10, "visa_j1": True},
        ),
        (
            "How many residents do you take each year? We take 6 residents per year.",
            per_year(6),
        ),
        ("We are a small program with 2 residents in each class.", per_year(2)),
        ("There are 5 residents in each year of training.", per_year(5)),
        ("The program fills 7 PGY-1 positions in the Match each year.", per_year(7)),
        ("Interns per year: 12", per_year(12)),
        ("We have twelve categorical positions in each PGY year.", per_year(12)),
        ("Each year, 4 residents join the program.", per_year(4)),
        ("Our program trains 6 residents per year over three years.", per_year(6)),
        ("We match 10 categorical interns and 2 preliminary interns each year.", per_year(10)),
        ("NRMP positions: 5 categorical", per_year(5)),
        ("Class size: 8 residents per year", per_year(8)),
        ("Our annual intake is 9 residents.", per_year(9)),
        ("We welcome a class of 16 interns every June.", per_year(16)),
        ("Number of PGY-1 positions: 6", per_year(6)),
        ("The program is approved for 15 residents, 5 in each PGY year.", per_year(5)),
        ("We currently offer four categorical positions per year.", per_year(4)),
        ("We anticipate filling 7 categorical positions in the upcoming Match.", per_year(7)),
        ("Each PGY class consists of 10 residents.", per_year(10)),
        ("Our program accepts up to 4 residents each academic year.", per_year(4)),
        ("We take 5 to 6 interns each year.", per_year("5-6")),
        ("Our residency typically has 3–4 positions each year.", per_year("3-4")),
        ("Residents: 30 (10 per class)", per_year(10)),
        ("The program matches 6 family medicine residents per year.", per_year(6)),
        ("Categorical positions per class: 8", per_year(8)),
        (
            "Matching 11 categorical residents annually, we are one of the largest programs "
            "in the state.",
            per_year(11),
        ),
        ("We have 3 PGY-1 slots per year.", per_year(3)),
        ("Annual positions: 7", per_year(7)),
        ("Each year we select 6 categorical residents through the NRMP Match.", per_year(6)),
        ("The residency accepts 8 residents each year through ERAS.", per_year(8)),
        ("In total we have 15 residents, five per class.", per_year(5)),
    ],
    "positions_controls": [
        ("We interview about 80 applicants each year.", {}),
        ("We received over 2,000 applications last year.", {}),
        ("Our faculty includes 45 physicians.", {}),
        ("The hospital has 350 beds.", {}),
        ("Residents complete 13 four-week rotations each year.", {}),
        ("Our sister site in Springfield matches 6 residents per year.", {}),
        ("Nationally, family medicine programs take an average of 8 residents a year.", {}),
        ("How many residents do you take each year?", {}),
        ("We invite 60 candidates to interview each season.", {}),
        ("On average, 4 of our graduates enter fellowship each year.", {}),
        ("The surgery residency at our hospital takes 5 residents per year.", {}),
        ("Our residents see 12 patients a day in clinic.", {}),
        ("We offer 20 interview days each season.", {}),
        ("The cardiology fellowship accepts 3 fellows per year.", {}),
        ("We interviewed 60 applicants (5 per day).", {}),
        (
            "The program takes 4 residents a year, with 2 positions at our partner site.",
            per_year(4),
        ),
        ("Class size: 8-8-10", {}),
    ],
    # when ECFMG certification must be held
    "ecfmg_by": [
        ("ECFMG certification must be complete before you can start.", START),
        ("You must be ECFMG certified by the time the rank list is certified.", ROL),
        ("You must hold a valid ECFMG certificate at the time of application.", APPLY),
        ("Applicants must pass Step 2 CK in time for ECFMG certification before July 1.", START),
        ("ECFMG certification: required by the rank order list deadline", ROL),
        ("ECFMG certificate required before the start of residency", START),
        ("• ECFMG certified at time of application", APPLY),
        ("We can only rank applicants who are ECFMG certified by the ROL deadline.", ROL),
        (
            "International graduates must have their ECFMG certificate in hand before orientation.",
            START,
        ),
        ("Q: When do I need ECFMG certification? A: By the rank order list deadline.", ROL),
        ("ECFMG certification is required prior to the start of training on July 1.", START),
        (
            "All IMG applicants must be ECFMG certified before an interview can be offered.",
            INTERVIEW,
        ),
        (
            "Applicants must be ECFMG certified at the time they submit their ERAS application.",
            APPLY,
        ),
        (
            "ECFMG certification must be obtained before the NRMP rank list deadline in February.",
            ROL,
        ),
        ("Your ECFMG certificate must be issued before your first day of residency.", START),
        ("We require ECFMG certification before we rank any applicant.", ROL),
        (
            "ECFMG certification must be completed no later than the start of the PGY-1 year.",
            START,
        ),
        ("IMGs: ECFMG certification required by time of interview", INTERVIEW),
        ("Certification by the ECFMG must be in place before the rank list is submitted.", ROL),
        ("ECFMG status: must be certified prior to ranking", ROL),
        ("To be ranked, international medical graduates must be ECFMG certified.", ROL),
        ("An ECFMG certificate is required to begin residency.", START),
        (
            "We do not rank applicants who are not ECFMG certified by the rank list deadline.",
            ROL,
        ),
        (
            "Applicants without ECFMG certification at the time of application will not be "
            "considered.",
            APPLY,
        ),
        ("ECFMG certification must be finalized before the July 1 start date.", START),
        ("IMGs must be ECFMG-certified before they can be offered an interview.", INTERVIEW),
        ("ECFMG deadline: rank list certification", ROL),
        ("Full ECFMG certification is a requirement for starting our program.", START),
        ("Proof of ECFMG certification must be provided before orientation begins.", START),
        ("A valid ECFMG certificate is required at the time you apply to our program.", APPLY),
        ("ECFMG certification must be complete before the Match.", ROL),
        ("International applicants need ECFMG certification before interviewing.", INTERVIEW),
        ("ECFMG certification must be in hand by the time residency begins.", START),
        ("We require that IMGs be ECFMG certified when they apply.", APPLY),
        ("ECFMG certification must be done by the time you start residency.", START),
        ("Candidates are expected to be ECFMG certified by the time rank lists are due.", ROL),
        ("ECFMG certificate needed: before ranking", ROL),
        (
            "International medical graduates must obtain ECFMG certification prior to appointment.",
            START,
        ),
        ("IMGs need a valid ECFMG certificate by the time of the interview.", INTERVIEW),
        ("ECFMG certification is mandatory at the time of ERAS submission.", APPLY),
        (
            "We will only rank IMGs whose ECFMG certification is complete by the rank list "
            "deadline.",
            ROL,
        ),
        ("ECFMG certification must be complete before residents can be hired.", START),
        ("Before you can begin training, your ECFMG certification must be complete.", START),
        ("Our eligibility requirement: ECFMG certification by the time of application.", APPLY),
        ("Eligibility: ECFMG certified (or certification expected before July 1)", START),
    ],
    "ecfmg_controls": [
        ("Information on the Pathways is on the ECFMG website.", {}),
        ("Applicants applying through ECFMG Pathway 1 must meet the OET requirement.", {}),
        ("We prefer applicants who are ECFMG certified by the time of interview.", {}),
        ("ECFMG certification early in the season strengthens your application.", {}),
        ("Do I need ECFMG certification before I apply?", {}),
        ("The OET Medicine must be passed for ECFMG certification.", {}),
        ("Most of our IMG residents were ECFMG certified before the interview.", {}),
        ("ECFMG certification is recommended before the rank list deadline.", {}),
        ("ECFMG verifies medical school diplomas for international graduates.", {}),
        ("Being ECFMG certified early is a plus.", {}),
        ("Please contact ECFMG about the status of your certification.", {}),
        ("When are interviews held? Before the rank list deadline, in January.", {}),
        (
            "When will I hear back about my ECFMG certification? Before the interview season, "
            "usually.",
            {},
        ),
        ("ECFMG certification is required for all IMG applicants.", {}),
    ],
}

# facts that go to the database only: the total number of residents (and preliminary positions
# counted beside the class)
STORED: Cases = {
    "total_residents": [
        ("A total of 30 residents train across five years.", total(30)),
        ("There are 36 residents in the program.", total(36)),
        ("Total residents: 24", total(24)),
        ("Program size: 18 residents", total(18)),
        ("We have 42 residents across all three years.", total(42)),
        ("Our program has a total of 27 residents.", total(27)),
        ("The residency currently has 45 residents in PGY-1 through PGY-3.", total(45)),
        ("Total complement: 21 residents", total(21)),
        ("The program is approved for 33 residents.", total(33)),
        ("Our residency is made up of 60 residents.", total(60)),
        ("We are a 12-resident program.", total(12)),
        ("The residency has 18 residents (6 per year).", total(18)),
        ("Approved positions: 24 total, 8 per year", total(24)),
        ("Residents: 30 (10 per class)", total(30)),
        ("The program is approved for 15 residents, 5 in each PGY year.", total(15)),
        ("ACGME-approved complement: 39", total(39)),
        ("We have 54 residents in total.", total(54)),
        ("Altogether, 20 residents are in training here.", total(20)),
        ("Total number of residents: 16", total(16)),
        ("The residency includes 48 residents across four years of training.", total(48)),
        ("Our program consists of 32 residents.", total(32)),
        ("With 26 residents, we are a mid-sized program.", total(26)),
        ("We are a program of 40 residents.", total(40)),
        ("The program is home to 35 residents.", total(35)),
        ("Our residency program has 21 residents in all.", total(21)),
        ("There are currently 19 residents in our program.", total(19)),
        ("The total complement of residents is 30.", total(30)),
        ("Our program size is 24 residents.", total(24)),
        ("The residency trains 36 residents at any one time.", total(36)),
        ("Number of residents (all years): 45", total(45)),
        ("In total we have 15 residents, five per class.", total(15)),
        ("Our 3-year program has 27 residents overall.", total(27)),
        ("The program employs 30 residents.", total(30)),
        ("All told, 18 residents train with us.", total(18)),
        ("We have a total resident complement of 42.", total(42)),
        ("Resident complement (PGY1-3): 36", total(36)),
        ("Overall, our program has 33 residents.", total(33)),
        (
            "The program has 12 residents in total: 4 PGY-1s, 4 PGY-2s and 4 PGY-3s.",
            total(12),
        ),
        ("Total residents across all PGY levels: 50", total(50)),
        ("The program currently trains 21 residents.", total(21)),
        ("Our residency is a 24-resident program.", total(24)),
    ],
    "total_controls": [
        ("We have 30 faculty members.", {}),
        ("Our hospital trains more than 400 residents across 40 programs.", {}),
        ("Over 120 residents have graduated from our program.", {}),
        ("Our sister program in pediatrics has 24 residents.", {}),
        ("How many residents are in the program?", {}),
        ("Eight of our residents are international graduates.", {}),
        ("The GME office oversees 600 residents and fellows.", {}),
        ("The average program in our specialty has 30 residents.", {}),
        ("We interviewed 120 applicants last season.", {}),
        ("The clinic sees 30,000 patient visits a year.", {}),
        ("The hospital employs 300 residents.", {}),
        ("Our partner hospital is home to 40 residents.", {}),
        ("The program has 18 residents, 6 of whom are international graduates.", total(18)),
    ],
    "preliminary_beside_the_class": [
        ("We offer 10 categorical and 4 preliminary positions.", {"preliminary_positions": 4}),
        (
            "We match 10 categorical interns and 2 preliminary interns each year.",
            {"preliminary_positions": 2},
        ),
    ],
}

# the three this round leaves (see the module docstring), with the values the contract gives
LEFT: Cases = {
    "positions_per_year": [
        ("We will be recruiting 4 first-year residents for July 2027.", per_year(4)),
        ("The program has 12 residents in total: 4 PGY-1s, 4 PGY-2s and 4 PGY-3s.", per_year(4)),
    ],
    "total_residents": [("Our resident body numbers 28.", total(28))],
}


(
    test_sentence_commits_the_program_to,
    test_sentence_states_a_stored_fact,
    test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
) = sentence_tests(GROUPS, STORED)
