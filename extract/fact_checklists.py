"""Application checklists and coordinators' email replies, made into the rows the rules read.

Application pages often keep their eligibility rules as a checklist and their answers to
applicants as short email replies, both written in a hurry, and a page that renders list items
or replies as plain text runs them together ("☐ Graduated ≤ 5 yrs ago Re: Do you take IMGs?
Yes, ..."). This module reads that voice before the other readers do:

- **Items.** A unit made of items (it holds an item mark: an empty box "☐", a bullet "•", a
  star "☆", an arrow "→" opening it, a check or cross, or a reply's "Re:") is cut into its
  items: before each mark that opens an item, before each "Re:", after a sentence's end, and
  before an arrow that follows a whole item ("→ 2 positions per year → 16 residents total"),
  but not one that follows a bare label ("Visa sponsorship → J-1"), and before a second
  "Label:" that follows a whole field with no stop between them ("Step 2 CK: 225+ required
  Step 2 CK avg. (last class): 236"; this cut alone is made in units with no item marks too).
  A row of marked names ("✔ J-1 (ECFMG) ✘ H-1B") is a list of them set apart as the row
  reader expects ("✔ J-1 (ECFMG) · ✘ H-1B"), and a legend of marks in a label ("Visa
  sponsorship ✔/✘:") is no word. The opening bullet, box, star or arrow is no word.
- **Replies.** "Re: <subject>? <answer>" is an applicant's question and the program's answer.
  The "Re:" and a courtesy before the answer ("Sorry,", "Unfortunately,") are no words. A
  yes or no answers the question (the question and its Yes or No are read as the rules read a
  FAQ); what follows it is read on its own, or, when it is only a value ("Yes — J-1 & H-1B",
  "Yes — 215 on Step 1 and 220 on Step 2 CK"), as the value of what the subject asks about.
  An answer that points back to the subject ("It must be passed on your first try", "Your
  certificate must be issued ...", "We do not have one", "At least two need to ...") or is
  only a value is read as the row "<what the subject asks about>: <answer>". An answer of
  thanks or of policy on email itself is read as it stands (and settles nothing).
- **Other programs' checklists.** An item that names another program or site as its subject
  ("Sister site checklist (..., applies separately):", "Our Psychiatry program (different
  NRMP code) requires ...", "Their checklist asks for ...") says nothing of this program.
- **Shorthand of the voice.** "&" is "and"; a label asked as a question and answered in a
  word or two ("IMG applicants?: ✔ Yes", "More than 1 attempt? Still eligible.") is the row
  "IMG applicants: yes"; a list of tracks ("Tracks: categorical & research") names each as a
  track; a count with a bracketed kind ("two (categorical)") counts positions of that kind; a
  bracket that first names a group ("COMLEX transcript (DOs; no min. score)") scopes the item
  to it, the rest of the bracket its value; a dash before "no ..." opens a denial of its own
  ("US MD/DO grads only — no IMGs").

Precedence: this reader runs first, on the page's units; each item it makes then goes through
the speech, row, time and instruction readers and the sentence rules as a unit of its own. It
decides only where an item starts and ends and how a reply's answer is tied to its question;
what an item commits the program to stays with the sentence rules. A unit with no item marks
and no reply is one item (cut only at a second label), and every item keeps the page's words.
"""

from __future__ import annotations

import re

from extract.fact_rows import NUMBER_WORDS, Fragment

