"""Fresh4 variant of ``cards``: a Webflow collection list with names set in capitals.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh4/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs: an empty placeholder
``<div>`` stands where an image field would go.

One Webflow collection list (``w-dyn-list`` / ``role="list"`` ``w-dyn-items``) for the whole
program, seniors first, each ``w-dyn-item`` a card: an empty ``resident-card__image`` block, the
name written in capitals as the site's theme stores it ("ROBERT "BOBBY" SMITH"), a line of
credentials, a pill with the level ("PL-3"), and a caption-like line "Medical School / School".
An empty collection shows Webflow's "No items found." box.
"""

from __future__ import annotations

from demoweb.layouts.fresh4 import wording
from demoweb.layouts.registry import Layout, register_fresh4
from demoweb.model import Program, Resident


def _item(r: Resident, style: str) -> str:
    return (
        '<div role="listitem" class="w-dyn-item"><div class="resident-card">'
        '<div class="resident-card__image" aria-hidden="true"></div>'
        f'<div class="resident-card__name">{wording.e(wording.capitals(r))}</div>'
        f'<div class="resident-card__creds">{wording.e(r.degree_text)}</div>'
        f'<div class="pill">{wording.tag(style, r.pgy)}</div>'
        '<div class="resident-card__caption">Medical School / '
        f"{wording.e(r.school_string)}</div></div></div>"
    )


def render(program: Program, variant: str, api_url: str) -> str:
    style = wording.tag_style(program, "cards")
    ordered = sorted(program.residents, key=lambda r: (-r.pgy, wording.surname_key(r)))
    if ordered:
        items = "".join(_item(r, style) for r in ordered)
        listing = f'<div role="list" class="w-dyn-items">{items}</div>'
    else:
        listing = '<div class="w-dyn-empty"><div>No items found.</div></div>'
    return (
        '<div class="section-residents"><div class="w-container">'
        '<h1 class="heading-xl">Meet Our Residents</h1>'
        f'<div class="w-dyn-list">{listing}</div></div></div>'
    )


register_fresh4(
    Layout(
        name="cards",
        weight=0.0,
        render=render,
        description="a Webflow collection list of cards with names in capitals and level pills",
    )
)
