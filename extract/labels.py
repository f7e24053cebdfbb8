"""Field labels on roster blocks ("Medical School:", "Hometown:", table headers)."""

from __future__ import annotations

import re
from functools import lru_cache

from extract.degrees import find_degrees

_EXACT = {
    "name": "name", "resident": "name", "resident name": "name", "full name": "name",
    "medical school": "school", "med school": "school", "school": "school",
    "medical education": "school", "medical degree": "school", "md": "school", "do": "school",
    "m.d.": "school", "d.o.": "school", "mbbs": "school", "md school": "school",
    "education": "education", "training": "education", "background": "education",
    "undergraduate": "undergrad", "undergrad": "undergrad", "college": "undergrad",
    "undergraduate education": "undergrad", "undergraduate school": "undergrad",
    "ba": "undergrad", "bs": "undergrad", "b.s.": "undergrad", "b.a.": "undergrad",
    "hometown": "hometown", "home town": "hometown", "from": "hometown", "home": "hometown",
    "born": "hometown", "birthplace": "hometown", "hometown/state": "hometown",
    "degree": "degree", "degrees": "degree", "credentials": "degree",
    "pgy": "level", "year": "level", "level": "level", "class": "level", "pgy level": "level",
    "training level": "level", "position": "level", "status": "level", "title": "level",
    "graduation year": "level", "class year": "level", "expected graduation": "level",
    "residency year": "level", "year of training": "level", "program year": "level",
    "alma mater": "alma", "school of medicine": "school", "medical college": "school",
    "md from": "school", "do from": "school", "md/do": "school", "md/do school": "school",
    "medical university": "school", "medical training": "school", "med school attended": "school",
    "medical school attended": "school", "graduate medical school": "school",
    "undergraduate institution": "undergrad", "undergraduate college": "undergrad",
    "college/university": "undergrad", "bachelor's": "undergrad", "ba/bs": "undergrad",
    "home state": "hometown", "hometown/country": "hometown", "born in": "hometown",
    "where from": "hometown", "origin": "hometown",
    "pgy year": "level", "current year": "level", "training year": "level", "year in program": "level",
    "med": "school", "med.": "school", "medical": "school", "professional school": "school",
    "medical doctorate": "school", "d.o. school": "school", "m.d. school": "school",
    "school of medicine attended": "school", "previous education": "education",
    "prior education": "education", "home country": "hometown", "country of origin": "hometown",
    "place of birth": "hometown", "city/state": "hometown", "city, state": "hometown", "med. school": "school", "doctor of medicine": "school",
    "doctor of osteopathic medicine": "school", "md/phd": "school", "md program": "school",
    "do school": "school", "osteopathic school": "school", "osteopathic medical school": "school",
    "medical institution": "school", "college of medicine": "school", "mbchb": "school",
    "grew up": "hometown", "grew up in": "hometown", "where i'm from": "hometown",
    "post-nominal letters": "degree", "post-nominals": "degree", "postnominals": "degree",
    "expected completion": "level", "completion": "level", "expected completion date": "level",
    "completion year": "level", "completion date": "level", "expected graduation date": "level",
    "degree(s)": "degree", "bachelor of science": "undergrad", "bachelor of arts": "undergrad",
    "bachelor's degree": "undergrad", "bsc": "undergrad", "b.sc.": "undergrad",
    # Graduate schools and training posts: education-like, never the medical school.
    "graduate school": "other", "graduate education": "other",
    "graduate degree": "other", "masters": "other", "master's": "other", "phd": "other",
    "ph.d.": "other", "mph": "other", "internship": "other",
    "intern year": "other", "prior training": "other", "previous training": "other",
    "prior residency": "other", "previous residency": "other", "post-doctoral": "other",
    "postdoc": "other", "postgraduate training": "other", "post-graduate training": "other",
    "preliminary year": "other", "transitional year": "other", "research year": "other",
    "fellowship": "other", "residency": "other", "major": "other",
}  # fmt: skip
_IGNORED = re.compile(
    r"\b(?:interest|e-?mail|phone|hobb|fun fact|fellowship|mentor|publication|language|"
    r"why |future|plans|residency|specialt|award|honou?r|research|personal|family|outside|"
    r"favorite|favourite|about|bio|twitter|linkedin|instagram|website|pronoun)",
    re.IGNORECASE,
)
_LABEL_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z .'’/&()-]{0,38}?)\s*[:：]\s*(.*)$")


