"""Instructions to the applicant, restated as the rules about applicants they give.

Application pages speak to the reader: "Do not apply if you need an H-1B", "If your Step 2 CK
is below 230, please do not apply", "Unless you passed every Step on the first try, we cannot
consider your file", "You'll need three months of US clinical experience", "Make sure you are
ECFMG certified before you submit", "Have passed Step 1 on the first attempt", "Graduated
abroad? You may apply." Each is a rule of the program about every applicant, addressed to one
of them. The sentence rules read rules about applicants in the third person ("Applicants whose
Step 2 CK is below 230 are not considered"), so this module says each instruction that way:

- a **condition with a verdict** ("If you / your ..., <verdict>", "<verdict> if you ...", a
  question "Graduated abroad? <verdict>") is a rule about the applicants the condition names:
  a rejecting verdict ("please do not apply", "we cannot consider your file", "please wait to
  apply") makes them "not considered", an admitting one ("you may still apply", "you remain
  eligible") makes them "eligible", and "unless" makes its condition the only way in ("Only
  applicants who ... are considered");
- a **demand** addressed to the applicant ("You must / will need / have to ...", "Make sure
  (that) you ...", "Please ensure ...", "Plan on needing ...", an imperative of holding or
  passing: "Have passed ...", "Hold ...", "Obtain ...") is a demand of "applicants";
- **advice** in the imperative ("Consider ...", "Feel free to ...", "Try to ...") is a
  suggestion, as "we suggest that applicants ..." says: no requirement;
- a row labelled "Your X" is the row "X".

Precedence: this reader runs on the rows of :mod:`extract.fact_rows` (whose shape decisions
come first) and before the sentence rules. It decides only the *person and mood*: who a rule is
about and whether it is one. What the rule commits the program to (the fact, its value, its
polarity, a preference or hedge that voids it) stays with the sentence rules, which read the
restated sentence exactly as they read a third-person one. A sentence not addressed to the
applicant, or whose verdict this module does not know, passes through unchanged.
"""

from __future__ import annotations

import re

