"""People named in running text: match-day announcements, newsletters, loose page text.

The spaCy pipeline marks person spans; each person owns the text up to the next person, and
that segment gives the school ("Jane Doe, MD (University of Michigan Medical School)",
"Jane Doe – Harvard", "... received her medical degree from ..."), the level and the degrees.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.language import Language

from extract.blocks import BlockFacts, split_education
from extract.dom import TextChunk, combine, name_from_line
from extract.levels import parse_level
from extract.names import CleanName
from extract.prose import SCHOOL, continuation, looks_like_school, read_prose, tidy_school
from extract.sections import Section, classify_heading, is_section_line

_LEADERS = re.compile(
    r"\b(?:program\s+director|director|chair(?:man|woman)?|professor|coordinator|faculty(?!\s+of)|"
    r"attending|dean|manager|administrator|alumn\w*|fellow|president|chief\s+of|"
    r"graduate\s+of\s+our|graduated\s+from\s+our|former|speaker|guest|lecturer)\b",
    re.IGNORECASE,
)
_PAREN = re.compile(r"^[^()]{0,40}?\(([^()]{3,160})\)")
_DASHED = re.compile(
    r"^[\s,]*(?:[A-Za-z.]{2,8}[\s,]+)*?[–—|:-]\s*([^;()\n]+?)(?=$|[;(\n]|\s[–—|]\s|,\s+PGY)"
)
_SCHOOL_PHRASE = re.compile(SCHOOL)
_MARKDOWN_HEADING = re.compile(r"^\s*#{1,6}\s+")


@dataclass
class Mention:
    facts: BlockFacts
    context: Section
    snippet: str
    evidence: str


def text_chunks(text: str) -> list[TextChunk]:
    """Plain text → one chunk of logical lines (soft-wrapped prose lines joined)."""
    lines: list[str] = []
    previous_blank = True
    for raw in text.splitlines():
        line = " ".join(_MARKDOWN_HEADING.sub("", raw).split()).strip("=*_ ")
        if not line:
            previous_blank = True
            continue
        if lines and not previous_blank and _continues(lines[-1], line):
            lines[-1] = f"{lines[-1]} {line}"
        else:
            lines.append(line)
        previous_blank = False
    return [TextChunk(lines=lines, context=Section())]


def _continues(previous: str, line: str) -> bool:
    """A hard-wrapped prose line goes on; a short list line or a finished sentence does not."""
    if previous.count("(") > previous.count(")") or line[:1].islower() or line[:1] == "(":
        return True
    if line[:1] in "-*•·" or line[:1].isdigit():
        return False
    return len(previous) >= 45 and not previous.endswith((".", "!", "?", ":"))


def read_chunks(chunks: list[TextChunk], nlp: Language) -> Iterator[Mention]:
    paragraphs: list[tuple[str, Section]] = []
    for chunk in chunks:
        context = chunk.context
        for line in chunk.lines:
            if is_section_line(line.rstrip(":")) and name_from_line(line) is None:
                context = combine([chunk.context, classify_heading(line.rstrip(":"))])
                continue
            for piece in _pieces(line):
                paragraphs.append((piece, context))
    if not paragraphs:
        return
    budget = _TEXT_BUDGET
    for index, (text, _) in enumerate(paragraphs):
        budget -= len(text)
        if budget < 0:
            del paragraphs[index:]  # a page with this much loose text is not a roster
            break
    docs = nlp.pipe((p for p, _ in paragraphs), batch_size=64)
    for doc, (text, context) in zip(docs, paragraphs, strict=True):
        people = list(doc.spans["persons"])
        if people:
            # "We are thrilled to welcome our incoming interns: ..." speaks for everyone after.
            lead = classify_heading(text[: people[0].start_char][-120:])
            if not lead.level.empty or lead.excluded:
                context = combine([context, lead])
        for i, person in enumerate(people):
            end = people[i + 1].start_char if i + 1 < len(people) else len(text)
            begin = people[i - 1].end_char if i else 0
            mention = _mention(
                text, person, text[begin : person.start_char], text[person.end_char : end], context
            )
            if mention is not None:
                yield mention


_PIECE = 5000
_TEXT_BUDGET = 300_000


def _pieces(line: str) -> list[str]:
    """Long paragraphs cut at sentence ends into pieces spaCy handles quickly."""
    if len(line) <= 3:
        return []
    if len(line) <= _PIECE:
        return [line]
    pieces: list[str] = []
    while line:
        cut = line.rfind(". ", 0, _PIECE)
        cut = cut + 1 if cut > _PIECE // 2 else _PIECE
        pieces.append(line[:cut])
        line = line[cut:].lstrip()
    return pieces


_FROM_SCHOOL = re.compile(rf"\b[Ff]rom\s+{SCHOOL}")


def _school_before(before: str) -> str | None:
    """ "Joining us from X is Jane Doe." / "From X, we welcome Jane Doe." — the school is
    named in the same sentence, before the person."""
    sentence = re.split(r"(?<=[a-z)])[.!?]\s+", before)[-1]
    if re.search(r"\b(?:he|she|they|his|her|their)\b", sentence):
        return None  # the sentence goes on about someone else
    found = None
    for m in _FROM_SCHOOL.finditer(sentence):
        school = tidy_school(m.group("school") + continuation(sentence, m.end("school")))
        if school and looks_like_school(school):
            found = school
    return found


def _mention(text, person, before: str, segment: str, context: Section) -> Mention | None:
    if context.excluded or _LEADERS.search(before[-45:]):
        return None
    if _LEADERS.search(re.sub(r"\([^()]*\)", "", segment)[:45]):
        return None
    name = CleanName(name=person._.clean_name, degrees=list(person._.degrees or []))
    facts = BlockFacts(name=name, name_raw=person.text, degrees=list(name.degrees))
    school = undergrad = None
    m = _PAREN.match(segment)
    if m:
        for part in re.split(r"\s*[;,]\s+(?=[A-Z])|\s*;\s*", m.group(1)):
            if looks_like_school(part) and school is None:
                school = split_education(part)[0] or part
            level = parse_level(part)
            if not level.empty:
                facts.level = facts.level.or_else(level)
    if school is None:
        m = _DASHED.match(segment)
        if m and looks_like_school(m.group(1)):
            school = split_education(m.group(1).strip())[0]
    prose = read_prose(segment)
    if school is None and prose.school:
        school = prose.school
        facts.prose = True
    if school is None:
        school = _school_before(before)
    if school is None and person._.evidence in ("degree", "line"):
        first = re.split(r"(?<=[a-z])\.\s", segment, maxsplit=1)[0]
        for phrase in _SCHOOL_PHRASE.finditer(first):
            if looks_like_school(phrase.group(0)):
                school = tidy_school(phrase.group(0))
                break
    facts.school = school
    facts.undergrad = undergrad or prose.undergrad
    facts.hometown = prose.hometown
    level = parse_level(segment[:160])
    facts.level = facts.level.or_else(level)
    supported = facts.school or not facts.level.empty or not context.level.empty
    if person._.evidence == "line" and not (supported or context.roster or facts.degrees):
        return None
    if person._.evidence in ("honorific", "cue") and not (supported or context.roster):
        return None
    snippet = (text[max(0, person.start_char - 20) : person.end_char] + segment).strip()
    return Mention(facts=facts, context=context, snippet=snippet, evidence=person._.evidence)
