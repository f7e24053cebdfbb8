"""Read one person's fields from a roster block (a row, card, list item or dt/dd pair)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.degrees import MEDICAL_DEGREES, degree_id, find_degrees
from extract.dom import Block, name_from_line
from extract.labels import bare_label, label_field, split_label_line
from extract.levels import EMPTY, TrainingLevel, parse_level, parse_level_value
from extract.names import CleanName, clean_name, looks_like_name
from extract.places import ends_with_city_state
from extract.prose import looks_like_medical_school, looks_like_school, read_prose, tidy_school
from extract.sections import classify_heading, is_section_line

_ENTRY_SPLIT = re.compile(r"\s*(?:;|\||•|·|\n)\s*")
_DEGREE_PREFIX = re.compile(r"^\s*([A-Za-z.]{2,9})\s*[,:–—-]\s*(.+)$")
_DEGREE_PAREN = re.compile(r"^(.+?)\s*\(([A-Za-z.,/ ]{2,20})\)\s*,?\s*(?:\d{4})?$")
# A short line in a person's block that says they are not a resident.
_NOT_RESIDENT = re.compile(
    r"\b(?:professor|instructor|program\s+director|chair(?:man|woman)?|coordinator|fellow|"
    r"attending|nurse\s+practitioner|physician\s+assistant|administrator|manager|emerit\w+|"
    r"alumn\w+|faculty|staff\s+surgeon|neurosurgeon)\b",
    re.IGNORECASE,
)
_SEPARATORS_AFTER_NAME = re.compile(r"\s+[–—|•·]\s+|\s+-\s+")
_TRAILING_YEAR = re.compile(r"[\s,(–—-]+(?:(?:19|20)\d\d|['’]\d\d)\)?$")
# Long degree names that open an education entry ("Doctor of Medicine, Yale School of Medicine").
_LONG_DEGREES = (
    (re.compile(r"^doctor\s+of\s+osteopathic\s+medicine\b", re.I), "DO"),
    (
        re.compile(
            r"^(?:doctor\s+of\s+medicine|medical\s+degree|doctorate\s+in\s+medicine)\b", re.I
        ),
        "MD",
    ),
    (
        re.compile(r"^bachelor\s+of\s+medicine,?\s+(?:and\s+)?bachelor\s+of\s+surgery\b", re.I),
        "MBBS",
    ),
    (re.compile(r"^bachelor\s+of\s+(?:science|sciences)\b", re.I), "BS"),
    (re.compile(r"^bachelor\s+of\s+arts\b", re.I), "BA"),
)
_DEGREE_WORD = re.compile(r"^([A-Za-z.]{2,9})\s+(?=[A-Z])")
_DEGREE_AFTER = re.compile(r"^(.+?)\s*(?:,|\s[–—-])\s*([A-Za-z.]{2,9}(?:[,/ ]+[A-Za-z.]{2,9})?)$")
# What follows a value on the same line and is not part of it: a level, a link.
_TRAILING_LEVEL = re.compile(
    r"\s*(?:[,;|–—(]|\s-)\s*(?:PGY\s*[-–]?\s*\w+|R[1-9]|Intern|(?:Chief|Research)\s+Resident)\)?$"
)
_TRAILING_LINK = re.compile(
    r"(?i)\s+(?:(?:read|view|see|learn)\s+(?:more|(?:full\s+)?(?:bio(?:graphy)?|profile))|"
    r"full\s+bio(?:graphy)?)\s*[»›→>…]*$|\s*[»›→]+$"
)


@dataclass
class BlockFacts:
    """What a block says about its person, before it becomes a ResidentRecord."""

    name: CleanName
    name_raw: str
    degrees: list[str] = field(default_factory=list)
    school: str | None = None
    undergrad: str | None = None
    hometown: str | None = None
    level: TrainingLevel = EMPTY
    excluded: bool = False
    labelled: int = 0  # fields read from labels or headers
    prose: bool = False


def read_block(block: Block) -> BlockFacts | None:
    """Fields of ``block``; None when the block holds no person."""
    values = dict(block.fields)
    name_line, unlabelled, labelled = _split_lines(block, values)
    raw = values.get("name") or name_line
    if not raw:
        return None
    name = name_from_line(raw) or clean_name(raw)
    if not looks_like_name(name.name):
        return None
    facts = BlockFacts(name=name, name_raw=raw, degrees=list(name.degrees), labelled=labelled)
    rest, more = _explode(
        [_after_name(name_line)] if raw == name_line and name_line else [], values
    )
    unlabelled, labelled_parts = _explode(unlabelled, values)
    facts.labelled += more + labelled_parts
    _read_values(facts, values)
    _read_unlabelled(facts, [*rest, *unlabelled])
    if name_line and facts.level.empty:
        facts.level = parse_level(_SEPARATORS_AFTER_NAME.split(name_line, maxsplit=1)[0])
    if facts.school is None:
        facts.school = _bare_school(rest) or _bare_school(
            [ln for ln in unlabelled if _card_school_line(ln)]
        )
    return facts


_NOT_SCHOOL_LINE = re.compile(
    r"\b(?:resident|intern|surgery|neurosurg\w*|profile|e-?mail|bio|read|more|view|contact|"
    r"photo|interests?|pronouns?|she|he|they|her|his)\b",
    re.IGNORECASE,
)


def _card_school_line(line: str) -> bool:
    """A short unlabelled line of a card that can only be its school ("UCLA", "Duke"): not a
    role, a link text, a place ("Dayton, Ohio") or a sentence."""
    if len(line) > 80 or _NOT_SCHOOL_LINE.search(line):
        return False
    return "," not in line or looks_like_school(line)


_PARTS = re.compile(r"(\s+[–—|•·]\s+|\s+-\s+)")


def _explode(lines: list[str], values: dict[str, str]) -> tuple[list[str], int]:
    """Split "PGY-4 – Medical School: X" at its separators; labelled parts become values.

    A part that only continues a school ("University of Arizona College of Medicine – Tucson")
    stays joined to it.
    """
    out: list[str] = []
    labelled = 0
    for line in lines:
        if not line or len(line) > 250 or is_sentence(line):
            if line:
                out.append(line)
            continue
        pieces = _PARTS.split(line)
        parts: list[str] = []
        for index in range(0, len(pieces), 2):
            part = pieces[index].strip()
            if not part:
                continue
            if (
                parts
                and looks_like_school(parts[-1])
                and not looks_like_school(part)
                and _is_plain_value(part)
            ):
                parts[-1] = parts[-1] + pieces[index - 1] + part
                continue
            parts.append(part)
        for part in parts:
            found = split_label_line(part)
            if found and found[0] != "other" and found[2]:
                values.setdefault(found[0], found[2])
                labelled += 1
                continue
            out.append(part)
    return out, labelled


def _is_plain_value(part: str) -> bool:
    """Neither a level, a degree list, a label nor a role: a place or a name's remainder."""
    return (
        parse_level(part).empty
        and not find_degrees(part)
        and split_label_line(part) is None
        and label_field(part) is None
        and not _NOT_RESIDENT.search(part)
    )


