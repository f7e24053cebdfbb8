"""The conflict flag: a stated "does not accept IMGs" against a roster that lists IMGs."""

from __future__ import annotations

from dataclasses import dataclass

from demoweb.generate import build_web
from enrich.facts import roster_conflicts
from extract.facts import ProgramFact

NO_IMGS = ProgramFact(
    "accepts_img",
    False,
    "We do not accept international medical graduates.",
    "https://example.org/eligibility",
    0.9,
)


@dataclass(frozen=True)
class Person:
    name: str
    kind: str
    pgy: int | None


def test_an_img_pgy1_contradicts_a_no_img_statement() -> None:
    roster = [
        Person("Ana Lima", "IMG", 1),
        Person("Bo Chen", "US_MD", 2),
        Person("Ravi Das", "IMG", 4),
    ]
    (conflict,) = roster_conflicts([NO_IMGS], roster)
    assert conflict.residents == ("Ana Lima", "Ravi Das")
    assert conflict.newest_pgy == 1
    assert conflict.sentence == NO_IMGS.sentence and conflict.url == NO_IMGS.url
    assert "PGY-1" in conflict.reason


def test_no_conflict_without_imgs_or_without_the_statement() -> None:
    assert roster_conflicts([NO_IMGS], [Person("Bo Chen", "US_DO", 1)]) == []
    accepts = ProgramFact("accepts_img", True, "IMGs are welcome to apply.", None, 0.9)
    assert roster_conflicts([accepts], [Person("Ana Lima", "IMG", 1)]) == []


def test_demo_web_programs_that_refuse_imgs_but_train_them_are_flagged() -> None:
    truth = build_web(300, seed=7).truth(port=8000)
    flagged = clean = 0
    for program in truth["programs"]:
        stated = [f for f in program["facts"] if f["fact"] == "accepts_img" and f["value"] is False]
        if not stated:
            continue
        facts = [ProgramFact(f["fact"], f["value"], f["sentence"], f["url"], 0.9) for f in stated]
        roster = [Person(r["name"], r["kind"], r["pgy"]) for r in program["residents"]]
        imgs = {r.name for r in roster if r.kind == "IMG"}
        conflicts = roster_conflicts(facts, roster)
        if imgs:
            assert conflicts and set(conflicts[0].residents) == imgs
            flagged += 1
        else:
            assert conflicts == []
            clean += 1
    assert flagged and clean
