"""The README's worked examples: three profiles on the demo web (seed 7, first 24 programs, AY
2026-27), checked against expectations derived by hand from the demo web's ground truth.

The premises below are the truth's IMG/DO residents of the programs the profiles name (kind,
class year, school id, Caribbean per the gazetteer); every roster there spans the 7 classes
2027-2033, and 2033 is the crawl's newest class, so "recent" means 2031-2033. The strengths are
hand sums with scoring/weights.py (tiers-v2). Scoring is fed the truth's residents directly, as
the CLI feeds it the database's: the crawler's accuracy is tested elsewhere.
"""

from __future__ import annotations

import re

import pytest

from demoweb.generate import build_web
from enrich.gazetteer import load_gazetteer
from scoring.facts import program_facts
from scoring.plan import plan_all
from scoring.profile import load_profile
from scoring.render import plan_text
from tests.helpers import ROOT

C, N = True, False  # Caribbean school or not
PREMISES = {  # program id -> IMG and DO residents in the truth: (kind, class year, school, Caribbean)
    "1602548942": [("IMG", 2027, "ama-44002", C), ("IMG", 2029, "ama-18786", N), ("IMG", 2030, "ama-60505", N),
                   ("IMG", 2032, "ama-70407", N), ("IMG", 2033, "ama-87507", N),
                   ("US_DO", 2027, "vcom-louisiana", N), ("US_DO", 2030, "kcu-com-joplin", N),
                   ("US_DO", 2031, "vcom-auburn", N), ("US_DO", 2031, "wcucom", N),
                   ("US_DO", 2033, "arcom", N), ("US_DO", 2033, "shsu-com", N)],
    "1603351889": [("IMG", 2027, "ama-70460", N), ("IMG", 2032, "ama-42201", C)],
    "1601120213": [("IMG", 2027, "ama-91504", N), ("IMG", 2030, "ama-70450", N)],
    "1604588537": [("IMG", 2027, "ama-49740", N), ("IMG", 2030, "ama-74807", N)],
    "1602428132": [("IMG", 2027, "ama-79601", C), ("IMG", 2030, "ama-30501", C)],
    "1604880618": [("IMG", 2027, "ama-18765", N), ("IMG", 2032, "ama-70402", N), ("IMG", 2033, "ama-49584", N)],
    "1604964780": [("IMG", 2029, "ama-42201", C), ("IMG", 2029, "ama-91907", N), ("IMG", 2031, "ama-51719", N),
                   ("IMG", 2031, "ama-91519", N), ("IMG", 2032, "ama-16602", C), ("IMG", 2032, "ama-64922", N),
                   ("IMG", 2033, "ama-40947", N)],
    "1600304375": [("US_DO", 2031, "chsu-com", N), ("US_DO", 2032, "msucom-muc", N)],
    "1603559808": [("US_DO", 2028, "bcom-florida", N), ("US_DO", 2032, "nsu-kpcom", N),
                   ("US_DO", 2033, "kcu-com-joplin", N)],
    "1600412294": [("US_DO", 2030, "unthsc-tcom", N), ("US_DO", 2033, "vcom-louisiana", N)],
    "1604833104": [], "1604356861": [], "1604741023": [], "1601636051": [], "1603396456": [],
}

# profile -> program id -> (tier, strength, alumni), each worked out by hand:
EXPECTED = {
    "us_img_research": {  # SGU (Caribbean): other IMGs x0.6
        # 0.6 + .36 + .36 + .6 + .6 = 2.52, + 2*5/7 = 3.95 solid; research years
        "1602548942": ("Tier 1", 3.95, 0),
        # .36 + 1.0 (SGU, 2032) + 2*2/7 + 1 alumnus = 2.93 solid; alumni contact
        "1603351889": ("Tier 1", 2.93, 1),
        # .36 + .36 + 2*2/7 = 1.29 minimal; away rotation
        "1601120213": ("Tier 2", 1.29, 0),
        "1604833104": ("Tier 2", 0.0, 0),  # no IMG; a mentor encourages
        "1604356861": ("Tier 3", 0.0, 0),  # top-tier list + a mentor with ties
        # .6 + .36 + .6 + .6 + 1.0 + .6 + .6 = 4.36, + 2*4/7, + 1 alumnus = 6.5; top-tier, no advocate
        "1604964780": ("Broad", 6.5, 1),
        "1604588537": ("Broad", 1.29, 0),  # .36 + .36 + 2*2/7
        "1602428132": ("Broad", 1.77, 0),  # .6 + .6 + 2*2/7 (both Caribbean: same group)
        "1603396456": ("Unlikely", 0.0, 0),  # in a preferred state, but nothing else
    },
    "do_applicant": {  # KCU-COM Joplin
        "1600304375": ("Tier 1", 2.57, 0),  # 1 + 1 + 2*2/7; away rotation
        "1603559808": ("Tier 1", 4.46, 1),  # .6 + 1 + 1 + 2*3/7 + 1 alumnus; alumni contact
        "1604741023": ("Tier 2", 0.0, 0),  # no DO; a mentor encourages
        "1604588537": ("Unlikely", 0.0, 0),  # no DO; an alumni contact is not a strong connection
        "1602548942": ("Broad", 7.34, 1),  # .6 + .6 + 1 + 1 + 1 + 1 + 2*4/7 + 1 alumnus
        "1600412294": ("Broad", 2.17, 0),  # .6 + 1 + 2*2/7
    },
    "non_us_img_visa": {  # Dow Medical College (not Caribbean): Caribbean IMGs x0.6
        "1604588537": ("Tier 1", 1.77, 0),  # .6 + .6 + 2*2/7 solid; alumni contact (avoided state)
        "1602428132": ("Tier 2", 1.29, 0),  # .36 + .36 + 2*2/7 minimal; mentor, named by name
        "1601636051": ("Tier 2", 0.0, 0),  # no IMG; research years
        "1604880618": ("Broad", 4.46, 1),  # .6 + 1 (Dow) + 1 + 2*3/7 + 1 alumnus
        "1603351889": ("Broad", 1.77, 0),  # .6 + .6 (Caribbean, recent) + 2*2/7
        "1602548942": ("Broad", 4.99, 0),  # .36 + .6 + .6 + 1 + 1 + 2*5/7
    },
}
# profile -> (tier counts over the 24 programs, applications recommended, alumni programs in order)
PLAN = {
    "us_img_research": ("Tier 1 2, Tier 2 2, Tier 3 1, Broad 5, Unlikely 14", 70, ["1603351889", "1604964780"]),
    "do_applicant": ("Tier 1 2, Tier 2 1, Tier 3 0, Broad 2, Unlikely 19", 70, ["1603559808", "1602548942"]),
    "non_us_img_visa": ("Tier 1 1, Tier 2 2, Tier 3 0, Broad 6, Unlikely 15", 100, ["1604880618"]),
}


