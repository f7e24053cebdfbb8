"""The learned fallback reader (extract/fact_learned.py) and its wiring in extract_facts.

The sentences of ``OWN_WORDS`` are written for this module, in words of our own (no phrasing set
holds them); their expected values come from the fact contract (issue 11), never from running
the reader.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import socket
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from bench._common import FACTS_SCRIPT
from demoweb.wordings import labelled_wordings
from extract import fact_learned, facts
from extract.fact_learned import default_reader, readings, settled, train
from extract.facts import LEARNED_CONFIDENCE, LEARNED_THRESHOLD, extract_facts, learned_facts

PAGE = """<html><body><main><h1>Eligibility</h1>
<p>We sponsor J-1 visas through ECFMG.</p>
<p>Interns here must have finished medical school in the past four years.</p>
<p>A failed USMLE attempt will keep an applicant out of our pool.</p>
<p>Each summer, nine categorical interns start with us.</p>
</main></body></html>"""

OWN_WORDS = [
    (
        "Any failed try at a USMLE step makes an applicant ineligible here.",
        "first_attempt_required",
        True,
    ),
    ("We welcome international medical graduates.", "accepts_img", True),
    ("Our department has no minimum COMLEX score.", "comlex_min", "none"),
    ("The lowest Step 2 CK score we will consider is 225.", "step2_min", 225),
    ("We are not able to sponsor any visas.", "visa_j1", False),
    ("ECFMG certification has to be in hand by the time you interview.", "ecfmg_by", "interview"),
    ("The program matches 8 residents every year.", "positions_per_year", 8),
    ("U.S. clinical experience is not required to apply.", "usce_required_months", 0),
]

TRAPS = [  # preferences, averages and other bodies' rules: no fact of the program
    "Our matched interns averaged 249 on Step 2 CK last year.",
    "We prefer applicants who have some U.S. clinical experience.",
    "Many residencies elsewhere expect a Step 1 pass on the first try.",
    "Do you sponsor H-1B visas?",
]


def test_training_is_deterministic() -> None:
    data = labelled_wordings("dev") + labelled_wordings("heldout")
    a, b = train(data, seed=3, epochs=2), train(data, seed=3, epochs=2)
    assert a.labels == b.labels
    assert np.array_equal(a.weights, b.weights)


def test_reading_is_deterministic() -> None:
    first = readings([s for s, _, _ in OWN_WORDS])
    default_reader.cache_clear()
    assert readings([s for s, _, _ in OWN_WORDS]) == first


def test_loads_without_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the reader opened a socket")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    default_reader.cache_clear()
    assert default_reader().labels
    assert fact_learned.MODEL.endswith(".npz")


def test_every_added_fact_has_its_sentence_and_a_lower_confidence() -> None:
    rows = list(facts.read_rows(facts.html_units(PAGE)))
    added = learned_facts(rows, set(), "https://x.test/elig", threshold=0.5)
    assert added
    for fact in added:
        assert fact.sentence.strip() and fact.sentence in PAGE
        assert fact.confidence <= LEARNED_CONFIDENCE < 0.75


def test_never_overrides_a_rule() -> None:
    rules = extract_facts(PAGE, "https://x.test/elig", learned=False)
    both = extract_facts(PAGE, "https://x.test/elig", learned=True)
    assert rules
    by_fact = {f.fact: f for f in both}
    for fact in rules:
        assert by_fact[fact.fact] == fact
    read = {f.fact for f in rules}
    assert (
        not {f.fact for f in learned_facts(list(facts.read_rows(facts.html_units(PAGE))), read)}
        & read
    )


def test_switched_off_adds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(facts, "LEARNED_FALLBACK", False)
    assert extract_facts(PAGE, "https://x.test/elig") == extract_facts(
        PAGE, "https://x.test/elig", learned=False
    )


@pytest.mark.parametrize(("sentence", "fact", "value"), OWN_WORDS)
def test_own_words(sentence: str, fact: str, value: object) -> None:
    """The reader's best label; at the shipped threshold only the surest of these are added."""
    assert {r.fact: r.value for r in readings([sentence])}.get(fact) == value


@pytest.mark.parametrize("sentence", TRAPS)
def test_own_traps_add_nothing(sentence: str) -> None:
    assert not settled(readings([sentence]), LEARNED_THRESHOLD, set())


@pytest.mark.xfail(
    strict=True,
    reason="no development set states the H-1B alone as sponsored (only beside the J-1), so the "
    "reader takes a sentence that sponsors it alone for its denial",
)
def test_h1b_sponsored_alone() -> None:
    sentence = "We are glad to sponsor H-1B visas for our residents."
    assert {r.fact: r.value for r in readings([sentence])}.get("visa_h1b") is True


