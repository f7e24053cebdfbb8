"""Fresh4 variant of ``accordion``: a Gutenberg Details block (``<details>``) per class.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh4/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

Juniors first, each class a native disclosure (``<details class="wp-block-details">``, closed,
the first one ``open``) whose ``<summary>`` names the level and the year the class completes
("R-2 &middot; completing 2029"). Inside, a ``wp-block-list`` of residents as a directory writes
them, "Last, First", then the credentials and the school after an en dash:
"Smith, Robert \"Bobby\", MD &ndash; School".
"""

from __future__ import annotations

from demoweb.layouts.fresh4 import wording
from demoweb.layouts.labels import by_pgy
from demoweb.layouts.registry import Layout, register_fresh4
from demoweb.model import Program, Resident


def _line(r: Resident) -> str:
    return (
        f"<li><strong>{wording.e(wording.last_first(r))}</strong>, {wording.e(r.degree_text)} "
        f"&ndash; {wording.e(r.school_string)}</li>"
    )


def render(program: Program, variant: str, api_url: str) -> str:
    style = wording.tag_style(program, "accordion")
    blocks = []
    for n, (level, group) in enumerate(by_pgy(program.residents)):
        opened = " open" if n == 0 else ""
        lines = "".join(_line(r) for r in sorted(group, key=wording.surname_key))
        blocks.append(
            f'<details class="wp-block-details"{opened}><summary>{wording.tag(style, level)} '
            f"&middot; completing {group[0].class_year}</summary>"
            f'<ul class="wp-block-list">{lines}</ul></details>'
        )
    return (
        '<div class="entry-content wp-block-post-content">'
        '<h1 class="wp-block-post-title">Residents by Year</h1>'
        "<p>Open a year to see who is in it.</p>"
        f"{''.join(blocks)}</div>"
    )


register_fresh4(
    Layout(
        name="accordion",
        weight=0.0,
        render=render,
        description="Gutenberg details blocks per class listing 'Last, First' residents",
    )
)
