"""Clauses of a policy manual, in the plain words the sentence rules read.

An institution's GME policy ("Resident Eligibility, Selection and Appointment") and the program
addenda attached to it write their rules as numbered clauses: "§ 3.5 An applicant must ...",
"4.1.2 The minimum Step 2 CK score ...", a table row "§ 1.2 PGY-1 positions per academic year:
4". They point to other parts of the manual ("as defined in Section 1.6", "in accordance with
ACGME Institutional Requirement IV.B.1", "Subject to Section 5, ...", "Notwithstanding Section
2.3 of the Institutional Policy, which permits ..., this Program ...") and state a count with
"shall" ("The number of PGY-1 positions shall be four"). None of these marks changes what a
clause commits the program to, but each stands in the way of a rule written for plainer pages:
a clause number reads as a count or a score, a cross-reference between commas parts a subject
from its verb, "shall be" is no verb a count is read after. This module restates such a
clause:

- **A clause number** at the start of a text or of a sentence ("§ 3.5", "§§ 4.1-4.2",
  "§ 3(b)", "4.1.2" before a capital) is dropped; a number inside a sentence ("Section 3.5 of
  the Institutional Policy ... does not apply") is a subject and stays.
- **A cross-reference** that only says where a term is defined or what a rule is made under
  (", as defined in Section 1.6,", ", in accordance with Section 2.2.", "Subject to Section 3.4,
  ...", "Except as provided in Addendum F for fellowship programs, ...") is dropped with its
  commas. Only a reference to a numbered part of a document (Section, §, Addendum, Appendix,
  Article, Paragraph, an ACGME requirement) is taken; an aside that says whom a rule is for
  ("Addendum D, which applies only to the Preliminary Surgery program, requires ...") is no
  cross-reference and stays (:mod:`extract.fact_scope` reads it as another program's rule).
- **An opening "Notwithstanding"** a reference ("Notwithstanding Section 3.1 of the
  Institutional Policy, which permits ..., this Program ...") sets the manual's other clause
  aside: the clause after it is the program's rule, and is read alone.
- **The manual's "shall"** is "must" ("Applicants shall document 6 months of ...", "shall not
  be interviewed"), and a count stated with "shall be" ("shall be four", "shall be not fewer
  than 2") is read as "is".
- **The manual's words for a requirement**: "(not) a condition (prerequisite) of eligibility"
  is (not) required; "no minimum duration specified" leaves a requirement's duration open (it
  is no "no minimum"), while "No minimum period of U.S. clinical experience applies" requires
  none; graduates "of more than N years' standing" graduated more than N years ago; "Nothing in
  this Policy shall be construed to exclude X from consideration" makes X eligible for it;
  appointments counted ("Two preliminary appointment(s) shall be offered") are positions.
- **A sentence quoted or summarized "for reference"** ("The ECFMG reporting requirements for
  J-1 physicians are summarized in Appendix E for reference only.", "For reference, ACGME
  Institutional Requirement IV.B.1 lists ...") is another body's text, and is not read. Only
  a sentence that opens or closes on those words is; a bracketed "(for reference, our mean is
  245)" inside a rule leaves the rule's sentence whole.

Precedence: the reader runs first on the rows of :mod:`extract.fact_rows`, before the time
reader (:mod:`extract.fact_time`): a clause number or a cross-reference is layout, not time.
Text with no mark this module reads passes through unchanged (the same object); a restated row
still reports the page's own words.
"""

from __future__ import annotations

import re

from extract.fact_rows import NUMBER_WORDS

# A cheap gate: a text without one of these says nothing this module reads.
MARKS = (
    *("§", "section", "addendum", "appendix", "article", "paragraph", "requirement", "shall"),
    *("condition of", "prerequisite of", "minimum duration", "minimum period", "standing"),
    *("minimum amount", "minimum length"),
    *("for reference", "construed", "appointment"),
)
_LEADING_NUMBER = re.compile(r"^\s*\d+(?:\.\d+)+\.?\s+[A-Z]")

