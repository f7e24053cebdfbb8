"""Per-class subpages: the roster page is an index of classes, each class on its own page.

The index shows no residents (``roster=False``); every class page is a roster page.
dev: index links "Class of 2029", ... to ``<roster>/class-of-2029/``; each class page a table.
heldout: index links "Interns", "PGY-2", ... to ``<roster>/pgy-2/`` as buttons in a grid; each
class page a list of "Name — Degrees — School" lines.
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.labels import by_pgy, name_and_degrees
from demoweb.layouts.registry import Layout, RosterContext, RosterPage, register
from demoweb.model import Program


def pages(program: Program, variant: str, ctx: RosterContext) -> list[RosterPage]:
    groups = by_pgy(program.residents, descending=variant == "dev")
    subpages: list[RosterPage] = []
    links = []
    for pgy, group in groups:
        if variant == "heldout":
            rel, label = ctx.sub(f"pgy-{pgy}"), ("Interns" if pgy == 1 else f"PGY-{pgy}")
            body = (
                f"<h1>{label}</h1><ul>"
                + "".join(
                    f"<li>{escape(r.display_name)} &mdash; {escape(r.degree_text)} &mdash; "
                    f"{escape(r.school_string)}</li>"
                    for r in group
                )
                + "</ul>"
            )
        else:
            year = group[0].class_year
            rel, label = ctx.sub(f"class-of-{year}"), f"Class of {year}"
            rows = "".join(
                f"<tr><td>{name_and_degrees(r)}</td><td>{escape(r.school_string)}</td></tr>"
                for r in group
            )
            body = (
                f"<h1>{label}</h1><p>PGY-{pgy} residents.</p>"
                f"<table><tr><th>Name</th><th>Medical School</th></tr>{rows}</table>"
            )
        links.append(f'<a class="class-link" href="{escape(ctx.href(rel))}">{label}</a>')
        subpages.append(RosterPage(rel, label, body, tuple(group)))
    if variant == "heldout":
        index = '<h1>Our Trainees</h1><div class="grid">' + "".join(links) + "</div>"
    else:
        index = (
            "<h1>Current Residents</h1><p>Meet our residents, class by class:</p><ul>"
            + "".join(f"<li>{link}</li>" for link in links)
            + "</ul>"
        )
    return [RosterPage(ctx.roster_path, "", index, (), roster=False), *subpages]


register(Layout(name="per_class", weight=0.05, pages=pages, description="per-class subpages"))
