"""Myths and their corrections: the program's rule is the correction, never the belief it quotes.

A "myths and facts" page quotes what applicants believe and then corrects it: "Myth: we sponsor
H-1B visas. Fact: it does not.", "It is a common misconception that USCE is optional here; it
is required.", "It is not true that our program is closed to IMGs.", "You may have heard that we
need a 250. In fact, ...". The quoted belief carries its own numbers and negations, and read as
a statement it settles the opposite of the rule. This module restates such a sentence in the
forms the sentence rules already read:

- the belief becomes a question when a correction with its own topic follows ("Myth: we sponsor
  J-1 visas only. Fact: we sponsor both ..." reads "we sponsor J-1 visas only? we sponsor both
  ..."): a question states nothing, and the correction is read alone;
- a bare reply ("it does not", "we cannot", "we do, and ...", "there is, and it is 240") answers
  the belief as a Yes or No answers a question, the belief's own negation taken out first ("we
  do not accept IMGs" / "we do" reads "we accept IMGs? Yes, we do"); only a belief about this
  program ("we", "our", "here") is answered so: a denied belief about the NRMP or ECFMG says
  nothing of the program;
- a correction that names no topic of its own or points back ("our minimum is 2 months", "it is
  fixed at 3 per year", "the floor is 230") takes the belief's topic as an opening "Whether ..."
  clause, which asserts nothing and hands its topic to the clause after it;
- a belief left uncorrected ("Myth: ..." with no fact after it, a rumour answered by a pointer)
  is a question: it settles nothing.

Only well-marked beliefs are read: a sentence labelled "Myth:" (or "Misconception:", "Rumour:"),
or opened by "It is a (common) misconception / myth that", "It is not true that", "You may have
heard (read) that", "Rumour has it that", "Some applicants (believe, have been told) that". What
a page writes without such a mark is left as it is. Precedence: runs on the rows of
:mod:`extract.fact_rows`, before the time reader (:mod:`extract.fact_time`), which already drops
an opening "Contrary to what you may have heard," and reads the rest as the program's word. Text
with no mark passes unchanged (the same object).
"""

from __future__ import annotations

import re