# The verdicts a condition leads to: rejecting (the applicants it names are not considered)
_YOU = r"(?:you|your (?:application|file|app|materials))"
_WE = r"(?:we|this program|the program|our program|the residency|our residency|it)"
_CANNOT = (
    r"(?:cannot|can't|can\u2019t|can not|will not|won't|won\u2019t|do not|don't|don\u2019t|does not"
    r"|doesn't|doesn\u2019t|are unable to|is unable to|are not able to|is not able to)"
)
REJECT = re.compile(
    r"(?:please\s+)?(?:(?:do not|don't|don\u2019t)\s+(?:apply|send|submit)\b"
    r"|(?:hold off|wait)\s+(?:on applying|to apply|applying)\b"
    r"|(?:you\s+)?(?:should not|shouldn't|shouldn\u2019t|cannot|can't|can\u2019t|may not)\s+apply\b"
    rf"|{_WE}\s+{_CANNOT}\s+(?:consider|review|accept|take|interview|rank|look at|offer)\b"
    rf"|{_YOU}\s+(?:are|is|will be|will not be|won't be)\s+(?:not\s+)?"
    r"(?:ineligible|not eligible|rejected|screened out|filtered out|declined|not considered)\b"
    r"|you\s+(?:are|will be)\s+not\s+(?:eligible|considered)\b"
    r"|you(?:'re|\u2019re)\s+(?:not\s+(?:eligible|considered)|ineligible)\b"
    r"|you(?:'re|\u2019re|\s+are)\s+(?:outside|beyond|past)\s+(?:of\s+)?(?:our|the)\s+"
    r"(?:window|cutoff|limit|range)\b)",
    re.IGNORECASE,
)
ADMIT = re.compile(
    r"(?:you\s+(?:may|can|are welcome to|should)\s+(?:still\s+)?apply\b"
    r"|you\s+(?:are|remain|are still)\s+(?:still\s+)?eligible\b"
    r"|(?:please\s+)?(?:do\s+)?apply(?:\s+anyway)?\s*[.!]?$"
    r"|we\s+(?:will|can|may|would)\s+(?:still\s+)?(?:consider|review)\s+(?:you|your)\b"
    r"|(?:that's|that\u2019s|that is|it's|it\u2019s|it is)\s+(?:not a problem|no problem|fine|okay|ok)\b)",
    re.IGNORECASE,
)
# "if you need a visa / a J-1 / sponsorship": what the applicant needs, which the answer offers
NEEDING_A_VISA = re.compile(
    r"you\s+(?:need|require|will need)\s+(?:an?\s+)?(?:visa|j-?1|h-?1b|sponsorship)\b", re.I
)
# A condition addressed to the applicant: its subject is "you" or "your ..."
CONDITION = re.compile(r"(?P<conj>if|unless)\s+(?P<cond>(?:you|your)\b[^,]+?)", re.IGNORECASE)
LEAD = r"(?P<lead>(?:[A-Z][\w'\u2019 -]{0,30}:\s+)?)"
CONDITION_FIRST = re.compile(rf"{LEAD}{CONDITION.pattern},\s*(?P<verdict>.+)$", re.IGNORECASE)
VERDICT_FIRST = re.compile(
    rf"{LEAD}(?P<verdict>(?:please\s+)?(?:do not|don't|don\u2019t)\s+apply"
    r"|(?:please\s+)?apply only)\s+"
    rf"{CONDITION.pattern}\s*(?P<end>[.!]?)$",
    re.IGNORECASE,
)
# "If it has been more than 3 years since you graduated, ...", "If over five years have passed
# since graduation, ...": the time since the applicant's own event, said impersonally
ELAPSED_FIRST = re.compile(
    rf"{LEAD}if\s+(?P<cond>[^,]{{3,90}}?\bsince\s+(?:you|your|graduation|graduating"
    r"|medical school|med school)\b[^,]*),\s*(?P<verdict>.+)$",
    re.IGNORECASE,
)
# "Graduated outside the US? You may apply": a question the applicant answers for themself
QUESTION = re.compile(r"(?P<q>[^?]{3,80})\?:?\s+(?P<verdict>.+)$")
ASKING = re.compile(
    r"(?:do|does|did|is|are|was|were|can|could|will|would|should|may|what|when|where|which|who"
    r"|why|how|have|has)\b",
    re.IGNORECASE,
)
# "Applicants who ... should not apply": a rejecting verdict on a group named in the third person
SHOULD_NOT_APPLY = re.compile(
    r"\b(?P<group>(?:applicants|candidates|graduates)\s+(?:who|whose|with)\b[^,.;]+?)\s+"
    r"(?:should not|shouldn't|shouldn\u2019t|need not|needn't)\s+apply\b",
    re.IGNORECASE,
)
# Demands addressed to the applicant, and the third-person demand each is
DEMANDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), r)
    for p, r in (
        (r"you(?:\s+will|'ll|\u2019ll)\s+need\b", "applicants need"),
        (r"you\s+(?:must|need to|have to|are required to|will have to)\b", "applicants must"),
        (r"(?:please\s+)?plan\s+on\s+needing\b", "applicants need"),
        (
            r"(?:please\s+)?(?:make sure|ensure|be sure)(?:\s+that)?\s+you(?:\s+are|'re|\u2019re)\b",
            "applicants must be",
        ),
        (
            r"(?:please\s+)?(?:make sure|ensure|be sure)(?:\s+that)?\s+you(?:\s+have|'ve|\u2019ve)\b",
            "applicants must have",
        ),
        (
            r"(?:please\s+)?(?:make sure|ensure|be sure)(?:\s+that)?\s+(?!to\b)(?=\w)",
            "it is required that ",
        ),
        (
            r"(?:please\s+)?(?=(?:have\s+(?!you\b)(?:passed|completed|obtained|earned|your|at least"
            r"|\d)|(?:hold|obtain|pass|complete|secure)\s+(?:a|an|the|your|it|at least|\d|step"
            r"|usmle|comlex|ecfmg))\b)",
            "applicants must ",
        ),
    )
)
# Advice in the imperative: a suggestion, never a requirement
ADVICE = re.compile(
    r"(?:please\s+)?(?:consider(?=\s+\w+ing\b)|feel free to|try to|aim to|you may want to"
    r"|you might want to)\b",
    re.IGNORECASE,
)
SENTENCE = re.compile(r"(?<=[.!])\s+(?=[A-Z])")  # a question keeps its answer
PAST_OR_ING = re.compile(r"\w+(?:ed|ing)\b")
SECOND_PERSON = (
    (re.compile(r"\byou(?:'ve|\u2019ve)\b", re.IGNORECASE), "they have"),
    (re.compile(r"\byou(?:'re|\u2019re)\b", re.IGNORECASE), "they are"),
    (re.compile(r"\byourself\b", re.IGNORECASE), "themselves"),
    (re.compile(r"\byour\b", re.IGNORECASE), "their"),
    (re.compile(r"\byou\b", re.IGNORECASE), "they"),
)
ROW_YOUR = re.compile(r"your\s+(?=[^:]{2,60}:)", re.IGNORECASE)


# a word without which a text holds no instruction this module restates
ADDRESSED = re.compile(
    r"\b(?:you|your|apply|consider|feel free|try to|aim to|plan on|make sure|ensure|be sure|have"
    r"|hold|obtain|pass|complete|secure)\b",
    re.IGNORECASE,
)


def _third_person(text: str) -> str:
    for pattern, word in SECOND_PERSON:
        text = pattern.sub(word, text)
    return text