_PLACE_QUALIFIER = re.compile(
    r"(?<=\bschool)\s*(?:,|/|&|\band\b|\()\s*(?:country|location|city|city/state|place)\)?$"
)
_SCHOOL_PLACE = re.compile(r"\b(?:location|city|country|state)$")
_SCHOOL_YEAR = re.compile(r"\b(?:graduation|grad\.?|date)\b|\bschool\s+year$")
_BOTH_SCHOOLS = re.compile(r"[/&+]|\band\b")
_UNDERGRAD_WORD = re.compile(r"undergrad|(?<!medical )college|bachelor")
_MEDICAL_WORD = re.compile(r"\bmed(?:ical)?\b|\bm\.?d\b")


# Words a key or a narrow column shortens ("Med. Sch.", "Undergrad. Inst.", "Educ."), often
# inside <abbr>: read as the words they stand for. "Med." alone is already a label of its own.
_ABBREVIATED = {
    "med.": "medical", "med": "medical", "sch.": "school", "sch": "school", "schl.": "school",
    "schl": "school", "educ.": "education", "edu.": "education", "undergrad.": "undergraduate",
    "coll.": "college", "univ.": "university", "inst.": "institution", "yr.": "year",
    "yr": "year", "trng.": "training", "grad.": "graduation",
}  # fmt: skip


def _expand_abbreviations(key: str) -> str:
    words = key.split()
    if len(words) < 2 or not any(w in _ABBREVIATED for w in words):
        return key
    return " ".join(_ABBREVIATED.get(w, w) for w in words)


@lru_cache(maxsize=32768)  # a page asks about the same lines many times
def label_field(label: str) -> str | None:
    """Field a label names ("Medical School:" → "school"), "other" for known noise, else None."""
    key = " ".join(label.lower().strip(" :：-–").split())
    key = _PLACE_QUALIFIER.sub("", key)  # "Medical School, Country": the school and its place
    key = _expand_abbreviations(key)
    if not key or len(key) > 40 or "," in key or len(key.split()) > 5:
        return None
    field = _EXACT.get(key)
    if field:
        return field
    if (_SCHOOL_YEAR.search(key) or _SCHOOL_PLACE.search(key)) and _MEDICAL_WORD.search(key):
        return "other"  # "Medical School Graduation Year", "... Location": not the school
    if key.startswith(("name of medical school", "name of med school", "medical degree from")):
        return "school"
    if key in ("graduated from", "graduate of"):
        return "school"  # a resident's card names the school that made her a doctor
    # "Undergraduate / Medical School", "College & Med School": one column for both schools
    if _BOTH_SCHOOLS.search(key) and _UNDERGRAD_WORD.search(key) and _MEDICAL_WORD.search(key):
        return "education"
    # A label starts with its field's words; "University of Ghana Medical School" is a value.
    if key.startswith(("medical school", "medical education", "med school")):
        return "school"
    if "undergrad" in key or key.startswith(("bachelor", "college")) and "medicine" not in key:
        return "undergrad"
    if "hometown" in key or "home town" in key:
        return "hometown"
    if key.startswith(("education", "school")):
        return "education"
    if key.startswith(("pgy", "year", "class of", "level")):
        return "level"
    if key.endswith(("name",)):
        return "name"
    if _IGNORED.search(key):
        return "other"
    return None


@lru_cache(maxsize=32768)  # a page asks about the same lines many times
def bare_label(line: str) -> str | None:
    """The field of a line that is only a label ("Medical School", "Hometown:"), else None.

    Stricter than ``label_field``: "Medical School UCLA" is a label and its value on one line.
    """
    key = " ".join(line.lower().strip(" :：-–").split())
    if line.rstrip().endswith((":", "：")):
        return label_field(line)
    return _EXACT.get(key)


_DASH_LABEL_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z .'’/&()]{1,38}?)\s+[–—-]\s+(.+)$")
# "Medical School / Duke": a caption that sets its label and value apart with a spaced slash,
# as builders' collection cards do. The label holds no slash itself, and a line that is itself
# a label ("Undergrad / Medical School", "Medical School / Country") or whose value is
# another label or a degree ("MD / PhD") is no label and value.
_SLASH_LABEL_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z .'’&()]{1,38}?)\s+/\s+(.+)$")


