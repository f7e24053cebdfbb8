"""Fresh2 variant of ``dense_text``: one run-on line per class, schools after em dashes.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh2/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

Inside a WordPress ``entry-content`` block, juniors first, each class is one paragraph that opens
with a bold "Year 3 (Class of 2029):" (interns "Year 1, Interns (Class of 2031):", the last year
"Year 5, Chiefs (Class of 2027):") followed by its residents as "Jane Doe, MD &mdash; School",
separated by bullets or by vertical bars (one choice per program).
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.fresh2 import wording
from demoweb.layouts.labels import by_pgy, name_and_degrees
from demoweb.layouts.registry import Layout, register_fresh2
from demoweb.model import Program

SEPARATORS = (" &bull; ", " | ")


def _lead(level: int, class_year: int, years: int) -> str:
    if level == 1 and years > 1:
        return f"Year 1, Interns (Class of {class_year}):"
    if wording.is_final(level, years):
        return f"Year {level}, Chiefs (Class of {class_year}):"
    return f"Year {level} (Class of {class_year}):"


def render(program: Program, variant: str, api_url: str) -> str:
    years = wording.years_of(program)
    sep = wording.program_rng(program, "dense_text").choice(SEPARATORS)
    paragraphs = "".join(
        f"<p><b>{_lead(level, group[0].class_year, years)}</b> "
        + sep.join(
            f"{name_and_degrees(r)} &mdash; {escape(r.school_string)}"
            for r in sorted(group, key=wording.surname_key)
        )
        + "</p>"
        for level, group in by_pgy(program.residents)
    )
    return (
        '<h1 class="entry-title">Residents</h1>'
        f'<div class="entry-content"><p>Listed by year of training.</p>{paragraphs}</div>'
    )


register_fresh2(
    Layout(
        name="dense_text",
        weight=0.0,
        render=render,
        description="one run-on paragraph per class: names, then schools after em dashes",
    )
)
