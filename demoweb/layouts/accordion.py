"""Accordions and tabs: one collapsible panel per class, all in the HTML but mostly hidden.

dev: ``<details><summary>PGY-2 Residents</summary>`` panels (the first open) with lists.
heldout: an ARIA tab list ("Class of 2029" buttons) and ``role="tabpanel"`` divs, all but the
first ``hidden``; a browser's visible text shows one class, the HTML holds all of them.
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.labels import by_pgy, name_and_degrees
from demoweb.layouts.registry import Layout, register
from demoweb.model import Program

TAB_SCRIPT = """
document.querySelectorAll('[role=tab]').forEach(function (tab) {
  tab.addEventListener('click', function () {
    document.querySelectorAll('[role=tabpanel]').forEach(function (p) { p.hidden = true; });
    document.getElementById(tab.getAttribute('aria-controls')).hidden = false;
  });
});
"""


def render(program: Program, variant: str, api_url: str) -> str:
    groups = by_pgy(program.residents)
    if variant == "heldout":
        tabs, panels = [], []
        for n, (_, group) in enumerate(groups):
            year = group[0].class_year
            tabs.append(
                f'<button role="tab" aria-controls="class-{year}" '
                f'aria-selected="{"true" if n == 0 else "false"}">Class of {year}</button>'
            )
            cards = "".join(
                f'<div class="tile"><span class="tile-name">{escape(r.display_name)}</span> '
                f'<span class="tile-deg">{escape(r.degree_text)}</span>'
                f'<span class="tile-school">{escape(r.school_string)}</span></div>'
                for r in group
            )
            hidden = "" if n == 0 else " hidden"
            panels.append(f'<div role="tabpanel" id="class-{year}"{hidden}>{cards}</div>')
        return (
            "<h1>Residents</h1>"
            f'<div role="tablist">{"".join(tabs)}</div>{"".join(panels)}'
            f"<script>{TAB_SCRIPT}</script>"
        )
    panels = "".join(
        f"<details{' open' if n == 0 else ''}><summary>PGY-{pgy} Residents</summary><ul>"
        + "".join(
            f"<li>{name_and_degrees(r)}<br>Medical School: {escape(r.school_string)}</li>"
            for r in group
        )
        + "</ul></details>"
        for n, (pgy, group) in enumerate(groups)
    )
    return f"<h1>Current Residents</h1>{panels}"


register(Layout(name="accordion", weight=0.05, render=render, description="accordions and tabs"))
