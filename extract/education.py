"""Which of a resident's education strings is the medical school, and which the college.

A roster card often names several institutions at once: a college and a medical school (in
either order, labelled or not), a PhD or an MPH school, a prior residency, an internship, a
research year, a hometown. Every such string becomes an ``EducationEntry`` (the institution
as written, with the degree, year and "Class of" decorations trimmed the way the school
linker expects, a place after it kept); ``medical_score`` weighs the extractor's own cues
(a medical degree beside it, a medical label, medical-school words, against college degrees,
graduate degrees, training posts and places) and ``choose`` picks the medical school and the
college. No gazetteer here: ``extract`` never imports ``enrich``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from extract.degrees import MEDICAL_DEGREES, degree_id, find_degrees, split_degree_suffix
from extract.labels import label_field, split_label_line
from extract.levels import HOUSE_STAFF_TAG
from extract.medical_schools import is_known_college, is_known_medical
from extract.places import ends_with_city_state, looks_like_place
from extract.prose import looks_like_medical_school, looks_like_school, tidy_school

UNDERGRAD_DEGREES = frozenset({"BS", "BA"})
_PATH_ARROW = re.compile(r"→|⟶|➔")
_ENTRY_SPLIT = re.compile(r"\s*(?:;|\||•|·|\n|→|⟶|➔)\s*|\s+/\s+")
# "MD, PhD, X", "MD/PhD – X": one to three degrees before the school. Tried longest first, so
# that a hyphen inside the school ("MD, UT-Houston") is not taken for the separator.
_DEGREE_PREFIXES = tuple(
    re.compile(rf"^\s*([A-Za-z.]{{2,9}}(?:\s*[/,&]\s*[A-Za-z.]{{2,9}}){{{n}}})\s*[,:–—-]\s*(.+)$")
    for n in (2, 1, 0)
)
_DEGREE_YEAR = re.compile(r"^([A-Za-z.]{2,9})\s+(?:19|20)\d\d\s*,")
_BRACKETED_DEGREE_END = re.compile(r"\s*\([A-Za-z.]{2,9}\)$")
_DEGREE_LIST_SPLIT = re.compile(r"[\s/,&]+")
_ABBREVIATED_DEGREE = re.compile(r"^\s*\([A-Za-z.]{2,9}\)")
_DEGREE_PAREN = re.compile(r"^(.+?)\s*\(([A-Za-z.,/ ]{2,20})\)\s*,?\s*(?:\d{4})?$")
_DEGREE_WORD = re.compile(r"^([A-Za-z.]{2,9})\s+(?:in\s+)?(?=[A-Z])")
_DEGREE_AFTER = re.compile(r"^(.+?)\s*(?:,|\s[–—-])\s*([A-Za-z.]{2,9}(?:[,/ ]+[A-Za-z.]{2,9})?)$")
_PAREN_DEGREE_COMMA = re.compile(r"(?<=[A-Z.]\))(?:,|\s+(?:and|&|\+))\s+(?=[A-Z])")
_PAREN_TAIL = re.compile(r"^(.+?)\s*\(([^()]{4,120})\)$")
_YEAR_COMMA = re.compile(r"((?:['’‘]\d\d|\b(?:19|20)\d\d)\)?),\s+(?=[A-Z])")
_INSTITUTION = re.compile(r"Universit|Institut|College|School|Academy")
_CAMPUS_HEAD = re.compile(r"\bUniversity\s+of\s+[A-Z][\w.'’-]*$")
_SCHOOL_TAIL = re.compile(
    r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?\s+(?:Medical\s+School|School\s+of\s+Medicine)$"
)
# "Islamic Azad University, Tabriz Branch Faculty of Medicine": a branch or faculty of the
# university before it, not a school of its own.
_BRANCH = re.compile(r"\b(?:Branch|Campus|Faculty\s+of)\b")
# "Vagelos College of Physicians and Surgeons" after "Columbia University": a named part.
_PART_OF = re.compile(r"\b(?:College|School|Faculty|Institute)\s+of\b")
_SUBUNIT = re.compile(
    r"^(?:the\s+)?(?:School|College|Faculty|Facultad|Faculdade|Faculté|Escola|Department|"
    r"Institute)\b"
)
# "B.S. Biology, University of Florida": the field of study between a degree and its school.
_MAJOR = re.compile(r"^(?:in\s+)?([A-Z][\w&'’ -]{1,40}?),\s+(.+)$")
# "Robert Larner, M.D. College of Medicine": a school named with a degree in it goes on from
# the name before the comma, which is its benefactor's and no field of study.
_DEGREE_IN_NAME = re.compile(r"(?:M\.?D\.?|D\.?O\.?)\s+(?:College|School)\b")
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
    (re.compile(r"^(?:doctor\s+of\s+philosophy)\b", re.I), "PhD"),
    (re.compile(r"^(?:master\s+of\s+public\s+health)\b", re.I), "MPH"),
    (re.compile(r"^(?:master\s+of\s+science)\b", re.I), "MS"),
)
# Training posts and research years: never a medical school, whatever their words say.
_TRAINING = re.compile(
    r"\b(?:residen(?:cy|t)|internship|intern\s+year|fellowship|preliminary|transitional\s+year|"
    r"research\s+(?:year|fellow\w*|associate|scholar)|post-?doc\w*|postgraduate\s+training|"
    r"observership|externship|house\s+officer|clinical\s+fellow)\b",
    re.IGNORECASE,
)
# A hospital or clinic named without a school is a training site ("Mayo Clinic", "Lagos
# University Teaching Hospital"); "Mayo Clinic Alix School of Medicine" is a school.
_SITE = re.compile(r"\b(?:Hospital|Clinic|Health\s+System|Healthcare)\b")
_STRONG_MEDICAL = re.compile(
    r"\b(?:(?:School|College|Faculty|Faculdade|Facultad|Faculté|Institute)\s+(?:of|de)\s+"
    r"(?:Osteopathic\s+|Human\s+|Ciencias\s+)?(?i:medicine|medicina|médecine|m[eé]dicas|"
    r"medical\s+sciences)|Medizin|"
    r"Medical\s+(?:School|College|University|Branch|Academy|Institute|Sciences)|"
    r"Osteopathic|Medicine$|Medicina$)"
)
_OTHER_SCHOOL = re.compile(
    r"\b(?:Public\s+Health|Nursing|Pharmacy|Dentistry|Dental|Engineering|Business|Law|"
    r"Graduate\s+School|Arts\s+and\s+Sciences|Liberal\s+Arts|Biomedical\s+Sciences)\b"
)
_SCHOOL_FLOOR = -2  # "Trinity College Dublin" alone is still a school; "PhD, X University" not
_TOWN_WITH_SCHOOL_WORD = re.compile(
    r"\b(?:College|University)\s+(?:Station|Park|Place|Point|Grove|Hill|City|Heights)\b"
)
_COLLEGE_ALONE = re.compile(r"\bCollege\b")
_UNIVERSITY = re.compile(r"Universit|Universidad|Institut")

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
_TRAILING_YEAR = re.compile(r"[\s,(–—/-]+(?:(?:19|20)\d\d|['’‘]\d\d)\)?$")
_TRAILING_LEVEL = re.compile(
    r"\s*(?:[,;|–—(]|\s-)\s*(?:PGY\s*[-–]?\s*\w+|R[1-9]|"
    rf"{HOUSE_STAFF_TAG}|Intern|(?:Chief|Research)\s+Resident)\)?$"
)
_TRAILING_LINK = re.compile(
    r"(?i)\s+(?:(?:read|view|see|learn)\s+(?:more|(?:full\s+)?(?:bio(?:graphy)?|profile))|"
    r"full\s+bio(?:graphy)?)\s*[»›→>…]*$|\s*[»›→]+$"
)


@dataclass(frozen=True)
class EducationEntry:
    """One institution a resident studied or trained at, as the page wrote it."""

    text: str  # decorations (degree, year, "Class of") trimmed; a place after it kept
    degrees: tuple[str, ...] = ()
    label: str | None = None  # the field of the label it sat under ("school", "undergrad", ...)
    raw: str = ""

    @property
    def medical_degree(self) -> bool:
        return any(d in MEDICAL_DEGREES for d in self.degrees)

    @property
    def undergrad_degree(self) -> bool:
        return not self.medical_degree and any(d in UNDERGRAD_DEGREES for d in self.degrees)

    @property
    def graduate_degree(self) -> bool:
        """A PhD, MS, MPH... and nothing medical or undergraduate beside it."""
        return bool(self.degrees) and not self.medical_degree and not self.undergrad_degree


@lru_cache(maxsize=16384)  # block reading asks about the same lines several times
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


def school_entry(value: str) -> tuple[str | None, list[str]]:
    """'Harvard Medical School (MD, 2024)' → ('Harvard Medical School', ['MD']); also
    'MD, Harvard Medical School, 2024', 'MD Harvard Medical School 2024',
    'Doctor of Medicine, Harvard Medical School', 'Harvard Medical School, MD' and
    'B.S. Biology, University of Florida' (the field of study goes with the degree)."""
    text, degrees = _school_entry(value)
    return text, list(degrees)


@lru_cache(maxsize=16384)
def _school_entry(value: str) -> tuple[str | None, tuple[str, ...]]:
    text = clean_value(value).strip(" ,;.")
    degrees: list[str] = []
    m = _DEGREE_PAREN.match(text)
    if m and find_degrees(m.group(2)) and not looks_like_school(m.group(2)):
        degrees = find_degrees(m.group(2))
        text = m.group(1)
    for pattern, degree in _LONG_DEGREES:
        long = pattern.match(text)
        if long and text[long.end() :].lstrip()[:1] in (",", ":", "-", "–", "—", "|", "("):
            degrees = degrees or [degree]
            rest = _ABBREVIATED_DEGREE.sub("", text[long.end() :])  # "Doctor of Medicine (MD)"
            text = rest.lstrip(" ,:-–—|(").rstrip(")")
            break
    text = _DEGREE_YEAR.sub(r"\1,", text)  # "M.D. 2020, X" → "M.D., X"
    m = _degree_prefix(text)
    if m:
        degrees = degrees or find_degrees(m.group(1))  # "MD/PhD – X", "MD, PhD, X"
        text = m.group(2)
    m = _DEGREE_WORD.match(text)
    if m and degree_id(m.group(1)) and looks_like_school(text[m.end() :]):
        degrees = degrees or [str(degree_id(m.group(1)))]  # "MD Yale School of Medicine"
        text = text[m.end() :]
    m = None if ends_with_city_state(text) else _DEGREE_AFTER.match(text)
    if (
        m
        and find_degrees(m.group(2))
        and looks_like_school(m.group(1))
        and all(degree_id(t) for t in re.split(r"[,/ ]+", m.group(2)) if t)
    ):
        degrees = degrees or find_degrees(m.group(2))  # "Yale School of Medicine, MD"
        text = m.group(1)
    elif degree_id((text.split() or [""])[-1].strip(" ,")) and not ends_with_city_state(text):
        head, suffix = split_degree_suffix(text)  # "X School of Medicine, Houston, Texas, MD"
        if suffix and not set(suffix) <= {"MA", "MS"} and looks_like_school(head):
            degrees = degrees or suffix
            text = head
    if degrees:
        major = _MAJOR.match(text)
        if (
            major
            and not looks_like_school(major.group(1))
            and looks_like_school(major.group(2))
            and not _DEGREE_IN_NAME.match(major.group(2))
        ):
            text = major.group(2)  # "Biology, University of Florida"
    text = clean_value(text).strip(" ,;.")
    return (tidy_school(text) if text[:1].islower() else text) or None, tuple(degrees)


def _degree_prefix(text: str) -> re.Match[str] | None:
    for pattern in _DEGREE_PREFIXES:
        m = pattern.match(text)
        if m and find_degrees(m.group(1)) and _only_degrees(m.group(1)):
            return m
    return None


def degree_only(part: str) -> bool:
    """ "MD", "M.D. 2020", "MD, PhD", "Doctor of Medicine (MD)": a degree without its school."""
    if len(part) > 40:
        return False  # a degree alone is short; a school is not
    bare = _TRAILING_YEAR.sub("", part.strip())
    bare = _BRACKETED_DEGREE_END.sub("", bare)
    if any(pattern.fullmatch(bare) for pattern, _ in _LONG_DEGREES):
        return True
    return bool(find_degrees(bare)) and _only_degrees(bare)


_CLOSING_BRACKET = re.compile(r"^(.+?)\s*\(([^()]{1,30})\)\s*$")


def _place_then_degrees(value: str) -> bool:
    """A degree in brackets after a town and state closes the one entry it follows, not a
    last comma part of its own ("..., Columbia, MO (MD)" is no school called "MO")."""
    m = _CLOSING_BRACKET.match(value)
    return bool(m and _only_degrees(m.group(2)) and ends_with_city_state(m.group(1)))


def _only_degrees(text: str) -> bool:
    return all(degree_id(t) for t in _DEGREE_LIST_SPLIT.split(text) if t)


def read_entries(value: str, label: str | None = None) -> list[EducationEntry]:
    """'BS, Duke University; MD, Emory University School of Medicine' → two entries; also
    one per line, per pipe or arrow ("Rice University → Baylor College of Medicine") and at
    each degree of a comma list ("BS, Duke University, MD, Emory University")."""
    parts = [p for e in _ENTRY_SPLIT.split(value) if e.strip() for p in _split_before_openers(e)]
    if len(parts) == 1 and _place_then_degrees(value):
        pass  # "X School of Medicine, Davis, CA (MD)": one school, its town, then its degree
    elif len(parts) == 1 and _PAREN_DEGREE_COMMA.search(value):
        pieces = _PAREN_DEGREE_COMMA.split(value)  # "Rice University (BA), Baylor ... (MD)"
        if not any(is_place(piece) for piece in pieces[1:]):
            parts = pieces  # "King Edward Medical University (KEMU), Lahore, Pakistan": one
    elif len(parts) == 1 and _YEAR_COMMA.search(value):
        parts = _split_after(value, _YEAR_COMMA)  # "Rice University '16, Baylor ... '20"
    elif len(parts) == 1 and value.count(",") >= 2 and not ends_with_city_state(value):
        parts = _split_degree_commas(value)
    if len(parts) == 1 and "," in value and not _place_then_degrees(value):
        parts = _split_institutions(value)
    if len(parts) == 1:
        parts = _split_joined(value)
    if len(parts) == 1 and _AFTER_BRACKET.search(value):
        pieces = _AFTER_BRACKET.split(value)  # "X (medical school), Y (undergraduate)"
        if all(_paren_label(piece)[0] for piece in pieces) or all(
            looks_like_school(piece) and not _SUBUNIT.match(piece) for piece in pieces
        ):
            parts = pieces  # "Aga Khan University (Karachi, Pakistan), Duke University (MPH)"
    parts = _degrees_with_next([p for p in parts if p.strip()])
    parts = [piece for part in parts for piece in _paren_school(_balance(part.strip()))]
    entries = []
    for part in parts:
        line_label, part = _line_label(part)
        part_label, part = _paren_label(part)
        part_label = part_label or line_label
        text, degrees = school_entry(part)
        if text:
            entries.append(EducationEntry(text, tuple(degrees), part_label or label, part))
    return entries


# Before a label or a degree that opens the next entry of a comma list: ", Med School - X",
# " and M.D., X", ", MD Stanford University".
_OPENER = re.compile(
    r"(?:,|\s+and)\s+(?=(?P<label>[A-Z][A-Za-z.'’/&]*(?:\s+[A-Za-z.'’/&]+){0,3}?)\s*(?::|\s[–—-])\s"
    r"|(?P<degree>[A-Z][A-Za-z.]{1,8}),?\s+(?:in\s+[A-Z][\w ]{2,30}?,\s+)?[A-Z])"
)
_ENTRY_LABELS = frozenset({"school", "undergrad", "other", "education", "alma"})


def _split_before_openers(part: str) -> list[str]:
    """ "Undergrad - Duke University, Med School - St. George's University" and "BA Yale
    University, MD Stanford University": each entry opened by its label or degree, when the
    first one is opened the same way (a comma list closed by degrees is read elsewhere)."""
    first = split_label_line(part)
    by_label = first is not None and first[0] in _ENTRY_LABELS
    head = re.match(r"[A-Za-z.]{2,9}", part)
    by_degree = not by_label and head is not None and degree_id(head.group(0)) is not None
    if not (by_label or by_degree):
        return [part]
    pieces, start = [], 0
    for m in _OPENER.finditer(part):
        if by_label and m.group("label") and label_field(m.group("label")) in _ENTRY_LABELS:
            pass
        elif by_degree and m.group("degree") and degree_id(m.group("degree")):
            pass
        else:
            continue
        pieces.append(part[start : m.start()])
        start = m.end()
    pieces.append(part[start:])
    return [p for p in pieces if p.strip()]


def _line_label(part: str) -> tuple[str | None, str]:
    """ "Medical School: UTSW" inside an education list: the label names the entry's field."""
    found = split_label_line(part.strip())
    if found is None or found[0] not in _ENTRY_LABELS or not found[2]:
        return None, part
    if find_degrees(found[1]) and _only_degrees(found[1]):
        return None, part  # "MD – X", "BS: Y": a degree, which the entry reads as one
    return (found[0] if found[0] != "education" else None), found[2]


