"""Label–value fragments of fact sheets, made into the rows the sentence rules read.

Program fact sheets, "at a glance" boxes and directory entries rarely write sentences: they
write a label and a value ("Step 2 CK — 230+", "USCE: min. 3 mos", "J-1 ✓ · H-1B ✗",
"Graduates of non-U.S. schools | ✓ Eligible"), and they write them in shorthand. This module
reads that shape before the sentence rules do, in two steps, and hands them rows in the one
form they already read ("Label: value"):

1. **Fields.** A unit is cut into label–value fields: at a bar or a middle dot between fields
   ("Categorical positions — 4 per year | all filled through the Match"), at a slash between
   pairs that each have a value ("J1: yes / H1B: no"); a label set off by a dash ("Step 1 —
   minimum 220") is a label set off by a colon, and so is one set off by an equals sign or an
   arrow, or by a unit's one bar or middle dot ("Total complement = 40", "# positions/yr → 4",
   "Annual intake | 4 categorical"). A value that quantifies over what the label
   lists ("J-1 | H-1B: neither is offered", "both", "either") keeps its fields together: the
   value belongs to every item. A list of marked items ("J-1 ✓ · H-1B ✗", "✓ J-1 · ✗ H-1B")
   is one row per item ("J-1: yes", "H-1B: no"): the item names the fact, its mark the answer;
   such a list heading a sentence before its colon ("J-1 yes, H-1B no: ECFMG sponsors ...") is
   those rows, then the sentence read on its own.
2. **Shorthand.** Symbols and abbreviations become the words the rules read: comparison signs
   ("≥ 2 months" is "at least 2 months"), "min."/"max.", abbreviated units of time after a
   number ("4 mos", "1-yr"), "cert.", "req'd"/"pref'd", "n/a", "LORs", "grads", exam short
   names ("CK", "2CK", "L2-CE"), "OK", and check and cross marks (a check before a statement is
   no word; a cross before a noun phrase denies it: "✗ H-1B sponsorship" is "No H-1B
   sponsorship"; a mark standing as a row's whole value is its yes or no). A FAQ written
   "Q: ... A: ..." is a question and its answer, and so is a label asked as a question and
   answered by a yes or no ("Retakes OK?: Nope, first try only" is "Retakes OK? No. First try
   only": the "No" answers, it denies nothing said after it). A word that calls attention
   ("Tip:", "Heads up:", "Important:", "Sorry, IMG folks:") is no label: what follows it is
   read as it stands.

Precedence: this reader only decides the *shape* (which words are a label, which its value,
which fields stand apart) and spells the shorthand out; what a row commits the program to (the
fact its label names, the value and polarity, an aside or a preference word that voids it) is
decided by the sentence rules reading the row, the one place those decisions live. So the two
never disagree on a unit: a fragment is read once, as the row this module makes of it, and a
unit that has no fragment shape passes through unchanged. The sentence a fact reports stays
the page's own words (the field, before its shorthand was spelled out).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CHECKS = "\u2713\u2714\u2611\u2705"  # ✓ ✔ ☑ ✅
CROSSES = "\u2717\u2718\u2715\u2716\u274c\u2612"  # ✗ ✘ ✕ ✖ ❌ ☒
MARK = f"[{CHECKS}{CROSSES}]"
MARKS = re.compile(MARK)
ANSWERS = re.compile(rf"{MARK}|\b(?:yes|no|y|n)\b", re.IGNORECASE)
NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+"
# the number words the fact readers know, with their values
NUMBER_VALUES = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()
    )
}

# (words one of which the text holds, pattern, replacement): shorthand spelled out, in order;
# each a word the rules know (the words let a unit without them skip the pattern)
SHORTHAND: tuple[tuple[tuple[str, ...], re.Pattern[str], str], ...] = tuple(
    (keys, re.compile(p, re.IGNORECASE), r)
    for keys, p, r in (
        (("\u2265", ">=", "=>"), r"(?:\u2265|>=|=>)\s*", "at least "),
        (("\u2264", "<=", "=<"), r"(?:\u2264|<=|=<)\s*", "no more than "),
        ((">",), r"(?<![\w>])>\s*(?=\d)", "more than "),
        # "Step 1 scores < 215": a three-digit score is under a floor, not fewer of something
        (("<",), r"(?<![\w<])<\s*(?=\d{3}(?!\d))", "below "),
        (("<",), r"(?<![\w<])<\s*(?=\d)", "fewer than "),
        # "USCE required (months): at least 3": the label's unit belongs to its number
        (
            ("(months)", "(years)", "(weeks)"),
            r"\s*\((months|years|weeks)\)\s*:\s*((?:at least |no more than |more than "
            r"|fewer than )?\d+)(?![\d\w])",
            r": \2 \1",
        ),
        (("at/above",), r"\bat/above\b", "at or above"),
        (("-mo",), rf"\b({NUMBER_WORDS})-mos?\b\.?", r"\1-month"),
        (("-wk",), rf"\b({NUMBER_WORDS})-wks?\b\.?", r"\1-week"),
        (("-yr",), rf"\b({NUMBER_WORDS})-yrs?\b\.?", r"\1-year"),
        (("mo",), rf"\b({NUMBER_WORDS})(\s*)mos?\b\.?", r"\1\2months"),
        (("wk",), rf"\b({NUMBER_WORDS})(\s*)wks?\b\.?", r"\1\2weeks"),
        (("yr",), rf"\b({NUMBER_WORDS})(\s*)yrs?\b\.?", r"\1\2years"),
        # "3 years max. NRMP quota: 2": after a figure, the abbreviation's period ends the
        # sentence too ("Min. Step 1 → 225" opens a label)
        (
            ("min.", "max."),
            r"(\d\s*(?:[a-z]+\s+)?)(min|max)\.(?=\s+(?-i:[A-Z]))",
            r"\1\2imum.",
        ),
        (("min",), r"\bmin\b\.?(?=\s*(?:[:\d(),;|]|$|[a-z]))", "minimum"),
        (("max",), r"\bmax\b\.?(?=\s*(?:[:\d(),;|]|$|[a-z]))", "maximum"),
        (("cert",), r"\bcert\b\.?", "certification"),
        (("avg",), r"\bavg\b\.?", "average"),
        (("exp.",), r"\bexp\b\.", "experience"),
        (("req",), r"\breq(?:'|\u2019)?d\b\.?", "required"),
        (("cut",), r"\bcut[- ]?scores?\b", "cutoff"),
        (("app.",), r"\bapp\.(?=\s+date\b)", "application"),
        (("req.",), r"\breq\.(?=\s*(?:[:(]|$))", "required"),
        (("pref",), r"\bpref(?:'|\u2019)?d\b\.?", "preferred"),
        (("n/a",), r"\bn/a\b", "not applicable"),
        (("lor",), r"\bLoRs?\b|\bLORs?\b", "letters of recommendation"),
        (("docs",), r"\b(US|U\.S\.)\s+docs\b", r"\1 physicians"),
        (("grads",), r"\bgrads\b", "graduates"),
        (("grad",), r"\b(since|from|of|after)\s+grad\b\.?", r"\1 graduation"),
        (("yog",), r"\bYOG\b", "year of graduation"),
        (("grad-",), r"\bgrad-(year|date)\b", r"graduation-\1"),
        (("pass",), r"\b(?:1st|first)[- ]pass\b(?!\s+rates?\b)", "first attempt"),
        (("1st",), r"\b1st\b", "first"),
        (("int'l", "int\u2019l"), r"\bint(?:'|\u2019)l\b\.?", "international"),
        (("/n)",), r"\s*\((?:Y|yes)\s*/\s*(?:N|no)\)", ""),
        (
            ("since",),
            r"\bsince\s+(?:the\s+)?(?:M\.?D\.?|D\.?O\.?|MD\s*/\s*DO|medical\s+degree|degree)(?!\w)",
            "since graduation",
        ),
        # "2 (some years 3)": a count and the count of other years are a range
        (
            ("years",),
            r"\b(\d+)\s*\((?:in\s+)?(?:some|other|certain|occasional)\s+years?,?\s*(\d+)\)",
            r"\1 to \2",
        ),
        # "USMLE Steps 1 and 2 CK": each exam named in full, as the rules know it
        (("steps",), r"\bSteps\s+1\s*(and|&|,|/)\s*2\b", "Step 1 and Step 2"),
        (("ck",), r"\b(?:Step\s*)?2\s*CK\b|(?<!Step 2 )\bCK\b", "Step 2 CK"),
        (("l2",), r"\bL2-?CE\b", "Level 2-CE"),
        ((" ok",), r"\b(attempts?|repeats?|retakes?)\s+OK\b", r"\1 accepted"),
    )
)
YES_NO = {"yes": True, "y": True, "no": False, "n": False}
NEGATED_START = re.compile(r"^\s*(no|not|none|never|neither|without)\b", re.IGNORECASE)
# a value that belongs to every item its label lists ("J-1 | H-1B: neither is offered")
OVER_ALL = re.compile(r"^\s*(both|neither|either|all|none of|each)\b", re.IGNORECASE)
# a label set off by a dash: a few words, no clause of its own (no determiner or pronoun first)
DASH_LABEL = re.compile(
    r"^(?P<label>[^:\u2014\u2013|,;?!]{2,60}?)\s+[\u2014\u2013-]\s+(?P<value>\S.*)$"
)
CLAUSE_OPENERS = re.compile(
    r"^(the|a|an|our|we|this|these|those|it|they|each|every|with|since|because|as|if|when"
    r"|while|although|unlike|no|not|please|note)\b",
    re.IGNORECASE,
)
# "H-1B sponsorship — which we are asked about every year — is not offered": a value that
# closes its dash with a second one and goes on with the sentence's verb is an aside inside one
# sentence, not a row's value
CLOSED_ASIDE = re.compile(
    r"^[^\u2014\u2013]{2,120}?\s[\u2014\u2013]\s+(?:is|are|was|were|has|have|does|do|did|will"
    r"|would|can|cannot|can't|could|must|may|might|shall|should|remains?|stays?|sponsors?"
    r"|requires?|accepts?|considers?|offers?|expects?|welcomes?|provides?|supports?|applies"
    r"|needs?|matches|takes|holds|asks?)\b",
    re.IGNORECASE,
)
FIELD_BREAK = re.compile(r"\s+\|\s+")
PAIR_BREAK = re.compile(r"\s+/\s+(?=[^:/|.;]{1,40}:\s*\S)")
ROW_VALUE = re.compile(
    r"\s*(yes|no|y|n|none|not|required|accepted|sponsored|ok|available|optional|pass|passed"
    rf"|\d+|{MARK})(?!\w)",
    re.IGNORECASE,
)
# what follows a dash that opens a clause of its own is a reason or an aside, not a value
VALUE_CLAUSE = re.compile(
    r"^(we|our|the|they|it|its|this|there|you|your|applicants?|residents?|candidates?)\b",
    re.IGNORECASE,
)
# a sentence of a unit that is a fragment by its marks or bars stands alone
PIECE_BREAK = re.compile(rf"(?<=[.!?])\s+(?=[A-Z#{CHECKS}{CROSSES}])")
SHORT_FORM_END = re.compile(r"\b(?:min|max|cert|req|approx|avg|rec|incl|no|vs)\.$", re.IGNORECASE)
FRAGMENT_SIGNS = re.compile(rf"{MARK}|\s[|\u00b7=\u2192]\s")
QA = re.compile(r"^\s*Q\s*[:.]\s*(?P<q>.+?\?)\s*A\s*[:.]\s*(?P<a>.+)$", re.IGNORECASE)


# "Total complement = 40", "# positions/yr \u2192 4", "Int'l grads | eligible", "Grad-year window
# \u00b7 5 yr": a label set off by an equals sign, an arrow, or (as a unit's one break) a bar or a
# middle dot, in a unit with no colon, is a label set off by a colon
JOINED_LABEL = re.compile(
    r"^(?P<label>[^:=\u2192|\u00b7\u2014\u2013]{2,60}?)\s+(?:=|\u2192|->|\||\u00b7)\s+"
    r"(?P<value>[^:=\u2192|\u00b7]+)$"
)


@dataclass(frozen=True)
class Fragment:
    """One row to read: the text the rules read, and the page's words it stands for."""

    text: str
    source: str