# Sentences of the precision suites (tests/test_facts*.py) on which the fallback, ungated, added a
# fact the suite says they do not state, at 0.98 or more; the gate (extract.facts.rules_refuse)
# refuses each for what the rules know of it (scope, time, a hedge, a denied demand, ...).
FORBIDDEN_WITHOUT_GATE = [
    "A COMLEX Level 2-CE score of 550 is not required.",
    "There is no limit to how many times we review your Step 2 CK score.",
    "H-1B sponsorship is not guaranteed.",
    "The NRMP itself sets no minimum Step 1 score.",
    "The Match has no minimum Step 2 CK score of its own.",
    "The requirement of two months of US clinical experience has been rescinded.",
    "Earlier work experience in U.S. hospitals is not needed to apply.",
    "No applicant is screened out solely on the basis of a COMLEX score.",
]


@pytest.mark.parametrize("sentence", FORBIDDEN_WITHOUT_GATE)
def test_fallback_states_no_fact_the_suites_forbid(sentence: str) -> None:
    rules = extract_facts(sentence, content_type="text", learned=False)
    assert extract_facts(sentence, content_type="text", learned=True) == rules


# What the gate refuses, in words of our own, one sentence for each thing the rules know: a
# reading the reader could give, and the contract forbids.
REFUSED = [
    ("step2_min", 230, "Our fellowship requires a Step 2 CK score of 230."),
    ("usce_required_months", 3, "Until 2024 we required three months of U.S. clinical experience."),
    ("step2_min", 240, "Residents we matched last year averaged 240 on Step 2 CK."),
    ("step1_min", 230, "A Step 1 score of 230 is not needed to apply."),
    ("visa_h1b", True, "H-1B sponsorship depends on funding each year."),
    ("usce_required_months", 0, "Volunteer experience in U.S. clinics is not needed."),
    ("step1_min", "none", "Applicants are not turned away only because of a Step 1 score."),
    ("visa_j1", True, "If you need a J-1 visa, ECFMG sponsors it."),
    (
        "ecfmg_by",
        "interview",
        "For questions about ECFMG certification before your interview, visit the GME office.",
    ),
]

# Plain statements of the program's rule: the gate lets the reader's reading through.
LET_THROUGH = [
    ("step2_min", 225, "The lowest Step 2 CK score we will consider is 225."),
    ("comlex_min", "none", "Our department has no minimum COMLEX score."),
    ("usce_required_months", 0, "U.S. clinical experience is not required to apply."),
    ("visa_j1", False, "We are not able to sponsor any visas."),
    (
        "first_attempt_required",
        True,
        "Any failed try at a USMLE step makes an applicant ineligible here.",
    ),
    ("ecfmg_by", "interview", "ECFMG certification has to be in hand by the time you interview."),
    ("positions_per_year", 8, "The program matches 8 residents every year."),
    # the applicant's visit for the interview is no pointer to someone to visit (round 46)
    (
        "ecfmg_by",
        "interview",
        "Have your ECFMG certificate ready in time for your interview visit.",
    ),
]


@pytest.mark.parametrize(("fact", "value", "sentence"), REFUSED)
def test_gate_refuses(fact: str, value: bool | int | str, sentence: str) -> None:
    assert facts.rules_refuse(fact, value, sentence)


@pytest.mark.parametrize(("fact", "value", "sentence"), LET_THROUGH)
def test_gate_lets_a_plain_rule_through(fact: str, value: bool | int | str, sentence: str) -> None:
    assert not facts.rules_refuse(fact, value, sentence)


@pytest.mark.parametrize(
    ("sentence", "fact", "value"),
    [
        ("The lowest Step 2 CK score we will consider is 225.", "step2_min", 225),
        ("Our department has no minimum COMLEX score.", "comlex_min", "none"),
    ],
)
def test_gated_fallback_still_adds_the_fact(sentence: str, fact: str, value: object) -> None:
    """Read as if the rules had missed it (no fact read on the page), at the shipped threshold."""
    rows = list(facts.read_rows(facts.text_units(sentence)))
    added = {f.fact: f.value for f in learned_facts(rows, set())}
    assert added == {fact: value}


