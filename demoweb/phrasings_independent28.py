"""A twenty-eighth blind phrasing set for the demo web's eligibility pages (fictional demo data).

Written on 2026-11-27 (about 03:00-03:35 UTC) by a blind helper session, from its own knowledge of
how US institutions word their graduate medical education (GME) policy manuals: the Sponsoring
Institution's "Resident Eligibility, Selection and Appointment" policy and the program-specific
addenda attached to it. The voice is that of such a manual: numbered clauses ("§ 3.4", "4.1.2"),
"shall" / "must" / "is eligible" / "may not", defined terms ("“Applicant” means ..."),
cross-references ("in accordance with ACGME Institutional Requirement IV.B.1", "subject to
Section 5"), "notwithstanding", "except as provided in", effective dates and supersession notes,
and program addenda that depart from the institution's policy ("Section 3.5 of the Institutional
Policy ... does not apply to this Program"). Its traps settle nothing: definitions of terms,
procedural clauses (reconsideration, record retention, due process), clauses that apply to other
programs or to fellowships, ACGME, ECFMG and NRMP text quoted for reference, effective-date and
interpretation clauses, and the usual preferences and averages of past appointees. All of it is
invented demo data about no real program or institution.

The author read only issue 11 (the fact contract: fact names and values, "preferences are not
requirements; averages of past applicants are not minimums"), ``demoweb/phrasings.py`` (the shape
of a set and the dev/held-out wordings, to avoid reusing them), ``demoweb/info.py`` (how a set is
drawn and rendered, the fields templates get, the truth values of ``demoweb.info._facts`` and what
a blind set must provide), ``tests/test_demoweb_info.py`` (the structural checks a blind set must
pass), the ``class_sizes`` field of ``demoweb/specialties.py`` and the first 70 lines of
``demoweb/phrasings_independent14.py`` (its docstring and the shape of ``ECFMG_BY`` and
``EXTRA_TRAPS``). The author did NOT read, grep, import or run the extraction rules
(``extract/``), their tests (``tests/test_facts*.py``, ``tests/facts_families.py``), ``bench/``
or any benchmark output, git log or diffs, or any other blind set ``demoweb/phrasings_independent*.py``
(nor the twenty-seventh, written at the same time by another helper); did not run
``bench/facts.py`` or ``precedent facts``, and did not run the extractor on any of these
sentences: nothing here was tuned against the rules. It was checked only structurally, by an
ad-hoc script outside the repository (``/tmp/author28/check.py``): it imports, has every claim of
the dev set with three to five distinct wordings, every template and row formats with the fields
``demoweb.info`` passes and uses only the fields the tests allow, no ECFMG deadline wording is
inside another, no wording is a dev or held-out one, no wording, row or deadline is shared with
another blind set reached through ``demoweb.info.BLIND`` (compared by counts only, without
reading their text), and the value checks of ``tests/test_demoweb_info.py`` hold on pages
rendered from this set (by monkeypatching ``demoweb.info`` in that script so that held-out
programs use it). That check found one wording and two deadline wordings already used by another
blind set; the author's own three were reworded. The twenty-seventh set, not yet in
``demoweb.info.BLIND`` when this was written, was not compared.
"""

from __future__ import annotations

NAME = "independent28"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
ECFMG_BY = {
    "rank order list deadline": "not later than the date on which rank order lists must be certified under the NRMP Match calendar",
    "time of application": "at the time the ERAS application is transmitted to the Program",
    "start of residency": "prior to the commencement of the PGY-1 appointment",
    "interview": "prior to the date of any interview",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": (
        "before the Program certifies its rank order list",
        "prior to the close of rank order list certification",
    ),
    "time of application": (
        "on the date the applicant's ERAS application is released to the Program",
        "as of the date on which the application is filed",
    ),
    "start of residency": (
        "before the effective date of the resident's appointment",
        "no later than the first day of the appointment year",
    ),
    "interview": (
        "before an interview may be offered",
        "as a condition of being invited to interview",
    ),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 6-12 for another program, else
# 60-150 (here: days, in procedural clauses).
EXTRA_TRAPS = (
    ("trap:definition", 0.3),
    ("trap:procedure", 0.25),
    ("trap:other_program", 0.25),
    ("trap:acgme_quote", 0.2),
    ("trap:effective", 0.25),
)

