"""The spaCy pipeline: ``spacy.blank("en")`` plus the extractor's own components.

No model download is ever needed. When ``en_core_web_sm`` (or another model) happens to be
installed, ``get_nlp(use_model=True)`` lets its NER add PERSON entities that the person
component then accepts as one more piece of evidence.

The bio sentence rules (``extract.prose.read_prose``) are no component: they run on the text
each person owns (``extract.prose_people``), since a paragraph's school belongs to one of its
people, and a paragraph-wide reading was read by nothing.
"""

from __future__ import annotations

import re
from functools import cache

import spacy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from extract._extensions import register_extensions
from extract.degrees import DEGREE_IN_SCHOOL_NAME
from extract.levels import parse_level
from extract.names import (
    GIVEN_NAME_PARTICLES,
    NOT_NAME_WORDS,
    PARTICLES,
    clean_name,
    looks_like_name,
)
from extract.patterns import load_patterns

register_extensions()

_HONORIFICS = frozenset({"dr.", "dr", "doctor"})
_AFTER_NAME = frozenset({",", "–", "—", "-", "|", ":", "(", ";", "•", "·"})
_BULLETS = frozenset({"-", "*", "•", "·", "–", "—"})
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
# Words around a bare name in an announcement that say a person is meant: "PGY-3 resident
# Jane Doe", "we welcome Jane Doe", "Joining us from X is Jane Doe.", "Jane Doe graduated ...".
_CUE_BEFORE = frozenset(
    "resident residents intern interns chief welcome welcomes welcomed welcoming "
    "congratulations congrats".split()
)
_CUE_AFTER = frozenset(
    "graduated earned received joins joined comes came completed attended matched will is was "
    "has grew hails presented won started begins brings arrives arrived studied attended".split()
)
_ECLIPSED = re.compile(r"^(?:[a-z]{1,2}[A-ZÁÉÍÓÚ]|[dl]['’][A-Z])\w*$")


def _matcher_from(nlp: Language, pattern_file: str) -> Matcher:
    matcher = Matcher(nlp.vocab)
    for row in load_patterns(pattern_file):
        matcher.add(row["id"], [row["pattern"]])
    return matcher


class DegreeTagger:
    """Degree tokens → ``doc.spans["degrees"]`` labelled with the canonical id."""

    def __init__(self, nlp: Language, name: str, pattern_file: str) -> None:
        self.matcher = _matcher_from(nlp, pattern_file)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for match_id, start, end in self.matcher(doc):
            span = Span(doc, start, end, label=match_id)
            if DEGREE_IN_SCHOOL_NAME.match(doc.text, span.start_char):
                continue  # "Frank H. Netter MD School of Medicine": the school's name
            span._.degree = doc.vocab.strings[match_id]
            spans.append(span)
        doc.spans["degrees"] = spacy.util.filter_spans(spans)
        return doc


class TrainingLevelTagger:
    """ "PGY-3", "R2", "Intern", "Class of 2029", "Chief Resident" → ``doc.spans["levels"]``."""

    def __init__(self, nlp: Language, name: str, pattern_file: str) -> None:
        self.matcher = _matcher_from(nlp, pattern_file)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for match_id, start, end in self.matcher(doc):
            span = Span(doc, start, end, label=match_id)
            level = parse_level(span.text)
            span._.pgy, span._.class_year, span._.role = level.pgy, level.class_year, level.role
            spans.append(span)
        doc.spans["levels"] = spacy.util.filter_spans(spans)
        return doc


