"""Fresh4 variant of ``bios``: an Elementor page of heading and text-editor widgets.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh4/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs: an Elementor spacer widget
stands where the image widget would be.

Juniors first, no class headings. Each resident is an Elementor inner section
(``elementor-section elementor-inner-section``) of three widgets: a spacer, a heading widget with
the name and credentials ("Jane Doe, MD"), and a text-editor widget of two or three short
paragraphs. The first gives the level as a house-staff tag ("Jane is an R-2 in our program");
the second names the medical school in one of several phrasings, often beside the undergraduate
college ("After a degree at Y, Jane went to medical school at X", "X, where Jane studied
medicine, followed Y"); the third, for some, the hometown.
"""

from __future__ import annotations

import random

from demoweb.layouts.fresh4 import wording
from demoweb.layouts.registry import Layout, register_fresh4
from demoweb.model import Program, Resident


def _schooling(r: Resident, rng: random.Random) -> str:
    first, school = wording.e(r.first_name), wording.e(r.school_string)
    college = wording.e(r.undergrad)
    if r.undergrad and rng.random() < 0.5:
        return f"After a degree at {college}, {first} went to medical school at {school}."
    if r.undergrad:
        return f"{school}, where {first} studied medicine, followed {college}."
    return rng.choice(
        (
            f"{first} trained in medicine at {school}.",
            f"Medical school for {first} was {school}.",
        )
    )


def _widget(kind: str, inner: str) -> str:
    return (
        f'<div class="elementor-element elementor-widget elementor-widget-{kind}">'
        f'<div class="elementor-widget-container">{inner}</div></div>'
    )


def _section(program: Program, r: Resident, style: str) -> str:
    rng = random.Random(f"fresh4|{program.id}|{r.name}|bio")
    first = wording.e(r.first_name)
    article = "an" if style in ("HO", "R") else "a"
    paragraphs = [
        f"<p>{first} is {article} {wording.tag(style, r.pgy)} in our program.</p>",
        f"<p>{_schooling(r, rng)}</p>",
    ]
    if r.hometown:
        paragraphs.append(f"<p>Home is {wording.e(r.hometown)}.</p>")
    return (
        '<section class="elementor-section elementor-inner-section"><div class="elementor-container">'
        '<div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap">'
        + _widget(
            "spacer",
            '<div class="elementor-spacer"><div class="elementor-spacer-inner"></div></div>',
        )
        + _widget(
            "heading",
            f'<h3 class="elementor-heading-title elementor-size-default">'
            f"{wording.e(r.display_name)}, {wording.e(r.degree_text)}</h3>",
        )
        + _widget("text-editor", "".join(paragraphs))
        + "</div></div></div></section>"
    )


def render(program: Program, variant: str, api_url: str) -> str:
    style = wording.tag_style(program, "bios")
    ordered = sorted(program.residents, key=lambda r: (r.pgy, wording.surname_key(r)))
    return (
        '<div data-elementor-type="wp-page" class="elementor">'
        + _widget("heading", '<h1 class="elementor-heading-title">Resident Profiles</h1>')
        + "".join(_section(program, r, style) for r in ordered)
        + "</div>"
    )


register_fresh4(
    Layout(
        name="bios",
        weight=0.0,
        render=render,
        description="Elementor inner sections: heading widget and text-editor prose per resident",
    )
)
