"""Fresh variant of ``dense_text``: one running sentence per class, in a prose block.

Provenance: written 2026-11-25 by a blind helper (see ``demoweb/layouts/fresh/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

Seniors first, each class one sentence in a ``<div class="prose">``: "Serving as chief residents
this year are our PGY-7 residents Jane Doe, MD, a graduate of X; John Roe, DO, who studied
medicine at Y; and ...". Residents are separated by semicolons (school names hold commas), and
the school follows "a graduate of", "who studied medicine at" or "who comes to us from".
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.fresh import wording
from demoweb.layouts.labels import by_pgy, last_name_key, name_and_degrees
from demoweb.layouts.registry import Layout, register_fresh
from demoweb.model import Program, Resident

LINKS = ("a graduate of", "who studied medicine at", "who comes to us from")


def _person(program: Program, r: Resident) -> str:
    link = wording.rng_for(program, r, "dense_text").choice(LINKS)
    return f"{name_and_degrees(r)}, {link} {escape(r.school_string)}"


def _series(parts: list[str]) -> str:
    if len(parts) == 1:
        return parts[0]
    if len(parts) == 2:
        return f"{parts[0]}; and {parts[1]}"
    return "; ".join(parts[:-1]) + f"; and {parts[-1]}"


def _opening(level: int, count: int, years: int) -> str:
    noun = "residents are" if count > 1 else "resident is"
    if wording.is_chief_level(level, years):
        return f"Serving as chief residents this year, our PGY-{level} {noun}"
    if wording.is_research_level(level, years):
        return f"Spending this year in the laboratory, our PGY-{level} {noun}"
    if level == 1:
        return "Our interns (PGY-1) are" if count > 1 else "Our intern (PGY-1) is"
    return f"Our PGY-{level} {noun}"


def render(program: Program, variant: str, api_url: str) -> str:
    years = wording.years_of(program)
    sentences = []
    for level, group in by_pgy(program.residents, descending=True):
        people = [_person(program, r) for r in sorted(group, key=last_name_key)]
        sentences.append(f"{_opening(level, len(group), years)} {_series(people)}.")
    paragraphs = [" ".join(sentences[:2]), " ".join(sentences[2:])]
    prose = "".join(f"<p>{text}</p>" for text in paragraphs if text)
    return f'<h1>Meet the Residents</h1><div class="prose">{prose}</div>'


register_fresh(
    Layout(
        name="dense_text",
        weight=0.0,
        render=render,
        description="one running sentence per class with semicolon-separated residents",
    )
)
