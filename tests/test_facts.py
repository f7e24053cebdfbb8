"""Program facts from program pages: negations, conditions, preferences, averages, FAQ and tables.

Expected values are written by hand from the sentences (and, for the demo web, taken from its
truth), never from running the extractor.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from demoweb.server import RunningWeb, running_web
from extract.facts import PRINTED_FACTS, extract_facts
from tests.test_demoweb import fetch


def facts_of(text: str) -> dict[str, object]:
    return {
        f.fact: f.value
        for f in extract_facts(text, "https://example.org/apply", content_type="text")
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # visas: negations and "only"
        ("We sponsor J-1 visas only.", {"visa_j1": True, "visa_h1b": False}),
        ("J-1 only; we do not sponsor H-1B visas.", {"visa_j1": True, "visa_h1b": False}),
        ("We do not sponsor H-1B visas.", {"visa_h1b": False}),
        ("We sponsor both J-1 and H-1B visas.", {"visa_j1": True, "visa_h1b": True}),
        ("We do not sponsor visas.", {"visa_j1": False, "visa_h1b": False}),
        (
            "Unfortunately, the program cannot offer visa sponsorship.",
            {"visa_j1": False, "visa_h1b": False},
        ),
        ("Do you sponsor H-1B visas?", {}),
        # IMG eligibility
        ("International medical graduates are welcome to apply.", {"accepts_img": True}),
        ("We do not accept international medical graduates.", {"accepts_img": False}),
        (
            "Only graduates of LCME-accredited medical schools will be considered.",
            {"accepts_img": False},
        ),
        # ECFMG: requirement with a deadline, not a preference
        (
            "ECFMG certification is required by the rank order list deadline.",
            {"ecfmg_by": "rank order list deadline"},
        ),
        ("ECFMG certification is preferred at the time of application.", {}),
        # US clinical experience: preferred is not required
        ("US clinical experience strongly preferred.", {}),
        ("US clinical experience is strongly preferred.", {}),
        ("US clinical experience is not required.", {"usce_required_months": 0}),
        (
            "US clinical experience is required.",
            {"usce_required_months": "required, duration not stated"},
        ),
        (
            "A minimum of 3 months of US clinical experience is required.",
            {"usce_required_months": 3},
        ),
        ("One year of U.S. clinical experience is required.", {"usce_required_months": 12}),
        # scores: averages are not minimums; "no minimum"; relative floors
        ("Minimum Step 2 CK score of 230.", {"step2_min": 230}),
        ("The average Step 2 CK score of our current residents is 245.", {}),
        ("Our matched applicants had a mean Step 1 score of 238.", {}),
        ("There is no minimum Step 1 score.", {"step1_min": "none"}),
        ("There is no minimum COMLEX score.", {"comlex_min": "none"}),
        ("Minimum scores: Step 1 220, Step 2 CK 230.", {"step1_min": 220, "step2_min": 230}),
        (
            "A Step 2 CK score at or above the 15th percentile is required.",
            {"step2_min": "15th percentile"},
        ),
        ("DO applicants must have a COMLEX Level 2-CE score of at least 500.", {"comlex_min": 500}),
        # attempts
        ("All USMLE steps must be passed on the first attempt.", {"first_attempt_required": True}),
        ("No more than one attempt on any Step.", {"first_attempt_required": True}),
        (
            "Step 2 CK must be passed on the first attempt.",
            {"first_attempt_required": "Step 2 CK only"},
        ),
        (
            "Applicants with more than one attempt will be considered.",
            {"first_attempt_required": False},
        ),
        # graduation year
        ("We do not accept applicants more than 3 years from graduation.", {"yog_limit_years": 3}),
        ("Applicants must have graduated within the last five years.", {"yog_limit_years": 5}),
        ("There is no limit on year of graduation.", {"yog_limit_years": "none"}),
        ("Recent graduates are preferred.", {}),
        # size
        ("We accept 2 residents per year.", {"positions_per_year": 2}),
        ("We match 4-5 residents each year.", {"positions_per_year": "4-5"}),
        ("The program has 14 residents in total.", {"total_residents": 14}),
        ("We also offer 2 preliminary positions.", {"preliminary_positions": 2}),
    ],
)
def test_sentence_states_exactly(sentence: str, expected: dict[str, object]) -> None:
    assert facts_of(sentence) == expected


def test_a_fact_stated_two_ways_on_one_page_is_not_settled() -> None:
    text = "We sponsor H-1B visas.\n\nWe do not sponsor H-1B visas."
    assert "visa_h1b" not in facts_of(text)


def test_every_fact_carries_its_sentence_url_and_a_confidence() -> None:
    text = "We sponsor J-1 visas only. The minimum USMLE Step 2 CK score is 225."
    found = extract_facts(text, "https://example.org/eligibility", content_type="text")
    assert {f.fact for f in found} == {"visa_j1", "visa_h1b", "step2_min"}
    for f in found:
        assert f.sentence in text and f.url == "https://example.org/eligibility"
        assert 0 < f.confidence <= 1


FAQ_HTML = b"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>FAQ</title></head><body>
<nav><a href="/">Home</a><a href="/faq.html">FAQ</a></nav><main><h1>FAQ</h1>
<details><summary>Do you sponsor H-1B visas?</summary><p>J-1 only.</p></details>
<details><summary>Is US clinical experience required?</summary>
<p>US clinical experience is strongly preferred.</p></details>
<table><tr><th>Requirement</th><th>Policy</th></tr>
<tr><td>Minimum USMLE Step 2 CK score</td><td>None</td></tr>
<tr><td>Average Step 2 CK of matched residents</td><td>247</td></tr>
<tr><td>Positions per year</td><td>3</td></tr></table></main></body></html>"""


