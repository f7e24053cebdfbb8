"""Fresh3 variant of ``per_class``: hand-written HTML, an index of classes and a page for each.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh3/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

The roster page is a short ``<font>`` paragraph and a bulleted list of classes, each linked by
its name in the program's own words with the years of training under it ("Juniors" with
"PGY-2, graduating 2029"); it names no resident. Class pages live at ``<roster>/r2/`` (``r``
and the year in training) and are centred hand-written pages: the heading "Juniors (PGY-2)", a
rule, and a two-column layout table of residents, each cell a ``<font>`` block of
``<br>``-separated lines: the name in bold, the degrees, the school, and the hometown in
italics. A "Back to all classes" link closes the page.
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.fresh3 import wording
from demoweb.layouts.labels import by_pgy
from demoweb.layouts.registry import Layout, RosterContext, RosterPage, register_fresh3
from demoweb.model import Program, Resident

FONT = '<font face="Verdana, Arial" size="2">'


def _cell(r: Resident) -> str:
    lines = [f"<b>{wording.e(r.display_name)}</b>", wording.e(r.degree_text)]
    lines.append(wording.e(r.school_string))
    if r.hometown:
        lines.append(f"<i>{wording.e(r.hometown)}</i>")
    return f'<td valign="top" width="50%">{FONT}{"<br>".join(lines)}</font></td>'


def _grid(group: list[Resident]) -> str:
    ordered = sorted(group, key=wording.surname_key)
    rows = []
    for i in range(0, len(ordered), 2):
        pair = ordered[i : i + 2]
        cells = "".join(_cell(r) for r in pair)
        if len(pair) == 1:
            cells += '<td width="50%">&nbsp;</td>'
        rows.append(f"<tr>{cells}</tr>")
    return f'<table width="90%" cellpadding="8" border="0">{"".join(rows)}</table>'


def pages(program: Program, variant: str, ctx: RosterContext) -> list[RosterPage]:
    years = wording.years_of(program)
    index_href = escape(ctx.href(ctx.roster_path))
    items, subpages = [], []
    for level, group in by_pgy(program.residents):
        word = wording.class_word(level, years)
        rel = ctx.sub(f"r{level}")
        items.append(
            f'<li><a href="{escape(ctx.href(rel))}">{word}</a><br>'
            f"<small>PGY-{level}, graduating {group[0].class_year}</small></li>"
        )
        body = (
            f'<center><h1>{word} (PGY-{level})</h1><hr width="80%">'
            f"{_grid(group)}"
            f'<p>{FONT}<a href="{index_href}">Back to all classes</a></font></p></center>'
        )
        subpages.append(RosterPage(rel, f"{word} (PGY-{level})", body, tuple(group)))
    index = (
        f"<h1>Housestaff by Class</h1><p>{FONT}Our residents are listed by year of training. "
        f"Click a class to see its members.</font></p><ul>{''.join(items)}</ul>"
    )
    return [RosterPage(ctx.roster_path, "", index, (), roster=False), *subpages]


register_fresh3(
    Layout(
        name="per_class",
        weight=0.0,
        pages=pages,
        description="hand-written class pages at r1/, r2/ in two-column font-tag layout tables",
    )
)