CHECKS = "\u2713\u2714\u2611\u2705"  # ✓ ✔ ☑ ✅
CROSSES = "\u2717\u2718\u2715\u2716\u274c\u2612"  # ✗ ✘ ✕ ✖ ❌ ☒
ANSWER_MARKS = f"[{CHECKS}{CROSSES}]"
# marks that open an item and are no word of it: an empty box, a bullet, a star, an arrow
OPENERS = "\u2610\u2022\u2023\u25aa\u25e6\u2606\u2605\u2192\u27a4\u25b8"  # ☐ • ‣ ▪ ◦ ☆ ★ → ➤ ▸
ITEM_SIGNS = re.compile(rf"[{OPENERS}{CHECKS}{CROSSES}]|\b(?:Re|RE):\s")
# where an item starts inside a unit: a box, bullet or star, a reply's "Re:", a sentence's end
# before a capital or a mark (never after a question: its answer follows it)
ITEM_START = re.compile(
    rf"(?<!:)\s+(?=[\u2610\u2022\u2023\u25aa\u25e6\u2606\u2605])"
    r"|\s+(?=(?:Re|RE):\s)"
    rf"|(?<=[.!])\s+(?=[A-Z{OPENERS}{CHECKS}{CROSSES}])"
    # "eligible to apply ✔ J-1 ✔ / H-1B ✘": a list of names each followed by its mark starts
    # after the mark before it
    rf"|(?<=[{CHECKS}{CROSSES}])\s+(?=(?:[^{CHECKS}{CROSSES}/\u00b7:]{{1,20}}?[{CHECKS}{CROSSES}]"
    rf"\s*[/\u00b7,]\s*)+[^{CHECKS}{CROSSES}/\u00b7:]{{1,20}}?[{CHECKS}{CROSSES}]\s*$)"
)
SHORT_FORM_END = re.compile(
    r"\b(?:min|max|cert|req|approx|avg|rec|incl|no|vs|e\.g|i\.e|U\.S|Dr|St|etc)\.$", re.IGNORECASE
)
ARROW = re.compile(r"\s+(?:\u2192|\u27a4|->)\s+")
# what makes the words before an arrow a whole item rather than its label: a colon, a figure
# (not the number of an exam, a level or a visa), a closing bracket, a word that rules
WHOLE_ITEM = re.compile(
    r":|\)\s*$|(?<![-\w])(?<!Step )(?<!Level )(?<!PGY-)(?<!PGY )\d"
    r"|\b(?:required|accepted|accepts?|only|available|sponsored|offered|welcome|eligible|needed"
    r"|mandatory|preferred|recommended|optional|considered|ok|no|not|none|yes|is|are"
    rf"|must|plus)\b|{ANSWER_MARKS}",
    re.IGNORECASE,
)
# a row of names each marked: "✔ J-1 (ECFMG) ✘ H-1B", "✘ J-1 ✘ H-1B — no visa sponsorship"
MARKED_NAMES = re.compile(rf"(?<=\S)\s+(?={ANSWER_MARKS}\s*\S)")
LEGEND = re.compile(rf"\s*{ANSWER_MARKS}\s*/\s*{ANSWER_MARKS}\s*(?=:)")

# a word that ends an item: a lower-case word (not one that leads into a name), a figure, a
# closing bracket, a plus or per cent sign, a mark
ITEM_END = re.compile(
    r"(?:^(?!(?:the|a|an|of|and|or|to|for|on|in|at|by|with|from|your|our|their|its|my|no|not"
    r"|any|all|some|each|every|both|either|neither|these|those|this|that|than|per|via|as|two"
    r"|three|four|several|many|most|other|another|such|average|avg|mean|median|typical)$)"
    r"[a-z][\w'-]*"
    rf"|^[A-Z][A-Za-z]*[A-Z]s|\d|[)+%]|{ANSWER_MARKS})$"
)
YEAR = re.compile(r"(?:19|20)\d\d")  # "Step 2 CK floor, 2027 Match: 240": a label's own year
EXAM_NUMBER = re.compile(r"\b(?:Step|Level|PGY-?)\s*\d$", re.IGNORECASE)
STATUS = re.compile(r"Required|Recommended|Optional|Preferred|FYI|Note|Tip|Bonus")

