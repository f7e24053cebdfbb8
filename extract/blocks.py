"""Read one person's fields from a roster block (a row, card, list item or dt/dd pair)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.degrees import MEDICAL_DEGREES, degree_id, find_degrees
from extract.dom import Block, inline_name, name_from_line
from extract.education import (
    EducationEntry,
    alma_mater_is_school,
    choose,
    clean_value,
    continues_school,
    degree_only,
    is_place,
    is_training,
    plain_institutions,
    read_entries,
    school_entry,
    school_position,
    settled_by_position,
    split_education,
)
from extract.labels import bare_label, label_field, label_pairs, split_label_line
from extract.leadership import (
    FACULTY_TITLE,
    NOT_RESIDENT_LINE,
    is_title,
    leads_in_sentence,
)
from extract.levels import (
    EMPTY,
    HOUSE_STAFF_TAG,
    TrainingLevel,
    parse_level,
    parse_level_value,
)
from extract.medical_schools import is_known_college, is_known_medical
from extract.names import CleanName, clean_name, looks_like_name
from extract.prose import looks_like_medical_school, looks_like_school, read_prose
from extract.sections import Section, classify_heading, is_section_line

# Levels a bio sentence names as a past post, not the resident's year here.
_PAST_POST = re.compile(r"(?i)^(?:intern|research\s+fellow)")
_SEPARATORS_AFTER_NAME = re.compile(r"\s+[–—|•·]\s+|\s+-\s+")


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
    school_text: str | None = None
    excluded: bool = False
    labelled: int = 0  # fields read from labels or headers
    prose: bool = False
    # Two unlabelled schools the block names in its own order, when its school was chosen
    # from them: the page's order settles which is which (``settle_by_position``).
    pair: tuple[EducationEntry, ...] = ()
    source_lines: tuple[str, ...] = ()


def read_block(block: Block) -> BlockFacts | None:
    """Fields of ``block``; None when the block holds no person."""
    values = dict(block.fields)
    name_line, unlabelled, labelled = _split_lines(block, values)
    raw = _without_name_label(values.get("name", "")) or name_line
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
    for part in rest:
        if degree_only(part):
            _add_degrees(facts, find_degrees(part))  # "Jane Doe, DO, MPH": the name's own
    _read_values(facts, values)
    _read_unlabelled(facts, [*rest, *unlabelled])
    if "alma" in values:
        _read_alma_mater(facts, values["alma"])
    if name_line and facts.level.pgy is None and facts.level.class_year is None:
        # "Jane Doe, MD PGY-5": the year beside the name, over a role a bio implies
        name_level = parse_level(_SEPARATORS_AFTER_NAME.split(name_line, maxsplit=1)[0])
        facts.level = name_level.or_else(facts.level)
    if not facts.excluded and _leads_program(facts, [*rest, *unlabelled], values, block.context):
        facts.excluded = True
    if facts.school is None:
        facts.school = _bare_school(rest) or _bare_school(
            [ln for ln in unlabelled if _card_school_line(ln)]
        )
    if facts.school is None:
        facts.school = _logo_school(block)
    facts.source_lines = (*block.lines, *values.values())
    if facts.school:
        facts.school_text = _source_line(facts.school, list(facts.source_lines))
    return facts


def _without_name_label(value: str) -> str:
    """The name a name field holds, without the label written inside its element
    ("<div class=name><dt>Full Name</dt><dd>Jane Doe</dd></div>" reads "Full Name Jane Doe")."""
    words = value.split()
    for size in (1, 2):
        if len(words) > size + 1 and bare_label(" ".join(words[:size])) == "name":
            return " ".join(words[size:])
    return value


def _leads_program(
    facts: BlockFacts, lines: list[str], values: dict[str, str], context: Section
) -> bool:
    """The block names its person as one of the program's leaders (a title line or cell,
    "Director of Resident Education", "Position: Faculty"; a sentence, "Dr. Brandt directs
    the residency program") and gives her no training year or resident's title. A sentence
    counts only outside a residents' section: a bio under "PGY-2" is a resident's, whatever
    it says she does."""
    if not facts.level.empty:
        return False
    cells = [values.get("level", ""), *(line for line in lines if not is_sentence(line))]
    if any(is_title(cell) for cell in cells if cell):
        return True
    if context.roster or not context.level.empty:
        return False
    return any(leads_in_sentence(line) for line in lines if is_sentence(line))


def settle_by_position(page: list[BlockFacts]) -> None:
    """Blocks of one page that name two unlabelled schools each: where the page's order says
    which is the medical school (see ``school_position``), the blocks that cannot tell by
    themselves follow it, and the other school of each pair is the college."""
    pairs = [facts for facts in page if len(facts.pair) == 2]
    position = school_position([facts.pair for facts in pairs]) if len(pairs) >= 2 else None
    if position is None:
        return
    for facts in pairs:
        settled = settled_by_position(facts.pair, position)
        if settled is None:
            continue
        school, college = settled
        if facts.school != school.text:
            facts.school = school.text
            facts.school_text = _source_line(school.text, list(facts.source_lines))
            _add_degrees(facts, [d for d in school.degrees if d in MEDICAL_DEGREES])
        if facts.undergrad is None or facts.undergrad == school.text:
            facts.undergrad = college.text


_LOGO_WORDS = re.compile(r"(?i)\s*\b(?:logo|seal|crest|emblem|wordmark)\b\s*")


def _logo_school(block: Block) -> str | None:
    """A card that shows its medical school only as a logo: the image's alt text names it
    ("<img alt='Duke University School of Medicine logo'>"); a portrait's alt never does."""
    for member in block.elements:
        for img in member.iter("img"):
            alt = " ".join((img.get("alt") or img.get("title") or "").split())
            school = _LOGO_WORDS.sub(" ", alt).strip(" -–|") if _LOGO_WORDS.search(alt) else ""
            if school and (looks_like_medical_school(school) or is_known_medical(school)):
                return " ".join(school.split())
    return None


