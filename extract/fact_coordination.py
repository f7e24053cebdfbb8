"""Coordination in a program's long sentences, restated as the plain clauses the rules read.

A writer of dense prose packs two claims into one sentence by coordination: a pair of items
matched "respectively" with a pair of predicates ("The J-1 and the H-1B are, respectively,
sponsored and not sponsored"), a table row that pairs its label's items with its value's
("Visa sponsorship (J-1 / H-1B): Yes / No"), a clause whose verb is left out and only its
negation kept ("J-1 visas are sponsored; H-1B visas, not"), and a new subject opened by
"neither" after ", and" ("..., and neither choice affects how an application is ranked"). The
sentence rules read a clause's negation over everything in it, so each of these reads as one
denial (or one grant) of both items. This module restates each as clauses of their own:

- **"X and Y are, respectively, P and Q"** (or "X and Y are P and Q, respectively") becomes
  "X are P; Y are Q" when one predicate denies and the other does not; a pair of figures
  ("minimums are 220 and 230, respectively") is read by the rules already and stays.
- **A row "Label (A / B): V1 / V2"** (or "A / B: V1 / V2") becomes one row per item, "Label
  (A): V1. Label (B): V2.", when the value has as many parts as the label and each is short.
- **A gapped denial "; X, not"** (after ";", ", but", ", and", ", while", ", whereas") becomes
  "; not X", so the left-out verb of the clause before is read denied for X alone.
- **", and neither <noun>"** with no "nor" after it opens a clause with its own subject
  ("neither choice", "neither route"): the comma and "and" become a ";", so its "neither"
  reaches none of the items before it.
- **", as well as <others>"** naming no visa, exam, IMGs, ECFMG or clinical experience adds
  other people or things to the sentence ("..., as well as visiting rotators from other
  programs who are not part of the class"): it becomes a clause of its own, so what it says of
  them (another program, a negation) stays with them.
- **A class counted with its noun left out** ("we welcome a categorical class of 3", "our
  incoming class numbers 3 or 4") is counted in residents ("a class of 3 residents").
- **"need not be <where or how>"** ("it need not be in our specialty", "the months need not
  be consecutive") qualifies a requirement and does not deny it: it becomes "may be ... or
  otherwise".

Text with none of these marks passes through unchanged (the same object).
"""

from __future__ import annotations

import re

# A short noun phrase: up to five words, no clause punctuation
_NP = r"(?:[A-Za-z][\w\-'’./]*\s){0,4}[A-Za-z0-9][\w\-'’./]*"
_DENIAL = re.compile(r"\b(?:not|no|never|neither|nor)\b|n['’]t\b", re.IGNORECASE)

# "The J-1 and the H-1B are, respectively, sponsored and not sponsored"
RESPECTIVE_BEFORE = re.compile(
    rf"(?P<x>{_NP}) and (?P<y>{_NP}) (?P<verb>are|were|is|remain)(?:,)? respectively,? "
    rf"(?P<p>[^,;]+?) and (?P<q>[^,;.]+?)(?P<end>[,;.]|$)",
    re.IGNORECASE,
)
# "The J-1 and the H-1B are sponsored and not sponsored, respectively"
RESPECTIVE_AFTER = re.compile(
    rf"(?P<x>{_NP}) and (?P<y>{_NP}) (?P<verb>are|were|is|remain) "
    rf"(?P<p>[^,;]+?) and (?P<q>[^,;.]+?),? respectively(?P<end>[,;.]|$)",
    re.IGNORECASE,
)
# "Visa sponsorship (J-1 / H-1B): Yes / No", "J-1 / H-1B: Yes / No"
PAIRED_ROW = re.compile(
    r"^(?P<head>[^:()/]*?)\s*\((?P<items>[^:()]+/[^:()]+)\)(?P<tail>[^:()/]*)"
    r":\s*(?P<values>[^:]+?)\s*\.?$"
)
PAIRED_BARE_ROW = re.compile(r"^(?P<items>[^:()]+/[^:()]+):\s*(?P<values>[^:]+?)\s*\.?$")
# "; H-1B visas, not," / ", but H-1B, not."
GAPPED_DENIAL = re.compile(
    rf"(?P<mark>;\s|,\s(?:but|and|while|whereas)\s)(?P<x>{_NP}), not(?=\s*[,;.)]|\s*$)"
)
NEITHER_SUBJECT = re.compile(r",\s+and\s+(?=neither\s+(?!the\b|a\b|an\b)[a-z]+\s+[a-z])")
AS_WELL_AS = re.compile(r",\s+as well as\s+(?P<rest>[^,;.]+)")
# what an addition must not name to be set apart: a fact's topic
TOPIC_WORDS = re.compile(
    r"j-1|h-1b|visa|step\s|comlex|usmle|ecfmg|\bimgs?\b|international|foreign|abroad"
    r"|clinical|experience|\bscores?\b|graduat|attempt|position",
    re.IGNORECASE,
)
QUALIFIED = re.compile(
    r"\bneed(?:s)? not be (?P<what>(?:in|at|from|within|with|through)\s+[^,;.]+"
    r"|consecutive|continuous|contiguous|in-person|paid)",
    re.IGNORECASE,
)
_COUNT = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# "a categorical class of 3,", "our incoming class numbers 3 or 4,", "the next intake will
# number 2": the class's count with its noun left out
CLASS_COUNT = re.compile(
    rf"\b(?P<noun>class|intake|cohort) (?P<verb>of|numbers|will number) (?P<n>{_COUNT}(?: (?:or|to) {_COUNT}"
    rf"|-{_COUNT})?)(?=\s*[,;.]|\s*$| (?:each|every|per|a) )",
    re.IGNORECASE,
)
MARKS = (
    "respectively",
    "/",
    ", not",
    "neither",
    "as well as",
    "need not",
    "needs not",
    "class",
    "intake",
    "cohort",
)


