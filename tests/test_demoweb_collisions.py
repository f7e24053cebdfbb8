"""No wording of a newly wired blind set stands word for word in another set's text.

A blind set measures how the fact rules read words nobody tuned them on; a wording that another
set already holds (a development set the rules were tuned on, or another blind set) is not such a
word. The authors of each set compare their text with the sets wired before them; this is the
lead's check at wiring, written down: case-insensitive, whitespace collapsed, a table row read as
its label and value joined, and one text standing inside a longer one counts. FAQ questions state
no fact and are not compared; an ECFMG deadline phrase ("before applying") is a fragment, so
deadlines are compared with deadlines only, and must not be equal.

The check starts with the fifty-first set: the earlier ones were checked case-sensitively, and
the forty-first to the fiftieth keep 1 to 22 such texts each (earlier ones were not counted):
mostly rows and short plain sentences that several voices write alike. They stay as they were
measured.
"""

from __future__ import annotations

import re
from types import ModuleType

import pytest

from demoweb.info import BLIND

CHECKED_FROM = 51  # every blind set wired from this one on


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower()).strip()


def _texts(module: ModuleType) -> list[str]:
    """Wordings and rows (label and value joined) of a phrasing set, normalised."""
    out = [w for wordings in module.PHRASINGS.values() for w in wordings]
    out += [" ".join(row) for row in getattr(module, "ROWS", {}).values()]
    return [_norm(t) for t in out]


def _deadlines(module: ModuleType) -> list[str]:
    out = list(getattr(module, "ECFMG_BY", {}).values())
    out += [v for vs in getattr(module, "ECFMG_BY_ALSO", {}).values() for v in vs]
    return [_norm(t) for t in out]


def _inside(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one text, or the longer holds the other (over 12 characters:
    a bare "none" or "yes" is no collision)."""
    return a == b or (len(a) > 12 and a in b) or (len(b) > 12 and b in a)


def collisions(module: ModuleType, others: list[ModuleType]) -> list[tuple[str, str, str]]:
    """(other set, this set's text, the other's text) for every collision of ``module``."""
    mine, my_deadlines = _texts(module), _deadlines(module)
    found = []
    for other in others:
        found += [(other.NAME, a, b) for a in mine for b in _texts(other) if _inside(a, b)]
        found += [(other.NAME, a, b) for a in my_deadlines for b in _deadlines(other) if a == b]
    return found


CHECKED = [
    m
    for name, m in BLIND.items()
    if name.startswith("independent")
    and name[len("independent") :].isdigit()
    and int(name[len("independent") :]) >= CHECKED_FROM
]


def test_the_check_covers_the_newest_sets() -> None:
    assert {"independent51", "independent52", "independent53", "independent54"} <= {
        m.NAME for m in CHECKED
    }


@pytest.mark.parametrize("module", CHECKED, ids=lambda m: m.NAME)
def test_newer_blind_set_shares_no_text(module: ModuleType) -> None:
    others = [m for m in BLIND.values() if m is not module]
    assert collisions(module, others) == []


def test_a_row_inside_a_sentence_is_a_collision() -> None:
    """The check itself: a row whose joined label and value stand inside another set's sentence
    (whatever the case) is found, and a bare short value is not."""
    mine = ModuleType("mine")
    mine.NAME = "mine"  # type: ignore[attr-defined]
    mine.PHRASINGS = {"visa:none": ("Yes",)}  # type: ignore[attr-defined]
    mine.ROWS = {"visa:h1b_no": ("H-1B sponsorship", "Not available")}  # type: ignore[attr-defined]
    theirs = ModuleType("theirs")
    theirs.NAME = "theirs"  # type: ignore[attr-defined]
    theirs.PHRASINGS = {  # type: ignore[attr-defined]
        "visa:h1b_no": ("Please note: h-1b sponsorship not available at this time.", "yes, we do")
    }
    found = collisions(mine, [theirs])
    assert [(a, b) for _, a, b in found] == [
        (
            "h-1b sponsorship not available",
            "please note: h-1b sponsorship not available at this time.",
        )
    ]
