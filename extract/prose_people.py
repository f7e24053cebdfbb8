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
from spacy.tokens import Span

from extract.blocks import BlockFacts, adds_campus, is_sentence, read_block
from extract.degrees import find_degrees
from extract.dom import (
    COLUMN_GAP,
    Block,
    TextChunk,
    column_heads,
    combine,
    is_heading_line,
    is_name_alone,
    mark_columns,
    name_from_line,
)
from extract.education import degree_only, split_education
from extract.leadership import LEADER_WORDS, is_title, leads_after_name, led_by_before
from extract.levels import parse_level
from extract.medical_schools import is_acronym, is_known_medical
from extract.names import CleanName, clean_name
from extract.prose import (
    SCHOOL,
    SHORT_FORM,
    continuation,
    is_name_phrase,
    looks_like_medical_school,
    looks_like_school,
    read_prose,
    short_name,
    tidy_school,
)
from extract.records import ExtractionWork
from extract.sections import Section, classify_heading, is_section_line

_PAREN = re.compile(r"^[^()]{0,40}?\(([^()]{3,160})\)")
_DASHED = re.compile(
    r"^[\s,]*(?:[A-Za-z.]{2,8}[\s,]+)*?[–—|:-]\s*([^;()\n]+?)(?=$|[;(\n]|\s[–—|•·]\s|,\s+PGY)"
)
# The part after the next dash: "... College of Medicine – Phoenix" after "Jane Doe, MD — ".
_NEXT_DASH_PART = re.compile(r"\s[–—-]\s+([^;()\n|•·–—,]+?)\s*(?=$|[;(\n|•·–—,]|\s-\s)")
_SCHOOL_PHRASE = re.compile(SCHOOL)
_APPOSITIVE = re.compile(
    r"^(?:,\s*(?:[A-Za-z.]{2,8},\s*)*)([A-Z][^,;()]{2,90}?)(?=,\s+[a-z]|\.\s|\.?$)"
)
# A role written as a title right before a name, one person's: "Chief resident Maya Patel",
# "our administrative chief, Dr. ", "Research resident ". Plurals ("Our chief residents",
# "Chief residents:") and a colon speak for the people after them, as a heading does.
TITLE_BEFORE_NAME = re.compile(
    r"(?i:(?<![\w-])(?:(?:administrative|academic|clinical|education(?:al)?|executive|"
    r"quality|senior|outpatient|inpatient|co-?)\s+)*"
    r"(?P<role>chief(?:\s+resident)?|co-?chief|research\s+(?:resident|fellow)|resident|intern))"
    r"[\s,]*(?:(?:Dr|Drs)\.?\s+)?\Z"
)
_TITLE_REACH = 80  # the longest title, its modifiers and an honorific
_TITLE_NOUNS = ("chief", "resident", "intern", "fellow")


def title_before_name(text: str) -> re.Match[str] | None:
    """The title that ``text`` ends on, right before a name; the nouns looked up first, as
    a page of many names asks once for each."""
    tail = text[-_TITLE_REACH:].lower()
    if not any(noun in tail for noun in _TITLE_NOUNS):
        return None
    return TITLE_BEFORE_NAME.search(text, max(0, len(text) - _TITLE_REACH))


_MARKDOWN_HEADING = re.compile(r"^\s*#{1,6}\s+")


@dataclass
class Mention:
    facts: BlockFacts
    context: Section
    snippet: str
    evidence: str
    bracket: str | None = None  # the bracket after the name, when it gave no school
    bracket_school: bool = False  # the school was read from the bracket after the name
    dash: str | None = None  # what follows a dash after the name, when it gave no school
    dash_school: bool = False  # the school was read after a dash after the name


