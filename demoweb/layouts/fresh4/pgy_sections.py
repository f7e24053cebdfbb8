"""Fresh4 variant of ``pgy_sections``: HubSpot drag-and-drop sections, degrees before names.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh4/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

Juniors first. Each level is a HubSpot ``dnd-section`` whose first row is a rich-text module
(``hs_cos_wrapper_type_rich_text``) with the heading "PL-2 Class" and whose next rows are
``row-fluid`` groups of ``span4`` modules, one per resident. A module puts the credentials first,
in a small caps line of their own ("MD"), the name below in bold, and the school below that with
no label.
"""

from __future__ import annotations

from demoweb.layouts.fresh4 import wording
from demoweb.layouts.labels import by_pgy
from demoweb.layouts.registry import Layout, register_fresh4
from demoweb.model import Program, Resident


def _module(r: Resident) -> str:
    return (
        '<div class="span4 widget-span widget-type-custom_widget">'
        '<div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module">'
        f'<p class="creds" style="font-variant:small-caps">{wording.e(r.degree_text)}</p>'
        f"<p><strong>{wording.e(r.display_name)}</strong></p>"
        f"<p>{wording.e(r.school_string)}</p></div></div>"
    )


def render(program: Program, variant: str, api_url: str) -> str:
    style = wording.tag_style(program, "pgy_sections")
    sections = []
    for level, group in by_pgy(program.residents):
        ordered = sorted(group, key=wording.surname_key)
        rows = "".join(
            '<div class="row-fluid-wrapper"><div class="row-fluid">'
            + "".join(_module(r) for r in ordered[i : i + 3])
            + "</div></div>"
            for i in range(0, len(ordered), 3)
        )
        sections.append(
            '<div class="dnd-section"><div class="row-fluid"><div class="span12">'
            '<div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text">'
            f"<h2>{wording.tag(style, level)} Class</h2></div></div></div>{rows}</div>"
        )
    return (
        '<div class="body-container body-container--residents">'
        "<h1>Residents</h1>"
        f"{''.join(sections)}</div>"
    )


register_fresh4(
    Layout(
        name="pgy_sections",
        weight=0.0,
        render=render,
        description="HubSpot dnd sections per level, modules with credentials above the name",
    )
)
