"""Fresh3 variant of ``accordion``: a Squarespace-style accordion block, one item per class.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh3/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

An ``<ul class="accordion-items-container">`` of items, juniors first, each a heading button
(``aria-expanded="false"``) whose title names the class the way the program talks about it
("Interns", "Juniors", "Seniors", "Chief Year", "Third Years") with "Class of 2029" beside it,
and a dropdown that stays collapsed (``max-height:0``) until clicked; every dropdown is in the
HTML. Inside, each resident is one paragraph of ``<br>``-separated lines as a page editor types
them: the name in bold, the degrees, "Med School: ..." and "Hometown: ...".
"""

from __future__ import annotations

from demoweb.layouts.fresh3 import wording
from demoweb.layouts.labels import by_pgy
from demoweb.layouts.registry import Layout, register_fresh3
from demoweb.model import Program, Resident

STYLE = (
    "<style>.accordion-item__dropdown{max-height:0;overflow:hidden}"
    ".accordion-item__dropdown--open{max-height:none}</style>"
)
SCRIPT = """
document.querySelectorAll('.accordion-item__click-target').forEach(function (button) {
  button.addEventListener('click', function () {
    var open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    document.getElementById(button.getAttribute('aria-controls'))
      .classList.toggle('accordion-item__dropdown--open', open);
  });
});
"""


def _person(r: Resident) -> str:
    lines = [f"<strong>{wording.e(r.display_name)}</strong>", wording.e(r.degree_text)]
    lines.append(f"Med School: {wording.e(r.school_string)}")
    if r.hometown:
        lines.append(f"Hometown: {wording.e(r.hometown)}")
    return f'<p class="sqsrte-small">{"<br>".join(lines)}</p>'


def render(program: Program, variant: str, api_url: str) -> str:
    years = wording.years_of(program)
    items = []
    for n, (level, group) in enumerate(by_pgy(program.residents), start=1):
        title = wording.class_word(level, years)
        people = "".join(_person(r) for r in sorted(group, key=wording.surname_key))
        items.append(
            '<li class="accordion-item">'
            '<h4 class="accordion-item__title-wrapper" role="heading" aria-level="3">'
            f'<button class="accordion-item__click-target" aria-expanded="false" '
            f'aria-controls="dropdown-{n}" id="button-{n}">'
            f'<span class="accordion-item__title">{title} &ndash; Class of '
            f"{group[0].class_year}</span>"
            '<div class="accordion-icon-container" aria-hidden="true">+</div></button></h4>'
            f'<div class="accordion-item__dropdown" id="dropdown-{n}" role="region" '
            f'aria-labelledby="button-{n}"><div class="accordion-item__description">'
            f"{people}</div></div></li>"
        )
    return (
        f'{STYLE}<div class="sqs-block-content"><h1>Meet the Residents</h1>'
        "<p>Open a class to see who is in it.</p>"
        f'<ul class="accordion-items-container" data-should-allow-multiple-open-items="true">'
        f"{''.join(items)}</ul></div><script>{SCRIPT}</script>"
    )


register_fresh3(
    Layout(
        name="accordion",
        weight=0.0,
        render=render,
        description="a Squarespace-style accordion block, one collapsed class per item",
    )
)
