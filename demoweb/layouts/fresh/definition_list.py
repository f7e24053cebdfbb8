"""Fresh variant of ``definition_list``: one ``<dl>`` whose terms are the years.

Provenance: written 2026-11-25 by a blind helper (see ``demoweb/layouts/fresh/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

Each ``<dt>`` is a year ("Post-Graduate Year 1", "Post-Graduate Year 7 &ndash; Chief
Residents") and each ``<dd>`` under it one resident: the name in bold, the credentials, and the
school on its own line after "Graduate of" (with "(MD/PhD program)" for dual degrees).
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.fresh import wording
from demoweb.layouts.labels import by_pgy, last_name_key
from demoweb.layouts.registry import Layout, register_fresh
from demoweb.model import Program, Resident


def _term(level: int, years: int) -> str:
    if wording.is_chief_level(level, years):
        return f"Post-Graduate Year {level} &ndash; Chief Residents"
    return f"Post-Graduate Year {level}"


def _description(r: Resident) -> str:
    school = f"Graduate of {escape(r.school_string)}"
    if "PhD" in r.degrees:
        school += " (MD/PhD program)"
    return (
        f"<dd><strong>{escape(r.display_name)}</strong>, {escape(r.degree_text)}<br>"
        f'<span class="edu">{school}</span></dd>'
    )


def render(program: Program, variant: str, api_url: str) -> str:
    years = wording.years_of(program)
    entries = "".join(
        f"<dt>{_term(level, years)}</dt>"
        + "".join(_description(r) for r in sorted(group, key=last_name_key))
        for level, group in by_pgy(program.residents)
    )
    return f'<h1>Our House Staff</h1><dl class="by-year">{entries}</dl>'


register_fresh(
    Layout(
        name="definition_list",
        weight=0.0,
        render=render,
        description="one definition list whose terms are the post-graduate years",
    )
)
