"""Fresh variant of ``accordion``: a Bootstrap-style accordion, one collapsed panel per class.

Provenance: written 2026-11-25 by a blind helper (see ``demoweb/layouts/fresh/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

Each class is an ``accordion-item``: a header ``<button>`` ("Second-Year Residents (PGY-2)",
"Interns (PGY-1)", "Chief Residents (PGY-7)") and a ``collapse`` panel that CSS hides until the
button is clicked (all panels start closed; all are in the HTML). Inside a panel, each resident is
a small block: name and credentials in bold, then "Medical School &ndash; ..." and
"Undergraduate &ndash; ..." lines.
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.fresh import wording
from demoweb.layouts.labels import ORDINALS, by_pgy, last_name_key, name_and_degrees
from demoweb.layouts.registry import Layout, register_fresh
from demoweb.model import Program, Resident

STYLE = "<style>.collapse:not(.show){display:none}.accordion-button{display:block}</style>"
SCRIPT = """
document.querySelectorAll('.accordion-button').forEach(function (button) {
  button.addEventListener('click', function () {
    var panel = document.querySelector(button.getAttribute('data-bs-target'));
    var open = panel.classList.toggle('show');
    button.classList.toggle('collapsed', !open);
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
  });
});
"""


def _title(level: int, years: int) -> str:
    if level == 1 and years > 1:
        return "Interns (PGY-1)"
    if wording.is_chief_level(level, years):
        return f"Chief Residents (PGY-{level})"
    return f"{ORDINALS[level - 1]}-Year Residents (PGY-{level})"


def _block(r: Resident) -> str:
    lines = [f"Medical School &ndash; {escape(r.school_string)}"]
    if r.undergrad:
        lines.append(f"Undergraduate &ndash; {escape(r.undergrad)}")
    return f'<div class="member"><b>{name_and_degrees(r)}</b><br>' + "<br>".join(lines) + "</div>"


def render(program: Program, variant: str, api_url: str) -> str:
    years = wording.years_of(program)
    items = []
    for level, group in by_pgy(program.residents):
        panel = f"panel-pgy{level}"
        blocks = "".join(_block(r) for r in sorted(group, key=last_name_key))
        items.append(
            '<div class="accordion-item"><h2 class="accordion-header">'
            f'<button class="accordion-button collapsed" type="button" '
            f'data-bs-toggle="collapse" data-bs-target="#{panel}" aria-expanded="false" '
            f'aria-controls="{panel}">{_title(level, years)}</button></h2>'
            f'<div id="{panel}" class="accordion-collapse collapse">'
            f'<div class="accordion-body">{blocks}</div></div></div>'
        )
    return (
        f"{STYLE}<h1>Residents</h1><p>Select a class to see its residents.</p>"
        f'<div class="accordion" id="residentAccordion">{"".join(items)}</div>'
        f"<script>{SCRIPT}</script>"
    )


register_fresh(
    Layout(
        name="accordion",
        weight=0.0,
        render=render,
        description="a Bootstrap-style accordion of collapsed class panels",
    )
)