def coordinated(text: str) -> str:
    """The text with each coordinated pair of claims restated as clauses of their own."""
    low = text.lower()
    if not any(mark in low for mark in MARKS):
        return text
    out = _paired_row(text)
    out = RESPECTIVE_BEFORE.sub(_respective, out)
    out = RESPECTIVE_AFTER.sub(_respective, out)
    out = GAPPED_DENIAL.sub(lambda m: f"{m['mark']}not {m['x']}", out)
    out = NEITHER_SUBJECT.sub(lambda m: _own_subject(out, m), out)
    out = AS_WELL_AS.sub(_addition, out)
    out = QUALIFIED.sub(lambda m: f"may be {m['what']} or otherwise", out)
    out = CLASS_COUNT.sub(_class_count, out)
    return text if out == text else out


def _respective(m: re.Match[str]) -> str:
    """ "X and Y are, respectively, P and Q" as "X are P; Y are Q", when P and Q differ in
    polarity (two figures stay as they are)."""
    p, q = m["p"].strip(), m["q"].strip()
    if bool(_DENIAL.search(p)) == bool(_DENIAL.search(q)):
        return m.group(0)
    return f"{m['x']} {m['verb']} {p}; {m['y']} {m['verb']} {q}{m['end']}"


def _paired_row(text: str) -> str:
    """ "Label (A / B): V1 / V2" as one row per item."""
    m = PAIRED_ROW.match(text)
    bare = m is None
    if m is None:
        m = PAIRED_BARE_ROW.match(text)
    if m is None:
        return text
    if re.search(r"[.;!?]", m["values"]):
        return text  # a value that runs on into another sentence ("w/ USCE") is no pair
    items = [i.strip() for i in m["items"].split("/")]
    values = [v.strip() for v in m["values"].split("/")]
    if len(items) != len(values) or len(items) > 3 or not all(items) or not all(values):
        return text
    if any(len(v.split()) > 4 or len(i.split()) > 4 for i, v in zip(items, values, strict=True)):
        return text
    rows = []
    for item, value in zip(items, values, strict=True):
        label = item if bare else f"{m['head'].strip()} ({item}) {m['tail'].strip()}".strip()
        rows.append(f"{label}: {value}.")
    return " ".join(rows)


def _own_subject(text: str, m: re.Match[str]) -> str:
    """ ", and neither choice ...": a new subject when no "nor" follows in the sentence."""
    rest = text[m.end() :]
    sentence = re.split(r"(?<=[.!?])\s", rest, maxsplit=1)[0]
    return m.group(0) if re.search(r"\bnor\b", sentence) else "; "


def _addition(m: re.Match[str]) -> str:
    """ ", as well as visiting rotators ...": others added beside the claim, set apart when
    they name no fact's topic."""
    if TOPIC_WORDS.search(m["rest"]):
        return m.group(0)
    return f"; as well as {m['rest']}"


def _class_count(m: re.Match[str]) -> str:
    """ "a class of 3" as "a class of 3 residents", "class numbers 3 or 4" as "class is 3 or
    4 residents": the noun a count of the class leaves out."""
    verb = {"numbers": "is", "will number": "will be"}.get(m["verb"].lower(), m["verb"])
    return f"{m['noun']} {verb} {m['n']} residents"
