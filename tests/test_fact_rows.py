"""The label–value fragment reader (``extract.fact_rows``): the shape it gives a fact sheet's
rows, and the facts those rows then state.

Rows are written by hand in the ways program fact sheets and directory entries write them;
expected values are what each row plainly says, never the extractor's output.
"""

from __future__ import annotations

import pytest

from extract.fact_rows import fragments
from tests.facts_families import facts_of, stored_facts_of


def texts(unit: str) -> list[str]:
    return [f.text for f in fragments(unit)]


# --- shape --------------------------------------------------------------------------------------


def test_a_unit_without_a_fragment_shape_is_itself() -> None:
    unit = "We sponsor J-1 visas for residents who match with us."
    assert texts(unit) == [unit]


def test_a_list_of_marked_items_is_one_row_per_item() -> None:
    assert texts("Visa types: H-1B \u2714 \u00b7 J-1 \u2718") == ["H-1B: yes", "J-1: no"]


def test_marks_before_the_items_read_as_marks_after_them() -> None:
    assert texts("\u2718 J-1 \u00b7 \u2714 H-1B") == ["J-1: no", "H-1B: yes"]


def test_items_answered_yes_or_no_are_rows_and_a_reason_after_a_dash_its_own() -> None:
    assert texts("Visa support: H-1B yes, J-1 no \u2014 ask the GME office") == [
        "H-1B: yes",
        "J-1: no",
        "ask the GME office",
    ]


def test_a_bar_between_fields_makes_two_rows() -> None:
    assert texts("IMGs \u2014 considered | Interview format: virtual") == [
        "IMGs: considered",
        "Interview format: virtual",
    ]


def test_a_value_over_every_listed_item_keeps_the_fields_together() -> None:
    unit = "J-1 | H-1B: either is possible"
    assert texts(unit) == [unit]


def test_a_dash_before_a_clause_is_no_label() -> None:
    unit = "H-1B only \u2014 we cannot sponsor J-1 visas."
    assert texts(unit) == [unit]


def test_a_sentence_with_marks_stands_apart_from_the_prose_around_it() -> None:
    unit = "Do we take IMGs? Yes. \u2718 H-1B."
    assert texts(unit) == ["Do we take IMGs? Yes.", "H-1B: no"]


def test_the_page_words_stay_beside_the_spelled_out_row() -> None:
    (row,) = fragments("USCE req'd: 3 mos")
    assert (row.text, row.source) == ("USCE required: 3 months", "USCE req'd: 3 mos")


# --- facts the rows state ----------------------------------------------------------------------

ROWS = [
    # marks as values and as lists
    ("Visa types: H-1B \u2714 \u00b7 J-1 \u2718", {"visa_h1b": True, "visa_j1": False}),
    ("Visas: \u2718 J-1 \u00b7 \u2718 H-1B", {"visa_j1": False, "visa_h1b": False}),
    ("H-1B: \u274c", {"visa_h1b": False}),
    ("\u2718 H-1B visa sponsorship", {"visa_h1b": False}),
    (
        "Visa support: H-1B yes; J-1 no \u2014 see the GME office",
        {"visa_h1b": True, "visa_j1": False},
    ),
    ("\u2718 Foreign medical graduates", {"accepts_img": False}),
    # dashes and bars
    # comparison signs, "+", min./max., units of time, cert., req'd
    ("USCE req'd: 3 mos", {"usce_required_months": 3}),
    ("Clinical exp. in the US: min. 2 mos", {"usce_required_months": 2}),
    ("Step 1 min.: 219", {"step1_min": 219}),
    ("CK min. 244", {"step2_min": 244}),
    # a FAQ written Q / A
    ("Q: Do you require a minimum Step 1? A: No.", {"step1_min": "none"}),
    # near misses: preferences, averages, questions, other programs settle nothing
    ("USCE pref'd: 3 mos", {}),
    ("Avg. CK of matched residents: 247", {}),
    ("Step 2 CK (avg.): 249", {}),
    ("J-1 \u2714 (sister program only)", {}),
    ("Q: Do you sponsor H-1B visas?", {}),
    ("IMGs \u2014 case by case", {}),
]


