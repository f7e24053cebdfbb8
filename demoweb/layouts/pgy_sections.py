"""Sections per training year, each a list of residents.

dev: ``<h2>PGY-1</h2>`` then ``<ul><li>Jane Doe, MD &ndash; School</li></ul>``, juniors first.
heldout: headings in words ("Chief Residents", "Fourth-Year Residents", ..., "Interns"), seniors
first, each resident a paragraph with the name in bold, degrees in parentheses and the school in
italics on the next line.
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.labels import by_pgy, level_words, name_and_degrees, program_years
from demoweb.layouts.registry import Layout, register
from demoweb.model import Program


def render(program: Program, variant: str, api_url: str) -> str:
    if variant == "heldout":
        years = program_years(program)
        parts = [
            f'<section class="cohort"><h3>{level_words(pgy, years)}</h3>'
            + "".join(
                f'<p class="member"><b>{escape(r.display_name)}</b> ({escape(r.degree_text)})'
                f"<br><i>{escape(r.school_string)}</i></p>"
                for r in group
            )
            + "</section>"
            for pgy, group in by_pgy(program.residents, descending=True)
        ]
        return "<h1>Our Residents</h1>" + "".join(parts)
    parts = [
        f'<h2>PGY-{pgy}</h2><ul class="residents">'
        + "".join(
            f"<li>{name_and_degrees(r)} &ndash; {escape(r.school_string)}</li>" for r in group
        )
        + "</ul>"
        for pgy, group in by_pgy(program.residents)
    ]
    return "<h1>Current Residents</h1>" + "".join(parts)


register(
    Layout(
        name="pgy_sections", weight=0.07, render=render, description="sections per PGY with lists"
    )
)