# Round 49: sentences in our own words that name a fact's topic and a value but commit the program
# to neither, one group per kind a bag of words cannot tell from a plain rule: a negated demand, a
# hedge or wish, another party's rule, a condition, a figure. Each gives the reading it forbids.
NOT_THE_PROGRAMS_RULE = [
    # negated: the program does not ask for what is named
    (
        "yog_limit_years",
        5,
        "Applicants need not have finished medical school within the last five years.",
    ),
    ("step2_min", 240, "Our program does not ask for a Step 2 CK score of 240 or more."),
    (
        "usce_required_months",
        3,
        "Nobody here has ever been asked for three months of clinical work in the US.",
    ),
    (
        "first_attempt_required",
        True,
        "We have never turned an applicant away for a second try at Step 1.",
    ),
    # hedged or wished for
    ("step1_min", 230, "Interns who do well here usually bring Step 1 scores above 230."),
    (
        "usce_required_months",
        2,
        "Two months of hands-on US clinical work would strengthen an application.",
    ),
    (
        "ecfmg_by",
        "interview",
        "Ideally, ECFMG certification is complete before your interview day.",
    ),
    # another party's rule
    (
        "usce_required_months",
        3,
        "The program across town requires three months of U.S. clinical experience.",
    ),
    (
        "yog_limit_years",
        7,
        "The state medical board expects graduates to be no more than seven years out of school.",
    ),
    ("visa_h1b", True, "Several neighbouring residencies sponsor H-1B visas."),
    (
        "ecfmg_by",
        "rank order list deadline",
        "ECFMG, not this department, sets the deadline for certification before the Match.",
    ),
    # a condition
    ("visa_j1", True, "If you already hold a J-1 visa, bring your DS-2019 form to orientation."),
    ("step2_min", 220, "Should your Step 2 CK score be below 220, tell us why in your statement."),
    (
        "visa_h1b",
        True,
        "Applicants who need H-1B sponsorship should write to the coordinator first.",
    ),
    # a figure
    ("step2_min", 244, "The mean Step 2 CK score of this year's interns was 244."),
    ("step1_min", 236, "Our residents scored a median of 236 on Step 1."),
    ("usce_required_months", 4, "On average our new interns had spent four months in US clinics."),
]


@pytest.mark.parametrize(("fact", "value", "sentence"), NOT_THE_PROGRAMS_RULE)
def test_fallback_reads_no_rule_into_what_is_not_one(
    fact: str, value: bool | int | str, sentence: str
) -> None:
    """As if the rules had read nothing on the page, at the shipped threshold, gate and all."""
    rows = list(facts.read_rows(facts.text_units(sentence)))
    assert (fact, value) not in {(f.fact, f.value) for f in learned_facts(rows, set())}


@pytest.mark.parametrize(("fact", "value", "sentence"), NOT_THE_PROGRAMS_RULE)
def test_reader_alone_is_not_sure_of_what_is_not_a_rule(
    fact: str, value: bool | int | str, sentence: str
) -> None:
    """The reader without the gate: none of these readings reaches the shipped threshold (round
    49: scope features took the state board's seven years to 0.985)."""
    sure = settled(readings([sentence]), LEARNED_THRESHOLD, set())
    assert (fact, value) not in {(r.fact, r.value) for r in sure}


def _training_script() -> ModuleType:
    path = Path(__file__).resolve().parent.parent / "scripts" / "train_fact_reader.py"
    spec = importlib.util.spec_from_file_location("train_fact_reader", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_trains_on_development_sets_only() -> None:
    """A blind set is never a training voice; 43 and 44 (development material since round 46), 45
    and 46 (since round 49), 47 and 48 (since round 51), 49 and 50 (since round 53) and 51 and 52
    (since round 54) are."""
    script = _training_script()
    assert not set(script.BLIND_SETS) & set(script.DEVELOPMENT_SETS)
    assert {"independent43", "independent44", "independent45", "independent46"} <= set(
        script.DEVELOPMENT_SETS
    )
    assert {"independent47", "independent48"} <= set(script.DEVELOPMENT_SETS)
    assert {"independent49", "independent50"} <= set(script.DEVELOPMENT_SETS)
    assert {"independent51", "independent52"} <= set(script.DEVELOPMENT_SETS)
    assert {"independent41", "independent53", "independent54"} <= set(script.BLIND_SETS)


def test_leave_one_out_baseline_is_the_rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """``bench._common.facts_at_commit`` runs its script on a commit's ``extract/``: what it
    reports as the rules of a set's blind measurement must not hold that commit's fallback."""
    sentence = "Graduates of schools outside the country may apply on equal terms."
    page = f"<html><body><main><h1>Eligibility</h1><p>{sentence}</p></main></body></html>"
    monkeypatch.setattr(facts, "LEARNED_FALLBACK", True)
    monkeypatch.setattr(facts, "LEARNED_THRESHOLD", 0.5)  # so the fallback reads something here
    url = "https://x.test/elig"
    assert extract_facts(page, url, learned=True) != extract_facts(page, url, learned=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps([url, page]) + "\n"))
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(FACTS_SCRIPT, {})
    rules = [[f.fact, f.value] for f in extract_facts(page, url, learned=False)]
    assert json.loads(out.getvalue()) == rules