def _degrees_with_next(parts: list[str]) -> list[str]:
    """ "MD, PhD" or "M.D. 2020" split off before its school joins the part that follows."""
    merged: list[str] = []
    carry = ""
    for part in parts:
        if degree_only(part):
            carry = f"{carry}, {part.strip()}" if carry else part.strip()
            continue
        merged.append(f"{carry}, {part.strip()}" if carry else part)
        carry = ""
    if carry and merged:
        merged[-1] = f"{merged[-1]}, {carry}"  # "Baylor College of Medicine; MD"
    return merged


def _split_after(value: str, pattern: re.Pattern[str]) -> list[str]:
    """Split at each match, the matched year staying with the entry before it."""
    parts, start = [], 0
    for m in pattern.finditer(value):
        parts.append(value[start : m.end(1)])
        start = m.end()
    return [*parts, value[start:]]


def _split_institutions(value: str) -> list[str]:
    """ "Rice University, Baylor College of Medicine": a college, then a medical school with a
    name of its own. "University of California, Irvine School of Medicine" (a campus),
    "Universidad ..., Facultad de Medicina" (a faculty of the first) and "John A. Burns School
    of Medicine, University of Hawaii" (a school, then its university) stay one."""
    parts = [p.strip() for p in value.split(",")]
    if len(parts) > 2 and looks_like_place(value) and not looks_like_school(", ".join(parts[2:])):
        parts = [parts[0], ", ".join(parts[1:])]  # "Boston College, Ross ..., Barbados"
        second_name = parts[1].split(",")[0]
    elif len(parts) == 2:
        second_name = parts[1]
    else:
        return [value]
    first, second = parts[0], second_name
    # "University of Georgia, Emory University": a second institution of its own; a campus
    # ("University of California, Irvine") or a named part of the first is not one
    of_its_own = (
        _INSTITUTION.search(second)
        and not _TOWN_WITH_SCHOOL_WORD.search(second)
        and not _PART_OF.search(second)
        and not looks_like_medical_school(second)
    )
    medical = (
        (_STRONG_MEDICAL.search(second) or is_known_medical(second))
        and not _CAMPUS_HEAD.search(first)
        and not _BRANCH.search(second)
    )
    if (
        _INSTITUTION.search(first)
        and not looks_like_medical_school(first)
        and (medical or of_its_own)
        and not _SUBUNIT.match(second)
        and len(second.split()) >= 2
    ):
        return parts  # "Davidson College, Duke University": two institutions of their own
    return [value]