def _bare_school(parts: list[str]) -> str | None:
    """ "Jane Doe, MD – UAMS": what follows the name and is nothing else is the school."""
    for part in parts:
        text = _strip_level(part.strip(" ()"))
        if 2 <= len(text) <= 120 and text[:1].isupper() and _is_plain_value(text):
            if not is_sentence(text) and not any(ch.isdigit() for ch in text):
                return text
    return None


def _split_lines(block: Block, values: dict[str, str]) -> tuple[str | None, list[str], int]:
    lines = block.lines
    name_line = None
    unlabelled: list[str] = []
    labelled = len(values)
    skip = False
    for i, line in enumerate(lines):
        if skip:
            skip = False
            continue
        found = split_label_line(line)
        if found is not None and not found[2] and i + 1 < len(lines):
            # "Medical School:" with its value on the next line (<span>label</span><div>value)
            if label_field(lines[i + 1]) is None and split_label_line(lines[i + 1]) is None:
                found = (found[0], found[1], lines[i + 1])
                skip = True
        if found is None and i + 1 < len(lines) and len(line) <= 40:
            key = bare_label(line)
            if (
                key
                and key not in ("other", "name", "level")
                or key == "level"
                and line.endswith(":")
            ):
                found = (key, line, lines[i + 1])
                skip = True
        if found:
            key, _, value = found
            if key != "other" and value:
                values.setdefault(key, value)
                labelled += 1
            continue
        if name_line is None and "name" not in values and name_from_line(line):
            name_line = line
            continue
        if line == values.get("name"):
            continue  # the name cell of a row is not one of its values
        unlabelled.append(line)
    return name_line, unlabelled, labelled