# Rows the sentence rules read before this reader existed; kept as guards that reading them
# through it changes nothing.
GUARDS = [
    ("J-1 visa sponsorship: \u2714", {"visa_j1": True}),
    ("Step 1 \u2014 minimum 221 | interviews in November", {"step1_min": 221}),
    ("Foreign medical graduates \u2013 considered | same deadlines", {"accepts_img": True}),
    ("Hands-on USCE \u2014 6 months minimum", {"usce_required_months": 6}),
    ("Step 2 CK: \u2265 232", {"step2_min": 232}),
    ("ECFMG cert. req'd before ranking", {"ecfmg_by": "rank order list deadline"}),
]


@pytest.mark.parametrize(("row", "expected"), ROWS + GUARDS)
def test_row_states(row: str, expected: dict[str, object]) -> None:
    assert facts_of(row) == expected


STORED_ROWS = [
    ("LORs from US physicians: 2 req'd", {"us_letters_required": True}),
    ("Research track \u2014 \u2718", {"research_track": False}),
]


@pytest.mark.parametrize(("row", "expected"), STORED_ROWS)
def test_row_states_a_stored_fact(row: str, expected: dict[str, object]) -> None:
    assert stored_facts_of(row) == expected


# --- round 15: separators, a lone answer before its reason, a unit in the label ---------------


@pytest.mark.parametrize(
    ("unit", "rows"),
    [
        ("Residency size = 30", ["Residency size: 30"]),
        ("Minimum Step 1 \u2192 219", ["Minimum Step 1: 219"]),
        ("Foreign graduates | considered", ["Foreign graduates: considered"]),
        ("Visa sponsorship \u00b7 J-1 only", ["Visa sponsorship: J-1 only"]),
        # two separators, or a label that opens a clause: no one label and value
        ("Step 1 | 220 | Step 2 CK | 230", ["Step 1: 220", "Step 2 CK: 230"]),
        ("We = a family", ["We = a family"]),
    ],
)
def test_a_units_one_separator_sets_off_its_label(unit: str, rows: list[str]) -> None:
    assert texts(unit) == rows


def test_items_split_by_slashes_are_rows() -> None:
    assert texts("Visas | H-1B no / J-1 yes") == ["H-1B: no", "J-1: yes"]


def test_a_lone_answer_before_a_dash_is_the_labels_and_the_rest_its_reason() -> None:
    assert texts("Accepts IMGs: Y \u2014 with ECFMG certificate") == [
        "Accepts IMGs: yes",
        "with ECFMG certificate",
    ]


def test_a_unit_in_the_labels_parentheses_goes_with_its_number() -> None:
    assert texts("Hands-on USCE (months): \u2265 4") == ["Hands-on USCE: at least 4 months"]


def test_a_short_form_ends_no_sentence_of_a_fragment_unit() -> None:
    assert texts("Max. years since M.D. = 3. IMG applications = yes.") == [
        "maximum years since graduation: 3.",
        "IMG applications: yes.",
    ]


def test_a_word_calling_attention_is_no_label_and_the_row_keeps_the_page_words() -> None:
    unit = "Reminder: letters from US physicians are required."
    assert [(f.text, f.source) for f in fragments(unit)] == [
        ("letters from US physicians are required.", unit)
    ]


def test_an_interjection_to_the_reader_is_no_label() -> None:
    assert texts("Hey, future applicants: we sponsor J-1 visas.") == ["we sponsor J-1 visas."]


def test_a_label_after_a_word_calling_attention_is_still_a_label() -> None:
    assert texts("Note: USCE: 3 months") == ["USCE: 3 months"]


def test_a_label_asked_as_a_question_is_answered_by_its_yes_or_no() -> None:
    assert texts("Second attempts allowed?: Nope, one sitting per Step") == [
        "Second attempts allowed? No. One sitting per Step"
    ]


ASKED_ROWS = [
    ("Repeat attempts OK?: No", {"first_attempt_required": True}),
    ("Foreign grads accepted?: No", {"accepts_img": False}),
    ("Will you sponsor a J-1?: No", {"visa_j1": False}),
    ("Foreign grads welcome?: Nope, only US MD and DO graduates", {"accepts_img": False}),
    # near miss: a question on no fact, answered
    ("Interview travel reimbursed?: No", {}),
]


@pytest.mark.parametrize(("row", "expected"), ASKED_ROWS)
def test_a_question_row_states_what_its_answer_makes_of_it(
    row: str, expected: dict[str, object]
) -> None:
    assert facts_of(row) == expected