def text_chunks(text: str) -> list[TextChunk]:
    """Plain text → one chunk of logical lines (soft-wrapped prose lines joined)."""
    lines: list[str] = []
    previous_blank = True
    for raw in text.splitlines():
        line = " ".join(_MARKDOWN_HEADING.sub("", mark_columns(raw)).split()).strip("=*_ ")
        if not line:
            previous_blank = True
            continue
        # a paragraph is cut again into pieces of _PIECE characters; joined past that, each
        # join copied and recounted the whole paragraph (quadratic on a hard-wrapped book)
        joins = bool(lines) and not previous_blank and len(lines[-1]) < _PIECE
        if joins and _continues(lines[-1], line):
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
    if _HAS_LEADER.search(line) or _HAS_LEADER.search(previous[-200:]):
        return False  # rows of a plain-text table: "Jane Doe, MD ....... Baylor ....... PGY-2"
    if COLUMN_GAP in line or COLUMN_GAP in previous:
        return False  # rows of a table set out in spaced columns
    if previous[:1] in "-•·–—" and _name_alone(line):
        return False  # "• X College of Medicine" over "Amir Khan, DO": the next person's stanza
    if len(line) <= 24 and not parse_level(line).empty:
        return False  # "PGY-2" under a school line starts its own line
    head, colon, _ = line.partition(":")
    if colon and len(head) <= 24 and not parse_level(head).empty:
        return False  # "PGY-3: Jun Choi, MD (X)": the next class, not the last one's words
    return len(previous) >= 45 and not previous.endswith((".", "!", "?", ":"))


_RULE = re.compile(r"[-=_~*#]{3,}")


def _underlined(lines: list[str], i: int) -> bool:
    """ "ROTATION SITES" over a rule of dashes or equals signs: a plain-text heading, though
    its two capitalised words read like a name. A name with degrees, or one written as names
    are ("Jane Doe" over a rule, her stanza under it), is still a person."""
    line = lines[i]
    return (
        i + 1 < len(lines)
        and _RULE.fullmatch(lines[i + 1]) is not None
        and len(line) <= 60
        and not find_degrees(line)
        and (line.isupper() or name_from_line(line) is None)
    )


def _name_alone(line: str) -> bool:
    """A line that holds a person's name and her degrees, and nothing more."""
    if len(line) > 70 or not find_degrees(line):
        return False
    name = name_from_line(line)
    return name is not None and clean_name(line).name == name.name


def read_chunks(
    chunks: list[TextChunk], nlp: Language, work: ExtractionWork | None = None
) -> Iterator[Mention]:
    work = work or ExtractionWork()
    paragraphs: list[tuple[str, Section]] = []
    for chunk in chunks:
        context = chunk.context
        lines = chunk.lines
        columns: dict[int, str] | None = None  # the header line of spaced columns, if any
        index = 0
        while index < len(lines):
            line = lines[index]
            index += 1
            if COLUMN_GAP in line:
                cells = [cell.strip() for cell in line.split(COLUMN_GAP)]
                heads = column_heads(cells)
                if heads is not None:
                    columns = heads
                    continue
                row = _column_row(cells, columns, context)
                if row is not None:
                    if not (row.facts.excluded or context.excluded):
                        yield row
                    continue
                line = lines[index - 1] = " ".join(line.replace(COLUMN_GAP, " ").split())
            if _RULE.fullmatch(line):
                continue
            if is_heading_line(line.rstrip(":")) or _underlined(lines, index - 1):
                context = combine([chunk.context, classify_heading(line.rstrip(":"))])
                continue
            row = _leader_row(line, context)
            if row is not None:
                if not (row.facts.excluded or context.excluded):
                    yield row
                continue
            stanza = _stanza(lines, index - 1)
            if stanza:
                mention = _stanza_mention(lines[index - 1 : index - 1 + stanza], context)
                if mention is not None:
                    if not context.excluded:  # a stanza under "PROGRAM LEADERSHIP"
                        yield mention
                    index += stanza - 1
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
    work.paragraphs += len(paragraphs)
    work.paragraph_chars += sum(len(p) for p, _ in paragraphs)
    mentions: list[Mention] = []
    docs = nlp.pipe((p for p, _ in paragraphs), batch_size=64)
    for doc, (text, context) in zip(docs, paragraphs, strict=True):
        spans = list(doc.spans["persons"])
        work.persons += len(spans)
        people = _outside_brackets(
            text,
            [
                p
                for i, p in enumerate(spans)
                if not _names_a_school(text, p)
                and not _before_is_name(text, spans, i)
                and not _after_a_dash(text, spans, i)
            ],
        )
        if people:
            # "We are thrilled to welcome our incoming interns: ..." speaks for everyone after;
            # "Chief resident Maya Patel ..." titles the first person only (``_mention``).
            head = text[: people[0].start_char]
            title = title_before_name(head)
            lead = classify_heading(head[: title.start() if title else len(head)][-120:])
            if not lead.level.empty or lead.excluded:
                context = combine([context, lead])
        for i, person in enumerate(people):
            end = people[i + 1].start_char if i + 1 < len(people) else len(text)
            begin = people[i - 1].end_char if i else 0
            mention = _mention(
                text,
                person,
                text[begin : person.start_char],
                text[person.end_char : end],
                context,
                named_next=i + 1 < len(people),
            )
            if mention is not None:
                mentions.append(mention)
    _schools_in_brackets(mentions)
    _schools_after_dashes(mentions)
    yield from mentions