def _source_line(school: str, lines: list[str]) -> str | None:
    """The line of the block a school was read from, as written."""
    source = next((line for line in lines if school in line), None)
    return " ".join(source.split())[:300] if source else None


_NOT_SCHOOL_LINE = re.compile(
    r"\b(?:resident|intern|surgery|neurosurg\w*|profile|e-?mail|bio|read|more|view|contact|"
    r"photo|interests?|pronouns?|she|he|they|her|his|back|top|close|share|download|cv)\b",
    re.IGNORECASE,
)


def _card_school_line(line: str) -> bool:
    """A short unlabelled line of a card that can only be its school ("UCLA", "Duke"): not a
    role, a link text, a place ("Dayton, Ohio") or a sentence."""
    if len(line) > 80 or _NOT_SCHOOL_LINE.search(line) or _is_label_line(line):
        return False
    if is_training(line):
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
            if parts and adds_campus(parts[-1], part):
                parts[-1] = parts[-1] + pieces[index - 1] + part
                continue
            parts.append(part)
        for part in parts:
            found = split_label_line(part)
            if found and found[0] != "other" and found[2]:
                _set_value(values, *found)
                labelled += 1
                continue
            out.append(part)
    return out, labelled


# A site of a school written after it: "– Detroit Medical Center", "– Auburn Campus".
_SITE = re.compile(r"\b(?:Campus|(?:Medical|University|Regional|Health)\s+Cent(?:er|re))$")


def adds_campus(school: str, part: str) -> bool:
    """The part after a dash goes on with the school before it: a campus or a city
    ("University of Arizona College of Medicine – Tucson", "... – Seton Hill"), or the site a
    medical school names ("... College of Osteopathic Medicine – Detroit Medical Center"), but
    never a level, a degree, a label, a role, a hospital or another school."""
    if not looks_like_school(school) or not _is_plain_value(part) or is_training(part):
        return False  # "– Houston Methodist Hospital" is where she trains, not her school
    return not looks_like_school(part) or (
        looks_like_medical_school(school) and _SITE.search(part) is not None
    )


def _is_plain_value(part: str) -> bool:
    """Neither a level, a degree list, a label nor a role: a place or a name's remainder."""
    return (
        parse_level(part).empty
        and not find_degrees(part)
        and split_label_line(part) is None
        and label_field(part) is None
        and not NOT_RESIDENT_LINE.search(part)
    )


def _bare_school(parts: list[str]) -> str | None:
    """ "Jane Doe, MD – UAMS": what follows the name and is nothing else is the school (a
    college with no medical school, "Rice University", is not)."""
    for part in parts:
        text = _strip_level(part.strip(" ()"))
        if (
            2 <= len(text) <= 120
            and not is_known_college(text)
            and text[:1].isupper()
            and (_is_plain_value(text) or _program_of_school(text))
        ):
            if not is_sentence(text) and not any(ch.isdigit() for ch in text):
                return text
    return None