_AFTER_BRACKET = re.compile(r"(?<=\))\s*(?:,|;|\s+and|\s+&)\s+(?=[A-Z])")
_JOIN = re.compile(r"\s+(?:&|\+|and|[–—-])\s+")
_NAME_END = re.compile(r"(?:Universit\w*|College|School|Institute|Medicine|Academy)\s*$")


def _split_joined(value: str) -> list[str]:
    """ "Rice University & Baylor College of Medicine", "... and ...", "... – ...": two
    institutions joined, each a whole name; "School of Medicine and Public Health", "College of
    Physicians and Surgeons" or "... – Phoenix" (a campus) stay one."""
    for m in _JOIN.finditer(value):
        first, second = value[: m.start()].strip(), value[m.end() :].strip()
        if (
            _NAME_END.search(first)
            and _INSTITUTION.search(first)
            and _INSTITUTION.search(second)
            and second[:1].isupper()
            and not _SUBUNIT.match(second)
            and not _PART_OF.match(second)
            and len(second.split()) >= 2
            and _NAME_END.search(second.split(",")[0])
            and _proper_word(second.split(",")[0])
        ):
            return [first, second]
    return [value]


_GENERIC_NAME_WORDS = frozenset(
    "research medical medicine graduate health sciences science technology allied nursing "
    "hospital institute university college school academy center centre of the and for "
    "postgraduate education studies surgery surgeons physicians pharmacy dentistry".split()
)


