"""Fresh3 variant of ``dense_text``: a preformatted plain-text roster with dot leaders.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh3/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

Old departmental pages often paste a roster straight from a word processor into ``<pre>``: a
class heading in capitals underlined with dashes ("SECOND YEARS - CLASS OF 2029", "INTERNS -
CLASS OF 2031", "CHIEF YEAR - CLASS OF 2027"), then one line per resident, "Jane Doe, MD",
a run of dots out to a column, and the school. Juniors first; the page is wrapped in a
``<font face="Courier New">`` inside a centred table, and a "Last updated" line closes it.
"""

from __future__ import annotations

from demoweb.layouts.fresh3 import wording
from demoweb.layouts.labels import by_pgy
from demoweb.layouts.registry import Layout, register_fresh3
from demoweb.model import Program

COLUMN = 44


def _line(text: str, school: str) -> str:
    dots = "." * max(3, COLUMN - len(text))
    return f"  {wording.e(text)} {dots} {wording.e(school)}"


def render(program: Program, variant: str, api_url: str) -> str:
    years = wording.years_of(program)
    blocks = []
    for level, group in by_pgy(program.residents):
        heading = f"{wording.class_word(level, years)} - Class of {group[0].class_year}".upper()
        lines = [heading, "-" * len(heading)]
        lines += [
            _line(f"{r.display_name}, {r.degree_text}", r.school_string)
            for r in sorted(group, key=wording.surname_key)
        ]
        blocks.append("\n".join(lines))
    text = "\n\n".join(blocks)
    return (
        '<table align="center" width="90%" border="0"><tr><td>'
        f"<h1>{wording.e(program.specialty_title)} Residents</h1>"
        f'<font face="Courier New, monospace" size="2"><pre>{text}</pre></font>'
        f"<p><i>Last updated July {program.year}.</i></p></td></tr></table>"
    )


register_fresh3(
    Layout(
        name="dense_text",
        weight=0.0,
        render=render,
        description="a preformatted plain-text roster with capitalised class headings, dot leaders",
    )
)