@pytest.fixture(scope="module")
def truth():
    return build_web(programs=24, seed=7, year=2026).truth(port=8700)


@pytest.fixture(scope="module")
def facts(truth):
    caribbean = {s.id: s.caribbean for s in load_gazetteer().schools}
    residents = [
        {"program_id": p["id"], "school_kind": r["kind"], "class_year": r["class_year"],
         "school_id": r["school_id"], "caribbean": caribbean.get(r["school_id"], False),
         "source_url": (p["roster_urls"] or [None])[0]}
        for p in truth["programs"] for r in p["residents"]
    ]
    programs = [{"program_id": p["id"], "program": p["name"], "state": p["state"], "specialty": p["specialty"]}
                for p in truth["programs"]]
    return program_facts(programs, residents)


def test_premises_hold_in_the_demo_web(truth):
    caribbean = {s.id: s.caribbean for s in load_gazetteer().schools}
    programs = {p["id"]: p for p in truth["programs"]}
    for pid, residents in PREMISES.items():
        seen = sorted((r["kind"], r["class_year"], r["school_id"], caribbean[r["school_id"]])
                      for r in programs[pid]["residents"] if r["kind"] in ("IMG", "US_DO"))
        assert seen == sorted(residents), pid
        assert sorted({r["class_year"] for r in programs[pid]["residents"]}) == list(range(2027, 2034)), pid
    assert max(r["class_year"] for p in truth["programs"] for r in p["residents"]) == 2033


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_worked_example_tiers(name, facts):
    profile = load_profile(ROOT / "examples" / "profiles" / f"{name}.yaml")
    (plan,), _ = plan_all(facts, profile, ["neurosurgery"], match_year=2027)
    got = {r.program_id: (r.tier, r.strength, r.alumni) for r in plan.ranked if r.program_id in EXPECTED[name]}
    assert got == EXPECTED[name]
    counts, recommended, alumni = PLAN[name]
    assert ", ".join(f"{t} {n}" for t, n in plan.counts.items()) == counts
    assert plan.recommended == recommended
    assert [a.program_id for a in plan.alumni] == alumni


def test_the_sample_profile_plans_its_backup_specialty_too(facts):
    profile = load_profile(ROOT / "examples" / "profiles" / "us_img_research.yaml")
    plans, notices = plan_all(facts, profile, match_year=2027)
    assert [(p.specialty, p.role, len(p.ranked)) for p in plans] == [("neurosurgery", "primary", 24),
                                                                     ("neurology", "backup", 0)]
    assert "no neurology programs in the database" in plans[1].notices[0]


def test_tier_3_is_empty_without_a_top_tier_list_and_the_plan_says_so(facts):
    profile = load_profile(ROOT / "examples" / "profiles" / "do_applicant.yaml")
    plans, notices = plan_all(facts, profile, match_year=2027)
    assert "Tier 3 is empty because the profile has no top_tier_programs list" in plan_text(plans, profile, notices)


def _readme_examples() -> dict[str, dict[str, tuple[str, float]]]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Tiers for an applicant", 1)[1].split("\n## ", 1)[0]
    out: dict[str, dict[str, tuple[str, float]]] = {}
    for block in re.split(r"\n### ", section)[1:]:
        m = re.search(r"examples/profiles/(\w+)\.yaml", block)
        if not m:
            continue
        rows = re.findall(r"^\|[^|\n]+\| (\d{10}) \| (Tier \d|Broad|Unlikely) \| ([\d.]+) \|", block, re.M)
        out[m.group(1)] = {pid: (tier, float(s)) for pid, tier, s in rows}
    return out


def test_readme_worked_examples_match_the_hand_derived_expectations():
    readme = _readme_examples()
    assert sorted(readme) == sorted(EXPECTED)
    for name, rows in readme.items():
        assert rows == {pid: (t, s) for pid, (t, s, _) in EXPECTED[name].items()}, name
