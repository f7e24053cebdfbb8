"""Scope in a program's statements: only what applies to this program's own residency.

Program pages set the program's rule beside rules of a wider or another scope: the institution's
GME policy ("the GME office sponsors H-1B visas for some programs; this residency does not"),
other tracks of the same page (preliminary positions, a research track, a combined program),
sister programs, affiliated hospitals, fellowships and other specialties. They do it with
"unlike", "whereas", "although", "except for", "apart from", "whatever ...", "even though ...",
"in contrast to". What those say of another body settles nothing for this program, and a track
named as a carve-out ("with no exception for the research track") is no claim that the program
has it. This module hands the sentence rules the program's own part of each sentence:

- **a contrast or carve-out that sets another body beside the rule** is taken out: an opening
  "Unlike X, (which ...,)", "In contrast to X,", "Whatever X,", "Independently of X,", "X
  aside,", "Except for / Apart from X (, who ...),", and an opening "Whereas / Although / While
  ..." whose subject is another body; a closing ", whatever ...", ", even though / if / when
  ...", ", in contrast to ...", ", whereas <another body> ...", ", alongside / separate from /
  apart from / not counting X", ", with no exception for X", ", a shorter window than ...";
  an aside between commas that names another body (", which is higher than the
  institution-wide floor,", ", and not just the GME office,", ", available in a few
  fellowships,", ", but not fellows,"). A carve-out that names a visa, an exam, IMGs, a score
  or a number ("With the exception of J-1 sponsorship, ...", "Apart from our 4 categorical
  positions, ...") is the program's own word and stays.
- **a clause whose subject is another body** and which names a rule ("The research track
  applies its own floor", "Preliminary positions require four months of U.S. clinical
  experience") is said of "another program", which the sentence rules read as settling nothing
  for this one; its topic words stay, so a clause after it that names none ("; this program's
  own floor is 230") still reads that topic. A clause that only counts a track's positions is
  that track's claim and stays.
- **a share of another body's count** ("Of the institution's many PGY-1 positions, 4 each year
  belong to this program") counts the program's own ("4 positions each year belong to ...").
- **a bare denial after another body's rule** ("Our sister program requires U.S. clinical
  experience; this program does not", "Although the GME office sponsors H-1B visas for some
  programs, this residency does not") is completed with the rule it denies ("this program does
  not require U.S. clinical experience").

Precedence: this reader runs last of the text readers (after :mod:`extract.fact_instructions`)
and before the sentence rules. It decides only *whose* rule a part of a sentence is; what the
program's part commits it to stays with the sentence rules. Text with none of the words of
scope passes through unchanged (the same object).
"""

from __future__ import annotations

import re

from extract.fact_rows import NUMBER_WORDS

# A cheap gate: a text with none of these words sets no rule of another scope beside the
# program's own.
SCOPE_WORDS = frozenset(
    """
    unlike whereas although though while whatever whichever except exception apart aside
    contrast independently independent alongside institution institution's institutional gme
    hospital hospital's sister partner affiliated fellowship fellowships fellows preliminary
    prelim research combined transitional department department's departments specialties
    other even separate excluding counting addition shorter longer stricter higher lower door
    across down state state's board boards licensing licensure acgme nrmp fsmb
    """.split()
)
_WORD = re.compile(r"[a-z']+")