# Data tables: one wording per line, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "§ 2.1 The Program sponsors the J-1 Exchange Visitor visa through ECFMG and shall not file H-1B petitions.",
        "Visa sponsorship under this Addendum is restricted to the ECFMG-sponsored J-1 category; H-1B sponsorship is not available.",
        "Notwithstanding Section 2.3 of the Institutional GME Policy, which permits H-1B petitions for some programs, this Program sponsors J-1 visas exclusively.",
        "The only visa the Program will sponsor is the J-1, in accordance with Section 2.1.",
        "Applicants who require visa sponsorship must qualify for a J-1 visa, as the Program does not sponsor the H-1B.",
    ),
    "visa:both": (
        "§ 2.1 The Program may sponsor eligible residents for either J-1 Exchange Visitor status or H-1B temporary worker status.",
        "The Institution sponsors both J-1 visas (through ECFMG) and H-1B visas for residents appointed to the Program.",
        "Subject to Section 2.4, the Program sponsors H-1B visas in addition to ECFMG-sponsored J-1 visas.",
        "Residents who are not U.S. citizens or permanent residents may be sponsored for a J-1 or an H-1B visa, at the Program's election.",
        "Visa sponsorship under Section 2 extends to the J-1 and H-1B categories.",
    ),
    "visa:none": (
        "§ 2.1 The Program does not sponsor visas of any category, including J-1 and H-1B visas.",
        "No visa sponsorship shall be provided; applicants must be authorized to work in the United States for the full term of appointment without sponsorship.",
        "Effective July 1, 2026, the Program has discontinued all visa sponsorship, and this provision supersedes any prior statement to the contrary.",
        "The Program may not sponsor J-1 or H-1B visas for any applicant.",
        "Applicants who would require a J-1, H-1B or any other visa cannot be appointed, because the Institution does not sponsor visas for this Program.",
    ),
    "visa:j1_yes": (
        "§ 2.1 The Program sponsors J-1 Exchange Visitor visas through ECFMG for eligible residents.",
        "An applicant who requires a J-1 visa is eligible for sponsorship under this Section.",
        "J-1 sponsorship shall be requested through ECFMG on behalf of each appointed resident who requires it.",
        "The Program supports J-1 visa sponsorship through ECFMG, in accordance with Section 2.2.",
    ),
    "visa:h1b_no": (
        "§ 2.2 H-1B temporary worker petitions shall not be filed on behalf of residents of the Program.",
        "The Program may not sponsor an applicant for H-1B status.",
        "Except as provided in Addendum F for fellowship programs, H-1B sponsorship is not available.",
        "Effective with the 2027 appointment year, the Program no longer sponsors H-1B visas.",
        "Applicants who will require H-1B sponsorship are ineligible for appointment to this Program.",
    ),
    "img:yes": (
        "§ 3.1 Graduates of international medical schools are eligible for appointment, subject to Section 3.4.",
        "An International Medical Graduate, as defined in Section 1.4, is eligible to apply to the Program.",
        "The Program accepts applications from graduates of medical schools outside the United States and Canada.",
        "Nothing in this Policy shall be construed to exclude international medical graduates from consideration.",
    ),
    "img:no": (
        "§ 3.1 Eligibility is limited to graduates of LCME-accredited or COCA-accredited medical schools; international medical graduates are not eligible.",
        "The Program may not consider applications from graduates of medical schools located outside the United States.",
        "Notwithstanding Section 3.1 of the Institutional Policy, international medical graduates are ineligible for appointment to this Program.",
        "An applicant who is an International Medical Graduate shall not be considered for a position in the Program.",
        "Only applicants who graduated from a U.S. medical school, whether allopathic or osteopathic, are eligible under this Addendum.",
    ),
    "ecfmg": (
        "§ 3.4 An International Medical Graduate must hold a valid ECFMG certificate {by}.",
        "ECFMG certification shall be obtained {by}, in accordance with ACGME Institutional Requirement IV.B.1.",
        "Applicants who graduated outside the United States must be certified by ECFMG {by}.",
        "An applicant who is an IMG shall present proof of ECFMG certification {by}.",
        "Subject to Section 3.1, an IMG is eligible only if ECFMG certification is complete {by}.",
    ),
    "usce:months": (
        "§ 3.5 An IMG applicant must have completed not less than {n} months of hands-on clinical experience in a U.S. hospital or clinic.",
        "U.S. clinical experience totaling at least {w} months, as defined in Section 1.6, is a condition of eligibility.",
        "Applicants shall document {n} or more months of direct patient care in the United States; observerships do not satisfy this Section.",
        "Eligibility requires {w} months of U.S. clinical experience completed before the application deadline.",
        "No applicant shall be ranked who has fewer than {n} months of U.S. clinical experience.",
    ),
    "usce:zero": (
        "§ 3.5 U.S. clinical experience is not a condition of eligibility for appointment to the Program.",
        "The Program imposes no requirement of prior clinical experience in the United States.",
        "Applicants need not have completed any clinical rotations in the United States to be eligible.",
        "No minimum period of U.S. clinical experience applies under this Addendum.",
        "Section 3.5 of the Institutional Policy, which requires U.S. clinical experience, does not apply to this Program.",
    ),
    "usce:unstated": (
        "§ 3.5 Clinical experience in the United States is required; this Section does not prescribe a minimum duration.",
        "An applicant must have U.S. clinical experience, as defined in Section 1.6, to be eligible.",
        "Hands-on clinical experience in a U.S. health care setting is a requirement of eligibility under this Addendum.",
        "Each IMG applicant shall demonstrate U.S. clinical experience, which is mandatory for appointment.",
    ),
    "step1:n": (
        "§ 4.1.1 Where a numeric USMLE Step 1 score was reported, it must be {n} or higher.",
        "An applicant whose USMLE Step 1 score is below {n} is not eligible for interview.",
        "The minimum Step 1 score for consideration under this Policy shall be {n}.",
        "Applicants must have achieved a score of not less than {n} on USMLE Step 1.",
        "Subject to Section 4.3, no applicant with a Step 1 score lower than {n} shall be ranked.",
    ),
    "step1:none": (
        "§ 4.1.1 The Program does not establish a minimum USMLE Step 1 score.",
        "No Step 1 score threshold shall be applied in the review of applications.",
        "Applicants are considered regardless of their numeric Step 1 score, and no floor applies.",
        "Step 1 is reviewed on a pass/fail basis only, and the Program sets no minimum score for it.",
    ),
    "step2:n": (
        "§ 4.1.2 An applicant must present a USMLE Step 2 CK score of {n} or above.",
        "Applicants whose Step 2 CK score is less than {n} shall not be offered an interview.",
        "The Step 2 CK floor established by the Selection Committee under Section 5 is {n}.",
        "Eligibility requires a passing USMLE Step 2 CK score of not less than {n}.",
        "No applicant with a Step 2 Clinical Knowledge (CK) score under {n} is eligible for ranking.",
    ),
    "step2:none": (
        "§ 4.1.2 The Program has not adopted a minimum USMLE Step 2 CK score.",
        "No numeric Step 2 CK threshold shall be used to screen applications.",
        "Step 2 CK results are reviewed in the context of the whole application, and no cutoff score applies.",
        "The Program does not impose a Step 2 CK score floor on applicants.",
    ),
    "step2:pct": (
        "§ 4.1.2 An applicant's USMLE Step 2 CK score must fall at or above the {p}th percentile of the national distribution.",
        "Applicants scoring below the {p}th percentile on Step 2 CK shall not be interviewed.",
        "The Step 2 CK floor under this Addendum is the {p}th percentile of U.S. and Canadian examinees.",
        "Eligibility requires a Step 2 CK result at or above the {p}th percentile, as reported by the NBME.",
    ),
    "comlex:n": (
        "§ 4.2 An osteopathic applicant must have a COMLEX-USA Level 2-CE score of not less than {n}.",
        "Graduates of COCA-accredited colleges who did not take the USMLE shall present a COMLEX Level 2-CE score of {n} or greater.",
        "COMLEX-USA Level 2-CE scores below {n} do not satisfy the requirements of this Section.",
        "For DO applicants, Section 4.2 sets the COMLEX Level 2-CE floor at {n}.",
    ),
    "comlex:none": (
        "§ 4.2 No minimum COMLEX-USA score is prescribed for osteopathic applicants.",
        "The Program does not apply a COMLEX Level 2-CE score threshold.",
        "COMLEX-USA results are accepted in lieu of USMLE results, and no minimum COMLEX score applies.",
        "Osteopathic applicants are considered regardless of COMLEX Level 2-CE score.",
    ),
    "scores:both": (
        "§ 4.1 An applicant must have a USMLE Step 1 score of at least {a} and a Step 2 CK score of at least {b}.",
        "The minimum examination scores for eligibility shall be {a} on USMLE Step 1 and {b} on USMLE Step 2 CK.",
        "No applicant shall be interviewed whose Step 1 score is below {a} or whose Step 2 CK score is below {b}.",
        "Score floors under this Section: USMLE Step 1, {a}; USMLE Step 2 CK, {b}.",
    ),
    "attempt:yes": (
        "§ 4.4 Each USMLE Step must have been passed on the first attempt.",
        "An applicant who has failed any USMLE or COMLEX-USA examination is not eligible for appointment.",
        "The Program shall not rank an applicant who required more than one attempt to pass any licensing examination.",
        "First-attempt passing results are required on every examination in the USMLE sequence.",
    ),
    "attempt:step2": (
        "§ 4.4 USMLE Step 2 CK must have been passed on the first attempt; this Section imposes no attempt limit on other Steps.",
        "The first-attempt requirement of Section 4.4 applies to Step 2 CK only.",
        "Applicants must have passed Step 2 CK in a single attempt, but a prior Step 1 failure does not by itself bar eligibility.",
        "Only Step 2 CK is subject to a first-attempt pass requirement under this Addendum.",
    ),
    "attempt:no": (
        "§ 4.4 An applicant who passed a USMLE Step on a second or later attempt remains eligible.",
        "Multiple attempts on a licensing examination shall not, by themselves, render an applicant ineligible.",
        "The Program does not require passage of any examination on the first attempt.",
        "A failed examination attempt is reviewed in context under Section 5 and is not disqualifying.",
    ),
    "yog:n": (
        "§ 3.6 Applicants must have graduated from medical school no more than {n} years before the start of the appointment year.",
        "Eligibility is limited to applicants whose medical school graduation occurred within the {w} years preceding the application cycle.",
        "An applicant who graduated more than {n} years before the ERAS opening date shall not be considered.",
        "The interval between graduation from medical school and the start of residency may not exceed {n} years.",
        "Graduates of more than {w} years' standing are ineligible under this Addendum.",
    ),
    "yog:none": (
        "§ 3.6 The Program imposes no limit on the time elapsed since graduation from medical school.",
        "Year of graduation shall not be a criterion of eligibility.",
        "Applicants are eligible regardless of the year in which they graduated.",
        "No graduation-date restriction applies under this Addendum.",
    ),
    "positions:n": (
        "§ 1.2 The Program is approved by the ACGME for {n} categorical PGY-1 {noun} per academic year.",
        "The Program appoints {n} categorical {noun} at the PGY-1 level each academic year.",
        "The number of PGY-1 positions offered in each Match shall be {w}.",
        "Each academic year the Program recruits {w} first-year {noun} through the NRMP Main Residency Match.",
        "The authorized PGY-1 complement is {n} per year.",
    ),
    "positions:range": (
        "§ 1.2 The Program expects to fill {a} to {b} PGY-1 positions in each Match.",
        "Between {a} and {b} categorical residents shall be appointed each academic year, subject to GMEC approval.",
        "The number of first-year positions shall be not fewer than {a} nor more than {b} per year.",
        "The Program offers {a}-{b} PGY-1 positions annually, as authorized by the GME Committee.",
    ),
    "home:positions": (
        "Each academic year the Program appoints {n} new PGY-1 {noun}.",
        "Class size, as authorized by the Graduate Medical Education Committee: {W} {noun} per year.",
        "The Program is authorized to train {n} {noun} in each PGY-1 class.",
    ),
    "total": (
        "§ 1.2 The Program's total ACGME-approved complement is {n} residents.",
        "The Program has an approved complement of {n} residents across all postgraduate years.",
        "Not more than {n} residents shall hold appointments in the Program at any one time.",
        "Total resident complement, all years combined: {n}.",
    ),
    "research_track": (
        "§ 8.1 The Program maintains a research track with protected research time, described in Addendum C.",
        "A physician-scientist pathway is offered within the Program in accordance with Section 8.",
        "Residents may apply to the Program's research track after appointment, as provided in Section 8.2.",
        "The Program offers an investigator track with protected research time in the PGY-2 and PGY-3 years.",
    ),
    "prelim": (
        "§ 1.3 In addition to its categorical positions, the Program offers {n} preliminary PGY-1 position(s).",
        "{W} preliminary appointment(s) shall be offered each academic year under Addendum B.",
        "The number of preliminary PGY-1 positions offered annually shall be {n}.",
        "Preliminary positions, for applicants seeking only a PGY-1 year, number {n} per year.",
    ),
    "us_letters": (
        "§ 3.8 No fewer than two letters of recommendation shall be written by physicians licensed in the United States.",
        "An application is complete only if it includes at least one letter of recommendation from a U.S. physician.",
        "Letters of recommendation from physicians who supervised the applicant in the United States are required.",
        "Each applicant must submit two or more letters from faculty at U.S. institutions.",
    ),
    "trap:usce_pref": (
        "Hands-on U.S. clinical experience is considered favorably in the holistic review described in Section 5.",
        "Applicants with clinical experience in U.S. hospitals may receive additional consideration.",
        "The Selection Committee gives weight to U.S. clinical experience, where present.",
        "Prior U.S. clinical experience is recommended.",
    ),
    "trap:ecfmg_pref": (
        "Preference may be given to applicants who already hold ECFMG certification when they apply.",
        "The Selection Committee favors IMG applicants whose ECFMG certification is complete.",
        "Early completion of ECFMG certification is encouraged.",
        "Applicants who are ECFMG certified by the time of ranking are preferred.",
    ),
    "trap:yog_pref": (
        "Preference shall be given to applicants who graduated within the last two years.",
        "Recency of graduation is considered favorably by the Selection Committee.",
        "The Committee gives preference to recent medical school graduates.",
        "Under Section 5.2, applicants who have remained in clinical practice since graduating are preferred.",
    ),
    "trap:step2_average": (
        "For information only, the mean Step 2 CK score of residents appointed in the last three cycles was {n}.",
        "Appendix A reports a median Step 2 CK score of {n} among the Program's current residents.",
        "The average USMLE Step 2 CK score of last year's appointees, {n}, is reported for information and is not a minimum.",
        "Matched applicants in the most recent cycle averaged {n} on Step 2 CK.",
    ),
    "trap:step1_average": (
        "For information only, the mean USMLE Step 1 score of the current PGY-1 class is {n}.",
        "Appendix A lists a median Step 1 score of {n} among residents appointed since 2021.",
        "Residents who matched in prior cycles had Step 1 scores averaging {n}.",
    ),
    "trap:letters_pref": (
        "Letters from physicians who supervised the applicant in the United States are preferred.",
        "Letters from U.S. faculty are given favorable weight in the review of applications.",
        "The Selection Committee values at least one letter from a U.S. physician.",
    ),
    "trap:definition": (
        "“International Medical Graduate” or “IMG” means a graduate of a medical school located outside the United States and Canada.",
        "“Applicant” means an individual who has submitted a complete application to the Program through ERAS.",
        "“U.S. clinical experience” means hands-on patient care in a hospital or clinic in the United States, and excludes observerships.",
        "“Visa sponsorship” means the filing of a petition or request by the Institution or ECFMG for a resident's J-1 or H-1B status.",
        "“Program” means the residency program to which this Addendum is attached, and “Institution” means its Sponsoring Institution.",
    ),
    "trap:procedure": (
        "An applicant may request reconsideration of an eligibility determination in writing within {n} days of notice, as provided in Section 9.",
        "Application materials of applicants who are not appointed shall be retained for {n} days and then destroyed in accordance with Section 10.",
        "The due process provisions of Section 9 apply to appointed residents only and confer no rights on applicants.",
        "Eligibility determinations under this Policy shall be documented by the Program Coordinator and reviewed by the Designated Institutional Official.",
    ),
    "trap:other_program": (
        "Addendum D, which applies only to the Preliminary Surgery program, requires {n} months of U.S. clinical experience.",
        "The Institution's Cardiovascular Disease fellowship accepts {n} fellows each year under its own addendum.",
        "Section 6.3 applies only to fellowship programs and requires {n} months of prior training in an ACGME-accredited program.",
        "The Institution's fellowship programs may sponsor H-1B visas as set out in Addendum F, which does not apply to residency programs.",
        "Applicants to the Transitional Year program must have graduated within {n} years; that requirement does not apply to this Program.",
    ),
    "trap:acgme_quote": (
        "For reference, ACGME Institutional Requirement IV.B.1 lists the qualifications an applicant must meet, among them a currently valid ECFMG certificate.",
        "ECFMG states that its certificate is issued only after all examination and credential requirements have been met.",
        "Under the NRMP Match Participation Agreement, applicants and programs must honor binding Match commitments.",
        "ACGME Common Program Requirement III.A is reproduced in Appendix B for reference.",
        "The ECFMG reporting requirements for J-1 physicians are summarized in Appendix E for reference only.",
    ),
    "trap:effective": (
        "This Addendum is effective July 1, 2026, and supersedes the Program's eligibility addendum dated March 1, 2024.",
        "This Policy was approved by the Graduate Medical Education Committee and shall be reviewed at least every two years.",
        "Where this Addendum conflicts with the Institutional GME Policy, the Institutional Policy controls except as expressly provided herein.",
        "Section headings are for convenience only and do not affect the interpretation of this Policy.",
    ),
}