def _group(cond: str) -> str:
    """ "you have ever failed a Step" -> "who have ever failed a Step"; "your Step 1 is below
    220" -> "whose Step 1 is below 220"."""
    head, _, rest = cond.strip().partition(" ")
    if head.lower() == "your":
        return "whose " + _third_person(rest)
    return "who " + _third_person(rest)


def _verdict(verdict: str) -> str | None:
    """ "not considered", "eligible", or None for a verdict that is neither."""
    if REJECT.match(verdict):
        return "not considered"
    if ADMIT.match(verdict):
        return "eligible"
    return None


def _conditioned(sentence: str) -> str | None:
    m = CONDITION_FIRST.fullmatch(sentence)
    if m:
        verdict = _verdict(m.group("verdict"))
        group = _group(m.group("cond"))
        if verdict is None:
            if m.group("conj").lower() == "if" and NEEDING_A_VISA.match(m.group("cond")):
                # "If you need a J-1, we can sponsor it": the answer to those who need it
                return f"{m.group('lead')}Applicants {group}: {m.group('verdict')}"
            return None
        # "..., please do not apply; USCE is required": what follows the verdict stands
        _, semicolon, rest = m.group("verdict").partition(";")
        rest = f"; {_third_person(rest.strip())}" if semicolon else "."
        if m.group("conj").lower() == "unless":
            if verdict != "not considered":
                return None
            return f"{m.group('lead')}Only applicants {group} are considered{rest}"
        return f"{m.group('lead')}Applicants {group} are {verdict}{rest}"
    m = ELAPSED_FIRST.fullmatch(sentence)
    if m and (verdict := _verdict(m.group("verdict"))) is not None:
        # "If it has been more than 3 years since you graduated, you are not eligible": the
        # verdict on applicants when that much time has passed
        _, semicolon, rest = m.group("verdict").partition(";")
        rest = f"; {_third_person(rest.strip())}" if semicolon else "."
        cond = _third_person(m.group("cond"))
        return f"{m.group('lead')}Applicants are {verdict} if {cond}{rest}"
    m = VERDICT_FIRST.fullmatch(sentence)
    if m:
        group = _group(m.group("cond"))
        if m.group("verdict").lower().endswith("only"):
            return f"{m.group('lead')}Only applicants {group} are considered."
        if m.group("conj").lower() == "unless":
            return f"{m.group('lead')}Only applicants {group} are considered."
        return f"{m.group('lead')}Applicants {group} are not considered."
    return None


def _answered(sentence: str) -> str | None:
    """A question the applicant asks of themself, answered by a verdict."""
    m = QUESTION.fullmatch(sentence)
    if not m or ASKING.match(m.group("q").strip()):
        return None
    answer = m.group("verdict")
    verdict = _verdict(answer)
    if verdict is None and not (REJECT.search(answer) or ADMIT.search(answer)):
        return None
    q = m.group("q").strip()
    first = q.split()[0].lower()
    if first in ("you", "your"):
        group = _group(q)
    elif first.endswith("ing"):
        group = _third_person(q[0].lower() + q[1:])
    elif first.endswith("ed"):
        group = "who " + _third_person(q[0].lower() + q[1:])
    else:
        group = "with " + _third_person(q[0].lower() + q[1:])
    if verdict is None:
        # "Graduated years ago? There is no cutoff, so please apply": the answer, a verdict
        # inside it, speaks of those the question names
        return f"Applicants {group}: {_third_person(answer)}"
    return f"Applicants {group} are {verdict}."


def _demanded(sentence: str) -> str | None:
    lead = re.match(LEAD, sentence)
    start = lead.end() if lead else 0
    body = sentence[start:]
    if ADVICE.match(body):
        return f"{sentence[:start]}We suggest that applicants {_third_person(body)}"
    for pattern, demand in DEMANDS:
        m = pattern.match(body)
        if m:
            rest = _third_person(body[m.end() :])
            return f"{sentence[:start]}{demand[0].upper()}{demand[1:]}{rest}"
    return None


def _restated(sentence: str) -> str:
    if not ADDRESSED.search(sentence):
        return sentence
    for read in (_conditioned, _answered, _demanded):
        out = read(sentence)
        if out is not None:
            return out
    m = SHOULD_NOT_APPLY.search(sentence)
    if m:
        return f"{sentence[: m.start()]}{m.group('group')} are not considered{sentence[m.end() :]}"
    return sentence


def third_person(text: str) -> str:
    """The text with each instruction to the applicant restated as the rule it gives; text
    with none is returned unchanged (the same object)."""
    if not ADDRESSED.search(text):
        return text
    text = ROW_YOUR.sub("", text, count=1) if ROW_YOUR.match(text) else text
    sentences = SENTENCE.split(text)
    out = [_restated(s.strip()) for s in sentences]
    joined = " ".join(out)
    return joined if joined != " ".join(s.strip() for s in sentences) else text