def _schools_in_brackets(mentions: list[Mention]) -> None:
    """ "Jane Doe (Baylor College of Medicine), John Roe (Loma Linda)": where the page's
    brackets after names hold schools, or where the page names every other resident's school,
    a bracket that holds only a short name ("Loma Linda", "Stony Brook") is that resident's
    school too, though its words do not say so."""
    schools = sum(m.bracket_school for m in mentions)
    unread = [m for m in mentions if m.bracket and m.facts.school is None]
    others = [m for m in mentions if m not in unread]
    # "Jane Doe (Wayne State) is already a favorite on the wards. John Roe joins us after
    # graduating from X": the page names every other resident's school, and this one bracket
    # is where its resident's school would be
    lone = len(unread) == 1 and bool(others) and all(m.facts.school for m in others)
    if not lone and (schools < 2 or schools <= len(unread)):
        return
    for mention in unread:
        bracket = " ".join(str(mention.bracket).split())
        if short_name(bracket):
            mention.facts.school = mention.facts.school_text = bracket


_HAS_LEADER = re.compile(r"\S\s*(?:\.{4,}|(?:\s\.){4,}|[·…_]{4,})\s*\S")
# A dot leader between columns of a plain-text roster ("Jane Doe, MD ........ Baylor"):
# a run of dots (spaced or not), middle dots, ellipses or underscores.
_LEADER = re.compile(r"\s*(?:\.\s?){3,}\s*|\s*[·…_]{3,}\s*|\s+…\s+")
# "Jane Doe, M.D......... X": the degree's closing dot went into the leader.
_CUT_DEGREE = re.compile(r"\b(?:[A-Za-z]\.){1,3}[A-Za-z]$")


def _leader_row(line: str, context: Section) -> Mention | None:
    """ "Jane Doe, MD ............ University of Nevada, Reno School of Medicine": a name (and
    its degrees), a dot leader out to a column, then the values: a row of a plain-text or
    <pre> roster, read as a table row is, each column whole (its commas, brackets and
    places are the school's; a word processor's leader is no sentence). A row whose columns
    say the person is no resident ("Program Director") comes back excluded. None when the
    line does not open on a name alone, or its columns name neither a school nor a year."""
    if "..." not in line and ". . ." not in line and not re.search("[·…_]", line):
        return None
    cells = [c.strip() for c in _LEADER.split(line)]
    if len(cells) < 2 or not all(cells) or len(cells[0]) > 70:
        return None
    head = cells[0]
    if _CUT_DEGREE.search(head):
        head += "."
    if not is_name_alone(head):
        return None  # "Program Overview ..... 3", "Jane Doe (PGY-2) ..... X": not a name alone
    return _row_mention([head, *cells[1:]], {}, context)