# Table rows: claim → (label, value). Claims without a row are written as sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("§ 2.1 Visa categories sponsored", "J-1 (ECFMG) only; H-1B not sponsored"),
    "visa:both": ("§ 2.1 Visa categories sponsored", "J-1 and H-1B"),
    "visa:none": ("§ 2.1 Visa categories sponsored", "None; no visa is sponsored"),
    "visa:j1_yes": ("§ 2.1 J-1 sponsorship", "Available through ECFMG"),
    "visa:h1b_no": ("§ 2.2 H-1B sponsorship", "Not available"),
    "img:yes": ("§ 3.1 Eligibility of IMGs", "Eligible"),
    "img:no": ("§ 3.1 Eligibility of IMGs", "Ineligible"),
    "ecfmg": ("§ 3.4 ECFMG certification", "Required {by}"),
    "usce:months": ("§ 3.5 U.S. clinical experience", "Not less than {n} months"),
    "usce:zero": ("§ 3.5 U.S. clinical experience", "Not a condition of eligibility"),
    "usce:unstated": ("§ 3.5 U.S. clinical experience", "Required (no minimum duration specified)"),
    "step1:n": ("§ 4.1.1 USMLE Step 1 floor", "{n}"),
    "step1:none": ("§ 4.1.1 USMLE Step 1 floor", "No floor"),
    "step2:n": ("§ 4.1.2 USMLE Step 2 CK floor", "{n}"),
    "step2:none": ("§ 4.1.2 USMLE Step 2 CK floor", "No floor"),
    "step2:pct": ("§ 4.1.2 USMLE Step 2 CK floor", "{p}th percentile nationally"),
    "comlex:n": ("§ 4.2 COMLEX-USA Level 2-CE floor", "{n}"),
    "comlex:none": ("§ 4.2 COMLEX-USA Level 2-CE floor", "No floor"),
    "scores:both": ("§ 4.1 Score floors (Step 1 / Step 2 CK)", "{a} / {b}"),
    "attempt:yes": ("§ 4.4 First-attempt passes", "Required on every Step"),
    "attempt:step2": ("§ 4.4 First-attempt passes", "Step 2 CK only"),
    "attempt:no": ("§ 4.4 First-attempt passes", "Not required"),
    "yog:n": ("§ 3.6 Years since graduation (maximum)", "{n}"),
    "yog:none": ("§ 3.6 Years since graduation (maximum)", "No maximum"),
    "positions:n": ("§ 1.2 PGY-1 positions per academic year", "{n}"),
    "positions:range": ("§ 1.2 PGY-1 positions per academic year", "{a} to {b}"),
    "total": ("§ 1.2 Approved resident complement", "{n}"),
    "research_track": ("§ 8.1 Research track", "Maintained (Addendum C)"),
    "prelim": ("§ 1.3 Preliminary PGY-1 positions", "{n}"),
    "us_letters": ("§ 3.8 Letters from U.S. physicians", "At least two required"),
    "trap:step2_average": ("Appendix A: mean Step 2 CK of appointees (informational)", "{n}"),
}

# FAQ questions by topic (the claim's prefix). Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Which visa categories does Section 2 permit the Program to sponsor?",
    "img": "Are international medical graduates eligible for appointment under Section 3?",
    "ecfmg": "By when must an IMG applicant hold a valid ECFMG certificate?",
    "usce": "Does the Policy require clinical experience in the United States?",
    "step1": "What does Section 4.1.1 provide regarding USMLE Step 1?",
    "step2": "Does the Program apply a USMLE Step 2 CK floor?",
    "comlex": "How are COMLEX-USA results treated under Section 4.2?",
    "scores": "What examination score floors apply to applicants?",
    "attempt": "How does the Policy treat repeated examination attempts?",
    "yog": "Does Section 3.6 limit eligibility by date of graduation?",
    "positions": "How many PGY-1 positions are authorized each year?",
    "total": "What is the Program's approved resident complement?",
    "research_track": "Does the Program maintain a research pathway?",
    "prelim": "Are preliminary appointments available?",
    "us_letters": "What does Section 3.8 require of letters of recommendation?",
    "trap": "What other provisions of the Policy should applicants know about?",
}
# fmt: on
