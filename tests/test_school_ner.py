"""spaCy components: gazetteer mentions and school-shaped unknowns inside longer text."""

from __future__ import annotations

import pytest

from enrich.school_ner import build_school_nlp, find_school_mentions


def ids(text):
    return [(t, i) for _, _, t, i in find_school_mentions(text)]


def test_gazetteer_mention_has_school_id():
    text = "She earned her MBBS at King Edward Medical University in Lahore."
    assert ids(text) == [("King Edward Medical University", "ama-70401")]


def test_longest_alias_wins():
    text = "Graduated from the University of Washington School of Medicine in 2019."
    assert ids(text) == [("University of Washington School of Medicine", "uw")]


@pytest.mark.parametrize(
    "text,span",
    [
        (
            "MD from Bluegrass College of Osteopathic Medicine.",
            "Bluegrass College of Osteopathic Medicine",
        ),
        ("Attended Riverbend Medical College before residency.", "Riverbend Medical College"),
        (
            "Studied at Universidad Zeta de Ciencias Quiroga.",
            "Universidad Zeta de Ciencias Quiroga",
        ),
    ],
)
def test_unknown_school_shapes(text, span):
    assert (span, None) in ids(text)


def test_character_offsets():
    text = "MD, Lake Erie College of Osteopathic Medicine; residency at Cleveland Clinic"
    [(start, end, found, school_id)] = find_school_mentions(text)
    assert text[start:end] == found and school_id == "lecom"


def test_pipeline_components_are_registered():
    nlp = build_school_nlp()
    assert nlp.pipe_names == ["school_gazetteer_ruler", "school_shape_ruler"]


def test_empty_text():
    assert find_school_mentions("") == []
