"""Speech on program pages: transcripts and the spoken register, read for what the program says.

Open-house recaps, webinar transcripts and interview-day notes write speech, not policy text:
turns under speaker labels ("Dr. Alvarez (PD):", "Coordinator:", "Q (from the chat):", "A:"),
with the way people talk left in. A fact there is what a speaker for the program commits to,
so this module reads who speaks and what they end up saying before the sentence rules read it:

- **Turns.** A speaker label at the start of a unit or of a sentence ("Chief resident: ...")
  opens a turn; the label is no row label (the rules would read the speaker as the subject).
  Only a label that names a speaker is one: a role ("PD", "Coordinator", "Chief resident",
  "GME liaison", "Host", "Q", "A"), a titled name ("Dr. Okafor"), or a name with a role in
  brackets ("Maria (coordinator)"); "Note:", "Update:", "Visas (per the PD):" stay labels.
- **Who speaks.** An applicant ("Q (applicant):", "Q (from the chat):", "Attendee:") commits
  the program to nothing: their turn is dropped, unless it is a question an answer ("A:")
  completes right after. The program's people (PD, coordinator, faculty, GME, a resident
  telling what the program does) speak for it; what they do not know settles nothing.
- **Questions answered in the next turn.** A question one speaker for the program puts to
  another ("Maria, do we still take H-1B? Coordinator: Yes, we do") is completed by the answer:
  a yes or no ("Right", "Correct", "Yep") answers the question as a Yes or No; an answer that
  is only a value ("Tom, what's our Step 1 cutoff? Coordinator: It's 220") is the value of
  what the question asks about, read as the row "Step 1 cutoff: It's 220". The name the
  question is addressed to is no word of it.
- **Self-corrections and false starts.** What a speaker takes back after a dash ("We do — well,
  we did — no, actually yes, we sponsor J-1") is replaced by what follows the correction ("no,
  actually", "sorry", "well", "I mean", "or rather", "wait"): the last word committed stands.
  A beginning broken off at a dash ("Is it — Denise, ...") is no word.
- **Hedges.** A clause the speaker hedges ("I believe", "I think", "as far as I know",
  "probably", "don't quote me", "I'd have to confirm") or does not know ("I don't know", "I'm
  not sure", "let me get back to you", "that's a question for the PD") settles nothing, unless
  the speaker then commits to it ("I just confirmed", "I just checked").
- **Spoken verdicts and fillers.** "J-1 yes, H-1B no" is the rows "J-1: yes" and "H-1B: no";
  "H-1B is a no for us" is "H-1B: no". Fillers ("um", "uh", "you know", "so yeah") and an
  aside that only reassures (", no drama at all", ", no worries") are no words.
- A row label's aside that only names where its value was said ("(as stated on the call)",
  "(PD's answer)", "(from the open house)") is no word of the label.

Precedence: this step reads a unit first, before the label-value fragments
(:mod:`extract.fact_rows`), the instructions (:mod:`extract.fact_instructions`) and the
sentence rules: a speaker label is no field label, and what a turn commits to is then read as
any sentence is. It decides only *who* says a thing and *which* of their words stand; what
those words commit the program to stays with the sentence rules. A unit with no speech in it
is returned unchanged, and every piece keeps the page's own words for the sentence reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# --- who speaks -------------------------------------------------------------------------------

APPLICANT = "applicant"
PROGRAM = "program"
ANSWER = "answer"  # "A:", "Answer:": the program answering the question before

_ROLES = (
    r"(?:(?:associate|assistant)\s+)?(?:program\s+director|PD|APD)|(?:program\s+)?coordinator"
    r"|chief(?:\s+resident)?|(?:current\s+|senior\s+|junior\s+)?resident|intern|PGY-?\d(?:\s+resident)?"
    r"|faculty(?:\s+member)?|attending|(?:department\s+)?chair|GME(?:\s+(?:liaison|office|director"
    r"|coordinator|rep(?:resentative)?))?|DIO|host|moderator|panelist|presenter|interviewer"
    r"|recruitment\s+lead"
)
_ASKERS = (
    r"Q|question|(?:[A-Z]{2,3}\s+)?applicant|candidate|(?:medical\s+)?student|attendee|participant"
    r"|audience(?:\s+member)?|viewer|caller|chat"
)
ROLE = re.compile(rf"(?:the\s+)?(?:{_ROLES})", re.IGNORECASE)
ASKER = re.compile(rf"(?:{_ASKERS})", re.IGNORECASE)
ANSWERER = re.compile(r"A|answer|response|reply", re.IGNORECASE)
TITLED = re.compile(r"(?:Dr|Prof|Mr|Ms|Mrs|Mx)\.?\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?")
NAME = re.compile(r"[A-Z][a-z'\u2019-]{1,15}(?:\s+[A-Z][a-z'\u2019-]{1,15})?")
ASIDE = re.compile(r"\s*\((?P<aside>[^()]{1,40})\)\s*$")
# an aside naming those who ask: "(applicant)", "(from the chat)", "(DO applicant)"
ASKING_ASIDE = re.compile(
    r"\b(?:applicants?|candidates?|students?|attendees?|participants?|audience|chat|viewers?)\b",
    re.IGNORECASE,
)
# a label's start: at the unit's start or a sentence's, a capital, up to the colon
LABEL = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=[.!?][\"\u201d)] ))"
    r"(?P<label>(?:(?:Dr|Prof|Mr|Ms|Mrs|Mx)\.\s+)?[A-Z][^:.!?;]{0,50}?):\s+"
)
# a row label's aside that only names where its value was said: "(as stated on the call)"
_EVENTS = (
    r"call|webinar|open house|Q&A|Q and A|session|chat|meeting|Zoom|panel|presentation|recording"
    r"|transcript|interview day|town hall|info night|program night|PD|program director|coordinator"
    r"|director|chiefs?|faculty|residents"
)
SAID_ASIDE = re.compile(
    r"\s*\((?:(?:as\s+)?(?:stated|said|mentioned|announced|noted|shared|heard)\b[^()]{0,30}"
    rf"|(?:per|from|according to)\s+(?:the\s+|our\s+|a\s+)?(?:[\w-]+\s+){{0,2}}(?:{_EVENTS})\b[^()]{{0,30}}"
    r"|[\w\s]{1,25}(?:'s|\u2019s)\s+(?:answer|reply|response|words))\)(?=\s*:\s)",
    re.IGNORECASE,
)


def speaker(label: str) -> str | None:
    """ "program", "applicant" or "answer" for a speaker label; None for a label that names no
    speaker ("Note", "Update", "Visas (per the PD)")."""
    aside = ASIDE.search(label)
    head = label[: aside.start()] if aside else label
    said = aside.group("aside") if aside else ""
    if ANSWERER.fullmatch(head):
        return ANSWER
    if ASKER.fullmatch(head):
        return APPLICANT
    if ROLE.fullmatch(head):
        return APPLICANT if ASKING_ASIDE.search(said) else PROGRAM
    if TITLED.fullmatch(head) or (NAME.fullmatch(head) and said and ROLE.fullmatch(said)):
        return APPLICANT if ASKING_ASIDE.search(said) else PROGRAM
    return None


@dataclass(frozen=True)
class Turn:
    """What one speaker says: the text as read, and the page's own words for it."""

    who: str | None  # None: words no label opened (the unit's start)
    text: str
    source: str


