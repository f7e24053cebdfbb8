"""spaCy components that find medical-school mentions inside longer text.

* ``school_gazetteer_ruler``: a PhraseMatcher over the gazetteer's names and aliases
  (lower-cased, so "UNIVERSITY OF IBADAN" matches); each span is labelled ``SCHOOL`` and
  its ``ent_id_`` is the school id. Patterns can also be written as JSONL with
  ``write_patterns()`` (``{"label": "SCHOOL", "pattern": ..., "id": <school id>}``).
* ``school_shape_ruler``: token rules for school-shaped spans that are *not* in the
  gazetteer ("Nishtar Medical College", "Faculty of Medicine of X", "X College of
  Osteopathic Medicine", "Universidad ..."), labelled ``SCHOOL`` with no id, so unknown
  schools are still recognised as schools.

Both run on ``spacy.blank("en")``; no model is downloaded. ``find_school_mentions(text)``
returns ``(start_char, end_char, text, school_id | None)`` tuples.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from enrich.gazetteer import load_gazetteer

LABEL = "SCHOOL"
MIN_ALIAS_CHARS = 6  # shorter aliases ("UW", "AUC") are too ambiguous inside prose

_SCHOOL_HEAD = {"university", "college", "school", "institute", "faculty", "academy"}
_MED_WORDS = {"medicine", "medical", "osteopathic", "medicina", "médecine", "medecine"}
_FOREIGN_UNI = [
    "universidad",
    "universidade",
    "université",
    "universite",
    "universität",
    "universitat",
    "università",
    "universita",
    "universitatea",
    "uniwersytet",
    "universiteit",
    "facultad",
    "faculdade",
    "faculté",
    "faculte",
    "facoltà",
    "facolta",
]


def gazetteer_patterns(open_only: bool | None = None) -> list[dict[str, str]]:
    """One pattern per distinct (alias, school id); medical schools before world universities."""
    gaz = load_gazetteer(open_only=open_only)
    seen: set[tuple[str, str]] = set()
    out: list[dict[str, str]] = []
    for school in sorted(gaz.schools, key=lambda s: not s.is_medical_school):
        for text in (school.name, *school.aliases):
            key = (text.lower(), school.id)
            if len(text) < MIN_ALIAS_CHARS or key in seen:
                continue
            seen.add(key)
            out.append({"label": LABEL, "pattern": text, "id": school.id})
    return out


def write_patterns(path: Path, open_only: bool | None = None) -> int:
    rows = gazetteer_patterns(open_only)
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows)


class SchoolGazetteerRuler:
    """PhraseMatcher on lower-cased text; the longest match wins and keeps its school id."""

    def __init__(self, nlp: Language, open_only: bool | None) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        by_id: dict[str, list[str]] = {}
        for row in gazetteer_patterns(open_only):
            by_id.setdefault(row["id"], []).append(row["pattern"])
        make = nlp.make_doc
        for school_id, phrases in by_id.items():
            self.matcher.add(school_id, [make(p) for p in phrases])

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for match_id, start, end in self.matcher(doc):
            school_id = doc.vocab.strings[match_id]
            spans.append(Span(doc, start, end, label=LABEL, span_id=school_id))
        doc.ents = filter_spans(list(doc.ents) + spans)
        return doc


class SchoolShapeRuler:
    """School-shaped spans not already found by the gazetteer ruler."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = Matcher(nlp.vocab)
        name = {"IS_TITLE": True, "OP": "+"}
        name_word = {"IS_TITLE": True}
        joiner = {
            "LOWER": {"IN": ["of", "de", "del", "di", "da", "do", "la", "and", "&"]},
            "OP": "*",
        }
        self.matcher.add(
            "MEDICAL_COLLEGE",
            [
                [
                    name,
                    {"LOWER": {"IN": ["medical", "dental"]}},
                    {"LOWER": {"IN": ["college", "university", "school", "institute"]}},
                ]
            ],
        )
        self.matcher.add(
            "OSTEOPATHIC",
            [
                [
                    name,
                    {"LOWER": {"IN": ["college", "school"]}},
                    {"LOWER": "of"},
                    {"LOWER": "osteopathic"},
                    {"LOWER": "medicine"},
                ]
            ],
        )
        self.matcher.add(
            "FACULTY_OF_MEDICINE",
            [
                [
                    {"LOWER": {"IN": ["faculty", "college", "school"]}},
                    {"LOWER": "of"},
                    {"LOWER": "medicine"},
                    {"IS_PUNCT": True, "OP": "?"},
                    name_word,
                    joiner,
                    name,
                ],
                [
                    name,
                    {"LOWER": {"IN": ["university", "college"]}},
                    {"IS_PUNCT": True, "OP": "?"},
                    {"LOWER": {"IN": ["faculty", "college", "school"]}},
                    {"LOWER": "of"},
                    {"LOWER": "medicine"},
                ],
            ],
        )
        self.matcher.add(
            "FOREIGN_UNIVERSITY",
            [
                [
                    {"LOWER": {"IN": _FOREIGN_UNI}},
                    joiner,
                    name_word,
                    joiner,
                    {"IS_TITLE": True, "OP": "*"},
                ]
            ],
        )
        self.matcher.add(
            "UNIVERSITY_OF_MEDICAL",
            [
                [
                    {"LOWER": "university"},
                    {"LOWER": "of"},
                    {"LOWER": {"IN": ["medicine", "medical", "health"]}},
                    {"IS_TITLE": True, "OP": "+"},
                ]
            ],
        )

    def __call__(self, doc: Doc) -> Doc:
        found = [_trim(Span(doc, s, e, label=LABEL)) for _, s, e in self.matcher(doc)]
        found = [Span(doc, sp.start, sp.end, label=LABEL) for sp in found]
        found = [sp for sp in found if _looks_like_school(sp)]
        ents = list(doc.ents)
        taken = {i for ent in ents for i in range(ent.start, ent.end)}
        extra = [
            sp for sp in filter_spans(found) if not any(i in taken for i in range(sp.start, sp.end))
        ]
        doc.ents = filter_spans(ents + extra)
        return doc


