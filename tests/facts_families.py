"""What every test module of a blind set's miss families checks (``test_facts_*_set_families``).

Each of those modules writes, in its own words, the constructions one blind phrasing set's misses
showed (``GROUPS``: printed facts; ``STORED``: facts that go to the database only) and binds the
four tests :func:`family_tests` returns: every sentence gives exactly its expected facts, none of
them is one of that set's templates filled in (or one of its table rows), and the cue prefilter
keeps every sentence that states a fact.
"""

from __future__ import annotations

import re
from types import ModuleType

import pytest

from extract.facts import extract_facts, may_state_a_fact

FETCHED = "2026-10-01T00:00:00Z"
Cases = dict[str, list[tuple[str, dict[str, object]]]]


def facts_of(text: str) -> dict[str, object]:
    found = extract_facts(
        text, "https://example.org/apply", content_type="text", fetched_at=FETCHED
    )
    return {f.fact: f.value for f in found if f.printed}


def stored_facts_of(text: str) -> dict[str, object]:
    """The facts that go to the database only (letters, preliminary positions, totals)."""
    found = extract_facts(
        text, "https://example.org/apply", content_type="text", fetched_at=FETCHED
    )
    return {f.fact: f.value for f in found if not f.printed}


def _params(groups: Cases) -> list:
    return [
        pytest.param(s, e, id=f"{name}-{i}")
        for name, group in groups.items()
        for i, (s, e) in enumerate(group)
    ]


def sentence_tests(groups: Cases, stored: Cases | None = None) -> tuple:
    """The tests of a module of sentences in our own words, for it to bind to module-level
    ``test_`` names: every sentence gives exactly its expected printed facts (``groups``) or
    stored facts (``stored``; no test when ``None``), and the cue prefilter keeps every sentence
    that states a fact."""
    stored = stored or {}

    @pytest.mark.parametrize(("sentence", "expected"), _params(groups))
    def test_sentence_commits_the_program_to(sentence: str, expected: dict[str, object]) -> None:
        assert facts_of(sentence) == expected

    @pytest.mark.parametrize(("sentence", "expected"), _params(stored))
    def test_sentence_states_a_stored_fact(sentence: str, expected: dict[str, object]) -> None:
        assert stored_facts_of(sentence) == expected

    def test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact() -> None:
        stating = [s for g in (*groups.values(), *stored.values()) for s, e in g if e]
        assert [s for s in stating if not may_state_a_fact(s)] == []

    return (
        test_sentence_commits_the_program_to,
        test_sentence_states_a_stored_fact,
        test_the_cue_prefilter_keeps_every_sentence_that_states_a_fact,
    )


def family_tests(blind: ModuleType, groups: Cases, stored: Cases) -> tuple:
    """The four tests of a families module, for it to bind to module-level ``test_`` names."""
    commits, states_stored, prefilter_keeps = sentence_tests(groups, stored)

    def test_no_sentence_here_is_the_blind_sets_template() -> None:
        """These are the constructions in our own words: no template of the blind set, filled
        in with any number or word, nor any of its table rows."""
        templates = [t for ts in blind.PHRASINGS.values() for t in ts]
        templates += [f"{label}: {value}" for label, value in blind.ROWS.values()]
        filled = [re.compile(re.sub(r"\\\{\w+\\\}", r".+", re.escape(t))) for t in templates]
        ours = [s for g in (*groups.values(), *stored.values()) for s, _ in g]
        assert [s for s in ours if any(p.fullmatch(s) for p in filled)] == []

    return commits, states_stored, test_no_sentence_here_is_the_blind_sets_template, prefilter_keeps