@lru_cache(maxsize=32768)  # a page asks about the same lines many times
def split_label_line(line: str) -> tuple[str, str, str] | None:
    """'Medical School: Harvard' → ("school", "Medical School", "Harvard"); None if no label.

    A dash serves as the colon when the left side is a known field ("Medical School – Yale");
    "Jane Doe – Yale" is not a label line, since no field is called "Jane Doe".
    """
    m = _LABEL_LINE.match(line) or _slash_label_line(line)
    if not m:
        m = _DASH_LABEL_LINE.match(line)
        if not m or label_field(m.group(1)) in (None, "other", "name"):
            return None
    field = label_field(m.group(1))
    if field is None:
        return None
    return field, m.group(1).strip(), _until_next_label(m.group(2).strip())


def _slash_label_line(line: str) -> re.Match[str] | None:
    m = _SLASH_LABEL_LINE.match(line)
    if m is None or label_field(m.group(1)) in (None, "other", "name"):
        return None
    value = m.group(2).split(" / ")[0].strip(" .")
    first = value.split(",")[0]
    if (
        label_field(value) is not None
        or _SCHOOL_PLACE.search(value.lower())
        or (
            find_degrees(first) and len(first.split()) <= 2  # "MD / PhD"; not "X, Boston, MA"
        )
    ):
        return None
    return m


_NEXT_LABEL = re.compile(r"\s+(?:[|•·–—-]\s+)?([A-Z][A-Za-z .'’/&()-]{1,38}?)\s*[:：]\s")


def label_pairs(line: str) -> list[tuple[str, str, str]]:
    """Every label/value pair of a line: "Undergrad: Rice University · Med: Baylor College of
    Medicine" and "MD – Baylor College of Medicine | BS – Rice University" give two pairs,
    not one value that swallows the second label. A part without a label after a pair
    continues its value ("Medical School: X | Houston, TX")."""
    parts = _HARD_SEPARATOR.split(line)
    if len(parts) == 1:
        return _pairs_of(line)
    pairs = _pairs_of(parts[0])
    if not pairs:
        return []
    for part in parts[1:]:
        more = _pairs_of(part)
        if more:
            pairs.extend(more)
            continue
        field, label, value = pairs[-1]
        pairs[-1] = (field, label, f"{value} | {part}" if value else part)
    return pairs[:8]


_HARD_SEPARATOR = re.compile(r"\s+[|•·]\s+|;\s+")


def _pairs_of(line: str) -> list[tuple[str, str, str]]:
    found = split_label_line(line)
    pairs: list[tuple[str, str, str]] = []
    rest = line
    while found is not None and len(pairs) < 6:
        pairs.append(found)
        m = _LABEL_LINE.match(rest) or _slash_label_line(rest) or _DASH_LABEL_LINE.match(rest)
        if m is None or not found[2]:
            break
        rest = m.group(2).strip()[len(found[2]) :].strip(" |•·–—-")
        found = split_label_line(rest) if rest else None
    return pairs


def _until_next_label(value: str) -> str:
    """ "Yale School of Medicine Hometown: Boston, MA" → "Yale School of Medicine": several
    label/value pairs written on one line; a value ends where the next known label starts."""
    for m in _NEXT_LABEL.finditer(value + " "):
        label = _trailing_label(m.group(1))
        if label is not None:
            start = m.start(1) + len(m.group(1)) - len(label)
            return value[:start].rstrip(" |•·–—-").strip()
    return value


def _trailing_label(text: str) -> str | None:
    """The label at the end of the words before a colon: in "Yale School of Medicine
    Hometown:" it is "Hometown", in "Boston, MA Medical School:" it is "Medical School". The
    longest known label wins, else the shortest label-like ending."""
    words = text.split()
    endings = [" ".join(words[-size:]) for size in range(1, len(words) + 1)]
    exact = [e for e in endings if " ".join(e.lower().split()) in _EXACT]
    if exact:
        return exact[-1]
    return next((e for e in endings if label_field(e) is not None), None)