# Another program or track than this program's categorical residency: never its rule
OTHER = re.compile(
    r"(?<![\w-])(?:sister|partner|affiliated|fellowships?|fellows|preliminary|prelim"
    r"|(?:research|physician-scientist)[- ](?:track|pathway)(?:'s)?|combined"
    r"|transitional(?:-year)?|specialties"
    r"|(?:programs?|residenc(?:y|ies)|hospitals?) (?:next door|across (?:the )?(?:town|street|road)"
    r"|down the (?:road|street))"
    r"|(?:other|many|most|some|several|certain) (?:[\w-]+ )?(?:programs|residencies|departments"
    r"|specialties|tracks)|other (?:program|residency|track)|another (?:program|residency|track))(?![\w-])",
    re.IGNORECASE,
)
# An authority over every program (a state medical or licensing board, a board of medicine,
# the state or its law, the ACGME, the NRMP): its rule binds all programs and is no rule of this
# one's, unless the program says it follows it ("We follow the state board's limit", whose
# subject is the program). Named as a clause's subject only: "a training license from the state
# medical board by July 1" is the program's own deadline.
AUTHORITY = re.compile(
    # (not "medical board scores", "board-certified": an exam or a title, not the board)
    r"(?<![\w-])(?:(?:state|medical|licensing|licensure) (?:medical |licensing |licensure )?boards?"
    r"(?![\w-]|\s+(?:scores?|exams?|examinations?|certifi\w*|eligib\w*))"
    r"|boards? of (?:medicine|medical examiners|(?:medical |physician )?licensure|registration)"
    r"|state (?:law|laws|statutes?|rules|regulations?|licensing|licensure)"
    r"|(?:the|each|every|our|your|this|that) state(?:'s)?\s*$"
    r"|^\s*(?:the\s+)?(?:acgme|nrmp|fsmb)(?:'s)?\s*(?:rules?\s*)?$)",
    re.IGNORECASE,
)
# The program taking another body's rule as its own in another clause ("The state medical board
# requires graduation within seven years; we apply the same limit"): that rule is the program's
ADOPTS = re.compile(
    r"\b(?:we|our (?:own )?(?:program|residency)|(?:this|the) (?:program|residency))\s+"
    r"(?:also\s+|likewise\s+)?(?:apply|applies|follow|follows|adopt|adopts|use|uses|observe"
    r"|observes|enforce|enforces|keep|keeps|mirror|mirrors)\s+(?:the same|that|this|it|its|their"
    r"|the board's|the state's)\b",
    re.IGNORECASE,
)
# A body over the program (the institution, its GME office, the hospital, the department): its
# policy is the program's ("Per GME policy, ...", "The hospital does not sponsor visas"), unless
# it is said to be for other programs, or set against the program's own rule on the same thing
WIDER = re.compile(
    r"(?<![\w-])(?:institution(?:'s|s)?|institutional|institution-wide|gme|hospital(?:'s|s)?"
    r"|health system|department(?:'s|s)?|department-wide|university(?:'s)?)(?![\w-])",
    re.IGNORECASE,
)
FOR_OTHERS = re.compile(
    r"\b(?:for|to|in|across|among|of)\s+(?:some|other|many|certain|several|a few|most|all)\b"
    r"[^,;]{0,30}?\b(?:programs?|departments|residencies|specialties|trainees)\b"
    r"|\beach (?:program|residency|department)\b"
    r"|\bother (?:programs?|departments|residencies|specialties)\b"
    r"|\b(?:in general|as a whole|at large|not this one|not ours)\b",
    re.IGNORECASE,
)
# The things rules are about, to tell whether two parts of a sentence rule on the same one
TOPIC_KEYS = (
    ("j1", re.compile(r"\bj-1\b", re.I)),
    ("h1b", re.compile(r"\bh-1b\b", re.I)),
    ("img", re.compile(r"\b(?:imgs?|international|foreign|abroad)\b", re.I)),
    ("ecfmg", re.compile(r"\becfmg\b", re.I)),
    ("usce", re.compile(r"\b(?:clinical experience|usce)\b", re.I)),
    ("score", re.compile(r"\b(?:scores?|floors?|cutoffs?|minimums?|step|comlex)\b", re.I)),
    ("attempt", re.compile(r"\battempts?\b", re.I)),
    ("yog", re.compile(r"\bgraduat\w*", re.I)),
    ("letters", re.compile(r"\bletters?\b", re.I)),
)
# This program, or its categorical residency
OWN = re.compile(
    r"\b(?:we|us|ours|our (?:own )?(?:program|residency|categorical)|this (?:program|residency"
    r"|one)|the (?:program|residency)(?:'s)?|(?:the )?categorical|itself)\b",
    re.IGNORECASE,
)
# This program named after another body's verb ("..., and that includes this residency"); not
# "ours" ("the list of J-1-only programs does not include ours" is the list's word)
OWN_NAMED = re.compile(
    r"\b(?:we|our (?:own )?(?:program|residency|categorical)|this (?:program|residency)"
    r"|the (?:program|residency)(?:'s)?|(?:the )?categorical)\b",
    re.IGNORECASE,
)
# What names a rule's topic on its own ("a score" does not: it is the score of the exam named)
_NAMED = (
    r"visas?|j-1|h-1b|imgs?|international|foreign|abroad|ecfmg|clinical experience|usce|step"
    r"|steps|comlex|usmle|attempts?|graduat\w*|letters?"
)
NAMED = re.compile(rf"\b(?:{_NAMED})\b", re.IGNORECASE)
# What a rule is about: a clause that names none states no rule of the eleven facts
TOPIC = re.compile(
    rf"\b(?:{_NAMED}|scores?|floors?|cutoffs?|cut-offs?|minimums?|thresholds?|sponsor\w*)\b",
    re.IGNORECASE,
)
# What a carve-out names when it is the program's own word ("With the exception of J-1
# sponsorship", "Except for IMGs"); graduates of U.S. schools are a group, not a rule's thing
SPARED = re.compile(
    r"\b(?:visas?|j-1|h-1b|imgs?|international|foreign|abroad|ecfmg|step|steps|comlex|usmle"
    r"|scores?|attempts?|letters?|positions?|slots?|spots?)\b",
    re.IGNORECASE,
)
# A rule of its own, named without its topic: "the research track sets its own"
OWN_RULE = re.compile(
    r"\b(?:sets?|applies|apply|uses?|follows?) (?:its|their) own\b"
    r"|\bseparate (?:floor|rules?|requirements?)\b",
    re.IGNORECASE,
)
NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve)\b", re.I)

SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"\u201c(])")
_NP = r"[^,;:]{2,90}?"  # a noun phrase: no comma, no clause mark
_REL = r"(?:,\s+(?:which|who|whose|to whom|where)\s[^,;]{2,90})?"  # its relative clause
# Openings that only set another body beside the rule: the conjunction, then what it says
UNLIKE_LEAD = re.compile(
    rf"^(?:unlike|in contrast to|as opposed to)\s+(?P<body>(?P<np>{_NP}){_REL}),\s+",
    re.IGNORECASE,
)
CARVE_LEAD = re.compile(
    rf"^(?:except (?:for|at|in)|apart from|aside from|excluding|with the exception of"
    rf"|independently of|independent of)\s+(?P<body>(?P<np>{_NP}){_REL}),\s+",
    re.IGNORECASE,
)
WHATEVER_LEAD = re.compile(r"^(?:whatever|whichever)\s(?P<body>[^,;]{2,120}),\s+", re.IGNORECASE)
ASIDE_LEAD = re.compile(rf"^(?P<body>(?P<np>{_NP})\s+aside),\s+", re.IGNORECASE)
WHILE_LEAD = re.compile(
    r"^(?:whereas|although|though|while)\s+(?P<body>(?P<np>[^,;]{2,160})),\s+", re.IGNORECASE
)
# A word in a clause's predicate that points back to what was named before it
POINTS_BACK = re.compile(r"\b(?:them|it|they|those|these)\b", re.IGNORECASE)
# What the rules read as said of another program than this one
ELSEWHERE = "in another program, "
# Closings that only set another body beside the rule
WHATEVER_TAIL = re.compile(
    r",\s+(?:whatever|whichever)\s(?P<np>[^;]*?)(?=[.;!]?\s*$)", re.IGNORECASE
)
EVEN_TAIL = re.compile(r",\s+even (?:though|if|when)\s(?P<np>[^;]*?)(?=[.;!]?\s*$)", re.IGNORECASE)
CONTRAST_TAIL = re.compile(
    r",\s+(?:in contrast to|unlike|as opposed to)\s(?P<np>[^;]*?)(?=[.;!]?\s*$)", re.IGNORECASE
)
WHEREAS_TAIL = re.compile(r",\s+(?:whereas|while)\s(?P<np>[^;]*?)(?=[.;!]?\s*$)", re.IGNORECASE)
BESIDE_TAIL = re.compile(
    r",\s+(?:alongside|separate from|apart from|aside from|distinct from|not counting|excluding"
    r"|in addition to|with no exceptions? (?:for|made for))\s(?P<np>[^;,]*?)(?=[.;!]?\s*$)",
    re.IGNORECASE,
)
COMPARED_TAIL = re.compile(
    r",\s+an? (?:\w+ )?(?:shorter|longer|higher|lower|stricter|narrower|wider|larger|smaller)"
    r" \w+ than\s(?P<np>[^;]*?)(?=[.;!]?\s*$)",
    re.IGNORECASE,
)
# Asides between commas
ASIDE = re.compile(
    r",\s+(?P<aside>(?:which|who|and not|not just|not only|but not|available|offered)"
    r"\s[^,;]{2,90}),(?=\s)",
    re.IGNORECASE,
)
# an aside that says whom its subject is for ("Addendum D, which applies only to the Preliminary
# Surgery program, requires ..."): it is no side remark but the clause's own scope, so it stays
SCOPING_ASIDE = re.compile(
    r"^(?:which|who)\s+(?:(?:only|solely|exclusively)\s+)?(?:applies|apply|pertains?|relates?"
    r"|covers?|governs?|concerns?|(?:is|are)\s+(?:limited|specific|reserved|restricted))\b",
    re.IGNORECASE,
)
# A clause's subject: what stands before its first finite verb
VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|does|do|did|must|may|can|cannot|could|will|would"
    r"|isn't|aren't|doesn't|don't|won't|can't"
    r"|should|sets?|requires?|sponsors?|accepts?|offers?|applies|apply|uses?|takes?|matches"
    r"|screens?|prefers?|considers?|asks?|lists?|leaves?|lets?|limits?|reviews?|trains?"
    r"|recruits?|needs?|welcomes?|allows?|expects?|processes|describes?|reports?|averaged"
    r"|received|interviewed|encourages?|advises?|suggests?|recommends?|values?|views?"
    r"|appreciates?|favors?|gives?|includes?|provides?|holds?|keeps?|follows?|waives?"
    r"|supports|handles|files|wants?|restricts?|mandates?)\b",
    re.IGNORECASE,
)
# The program counted among others that do a thing: "Our program is one of the institution's
# residencies that sponsor both visas" says the program does it
ONE_OF = re.compile(
    r"\b(?:is|are) (?:one|among)(?: of)? (?:the )?[^,;]{0,60}?\b(?:programs|residencies)\s+"
    r"(?:that|which)\s+",
    re.IGNORECASE,
)
# A share of another body's count: "Of the institution's 40 PGY-1 positions, 4 each year belong
# to this program" counts the program's own
PARTITIVE = re.compile(
    r"^of (?P<np>[^,;]{2,80}?\b(?P<noun>positions|slots|spots|residents|interns)),\s+"
    rf"(?P<n>{NUMBER_WORDS})\s+",
    re.IGNORECASE,
)
LEAD_IN = re.compile(r"[,:;\u2014\u2013]\s*|\s-\s")
CLAUSE = re.compile(r"(;\s*|,\s+but\s+|\s+but\s+)")
# A denial that leaves out what it denies: "this residency does not."
BARE_DENIAL = re.compile(
    r"^(?P<subj>[^,;]{1,60}?)\s+(?P<aux>does not|do not|doesn't|don't|will not|cannot|can't)"
    r"(?P<end>[.!]?)\s*$",
    re.IGNORECASE,
)
RULE_VERB = re.compile(
    r"\b(?P<verb>sponsors?|requires?|accepts?|offers?|sets?|uses?|screens?|considers?"
    r"|supports?|handles?|files?|does(?!\s+not\b|n't))\s+"
    r"(?P<obj>[^,;]+?)(?:\s+(?:for|at|in|across|to|among|from)\s[^,;]*)?\s*$",
    re.IGNORECASE,
)