def _proper_word(name: str) -> bool:
    """A name of its own ("Baylor College of Medicine"), not words that continue the one
    before ("Research Institute" after "Mahatma Gandhi Medical College &")."""
    return any(w.lower().strip(".'’") not in _GENERIC_NAME_WORDS for w in name.split())


def _paren_label(part: str) -> tuple[str | None, str]:
    """ "Rice University (Undergraduate)": the field written in brackets after the value."""
    m = _PAREN_TAIL.match(part.strip())
    if m:
        field = label_field(m.group(2))
        if field in ("school", "undergrad", "other"):
            return field, m.group(1)
    return None, part.strip()


def _paren_school(part: str) -> list[str]:
    """ "Baylor College of Medicine (Rice University)": a second school in brackets is an
    entry of its own; a place or a short form in brackets stays ("Aga Khan University
    (Karachi, Pakistan)", "Edward Via College of Osteopathic Medicine (VCOM)")."""
    m = _PAREN_TAIL.match(part.strip())
    if not m:
        return [part]
    head, inner = m.group(1), m.group(2)
    if find_degrees(inner):
        if looks_like_school(inner) and looks_like_school(head) and "," in inner:
            return [inner, head]  # "X School of Medicine (BS, Davidson College)"
        return [part]
    if label_field(inner) is not None:
        return [part]  # "(Medical School)" names the field of what it follows
    if looks_like_school(head) and looks_like_school(inner) and not is_place(inner):
        return [inner, head]  # the bracketed one is the earlier school
    return [part]