# --- replies ------------------------------------------------------------------------------
REPLY = re.compile(r"^\s*Re:\s*(?P<subject>[^?]{2,120}\?)\s*(?P<answer>\S.*)?$", re.IGNORECASE)
COURTESY = re.compile(
    r"^(?:(?:sorry|unfortunately|sadly|regrettably|we(?:'re|\u2019re| are) sorry|good news"
    r"|great question|thanks for asking)\b[,!.]?\s*)+",
    re.IGNORECASE,
)
POLAR = re.compile(
    r"^(?P<word>yes|yep|yeah|no|nope)\b\s*(?:[,.!;:\u2014\u2013-]+\s*|$)(?P<rest>.*)$",
    re.IGNORECASE,
)
# an answer that is only a value of what the subject asks about
VALUE_START = re.compile(
    r"^(?:\$?\d|J-?1\b|H-?1B\b|at least\b|at most\b|up to\b|no more than\b|min(?:imum)?\.?\s"
    r"|max(?:imum)?\.?\s|level\b|step\b|both\b|either\b|neither\b)",
    re.IGNORECASE,
)
# an answer that points back to what the subject asks about
ANAPHOR_START = re.compile(r"^(?:it|it's|its|you|you'll|you're|your|only|that|this)\b", re.I)
ANAPHOR_END = re.compile(r"\b(?:one|none|any)\s*[.!]?$", re.IGNORECASE)
# the subject is the applicant's own story ("I failed Step 1 — can I apply?"): its answer is
# a rule about such applicants, read as it stands
OWN_STORY = re.compile(r"^(?:I|I'm|I've|my)\b", re.IGNORECASE)
ASKING = re.compile(
    r"^(?:(?:do|does|did|can|could|will|would|is|are|should|must)\s+"
    r"(?:you|we|i|there|it|the program|your program)\s+(?:still\s+)?"
    r"|(?:what|which|how many|how much|how big|how long|when)\s+(?:(?:is|are|do|does)\s+)?"
    r"(?:(?:i|you|we)\s+)?)",
    re.IGNORECASE,
)
TRAILING_ASK = re.compile(r"\s+(?:do|does|did|is|are)\s+(?:i|you|we|it)\s+\w+$", re.IGNORECASE)
SENTENCE_END = re.compile(r"(?<=[.!])\s+(?=[A-Z])")

# --- other programs -----------------------------------------------------------------------
_ANOTHER = (
    r"sister\s+(?:site|program|campus|hospital)|separate\s+(?:program|application|residency)"
    r"|applies\s+separately|different\s+NRMP\s+code"
    r"|(?:the|an|our|their)\s+affiliated\s+[\w ]{0,40}program"
    r"|their\s+checklist"
)
ANOTHER_PROGRAM = re.compile(rf"\b(?:{_ANOTHER})\b", re.IGNORECASE)
# a turn back to this program after another's rule ("..., but this program does not", "...; we
# require 2"): the sentence sets the two side by side, and extract.fact_scope reads it
BACK_TO_US = re.compile(
    r"(?:,\s*(?:but|while|whereas)|;|\bwhereas|\s[\u2013\u2014-]\s)\s*"
    r"(?:(?:this|our|the)\s+(?:own\s+)?(?:program|residency|programme|categorical)\b|we\b)",
    re.IGNORECASE,
)
# the item's subject, where another program would be named: before its colon, or its opening
# words up to the verb ("Our Psychiatry program (different NRMP code) requires ...")
SUBJECT = re.compile(
    r"^(?:[^:.;!?,()]|\([^()]*\)){0,120}?(?=:|\s+(?:requires?|asks?|needs?|accepts?|sponsors?)\b)"
)