def turns(unit: str) -> list[Turn]:
    """The unit cut at each speaker label; one turn with no speaker when it has none."""
    cuts = [(m.start(), m.end(), who) for m in LABEL.finditer(unit) if (who := speaker(m["label"]))]
    if not cuts:
        return [Turn(None, unit, unit)]
    out = []
    if unit[: cuts[0][0]].strip():
        out.append(Turn(None, unit[: cuts[0][0]].strip(), unit[: cuts[0][0]].strip()))
    for k, (start, end, who) in enumerate(cuts):
        stop = cuts[k + 1][0] if k + 1 < len(cuts) else len(unit)
        out.append(Turn(who, unit[end:stop].strip(), unit[start:stop].strip()))
    return out


# --- what stands of a turn --------------------------------------------------------------------

FILLERS = re.compile(
    r",\s*(?:um+|uh+|erm|like|you know|I mean)\s*,"
    r"|(?:(?<=^)|(?<=[\s,(\u2014\u2013]))(?:um+|uh+|erm|uh-huh|you know|so yeah|yeah so)\b,?\s*"
    r"|,\s*(?:unfortunately|sadly|alas)(?=\s*(?:[.!;]|$))"
    r"|,\s*no\s+(?:drama|worries|stress|pressure|big deal)(?:\s+at\s+all)?(?=\s*(?:[.!;,]|$))"
    r"|\bI(?:'m|\u2019m|\s+am)\s+(?:so\s+|really\s+)?(?:sorry|afraid)\b(?:\s+to\s+say)?,?"
    r"(?=\s|[.!;]|$)",
    re.IGNORECASE,
)
DASH = re.compile(r"\s+[\u2014\u2013]\s+|\s+--?\s+")
# a correction opening what follows a dash: what came before it is taken back
REPAIR = re.compile(
    r"(?:(?:no|nope)\s*,\s*(?:sorry|actually|wait|I mean|rather)\b|sorry\b|actually\b|well\b"
    r"|I mean\b|or rather\b|rather\b|wait\b|correction\b|scratch that\b|let me (?:correct|rephrase)"
    r"(?: that)?\b)[,:]?\s*",
    re.IGNORECASE,
)
# a beginning broken off: a few words with nothing in them yet ("Is it —", "So the —")
FALSE_START = re.compile(
    r"(?:(?:so|and|but|well|okay|ok|is|are|was|were|do|does|did|it|it's|we|we're|they|the|a|our"
    r"|there|there's|I|I'm|you)\s*){1,3}",
    re.IGNORECASE,
)
# "..., but no": what came before the dash is taken back as a whole
RETRACTED = re.compile(r",?\s+but\s+no\s*,?$", re.IGNORECASE)
# a question the speaker puts to themself and answers after the dash
SELF_ASKED = re.compile(r"(?:is|are|do|does|did|can|could|will|would|should|has|have)\s+\w", re.I)
ANSWERED = re.compile(r"(?:yes|yeah|yep|no|nope)\b\s*[,.!]", re.IGNORECASE)
HEDGE = re.compile(
    r"\bI\s+(?:think|believe|guess|assume|suppose|reckon)\b|\bI'd\s+(?:think|guess|assume)\b"
    r"|\bas far as (?:I|we) know\b|\bprobably\b|\bif I (?:remember|recall)\b|\bdon'?t quote me\b"
    r"|\bI(?:'d|\s+would)\s+(?:have\s+to\s+)?(?:confirm|check|double-check|verify)\b"
    r"|\bI could be wrong\b|\blast I (?:heard|checked)\b|\bnot (?:a hundred|100) percent\b"
    r"|\bI\s+(?:\w+ly\s+)?(?:don'?t|do not|didn'?t)\s+know\b|\bI'?m\s+(?:\w+ly\s+)?not\s+sure\b"
    r"|\bI am\s+(?:\w+ly\s+)?not\s+sure\b|\bno idea\b|\bget back to you\b"
    r"|\b(?:that's|that is) (?:a question|one) for\b|\bI\s+(?:can't|cannot|couldn't|could not)\s+(?:say|speak to|tell you)\b",
    re.IGNORECASE,
)
OPENING_CLAUSE = re.compile(
    r"(?:although|though|even though|because|since|while|whereas|as)\b[^,;]*,", re.IGNORECASE
)
COMMIT = re.compile(
    r"\bI\s+(?:just\s+)?(?:confirmed|checked|verified)\b|\bjust confirmed\b|\bfor sure\b",
    re.IGNORECASE,
)
APOSTROPHES = str.maketrans({"\u2019": "'"})
CLAUSE_END = re.compile(r"(?<=;)\s+|(?<=[.!?])\s+(?=[A-Z])")