# A cheap gate: a row with none of these words holds no marked belief.
GATE = re.compile(
    r"\b(?:myths?|misconceptions?|rumou?rs?|not true|untrue|heard|read that|told|believe)\b",
    re.IGNORECASE,
)
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"\u201c(])")
# "Myth: ...", "Common misconception: ...": a sentence labelled as a belief
BELIEF_LABEL = re.compile(
    r"^(?:(?:a\s+)?(?:common|popular|persistent)\s+)?(?:myth|misconception|rumou?r|belief)\s*:\s+",
    re.IGNORECASE,
)
# "Fact: ...", "The truth: ...", "In fact, ...": the correction after a belief
CORRECTION_LABEL = re.compile(
    r"^(?:(?:the\s+)?(?:fact|facts|truth|reality)\s*:\s+|in fact,?\s+|actually,\s+"
    r"|in reality,?\s+|the truth is(?: that)?,?\s+)",
    re.IGNORECASE,
)
_WHO = r"(?:many|some|most|a few|several)\s+(?:applicants|candidates|students|people|of you)"
# an opening that quotes a belief; what follows "that" up to ";" or ":" is the belief
BELIEF_LEAD = re.compile(
    r"^(?:it\s+is\s+(?:a|an)\s+(?:(?:common|popular|widespread|frequent|persistent)\s+)?"
    r"(?:misconception|myth|misunderstanding)"
    r"|it\s+is\s+(?:simply\s+)?(?:not\s+true|untrue|a\s+myth)"
    r"|you\s+(?:may|might)\s+have\s+(?:heard|read|been\s+told)"
    r"|rumou?r\s+has\s+it(?:\s+on\s+[^,;:]{1,40}?)?"
    r"|(?:a\s+)?(?:persistent\s+|common\s+)?rumou?r\s+(?:says|holds|has\s+it)"
    rf"|{_WHO}\s+(?:believe|assume|think|have\s+been\s+told|have\s+heard))"
    r"\s+(?:that\s+)?",
    re.IGNORECASE,
)
# a lead that itself says the belief is false (a rumour or a belief reported is not denied)
DENYING_LEAD = re.compile(r"\b(?:not true|untrue|myth|misconception|misunderstanding)\b", re.I)
# a belief about this program: only its denial settles a rule
OURS = re.compile(
    r"\b(?:(?i:we|our|ours|here)|us|(?i:this)\s+(?:program|residency|department|hospital))\b"
)
# what the rules read as a topic of its own (their TOPICS, and what a class counts)
TOPIC = re.compile(
    r"\b(?:visas?|j-?1|h-?1b|imgs?|international|foreign|abroad|ecfmg|usce|clinical"
    r"|step\s*[12]|comlex|usmle|graduat\w*|positions?|residents?|interns?|prelim\w*"
    r"|letters?|research|attempts?)\b",
    re.IGNORECASE,
)
# a correction that points back to the belief's subject
POINTS_BACK = re.compile(r"^(?:it|they|that|this|these|there|ours)\b", re.IGNORECASE)
# "our score floors are ...": a belief's subject before its copula, and "they are" pointing to it
COPULA_SUBJECT = re.compile(
    r"^(?P<np>(?:our|the|this|its)\s+(?:[\w-]+\s+){0,4}?[\w-]+)\s+(?:is|are)\s", re.IGNORECASE
)
PRONOUN_COPULA = re.compile(r"^(?:it|they)\s+(?=(?:is|are)\s)", re.IGNORECASE)
# "our first-attempt rule covers every exam" / "it applies to Step 2 CK alone": a rule's reach,
# said of the rule the belief named and of "it"
REACH_VERBS = r"(?:covers?|applies|apply|extends?|holds?|includes?)"
REACH_SUBJECT = re.compile(
    rf"^(?P<np>(?:our|the|this|its)\s+(?:[\w-]+\s+){{0,4}}?[\w-]+)\s+{REACH_VERBS}\s",
    re.IGNORECASE,
)
PRONOUN_REACH = re.compile(rf"^(?:it|they)\s+(?={REACH_VERBS}\s)", re.IGNORECASE)
ECFMG = re.compile(r"\becfmg\b", re.IGNORECASE)
CERTIFIED = re.compile(r"\bcertified\b|\bcertification\b|\bcertificate\b", re.IGNORECASE)
# "it does not", "we cannot", "we do, and ...", "there is, and it is 240": a bare reply
BARE_REPLY = re.compile(
    r"^(?:we|it|they|there|ours|that|this|the program|our program)\s+"
    r"(?:(?:do|does|did|is|are|was|were|can|could|will|would|has|have|must|should)"
    r"(?P<neg>\s+not|n't)?|(?P<cannot>cannot|can't|won't))\s*(?=[,.;:!]|$)",
    re.IGNORECASE,
)
# a belief's negation and the words it leaves ("we do not accept IMGs" -> "we accept IMGs")
NEGATIONS = (
    (re.compile(r"\b(?:do|does|did)\s+not\s+|\b(?:don't|doesn't|didn't)\s+", re.I), ""),
    (re.compile(r"\bcannot\b|\bcan't\b|\bcan\s+not\b", re.I), "can"),
    (re.compile(r"\b(is|are|was|were|will|must|should)\s+not\b", re.I), r"\1"),
    (re.compile(r"\b(is|are)n't\b", re.I), r"\1"),
    (re.compile(r"\bnever\s+|\bno\s+longer\s+", re.I), ""),
    (re.compile(r"\bno\b", re.I), "a"),
    (re.compile(r"\bclosed\s+to\b", re.I), "open to"),
)


