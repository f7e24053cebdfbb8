"""Public entry point: a program page (HTML or plain text) → its current residents.

Structure first (table rows, cards, list items, definition lists, name headings, each inside
the section its heading gives), then language for whatever text is left. Pure code: no
network, no Scrapy, runs in a notebook.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from extract.blocks import BlockFacts, read_block, settle_by_position
from extract.decoding import decode_body
from extract.dom import find_layout, parse_html, strip_noise
from extract.levels import NEUROSURGERY_YEARS, has_graduated, parse_level_value, resolve
from extract.pipeline import get_nlp
from extract.prose_people import read_chunks, text_chunks
from extract.records import ExtractionWork, ResidentRecord
from extract.rendering import looks_script_rendered
from extract.sections import Section
from extract.structured import DeclaredPerson, jsonld_people

__all__ = ["extract_residents", "looks_script_rendered", "MAX_CHARS"]

log = logging.getLogger(__name__)

MAX_CHARS = 1_500_000  # a roster page is ~50-300 kB; past this it is not a roster
_BASE_CONFIDENCE = {"table": 0.9, "group": 0.8, "dl": 0.8, "heading": 0.7}


def extract_residents(
    content: str | bytes,
    url: str | None = None,
    *,
    content_type: str = "html",
    academic_year: int | None = None,
    headers: Mapping[Any, Any] | None = None,
    program_length: int = NEUROSURGERY_YEARS,
    work: ExtractionWork | None = None,
) -> list[ResidentRecord]:
    """Every current resident on the page, nobody else. Never raises: bad input gives [].

    ``work``, when given, is filled with how much of the page was read."""
    try:
        return _extract(
            content, content_type, academic_year, headers, program_length, work or ExtractionWork()
        )
    except Exception:  # noqa: BLE001 - one bad page must not stop a crawl
        log.warning("extraction failed for %s", url or "<content>", exc_info=True)
        return []


def _extract(content, content_type, academic_year, headers, program_length, work):
    is_html = content_type.lower() not in ("text", "txt", "text/plain", "plain")
    if isinstance(content, bytes | bytearray):
        content = decode_body(bytes(content[: MAX_CHARS * 2]), headers, html=is_html)
    if not isinstance(content, str) or not content.strip():
        return []
    content = content[:MAX_CHARS]
    work.chars = len(content)
    found: list[tuple[BlockFacts, Section, str, float]] = []
    chunks = text_chunks(content) if not is_html else []
    declared: list[DeclaredPerson] = []
    if is_html:
        root = parse_html(content)
        if root is None:
            return []
        if "ld+json" in content:
            declared = jsonld_people(root)
        strip_noise(root)
        layout = find_layout(root)
        for block in layout.blocks:
            if block.context.excluded:
                continue
            work.blocks += 1
            facts = read_block(block)
            if facts is None or facts.excluded:
                continue
            confidence = _block_confidence(block.kind, facts, block.context)
            found.append((facts, block.context, " ".join(block.lines), confidence))
        settle_by_position([facts for facts, *_ in found])
        chunks = layout.chunks
    for mention in read_chunks(chunks, get_nlp(), work):
        confidence = _text_confidence(mention.evidence, mention.facts, mention.context)
        found.append((mention.facts, mention.context, mention.snippet, confidence))
    records = []
    for facts, context, snippet, confidence in found:
        record = _record(facts, context, snippet, confidence, academic_year, program_length)
        if record is not None:
            records.append(record)
    merged = _merge_duplicates(records)
    if declared:
        _fill_from_declared(merged, declared)
    return merged


def _fill_from_declared(records: list[ResidentRecord], people: list[DeclaredPerson]) -> None:
    """What the page's JSON-LD says about a resident the page shows, where the card is silent
    (its people decide nothing about who is a resident)."""
    by_key = {" ".join(name_key(p.name).split()): p for p in people}
    for record in records:
        person = by_key.get(" ".join(name_key(record.name).split()))
        if person is None:
            continue
        if record.school_raw is None and person.school:
            record.school_raw = record.school_text = person.school
        record.undergrad = record.undergrad or person.undergrad
        record.hometown = record.hometown or person.hometown


def _record(facts, context, snippet, confidence, academic_year, program_length):
    level = resolve(facts.level.or_else(context.level), academic_year, program_length)
    if has_graduated(level, academic_year) or (
        level.pgy is not None and level.pgy > program_length + 1
    ):
        return None
    pgy = level.pgy if level.pgy is not None and 1 <= level.pgy <= program_length + 1 else None
    return ResidentRecord(
        name=facts.name.name,
        degrees=facts.degrees,
        school_raw=facts.school,
        school_text=facts.school_text,
        pgy=pgy,
        pgy_raw=level.raw,
        class_year=level.class_year,
        undergrad=facts.undergrad,
        hometown=facts.hometown,
        role=level.role or "resident",
        snippet=" ".join(snippet.split())[:300],
        confidence=round(min(confidence, 1.0), 2),
    )


def _block_confidence(kind: str, facts: BlockFacts, context: Section) -> float:
    score = _BASE_CONFIDENCE.get(kind, 0.6)
    score += min(facts.labelled, 2) * 0.03
    score += 0.04 if context.roster else 0.0
    if facts.school is None:
        score -= 0.1
    if facts.level.empty and context.level.empty:
        score -= 0.05
    return max(score, 0.3)


def _text_confidence(evidence: str, facts: BlockFacts, context: Section) -> float:
    score = 0.45 + (0.15 if evidence == "degree" else 0.05)
    score += 0.15 if facts.school else 0.0
    score += 0.08 if not (facts.level.empty and context.level.empty) else 0.0
    score += 0.05 if context.roster else 0.0
    return min(score, 0.85)


def name_key(name: str) -> str:
    """Case-, accent- and punctuation-blind key for spotting the same person twice."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    return re.sub(r"[^a-z ]", "", "".join(c for c in folded if not unicodedata.combining(c)))