def _split_degree_commas(value: str) -> list[str]:
    """'BS, Duke University, MD, Emory University' → two entries, each opened by its degree;
    'Duke University, BS, Emory University, MD' → two entries, each closed by its degree."""
    parts = [p.strip() for p in value.split(",")]
    is_degree = [bool(find_degrees(p)) and len(p) <= 8 for p in parts]
    entries: list[str] = []
    if not is_degree[0] and any(is_degree[1:-1]):
        current: list[str] = []
        for part, degree in zip(parts, is_degree, strict=True):
            current.append(part)
            if degree:
                entries.append(", ".join(current))
                current = []
        if current:
            entries.append(", ".join(current))
        return entries
    for part, degree in zip(parts, is_degree, strict=True):
        if degree or not entries:
            entries.append(part)
        else:
            entries[-1] = f"{entries[-1]}, {part}"
    return entries


def continues_school(first: str, second: str) -> bool:
    """A school name broken over two lines: "University of Texas" / "Southwestern Medical
    School", never "Rice University" / "Baylor College of Medicine" (two schools)."""
    return (
        bool(_CAMPUS_HEAD.search(first))
        and not looks_like_medical_school(first)
        and bool(_SCHOOL_TAIL.match(second))
    )


def is_training(text: str) -> bool:
    """A residency, internship, fellowship or research post, or a bare hospital/clinic."""
    if _TRAINING.search(text):
        return True
    return bool(_SITE.search(text)) and not _STRONG_MEDICAL.search(text)