def _read_values(facts: BlockFacts, values: dict[str, str]) -> None:
    if "school" in values:
        school, degrees = _school_entry(values["school"])
        facts.school = school
        _add_degrees(facts, degrees)
    if "education" in values:
        school, undergrad, degrees = split_education(values["education"])
        facts.school = facts.school or school
        facts.undergrad = facts.undergrad or undergrad
        _add_degrees(facts, degrees)
    if "undergrad" in values:
        facts.undergrad = _school_entry(values["undergrad"])[0]
    if "hometown" in values:
        facts.hometown = clean_value(values["hometown"]).strip(" .") or None
    if "degree" in values:
        _add_degrees(facts, find_degrees(values["degree"]))
        if facts.school is None and looks_like_school(values["degree"]):
            # "Degree: MD, University of Lagos College of Medicine"
            facts.school = split_education(values["degree"])[0]
    if "level" in values:
        facts.level = parse_level_value(values["level"])


def _read_unlabelled(facts: BlockFacts, lines: list[str]) -> None:
    for line in lines:
        if (
            is_section_line(line)
            and classify_heading(line).excluded
            and not _is_level(line)
            and not looks_like_school(line)
        ) or (len(line) <= 60 and _NOT_RESIDENT.search(line) and not looks_like_school(line)):
            facts.excluded = True
        level = parse_level(line)
        if not level.empty:
            if facts.level.pgy is None and facts.level.class_year is None:
                facts.level = facts.level.or_else(level)
            elif level.role and not facts.level.role:
                # One stated year per person: a "Class of 2019" under a school is not a second
                # year for someone the block already calls PGY-7; a role still adds.
                facts.level = facts.level.or_else(TrainingLevel(role=level.role))
    if facts.school is None:
        school_lines = [ln for ln in lines if looks_like_school(ln) and not is_sentence(ln)]
        medical = [ln for ln in school_lines if looks_like_medical_school(ln)]
        if medical or school_lines:
            chosen = (medical or school_lines)[0]
            school, undergrad, degrees = split_education(chosen)
            facts.school = school or _strip_level(clean_value(chosen))
            if undergrad and not facts.undergrad:
                facts.undergrad = undergrad
            _add_degrees(facts, degrees)
    prose_text = " ".join(ln for ln in lines if is_sentence(ln) or len(ln) > 60)
    if prose_text:
        prose = read_prose(prose_text)
        if prose.school and (facts.school is None or not looks_like_medical_school(facts.school)):
            facts.school = prose.school
            facts.prose = True
        facts.undergrad = facts.undergrad or prose.undergrad
        facts.hometown = facts.hometown or prose.hometown
    if not facts.degrees:
        for line in lines[:3]:
            if len(line) <= 40:
                _add_degrees(facts, [d for d in find_degrees(line) if d in MEDICAL_DEGREES])


_NAME_JOINS = frozenset(
    "of the at and for in on de del da do di du des la le y e und van von dr st".split()
)


def is_sentence(line: str) -> bool:
    """Bio prose, not a school line: a sentence with a verb-like full stop, or a long line with
    lowercase words that are not the joins of an institution's name ("Pontificia Universidad
    Catolica Madre y Maestra ..." is long and still a name)."""
    if re.search(r"[a-z]{2}\. [A-Z]|\b(?:he|she|they|his|her)\b", line):
        return True
    if len(line) <= 110:
        return False
    if len(line) > 250:
        return True
    return any(w not in _NAME_JOINS for w in re.findall(r"(?<![\w'’-])[a-z]+\b", line))


def _is_level(line: str) -> bool:
    return not parse_level(line).empty


def _after_name(line: str) -> str:
    """What follows the name on its own line ("Jane Doe, MD – Harvard" → "Harvard")."""
    if not line:
        return ""
    m = re.search(r"\s+[–—|•·]\s+|\s+-\s+|\s*\(|;|\t", line)
    return line[m.end() :].strip(" )") if m else ""


def _strip_level(text: str) -> str:
    return re.sub(r"\s*[,–—(-]*\s*(?:PGY|Class of|R\d\b).*$", "", text).strip() or text


def _add_degrees(facts: BlockFacts, degrees: list[str]) -> None:
    for degree in degrees:
        if degree not in facts.degrees:
            facts.degrees.append(degree)


_LEADING_SYMBOLS = re.compile(r"^[^\w(\"“'‘]+")
# "MD from X", "Graduate of X", "Medical degree: X" written as the line itself.
_LEADING_PHRASE = re.compile(
    r"^(?:(?:M\.?D\.?|D\.?O\.?|MBBS|MBChB|medical\s+degree|doctor\s+of\s+(?:osteopathic\s+)?"
    r"medicine)\s+(?:from|at)|graduated?\s+(?:from|of)|a\s+graduate\s+of|alumn(?:us|a|i)\s+of|"
    r"attended)\s+(?=[A-Z])",
    re.IGNORECASE,
)
_TRAILING_CLASS = re.compile(
    r"\s*[,(–—-]?\s*(?:class\s+of|graduated|grad\.?|c/o)\s+(?:(?:19|20)\d\d|['’]\d\d)\)?$", re.I
)


