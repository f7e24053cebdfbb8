"""Outside bodies' word: what ECFMG, USCIS, a consulate or federal law does is no program rule.

An international office's page explains the visa system around the program's own policy: what
ECFMG does as the J-1 sponsor ("ECFMG may need 90 days to review a J-1 sponsorship application",
"ECFMG charges its own fee for J-1 sponsorship"), how long USCIS or a consulate takes ("Regular
USCIS processing of an H-1B petition can take 120 days"), what the law asks of every physician
("Under federal rules, a physician seeking H-1B status must have passed all three Steps",
"Physicians on a J-1 are subject to the two-year home-residency requirement of INA 212(e)").
Such a sentence names a visa, and often a sponsoring word or a negation ("without premium
processing"), but it commits the program to nothing: the same sentence stands on the page of a
program that sponsors the visa and of one that does not.

This module takes such a sentence out of what the sentence rules read. A sentence is an outside
body's word when both hold:

- **an outside body heads its subject** (the words before its first finite verb open with ECFMG
  as an actor, in a sentence that names no certificate, not "J-1 visas sponsored by ECFMG";
  USCIS, SEVIS, a consulate or embassy, the Department of State or of Homeland Security,
  federal or immigration law, rules or regulations), or it **cites the law** a physician is
  "subject to" (INA, 212(e), federal rules, a home-residency requirement);
- **it names nothing of the program**: no "we", "our", "us", no "the program", "this
  residency", "the institution", "here".

A sentence that names the program ("ECFMG sponsors the J-1 for our residents", "USCIS must
approve the petition the program files") stays whole: what the program does beside the body is
its own word. Precedence: runs after :mod:`extract.fact_scope`, on each row, before the sentence
rules. Text that names no outside body passes unchanged (the same object).
"""

from __future__ import annotations

import re

# A cheap gate: a text naming none of these names no outside body of the visa system.
GATE = re.compile(
    r"\b(?:ecfmg|uscis|sevis|consul\w*|embass\w*|department of|federal|immigration"
    r"|ina|212\(e\)|employers?)",
    re.IGNORECASE,
)
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"\u201c(])")
# The bodies of the visa system, as a sentence's subject
BODY = re.compile(
    r"\b(?:ecfmg|uscis|sevis|consulates?|consular|embass(?:y|ies)"
    r"|(?:the )?department of (?:state|homeland security|labor)"
    r"|(?:federal|immigration|u\.s\.) (?:law|laws|rules|regulations?|statutes?))\b"
    r"(?!-)",  # "the ECFMG-sponsored J-1" names the visa, not ECFMG acting
    re.IGNORECASE,
)
# ECFMG named for its certificate is the program's demand, not ECFMG acting ("ECFMG - must be
# certified by the ROL deadline": a label, then the demand)
CERTIFICATE = re.compile(r"\bcert(?:ification|ified|ificate|s)?\b", re.IGNORECASE)
# A clause's first finite verb: what stands before it is its subject
VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|does|do|did|must|may|might|can|cannot|could|will"
    r"|would|should|shall|takes?|needs?|charges?|asks?|requires?|reviews?|issues?|sets?"
    r"|processes|approves?|grants?|decides?|exceeds?|sponsors?|applies|publishes)\b",
    re.IGNORECASE,
)
# The law a physician is "subject to": a statute, its section, or the rule it makes
LAW = re.compile(
    r"\bsubject to\b.*\b(?:ina|212\(e\)|federal|home[- ](?:country|residency)|regulations?"
    r"|statute|law)\b",
    re.IGNORECASE,
)
# The program, in any of its names ("us" in lower case only: "US" is the country)
PROGRAM = re.compile(
    r"\b(?:we|our|ours|here|(?:this|the) (?:program|residency|institution|hospital|department"
    r"|international office|gme office))\b",
    re.IGNORECASE,
)
US = re.compile(r"\bus\b")
# Words of the visa system at large: every program, the country, any employer
AT_LARGE = re.compile(
    r"\b(?:nationally|nationwide|across the country|(?:every|each|all|any) (?:residency )?"
    r"programs?|(?:an|any|a sponsoring|the sponsoring) employer)\b",
    re.IGNORECASE,
)
# A visa's sponsor named as the agent of a passive: "is sponsored by ECFMG", "is petitioned for
# by an employer"
AGENT = re.compile(
    r"\b(?:is|are)\s+(?:\w+\s+){0,2}?(?:sponsored|petitioned|filed|issued|provided|handled)"
    r"\s+(?:for\s+)?"
    r"(?:\w+\s+)?by\s+(?:ecfmg|uscis|the department of \w+|(?:an|any|a|the) (?:sponsoring )?employer)\b",
    re.IGNORECASE,
)


def _subject(sentence: str) -> str:
    m = VERB.search(sentence)
    return sentence[: m.start()] if m else ""


def _names_program(sentence: str) -> bool:
    return PROGRAM.search(sentence) is not None or US.search(sentence) is not None


def _at_large(sentence: str) -> bool:
    """ "the J-1 is sponsored nationally by ECFMG": a visa's sponsor as a passive's agent, with
    words of the visa system at large."""
    return AGENT.search(sentence) is not None and AT_LARGE.search(sentence) is not None


def bodys_word(sentence: str) -> bool:
    """Whether a sentence is an outside body's word, naming nothing of the program."""
    if _names_program(sentence):
        return False
    subject = _subject(sentence)
    body = BODY.search(subject)
    # the body heads the subject ("Regular USCIS processing", "Under federal rules, a ..."),
    # not a phrase inside it ("J-1 visas sponsored by ECFMG")
    acting = (
        body is not None
        and len(subject[: body.start()].split()) <= 2
        and CERTIFICATE.search(sentence) is None
    )
    # "the J-1 is sponsored nationally by ECFMG on behalf of every program, while the H-1B is
    # petitioned for by an employer": how the visa system works for every program
    return acting or _at_large(sentence) or LAW.search(sentence) is not None


def _without_system_halves(sentence: str) -> str:
    """A sentence without its halves (cut at ";") that tell how the visa system works at large
    and name nothing of the program: "J-1 sponsorship is provided nationally by ECFMG; H-1B
    visas are not sponsored here" keeps only the program's rule on the H-1B. Only the at-large
    kind is cut out of a sentence that names the program: an agency acting ("ECFMG must
    certify you; we ...") may carry the program's own deadline."""
    halves = sentence.split("; ")
    if len(halves) < 2 or not _names_program(sentence):
        return sentence
    kept = [h for h in halves if _names_program(h) or not _at_large(h)]
    if len(kept) == len(halves) or not kept:
        return sentence
    return "; ".join(kept)


def programs_word(text: str) -> str:
    """The text without the sentences that are an outside body's word; text with none is
    returned unchanged (the same object)."""
    if not GATE.search(text):
        return text
    sentences = SENTENCE.split(text)
    kept = [_without_system_halves(s) for s in sentences if not bodys_word(s)]
    return " ".join(kept) if kept != sentences else text
