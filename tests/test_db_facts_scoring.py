"""Scoring applies what programs state about themselves as hard constraints (issue 11).

Built from tests/test_db_facts.py's hand-written run: Beta trains an IMG (Dev Patel) and the
applicant did research years there, so it is Tier 1 with no policy in the way (as in
tests/test_build.py). Beta says: no H-1B, Step 2 CK at least 240, graduates of the last 3 years;
Alpha says it does not accept IMGs. The match year is 2027 (academic year 2026 + 1). Every
expected tier and reason is worked out by hand.
"""

from __future__ import annotations

import json

import pytest
import sqlite_utils

from db.build import build_database
from scoring.profile import Connection, Profile
from tests.test_cli import precedent
from tests.test_db_facts import ALPHA, BETA, FACTS, write_run

BREACHES = [
    ({"needs_visa": "H-1B"}, "you need an H-1B visa; the program says it does not sponsor H-1B"),
    ({"step2_ck": 230}, "your Step 2 CK 230 is under the program's stated minimum 240"),
    ({"graduation_year": 2020}, "you graduated in 2020; the program takes graduates of the last 3 years"),
]


def applicant(**fields: object) -> Profile:
    return Profile(
        name="me",
        applicant_type="non_us_img",
        connections=[Connection(BETA, "research_year")],
        **fields,  # type: ignore[arg-type]
    )


def tiers_of(tmp_path, profile: Profile, facts: list[dict] = FACTS) -> dict[str, dict]:
    build_database(write_run(tmp_path, facts), tmp_path / "p.db", academic_year=2026, profile=profile)
    return {r["program_id"]: r for r in sqlite_utils.Database(tmp_path / "p.db")["tiers"].rows}


@pytest.mark.parametrize(("fields", "reason"), BREACHES)
def test_a_stated_constraint_keeps_a_program_out_of_tier_1(tmp_path, fields, reason) -> None:
    beta = tiers_of(tmp_path, applicant(**fields))[BETA]
    assert beta["tier"] == "Tier 2"
    assert f"{reason} (so not Tier 1)" in beta["reasons"]


def test_an_applicant_inside_every_stated_limit_stays_tier_1(tmp_path) -> None:
    # J-1 is not stated by Beta; 240 meets the floor; 2024 is exactly 3 years before 2027.
    beta = tiers_of(tmp_path, applicant(needs_visa="J-1", step2_ck=240, graduation_year=2024))[BETA]
    assert beta["tier"] == "Tier 1"
    assert "the program says" not in beta["reasons"] and "stated minimum" not in beta["reasons"]


def test_without_facts_the_same_applicant_is_tier_1(tmp_path) -> None:
    beta = tiers_of(tmp_path, applicant(needs_visa="H-1B"), facts=[])[BETA]
    assert beta["tier"] == "Tier 1"


def test_an_img_at_a_program_that_says_no_imgs_sees_it_named(tmp_path) -> None:
    alpha = tiers_of(tmp_path, applicant())[ALPHA]
    assert alpha["tier"] == "Broad"  # no connection there; the policy is named all the same
    assert "the program says it does not accept IMGs" in alpha["reasons"]


PROFILE_YAML = f"""name: visa-applicant
specialty: neurosurgery
applicant:
  type: non_us_img
  step2_ck: 250
  graduation_year: 2025
  needs_visa: H-1B
connections:
  - program: "{BETA}"
    kind: research_year
"""


def test_precedent_tiers_reads_the_policy_from_the_facts_table(tmp_path) -> None:
    build_database(write_run(tmp_path, FACTS), tmp_path / "p.db", academic_year=2026)
    profile = tmp_path / "me.yaml"
    profile.write_text(PROFILE_YAML, encoding="utf-8")
    out = precedent("tiers", "--profile", str(profile), "--db", str(tmp_path / "p.db"), "--format", "json")
    assert out.returncode == 0, out.stderr
    rows = {r["program_id"]: r for r in map(json.loads, out.stdout.splitlines())}
    assert rows[BETA]["tier"] == "Tier 2"
    reason = "you need an H-1B visa; the program says it does not sponsor H-1B (so not Tier 1)"
    assert reason in json.dumps(rows[BETA]["reasons"])
