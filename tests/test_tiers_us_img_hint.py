"""The US-citizen-IMG hint reaches a US-IMG applicant's reasons (and nobody else's)."""

from __future__ import annotations

from scoring.facts import ProgramFacts, RosterEntry
from scoring.profile import Profile
from scoring.tiers import tier_program


def program(*entries):
    return ProgramFacts(program_id="p1", name="Program p1", state="NY", roster=tuple(entries))


def test_us_img_applicant_is_told_how_many_imgs_look_like_us_citizens():
    p = program(RosterEntry("IMG", 2030, us_img_hint=True), RosterEntry("IMG", 2031),
                RosterEntry("US_MD", 2031, us_img_hint=True))  # a US MD is never counted
    r = tier_program(p, Profile(name="u", applicant_type="us_img"))
    assert any("1 IMG resident with a US college or hometown" in reason for reason in r.reasons)


def test_non_us_img_applicant_is_not_told():
    p = program(RosterEntry("IMG", 2030, us_img_hint=True))
    r = tier_program(p, Profile(name="n", applicant_type="non_us_img"))
    assert not any("US college or hometown" in reason for reason in r.reasons)