def _affirmed(belief: str) -> tuple[str, bool] | None:
    """The belief without its one negation and whether it had one; None for two or more."""
    hits = [(pattern, new) for pattern, new in NEGATIONS if pattern.search(belief)]
    count = sum(len(pattern.findall(belief)) for pattern, _ in hits)
    if count == 0:
        return belief, False
    if count > 1:
        return None
    pattern, new = hits[0]
    return re.sub(r"\s{2,}", " ", pattern.sub(new, belief, count=1)), True


def _restated(belief: str, correction: str, denied: bool) -> str:
    """The belief and its correction in forms the sentence rules read (see the docstring);
    ``denied``: the lead itself denies the belief ("It is not true that ...")."""
    belief = belief.strip().rstrip(".;:,! ")
    belief = belief[:1].upper() + belief[1:]
    correction = correction.strip()
    bare = BARE_REPLY.match(correction)
    affirmed = _affirmed(belief) if bare or (denied and not correction) else None
    if affirmed and (OURS.search(belief) or OURS.search(correction)):
        if bare:
            no = bool(bare.group("neg") or bare.group("cannot"))
            rest = re.sub(r"^:", ",", correction[bare.end() :].strip())
        else:  # "It is not true that our program is closed to IMGs."
            no, rest = not affirmed[1], "."
        # the answer keeps what the reply adds ("we do, and it is 228": "Yes, and it is 228")
        return f"{affirmed[0]}? {'No' if no else 'Yes'}{rest}"
    if not correction:
        return f"{belief}?"
    correction = _named_again(belief, correction)
    if bare or POINTS_BACK.match(correction) or not TOPIC.search(correction):
        # the belief's commas would end the opening clause before its topic
        return f"Whether {belief.replace(',', '')}, {correction}"
    return f"{belief}? {correction}"


def _named_again(belief: str, correction: str) -> str:
    """The correction with what it points back to named again: "Myth: our score floors are 240
    and 250. Fact: they are 220 on Step 1 ..." (the floors), "Myth: ... ECFMG certification
    ... Fact: every IMG must be certified by ..." (ECFMG certified)."""
    subject = COPULA_SUBJECT.match(belief)
    back = PRONOUN_COPULA.match(correction)
    if subject and back:
        correction = f"{subject.group('np')} {correction[back.end() :]}"
    subject, back = REACH_SUBJECT.match(belief), PRONOUN_REACH.match(correction)
    if subject and back:
        correction = f"{subject.group('np')} {correction[back.end() :]}"
    if ECFMG.search(belief) and not ECFMG.search(correction):
        correction = CERTIFIED.sub(r"ECFMG \g<0>", correction, count=1)
    return correction


def _split_belief(sentence: str) -> tuple[str, str, bool] | None:
    """(belief, correction, whether the lead denies it) of a sentence opened by a belief's
    lead, else None."""
    lead = BELIEF_LEAD.match(sentence)
    if lead is None:
        return None
    denied = DENYING_LEAD.search(lead.group()) is not None
    rest = sentence[lead.end() :]
    cut = re.search(r"\s*[;:]\s+|\s+\u2014\s+", rest)
    if cut is None:
        return rest, "", denied
    return rest[: cut.start()], rest[cut.end() :], denied


def corrected(text: str) -> str:
    """The row with each marked belief restated as its correction says (unchanged if none)."""
    if not GATE.search(text):
        return text
    sentences = SENTENCE.split(text)
    out: list[str] = []
    changed = False
    k = 0
    while k < len(sentences):
        sentence = sentences[k]
        label = BELIEF_LABEL.match(sentence)
        # a labelled belief is answered by the sentence after it, or by nothing
        split = (sentence[label.end() :], "", False) if label else _split_belief(sentence)
        if split is None:
            out.append(sentence)
            k += 1
            continue
        belief, correction, denied = split
        after = sentences[k + 1] if k + 1 < len(sentences) else ""
        fact = CORRECTION_LABEL.match(after)
        if not correction and fact:
            correction = after[fact.end() :]
            k += 1
        out.append(_restated(belief, correction, denied))
        changed = True
        k += 1
    return " ".join(out) if changed else text