def _program_of_school(text: str) -> bool:
    """ "NSU MD", "PCOM DO": a school's short name and the medical degree program it runs,
    as a part of its own after the name; the degree closes the school, not a person."""
    words = text.split()
    head = " ".join(words[:-1])
    return (
        2 <= len(words) <= 4
        and degree_id(words[-1]) in MEDICAL_DEGREES
        and not find_degrees(head)
        and _is_plain_value(head)
    )


def _split_lines(block: Block, values: dict[str, str]) -> tuple[str | None, list[str], int]:
    lines = block.lines
    after = _values_above_labels(lines)
    name_line = None
    unlabelled: dict[int, str] = {}
    labelled = len(values)
    used: set[int] = set()
    for i, line in enumerate(lines):
        if i in used:
            continue
        pairs = label_pairs(line)
        if len(pairs) == 1 and not pairs[0][2]:
            # "Medical School:" with its value on the next line(s) (<span>label</span><div>value)
            taken = _values_below(lines, i, pairs[0][0])
            used.update(taken)
            pairs = [(pairs[0][0], pairs[0][1], _joined(lines, taken, pairs[0][0]))]
        key = bare_label(line) if not pairs and len(line) <= 40 else None
        if key and _degree_value(line, lines[i + 1] if i + 1 < len(lines) else None):
            key = None
        if key and key != "name" and (key != "level" or _level_label(line, lines[i + 1 :])):
            source = _value_above(lines, i, unlabelled) if after else None
            if source is not None:
                pairs = [(key, line, unlabelled.pop(source))]
            elif not after:
                taken = _values_below(lines, i, key)
                used.update(taken)
                pairs = [(key, line, _joined(lines, taken, key))]
            else:
                continue  # a label whose value sits above it, already read
        if pairs:
            for found_key, label, value in pairs:
                if found_key != "other" and value:
                    _set_value(values, found_key, label, value)
                    labelled += 1
            continue
        if name_line is None and "name" not in values and name_from_line(line):
            name_line = line
            continue
        if line == values.get("name"):
            continue  # the name cell of a row is not one of its values
        unlabelled[i] = line
    return name_line, list(unlabelled.values()), labelled


def _set_value(values: dict[str, str], key: str, label: str, value: str) -> None:
    """A labelled value, and the degree its label names: "MD" over (or before) "University of
    Minnesota Medical School" labels the school the resident's MD is from, so it is her degree
    too ("MD / X", "MD: X", "MD – X", "MD/PhD: X")."""
    values.setdefault(key, value)
    label = label.strip(" :：")
    if key == "school" and degree_only(label) and set(find_degrees(label)) & MEDICAL_DEGREES:
        values["degree"] = f"{values['degree']}, {label}" if "degree" in values else label


_COMPLETION_LABEL = re.compile(r"(?i)\b(?:completion|expected\s+graduation)\b")


def _level_label(line: str, below: list[str]) -> bool:
    """ "Year:" is a label; "Year" without a colon is one only over a value that states a
    level in words ("PGY-2", "Completes 2029"), and "Expected Completion" also over a bare
    date ("June 2029"). A "Graduation Year" over "2020" dates a degree, not the residency."""
    if line.endswith(":"):
        return True
    if not below or name_from_line(below[0]) is not None:
        return False
    if not parse_level(below[0]).empty:
        return True
    return bool(_COMPLETION_LABEL.search(line)) and not parse_level_value(below[0]).empty


def _degree_value(line: str, below: str | None) -> bool:
    """ "MD" alone on a line is a degree, unless a school follows it ("MD" over "Baylor
    College of Medicine" labels its value, as "BS" over "Rice University" does); over a year
    ("PGY-2"), a name, a labelled line ("Med School: X") or nothing it is the person's own
    credentials."""
    if line.rstrip().endswith((":", "：")) or not degree_only(line):
        return False
    if below is None or _is_label_line(below):
        return True
    return not (looks_like_school(below) or is_known_medical(below))


def _joined(lines: list[str], taken: list[int], key: str) -> str:
    """Value lines under one label: entries of a list, or one school broken over two lines."""
    return ("\n" if key == "education" else " ").join(lines[j] for j in taken)


