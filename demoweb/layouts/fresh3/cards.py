"""Fresh3 variant of ``cards``: Bootstrap cards with "Last, First" titles and bio modals.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh3/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs: an empty placeholder box
stands where a headshot would go.

A ``row`` of ``col-md-4`` columns, one Bootstrap ``card`` per resident, juniors first. The card
title is the name as a roster index writes it ("Doe, Jane"), a ``badge`` gives the level
("PGY-2"), and a "Read bio" button opens a modal. Each card's modal follows it in the DOM, hidden
until opened (``class="modal fade"``, ``aria-hidden="true"``): the header has the name as the
resident writes it with the credentials, and the body a small table ("Year in Training",
"Medical Education", "Undergrad", "Hometown") and a sentence of bio.
"""

from __future__ import annotations

from demoweb.layouts.fresh3 import wording
from demoweb.layouts.registry import Layout, register_fresh3
from demoweb.model import Program, Resident

STYLE = "<style>.modal{display:none}.modal.show{display:block}</style>"
SCRIPT = """
document.querySelectorAll('[data-bs-toggle=modal]').forEach(function (button) {
  button.addEventListener('click', function () {
    var modal = document.querySelector(button.getAttribute('data-bs-target'));
    modal.classList.add('show'); modal.setAttribute('aria-hidden', 'false');
  });
});
document.querySelectorAll('[data-bs-dismiss=modal]').forEach(function (button) {
  button.addEventListener('click', function () {
    var modal = button.closest('.modal');
    modal.classList.remove('show'); modal.setAttribute('aria-hidden', 'true');
  });
});
"""
INTERESTS = (
    "trail running",
    "baking sourdough",
    "global health",
    "playing in a jazz trio",
    "medical education",
    "woodworking",
)


def _modal(program: Program, r: Resident, n: int, years: int) -> str:
    facts = [("Year in Training", f"PGY-{r.pgy}"), ("Medical Education", r.school_string)]
    if r.undergrad:
        facts.append(("Undergrad", r.undergrad))
    if r.hometown:
        facts.append(("Hometown", r.hometown))
    rows = "".join(
        f'<tr><th scope="row">{label}</th><td>{wording.e(text)}</td></tr>' for label, text in facts
    )
    interest = wording.resident_rng(program, r, "cards").choice(INTERESTS)
    chief = (
        " This year " + wording.e(r.first_name) + " serves as a chief resident."
        if (wording.is_chief(r.pgy, years))
        else ""
    )
    return (
        f'<div class="modal fade" id="bio-{n}" tabindex="-1" aria-labelledby="bio-{n}-label" '
        'aria-hidden="true"><div class="modal-dialog"><div class="modal-content">'
        f'<div class="modal-header"><h5 class="modal-title" id="bio-{n}-label">'
        f"{wording.e(r.display_name)}, {wording.e(r.degree_text)}</h5>"
        '<button type="button" class="btn-close" data-bs-dismiss="modal" aria-label="Close">'
        "</button></div>"
        f'<div class="modal-body"><table class="table table-sm">{rows}</table>'
        f"<p>Away from the hospital, {wording.e(r.first_name)} enjoys {interest}.{chief}</p>"
        "</div></div></div></div>"
    )


def _card(program: Program, r: Resident, n: int, years: int) -> str:
    return (
        '<div class="col-md-4 mb-4"><div class="card h-100">'
        '<div class="card-img-top placeholder-box" aria-hidden="true"></div>'
        f'<div class="card-body"><h5 class="card-title">{wording.e(wording.last_first(r))}</h5>'
        f'<span class="badge bg-secondary">PGY-{r.pgy}</span>'
        f'<button type="button" class="btn btn-link" data-bs-toggle="modal" '
        f'data-bs-target="#bio-{n}">Read bio</button></div></div>'
        f"{_modal(program, r, n, years)}</div>"
    )


def render(program: Program, variant: str, api_url: str) -> str:
    years = wording.years_of(program)
    ordered = sorted(program.residents, key=lambda r: (r.pgy, wording.surname_key(r)))
    cards = "".join(_card(program, r, n, years) for n, r in enumerate(ordered, start=1))
    return (
        f'{STYLE}<div class="container"><h1 class="display-6">Our Residents</h1>'
        '<p class="lead">Select a resident to read more.</p>'
        f'<div class="row">{cards}</div></div><script>{SCRIPT}</script>'
    )


register_fresh3(
    Layout(
        name="cards",
        weight=0.0,
        render=render,
        description='Bootstrap cards titled "Last, First" whose bios sit in hidden modals',
    )
)