def is_place(text: str) -> bool:
    """ "Detroit, MI", "São Paulo, Brazil", "College Station, Texas": a hometown line, not an
    institution ("University of Lagos, Nigeria" is one)."""
    if looks_like_place(text) and not looks_like_school(_TOWN_WITH_SCHOOL_WORD.sub("", text)):
        return True
    return not looks_like_school(text) and ("," in text or looks_like_place(text))


def medical_score(entry: EducationEntry) -> int:
    """How strongly an entry reads as the medical school (negative: it reads as something
    else). A label or a degree beside the entry outweighs the words of its name: "MD,
    Stanford University" is a medical school, "MPH, Harvard ... School of Public Health" not."""
    text = entry.text
    if is_training(text) or is_place(text) or entry.label in ("other", "hometown"):
        return -20
    score = 0
    if entry.label == "school":
        score += 6
    elif entry.label == "undergrad":
        score -= 8
    if entry.medical_degree:
        score += 5
    elif entry.undergrad_degree:
        score -= 6
    elif entry.graduate_degree:
        score -= 4
    if _STRONG_MEDICAL.search(text) or is_known_medical(text):
        score += 3
    elif looks_like_medical_school(text):
        score += 2
    elif _COLLEGE_ALONE.search(text) and not _UNIVERSITY.search(text):
        score -= 1  # "Amherst College": a college more often than a medical school
    if _OTHER_SCHOOL.search(text) and not _STRONG_MEDICAL.search(text):
        score -= 3
    if is_known_college(text):
        score -= 6  # "Rice University": a university with no medical school
    return score


