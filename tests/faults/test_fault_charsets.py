"""Wrong and missing charsets: cp1252 bytes labelled UTF-8, UTF-8 bytes with no header charset
and a ``<meta charset=windows-1252>``, and a UTF-8 BOM.

Names with diacritics come out as the truth spells them (no mojibake, no U+FFFD); the raw bytes
are archived as served; the other programs keep their residents.
"""

from __future__ import annotations

import pytest

from tests.faults.conftest import clean, crawl, with_fault

KINDS = ("cp1252_mislabel", "charset_meta", "bom")


@pytest.fixture(scope="module")
def run(fault_web, tmp_path_factory):
    truth = fault_web.truth
    faulted = {kind: with_fault(truth, kind, 1)[0] for kind in KINDS}
    control = clean(truth, 1)
    result = crawl([*faulted.values(), *control], tmp_path_factory.mktemp("charsets"), web=fault_web)
    return faulted, control, result


def test_run_completes(run):
    run[2].assert_completed()


@pytest.mark.parametrize("kind", KINDS)
def test_residents_are_read(run, kind):
    program = run[0][kind]
    assert run[2].recall(program) >= 0.9, run[2].status(program["id"])


@pytest.mark.parametrize("kind", KINDS)
def test_no_mojibake_in_names_or_schools(run, kind):
    program = run[0][kind]
    residents = [i for i in run[2].items if i["item_type"] == "resident" and i["program_id"] == program["id"]]
    assert residents
    for resident in residents:
        text = f"{resident['name']} {resident.get('school_raw') or ''}"
        assert "\ufffd" not in text and "Ã" not in text and "Â" not in text and "\ufeff" not in text, text


def test_the_other_programs_lose_nothing(run):
    _, control, result = run
    for program in control:
        assert result.recall(program) >= 0.9
