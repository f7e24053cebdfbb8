"""Fresh variant of ``mixed_people``: one people-directory table of everyone in the department.

Provenance: written 2026-11-25 by a blind helper (see ``demoweb/layouts/fresh/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

A row of filter links ("All", "Faculty", "Residents", "Fellows", "Alumni"; anchors only) over
one ``Name | Title | Education`` table sorted by last name. Residents are "Resident Physician,
PGY-3"; fellows "Fellow, Endovascular"; alumni "Residency Graduate, Class of 2026" with where they
went; faculty and staff their role. Fellows and alumni have medical schools too, so only the
title tells a resident from the rest.
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.fresh import wording
from demoweb.layouts.labels import last_name_key, name_and_degrees
from demoweb.layouts.registry import Layout, register_fresh
from demoweb.model import Program, Resident

FELLOW_TRACKS = ("Endovascular", "Spine", "Pediatric", "Neuro-oncology", "Critical Care")
NEXT_STEPS = ("fellowship training", "private practice", "an academic faculty position")


def _education(r: Resident) -> str:
    return f"{escape(wording.medical_degree(r))}, {escape(r.school_string)}"


def _row(key: tuple[str, str], name: str, title: str, education: str) -> tuple[tuple, str]:
    return key, f"<tr><td>{name}</td><td>{title}</td><td>{education}</td></tr>"


def render(program: Program, variant: str, api_url: str) -> str:
    years = wording.years_of(program)
    rows = []
    for r in program.residents:
        title = escape(wording.level_with_notes(r, years, f"Resident Physician, PGY-{r.pgy}"))
        name = name_and_degrees(r)
        rows.append(_row(last_name_key(r), name, title, _education(r)))
    for n, f in enumerate(program.fellows):
        name = name_and_degrees(f)
        title = f"Fellow, {FELLOW_TRACKS[n % len(FELLOW_TRACKS)]}"
        rows.append(_row(last_name_key(f), name, title, _education(f)))
    for n, a in enumerate(program.alumni):
        name = name_and_degrees(a)
        title = (
            f"Residency Graduate, Class of {a.class_year}; now in {NEXT_STEPS[n % len(NEXT_STEPS)]}"
        )
        rows.append(_row(last_name_key(a), name, title, _education(a)))
    for s in program.staff:
        key = (s.name.rsplit(" ", 1)[-1].lower(), s.name.lower())
        degrees = f", {escape(', '.join(s.degrees))}" if s.degrees else ""
        rows.append(_row(key, f"{escape(s.name)}{degrees}", escape(s.role), ""))
    filters = " | ".join(
        f'<a href="#directory">{label}</a>'
        for label in ("All", "Faculty", "Residents", "Fellows", "Alumni")
    )
    body = "".join(html for _, html in sorted(rows))
    return (
        f'<h1>Faculty &amp; Trainees</h1><p class="filters">Show: {filters}</p>'
        '<table id="directory" class="people-directory"><thead><tr><th>Name</th><th>Title</th>'
        f"<th>Education</th></tr></thead><tbody>{body}</tbody></table>"
    )


register_fresh(
    Layout(
        name="mixed_people",
        weight=0.0,
        render=render,
        description="one directory table of faculty, fellows, alumni and residents by title",
    )
)
