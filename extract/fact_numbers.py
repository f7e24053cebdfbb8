"""Numbers written in a fact sheet's notations, in the plain words the sentence rules read.

A program's "fact sheet" or "at a glance" page states its rules as quantities, and writes a
quantity in more than one notation: a number and its restatement ("six (6) months", "a single
(1) attempt", "zero (0)"), a count of none as a digit ("we sponsor 0 visas", "IMG applications
accepted: 0"), an ordinal as a numbered item ("on attempt #1", "a 2nd attempt"), a cap as "at
most". The sentence rules read one notation of each, so this module restates the others in it:

- **A restated number**, a number word with its digits in brackets or digits with the word
  ("six (6)", "6 (six)", "a single (1)", "zero (0)"), is the number said once, as the page's
  first word for it. The brackets must restate the same number: "2 (some years 3)" or "4 (20
  weekdays)" stay as they are.
- **A score in words alone** ("two hundred thirty", "two hundred and twenty-five") is the
  score in digits.
- **A count of none.** "0" or "zero" before a counted noun ("0 visas", "zero petitions", "0
  exceptions") is "no"; a row whose label says what the program does with the things it counts
  ("... accepted", "... filed", "... we sponsor") and whose value is only "0" or "zero" counts
  none of them: its value is "none". A zero before a unit of time or a score ("0 months", "0
  weeks") is a length and stays, and so does a zero with no counted noun after it ("count as
  0"). "The number of <things> ... is 0" counts none of them: "... is none".
- **An ordinal** written "2nd" or "3rd" is the word ("second"), and an attempt numbered "#1",
  "no. 1" or "number 1" is "the first attempt" (the first is spelled out by
  :mod:`extract.fact_rows`, with the other shorthand).
- **A cap** written "at most N" or "N at most" is "no more than N" (the rules read "most" as
  a statistic of past applicants).
- **Graduates "of N years ago"** are those who graduated N years ago, as graduates "of N
  years' standing" are (:mod:`extract.fact_clauses`).
- **A counted set** that opens a sentence ("Of the 2 training visas most IMGs ask about, we
  sponsor 1: the J-1") is where the program's choice is made from; what the frame says of the
  set (who asks about it, how many there are) is no word of the rule, so only the clause after
  its comma, whose subject is the program ("we", "the program"), is read.

Precedence: the reader runs on the rows of :mod:`extract.fact_rows` (after its shorthand is
spelled out), before the clause reader; what a number commits the program to is left to the
sentence rules. A text with no notation this module reads passes through unchanged (the same
object); a restated row still reports the page's own words.
"""

from __future__ import annotations

import re

from extract.fact_rows import NUMBER_VALUES

# A cheap gate: a text without one of these has no notation this module reads.
MARKS = (
    "(",
    "0",
    "zero",
    "2nd",
    "3rd",
    "#",
    "no.",
    "number",
    "years ago",
    "of the",
    "at most",
    "hundred",
)