def _is_label_line(line: str) -> bool:
    return bare_label(line) is not None or split_label_line(line) is not None


def _values_below(lines: list[str], i: int, key: str) -> list[int]:
    """Indices of the value lines under a label: one line, or for "Education" every entry
    line that follows (a list of degrees and schools), up to the next label or name."""
    if i + 1 >= len(lines) or _is_label_line(lines[i + 1]):
        return []
    taken = [i + 1]
    if (
        key in ("school", "alma")
        and i + 2 < len(lines)
        and continues_school(lines[i + 1], lines[i + 2])
    ):
        taken.append(i + 2)  # "University of Texas" / "Southwestern Medical School"
    if key == "education":
        j = i + 2
        while j < len(lines) and len(taken) < 6:
            line = lines[j]
            if _is_label_line(line) or name_from_line(line) or is_sentence(line):
                break
            if not (looks_like_school(line) or find_degrees(line) or is_training(line)):
                break
            taken.append(j)
            j += 1
    return taken


def _value_above(lines: list[str], i: int, unlabelled: dict[int, str]) -> int | None:
    return i - 1 if i - 1 in unlabelled else None


def _values_above_labels(lines: list[str]) -> bool:
    """True when a block writes each bare label under its value ("Rice University" then
    <small>Undergraduate</small>), as Squarespace excerpts and many cards do. Both readings
    are tried and the one whose values fit their labels better wins; a tie reads the label
    first, as most pages do."""
    labels = [
        (i, key)
        for i, line in enumerate(lines)
        if len(line) <= 40
        and not line.rstrip().endswith((":", "："))
        and (key := bare_label(line)) not in (None, "name", "other")
    ]
    if not labels:
        return False
    below = above = 0
    for i, key in labels:
        below += _fits(key, lines[i + 1] if i + 1 < len(lines) else None)
        above += _fits(key, lines[i - 1] if i > 0 else None)
    return above > below


def _fits(key: str, value: str | None) -> int:
    """+1 when ``value`` reads as a value of field ``key``, -1 when it does not."""
    if value is None or _is_label_line(value) or name_from_line(value):
        return -1
    if key in ("school", "education", "alma"):
        if degree_only(value):
            return -1  # "MD, PhD" over "Medical School": credentials, not the school
        ok = looks_like_school(value) or bool(find_degrees(value))
    elif key == "undergrad":
        ok = looks_like_school(value) and not looks_like_medical_school(value)
    elif key == "hometown":
        ok = is_place(value)
    elif key == "level":
        ok = not parse_level(value).empty
    elif key == "degree":
        ok = bool(find_degrees(value))
    else:
        return 0
    return 1 if ok else -1


def _read_values(facts: BlockFacts, values: dict[str, str]) -> None:
    if "school" in values and "\n" in values["school"]:
        # several values under one school field (repeated elements): the choice decides
        entries = read_entries(values["school"], "school")
        chosen, college = choose(entries)
        facts.school = chosen.text if chosen else None
        facts.undergrad = facts.undergrad or (college.text if college else None)
        for entry in entries:
            if entry is not college and not entry.undergrad_degree:
                _add_degrees(facts, list(entry.degrees))
    elif "school" in values:
        entries = read_entries(values["school"])
        several = len(entries) > 1 and all(
            looks_like_school(e.text) or is_known_medical(e.text) for e in entries
        )  # "X School of Medicine / Grenada" is one school and its place
        chosen, college = choose(entries, infer_undergrad=True) if several else (None, None)
        if chosen is not None:
            # "BS – Rice University; MD – Baylor College of Medicine" under a "School" head
            facts.school = chosen.text
            facts.undergrad = facts.undergrad or (college.text if college else None)
            for entry in entries:
                if entry is not college and not entry.undergrad_degree:
                    _add_degrees(facts, list(entry.degrees))
        else:
            value = values["school"]
            inner = split_label_line(value)
            if (
                inner is not None
                and inner[0] == "school"
                and inner[2]
                and not find_degrees(inner[1])
            ):
                value = inner[2]  # "Medical: X" written inside the school column
            school, degrees = school_entry(value)
            if school and is_known_college(school) and not set(degrees) & MEDICAL_DEGREES:
                facts.undergrad = facts.undergrad or school  # "School: Rice University"
            else:
                facts.school = school
            _add_degrees(facts, degrees)
    if "education" in values:
        school, undergrad, degrees = split_education(values["education"])
        if facts.school is None and school is not None:
            plain = plain_institutions(read_entries(values["education"]))
            if len(plain) == 2 and not any(e.degrees for e in plain):
                facts.pair = tuple(plain)  # "Education: Emory University; UGA": the page's order
        facts.school = facts.school or school
        facts.undergrad = facts.undergrad or undergrad
        _add_degrees(facts, degrees)
    if "undergrad" in values:
        facts.undergrad = next(
            (e.text for e in read_entries(values["undergrad"]) if not is_place(e.text)), None
        )
    if "hometown" in values:
        facts.hometown = clean_value(values["hometown"]).strip(" .") or None
    if "degree" in values:
        _add_degrees(facts, find_degrees(values["degree"]))
        if facts.school is None and looks_like_school(values["degree"]):
            # "Degree: MD, University of Lagos College of Medicine"
            facts.school = split_education(values["degree"])[0]
    if "level" in values:
        facts.level = parse_level_value(values["level"])


