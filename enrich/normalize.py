"""Normalisation of medical-school strings into comparable keys.

Two keys come out of every string:

* ``name_key``: folded, punctuation-free, abbreviations expanded ("St." -> "saint",
  "Univ." -> "university", "&" -> "and"); it keeps every word, so "University of
  Washington" and "Washington University" stay apart.
* ``core_key``: ``name_key`` with the boilerplate removed ("school of medicine",
  "facultad de medicina", years, "class of", degrees), the part that names the school.

Non-English forms (Universidad, Université, Universität, Universitatea, Facoltà, ...) are
mapped to English words so that "Universidad de Buenos Aires" and "University of Buenos
Aires" give the same key. The same functions build the gazetteer index and read queries,
so the two can never drift apart.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unidecode import unidecode

# Word-level rewrites applied after folding. Keys are single tokens.
_TOKEN_MAP: dict[str, str] = {
    "st": "saint",
    "ste": "sainte",
    "sto": "santo",
    "univ": "university",
    "univeristy": "university",
    "universty": "university",
    "universiti": "university",
    "uni": "university",
    "u": "university",
    "coll": "college",
    "col": "college",
    "sch": "school",
    "schl": "school",
    "med": "medicine",
    "medical": "medical",
    "fac": "faculty",
    "facul": "faculty",
    "inst": "institute",
    "instit": "institute",
    "natl": "national",
    "nat": "national",
    "sci": "sciences",
    "scis": "sciences",
    "hlth": "health",
    "ctr": "center",
    "centre": "center",
    "mt": "mount",
    "hosp": "hospital",
    "dept": "department",
    "osteo": "osteopathic",
    "som": "school of medicine",
    "com": "college of medicine",
    "sm": "school of medicine",
    # Non-English university / faculty words.
    "universidad": "university",
    "universidade": "university",
    "universite": "university",
    "universitat": "university",
    "universitaet": "university",
    "universita": "university",
    "universitatea": "university",
    "universiteit": "university",
    "universitet": "university",
    "universitetet": "university",
    "uniwersytet": "university",
    "univerzita": "university",
    "univerza": "university",
    "universitas": "university",
    "universitario": "university",
    "universitaria": "university",
    "facultad": "faculty",
    "faculdade": "faculty",
    "faculte": "faculty",
    "facolta": "faculty",
    "fakultat": "faculty",
    "fakultaet": "faculty",
    "facultatea": "faculty",
    "medicina": "medicine",
    "medecine": "medicine",
    "medizin": "medicine",
    "medizinische": "medical",
    "medica": "medical",
    "medicas": "medical",
    "medicales": "medical",
    "medicale": "medical",
    "escuela": "school",
    "escola": "school",
    "ecole": "school",
    "instituto": "institute",
    "institut": "institute",
    "nacional": "national",
    "nationale": "national",
    "autonoma": "autonomous",
    "catolica": "catholic",
    "catolique": "catholic",
    "pontificia": "pontifical",
    "ciencias": "sciences",
    "federal": "federal",
}

# Function words dropped from keys (English and the common Romance/Germanic ones).
# "do" is deliberately absent: it is a degree, removed earlier only when written as one.
_STOPWORDS = frozenset(
    "the of and at in for de del della di degli du des la le les el los las da dos das der "
    "und y e et a".split()
)

# Phrases that say "this is a medical school" without naming it. Longest first.
_BOILERPLATE = sorted(
    [
        "school of medicine",
        "college of medicine",
        "faculty of medicine",
        "faculty medicine",
        "medical school",
        "school medicine",
        "college medicine",
        "medical faculty",
        "faculty of medical sciences",
        "faculty medical sciences",
        "faculty of health sciences",
        "faculty of medicine and health sciences",
        "faculty of medicine and dentistry",
        "faculty of medicine and surgery",
        "faculty of medicine and pharmacy",
        "medicine and surgery",
        "college of osteopathic medicine",
        "school of osteopathic medicine",
        "college of human medicine",
        "medical college",
        "school of medicine and public health",
        "school of medicine and health sciences",
        "school of medicine and dentistry",
        "school of medical sciences",
        "medical sciences",
        "medical center",
        "college of medicine and health sciences",
        "faculty of medicine and health",
        "school of medicine and medical sciences",
        "medical university",
        "medicine",
        "medical",
        "school",
        "faculty",
        "doctor of medicine",
        "doctor of osteopathic medicine",
        "osteopathic",
        "class of",
        "graduated",
        "graduate",
        "alumni",
        "alumnus",
        "program",
    ],
    key=len,
    reverse=True,
)

_WS = re.compile(r"\s+")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b|'\d{2}\b")
_APOSTROPHE = re.compile(r"['’`´]")
_BOILERPLATE_RE = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in _BOILERPLATE) + r")\b")

# Degrees written as degrees: case-sensitive for the short ones so that Portuguese "do"
# and the word "Ma" are not mistaken for degrees.
_DEGREE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("MBBS", re.compile(r"\bM\.?\s?B\.?\s?,?\s?B\.?\s?S\.?(?![a-z])", re.I)),
    ("MBChB", re.compile(r"\bM\.?\s?B\.?\s?,?\s?Ch\.?\s?B\.?(?![a-z])", re.I)),
    ("MBBCh", re.compile(r"\bM\.?B\.?\s?B\.?\s?Ch\.?(?:\s?B\.?A\.?O\.?)?(?![a-z])", re.I)),
    ("MDCM", re.compile(r"\bM\.?D\.?C\.?M\.?(?![a-z])", re.I)),
    ("MD", re.compile(r"(?<![A-Za-z])M\.?\s?D\.?(?![A-Za-z])")),
    ("DO", re.compile(r"(?<![A-Za-z])D\.\s?O\.?(?![A-Za-z])|(?<![A-Za-z])DO(?![A-Za-z])")),
    ("PhD", re.compile(r"\bPh\.?\s?D\.?(?![a-z])", re.I)),
    ("MPH", re.compile(r"\bM\.?P\.?H\.?(?![a-z])", re.I)),
    ("MBA", re.compile(r"\bM\.?B\.?A\.?(?![a-z])")),
    ("MS", re.compile(r"(?<![A-Za-z])M\.?S\.?c?\.?(?![A-Za-z])")),
    ("BS", re.compile(r"(?<![A-Za-z])B\.?S\.?c?\.?(?![A-Za-z])")),
    ("BA", re.compile(r"(?<![A-Za-z])B\.?A\.?(?![A-Za-z])")),
    ("JD", re.compile(r"(?<![A-Za-z])J\.?D\.?(?![A-Za-z])")),
    ("PharmD", re.compile(r"\bPharm\.?\s?D\.?(?![a-z])", re.I)),
]

MEDICAL_DEGREES = frozenset({"MD", "DO", "MBBS", "MBChB", "MBBCh", "MDCM"})
FOREIGN_DEGREES = frozenset({"MBBS", "MBChB", "MBBCh"})


def fold(text: str) -> str:
    """ASCII-fold and lower-case: "Université" -> "universite", "Kasr Al Aïni" -> "kasr al aini"."""
    return unidecode(text).lower()


# "U of A", "U of T", "U of C": the letter is the name ("a" is otherwise a stopword and "u"
# a university), so the three words are one token, as "UofA" is written run together.
_U_OF_LETTER = re.compile(r"\bu of ([a-z])\b")


def _tokens(folded: str) -> list[str]:
    folded = folded.replace("&", " and ")
    folded = _APOSTROPHE.sub("", folded)
    out: list[str] = []
    for tok in _U_OF_LETTER.sub(r"uof\1", _NON_ALNUM.sub(" ", folded)).split():
        mapped = _TOKEN_MAP.get(tok, tok)
        out.extend(mapped.split())
    return out


@lru_cache(maxsize=200_000)
def name_key(text: str) -> str:
    """Every word of the name, normalised; stopwords dropped, order kept."""
    words = _YEAR.sub(" ", fold(text))
    return " ".join(t for t in _tokens(words) if t not in _STOPWORDS)


def _full_words(text: str) -> str:
    """Normalised words with stopwords kept: boilerplate phrases contain "of"."""
    return " ".join(_tokens(fold(text)))


@lru_cache(maxsize=200_000)
def core_key(text: str) -> str:
    """The naming part: boilerplate, years and stopwords removed."""
    words = _YEAR.sub(" ", _full_words(text))
    words = _BOILERPLATE_RE.sub(" ", words)
    return " ".join(t for t in words.split() if t not in _STOPWORDS and not t.isdigit())


def find_degrees(text: str) -> list[tuple[int, int, str]]:
    """Degree mentions as (start, end, normalised degree), left to right, not overlapping."""
    spans: list[tuple[int, int, str]] = []
    for label, pattern in _DEGREE_PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e, _ in spans):
                continue
            spans.append((m.start(), m.end(), label))
    return sorted(spans)


def strip_degrees(text: str) -> str:
    """Remove degree mentions (and the commas around them) from raw text."""
    spans = find_degrees(text)
    if not spans:
        return text
    out, pos = [], 0
    for s, e, _ in spans:
        out.append(text[pos:s])
        pos = e
    out.append(text[pos:])
    return _WS.sub(" ", " ".join(out)).strip(" ,;-")


def has_osteopathic_cue(text: str) -> bool:
    return "osteopath" in fold(text)
