"""Fresh4 variant of ``dense_text``: Google Sites text boxes, one run of names per class.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh4/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

A new Google Sites page is built of text boxes whose paragraphs carry the editor's generated
class names (``<p class="zfr3Q CDt4Ke" dir="ltr"><span class="C9DxTc">``). Seniors first, each
class is one paragraph: the level and completion year in a bold span ("HO-4, completes 2028:"),
then its residents in one run, "Jane Doe, MD (School)", separated by middle dots.
"""

from __future__ import annotations

from demoweb.layouts.fresh4 import wording
from demoweb.layouts.labels import by_pgy
from demoweb.layouts.registry import Layout, register_fresh4
from demoweb.model import Program, Resident

P = '<p class="zfr3Q CDt4Ke" dir="ltr">'


def _entry(r: Resident) -> str:
    return f"{wording.e(r.display_name)}, {wording.e(r.degree_text)} ({wording.e(r.school_string)})"


def render(program: Program, variant: str, api_url: str) -> str:
    style = wording.tag_style(program, "dense_text")
    paragraphs = []
    for level, group in by_pgy(program.residents, descending=True):
        run = " &middot; ".join(_entry(r) for r in sorted(group, key=wording.surname_key))
        paragraphs.append(
            f'{P}<span class="C9DxTc" style="font-weight:700">{wording.tag(style, level)}, '
            f'completes {group[0].class_year}:</span><span class="C9DxTc"> {run}</span></p>'
        )
    return (
        '<section class="yaqOZd"><div class="tyJCtd mGzaTb Depvyb baZpAe">'
        f'<h1 class="zfr3Q duRjpb" dir="ltr"><span class="C9DxTc">Residents</span></h1>'
        f'{P}<span class="C9DxTc">Who\'s who this year, by level.</span></p>'
        f"{''.join(paragraphs)}</div></section>"
    )


register_fresh4(
    Layout(
        name="dense_text",
        weight=0.0,
        render=render,
        description="Google Sites text boxes: one paragraph of dot-separated residents per class",
    )
)