class PersonNames:
    """Runs of capitalised tokens that a roster writes as a person.

    A run counts when something besides capitals supports it: a degree right after it
    ("Jane Doe, MD"), an honorific before it ("Dr. Jane Doe"), its place at the start of a
    list line followed by a separator, or a PERSON entity from an installed model.
    """

    def __init__(self, nlp: Language, name: str, max_tokens: int) -> None:
        self.max_tokens = max_tokens

    def __call__(self, doc: Doc) -> Doc:
        degree_starts = {span.start: span for span in doc.spans.get("degrees", [])}
        model_people = {(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"}
        people = []
        for start, end in self._runs(doc):
            evidence = self._evidence(doc, start, end, degree_starts, model_people)
            if not evidence:
                continue
            degrees = self._degrees_after(doc, end, degree_starts)
            span = Span(doc, start, end, label="PERSON")
            cleaned = clean_name(span.text)
            if not looks_like_name(cleaned.name):
                continue
            span._.clean_name = cleaned.name
            span._.degrees = degrees
            span._.evidence = evidence
            people.append(span)
        doc.spans["persons"] = people
        return doc

    def _runs(self, doc: Doc):
        i = 0
        n = len(doc)
        while i < n:
            given = _given_particle(doc, i)
            if not (_name_word(doc[i]) or given) or (doc[i].lower_ in PARTICLES and not given):
                i += 1
                continue
            j = i + 1
            while j < n and j - i < self.max_tokens:
                tok = doc[j]
                if _name_word(tok):
                    j += 1
                elif tok.lower_ in PARTICLES and _particles_then_name(doc, j):
                    j += 1  # "van der Berg", "de la Cruz": particles, then the surname
                elif (
                    tok.text in ("-", "'")
                    and not doc[j - 1].whitespace_
                    and not tok.whitespace_
                    and j + 1 < n
                    and (_name_word(doc[j + 1]) or doc[j + 1].text.isalpha())
                ):
                    j += 2  # "O'Neil", "López-García", "Ji-woo"
                elif _nickname_at(doc, j):
                    j += 3  # Robert "Bobby" Smith; clean_name drops the nickname
                else:
                    break
            if j - i >= 2:
                yield i, j
            i = j

    def _evidence(self, doc, start, end, degree_starts, model_people) -> str | None:
        after = end + 1 if end < len(doc) and doc[end].text == "," else end
        if after in degree_starts:
            return "degree"
        if start > 0 and doc[start - 1].lower_ in _HONORIFICS:
            return "honorific"
        if (start, end) in model_people:
            return "model"
        line_start = start == 0 or doc[start - 1].text in _BULLETS or "\n" in doc[start - 1].text
        if line_start and (end == len(doc) or doc[end].text in _AFTER_NAME):
            return "line"
        return "cue" if _cued(doc, start, end) else None

    def _degrees_after(self, doc, end, degree_starts) -> list[str]:
        degrees: list[str] = []
        i = end
        while i < len(doc):
            if doc[i].text in (",", "/", "and", "&"):
                i += 1
                continue
            span = degree_starts.get(i)
            if span is None:
                break
            degrees.append(span._.degree)
            i = span.end
        return list(dict.fromkeys(degrees))


def _given_particle(doc: Doc, i: int) -> bool:
    """ "Di Wu", "An Tran": a capitalised particle opening a run before a surname is a given
    name; "De La Cruz" (particle after particle) is not."""
    return (
        doc[i].lower_ in GIVEN_NAME_PARTICLES
        and doc[i].text[:1].isupper()
        and i + 1 < len(doc)
        and _name_word(doc[i + 1])
        and doc[i + 1].lower_ not in PARTICLES
    )


def _particles_then_name(doc: Doc, j: int) -> bool:
    """One to three particles from ``j`` and a capitalised surname after them."""
    k = j
    while k < len(doc) and k - j < 3 and doc[k].lower_ in PARTICLES:
        k += 1
    return k < len(doc) and _name_word(doc[k])


def _nickname_at(doc: Doc, j: int) -> bool:
    """A quoted or bracketed nickname between name words: Robert "Bobby" Smith."""
    if j + 3 >= len(doc) or not _name_word(doc[j + 3]):
        return False
    opener, word, closer = doc[j], doc[j + 1], doc[j + 2]
    quoted = opener.text in _QUOTES and closer.text in _QUOTES
    bracketed = opener.text == "(" and closer.text == ")"
    return (quoted or bracketed) and word.text[:1].isupper() and word.text.isalpha()


def _cued(doc: Doc, start: int, end: int) -> bool:
    """Announcement wording around a bare capitalised name."""
    before = doc[start - 1].lower_ if start > 0 else ""
    before2 = doc[start - 2].lower_ if start > 1 else ""
    after = doc[end].lower_ if end < len(doc) else ""
    after2 = doc[end + 1].lower_ if end + 1 < len(doc) else ""
    if before in _CUE_BEFORE or (before == "to" and before2 in _CUE_BEFORE):
        return True
    if (
        start > 0
        and doc.spans.get("levels")
        and any(span.end == start for span in doc.spans["levels"])
    ):
        return True  # "PGY-3 Jane Doe"
    if before in ("is", "are") and after in (".", "!", ""):
        return True  # "Joining us from X is Jane Doe."
    if after in _CUE_AFTER or after == "(":
        return True
    return after == "," and after2 in ("who", "a", "an", "our", "the")


def _name_word(tok) -> bool:
    text = tok.text
    if _ECLIPSED.match(text):
        return True  # Irish "tSaoir", "bhFáil"; an elided "d'Arcy"
    if not text[:1].isupper() or not text[:1].isalpha():
        return False
    if tok.lower_ in NOT_NAME_WORDS or tok.lower_ in _HONORIFICS:
        return False
    if text.isupper() and len(text) > 1 and len(text) <= 4 and "." not in text:
        return False  # "MD", "PGY", "USA"
    return all(ch.isalpha() or ch in "'’.-" for ch in text)


@Language.factory("precedent_degrees", default_config={"pattern_file": "degrees"})
def make_degrees(nlp: Language, name: str, pattern_file: str) -> DegreeTagger:
    return DegreeTagger(nlp, name, pattern_file)


@Language.factory("precedent_training_levels", default_config={"pattern_file": "training_levels"})
def make_levels(nlp: Language, name: str, pattern_file: str) -> TrainingLevelTagger:
    return TrainingLevelTagger(nlp, name, pattern_file)


@Language.factory("precedent_person_names", default_config={"max_tokens": 6})
def make_person_names(nlp: Language, name: str, max_tokens: int) -> PersonNames:
    return PersonNames(nlp, name, max_tokens)


@cache
def get_nlp(use_model: bool = False) -> Language:
    """The shared pipeline; built once per process."""
    nlp = _installed_model() if use_model else None
    if nlp is None:
        nlp = spacy.blank("en")
    nlp.add_pipe("precedent_degrees")
    nlp.add_pipe("precedent_training_levels")
    nlp.add_pipe("precedent_person_names")
    return nlp


def _installed_model() -> Language | None:
    for model in spacy.util.get_installed_models():
        try:
            return spacy.load(model, exclude=["parser", "lemmatizer", "tagger", "attribute_ruler"])
        except Exception:  # noqa: BLE001 - an optional model must never be required
            continue
    return None