# A numbered part of a document: "Section 1.6", "§ 3(b)", "Addendum F", "Appendix B",
# "ACGME Institutional Requirement IV.B.1", "Common Program Requirement III.A".
_PART = (
    r"(?:§§?\s*|(?:Sections?|Addend(?:um|a)|Appendi(?:x|ces)|Articles?|Paragraphs?)\s+"
    r"|(?:ACGME\s+)?(?:Institutional|Common\s+Program)\s+Requirements?\s+)"
)
_ID = r"(?:[A-Z]|[IVX]+|\d+)(?:[.-](?:[A-Z]|[IVX]+|\d+))*(?:\([a-z0-9]+\))*"
REFERENCE = rf"{_PART}{_ID}(?:\s+(?:and|or|through|to)\s+{_ID})?"
# ... "of the Institutional GME Policy", "of this Policy": the document the part belongs to
_OF_DOCUMENT = (
    r"(?:\s+of\s+(?:the|this)\s+(?:[A-Z][\w-]*\s+){0,4}(?:Policy|Manual|Addendum|Handbook))?"
)

# A clause number opening a text or a sentence: "§ 3.5 ", "§ 3(b) ", "4.1.2 " before a capital.
CLAUSE_NUMBER = re.compile(
    r"(?:(?<=^)|(?<=[.;:]\s))\s*(?:§§?\s*\d+(?:\.\d+)*(?:\([a-z0-9]+\))*(?:\s*[-\u2013]\s*\d+(?:\.\d+)*)?"
    r"|\d+(?:\.\d+)+\.?)\s+(?=[A-Z\u201c\"(])"
)
_POINTERS = (
    r"(?:as\s+(?:defined|provided|described|set\s+(?:out|forth)|specified|required)\s+(?:in|under|by)"
    r"|in\s+accordance\s+with|pursuant\s+to|subject\s+to|consistent\s+with|under)"
)
# ", as defined in Section 1.6," / ", in accordance with Section 2.2." / "... ECFMG in accordance
# with ACGME Institutional Requirement IV.B.1." (at a sentence's end, without its comma)
ASIDE_REFERENCE = re.compile(
    rf"(?:,\s*{_POINTERS}\s+{REFERENCE}{_OF_DOCUMENT}\s*(?=[,.;]|$)(,(?!\s*(?:and|or)\b))?"
    rf"|\s+{_POINTERS}\s+{REFERENCE}{_OF_DOCUMENT}\s*(?=[.;]|$))",
    re.IGNORECASE,
)
# "Subject to Section 3.4, ..." / "Except as provided in Addendum F for fellowship programs, ..."
# / "Notwithstanding Section 2.3 of the Institutional GME Policy, which permits ..., ..."
OPENING_REFERENCE = re.compile(
    rf"(?:(?<=^)|(?<=[.;:]\s))(?:{_POINTERS}|except\s+as\s+(?:otherwise\s+)?(?:provided|set\s+out)"
    rf"\s+in|notwithstanding)\s+{REFERENCE}{_OF_DOCUMENT}(?:\s+for\s+[\w\s-]{{1,40}}?)?"
    r"(?:,\s*which\s+[^,.;]{1,120})?,\s*(?P<next>[a-zA-Z\u201c\"])",
    re.IGNORECASE,
)
_COUNT = (
    rf"(?:{NUMBER_WORDS}|(?:not|no)\s+(?:fewer|less|more)\s+than|between|at\s+(?:least|most))\b"
)
SHALL_BE_COUNT = re.compile(rf"\bshall\s+be\s+(?={_COUNT})", re.IGNORECASE)
# A sentence marked as quoted or summarized "for reference" (only) is another body's text
# ("The ECFMG reporting requirements for J-1 physicians are summarized in Appendix E for
# reference only.", "For reference, ACGME Institutional Requirement IV.B.1 lists ...")
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"\u201c(§])")
FOR_REFERENCE = re.compile(
    r"^for\s+reference\b\s*,|\bfor\s+reference(?:\s+only)?\s*[.!]?$", re.IGNORECASE
)
# "Nothing in this Policy shall be construed to exclude international medical graduates from
# consideration": those it names are not excluded, they are eligible for it
NOTHING_CONSTRUED = re.compile(
    r"(?:(?<=^)|(?<=[.;:]\s))nothing\s+in\s+(?:this|the)\s+(?:[\w-]+\s+){1,4}?(?:shall|must|will|may|is\s+to)\s+be\s+"
    r"(?:construed|interpreted|read|deemed)\s+(?:to|as)\s+(?:exclude|excluding|bar|barring"
    r"|preclude|precluding|disqualify|disqualifying)\s+(?P<who>[^.;,]{3,80}?)\s+from\s+"
    r"(?P<what>consideration|eligibility|appointment|selection)\b",
    re.IGNORECASE,
)
# "shall" in any other clause is the manual's "must": "Applicants shall document 6 months ...",
# "shall not be considered"
SHALL = re.compile(r"\bshall\b", re.IGNORECASE)
# "is (not) a condition of eligibility", a row's "Not a condition of appointment": (not) required
CONDITION_OF = re.compile(
    r"\b(?:(?P<be>is|are)\s+)?(?P<not>not\s+)?an?\s+(?:condition|prerequisite)\s+of\s+"
    r"(?:eligibility|appointment|application|selection)\b",
    re.IGNORECASE,
)
# "Required (no minimum duration specified)": a duration the clause leaves open, not a "no
# minimum" that makes the requirement none
NO_DURATION_SET = re.compile(
    r"\bno\s+minimum\s+(?:duration|period|length)\s+(?:is\s+)?"
    r"(?:specified|prescribed|stated|set|given)\b",
    re.IGNORECASE,
)
# "No minimum period of U.S. clinical experience applies": none of it is required ("No minimum
# amount of USCE is set, though more is preferred" leaves open whether any is)
NO_MINIMUM_APPLIES = re.compile(
    r"\b(no\s+minimum\s+(?:period|duration|amount|length)\s+of\s+(?:[^.;,]|\.(?=\s?[a-z])){3,60}?)\s+"
    r"applies\b",
    re.IGNORECASE,
)
# "Four preliminary appointment(s) shall be offered each academic year": appointments counted
# are positions (without a count, "sponsors preliminary appointments, of which there are 2"
# stays as it is)
COUNTED_APPOINTMENTS = re.compile(
    rf"\b(?P<n>{NUMBER_WORDS})\s+"
    r"(?P<kind>preliminary|categorical)\s+appointments?(?:\(s\))?",
    re.IGNORECASE,
)
# "Graduates of more than four years' standing": graduated more than four years ago
YEARS_STANDING = re.compile(
    r"\bof\s+(?P<bound>(?:more|over|less|fewer)\s+than\s+)?(?P<n>\d+|[a-z]+)"
    r"(?P<more>\s+or\s+more)?\s+years?['\u2019]?\s+standing\b",
    re.IGNORECASE,
)