def mentions_scope(text: str) -> bool:
    """Whether a text holds a word of scope this module reads (else it passes unchanged)."""
    return not SCOPE_WORDS.isdisjoint(_WORD.findall(text.lower()))


def _topics(text: str) -> set[str]:
    keys = {key for key, pattern in TOPIC_KEYS if pattern.search(text)}
    if not keys & {"j1", "h1b"} and re.search(r"\bvisas?\b", text, re.I):
        keys.add("visa")  # a visa named by no name is each of them
    return keys


def _another_body(subject: str, clause: str = "", against: str | None = None) -> bool:
    """Whether a subject is another body than this program: another program or track always;
    the institution (GME office, hospital, department) where its clause says it is for others
    ("for some of its programs", "to each program") or where ``against``, the program's own
    part of the sentence, rules on the same thing ("The GME office sets no Step 1 floor; our
    own floor is 215"; not "Our GME office sponsors the J-1, but we cannot sponsor the H-1B")."""
    own, other = OWN.search(subject), OTHER.search(subject)
    if own and other and own.start() < other.end() and other.start() < own.end():
        return True  # "the program across town": "the program" is the one placed elsewhere
    if own:
        return False
    if other or AUTHORITY.search(subject):
        return True
    if not WIDER.search(subject):
        return False
    if FOR_OTHERS.search(clause or subject):
        return True
    if against is None or not OWN.search(_subject(against) or ""):
        return False
    ours, theirs = _topics(against), _topics(clause or subject)
    named = {"j1", "h1b"}
    return (
        bool(ours & theirs)
        or ("visa" in ours and bool(theirs & named))
        or ("visa" in theirs and bool(ours & named))
    )


