"""Fresh3 variant of ``definition_list``: Bootstrap horizontal description lists per class.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh3/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

Seniors first, each class an ``<h3>`` "Year in Training: 3 &middot; Seniors" (interns "Year in
Training: 1 &middot; Interns") over a ``<dl class="row">`` in which a ``col-sm-4`` ``<dt>`` holds
the name and degrees and the ``col-sm-8`` ``<dd>`` beside it the school after a label each
program draws ("Medical Education", "School of Medicine", "Medical Degree From", "Graduated
From"), with a ``<small>`` "Undergrad" / "Hometown" line under it.
"""

from __future__ import annotations

from demoweb.layouts.fresh3 import wording
from demoweb.layouts.labels import by_pgy
from demoweb.layouts.registry import Layout, register_fresh3
from demoweb.model import Program, Resident

SCHOOL_LABELS = (
    "Medical Education",
    "School of Medicine",
    "Medical Degree From",
    "Graduated From",
)


def _pair(r: Resident, label: str) -> str:
    extra = []
    if r.undergrad:
        extra.append(f"Undergrad: {wording.e(r.undergrad)}")
    if r.hometown:
        extra.append(f"Hometown: {wording.e(r.hometown)}")
    small = f'<br><small class="text-muted">{" &middot; ".join(extra)}</small>' if extra else ""
    return (
        f'<dt class="col-sm-4">{wording.e(r.display_name)} '
        f'<span class="text-nowrap">({wording.e(r.degree_text)})</span></dt>'
        f'<dd class="col-sm-8">{label}: {wording.e(r.school_string)}{small}</dd>'
    )


def render(program: Program, variant: str, api_url: str) -> str:
    years = wording.years_of(program)
    label = wording.program_rng(program, "definition_list").choice(SCHOOL_LABELS)
    sections = []
    for level, group in by_pgy(program.residents, descending=True):
        pairs = "".join(_pair(r, label) for r in sorted(group, key=wording.surname_key))
        sections.append(
            f"<h3>Year in Training: {level} &middot; {wording.class_word(level, years)}</h3>"
            f'<dl class="row">{pairs}</dl>'
        )
    return '<h1>House Staff</h1><div class="container-fluid">' + "".join(sections) + "</div>"


register_fresh3(
    Layout(
        name="definition_list",
        weight=0.0,
        render=render,
        description="Bootstrap horizontal description lists per class, schools under drawn labels",
    )
)