# ", as approved by the ACGME,": an aside that names who set a figure is no clause of its own;
# it ends at a comma, a sentence's end or a row's colon ("Class size, as authorized by the GME
# Committee: 4"), never at the point inside a clause number ("as defined in Section 1.4,")
ATTRIBUTION = re.compile(
    r",\s+as\s+(?:approved|defined|set|set out|laid down|determined|specified|stated|described"
    r"|outlined|established|published|authori[sz]ed|accredited|fixed|agreed)"
    r"\s+(?:by|in|under|within)\b(?:[^,;.():]|\.(?=\d)){1,80}(?:,\s*|(?=[.;:]|$))",
    re.IGNORECASE,
)


def _spell_out(text: str) -> str:
    if ", as " in text:
        text = ATTRIBUTION.sub(lambda m: " " if m.group(0).rstrip().endswith(",") else "", text)
    low = text.lower()
    for keys, pattern, replacement in SHORTHAND:
        if any(k in low for k in keys):
            text = pattern.sub(replacement, text)
    return text


def _marked_item(item: str) -> tuple[str, bool] | None:
    """ "J-1 ✓", "✗ H-1B", "H-1B no": an item's name and its mark's (or yes or no's) answer;
    None without exactly one."""
    item = item.strip(" .;")
    m = re.fullmatch(
        rf"({MARK})\s*(?P<name>[^{CHECKS}{CROSSES}]+)|(?P<name2>[^{CHECKS}{CROSSES}]+?)\s*({MARK})",
        item,
    )
    if m:
        yes = (m.group(1) or m.group(4)) in CHECKS
        name = (m.group("name") or m.group("name2") or "").strip()
        return (name, yes) if name and len(name.split()) <= 6 else None
    m = re.fullmatch(
        r"(?P<name>[^:=\u2192]+?)\s*(?:[:=\u2192])?\s+(?P<answer>yes|no|y|n)", item, re.IGNORECASE
    )
    if m and len(m.group("name").split()) <= 3:
        return m.group("name"), YES_NO[m.group("answer").lower()]
    return None


