"""A card grid roster: one card per resident, as on most modern department sites.

No photographs of anyone: the "avatar" is an empty CSS placeholder.
dev: "Jane Doe, MD", "PGY-3", "Medical School: X" in one flat grid.
heldout: sections per class ("PGY-3"), name and credentials in separate elements, the school
under a bold "Medical School" label on its own line.
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.labels import name_and_degrees
from demoweb.layouts.registry import Layout, register
from demoweb.model import Program, Resident


def _card_dev(r: Resident) -> str:
    return (
        '<div class="resident-card"><div class="avatar" aria-hidden="true"></div>'
        f"<h3>{name_and_degrees(r)}</h3>"
        f'<p class="pgy">PGY-{r.pgy}</p>'
        f'<p class="school">Medical School: {escape(r.school_string)}</p></div>'
    )


def _card_heldout(r: Resident) -> str:
    return (
        '<article class="person"><div class="ph" aria-hidden="true"></div>'
        f'<h4 class="person-name">{escape(r.display_name)}</h4>'
        f'<span class="credentials">{escape(r.degree_text)}</span>'
        f"<p><strong>Medical School</strong><br>{escape(r.school_string)}</p></article>"
    )


def render(program: Program, variant: str, api_url: str) -> str:
    if variant == "heldout":
        sections = []
        for pgy in sorted({r.pgy for r in program.residents}):
            cards = "".join(_card_heldout(r) for r in program.residents if r.pgy == pgy)
            sections.append(f'<section class="class-year"><h2>PGY-{pgy}</h2>{cards}</section>')
        return "<h1>Meet Our Residents</h1>" + "".join(sections)
    cards = "".join(_card_dev(r) for r in sorted(program.residents, key=lambda r: r.pgy))
    return f'<h1>Our Residents</h1><div class="card-grid">{cards}</div>'


register(
    Layout(
        name="cards",
        weight=0.19,
        render=render,
        description='a card grid with placeholder avatars and "Medical School:" lines',
    )
)
