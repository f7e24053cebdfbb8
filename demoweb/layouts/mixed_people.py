"""A people page: faculty, fellows, alumni and residents on one page; only residents count.

Fellows have medical schools too and alumni are former residents with degrees and class years,
so an extractor that takes every name-with-a-school is wrong.
dev: sections "Faculty", "Residents" (a list), "Fellows", "Alumni" with headings.
heldout: one card grid sorted by last name, each card's role as a small label ("Resident
&middot; PGY-2", "Clinical Fellow", "Associate Professor", "Graduate, Class of 2026").
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.labels import last_name_key, name_and_degrees
from demoweb.layouts.registry import Layout, register
from demoweb.model import Program

FELLOWSHIPS = ("spine surgery", "critical care", "pediatrics", "research", "oncology")


def render(program: Program, variant: str, api_url: str) -> str:
    if variant == "heldout":
        cards: list[tuple[tuple[str, str], str]] = []
        for r in program.residents:
            cards.append(
                (
                    last_name_key(r),
                    f'<div class="card"><p class="role">Resident &middot; PGY-{r.pgy}</p>'
                    f"<h3>{name_and_degrees(r)}</h3><p>{escape(r.school_string)}</p></div>",
                )
            )
        for f in program.fellows:
            cards.append(
                (
                    last_name_key(f),
                    f'<div class="card"><p class="role">Clinical Fellow</p>'
                    f"<h3>{name_and_degrees(f)}</h3><p>{escape(f.school_string)}</p></div>",
                )
            )
        for a in program.alumni:
            cards.append(
                (
                    last_name_key(a),
                    f'<div class="card"><p class="role">Graduate, Class of {a.class_year}</p>'
                    f"<h3>{name_and_degrees(a)}</h3><p>{escape(a.school_string)}</p></div>",
                )
            )
        for s in program.staff:
            key = (s.name.rsplit(" ", 1)[-1].lower(), s.name.lower())
            deg = f", {escape(', '.join(s.degrees))}" if s.degrees else ""
            cards.append(
                (
                    key,
                    f'<div class="card"><p class="role">{escape(s.role)}</p>'
                    f"<h3>{escape(s.name)}{deg}</h3></div>",
                )
            )
        return "<h1>People</h1>" + "".join(html for _, html in sorted(cards))
    faculty = "".join(
        f"<li>{escape(s.name)}{', ' + escape(', '.join(s.degrees)) if s.degrees else ''}"
        f" &ndash; {escape(s.role)}</li>"
        for s in program.staff
    )
    residents = "".join(
        f"<li>{name_and_degrees(r)}, PGY-{r.pgy} &ndash; Medical School: "
        f"{escape(r.school_string)}</li>"
        for r in sorted(program.residents, key=lambda r: r.pgy)
    )
    fellows = "".join(
        f"<li>{name_and_degrees(f)} &ndash; Medical School: {escape(f.school_string)}</li>"
        for f in program.fellows
    )
    alumni = "".join(
        f"<li>{name_and_degrees(a)} ({a.class_year}) &ndash; now in "
        f"{FELLOWSHIPS[n % len(FELLOWSHIPS)]} fellowship; Medical School: "
        f"{escape(a.school_string)}</li>"
        for n, a in enumerate(program.alumni)
    )
    return (
        "<h1>Residents &amp; Fellows</h1>"
        f'<h2>Faculty</h2><ul class="faculty">{faculty}</ul>'
        f'<h2>Residents</h2><ul class="residents">{residents}</ul>'
        f'<h2>Fellows</h2><ul class="fellows">{fellows}</ul>'
        f'<h2>Alumni</h2><ul class="alumni">{alumni}</ul>'
    )


register(
    Layout(
        name="mixed_people",
        weight=0.05,
        render=render,
        description="faculty, fellows and alumni on the same page as the residents",
    )
)
