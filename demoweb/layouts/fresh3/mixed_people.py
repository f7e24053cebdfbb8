"""Fresh3 variant of ``mixed_people``: a Wix-style "Our Team" page of repeaters, role by role.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh3/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs: each repeater item has an
initials badge.

The page is a stack of Wix strips (``<section class="wixui-section">``), each with a rich-text
title and a repeater (``role="list"``) of items: "Program Leadership" and "Faculty" (the staff,
each with their role), "Residents" (every class together, juniors first, each item's subtitle
"PGY-2 Resident" or "PGY-5 Chief Resident"), "Fellows" ("Fellow in Spine Surgery") and
"Recent Graduates" ("Residency Graduate, 2026 &ndash; now in practice"). Residents, fellows and
graduates all show a school line ("Medical School: ..."), so the strip and the subtitle are
what tell a resident from the rest.
"""

from __future__ import annotations

from demoweb.layouts.fresh3 import wording
from demoweb.layouts.registry import Layout, register_fresh3
from demoweb.model import Program

AREAS = ("Spine Surgery", "Critical Care", "Interventional Work", "Pediatrics", "Research")
LEADERSHIP_WORDS = ("Chair", "Director")


def _item(name: str, sort_name: str, subtitle: str, school: str | None) -> str:
    edu = (
        f'<p class="wixui-rich-text__text">Medical School: {wording.e(school)}</p>'
        if school
        else ""
    )
    return (
        '<div role="listitem" class="wixui-repeater__item">'
        f'<div class="badge" aria-hidden="true">{wording.e(wording.initials(sort_name))}</div>\n'
        f'<h3 class="wixui-rich-text__text">{name}</h3>'
        f'<p class="wixui-rich-text__text subtitle">{subtitle}</p>{edu}</div>'
    )


def _strip(title: str, items: list[str]) -> str:
    if not items:
        return ""
    return (
        '<section class="wixui-section"><div class="wixui-rich-text">'
        f'<h2 class="font_2">{title}</h2></div>'
        f'<div role="list" class="wixui-repeater">{"".join(items)}</div></section>'
    )


def render(program: Program, variant: str, api_url: str) -> str:
    years = wording.years_of(program)
    leaders, faculty = [], []
    for s in program.staff:
        degrees = f", {wording.e(', '.join(s.degrees))}" if s.degrees else ""
        item = _item(f"{wording.e(s.name)}{degrees}", s.name, wording.e(s.role), None)
        (leaders if any(w in s.role for w in LEADERSHIP_WORDS) else faculty).append(item)
    residents = []
    for r in sorted(program.residents, key=lambda r: (r.pgy, wording.surname_key(r))):
        role = "Chief Resident" if wording.is_chief(r.pgy, years) else "Resident"
        residents.append(
            _item(
                f"{wording.e(r.display_name)}, {wording.e(r.degree_text)}",
                r.name,
                f"PGY-{r.pgy} {role}",
                r.school_string,
            )
        )
    fellows = [
        _item(
            f"{wording.e(f.display_name)}, {wording.e(f.degree_text)}",
            f.name,
            f"Fellow in {AREAS[n % len(AREAS)]}",
            f.school_string,
        )
        for n, f in enumerate(program.fellows)
    ]
    graduates = [
        _item(
            f"{wording.e(a.display_name)}, {wording.e(a.degree_text)}",
            a.name,
            f"Residency Graduate, {a.class_year} &ndash; now in practice",
            a.school_string,
        )
        for a in program.alumni
    ]
    return (
        '<h1 class="font_0">Our Team</h1>'
        + _strip("Program Leadership", leaders)
        + _strip("Faculty &amp; Staff", faculty)
        + _strip("Residents", residents)
        + _strip("Fellows", fellows)
        + _strip("Recent Graduates", graduates)
    )


register_fresh3(
    Layout(
        name="mixed_people",
        weight=0.0,
        render=render,
        description="a Wix-style team page of repeater strips: leadership, faculty, residents, "
        "fellows, graduates",
    )
)
