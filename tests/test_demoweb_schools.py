"""The demo web draws only school strings that name one school.

An alias the curated table marks ``ambiguous`` ("U of M Medical School": Michigan's, Minnesota's
and Manitoba's) names no single school, so a roster that wrote it could not have a truth: the
demo web must never draw one, though the source tables list some for one school.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

from demoweb.schools import load_school_book, render_school

CURATED = Path(__file__).resolve().parent.parent / "enrich" / "data" / "curated_aliases.csv"


def _ambiguous() -> set[str]:
    with CURATED.open(newline="", encoding="utf-8") as handle:
        return {row["alias"] for row in csv.DictReader(handle) if row["type"] == "ambiguous"}


def test_the_sources_list_ambiguous_aliases_for_one_school() -> None:
    """Not vacuous: the tables the demo web reads do carry such aliases."""
    book = load_school_book()
    listed = {a for s in book.by_id.values() for a in s.aliases} & _ambiguous()
    assert {"U of M Medical School", "U of C Medicine"} <= listed


def test_no_ambiguous_alias_is_drawn() -> None:
    book = load_school_book()
    ambiguous = {a.casefold() for a in _ambiguous()}
    drawable = {a.casefold() for aliases in book.unique_aliases.values() for a in aliases}
    assert not drawable & ambiguous
    rng = random.Random(7)
    carriers = [s for s in book.by_id.values() if set(s.aliases) & _ambiguous()]
    rendered = {render_school(rng, s).casefold() for s in carriers for _ in range(400)}
    assert not rendered & ambiguous
    assert len(rendered) > len(carriers)  # each carrier is still written in several forms