def _fillers(text: str) -> str:
    out = FILLERS.sub(lambda m: " " if m[0].endswith(",") else "", text)
    if out == text:
        return text
    out = re.sub(r",\s*(?=[.!?;,]|$)", "", re.sub(r"\s{2,}", " ", out)).strip(" ,")
    return out[:1].upper() + out[1:]


NUMBER = re.compile(
    r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve", re.IGNORECASE
)


def _corrected(said: str, correction: str) -> str:
    """What the speaker says once a correction replaces what it takes back: it restarts at the
    last word like its first ("two months — sorry, three months" replaces the number, "we did
    — well, we still do" the clause from "we"), else it replaces the whole stretch."""
    first = re.match(r"[\w'-]+", correction)
    if not first:
        return correction
    word = first[0]
    if NUMBER.fullmatch(word):
        like = [m.start() for m in re.finditer(rf"\b(?:{NUMBER.pattern})\b", said, re.IGNORECASE)]
    else:
        like = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", said, re.IGNORECASE)]
    if not like:
        return correction
    return said[: like[-1]] + correction


def _repaired(text: str) -> str:
    """What stands after the speaker's corrections and broken-off beginnings."""
    parts = DASH.split(text)
    if len(parts) == 1:
        return text
    kept = [parts[0]]
    for part in parts[1:]:
        repair = REPAIR.match(part)
        if repair and kept:
            kept[-1:] = [_corrected(kept[-1], part[repair.end() :])]
        elif len(kept) == 1 and FALSE_START.fullmatch(kept[0].strip(" ,")):
            kept = [part]  # "Is it — Denise, it's still ...": a start broken off
        elif RETRACTED.search(kept[-1]):
            kept[-1:] = [part]  # "We did look at H-1B, but no — it's J-1 only"
        elif SELF_ASKED.match(kept[-1]) and ANSWERED.match(part):
            # "Is USCE needed — yes, it is required": the speaker's question and its answer
            kept[-1:] = [f"{kept[-1].strip()}? {part[:1].upper()}{part[1:]}"]
        else:
            kept.append(part)
    return " \u2014 ".join(k for k in kept if k.strip()) if kept != parts else text