# --- shorthand of the voice -----------------------------------------------------------------
# a label asked as a question and answered in a few words: "IMG applicants?: ✔ Yes", "More
# than 1 attempt? Still eligible."
ASKED_LABEL = re.compile(
    rf"^(?P<label>[^:?]{{2,60}})\?\s*:?\s*(?:{ANSWER_MARKS}\s*)?"
    r"(?P<answer>(?:yes|no|(?:still\s+)?(?:eligible|accepted|welcome|considered|fine|ok))\b)"
    r"\s*[.!]?\s*$",
    re.IGNORECASE,
)
ASKING_LABEL = re.compile(
    r"^(?:do|does|did|can|could|is|are|was|were|will|would|should|must|any|what|how|when|which"
    r"|who|why|I|I'm|I've|my)\b",
    re.IGNORECASE,
)
# "COMLEX transcript (DOs; no min. score)": the group a bracket first names is the item's
# scope, the rest of the bracket its condition
GROUP_BRACKET = re.compile(
    r"^(?P<head>[^():]{2,60}?)\s*\((?P<group>(?:[\w/.-]+\s+){0,2}"
    r"(?:IMGs?|DOs?|MDs?|applicants|graduates|grads|candidates))\s*;\s*(?P<rest>[^()]+)\)\s*\.?$",
    re.IGNORECASE,
)
# "US MD/DO grads only — no IMGs": a dash before a denial opens a clause of its own
DASH_DENIAL = re.compile(r"\s+[\u2014\u2013]\s+(?=no\s)", re.IGNORECASE)
# "Annual intake: two (categorical)": a bracketed kind after a count names what is counted
COUNTED_KIND = re.compile(
    rf"\b({NUMBER_WORDS})\s*"
    r"\((categorical|preliminary|prelim|advanced)\)",
    re.IGNORECASE,
)
# (a list's items may be cut by ";" and carry a bracket: "Academic tracks: clinical; research
# (with protected time)"; a sentence may follow it in the unit)
TRACKS = re.compile(
    r"^(?P<label>(?:(?:academic|training|residency|program|curricular|career|available|our)\s+)?"
    r"(?:tracks|pathways))\s*:\s*(?P<value>[^.;]+(?:;[^.;]+)*)(?P<rest>\.(?:\s.*)?)?$",
    re.IGNORECASE | re.DOTALL,
)
# an item's bracket, kept after the track it names: "research (with protected time)"
ITEM_BRACKET = re.compile(r"^(?P<kind>[^()]+?)\s*(?P<bracket>\([^()]*\))$")


def _items(unit: str) -> list[str]:
    """The items a unit runs together (see the module's first point)."""
    pieces: list[str] = []
    for piece in ITEM_START.split(unit):
        if pieces and SHORT_FORM_END.search(pieces[-1]):
            pieces[-1] = f"{pieces[-1]} {piece}"  # "min. 3": the period ends no item
        elif piece.strip():
            pieces.append(piece.strip())
    out: list[str] = []
    for piece in pieces:
        out.extend(item for part in _label_items(piece, True) for item in _arrow_items(part))
    return [name for item in out for name in _marked_names(item)]


def _arrow_items(piece: str) -> list[str]:
    """ "→ 2 positions per year → 16 residents total": an arrow after a whole item opens the
    next, and so does one between an item a mark opened and a whole item ("• Open to US &
    international grads → Our Psychiatry program requires ..."); one after a bare label
    ("Visa sponsorship → J-1", "→ Incoming class → 4") is the label's colon, kept."""
    parts = ARROW.split(piece)
    if piece[:1] not in f"{OPENERS}{CHECKS}{CROSSES}" and ":" not in parts[0]:
        return [piece]  # "Min. COMLEX 2 → 525": a fact sheet's arrows are its colons
    out = [parts[0]]
    for part in parts[1:]:
        before = out[-1].lstrip(f"{OPENERS} ")
        marked = out[-1][:1] in OPENERS and len(before.split()) >= 3
        if before and (WHOLE_ITEM.search(before) or (marked and WHOLE_ITEM.search(part))):
            out.append(f"\u2192 {part}")
        else:
            out[-1] = f"{out[-1]} \u2192 {part}"
    return out