def _marked_list(value: str) -> list[str] | None:
    """ "J-1 ✓ · H-1B ✗", "J-1 yes; H-1B no": one row per answered item, each its own label."""
    if not ANSWERS.search(value):
        return None
    items = re.split(r"\s*[\u00b7\u2022|;,]\s*|\s+/\s+", value.strip(" ."))
    if len(items) < 2:
        return None
    rows = []
    for item in items:
        read = _marked_item(item)
        if read is None:
            return None
        rows.append(f"{read[0]}: {'yes' if read[1] else 'no'}")
    return rows


def _marks(text: str) -> str:
    """A check or cross made a word: a mark that is a row's whole value is its yes or no; a
    check before a statement is no word; a cross before a noun phrase denies it ("No ...")."""
    if not MARKS.search(text):
        return text
    label, colon, value = text.partition(":")
    if colon and re.fullmatch(rf"\s*{MARK}\s*\.?\s*", value):
        return f"{label}: {'yes' if value.strip(' .') in CHECKS else 'no'}"
    if colon and re.match(rf"\s*{MARK}", value) and ":" not in value:
        mark = value.strip()[0]
        rest = value.strip()[1:].strip()
        if mark in CROSSES and not NEGATED_START.match(rest):
            rest = f"no {rest}" if rest else "no"
        return f"{label}: {rest}"
    m = re.match(rf"\s*({MARK})\s*(.*)$", text)
    if m:
        mark, rest = m.group(1), m.group(2)
        if mark in CHECKS or NEGATED_START.match(rest):
            return rest
        head, sep, tail = rest.partition(":")
        if sep:  # "✗ USCE: ..." the label's answer is no
            return f"{head}: no"
        if len(rest.split()) <= 6 and not re.search(r"\s[\u2014\u2013-]\s|[,;]", rest):
            return f"{rest.rstrip(' .')}: no"  # "✗ Foreign medical graduates": the row's no
        return f"No {rest[:1].lower()}{rest[1:]}" if not rest[:2].isupper() else f"No {rest}"
    m = re.fullmatch(rf"(?P<name>[^{CHECKS}{CROSSES}:]{{1,60}}?)\s*({MARK})\s*\.?", text)
    if m:
        return f"{m.group('name')}: {'yes' if m.group(2) in CHECKS else 'no'}"
    return re.sub(rf"\s*{MARK}\s*", " ", text).strip()