def is_undergrad(entry: EducationEntry) -> bool:
    return (entry.label == "undergrad" or entry.undergrad_degree) and not entry.medical_degree


def _known_college(entry: EducationEntry) -> bool:
    """One of the extractor's colleges that grant no medical degree ("Rice University"), not
    filed by the page as the medical school and with no medical degree beside it."""
    return entry.label != "school" and not entry.medical_degree and is_known_college(entry.text)


def choose(
    entries: Iterable[EducationEntry], *, infer_undergrad: bool = False
) -> tuple[EducationEntry | None, EducationEntry | None]:
    """The medical school and the college among a resident's entries.

    The school is the entry with the best ``medical_score``, if it reads
    as a school at all; the college is the first entry marked as one (a BS/BA, an
    "Undergraduate" label). With ``infer_undergrad`` (one education list or path of one
    person), a single plain institution left beside a medical school is the college too.
    An "Alma Mater" entry is settled after the others (``alma_mater_is_school``).
    """
    entries = [e for e in entries if e.text]
    almae = [e for e in entries if e.label == "alma"]
    school, undergrad = _choose([e for e in entries if e.label != "alma"], infer_undergrad)
    for alma in almae:
        if alma_mater_is_school(alma, school is not None and _medical_cue(school)):
            if school is not None and undergrad is None:
                undergrad = school  # a plain institution beside a medical alma mater
            school = alma
        elif undergrad is None and (school is None or alma.text != school.text):
            undergrad = alma
    return school, undergrad


def alma_mater_is_school(alma: EducationEntry, has_school: bool) -> bool:
    """Whether an "Alma Mater" is the medical school (else it is the college).

    Rosters write "Alma Mater" for either: a card with "Alma Mater: Williams College" and
    "Medical School: X" means the college, a card whose only school is "Alma Mater: Lake
    Erie College of Osteopathic Medicine" the medical school. The evidence decides:

    - the same resident's block names a medical school otherwise (a medical-school label, an
      MD/DO school line, a bio's "earned her MD at X"): ``has_school``, so the alma mater is
      the college;
    - it is the only school: it is the medical school when it reads as one. That is what the
      school linker would say of it (``enrich`` links "Duke University" or "University of
      Michigan" to their medical schools with a good score, and no "X College" of the
      liberal-arts kind to any), but ``extract`` never imports ``enrich``, so the extractor's
      own cues stand in: a medical degree beside it, medical-school words or a known medical
      school's name ("St. George's University"), or a university's name that is no college
      and no other faculty's ("Duke University", not "Amherst College", "Boston College" or
      "... School of Public Health");
    - a university the extractor knows grants no medical degree ("Rice University",
      ``patterns/colleges.jsonl``) is the college, as is anything else (a bachelor's beside
      it, a college, a graduate school).
    """
    if has_school or alma.undergrad_degree or alma.graduate_degree:
        return False
    text = alma.text
    if is_training(text) or is_place(text):
        return False
    if alma.medical_degree or _STRONG_MEDICAL.search(text) or is_known_medical(text):
        return True
    if _OTHER_SCHOOL.search(text) or is_known_college(text):
        return False
    if looks_like_medical_school(text):
        return True
    return bool(_UNIVERSITY.search(text)) and not _COLLEGE_ALONE.search(text)