def _label_items(piece: str, marked: bool) -> list[str]:
    """ "Step 2 CK: 225+ required Step 2 CK avg. (last class): 236": a label that starts after
    a whole item with no stop between them opens the next item."""
    out: list[str] = []
    rest = piece
    while True:
        cut = _next_label(rest, marked)
        if cut is None:
            break
        out.append(rest[:cut].strip())
        rest = rest[cut:]
    return [*out, rest.strip()]


def _next_label(text: str, marked: bool) -> int | None:
    """Where the label of a second field starts in ``text`` (None when there is none): the
    last capitalised word before its colon that follows an item's end (a lower-case word, a
    figure, a closing bracket, a mark) or is a status word ("Recommended: ..."), with a whole
    item before it (in a unit with no item marks, a field of its own: "COMLEX: none FYI: ...")."""
    for colon in (m.start() for m in re.finditer(r":(?=\s)", text)):
        words = list(re.finditer(r"\S+", text[:colon]))
        for k in range(len(words) - 1, max(len(words) - 7, 0), -1):
            word, prev = words[k].group(0), words[k - 1].group(0)
            if word[-1:] in "?!,;:" or (word[-1:] == "." and not SHORT_FORM_END.search(word)):
                break  # a label is a run of words with no stop inside
            if not word[:1].isupper():
                continue
            status = STATUS.fullmatch(word) and prev not in ("\u2014", "\u2013", "-", "/")
            ends = ITEM_END.search(prev) and not YEAR.fullmatch(prev)
            if (status or ends) and not EXAM_NUMBER.search(text[: words[k - 1].end()]):
                before = text[: words[k].start()].strip().lstrip(f"{OPENERS} ")
                if before and WHOLE_ITEM.search(before) and (marked or ":" in before):
                    return _label_start(words, k)
                break
    return None


def _label_start(words: list[re.Match[str]], k: int) -> int:
    """Where a label found at ``words[k]`` starts: at an earlier capitalised word right after a
    sentence's end, when the words between are the label's ("... never the H-1B. Typical
    matched IMG: 4+ months" is a label "Typical matched IMG", not "IMG")."""
    for j in range(k - 1, max(k - 5, 0), -1):
        word, prev = words[j].group(0), words[j - 1].group(0)
        if word[-1:] in "?!,;:." or prev[-1:] in "?!,;:":
            break
        if prev[-1:] == "." and not SHORT_FORM_END.search(prev) and word[:1].isupper():
            return words[j].start()
    return words[k].start()


def _marked_names(item: str) -> list[str]:
    """ "✔ J-1 (ECFMG) ✘ H-1B": the marked names set apart by middle dots, a list the row
    reader reads name by name; "Visa sponsorship ✔/✘: ✘ J-1 ✘ H-1B" the same, its legend no
    word. An item with one mark, or whose marks do not open it ("eligible to apply ✔"),
    stays whole."""
    item = LEGEND.sub("", item)
    label, colon, value = item.rpartition(":") if ":" in item else ("", "", item)
    marks = re.findall(ANSWER_MARKS, value)
    if len(marks) < 2 or not re.match(rf"\s*{ANSWER_MARKS}", value):
        return [item]
    names = [n.strip(" \u00b7|/;,") for n in MARKED_NAMES.split(value.strip())]
    names = [n for n in names if n]
    # "✘ J-1 ✘ H-1B — no visa sponsorship": what follows the last name's dash is said of all
    last, dash, reason = names[-1].partition(" \u2014 ")
    names[-1] = last
    if any(len(n.split()) > 8 for n in names):
        return [item]
    listed = " \u00b7 ".join(names)
    return [f"{label}: {listed}" if colon else listed, *([reason] if dash else [])]


def _about(subject: str) -> str:
    """What a reply's subject asks about: "Do you sponsor visas?" -> "Sponsor visas"."""
    about = subject.rstrip("? ").strip()
    about = ASKING.sub("", about)
    about = TRAILING_ASK.sub("", about)
    about = re.sub(r"^(?:a|an|any|my|your)\s+", "", about, flags=re.IGNORECASE)
    return about[:1].upper() + about[1:]