def _joined_label(unit: str) -> str:
    """ "Annual intake | 4 categorical": a unit's one equals sign, arrow, bar or middle dot
    between a short label and its value is the label's colon."""
    m = JOINED_LABEL.match(unit)
    if not m or MARKS.search(m.group("label")) or CLAUSE_OPENERS.match(m.group("label")):
        return unit
    if len(m.group("label").split()) > 7:
        return unit
    return f"{m.group('label')}: {m.group('value')}"


def _dash_label(field: str) -> str:
    """ "Step 1 — minimum 220": a short label set off by a dash is a label set off by a colon."""
    if ":" in field.partition(" \u2014 ")[0].partition(" \u2013 ")[0]:
        return field
    m = DASH_LABEL.match(field)
    if not m or CLAUSE_OPENERS.match(m.group("label")) or len(m.group("label").split()) > 7:
        return field
    if VALUE_CLAUSE.match(m.group("value")) or CLOSED_ASIDE.match(m.group("value")):
        return field
    return f"{m.group('label')}: {m.group('value')}"


def _fields(unit: str) -> list[str]:
    """A unit cut into its label–value fields (see the module's step 1)."""
    parts = FIELD_BREAK.split(unit)
    if len(parts) > 1:
        last = parts[-1].partition(":")[2]
        if ":" in parts[-1] and OVER_ALL.match(last):
            return [unit]
        fields: list[str] = []
        for part in parts:
            # a bare value after a bar is the value of the field before it ("... | 240")
            if fields and re.fullmatch(r"\s*\d[\d.,\s%]*\.?\s*", part):
                fields[-1] = f"{fields[-1].rstrip(' :')}: {part}"
            else:
                fields.append(part)
        parts = _label_carried(fields)
    out: list[str] = []
    for part in parts:
        if "/" in part and re.match(r"^[^:/|]{1,40}:\s*\S", part):
            pairs = PAIR_BREAK.split(part)
            # each pair before a break has a value of its own: "Visas: J-1 / H-1B: case by
            # case" is one row about both
            if all(ROW_VALUE.match(p.partition(":")[2]) for p in pairs[:-1]):
                out.extend(pairs)
                continue
        out.append(part)
    return out