def _choose(
    entries: list[EducationEntry], infer_undergrad: bool
) -> tuple[EducationEntry | None, EducationEntry | None]:
    if not entries:
        return None, None
    scored = [(medical_score(e), -i, e) for i, e in enumerate(entries)]
    # Ties: the first of entries with medical evidence (a card names the school first, then
    # what came before); the last of plain ones, which a card lists in the order studied.
    best_score, _, best = max(scored, key=lambda s: (s[0], -s[1] if s[0] <= 0 else s[1]))
    school = best if best_score >= _SCHOOL_FLOOR and not is_undergrad(best) else None
    undergrad = next((e for e in entries if is_undergrad(e) and e is not school), None)
    if undergrad is None and (school is None or _medical_cue(school)):
        # "Rice University" alone, or beside a school that reads as medical: the college; beside
        # another plain university ("Harvard University") it may be either's college
        undergrad = next((e for e in entries if _known_college(e) and e is not school), None)
    if undergrad is None and infer_undergrad and school is not None and best_score >= 3:
        plain = [
            e
            for s, _, e in scored
            if e is not school and -3 <= s <= 0 and not e.degrees and looks_like_school(e.text)
        ]  # "... / Grenada": a place after the school is no college
        if len(plain) == 1:
            undergrad = plain[0]
    return school, undergrad


def split_education(value: str) -> tuple[str | None, str | None, list[str]]:
    """'BS, Duke University; MD, Emory University School of Medicine' → school, undergrad,
    and the degrees written beside them (a bachelor's is not listed among a resident's)."""
    entries = read_entries(value)
    school, undergrad = choose(entries, infer_undergrad=True)
    if school is not None and undergrad is None and _PATH_ARROW.search(value):
        # "Brigham Young University → University of Utah → ...": a path in the order studied
        before = plain_institutions(entries[: entries.index(school)])
        undergrad = before[0] if len(before) == 1 and not before[0].degrees else None
    degrees: list[str] = []
    for entry in entries:
        if entry is not undergrad and not entry.undergrad_degree:
            degrees.extend(d for d in entry.degrees if d not in degrees)
    return (
        school.text if school else None,
        undergrad.text if undergrad else None,
        degrees,
    )


def plain_institutions(entries: Iterable[EducationEntry]) -> list[EducationEntry]:
    """The unlabelled entries of a block that can be a school at all, in the page's order."""
    return [e for e in entries if e.label is None and medical_score(e) > -20]


def _medical_cue(entry: EducationEntry) -> bool:
    return medical_score(entry) >= 2


def _college_cue(entry: EducationEntry) -> bool:
    return (
        entry.undergrad_degree
        or is_known_college(entry.text)
        or (
            bool(_COLLEGE_ALONE.search(entry.text))
            and not _UNIVERSITY.search(entry.text)
            and not _medical_cue(entry)
        )
    )


def school_position(pairs: Iterable[Sequence[EducationEntry]]) -> int | None:
    """Which of two unlabelled schools is the medical school, read off a whole page.

    A roster writes every person's schools in one order ("Rice University" then "Baylor
    College of Medicine"; a Medical School column before an Undergraduate one whose header is
    on another page). Where a person's pair says which is which (medical words, a known
    medical school, a BS, a lone "College"), it votes for that position; the position wins
    when at least two pairs vote for it and hardly any against. The answer settles the pairs
    that say nothing themselves ("Duke University", "Vanderbilt University")."""
    votes = [0, 0]
    for pair in pairs:
        if len(pair) != 2:
            continue
        for p, q in ((0, 1), (1, 0)):
            a, b = pair[p], pair[q]
            if (_medical_cue(a) and not _medical_cue(b)) or (
                _college_cue(b) and not _college_cue(a) and not _medical_cue(b)
            ):
                votes[p] += 1
    for p, q in ((0, 1), (1, 0)):
        if votes[p] >= 2 and votes[q] * 4 <= votes[p]:
            return p
    return None


def settled_by_position(
    pair: Sequence[EducationEntry], position: int
) -> tuple[EducationEntry, EducationEntry] | None:
    """(school, college) of a pair the page's order settles; None when the pair itself says
    otherwise (its own cues win over the page's habit)."""
    school, college = pair[position], pair[1 - position]
    if _medical_cue(college) and not _medical_cue(school):
        return None
    if _college_cue(school) and not _college_cue(college):
        return None
    return school, college