def plain_clause(text: str) -> str:
    """The clause in the plain words the sentence rules read (the module's docstring says
    which); unchanged (the same object) when it has no mark this module reads."""
    low = text.lower()
    if not (any(m in low for m in MARKS) or _LEADING_NUMBER.match(text)):
        return text
    out = CLAUSE_NUMBER.sub("", text)
    if "reference" in low:
        out = " ".join(s for s in SENTENCE.split(out) if not FOR_REFERENCE.search(s.strip()))
    out = OPENING_REFERENCE.sub(lambda m: m.group("next").upper(), out)
    out = ASIDE_REFERENCE.sub(lambda m: " " if m.group(1) else "", out)
    out = NOTHING_CONSTRUED.sub(
        lambda m: (
            f"{m.group('who')[0].upper()}{m.group('who')[1:]} are eligible for {m.group('what')}"
        ),
        out,
    )
    out = SHALL_BE_COUNT.sub("is ", out)
    out = SHALL.sub(lambda m: "Must" if m.group(0)[0] == "S" else "must", out)
    out = CONDITION_OF.sub(_required, out)
    out = NO_DURATION_SET.sub("duration not specified", out)
    out = NO_MINIMUM_APPLIES.sub(r"\1 is required", out)
    out = YEARS_STANDING.sub(_graduated_ago, out)
    out = COUNTED_APPOINTMENTS.sub(r"\g<n> \g<kind> positions", out)
    out = re.sub(r"\s{2,}", " ", out).strip()
    return text if out == text.strip() else out


def _required(m: re.Match[str]) -> str:
    words = [m.group("be"), "not" if m.group("not") else None, "required"]
    text = " ".join(w for w in words if w)
    return text[0].upper() + text[1:] if m.group(0)[0].isupper() else text


def _graduated_ago(m: re.Match[str]) -> str:
    bound = m.group("bound") or ""
    more = m.group("more") or ""
    return f"who graduated {bound}{m.group('n')}{more} years ago"