def _column_row(
    cells: list[str], columns: dict[int, str] | None, context: Section
) -> Mention | None:
    """ "Jane Roe      MD      University of Nevada, Reno School of Medicine      PGY-2": a row
    of a <pre> or plain-text roster whose columns are set apart by runs of spaces, read as a
    table row: under a header line of as many cells ("Name   Degree   Medical School   Year")
    each cell is the field its column names, else the cells are read as a card's lines."""
    if len(cells) < 2 or not all(cells) or not is_name_alone(cells[0]):
        return None
    if columns is None or len(columns) != len(cells):
        # no header, or an empty cell shifts the columns: a cell of degrees alone is the
        # degree column ("MD" before "Harvard Medical School" labels no school here)
        degrees = [cell for cell in cells[1:] if degree_only(cell)]
        rest = [cell for cell in cells[1:] if not degree_only(cell)]
        fields = {"degree": ", ".join(degrees)} if degrees else {}
        return _row_mention([cells[0], *rest], fields, context)
    fields = {key: cells[i] for i, key in columns.items() if i and key not in ("other", "name")}
    return _row_mention([cells[0]], fields, context)


def _row_mention(lines: list[str], fields: dict[str, str], context: Section) -> Mention | None:
    """A row of a plain-text table (its name first, then its cells) as a mention; None when
    it names neither a school nor a year."""
    block = Block(kind="row", elements=[], fields=dict(fields), lines=lines, context=context)
    facts = read_block(block)
    if facts is None:
        return None
    if facts.school is None and not facts.excluded:
        cell = next((c for c in lines[1:] if parse_level(c).empty), None)
        school = _bracket_school(cell, facts) if cell else None
        facts.school = facts.school_text = school  # "OUWB", "Carle Illinois": a short name
    if facts.school is None and facts.level.empty and not facts.excluded:
        return None
    snippet = " – ".join([*lines, *fields.values()])
    return Mention(facts=facts, context=context, snippet=snippet, evidence="line")


def _schools_after_dashes(mentions: list[Mention]) -> None:
    """ "Jane Doe, MD — Baylor College of Medicine • John Roe, MD — UWSMPH": where the page
    writes most residents' schools after a dash, a short name after the dash ("UWSMPH", "YSM",
    "UC San Diego") is that resident's school too, though its words do not say so."""
    schools = sum(m.dash_school for m in mentions)
    unread = [m for m in mentions if m.dash and m.facts.school is None]
    if schools < 2 or schools <= len(unread):
        return
    for mention in unread:
        dash = " ".join(str(mention.dash).split())
        if short_name(dash):
            mention.facts.school = mention.facts.school_text = dash


_STANZA_LINES = 6


def _stanza(lines: list[str], start: int) -> int:
    """ "Jane Doe, MD" alone on its line, then its school and year on the next short lines (a
    plain-text roster, a <br>-separated list): the number of lines that belong to her, or 0."""
    head = lines[start]
    if len(head) > 70 or is_sentence(head):
        return 0
    name = name_from_line(head)
    if name is None or clean_name(head).name != name.name:
        return 0  # the line says more than a name and its degrees
    end = start + 1
    while end < len(lines) and end - start <= _STANZA_LINES:
        line = lines[end]
        if len(line) > 120 or is_sentence(line) or name_from_line(line) is not None:
            break
        if is_section_line(line.rstrip(":")) and parse_level(line).empty:
            break
        end += 1
    body = lines[start + 1 : end]
    if not any(looks_like_school(line) or not parse_level(line).empty for line in body):
        return 0
    return end - start