# "Step 2 CK 220", "COMLEX Level 2-CE 500": an exam named with its score and nothing more
BARE_EXAM_SCORE = re.compile(
    r"^\s*(?:USMLE\s+|COMLEX(?:-USA)?\s+)?(?:Step|Level)\s*[123][\w\s-]{0,6}?\s+\d{3}\s*\.?\s*$",
    re.IGNORECASE,
)


def _label_carried(fields: list[str]) -> list[str]:
    """ "Board score floors: Step 1 205 | Step 2 CK 220": an exam and its score alone after a
    bar is one more item of the field before it, whose label says what the scores are (floors,
    averages), so each keeps that label."""
    out: list[str] = []
    label = None
    for field in fields:
        if label is not None and BARE_EXAM_SCORE.match(field):
            out.append(f"{label}: {field.strip()}")
            continue
        head, colon, value = field.partition(":")
        label = head if colon and BARE_EXAM_SCORE.match(value) else None
        out.append(field)
    return out


def _pieces(unit: str) -> list[str]:
    """A unit's sentences that are fragments by their marks or bars, each apart; the sentences
    between them stay together (a question and its answer are read as one)."""
    if not FRAGMENT_SIGNS.search(unit):
        return [unit]
    out: list[str] = []
    prose: list[str] = []
    split = PIECE_BREAK.split(unit)
    pieces = split[:1]
    for piece in split[1:]:
        if SHORT_FORM_END.search(pieces[-1]):
            pieces[-1] = f"{pieces[-1]} {piece}"  # "Min. Step 1 \u2192 220": no sentence ends
        else:
            pieces.append(piece)
    for piece in pieces:
        if FRAGMENT_SIGNS.search(piece):
            if prose:
                out.append(" ".join(prose))
                prose = []
            out.append(piece)
        else:
            prose.append(piece)
    if prose:
        out.append(" ".join(prose))
    return out


def fragments(unit: str) -> list[Fragment]:
    """The rows of one text unit, spelled out; a unit with no fragment shape is itself."""
    return [f for piece in _pieces(unit) for f in _piece_fragments(piece)]


# "Tip:", "Heads up:", "Important:": a word that calls attention to a sentence, not a label
PREAMBLE = re.compile(
    r"(?:tip|note|please note|important|heads up|fyi|fwiw|reminder|pro tip|psa|know before you"
    r" apply|good to know|(?:sorry|hey|hi|attention|calling all|dear)\b[^:.]{0,30})\s*:\s+(?=\S)",
    re.IGNORECASE,
)