def _set_apart(np: str) -> bool:
    """Whether what a contrast or an aside names ("the GME office's general guidance", "our
    sister program") is another body: set apart by its words, the institution is one too."""
    return bool(OTHER.search(np) or WIDER.search(np)) and not OWN.search(np)


def _spared(np: str) -> bool:
    """A carve-out that names a rule's thing or a number is the program's own word."""
    return bool(SPARED.search(np) or NUMBER.search(np))


def _subject(clause: str) -> str | None:
    """What stands before a clause's first finite verb, after a lead-in ("Per GME policy, an
    ECFMG certificate is required": "an ECFMG certificate")."""
    m = VERB.search(clause)
    return LEAD_IN.split(clause[: m.start()])[-1] if m else None


def _predicate(clause: str) -> str:
    """The clause from its first finite verb on."""
    m = VERB.search(clause)
    return clause[m.start() :] if m else ""


def _base(verb: str) -> str:
    if verb.lower() == "does":  # "Our sister program does H-1Bs; we don't" (do them)
        return verb[:2]
    return verb[:-1] if verb.lower().endswith("s") and not verb.lower().endswith("ss") else verb


def _completed(denial: str, rule: str) -> str | None:
    """ "this program does not" after "Our sister program requires U.S. clinical experience":
    the denial of that rule ("this program does not require U.S. clinical experience")."""
    d = BARE_DENIAL.match(denial)
    subject = _subject(rule)
    if not d or subject is None or not _another_body(subject, rule, denial):
        return None
    r = RULE_VERB.search(_predicate(rule))
    if not r:
        return None
    return f"{d.group('subj')} {d.group('aux')} {_base(r.group('verb'))} {r.group('obj')}{d.group('end')}"