def _stanza_mention(lines: list[str], context: Section) -> Mention | None:
    facts = read_block(Block(kind="stanza", elements=[], lines=list(lines), context=context))
    if facts is None or facts.excluded:
        return None
    snippet = " – ".join(lines)
    return Mention(facts=facts, context=context, snippet=snippet, evidence="line")


# "Robert Larner, M.D. College of Medicine", "Frank H. Netter MD School of Medicine": schools
# named after a person, with the person's degree inside the name.
_SCHOOL_AFTER_EPONYM = re.compile(
    r"^[\s,]*(?:M\.?\s?D\.?\s+)?(?:(?:College|School)\s+of\s+"
    r"(?:(?:Osteopathic|Allopathic)\s+)?Medicine"
    r"|Medical\s+(?:School|College))\b"
)


# "Joining us from TTUHSC El Paso is ...": after a bare "from", a capitalised run is where a
# person comes from; "... College of Osteopathic Medicine at the Cherokee Nation is ...": after
# a school's word and a join, it is the end of the school's name.
_FROM_BEFORE = re.compile(r"\b[Ff]rom\s+$")
_SCHOOL_JOIN_BEFORE = re.compile(
    r"\b(?:Medicine|Medical|Universi\w*|College|School|Institut\w*|Sciences?|Osteopathic|"
    r"Faculdade|Facultad|Facult[eé]|Facolt\w*)"
    r"\s+(?:at|of|in|for|de|do|da|di|del|della|des|du)(?:\s+(?:the|la|le|los|las))?\s+$"
)


def _names_a_school(text: str, person: Span) -> bool:
    """A person span that is the start or the end of a school's name, not a resident."""
    if _SCHOOL_AFTER_EPONYM.match(text[person.end_char : person.end_char + 60]):
        return True
    before = text[max(0, person.start_char - 40) : person.start_char]
    if person._.evidence in ("degree", "honorific"):
        return False  # "from Dr. Jane Doe", "from Jane Doe, MD": a person after all
    return bool(_FROM_BEFORE.search(before) or _SCHOOL_JOIN_BEFORE.search(before))


_IS_BETWEEN = re.compile(r"\s+(?:is|are)\s+")
# "from" and, up to the run, only the words of a name and a place: capitals, joins, commas.
# Possessive, so that a long run of capitals is never tried split in every way (it was
# exponential on "from ABCDEF... x").
_CHAIN_WORD = r"(?:[A-ZÀ-Þ][\w'’.&-]*+|(?:of|the|at|in|de|del|la|y|and)\b|[&,–—-])"
_FROM_CHAIN = re.compile(rf"\b[Ff]rom\s+{_CHAIN_WORD}(?:\s*{_CHAIN_WORD})*+\s*$")


def _before_is_name(text: str, spans: list[Span], i: int) -> bool:
    """ "Joining us from X, St Maarten, Netherlands Antilles is Jessica Baker", "from X at UT
    Health San Antonio is Jane Doe": a run that only "is" separates from the next name, at the
    end of what follows "from", is the end of where that person comes from."""
    person = spans[i]
    if i + 1 >= len(spans) or person._.evidence in ("degree", "honorific"):
        return False
    between = text[person.end_char : spans[i + 1].start_char]
    if _IS_BETWEEN.fullmatch(between) is None:
        return False
    return _FROM_CHAIN.search(text[max(0, person.start_char - 200) : person.start_char]) is not None


# Between a person and the next span: her degrees, then a dash ("Jane Doe, MD — ").
_DASH_AFTER_PERSON = re.compile(r"[\s,]*(?:[A-Za-z.]{2,8}[\s,]+)*?[–—]\s*")