def _merge_duplicates(records: list[ResidentRecord]) -> list[ResidentRecord]:
    """A card and its bio modal, or a table and a later paragraph, name the same person; two
    residents who share a name (different schools or years) stay two records."""
    by_key: dict[str, list[ResidentRecord]] = {}
    for record in records:
        key = " ".join(name_key(record.name).split())
        kept_list = by_key.setdefault(key, [])
        kept = next((k for k in kept_list if not _different_people(k, record)), None)
        if kept is None:
            kept_list.append(record)
            continue
        first, second = (kept, record) if kept.confidence >= record.confidence else (record, kept)
        if first.school_raw is None:
            first.school_text = second.school_text
        for attr in ("school_raw", "pgy", "pgy_raw", "class_year", "undergrad", "hometown"):
            if getattr(first, attr) is None:
                setattr(first, attr, getattr(second, attr))
        first.degrees = list(dict.fromkeys(first.degrees + second.degrees))
        if first.role == "resident":
            first.role = second.role
        kept_list[kept_list.index(kept)] = first
    return [record for kept_list in by_key.values() for record in kept_list]


_GENERIC_SCHOOL_WORDS = frozenset(
    "university universidad college school of the and at in medicine medical faculty health "
    "sciences science osteopathic center campus institute".split()
)


def _different_people(a: ResidentRecord, b: ResidentRecord) -> bool:
    """Same name, but the page says two different things about the year or the school."""
    if _stated_year(a) and _stated_year(b) and a.pgy != b.pgy:
        return True  # a "Chief Residents" box implies a year; it does not state one
    if a.school_raw and b.school_raw:
        words_a, words_b = _school_words(a.school_raw), _school_words(b.school_raw)
        # "Yale" and "Yale School of Medicine" agree; "Emory ..." and "Chang Gung ..." do not.
        return bool(words_a and words_b and not words_a & words_b)
    return False


def _stated_year(record: ResidentRecord) -> bool:
    level = parse_level_value(record.pgy_raw or "")
    return record.pgy is not None and (level.pgy is not None or level.class_year is not None)


def _school_words(school: str) -> set[str]:
    return set(name_key(school).split()) - _GENERIC_SCHOOL_WORDS