def _read_alma_mater(facts: BlockFacts, value: str) -> None:
    """ "Alma Mater: X": the medical school or the college, by what else the block says
    (``alma_mater_is_school``); read after every other field, which is that evidence."""
    entries = [e for e in read_entries(value, "alma") if not is_place(e.text)]
    if not entries:
        return
    if len(entries) > 1:  # "Alma Mater: Rice University; Baylor College of Medicine"
        school, college = choose(
            [EducationEntry(e.text, e.degrees, None, e.raw) for e in entries],
            infer_undergrad=True,
        )
    else:
        medical = alma_mater_is_school(entries[0], facts.school is not None)
        school, college = (entries[0], None) if medical else (None, entries[0])
    if facts.school is None and school is not None:
        facts.school = school.text
        _add_degrees(facts, [d for d in school.degrees if d in MEDICAL_DEGREES])
    if facts.undergrad is None and college is not None and college.text != facts.school:
        facts.undergrad = college.text


def _line_entries(lines: list[str]) -> tuple[list[EducationEntry], set[str]]:
    """The education entries of a block's unlabelled lines, and the lines they came from."""
    entries: list[EducationEntry] = []
    sources: set[str] = set()
    for line in lines:
        known = is_known_medical(line) or _medical_degree_opens(line)
        if not (known or looks_like_school(line)) or is_sentence(line) or _is_label_line(line):
            continue
        for entry in read_entries(_strip_level(line)):
            if looks_like_school(entry.text) or entry.medical_degree or known:
                entries.append(entry)
                sources.add(line)
    return entries, sources


def _medical_degree_opens(line: str) -> bool:
    """ "MD, MUSM", "M.D. – OUWB": a line opened by a medical degree names where it was
    earned, whatever that school's name looks like (initials carry no school word)."""
    if len(line) > 80 or degree_only(line) or not find_degrees(line[:12]):
        return False
    text, degrees = school_entry(line)
    return (
        text is not None
        and any(d in MEDICAL_DEGREES for d in degrees)
        and text[:1].isupper()
        and not find_degrees(text)
        and not is_place(text)
        and parse_level(text).empty
    )


