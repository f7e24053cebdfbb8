"""Tiers for applicant profiles: hand-derived expectations and monotonicity properties."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scoring.profile import CONNECTION_KINDS, Connection, Profile, ProfileError, parse_profile
from scoring.tiers import TIERS, ProgramFacts, tier_program, tier_programs


def prog(pid="p1", img=0, do=0, residents=14, state="NY"):
    return ProgramFacts(program_id=pid, name=f"Program {pid}", state=state, residents=residents, img=img, do=do)


def img_profile(*conns, top=()):
    return Profile(name="t", applicant_type="us_img", connections=list(conns), top_tier_programs=list(top))


def test_img_precedent_and_research_year_is_tier_1():
    r = tier_program(prog(img=2), img_profile(Connection("p1", "research_year")))
    assert r.tier == "Tier 1"
    assert any("2 IMG residents" in reason for reason in r.reasons)
    assert any("research" in reason for reason in r.reasons)


def test_no_precedent_but_mentor_here_is_tier_2():
    assert tier_program(prog(img=0), img_profile(Connection("p1", "mentor_encourages"))).tier == "Tier 2"


def test_top_tier_with_advocate_is_tier_3():
    r = tier_program(prog(img=0), img_profile(Connection("p1", "mentor_advocate"), top=["p1"]))
    assert r.tier == "Tier 3"


def test_precedent_without_connection_is_broad():
    assert tier_program(prog(img=1), img_profile()).tier == "Broad"


def test_nothing_is_unlikely():
    assert tier_program(prog(img=0, do=3), img_profile()).tier == "Unlikely"


def test_do_applicant_counts_do_residents_not_img():
    do_profile = Profile(name="d", applicant_type="do")
    assert tier_program(prog(img=0, do=2), do_profile).tier == "Broad"
    assert tier_program(prog(img=3, do=0), do_profile).tier == "Unlikely"


def test_connection_by_program_name_matches_case_insensitively():
    r = tier_program(prog(img=1), img_profile(Connection("program P1", "away_rotation")))
    assert r.tier == "Tier 1"


def test_ranking_puts_better_tiers_first():
    ranked = tier_programs([prog("a"), prog("b", img=1), prog("c", img=2)], img_profile(Connection("c", "alumni_contact")))
    assert [r.program_id for r in ranked] == ["c", "b", "a"]


facts = st.builds(
    ProgramFacts,
    program_id=st.just("p1"), name=st.just("Program p1"), state=st.sampled_from(["NY", "TX", None]),
    residents=st.integers(0, 40), img=st.integers(0, 6), do=st.integers(0, 6),
)
conn_lists = st.lists(st.sampled_from(CONNECTION_KINDS), max_size=3)
types = st.sampled_from(["us_img", "non_us_img", "do", "us_md"])


def _profile(kind, conns, top):
    return Profile(name="h", applicant_type=kind, connections=[Connection("p1", c) for c in conns],
                   top_tier_programs=["p1"] if top else [])


@given(facts, types, conn_lists, st.sampled_from(CONNECTION_KINDS), st.booleans())
def test_adding_a_connection_never_lowers_the_tier(p, kind, conns, extra, top):
    before = tier_program(p, _profile(kind, conns, top)).tier
    after = tier_program(p, _profile(kind, [*conns, extra], top)).tier
    assert TIERS.index(after) <= TIERS.index(before)


@given(facts, types, conn_lists, st.booleans(), st.integers(1, 4))
def test_adding_precedent_never_lowers_the_tier(p, kind, conns, top, more):
    prof = _profile(kind, conns, top)
    before = tier_program(p, prof).tier
    p.img, p.do, p.residents = p.img + more, p.do + more, p.residents + 2 * more
    assert TIERS.index(tier_program(p, prof).tier) <= TIERS.index(before)


@given(facts, st.sampled_from(["us_img", "non_us_img", "do"]), st.booleans())
def test_no_precedent_and_no_connection_is_unlikely(p, kind, top):
    p.img = p.do = 0
    assert tier_program(p, _profile(kind, [], top)).tier == "Unlikely"


def test_profile_errors_name_the_field():
    with pytest.raises(ProfileError, match="applicant.type"):
        parse_profile({"applicant": {"type": "astronaut"}})
    with pytest.raises(ProfileError, match=r"connections\[0\]"):
        parse_profile({"applicant": {"type": "do"}, "connections": [{"program": "x", "kind": "friend"}]})
    with pytest.raises(ProfileError, match="step2_ck"):
        parse_profile({"applicant": {"type": "do", "step2_ck": 900}})