# a label asked as a question, answered by a yes or no (and what follows it after a comma)
ASKED_ROW = re.compile(
    r"(?P<q>[^:?]{2,80}\?)\s*:\s*(?P<a>yes|no|yep|yup|nope|nah)(?P<rest>,\s.*|\.?)",
    re.IGNORECASE,
)


def _piece_fragments(unit: str) -> list[Fragment]:
    preamble = PREAMBLE.match(unit)
    if preamble:  # the sentence after it is read as a sentence; the row keeps the page's words
        rest = unit[preamble.end() :]
        rows = _piece_fragments(rest)
        return [Fragment(f.text, unit if f.source == rest else f.source) for f in rows]
    asked = ASKED_ROW.fullmatch(unit)
    if asked:  # "Retakes OK?: No, first try only": a question and its yes or no
        rest = asked.group("rest")
        if asked.group("a").lower() in ("yes", "yep", "yup"):
            polar = "Yes"
        else:  # "No, first try only": the "No" answers; what follows is said, not denied
            polar, rest = "No", re.sub(r"^,\s*(.)", lambda m: ". " + m.group(1).upper(), rest)
        return [Fragment(_spell_out(f"{asked.group('q')} {polar}{rest}"), unit)]
    qa = QA.match(unit)
    if qa:
        return [Fragment(_spell_out(f"{qa.group('q')} {qa.group('a')}"), unit)]
    if ":" not in unit:
        joined = _joined_label(unit)
        if joined != unit:  # the rows read the joined row; they report the page's words
            return [Fragment(f.text, unit) for f in _piece_fragments_of(joined)]
    return _piece_fragments_of(unit)


# a sentence's end inside what reads as a label: the label is the words after it
SENTENCE_IN_LABEL = re.compile(r"^(?P<prose>.*[.!?])\s+(?=[A-Z])")


def _prose_before(label: str) -> list[Fragment]:
    """ "IMGs will be considered. Visa sponsorship: J-1 - yes; H-1B - no": the sentences before
    a list's label are read as they stand, not lost with the label the list's rows replace."""
    m = SENTENCE_IN_LABEL.match(label)
    return _piece_fragments(m.group("prose")) if m else []


def _piece_fragments_of(unit: str) -> list[Fragment]:
    label, colon, value = _dash_label(unit).partition(":")
    # "J-1 yes; H-1B no — the department has no H-1B pathway": the list, then its reason
    dash = re.search(r"\s[\u2014\u2013]\s", value)
    listed, reason = (value[: dash.start()], value[dash.end() :]) if dash else (value, "")
    items = _marked_list(listed) if colon else _marked_list(unit)
    answer = re.fullmatch(r"\s*(yes|no|y|n)\s*", listed, re.IGNORECASE) if colon and dash else None
    if answer:  # "IMG eligible: N \u2014 LCME schools only": the label's answer, then its reason
        items = [f"{label.strip()}: {'yes' if YES_NO[answer.group(1).lower()] else 'no'}"]
    zero = (
        re.fullmatch(r"\s*0(?:\s+(?:months|weeks|years))?\s*", listed) if colon and dash else None
    )
    if zero and NEGATED_START.match(reason):
        # "USCE required: 0 months — not required": a zero, then the same said in words (a
        # figure other than none stays with its dash: "Step 1: 220 — not a cutoff")
        items = [f"{label.strip()}: {listed.strip()}"]
    if items:
        rows = [Fragment(_spell_out(item), unit) for item in items]
        if colon and reason.strip():
            rows.append(Fragment(_spell_out(reason.strip()), unit))
        return _prose_before(label) + rows if colon else rows
    heading = _marked_list(label) if colon and value.strip() else None
    if heading:  # "J-1 yes, H-1B no: ECFMG sponsors the J-1 ...": the list, then its sentence
        rows = [Fragment(_spell_out(item), unit) for item in heading]
        return rows + [Fragment(f.text, unit) for f in _piece_fragments(value.strip())]
    out: list[Fragment] = []
    for field in _fields(unit):
        field = field.strip()
        if not field:
            continue
        label, colon, value = _dash_label(field).partition(":")
        items = _marked_list(value) if colon else _marked_list(field)
        if items:
            out.extend(Fragment(_spell_out(item), field) for item in items)
            continue
        text = _dash_label(_marks(field))
        out.append(Fragment(_spell_out(text), field))
    return out