def _after_a_dash(text: str, spans: list[Span], i: int) -> bool:
    """ "Jane Doe, MD — Carle Illinois • John Roe, MD — YSM": a capitalised pair right after
    a person's dash is her school's short name, not a second person (one with degrees or a
    title of her own still is)."""
    person = spans[i]
    if i == 0 or person._.evidence in ("degree", "honorific"):
        return False
    between = text[spans[i - 1].end_char : person.start_char]
    return _DASH_AFTER_PERSON.fullmatch(between) is not None


def _outside_brackets(text: str, people: list[Span]) -> list[Span]:
    """ "Jane Doe, MD (Robert Larner, M.D. College of Medicine)": a name inside the brackets
    after a person is part of that person's details, not a second person."""
    kept: list[Span] = []
    depth = 0
    position = 0
    for person in people:
        chunk = text[position : person.start_char]
        depth = max(depth + chunk.count("(") - chunk.count(")"), 0)
        position = person.start_char
        if depth == 0 or not kept:
            kept.append(person)
    return kept


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


_ABBREVIATION = re.compile(r"[A-Z][A-Za-z&.-]*[A-Z][A-Za-z&.-]*(?:\s+[A-Z][\w.&-]*){0,2}")


def _bracketed(segment: str) -> str | None:
    """The bracket right after a name ("Jane Doe, MD (X (ABBR), Boston, MA)"), nested brackets
    kept whole; None when the segment opens with something else."""
    start = segment.find("(")
    if start < 0 or start > 40 or "(" in segment[:start] or ")" in segment[:start]:
        return None
    depth = 0
    for index in range(start, min(len(segment), start + 240)):
        depth += {"(": 1, ")": -1}.get(segment[index], 0)
        if depth == 0:
            return segment[start + 1 : index]
    return None


def _bracket_school(bracket: str, facts: BlockFacts) -> str | None:
    """School in a name's bracket: levels taken out, the rest as written — "Tufts University
    School of Medicine, Boston, MA" keeps its city, "BCM" and "UCLA" are schools too."""
    kept = []
    for part in re.split(r"\s*,\s+(?=[A-Z])", bracket) if ";" not in bracket else [bracket]:
        level = parse_level(part)
        if not level.empty and len(part) <= 30:
            facts.level = facts.level.or_else(level)
            continue
        kept.append(part)
    text = ", ".join(kept).strip()
    if ";" in text:
        entries = [e for e in re.split(r"\s*;\s*", text) if e]
        school = split_education(text)[0]
        for entry in entries:
            level = parse_level(entry)
            if not level.empty and len(entry) <= 30:
                facts.level = facts.level.or_else(level)
        return school
    if looks_like_school(text):
        return split_education(text)[0] or text
    if _ABBREVIATION.fullmatch(text) and not find_degrees(text) and parse_level(text).empty:
        return text
    if is_known_medical(text) and len(text) <= 60:
        return text  # "(Carle Illinois)": a medical school's short name, one capital a word
    return None


_FROM_SCHOOL = re.compile(rf"\b[Ff]rom\s+{SCHOOL}")


def _school_before(before: str) -> str | None:
    """ "Joining us from X is Jane Doe." / "From X, we welcome Jane Doe." — the school is
    named in the same sentence, before the person."""
    # a sentence also ends after an acronym ("... graduating from UTMB. From SGU, we ...")
    sentence = re.split(
        r"(?:(?<=[a-z)])|(?<=[A-Z]{2}))(?<!\bSt)(?<!\bMt)(?<!\bFt)(?<!\bDr)[.!?]\s+", before
    )[-1]
    # "Jane Roe, who comes to us from X; and John Doe, ...": X is Jane's, not John's
    sentence = sentence.split(";")[-1]
    if re.search(r"\b(?:he|she|they|his|her|their)\b", sentence):
        return None  # the sentence goes on about someone else
    found = None
    for m in _FROM_SCHOOL.finditer(sentence):
        short = SHORT_FORM.match(sentence, m.end("school"))  # "X (LMU-DCOM), we welcome"
        end = short.end() if short else m.end("school")
        school = tidy_school(sentence[m.start("school") : end] + continuation(sentence, end))
        if school and (
            looks_like_school(school)
            or is_known_medical(school)
            or is_acronym(school)
            or (_ABBREVIATION.fullmatch(school) is not None and short_name(school))
        ):
            found = school  # "From SGU, we welcome ...": "SGU", "MSU CHM", not "NYC"
    return found