def _reply(item: str) -> str:
    """ "Re: <subject>? <answer>" as the rules read a question and its answer."""
    m = REPLY.match(item)
    if not m:
        return item
    subject, answer = m.group("subject").strip(), (m.group("answer") or "").strip()
    if not answer:
        return subject  # a subject line alone is a question: it states nothing
    answer = COURTESY.sub("", answer)
    answer = answer[:1].upper() + answer[1:]
    about = _about(subject)
    polar = POLAR.match(answer)
    if polar:
        word = "Yes" if polar.group("word").lower().startswith("y") else "No"
        rest = polar.group("rest").strip()
        if not rest:
            return f"{subject} {word}."
        rest = rest[:1].upper() + rest[1:]
        if VALUE_START.match(rest) and not OWN_STORY.match(subject):
            return f"{subject} {word}. {about}: {rest}"
        return f"{subject} {word}. {rest}"
    first = SENTENCE_END.split(answer, maxsplit=1)[0]
    if OWN_STORY.match(subject) or not about:
        return f"{subject} {answer}"
    if VALUE_START.match(first) or ANAPHOR_START.match(first) or ANAPHOR_END.search(first):
        return f"{about}: {answer}"
    return f"{subject} {answer}"


def _another_program(item: str) -> bool:
    """Whether the item's subject is another program or site (its checklist settles nothing
    about this one): named before its colon or its verb, or asked about in a reply's subject
    and its answer's."""
    text = item.lstrip(f"{OPENERS} ").strip()
    reply = REPLY.match(text)
    if reply:
        subject = SUBJECT.match(reply.group("answer") or "")
        return bool(
            ANOTHER_PROGRAM.search(reply.group("subject"))
            or (subject and ANOTHER_PROGRAM.search(subject.group(0)))
        )
    subject = SUBJECT.match(text)
    if subject and BACK_TO_US.search(text, subject.end()):
        return False
    return bool(subject and ANOTHER_PROGRAM.search(subject.group(0)))


def _restated(item: str) -> str:
    """One item in the words the rules read."""
    text = item.lstrip(f"{OPENERS} ").strip()
    text = re.sub(r"\s+&\s+", " and ", text)
    text = _reply(text)
    text = DASH_DENIAL.sub("; ", text)
    text = COUNTED_KIND.sub(r"\1 \2 positions", text)
    asked = ASKED_LABEL.match(text)
    if asked and not ASKING_LABEL.match(asked.group("label").strip()):
        return f"{asked.group('label').strip()}: {asked.group('answer').lower()}"
    bracket = GROUP_BRACKET.match(text)
    if bracket:
        return f"{bracket.group('head')} ({bracket.group('group')}): {bracket.group('rest')}"
    tracks = TRACKS.match(text)
    if tracks:
        kinds = re.split(r"\s*(?:[,;]|\band\b|/)\s*", tracks.group("value").strip())
        named = [_a_track(k) for k in kinds if k]
        # a sentence after the list in the same unit is read as it stands
        return f"{tracks.group('label')}: " + ", ".join(named) + (tracks.group("rest") or "")
    return text


def _a_track(kind: str) -> str:
    """One kind of a list of tracks named as a track ("research (with protected time)" ->
    "research track (with protected time)"); a kind already named so stays."""
    bracket = ITEM_BRACKET.match(kind)
    kind, aside = (bracket["kind"], f" {bracket['bracket']}") if bracket else (kind, "")
    if re.search(r"\b(?:track|pathway)s?$", kind, re.IGNORECASE):
        return f"{kind}{aside}"
    return f"{kind} track{aside}"


def checklist_items(unit: str) -> list[Fragment]:
    """The items of one unit, each as the text to read and the page's words; an item whose
    subject is another program is left out."""
    out = []
    items = _items(unit) if ITEM_SIGNS.search(unit) else _label_items(unit, False)
    for item in items:
        if _another_program(item):
            continue
        out.append(Fragment(_restated(item), item))
    return out
