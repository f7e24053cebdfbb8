"""Applicant profiles: every example loads and links; mistakes get errors naming the field."""

import pytest

from scoring.profile import ProfileError, load_profile, parse_profile
from tests.helpers import ROOT

EXAMPLES = ROOT / "examples" / "profiles"


@pytest.mark.parametrize("name,kind,school_id,caribbean", [
    ("us_img_research", "us_img", "ama-42201", True),
    ("do_applicant", "do", "kcu-com-joplin", False),
    ("non_us_img_visa", "non_us_img", "ama-70402", False),
])
def test_example_profiles_load_and_link_their_school(name, kind, school_id, caribbean):
    p = load_profile(EXAMPLES / f"{name}.yaml")
    assert (p.applicant_type, p.school_id, p.school_caribbean) == (kind, school_id, caribbean)
    assert p.warnings == []


def test_the_commented_example_sets_every_field():
    p = load_profile(EXAMPLES / "us_img_research.yaml")
    assert (p.step1, p.step1_attempts, p.step2_ck, p.graduation_year, p.needs_visa) == ("pass", 1, 246, 2025, None)
    assert p.preferred_states == ["NY", "NJ", "MI", "FL"] and p.backup_specialties == ["neurology"]
    assert {c.kind for c in p.connections} == {"research_year", "away_rotation", "mentor_encourages",
                                               "mentor_advocate", "alumni_contact"}
    assert p.top_tier_programs == ["1604356861", "1604964780"]


def _with(**applicant):
    return {"applicant": {"type": "us_img", **applicant}}


@pytest.mark.parametrize("data,match", [
    ({"applicant": {"type": "astronaut"}}, "applicant.type is 'astronaut'; use one of"),
    ({"applicant": {}}, "'type' is required"),
    ({"applicant": {"type": "do"}, "connections": [{"program": "x", "kind": "friend"}]}, r"connections\[0\]: kind 'friend'"),
    ({"applicant": {"type": "do"}, "connections": [{"kind": "away_rotation"}]}, r"connections\[0\]: 'program' is required"),
    ({"applicant": {"type": "do"}, "connections": "x"}, "'connections' must be a list"),
    (_with(step2_ck=900), "step2_ck must be a whole number from 150 to 300"),
    (_with(step2_ck="high"), "step2_ck must be a whole number"),
    (_with(step1="maybe"), "applicant.step1 is 'maybe'; use pass or fail"),
    (_with(step1_attempts=2), "step1_attempts is given but applicant.step1 is not"),
    (_with(needs_visa="O-1"), "needs_visa is 'O-1'; use null, J-1 or H-1B"),
    (_with(graduation_year=25), "graduation_year must be a whole number from 1950"),
    ({**_with(), "geography": {"preferred_states": ["New York"]}}, "'NEW YORK' is not a US state code"),
    ({**_with(), "geography": {"preferred_states": ["NY"], "avoid_states": ["ny"]}}, "NY is both preferred and avoided"),
    ({**_with(), "conections": []}, "unknown key 'conections'; known keys:"),
    ({"applicant": {"type": "do", "step_2": 240}}, "applicant: unknown key 'step_2'"),
    ([1, 2], "expected a mapping at the top level"),
])
def test_mistakes_get_errors_naming_the_field(data, match):
    with pytest.raises(ProfileError, match=match):
        parse_profile(data)


def test_visa_spellings_and_step1_yes():
    p = parse_profile({"applicant": {"type": "non_us_img", "needs_visa": "h1b", "step1": True}})
    assert (p.needs_visa, p.step1, p.step1_attempts) == ("H-1B", "pass", 1)


def test_doubts_are_warnings_not_errors(tmp_path):
    f = tmp_path / "p.yaml"
    f.write_text('applicant: {type: do, school: "St. George\'s University, Grenada", needs_visa: J-1}\n',
                 encoding="utf-8")
    warnings = load_profile(f).warnings
    assert any("US citizens and permanent residents need no visa" in w for w in warnings)
    assert any("expects a US_DO school" in w for w in warnings)
    f.write_text("applicant: {type: us_img, school: Zzyzx Qwerty Institute}\n", encoding="utf-8")
    assert any("not in the gazetteer" in w for w in load_profile(f).warnings)


def test_unreadable_files_are_profile_errors(tmp_path):
    with pytest.raises(ProfileError, match="not found"):
        load_profile(tmp_path / "nope.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("applicant: [unclosed\n", encoding="utf-8")
    with pytest.raises(ProfileError, match="not valid YAML"):
        load_profile(bad)