def test_faq_answers_and_table_rows_but_not_questions_or_averages() -> None:
    found = {f.fact: (f.value, f.sentence) for f in extract_facts(FAQ_HTML, "https://x.org/faq")}
    assert found == {
        "visa_j1": (True, "J-1 only."),
        "visa_h1b": (False, "J-1 only."),
        "step2_min": ("none", "Minimum USMLE Step 2 CK score: None"),
        "positions_per_year": (3, "Positions per year: 3"),
    }


# --- the CLI contract --------------------------------------------------------------------------


def run_cli(*args: str) -> tuple[int, list[dict[str, object]], str]:
    from click.testing import CliRunner

    from crawler.cli import main

    result = CliRunner().invoke(main, ["facts", *args])
    lines = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    return result.exit_code, lines, result.output


def test_cli_prints_one_json_object_per_fact(tmp_path) -> None:
    page = tmp_path / "faq.html"
    page.write_bytes(FAQ_HTML)
    code, lines, _ = run_cli(str(page))
    assert code == 0
    assert [set(x) for x in lines] == [{"fact", "value", "sentence", "confidence"}] * 4
    assert {(x["fact"], json.dumps(x["value"])) for x in lines} == {
        ("visa_j1", "true"),
        ("visa_h1b", "false"),
        ("step2_min", '"none"'),
        ("positions_per_year", "3"),
    }


def test_cli_reads_text_and_prints_only_the_eleven_facts(tmp_path) -> None:
    page = tmp_path / "apply.txt"
    page.write_text(
        "How to Apply\n\nWe offer a dedicated research track. The program has 20 residents in "
        "total.\n\nWe do not sponsor H-1B visas.\n",
        encoding="utf-8",
    )
    code, lines, _ = run_cli(str(page))
    assert code == 0
    assert lines == [
        {
            "fact": "visa_h1b",
            "value": False,
            "sentence": "We do not sponsor H-1B visas.",
            "confidence": lines[0]["confidence"],
        }
    ]
    assert all(x["fact"] in PRINTED_FACTS for x in lines)


def test_cli_names_a_missing_file(tmp_path) -> None:
    code, _, output = run_cli(str(tmp_path / "nope.html"))
    assert code != 0 and "no such file" in output


# --- the demo web's info pages against truth (dev split) ----------------------------------------


@pytest.fixture(scope="module")
def web() -> Iterator[RunningWeb]:
    with running_web(programs=60, seed=7, year=2026) as running:
        yield running


def test_demo_web_dev_info_pages_state_what_the_truth_says(web: RunningWeb) -> None:
    checked = 0
    for program in web.truth["programs"]:
        if program["split"] != "dev":
            continue
        for url in [program["website"], *program["info_urls"]]:
            status, headers, body = fetch(url)
            assert status == 200
            found = extract_facts(body, url, headers=headers)
            got = {(f.fact, json.dumps(f.value), f.sentence) for f in found}
            want = {
                (f["fact"], json.dumps(f["value"]), f["sentence"])
                for f in program["facts"]
                if f["url"] == url
            }
            assert got == want, url
            checked += len(want)
    assert checked > 150


def test_demo_web_traps_yield_no_fact(web: RunningWeb) -> None:
    traps = [t for p in web.truth["programs"] if p["split"] == "dev" for t in p["fact_traps"]]
    assert traps
    for trap in traps:
        assert facts_of(trap["sentence"]) == {}, trap