def _read_unlabelled(facts: BlockFacts, lines: list[str]) -> None:
    for line in lines:
        if (
            is_section_line(line)
            and classify_heading(line).excluded
            and not _is_level(line)
            and not looks_like_school(line)
        ) or (
            len(line) <= 60
            and NOT_RESIDENT_LINE.search(line)
            and (not looks_like_school(line) or FACULTY_TITLE.match(line))
        ):
            facts.excluded = True
        level = parse_level(line)
        if is_sentence(line) and _PAST_POST.search(level.raw or ""):
            level = EMPTY  # "completed an internship at X", "a research fellow at Y": a bio's past
        if not level.empty:
            if facts.level.pgy is None and facts.level.class_year is None:
                facts.level = facts.level.or_else(level)
            elif level.role and not facts.level.role:
                # One stated year per person: a "Class of 2019" under a school is not a second
                # year for someone the block already calls PGY-7; a role still adds.
                facts.level = facts.level.or_else(TrainingLevel(role=level.role))
    entries, sources = _line_entries(lines)
    school, undergrad = choose(entries, infer_undergrad=len(sources) == 1)
    if facts.school is None and school is not None:
        facts.school = school.text
        facts.pair = tuple(plain_institutions(entries))
        for entry in entries:
            if entry is not undergrad and not entry.undergrad_degree:
                _add_degrees(facts, list(entry.degrees))
    if facts.undergrad is None and undergrad is not None:
        facts.undergrad = undergrad.text
    prose_text = " ".join(ln for ln in lines if is_sentence(ln) or len(ln) > 60)
    if prose_text:
        prose = read_prose(prose_text)
        if prose.school and (
            facts.school is None
            or (not prose.school_weak and not looks_like_medical_school(facts.school))
        ):
            facts.school = prose.school
            facts.prose = True
            facts.pair = ()
        facts.undergrad = facts.undergrad or prose.undergrad
        facts.hometown = facts.hometown or prose.hometown
    if not facts.degrees:
        for line in lines[:3]:
            if len(line) <= 40 and degree_only(line):
                _add_degrees(facts, find_degrees(line))  # "MD, PhD": a credentials line
            elif len(line) <= 40:
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
        # "Prior to medical school at X, Jane studied at Y.": a full stop after plain words
        return line.rstrip().endswith(".") and len(_plain_words(line)) >= 2
    if len(line) > 250:
        return True
    return bool(_plain_words(line))


def _plain_words(line: str) -> list[str]:
    """Lowercase words that are not the joins of an institution's name."""
    return [w for w in re.findall(r"(?<![\w'’-])[a-z]+\b", line) if w not in _NAME_JOINS]


def _is_level(line: str) -> bool:
    return not parse_level(line).empty


def _after_name(line: str) -> str:
    """What follows the name on its own line ("Jane Doe, MD – Harvard" → "Harvard")."""
    if not line:
        return ""
    m = re.search(r"\s+[–—|•·/]\s+|\s+-\s+|\s*\(|;|\t", line)
    if m and not looks_like_school(line[: m.start()]):
        # a separator after a school that runs on from the name is the school's own
        # ("Jane Doe, MD Completes 2029 University of Arizona College of Medicine – Tucson")
        rest = line[m.end() :].strip()
        # "Jane Doe (PGY-2)" loses its closing bracket; "X (medical school)" keeps it
        return rest.rstrip(" )") if rest.count(")") > rest.count("(") else rest
    inline = inline_name(line)
    if inline is not None and "," not in line.split()[1]:
        # "Jane Doe MD Baylor College of Medicine", fields back to back
        return _set_apart(inline[1]) or inline[1]
    # "Jane Doe, MD, Baylor College of Medicine": the comma part after the degrees
    parts = [p.strip() for p in line.split(",")][1:]
    credentials = []
    while parts and find_degrees(parts[0]) and len(parts[0]) <= 12:
        credentials.append(parts.pop(0))
    apart = _set_apart(parts[0]) if parts else None
    if apart is not None:
        # what follows a level stated between the credentials and it is a field of its own
        return " – ".join([*credentials, ", ".join([apart, *parts[1:]])])
    rest = ", ".join(parts)
    return rest if parts and looks_like_school(parts[0]) else ""


def _set_apart(part: str) -> str | None:
    """ "MD Completes 2029 Ross University School of Medicine": credentials, a level and the
    school written back to back (inline elements of one line, "<b>Jane Doe, MD</b>
    <span>Completes 2029</span> <span>Ross ...</span>"), set apart as " – " parts; None when
    no level opens the part after its credentials."""
    words = part.split()
    start = 0
    while start < len(words) and degree_id(words[start].strip(",")) is not None:
        start += 1
    text = " ".join(words[start:])
    level = parse_level(text)
    if not (level.raw and text.startswith(level.raw) and "," not in level.raw):
        return None
    rest = text[len(level.raw) :].strip(" ,;")
    if not rest[:1].isupper():
        return None
    return " – ".join(p for p in (" ".join(words[:start]), level.raw, rest) if p)


_TRAILING_LEVEL = re.compile(rf"\s*[,–—(-]*\s*(?:PGY|Class of|R\d\b|{HOUSE_STAFF_TAG}).*$")


def _strip_level(text: str) -> str:
    return _TRAILING_LEVEL.sub("", text).strip() or text


def _add_degrees(facts: BlockFacts, degrees: list[str]) -> None:
    for degree in degrees:
        if degree not in facts.degrees:
            facts.degrees.append(degree)
