"""Fresh variant of ``table``: tables with the headers real programs use, in several shapes.

Provenance: written 2026-11-25 by a blind helper (see ``demoweb/layouts/fresh/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

Each program draws one header set ("Name | Year | Medical School", "Resident | PGY | School",
"Name | Level | Education", "Resident Physician | Training Year | MD",
"Name | Class | Degree/School | Hometown", "Resident | Post-Graduate Year | Undergraduate |
Medical School") and one shape: a single table (names in ``<th scope="row">``), or one table per
class with a ``<caption>`` giving the class and PGY and no level column. "Education" cells list
the undergraduate college, the medical school (after its degree: "MBBS, ..."), a PhD or MPH.
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.fresh import wording
from demoweb.layouts.labels import by_pgy, last_name_key, name_and_degrees
from demoweb.layouts.registry import Layout, register_fresh
from demoweb.model import Program, Resident

# (name header, level header, school headers...): the level header is dropped in per-class tables.
HEADER_SETS = (
    ("Name", "Year", "Medical School"),
    ("Resident", "PGY", "School"),
    ("Name", "Level", "Education"),
    ("Resident Physician", "Training Year", "MD"),
    ("Name", "Class", "Degree/School", "Hometown"),
    ("Resident", "Post-Graduate Year", "Undergraduate", "Medical School"),
)


def _level(header: str, r: Resident, years: int) -> str:
    if header == "PGY":
        text = str(r.pgy)
    elif header == "Class":
        text = f"{r.class_year} (PGY-{r.pgy})"
    elif header == "Training Year":
        text = f"R{r.pgy}"
    else:
        text = f"PGY-{r.pgy}"
    return escape(wording.level_with_notes(r, years, text))


def _cell(header: str, program: Program, r: Resident) -> str:
    if header == "Education":
        lines = wording.education(program, r, "table")
        return "<br>".join(wording.education_html(lines))
    if header == "Degree/School":
        return f"{escape(wording.medical_degree(r))} &ndash; {escape(r.school_string)}"
    if header == "Hometown":
        return escape(r.hometown or "")
    if header == "Undergraduate":
        return escape(r.undergrad) if r.undergrad else "&mdash;"
    return escape(r.school_string)


def _row(headers: tuple[str, ...], program: Program, r: Resident, years: int, level: bool) -> str:
    cells = [f'<th scope="row">{name_and_degrees(r)}</th>']
    if level:
        cells.append(f"<td>{_level(headers[1], r, years)}</td>")
    cells += [f"<td>{_cell(h, program, r)}</td>" for h in headers[2:]]
    return "<tr>" + "".join(cells) + "</tr>"


def _head(headers: tuple[str, ...], level: bool) -> str:
    shown = headers if level else (headers[0], *headers[2:])
    return "<thead><tr>" + "".join(f'<th scope="col">{h}</th>' for h in shown) + "</tr></thead>"


def render(program: Program, variant: str, api_url: str) -> str:
    rng = wording.program_rng(program, "table")
    headers = rng.choice(HEADER_SETS)
    per_class = rng.random() < 0.4
    years = wording.years_of(program)
    intro = (
        f"<h1>Resident Roster</h1><p>{escape(program.specialty_title)} residents for the "
        f"{program.year}&ndash;{program.year + 1} academic year.</p>"
    )
    if not per_class:
        ordered = sorted(program.residents, key=lambda r: (-r.pgy, last_name_key(r)))
        rows = "".join(_row(headers, program, r, years, True) for r in ordered)
        head = _head(headers, True)
        return f'{intro}<table class="table table-striped">{head}<tbody>{rows}</tbody></table>'
    tables = []
    for level, group in by_pgy(program.residents):
        rows = "".join(
            _row(headers, program, r, years, False) for r in sorted(group, key=last_name_key)
        )
        caption = f"Class of {group[0].class_year} (PGY-{level})"
        tables.append(
            f'<table class="table"><caption>{caption}</caption>{_head(headers, False)}'
            f"<tbody>{rows}</tbody></table>"
        )
    return intro + "".join(tables)


register_fresh(
    Layout(
        name="table",
        weight=0.0,
        render=render,
        description="tables with varied headers, some one per class with captions",
    )
)