def _unhedged(text: str) -> str:
    """The turn without its clauses the speaker hedges and does not commit to."""
    plain = text.translate(APOSTROPHES)
    if not HEDGE.search(plain):
        return text
    kept = []
    for clause in CLAUSE_END.split(text):
        words = clause.translate(APOSTROPHES)
        opening = OPENING_CLAUSE.match(words)
        # "Although I believe ..., we require ...": the opening clause's hedge or opinion is
        # its own; the clause the speaker says after it is not hedged
        hedge = HEDGE.search(words, opening.end() if opening else 0)
        if hedge and not COMMIT.search(words, hedge.end()):
            continue
        kept.append(clause)
    return " ".join(kept)


# "J-1 yes, H-1B no": a verdict said after what it is about
VISA = r"(?:J-?1|H-?1B)s?"
SPOKEN_VERDICT = re.compile(
    rf"\b(?P<item>{VISA})\s*,?\s+(?P<answer>yes|no)\b(?!\s+(?:more|less|later|fewer|earlier|longer))"
    r"(?P<sep>\s*[,;]\s*|\s*$|(?=[.!]))",
    re.IGNORECASE,
)
IS_A_VERDICT = re.compile(
    rf"\b(?P<item>{VISA})\s+(?:is|are)\s+a\s+(?:hard\s+|definite\s+|firm\s+)?(?P<answer>yes|no)\b"
    r"(?:\s+(?:for us|here|from us))?",
    re.IGNORECASE,
)


def _verdicts(text: str) -> str:
    text = IS_A_VERDICT.sub(lambda m: f"{m['item']}: {m['answer'].lower()}", text)
    found = list(SPOKEN_VERDICT.finditer(text))
    if len(found) < 2:  # one alone may be an answer's "J-1, yes, we sponsor those"
        return text
    first = found[0].start()
    rows = "; ".join(f"{m['item']}: {m['answer'].lower()}" for m in found)
    return f"{text[:first].rstrip()} {rows}{text[found[-1].end() :]}".strip()


# "it's been more than 3 years since you graduated": the graduation, said the way people talk
SINCE_YOU = re.compile(
    r"\bit(?:'s|\u2019s| has| is)\s+been\s+(?P<n>(?:more than|over|at least|under|less than|fewer"
    r" than)\s+\w+\s+years?)\s+since\s+(?P<who>you|they)\s+graduated\b",
    re.IGNORECASE,
)


