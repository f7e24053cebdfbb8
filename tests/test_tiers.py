"""Tiers for applicant profiles: hand-derived cases and monotonicity properties.

Expected strengths are worked out by hand from scoring/weights.py (tiers-v2): a matching
resident counts 1.0 in the three newest classes, 0.6 before; x0.6 for the other IMG group
(Caribbean vs not); plus 2.0 x the share of classes holding one; plus 1.0 per alumnus; solid
from 1.5.
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scoring.facts import ProgramFacts, RosterEntry, program_facts
from scoring.profile import CONNECTION_KINDS, Connection, Profile
from scoring.tiers import SCORE_VERSION, TIERS, precedent_for, tier_program, tier_programs

NEWEST = 2033
MD = [RosterEntry("US_MD", y) for y in range(2027, 2034)]  # one US MD per class, 7 classes


def prog(*entries, pid="p1", state="NY", policy=None):
    return ProgramFacts(program_id=pid, name=f"Program {pid}", state=state, roster=(*MD, *entries),
                        newest_class_year=NEWEST, policy=policy or {})


def img(year, caribbean=False, school="ama-1"):
    return RosterEntry("IMG", year, school, caribbean)


def profile(*conns, kind="us_img", top=(), caribbean=None, school_id=None, **kw):
    return Profile(name="t", applicant_type=kind, connections=list(conns), top_tier_programs=list(top),
                   school_caribbean=caribbean, school_id=school_id, **kw)


def test_two_recent_img_residents_and_research_year_is_tier_1():
    # 1.0 + 1.0 + 2.0 * 2/7 = 2.57: solid.
    r = tier_program(prog(img(2031), img(2033)), profile(Connection("p1", "research_year")))
    assert (r.tier, r.strength, r.precedent) == ("Tier 1", 2.57, 2)
    assert "2 IMG residents of 9 on the current roster (0 from Caribbean schools)" in r.reasons
    assert "2 in the last 3 classes (classes of 2031-2033)" in r.reasons
    assert "you did research years here" in r.reasons
    assert r.score_version == SCORE_VERSION


def test_one_old_img_resident_is_minimal_so_a_sub_i_gives_tier_2():
    # 0.6 + 2.0 * 1/7 = 0.89: minimal precedent.
    r = tier_program(prog(img(2027)), profile(Connection("p1", "away_rotation")))
    assert (r.tier, r.strength) == ("Tier 2", 0.89)


def test_consistency_one_img_in_most_classes_beats_the_same_count_in_one_class():
    spread = precedent_for(prog(img(2027), img(2029), img(2031)), profile())
    bunched = precedent_for(prog(img(2031), img(2031), img(2031)), profile())
    # spread: 0.6 + 0.6 + 1.0 + 2.0 * 3/7 = 3.06; bunched: 3.0 + 2.0 * 1/7 = 3.29.
    assert (spread.strength, bunched.strength) == (3.06, 3.29)
    assert (spread.classes_with, bunched.classes_with) == (3, 1)


def test_caribbean_residents_count_less_for_a_non_caribbean_img_and_vice_versa():
    p = prog(img(2032, caribbean=True))
    # same group: 1.0 + 2/7*2 = 1.29; other group: 0.6 + 0.29 = 0.89.
    assert precedent_for(p, profile(caribbean=True)).strength == 1.29
    assert precedent_for(p, profile(caribbean=False)).strength == 0.89
    assert precedent_for(p, profile(caribbean=None)).strength == 1.29


def test_an_alumnus_of_your_school_makes_one_resident_solid_precedent():
    p = prog(img(2032, school="ama-42201"))
    mine = profile(Connection("p1", "alumni_contact"), school_id="ama-42201", school_canonical="SGU")
    r = tier_program(p, mine)
    # 1.0 + 2/7*2 + 1.0 = 2.29
    assert (r.tier, r.strength, r.alumni) == ("Tier 1", 2.29, 1)
    assert "1 graduate of SGU trains here (class of 2032)" in r.reasons


def test_minimal_precedent_with_only_an_alumni_contact_stays_broad():
    r = tier_program(prog(img(2027)), profile(Connection("p1", "alumni_contact")))
    assert r.tier == "Broad"


def test_no_precedent_and_only_an_alumni_contact_is_unlikely():
    assert tier_program(prog(), profile(Connection("p1", "alumni_contact"))).tier == "Unlikely"


def test_no_precedent_but_mentor_here_is_tier_2():
    assert tier_program(prog(), profile(Connection("p1", "mentor_encourages"))).tier == "Tier 2"


def test_top_tier_with_advocate_is_tier_3_and_never_tier_1():
    r = tier_program(prog(img(2031), img(2033)), profile(Connection("p1", "mentor_advocate"), top=["p1"]))
    assert r.tier == "Tier 3"
    assert "on your top-tier list" in r.reasons


def test_top_tier_without_an_advocate_says_what_tier_3_needs():
    r = tier_program(prog(img(2031), img(2033)), profile(Connection("p1", "away_rotation"), top=["Program P1"]))
    assert r.tier == "Broad"
    assert any("Tier 3 needs a mentor with ties" in x for x in r.reasons)


def test_precedent_without_connection_is_broad_and_names_outreach():
    r = tier_program(prog(img(2033)), profile())
    assert r.tier == "Broad"
    assert "no strong connection yet: a candidate for outreach" in r.reasons


def test_do_applicant_counts_do_residents_not_img():
    do = profile(kind="do")
    assert tier_program(prog(RosterEntry("US_DO", 2032), RosterEntry("US_DO", 2033)), do).tier == "Broad"
    assert tier_program(prog(img(2032), img(2033)), do).tier == "Unlikely"


def test_connection_by_program_name_matches_case_and_spacing_insensitively():
    r = tier_program(prog(img(2031), img(2033)), profile(Connection("  program   P1 ", "away_rotation")))
    assert r.tier == "Tier 1"


@pytest.mark.parametrize("policy,applicant,words", [
    ({"visa_j1": False}, {"needs_visa": "J-1", "kind": "non_us_img"}, "does not sponsor J-1"),
    ({"accepts_img": False}, {}, "does not accept IMGs"),
    ({"step2_min": 240}, {"step2_ck": 232}, "under the program's stated minimum 240"),
    ({"first_attempt_required": True}, {"step1": "pass", "step1_attempts": 2}, "first attempt"),
])
def test_a_stated_policy_that_rules_you_out_keeps_a_program_out_of_tier_1(policy, applicant, words):
    r = tier_program(prog(img(2031), img(2033), policy=policy), profile(Connection("p1", "research_year"), **applicant))
    assert r.tier == "Tier 2"
    assert any(words in x and "not Tier 1" in x for x in r.reasons)


def test_graduation_year_limit_needs_the_match_year():
    p = prog(img(2031), img(2033), policy={"yog_limit_years": 3})
    me = profile(Connection("p1", "research_year"), graduation_year=2021)
    assert tier_program(p, me).tier == "Tier 1"  # no match year: the limit cannot be checked
    assert tier_program(p, me, match_year=2027).tier == "Tier 2"


def test_ranking_puts_better_tiers_first_then_stronger_precedent_then_preferred_states():
    programs = [prog(pid="a"), prog(img(2033), pid="b"), prog(img(2031), img(2033), pid="c"),
                prog(img(2033), pid="d", state="TX")]
    ranked = tier_programs(programs, profile(Connection("c", "alumni_contact"), preferred_states=["TX"]))
    assert [r.program_id for r in ranked] == ["c", "d", "b", "a"]


def test_facts_from_plain_rows():
    programs = [{"program_id": "x", "program": "X Program", "state": "NY", "specialty": "neurosurgery"},
                {"program_id": "y", "program": "Y Program", "specialty": "neurology"}]
    residents = [
        {"program_id": "x", "school_kind": "IMG", "class_year": 2030, "school_id": "ama-1", "caribbean": 1,
         "source_url": "http://x/roster"},
        {"program_id": "x", "school_kind": "US_MD", "class_year": 2033},
        {"program_id": "y", "school_kind": "US_DO", "class_year": 2029},
        {"program_id": "z", "school_kind": "IMG", "class_year": 2040},  # no such program: ignored
    ]
    x, y = program_facts(programs, residents)
    assert (x.img, x.do, x.residents, x.class_years, x.newest_class_year) == (1, 0, 2, [2030, 2033], 2033)
    assert x.roster[0].caribbean is True and x.evidence_url == "http://x/roster"
    assert (y.do, y.newest_class_year, y.positions_per_year) == (1, 2029, 1.0)


# --- properties ------------------------------------------------------------------------------

years = st.one_of(st.none(), st.integers(2025, 2035))
entries = st.builds(RosterEntry, school_kind=st.sampled_from(["US_MD", "US_DO", "CA", "IMG", "UNKNOWN"]),
                    class_year=years, school_id=st.sampled_from([None, "ama-1", "lecom", "harvard"]),
                    caribbean=st.booleans())
facts = st.builds(ProgramFacts, program_id=st.just("p1"), name=st.just("Program p1"),
                  state=st.sampled_from(["NY", "TX", None]), roster=st.lists(entries, max_size=20).map(tuple),
                  newest_class_year=st.sampled_from([None, 2033]),
                  policy=st.sampled_from([{}, {"visa_j1": False, "step2_min": 250}]))
conn_lists = st.lists(st.sampled_from(CONNECTION_KINDS), max_size=3)
profiles = st.builds(
    lambda kind, conns, top, school, car, visa: Profile(
        name="h", applicant_type=kind, connections=[Connection("p1", c) for c in conns],
        top_tier_programs=["p1"] if top else [], school_id=school, school_caribbean=car, needs_visa=visa,
        step2_ck=240),
    st.sampled_from(["us_img", "non_us_img", "do", "us_md"]), conn_lists, st.booleans(),
    st.sampled_from([None, "ama-1", "lecom"]), st.sampled_from([None, True, False]), st.sampled_from([None, "J-1"]),
)
PATH = {"us_img": "IMG", "non_us_img": "IMG", "do": "US_DO", "us_md": "US_MD"}


@given(facts, profiles, st.sampled_from(CONNECTION_KINDS))
def test_adding_a_connection_never_lowers_the_tier(p, me, extra):
    before = tier_program(p, me).tier
    me.connections.append(Connection("p1", extra))
    assert TIERS.index(tier_program(p, me).tier) <= TIERS.index(before)


@given(facts, profiles, years, st.booleans(), st.sampled_from([None, "ama-1", "lecom"]))
def test_adding_precedent_never_lowers_the_tier_or_strength(p, me, year, caribbean, school):
    before = tier_program(p, me)
    p.roster = (*p.roster, RosterEntry(PATH[me.applicant_type], year, school, caribbean))
    after = tier_program(p, me)
    assert TIERS.index(after.tier) <= TIERS.index(before.tier)
    assert after.strength >= before.strength


@given(facts, profiles)
def test_no_precedent_and_no_connection_is_unlikely(p, me):
    p.roster = tuple(r for r in p.roster if r.school_kind != PATH[me.applicant_type] and r.school_id != me.school_id)
    me.connections = []
    assert tier_program(p, me).tier == "Unlikely"


@given(st.lists(facts, max_size=6), profiles)
def test_tiers_are_deterministic(programs, me):
    for i, p in enumerate(programs):
        p.program_id = f"p{i}"  # names stay alike on purpose: ties must still sort stably
    first = [r.as_row() for r in tier_programs(programs, me)]
    again = [r.as_row() for r in tier_programs(list(reversed(programs)), me)]
    assert first == again