def clean_value(value: str) -> str:
    """A value without what surrounds it on the line: an icon or emoji before it, "MD from" /
    "Graduate of" before it, and after it a year mark ("('24)", ", Class of 2021"), a level
    (", PGY-3") or a link ("Read more »")."""
    text = _LEADING_SYMBOLS.sub("", " ".join(value.split()))
    text = _LEADING_PHRASE.sub("", text)
    for _ in range(3):
        before = text
        text = _TRAILING_LINK.sub("", text)
        text = _TRAILING_CLASS.sub("", text)
        text = _TRAILING_LEVEL.sub("", text)
        text = _TRAILING_YEAR.sub("", text).strip(" ,;|–—-")
        if text == before:
            break
    return _balance(text)


def _balance(text: str) -> str:
    """Close a bracket the capture cut off ("VCOM-Louisiana (VCOM-LA" → "...(VCOM-LA)")."""
    if text.count("(") > text.count(")"):
        return text + ")" * (text.count("(") - text.count(")"))
    return text


def _school_entry(value: str) -> tuple[str | None, list[str]]:
    """'Harvard Medical School (MD, 2024)' → ('Harvard Medical School', ['MD']); also
    'MD, Harvard Medical School, 2024', 'MD Harvard Medical School 2024',
    'Doctor of Medicine, Harvard Medical School' and 'Harvard Medical School, MD'."""
    text = clean_value(value).strip(" ,;.")
    degrees: list[str] = []
    m = _DEGREE_PAREN.match(text)
    if m and find_degrees(m.group(2)):
        degrees = find_degrees(m.group(2))
        text = m.group(1)
    for pattern, degree in _LONG_DEGREES:
        long = pattern.match(text)
        if long and text[long.end() :].lstrip()[:1] in (",", ":", "-", "–", "—", "|", "("):
            degrees = degrees or [degree]
            text = text[long.end() :].lstrip(" ,:-–—|(").rstrip(")")
            break
    m = _DEGREE_PREFIX.match(text)
    if m and find_degrees(m.group(1)):
        degrees = degrees or find_degrees(m.group(1))
        text = m.group(2)
    m = _DEGREE_WORD.match(text)
    if m and degree_id(m.group(1)) and looks_like_school(text[m.end() :]):
        degrees = degrees or [str(degree_id(m.group(1)))]  # "MD Yale School of Medicine"
        text = text[m.end() :]
    m = None if ends_with_city_state(text) else _DEGREE_AFTER.match(text)
    if m and find_degrees(m.group(2)) and looks_like_school(m.group(1)):
        if all(degree_id(t) for t in re.split(r"[,/ ]+", m.group(2)) if t):
            degrees = degrees or find_degrees(m.group(2))  # "Yale School of Medicine, MD"
            text = m.group(1)
    text = clean_value(text).strip(" ,;.")
    return (tidy_school(text) if text[:1].islower() else text) or None, degrees


def split_education(value: str) -> tuple[str | None, str | None, list[str]]:
    """'BS, Duke University; MD, Emory University School of Medicine' → school, undergrad."""
    entries = [e for e in _ENTRY_SPLIT.split(value) if e.strip()]
    if len(entries) == 1 and value.count(",") >= 2 and not ends_with_city_state(value):
        entries = _split_degree_commas(value)
    school = undergrad = None
    degrees: list[str] = []
    loose: list[str] = []
    for entry in entries:
        text, entry_degrees = _school_entry(entry)
        if not text:
            continue
        if any(d in MEDICAL_DEGREES for d in entry_degrees):
            school = school or text
            degrees.extend(d for d in entry_degrees if d not in degrees)
        elif any(d in ("BS", "BA") for d in entry_degrees):
            undergrad = undergrad or text
        else:
            loose.append(text)
            degrees.extend(d for d in entry_degrees if d not in degrees)
    if school is None:
        medical = [t for t in loose if looks_like_medical_school(t)]
        school = medical[0] if medical else (loose[0] if loose and not undergrad else None)
    return school, undergrad, degrees


def _split_degree_commas(value: str) -> list[str]:
    """'BS, Duke University, MD, Emory University' → two entries at each degree token."""
    parts = [p.strip() for p in value.split(",")]
    entries: list[str] = []
    for part in parts:
        if find_degrees(part) and len(part) <= 8:
            entries.append(part)
        elif entries and len(entries[-1]) <= 8:
            entries[-1] = f"{entries[-1]}, {part}"
        elif entries:
            entries[-1] = f"{entries[-1]}, {part}"
        else:
            entries.append(part)
    return entries
