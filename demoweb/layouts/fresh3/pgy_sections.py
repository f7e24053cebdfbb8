"""Fresh3 variant of ``pgy_sections``: Sitefinity content blocks, one layout row per class.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh3/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

Seniors first. Each class is a Sitefinity layout row (``sf_colsOut`` / ``sf_colsIn``) whose first
content block is a heading in the program's words with the year beside it ("Chief Year
&ndash; R5", "Seniors &ndash; R4", "Juniors &ndash; R2", "Interns &ndash; R1") and whose other
columns hold one ``sfContentBlock`` per resident: a paragraph "Jane Doe, MD" in bold, then
"Medical Education: ..." and, for some, "Undergraduate: ..." on ``<br>``-separated lines.
"""

from __future__ import annotations

from demoweb.layouts.fresh3 import wording
from demoweb.layouts.labels import by_pgy
from demoweb.layouts.registry import Layout, register_fresh3
from demoweb.model import Program, Resident


def _block(r: Resident) -> str:
    lines = [
        f"<strong>{wording.e(r.display_name)}, {wording.e(r.degree_text)}</strong>",
        f"Medical Education: {wording.e(r.school_string)}",
    ]
    if r.undergrad:
        lines.append(f"Undergraduate: {wording.e(r.undergrad)}")
    return (
        '<div class="sf_colsIn sf_3cols_2in_33"><div class="sfContentBlock">'
        f"<p>{'<br>'.join(lines)}</p></div></div>"
    )


def render(program: Program, variant: str, api_url: str) -> str:
    years = wording.years_of(program)
    rows = []
    for level, group in by_pgy(program.residents, descending=True):
        blocks = "".join(_block(r) for r in sorted(group, key=wording.surname_key))
        rows.append(
            '<div class="sf_colsOut sf_1col_1_100"><div class="sf_colsIn sf_1col_1in_100">'
            f'<div class="sfContentBlock"><h2>{wording.class_word(level, years)} &ndash; '
            f'R{level}</h2></div></div></div><div class="sf_colsOut sf_3cols_1_33">{blocks}</div>'
        )
    return '<div class="sfPublicWrapper"><h1>Residents</h1>' + "".join(rows) + "</div>"


register_fresh3(
    Layout(
        name="pgy_sections",
        weight=0.0,
        render=render,
        description='Sitefinity layout rows per class headed "Seniors \u2013 R4", content blocks',
    )
)