# Capitalised words that start a sentence in a bio, not a school name.
_LEADING_NOISE = {
    "attended",
    "graduated",
    "studied",
    "completed",
    "earned",
    "received",
    "obtained",
    "from",
    "at",
    "the",
    "her",
    "his",
    "their",
    "dr",
    "md",
    "do",
    "mbbs",
    "in",
}


def _trim(span: Span) -> Span:
    start = span.start
    while start < span.end - 2 and span.doc[start].lower_ in _LEADING_NOISE:
        start += 1
    return span.doc[start : span.end]


def _looks_like_school(span: Span) -> bool:
    words = {t.lower_ for t in span}
    return bool(words & (_SCHOOL_HEAD | set(_FOREIGN_UNI))) and (
        bool(words & _MED_WORDS) or span[0].lower_ in _FOREIGN_UNI
    )


@Language.factory("school_gazetteer_ruler", default_config={"open_only": None})
def make_school_gazetteer_ruler(
    nlp: Language, name: str, open_only: bool | None
) -> SchoolGazetteerRuler:
    return SchoolGazetteerRuler(nlp, open_only)


@Language.factory("school_shape_ruler", default_config={})
def make_school_shape_ruler(nlp: Language, name: str) -> SchoolShapeRuler:
    return SchoolShapeRuler(nlp)


def build_school_nlp(open_only: bool | None = None) -> Language:
    """A blank English pipeline with both components, gazetteer first."""
    nlp = spacy.blank("en")
    nlp.add_pipe("school_gazetteer_ruler", config={"open_only": open_only})
    nlp.add_pipe("school_shape_ruler")
    return nlp


@lru_cache(maxsize=2)
def _shared_nlp(open_only: bool | None) -> Language:
    return build_school_nlp(open_only)


def find_school_mentions(
    text: str, open_only: bool | None = None
) -> list[tuple[int, int, str, str | None]]:
    """School mentions in ``text``: (start_char, end_char, text, school id or None)."""
    if not isinstance(text, str) or not text.strip():
        return []
    doc = _shared_nlp(open_only)(text[:100_000])
    return [
        (ent.start_char, ent.end_char, ent.text, ent.id_ or None)
        for ent in doc.ents
        if ent.label_ == LABEL
    ]