WORD_VALUES = {**NUMBER_VALUES, "a single": 1, "single": 1}
_WORD = "|".join(sorted(WORD_VALUES, key=len, reverse=True))
# "six (6)", "a single (1)"; "6 (six)"
RESTATED = re.compile(
    rf"\b(?P<word>{_WORD})\s*\(\s*(?P<digits>\d{{1,2}})\s*\)"
    rf"|\b(?P<digits2>\d{{1,2}})\s*\(\s*(?P<word2>{_WORD})\s*\)",
    re.IGNORECASE,
)
# "two hundred thirty", "two hundred and twenty-five": a score in words alone, as digits
UNITS_WORDS = {
    w: n for n, w in enumerate("one two three four five six seven eight nine".split(), 1)
}
TEENS = {
    w: n
    for n, w in enumerate(
        "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(),
        10,
    )
}
TENS = {
    w: n
    for n, w in zip(
        range(20, 100, 10),
        "twenty thirty forty fifty sixty seventy eighty ninety".split(),
        strict=True,
    )
}
_ONES = "|".join(UNITS_WORDS)
SPELLED_HUNDREDS = re.compile(
    rf"\b(?P<h>{_ONES})[\s-]+hundred(?:[\s-]+and)?"
    rf"(?:[\s-]+(?:(?P<t>{'|'.join(TENS)})(?:[\s-]+(?P<u>{_ONES}))?|(?P<teen>{'|'.join(TEENS)})"
    rf"|(?P<one>{_ONES})))?\b",
    re.IGNORECASE,
)
# what a zero measures rather than counts: a length or a score
UNITS = (
    *("month", "months", "week", "weeks", "year", "years", "day", "days", "hour", "hours"),
    *("point", "points", "percent", "percentile", "%"),
)
_NOT_A_UNIT = rf"(?!(?:{'|'.join(UNITS)})\b)"
# "0 visas", "zero H-1B petitions": a zero before a counted noun (a plural, after one word at
# most that says which)
ZERO_COUNT = re.compile(
    rf"(?<![\w.,$])(?:0|zero)\s+(?={_NOT_A_UNIT}(?:[\w-]+\s+{_NOT_A_UNIT})?[a-z][a-z-]*s\b)",
    re.IGNORECASE,
)
# a row's label that says what the program does with what it counts
DONE_WITH = (
    r"accept(?:s|ed)?|allow(?:s|ed)?|permit(?:s|ted)?|sponsor(?:s|ed)?|filed|granted|offered"
    r"|considered"
    r"|reviewed|admitted|issued|supported"
)
_LABEL_CHAR = r"(?:[^:.;!?]|(?<=\b[A-Z])\.)"  # "U.S." inside a label, never a sentence's end
ZERO_ROW = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?P<label>{_LABEL_CHAR}{{2,80}}\b(?:{DONE_WITH})\b{_LABEL_CHAR}{{0,40}})"
    r":\s*(?:0|zero)\s*(?=[.;,]|$)",
    re.IGNORECASE,
)
# "at most 1 per Step": a cap, in the words the rules read for one ("at most" is no statistic)
AT_MOST = re.compile(rf"\bat\s+most\s+(?=(?:\d+|{_WORD})\b)", re.IGNORECASE)
# "5 at most", "two years at most": the same cap written after its number
AT_MOST_AFTER = re.compile(
    rf"\b(?P<n>\d+|{_WORD})(?P<unit>\s+(?:years?|months?|attempts?|tries))?\s+at\s+most\b"
    r"(?=\s*(?:[.;,)/]|$))",
    re.IGNORECASE,
)
ORDINALS = {"1": "first", "2": "second", "3": "third"}
ORDINAL = re.compile(r"\b([23])(?:nd|rd)\b", re.IGNORECASE)
NUMBERED_ATTEMPT = re.compile(
    r"\b(?P<noun>attempt|try|sitting)\s*(?:#|no\.\s*|number\s+)(?P<n>[123])\b", re.IGNORECASE
)
# "Of the 2 training visas most IMGs ask about, we sponsor 1: the J-1": a counted set the
# program's own choice is made from; what the frame says of it (who asks, how many there are)
# is no word of the rule, which is the clause after it ("we sponsor 1: the J-1")
COUNTED_SET = re.compile(
    rf"^\s*of\s+the\s+(?:\d+|{_WORD})\s+[^,;:()]{{2,60}},\s+(?=(?:we|the program)\b)",
    re.IGNORECASE,
)
# "The number of H-1B visas we sponsor each year is 0": a count of none
NUMBER_IS_ZERO = re.compile(
    r"\b(?P<head>the\s+number\s+of\s+[^.;:]{2,80}?\s+(?:is|are|was|stands\s+at))\s+(?:0|zero)\b",
    re.IGNORECASE,
)
# "Graduates of more than 5 years ago": graduated more than 5 years ago
GRADUATES_AGO = re.compile(
    r"\b(?P<who>graduates)\s+of\s+(?P<bound>(?:(?:more|less|fewer)\s+than|over|under|up\s+to)\s+)?"
    r"(?P<n>\d+|[a-z]+)\s+years?\s+ago\b",
    re.IGNORECASE,
)


def in_words(text: str) -> str:
    """The text with its numbers in the notation the sentence rules read (the module's
    docstring says which); unchanged (the same object) when it has none."""
    low = text.lower()
    if not any(m in low for m in MARKS):
        return text
    out = RESTATED.sub(_said_once, text)
    if "hundred" in low:
        out = SPELLED_HUNDREDS.sub(_in_digits, out)
    counted = COUNTED_SET.match(out)
    if counted:
        rest = out[counted.end() :]
        out = rest[:1].upper() + rest[1:]
    out = NUMBER_IS_ZERO.sub(r"\g<head> none", out)
    out = ZERO_ROW.sub(r"\g<label>: none", out)
    out = ZERO_COUNT.sub(lambda m: "No " if m.group(0)[0] == "Z" else "no ", out)
    out = AT_MOST.sub("no more than ", out)
    out = AT_MOST_AFTER.sub(r"no more than \g<n>\g<unit>", out)
    out = ORDINAL.sub(lambda m: ORDINALS[m.group(1)], out)
    out = NUMBERED_ATTEMPT.sub(lambda m: f"the {ORDINALS[m.group('n')]} {m.group('noun')}", out)
    out = GRADUATES_AGO.sub(
        lambda m: (
            f"{m.group('who')} who graduated {m.group('bound') or ''}{m.group('n')} years ago"
        ),
        out,
    )
    return text if out == text else out


def _in_digits(m: re.Match[str]) -> str:
    """ "two hundred thirty-five" is "235"."""
    value = 100 * UNITS_WORDS[m.group("h").lower()]
    if m.group("t"):
        value += TENS[m.group("t").lower()] + UNITS_WORDS.get((m.group("u") or "").lower(), 0)
    elif m.group("teen"):
        value += TEENS[m.group("teen").lower()]
    elif m.group("one"):
        value += UNITS_WORDS[m.group("one").lower()]
    return str(value)


def _said_once(m: re.Match[str]) -> str:
    """ "six (6)" is "six"; brackets that say another number stay."""
    word = m.group("word") or m.group("word2")
    digits = m.group("digits") or m.group("digits2")
    if WORD_VALUES[word.lower()] != int(digits):
        return m.group(0)
    return m.group("word") or m.group("digits2")
