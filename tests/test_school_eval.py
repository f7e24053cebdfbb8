"""The labelled evaluation set holds the issue's targets (labels were written by hand or
drawn from the source rows, never from the linker's output; see tests/data/schools/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from enrich.evaluate import evaluate, read_eval
from enrich.schools import get_linker

EVAL = Path(__file__).parent / "data" / "schools" / "eval_strings.csv"


@pytest.fixture(scope="module")
def rows():
    return read_eval(EVAL)


def test_eval_set_is_big_enough_and_split(rows):
    assert len(rows) >= 500
    assert {r["split"] for r in rows} == {"dev", "test"}


@pytest.mark.parametrize("split", ["dev", "test"])
def test_targets(rows, split):
    rep = evaluate(rows, get_linker(open_only=False), split)
    assert rep.kind_accuracy >= 0.99
    assert rep.id_accuracy >= 0.97


def test_open_data_only_never_says_us_for_a_foreign_school(rows):
    rep = evaluate(rows, get_linker(open_only=True), "all")
    wrong = sum(
        n
        for (gold, got), n in rep.confusion.items()
        if gold == "IMG" and got != "IMG" and got != "UNKNOWN"
    )
    assert wrong == 0  # see the figures in enrich/data/README.md
