"""An HTML table roster, the most common layout on real department sites.

dev: ``Name | PGY | Medical School`` with the degree after the name ("Jane Doe, MD").
heldout: ``Resident | Degree | Training Level | Medical School``, senior residents first,
PGY written as "PGY-3".
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.labels import name_and_degrees
from demoweb.layouts.registry import Layout, register
from demoweb.model import Program


def render(program: Program, variant: str, api_url: str) -> str:
    if variant == "heldout":
        rows = "".join(
            f"<tr><td>{escape(r.display_name)}</td><td>{escape(r.degree_text)}</td>"
            f"<td>PGY-{r.pgy}</td><td>{escape(r.school_string)}</td></tr>"
            for r in sorted(program.residents, key=lambda r: -r.pgy)
        )
        head = "<tr><th>Resident</th><th>Degree</th><th>Training Level</th><th>Medical School</th></tr>"
    else:
        rows = "".join(
            f"<tr><td>{name_and_degrees(r)}</td><td>{r.pgy}</td>"
            f"<td>{escape(r.school_string)}</td></tr>"
            for r in sorted(program.residents, key=lambda r: r.pgy)
        )
        head = "<tr><th>Name</th><th>PGY</th><th>Medical School</th></tr>"
    return (
        f"<h1>Current Residents</h1>"
        f"<p>Residents of the {escape(program.name)}, academic year "
        f"{program.year}&ndash;{str(program.year + 1)[2:]}.</p>"
        f'<table class="roster"><thead>{head}</thead><tbody>{rows}</tbody></table>'
    )


register(Layout(name="table", weight=0.20, render=render, description="an HTML table"))