# "..., and Dr. Haddad just confirmed that hasn't changed": a rule that still stands, no denial
UNCHANGED = re.compile(
    r"(?:,\s*|\s+[\u2014\u2013]\s+)(?:(?:and|so)\s+)?(?:[\w.']+\s+){0,4}?(?:(?:that|it|this|the"
    r" answer|the policy|nothing)\s+)(?:has(?:n't|\u2019t| not)|is(?:n't|\u2019t| not)|won't|will not)"
    r"\s+(?:been\s+|be\s+)?chang(?:ed|ing)\b(?:\s+this\s+(?:cycle|year|season))?(?=\s*[,.;!]|$)",
    re.IGNORECASE,
)
# "my friend's program", "my old program": a speaker's story of a program not this one
THEIR_PROGRAM = re.compile(
    r"\b(?:my|a|his|her|their)\s+(?:(?:\w+\s+)?(?:friend|cousin|sister|brother|colleague|classmate"
    r"|roommate|partner|spouse|mentor)(?:'s|s'|\u2019s)|old|previous|former)\s+"
    r"(?P<what>program|residency|hospital)\b",
    re.IGNORECASE,
)
# "do we still take H-1B?": a visa a program "takes" is one it sponsors, as people say it
TAKES_A_VISA = re.compile(
    r"\b(?P<verb>take|takes|taking)(?P<visa>\s+(?:the\s+)?(?:J-?1|H-?1B)s?)\b"
    r"(?!\s+(?:visa\s+)?holders)",
    re.IGNORECASE,
)
# "it's J-1 only for us": "for us" is this program, no condition ("only for" one)
ONLY_FOR_US = re.compile(r"\bonly\s+for\s+us\b(?!\s+to\b)", re.IGNORECASE)
# ", full stop", ", period": emphasis, no word of the rule
EMPHASIS = re.compile(r",\s*(?:full stop|period|end of story)(?=\s*[.!;]|$)", re.IGNORECASE)
# "It's nice if you ...", "I'd love it if ...": a wish, said as people say one
WISH = re.compile(
    r"\b(?:it(?:'s|\u2019s| is| would be|'d be)\s+(?:really\s+)?(?:nice|great|good|helpful|ideal)"
    r"|I(?:'d|\u2019d| would)\s+(?:really\s+)?love\s+it)\s+if\b",
    re.IGNORECASE,
)
# "US clinical experience? Not a requirement here.": a topic asked and answered by its speaker
# (not a question the applicant answers for themself, "Graduated abroad? You may apply", which
# extract.fact_instructions reads)
TOPIC_ASKED = re.compile(
    r"^(?P<topic>(?!(?:do|does|did|is|are|was|were|can|could|will|would|should|may|what|when"
    r"|where|which|who|why|how|have|has|if|any|you|your|\w+ed|\w+ing)\b)[A-Z][\w.' -]{1,40})\?\s+"
    r"(?P<answer>[A-Z].*)$",
    re.IGNORECASE,
)


def _spoken(text: str) -> str:
    text = SINCE_YOU.sub(lambda m: f"{m['who']} graduated {m['n']} ago", text)
    text = WISH.sub("we prefer that", EMPHASIS.sub("", UNCHANGED.sub("", text)))
    text = ONLY_FOR_US.sub("only", text)
    text = THEIR_PROGRAM.sub(lambda m: f"another {m['what']}", text)
    verbs = {"take": "sponsor", "takes": "sponsors", "taking": "sponsoring"}
    text = TAKES_A_VISA.sub(lambda m: verbs[m["verb"].lower()] + m["visa"], text)
    text = _verdicts(_unhedged(_repaired(_fillers(SAID_ASIDE.sub("", text, count=1)))))
    asked = TOPIC_ASKED.match(text)
    return f"{asked['topic']}: {asked['answer']}" if asked else text


# --- questions answered in the next turn ------------------------------------------------------

