"""Fresh3 variant of ``table``: an old hand-written page, a roster table inside a layout table.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh3/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

The page is laid out the way hand-written departmental HTML of the early 2000s was: an outer
``<table width="100%">`` whose narrow left cell is a ``<font>`` link column (anchors on the page)
and whose right cell holds the roster, a ``<table border="1" cellpadding="3">`` with a coloured
header row of ``<font color="#ffffff"><b>`` cells: "Resident", "Medical School" and "Year in
Training". The name and the degrees share the first cell, split by a ``<br>``; each program
draws one way of writing the year ("PGY III", "PG-3", "3rd yr"). Classes follow one another,
seniors first, with nothing but the year cell to tell them apart.
"""

from __future__ import annotations

from demoweb.layouts.fresh3 import wording
from demoweb.layouts.registry import Layout, register_fresh3
from demoweb.model import Program, Resident

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")
YEAR_STYLES = ("roman", "pg", "yr")
FONT = '<font face="Arial, Helvetica, sans-serif" size="2">'


def year_cell(style: str, level: int) -> str:
    if style == "roman":
        return f"PGY {ROMAN[level - 1]}"
    if style == "pg":
        return f"PG-{level}"
    return f"{wording.nth(level)} yr"


def _row(r: Resident, style: str, shade: bool) -> str:
    bg = ' bgcolor="#eeeeee"' if shade else ""
    return (
        f'<tr{bg}><td valign="top">{FONT}<b>{wording.e(r.display_name)}</b><br>'
        f"{wording.e(r.degree_text)}</font></td>"
        f'<td valign="top">{FONT}{wording.e(r.school_string)}</font></td>'
        f'<td valign="top" align="center">{FONT}{year_cell(style, r.pgy)}</font></td></tr>'
    )


def render(program: Program, variant: str, api_url: str) -> str:
    style = wording.program_rng(program, "table").choice(YEAR_STYLES)
    ordered = sorted(program.residents, key=lambda r: (-r.pgy, wording.surname_key(r)))
    rows = "".join(_row(r, style, n % 2 == 1) for n, r in enumerate(ordered))
    head = "".join(
        f'<td><font color="#ffffff" face="Arial, Helvetica, sans-serif" size="2"><b>{c}</b>'
        "</font></td>"
        for c in ("Resident", "Medical School", "Year in Training")
    )
    side = "<br>".join(
        f'<a href="#{anchor}">{FONT}{text}</font></a>'
        for anchor, text in (("roster", "Roster"), ("contact", "Contact Us"), ("top", "Top"))
    )
    return (
        '<a name="top"></a><table width="100%" border="0" cellspacing="0" cellpadding="6"><tr>'
        f'<td width="140" valign="top" bgcolor="#dde4ee">{side}</td>'
        '<td valign="top"><a name="roster"></a><h1><font face="Georgia, serif">Resident Roster'
        f"</font></h1><p>{FONT}{wording.e(program.specialty_title)} house officers for "
        f"{program.year}-{program.year + 1}.</font></p>"
        '<table border="1" cellpadding="3" cellspacing="0" width="95%">'
        f'<tr bgcolor="#1f3a60">{head}</tr>{rows}</table>'
        f'<p><a name="contact"></a>{FONT}Questions about this page? Write to the residency '
        "office.</font></p></td></tr></table>"
    )


register_fresh3(
    Layout(
        name="table",
        weight=0.0,
        render=render,
        description="an old hand-written roster table inside a layout table, with font tags",
    )
)