@pytest.mark.parametrize(
    ("label", "sentence", "expected"),
    [
        # a length of time beside a count is no second count (round 46)
        (
            "positions_per_year=n",
            "Our five-year program takes 3 new residents each July.",
            [("positions_per_year", 3)],
        ),
        (
            "total_residents=n",
            "The 7-year residency has 14 residents in all.",
            [("total_residents", 14)],
        ),
        # "every one" is a pronoun, no count
        (
            "positions_per_year=n",
            "We match 2 interns a year, and every one of them is interviewed in person.",
            [("positions_per_year", 2)],
        ),
        # a graduation window is a length: it stays the value
        (
            "yog_limit_years=n",
            "A three-year limit on time since graduation applies.",
            [("yog_limit_years", 3)],
        ),
        # still two counts: nothing
        ("positions_per_year=n", "We match 2 residents, sometimes 4, each year.", None),
    ],
)
def test_number_a_label_asks_for(label: str, sentence: str, expected: object) -> None:
    assert fact_learned.values(label, sentence) == expected


# Round 53: the veto (extract.facts.learned_veto). Each sentence is read as if the rules had read
# the fact given from it; the value is what the sentence plainly commits the program to or not.
WITHHELD = [  # a reading the sentence does not state: the veto withholds it
    ("visa_h1b", True, "We sponsor J-1 visas only; H-1B visas are not sponsored."),
    ("step2_min", "none", "The average Step 2 CK score of our matched applicants was 241."),
    (
        "usce_required_months",
        0,
        "We require four months of hands-on clinical experience in the United States.",
    ),
]
KEPT = [  # a right reading, or one the veto does not judge: it stands
    (
        "usce_required_months",
        4,
        "We require four months of hands-on clinical experience in the United States.",
    ),
    ("visa_j1", True, "We sponsor J-1 visas only; H-1B visas are not sponsored."),
    ("step2_min", 230, "Applicants need a Step 2 CK score of at least 230."),
    ("step1_min", "none", "We have no minimum Step 1 score."),
    ("ecfmg_by", "interview", "ECFMG certification must be complete before you interview with us."),
    # a double negative, which the reader reads as a denial: not judged
    (
        "usce_required_months",
        "required, duration not stated",
        "U.S. clinical experience is not optional, and no one without it is interviewed.",
    ),
    # facts the veto leaves alone (a one-exam rule, a double negative about IMGs)
    ("first_attempt_required", "Step 1 only", "Only Step 1 must be passed on the first attempt."),
    ("accepts_img", True, "Graduates of medical schools abroad are not ineligible here."),
]


def _as_read(fact: str, value: bool | int | str, sentence: str) -> facts.ProgramFact:
    return facts.ProgramFact(fact, value, sentence, "https://x.test/elig", 0.85)


@pytest.mark.parametrize(("fact", "value", "sentence"), WITHHELD)
def test_veto_withholds_a_wrong_reading(fact: str, value: bool | int | str, sentence: str) -> None:
    assert facts.learned_veto([_as_read(fact, value, sentence)]) == []


@pytest.mark.parametrize(("fact", "value", "sentence"), KEPT)
def test_veto_leaves_a_right_reading(fact: str, value: bool | int | str, sentence: str) -> None:
    read = _as_read(fact, value, sentence)
    assert facts.learned_veto([read]) == [read]


def test_veto_is_wired_with_the_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    """A wrong rules reading is withheld with the fallback on, kept with it off, and the
    fallback adds no other value of the fact in its place."""
    fact, value, sentence = WITHHELD[2]
    wrong = _as_read(fact, value, sentence)
    monkeypatch.setattr(facts, "rule_facts", lambda *a, **k: ([wrong], {fact}))
    page = f"<html><body><main><h1>Eligibility</h1><p>{sentence}</p></main></body></html>"
    assert extract_facts(page, wrong.url, learned=False) == [wrong]
    assert extract_facts(page, wrong.url, learned=True) == []