VOCATIVE_START = re.compile(r"^(?P<name>[A-Z][a-z]{2,12}),\s+(?=\S)")
VOCATIVE_END = re.compile(r"(?:\s*[,\u2014\u2013-]+\s*)(?P<name>[A-Z][a-z]{2,12})\s*\?$")
NOT_A_NAME = re.compile(
    r"yes|no|yeah|yep|okay|ok|so|well|now|also|sorry|honestly|right|visas?|imgs?|dos|step"
    r"|graduation|prelims?|usce|ecfmg|comlex|again|residents?|interns?|positions?|spots?",
    re.IGNORECASE,
)
# the yes or no a short answer says: "Right", "Correct", "We do.", "We don't."
_SUBJECT = r"(?:we|it|they|that|there)\s+"
YES = re.compile(
    r"(?:(?:yes|yeah|yep|yup|right|correct|exactly|that's right|that is right)\b[,.!]?"
    rf"|{_SUBJECT}(?:do|does|did|are|is|can|will)\b(?=\s*[,.!]))\s*",
    re.IGNORECASE,
)
NO = re.compile(
    r"(?:(?:no|nope|nah)\b(?!\s+(?:more|less|later|fewer|minimum|cutoff))[,.!]?"
    rf"|{_SUBJECT}(?:do not|don't|doesn't|does not|did not|didn't|are not|aren't|is not|isn't"
    r"|cannot|can't|won't|will not)(?=\s*[,.!]))\s*",
    re.IGNORECASE,
)
ACKNOWLEDGED = re.compile(
    r"(?:done|sure|okay|ok|good question|so)\b\s*[,.!\u2014\u2013-]*\s*", re.I
)
# what a question asks about: its words without the asking ("what's our", "how many", "do we")
ASKING_WORDS = re.compile(
    r"\b(?:what(?:'s| is| was| are| were| about)?|which|how (?:much|many)|remind me (?:on|about|of)"
    r"|(?:can|could) you (?:put|post|share|tell (?:us|them|me)|remind (?:us|me)|go over|drop)"
    r"|(?:do|did|does|are|is|were|was) (?:we|you|they|it|there)(?: (?:have|want|take|need|require"
    r"|ask for|do))?|again|still|right now|this year|in the chat|for them|for us)\b",
    re.IGNORECASE,
)


def _addressed(question: str) -> str:
    """The question without the name of the one it is put to."""
    start = VOCATIVE_START.match(question)
    if start and not NOT_A_NAME.fullmatch(start["name"]):
        question = question[start.end() :]
    end = VOCATIVE_END.search(question)
    if end and not NOT_A_NAME.fullmatch(end["name"]):
        question = question[: end.start()] + "?"
    return question[:1].upper() + question[1:]


# "how many this year?" with nothing named: on a program's page, the question of its class size
HOW_MANY_A_YEAR = re.compile(
    r"^\W*how many(?: (?:again|then|now))?,? (?P<year>this year|each year|every year|per year"
    r"|a year|annually)(?: again)?\W*$",
    re.IGNORECASE,
)


def _asked_about(question: str) -> str:
    """ "What's our Step 1 cutoff again?" -> "our Step 1 cutoff"; "" when nothing is left."""
    bare = HOW_MANY_A_YEAR.match(question.translate(APOSTROPHES))
    if bare:
        return f"positions {bare['year'].lower()}"
    words = question.rstrip("?").translate(APOSTROPHES)
    parts = [ASKING_WORDS.sub(" ", p) for p in DASH.split(words)]
    parts = [re.sub(r"\s+", " ", p).strip(" ,") for p in parts]
    named = [p for p in parts if re.search(r"[A-Za-z]{2}", p)]
    return named[0] if named else ""


def _answered(question: str, answer: str) -> str:
    """A question and the answer that completes it, as one reading."""
    for polar, word in ((YES, "Yes"), (NO, "No")):
        said = polar.match(answer)
        if said:  # "Right, J-1 only": the question's Yes, then what the answer adds
            rest = answer[said.end() :]
            return f"{question} {word}, {rest}" if rest else f"{question} {word}."
    about = _asked_about(question)
    if not about:
        return answer
    acknowledged = ACKNOWLEDGED.match(answer)  # "Done — Step 1 220": the value after it
    value = answer[acknowledged.end() :] if acknowledged else answer
    return f"{about[:1].upper()}{about[1:]}: {value}"