def _leads_out(sentence: str) -> str:
    """The sentence without an opening that only sets another body beside the rule."""
    for pattern in (UNLIKE_LEAD, CARVE_LEAD, WHATEVER_LEAD, ASIDE_LEAD, WHILE_LEAD):
        m = pattern.match(sentence)
        if not m:
            continue
        np = m.groupdict().get("np") or ""
        if pattern is CARVE_LEAD and (_spared(np) or SPARED.search(m["body"])):
            continue
        if pattern in (UNLIKE_LEAD, WHATEVER_LEAD, ASIDE_LEAD) and not _set_apart(m["body"]):
            continue  # "Unlike the J-1, the H-1B is not sponsored": a visa, not a body
        rest = sentence[m.end() :]
        if pattern is WHILE_LEAD and not _another_body(_subject(np) or np, np, rest):
            continue
        if pattern is WHILE_LEAD:
            completed = _completed(rest, np)
            if completed is not None:
                rest = completed
        if NAMED.search(rest) and not POINTS_BACK.search(_predicate(rest)):
            # (a rule that points back, "the residency does not sponsor them", keeps what the
            # opening named for its "them", below)
            return rest[:1].upper() + rest[1:]
        # a rule that names no topic of its own ("Whereas the fellowships look only for a
        # passing Step 2 CK, the residency requires a score at the 20th percentile") reads
        # the one the opening named, said there of another program
        return f"{ELSEWHERE[:1].upper()}{ELSEWHERE[1:]}{m.group('body')}; {rest}"
    return sentence


def _tails_out(sentence: str) -> str:
    """The sentence without a closing or an aside that sets another body beside the rule."""
    for tail in (WHATEVER_TAIL, EVEN_TAIL, CONTRAST_TAIL, COMPARED_TAIL):
        sentence = tail.sub(lambda m: "" if _set_apart(m["np"]) else m[0], sentence)
    sentence = WHEREAS_TAIL.sub(
        lambda m: (
            ""
            if _another_body(_subject(m["np"]) or m["np"], m["np"], m.string[: m.start()])
            else m[0]
        ),
        sentence,
    )
    sentence = BESIDE_TAIL.sub(
        lambda m: m[0] if _spared(m["np"]) or not _set_apart(m["np"]) else "", sentence
    )
    return ASIDE.sub(
        lambda m: "" if _set_apart(m["aside"]) and not SCOPING_ASIDE.match(m["aside"]) else m[0],
        sentence,
    )


def _clauses_said_elsewhere(sentence: str) -> str:
    """Each clause whose subject is another body and which names a rule, said of "another
    program"; a bare denial after one completed with the rule it denies."""
    parts = CLAUSE.split(sentence)
    clauses, marks = parts[0::2], parts[1::2]
    out: list[str] = []
    ours = next((c for c in clauses if OWN.search(_subject(c) or "")), None)
    adopted = ours is not None and ADOPTS.search(ours) is not None
    for k, clause in enumerate(clauses):
        if k and out:
            completed = _completed(clause, clauses[k - 1])
            if completed is not None:
                out.append(completed)
                continue
        subject = _subject(clause)
        if (
            not clause.lower().startswith(ELSEWHERE)
            and subject is not None
            and _another_body(subject, clause, ours if ours is not clause else None)
            and (TOPIC.search(clause) or OWN_RULE.search(clause))
            and not OWN_NAMED.search(_predicate(clause))
            and not (adopted and clause is not ours)
        ):
            # the subject stays, so a clause after it that names no topic still reads its own
            clause = f"{ELSEWHERE}{clause[:1].lower()}{clause[1:]}"
        out.append(clause)
    return "".join(c + (marks[i] if i < len(marks) else "") for i, c in enumerate(out))


def _own_part(sentence: str) -> str:
    sentence = ONE_OF.sub("", sentence, count=1) if OWN.match(sentence) else sentence
    share = PARTITIVE.match(sentence)
    if share and _set_apart(share["np"]) and OWN.search(sentence[share.end() :]):
        sentence = f"{share['n']} {share['noun']} {sentence[share.end() :]}"
    return _clauses_said_elsewhere(_tails_out(_leads_out(sentence)))


def own_scope(text: str) -> str:
    """The text with what it says of other bodies than this program taken out; text with none
    is returned unchanged (the same object)."""
    if not mentions_scope(text):
        return text
    sentences = SENTENCE.split(text)
    out = [_own_part(s) for s in sentences]
    return " ".join(out) if out != sentences else text
