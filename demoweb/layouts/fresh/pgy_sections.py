"""Fresh variant of ``pgy_sections``: sections per year, chiefs first, one line per resident.

Provenance: written 2026-11-25 by a blind helper (see ``demoweb/layouts/fresh/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

Section headings name the year as "PGY 3" with the graduating class beside it; the final-year
section is headed "Chief Residents (PGY 7)" and a long program's research year "PGY 5 &mdash;
Research Year". Each resident is one ``<p class="roster-line">`` of pipe-separated spans:
name and credentials, "Undergraduate: ...", "Medical school: ...".
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.fresh import wording
from demoweb.layouts.labels import by_pgy, last_name_key, name_and_degrees
from demoweb.layouts.registry import Layout, register_fresh
from demoweb.model import Program, Resident


def _heading(level: int, class_year: int, years: int) -> str:
    if wording.is_chief_level(level, years):
        return f"Chief Residents (PGY {level})"
    if wording.is_research_level(level, years):
        return f"PGY {level} &mdash; Research Year"
    return f"PGY {level} &mdash; Class of {class_year}"


def _line(r: Resident) -> str:
    spans = [f'<span class="who">{name_and_degrees(r)}</span>']
    if r.undergrad:
        spans.append(f"<span>Undergraduate: {escape(r.undergrad)}</span>")
    spans.append(f"<span>Medical school: {escape(r.school_string)}</span>")
    return f'<p class="roster-line">{" | ".join(spans)}</p>'


def render(program: Program, variant: str, api_url: str) -> str:
    years = wording.years_of(program)
    sections = []
    for level, group in by_pgy(program.residents, descending=True):
        lines = "".join(_line(r) for r in sorted(group, key=last_name_key))
        heading = _heading(level, group[0].class_year, years)
        sections.append(
            f'<div class="year-group"><h3 class="section-title">{heading}</h3>{lines}</div>'
        )
    return "<h1>Meet Our Residents</h1>" + "".join(sections)


register_fresh(
    Layout(
        name="pgy_sections",
        weight=0.0,
        render=render,
        description="year sections headed 'PGY 3', chiefs first, pipe-separated lines",
    )
)