# --- a unit read as speech --------------------------------------------------------------------

# A word without which a unit holds no speech this module reads
SPEECH = re.compile(
    r"[A-Za-z)]:\s|\s[\u2014\u2013]\s|\s--?\s|\b(?:I|um+|uh+|you know|so yeah|probably|no drama"
    r"|no worries)\b|\b(?:J-?1|H-?1B)s?\s*,?\s+(?:yes|no)\b|\bis a (?:yes|no)\b",
    re.IGNORECASE,
)


# What a question or an answer is about, in a word of its topic: an answer about another
# topic than its question's ("Any H-1B? A: No, USCE is not required") does not answer it
TOPICS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\bvisas?\b|\bJ-?1s?\b|\bH-?1Bs?\b|\bsponsor",
        r"\bIMGs?\b|\binternational\b|\babroad\b|\bforeign\b|\boverseas\b",
        r"\bECFMG\b",
        r"\bUSCE\b|\bclinical (?:experience|work)\b|\brotations?\b|\bobserverships?\b",
        r"\bStep\s*1\b",
        r"\bStep\s*2\b|\bCK\b",
        r"\bCOMLEX\b|\bLevel\s*[12]\b",
        r"\battempts?\b|\bfail|\bretak|\btries\b|\btry\b",
        r"\bgraduat|\bYOG\b",
        r"\bpositions?\b|\bspots?\b|\binterns?\b|\bresidents?\b|\bclass(?:es)?\b|\bprelims?\b",
        r"\bletters?\b|\bLORs?\b",
        r"\bresearch\b",
    )
)
SENTENCE_END = re.compile(r"(?<=[.!])\s+(?=[A-Z])")


def _topics(text: str) -> set[int]:
    return {k for k, topic in enumerate(TOPICS) if topic.search(text)}


def _answers(question: Turn, answer: Turn) -> bool:
    """Whether the next turn answers the question: one of them names no topic ("can you put
    the cutoffs in the chat?"), or the answer names one the question names. The answer is the
    turn's first sentence; what the speaker says after it is said on its own ("A: No. No YOG
    cutoff.")."""
    first = SENTENCE_END.split(answer.text.strip(), maxsplit=1)[0]
    said, asked = _topics(first), _topics(question.text)
    return not said or not asked or bool(said & asked)


def spoken(unit: str) -> list[tuple[str, str]]:
    """The unit as (text to read, the page's words) pieces: one per turn, a question with the
    answer that completes it, an applicant's words dropped; a unit with no speech in it is
    itself, the same object."""
    if not SPEECH.search(unit):
        return [(unit, unit)]
    said = turns(unit)
    out: list[tuple[str, str]] = []
    k = 0
    while k < len(said):
        turn = said[k]
        after = said[k + 1] if k + 1 < len(said) else None
        asks = turn.text.rstrip().endswith("?")
        if turn.who == APPLICANT:
            if asks and after is not None and after.who == ANSWER and _answers(turn, after):
                # "Q (applicant): Can I apply? A: Yes, ...": the question the answer completes
                # (the applicant's own story before it is theirs: only the question is read)
                question = SENTENCE_END.split(turn.text.strip())[-1]
                text = f"{_spoken(question)} {_spoken(after.text)}"
                out.append((text, f"{turn.source} {after.source}"))
                k += 2
                continue
            k += 1  # an applicant commits the program to nothing
            continue
        if asks and turn.who is not None and after is not None and after.who is not None:
            if after.who != APPLICANT and _answers(turn, after):
                # "PD: Maria, do we still take H-1B? Coordinator: Yes, we do"
                question = _addressed(_spoken(turn.text))
                answer = _spoken(after.text)
                if answer.strip():  # an answer the speaker hedged away commits nothing
                    out.append((_answered(question, answer), f"{turn.source} {after.source}"))
                k += 2
                continue
        text = _spoken(turn.text)
        if text.strip():
            out.append((text, turn.source))
        k += 1
    if len(out) == 1 and out[0][0] == unit:
        return [(unit, unit)]
    return out
