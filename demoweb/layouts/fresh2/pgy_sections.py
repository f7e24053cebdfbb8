"""Fresh2 variant of ``pgy_sections``: WordPress heading blocks per year, column groups below.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh2/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

Juniors first. Each year is a ``wp-block-heading`` ("1st Years (Interns)", "2nd Years", ...,
"5th Years (Chief Residents)") and a separator, then a ``wp-block-columns`` row of
``wp-block-column`` groups, one per resident: the name in bold with the credentials after a
comma, the school on the next line with no label, and a small "Hometown: ..." line.
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.fresh2 import wording
from demoweb.layouts.labels import by_pgy
from demoweb.layouts.registry import Layout, register_fresh2
from demoweb.model import Program, Resident


def _heading(level: int, years: int) -> str:
    base = f"{wording.nth(level)} Years"
    if level == 1 and years > 1:
        return f"{base} (Interns)"
    if wording.is_final(level, years):
        return f"{base} (Chief Residents)"
    return base


def _column(r: Resident) -> str:
    home = (
        f'<br><span class="has-small-font-size">Hometown: {escape(r.hometown)}</span>'
        if r.hometown
        else ""
    )
    return (
        '<div class="wp-block-column">'
        f"<p><strong>{escape(r.display_name)}</strong>, {escape(r.degree_text)}<br>"
        f"{escape(r.school_string)}{home}</p></div>"
    )


def render(program: Program, variant: str, api_url: str) -> str:
    years = wording.years_of(program)
    parts = []
    for level, group in by_pgy(program.residents):
        columns = "".join(_column(r) for r in sorted(group, key=wording.surname_key))
        parts.append(
            f'<h2 class="wp-block-heading">{_heading(level, years)}</h2>'
            '<hr class="wp-block-separator has-alpha-channel-opacity">'
            f'<div class="wp-block-columns is-layout-flex">{columns}</div>'
        )
    return '<h1 class="wp-block-post-title">Residents</h1>' + "".join(parts)


register_fresh2(
    Layout(
        name="pgy_sections",
        weight=0.0,
        render=render,
        description='"2nd Years" heading blocks over column groups, unlabelled schools',
    )
)
