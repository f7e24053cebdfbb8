"""Fresh4 variant of ``mixed_people``: a people page split across ARIA tabs built of buttons.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh4/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

As a Kentico "people" page with a tabs widget: a ``role="tablist"`` of ``<button role="tab">``
("Leadership &amp; Faculty", "Residents", "Fellows", "Alumni") over ``role="tabpanel"`` panels,
all in the HTML, every panel but the first ``hidden``. Every panel is a ``<table>`` of people
with the columns "Name", "Position" and "Education". Residents are "R-3 Resident" (or "R-5
Chief Resident") with their medical school; fellows "Clinical Fellow, 2026&ndash;27" and alumni
"Alumnus, completed 2026", both with a school too; faculty their role. Only the position column
tells who trains here now.
"""

from __future__ import annotations

from demoweb.layouts.fresh4 import wording
from demoweb.layouts.registry import Layout, register_fresh4
from demoweb.model import Program


def _row(name: str, position: str, school: str | None) -> str:
    return f"<tr><td>{name}</td><td>{position}</td><td>{wording.e(school) or '&mdash;'}</td></tr>"


def _panel(key: str, rows: list[str], hidden: bool) -> str:
    attr = " hidden" if hidden else ""
    return (
        f'<div role="tabpanel" id="panel-{key}" aria-labelledby="tab-{key}"{attr}>'
        '<table class="people"><thead><tr><th>Name</th><th>Position</th><th>Education</th></tr>'
        f"</thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def render(program: Program, variant: str, api_url: str) -> str:
    style = wording.tag_style(program, "mixed_people")
    years = wording.years_of(program)
    faculty = [
        _row(
            f"{wording.e(s.name)}{', ' + wording.e(', '.join(s.degrees)) if s.degrees else ''}",
            wording.e(s.role),
            None,
        )
        for s in program.staff
    ]
    residents = []
    for r in sorted(program.residents, key=lambda r: (-r.pgy, wording.surname_key(r))):
        role = "Chief Resident" if wording.is_chief(r.pgy, years) else "Resident"
        residents.append(
            _row(
                f"{wording.e(r.display_name)}, {wording.e(r.degree_text)}",
                f"{wording.tag(style, r.pgy)} {role}",
                r.school_string,
            )
        )
    fellows = [
        _row(
            f"{wording.e(f.display_name)}, {wording.e(f.degree_text)}",
            f"Clinical Fellow, {program.year}&ndash;{str(program.year + 1)[2:]}",
            f.school_string,
        )
        for f in program.fellows
    ]
    alumni = [
        _row(
            f"{wording.e(a.display_name)}, {wording.e(a.degree_text)}",
            f"Alumnus, completed {a.class_year}",
            a.school_string,
        )
        for a in program.alumni
    ]
    groups = [
        ("faculty", "Leadership &amp; Faculty", faculty),
        ("residents", "Residents", residents),
        ("fellows", "Fellows", fellows),
        ("alumni", "Alumni", alumni),
    ]
    groups = [g for g in groups if g[2]]
    tabs = "".join(
        f'<button role="tab" id="tab-{key}" aria-controls="panel-{key}" '
        f'aria-selected="{"true" if n == 0 else "false"}" tabindex="{0 if n == 0 else -1}">'
        f"{label}</button>"
        for n, (key, label, _) in enumerate(groups)
    )
    panels = "".join(_panel(key, rows, n > 0) for n, (key, _, rows) in enumerate(groups))
    return (
        '<div class="ktc-widget-zone"><h1>People</h1><div class="tabs-widget">'
        f'<div role="tablist" aria-label="People by group">{tabs}</div>{panels}</div></div>'
    )


register_fresh4(
    Layout(
        name="mixed_people",
        weight=0.0,
        render=render,
        description="a Kentico people page: ARIA tab buttons over tables of faculty, residents, "
        "fellows and alumni",
    )
)