def _campus_after(segment: str, dashed: re.Match[str]) -> str:
    """The campus or city a dash adds to the school after the name, with its dash."""
    m = _NEXT_DASH_PART.match(segment, dashed.end(1))
    if m is None or not adds_campus(dashed.group(1), m.group(1)):
        return ""
    return m.group(0).rstrip()


def _mention(
    text, person, before: str, segment: str, context: Section, *, named_next: bool = False
) -> Mention | None:
    if context.excluded or LEADER_WORDS.search(before[-45:]) or led_by_before(before):
        return None
    leader = LEADER_WORDS.search(re.sub(r"\([^()]*\)", "", segment))
    if leader is not None and leader.start() < 45:
        return None  # the role right after the name; searched whole, so "Faculty of" is seen
    bracket = _bracketed(segment)
    if leads_after_name(segment) or (bracket and is_title(bracket)):
        return None  # "Harold Brandt, MD directs the program", "Li Wei, DO (APD)"
    name = CleanName(name=person._.clean_name, degrees=list(person._.degrees or []))
    facts = BlockFacts(name=name, name_raw=person.text, degrees=list(name.degrees))
    school = undergrad = None
    if bracket:
        school = _bracket_school(bracket, facts)
    from_bracket = school is not None
    dash = None
    if school is None:
        m = _DASHED.match(segment)
        if m and (looks_like_school(m.group(1)) or is_known_medical(m.group(1))):
            # "Jane Roe, MD — AUC" too
            school = split_education(m.group(1).strip() + _campus_after(segment, m))[0]
        elif m:
            dash = m.group(1).strip()
    from_dash = school is not None and not from_bracket
    if school is None:
        m = _APPOSITIVE.match(segment)
        if (
            m
            and is_name_phrase(m.group(1))
            and (looks_like_medical_school(m.group(1)) or is_known_medical(m.group(1)))
        ):
            # "Jane Doe, Baylor College of Medicine, won the prize"; not "Jane Doe, MD
            # graduated from X and leads ...": a clause, whose school the sentence rules read
            school = m.group(1)
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
    if school:
        sentences = re.split(r"(?<=[a-z]{2}[.!?])\s+", segment)
        source = next((part for part in sentences if school in part), None)
        facts.school_text = " ".join(source.split())[:300] if source else None
    facts.undergrad = undergrad or prose.undergrad
    facts.hometown = prose.hometown
    # a title belongs to the name it stands before: this person's from what comes before her,
    # and the next person's ("... Our chief resident John Roe") out of this one's words
    title = title_before_name(before)
    if title:
        # the role's noun alone: "administrative chief" is a chief ("chief" opens it)
        facts.level = facts.level.or_else(parse_level(title.group("role")))
    next_title = title_before_name(segment) if named_next else None
    level = parse_level(segment[: next_title.start() if next_title else len(segment)][:160])
    facts.level = facts.level.or_else(level)
    supported = facts.school or not facts.level.empty or not context.level.empty
    if person._.evidence == "line" and not (supported or context.roster or facts.degrees):
        return None
    if person._.evidence in ("honorific", "cue") and not (supported or context.roster):
        return None
    snippet = (text[max(0, person.start_char - 20) : person.end_char] + segment).strip()
    return Mention(
        facts=facts,
        context=context,
        snippet=snippet,
        evidence=person._.evidence,
        bracket=bracket if bracket and not from_bracket else None,
        bracket_school=from_bracket,
        dash=dash if dash and school is None else None,
        dash_school=from_dash,
    )
