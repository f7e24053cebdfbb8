"""Definition lists.

dev: one ``<dl>``: ``<dt>Jane Doe, MD</dt><dd>PGY-2</dd><dd>Medical School: X</dd>``.
heldout: a ``<dl>`` of labelled facts per resident: "Degree", "Year" ("R2"), "Medical
Education", "Hometown".
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.labels import name_and_degrees
from demoweb.layouts.registry import Layout, register
from demoweb.model import Program


def render(program: Program, variant: str, api_url: str) -> str:
    ordered = sorted(program.residents, key=lambda r: r.pgy)
    if variant == "heldout":
        people = "".join(
            f'<div class="person"><h3>{escape(r.display_name)}</h3><dl>'
            f"<dt>Degree</dt><dd>{escape(r.degree_text)}</dd><dt>Year</dt><dd>R{r.pgy}</dd>"
            f"<dt>Medical Education</dt><dd>{escape(r.school_string)}</dd>"
            f"<dt>Hometown</dt><dd>{escape(r.hometown or '')}</dd></dl></div>"
            for r in ordered
        )
        return f"<h1>Housestaff</h1>{people}"
    items = "".join(
        f"<dt>{name_and_degrees(r)}</dt><dd>PGY-{r.pgy}</dd>"
        f"<dd>Medical School: {escape(r.school_string)}</dd>"
        for r in ordered
    )
    return f'<h1>Current Residents</h1><dl class="roster">{items}</dl>'


register(Layout(name="definition_list", weight=0.04, render=render, description="definition lists"))
