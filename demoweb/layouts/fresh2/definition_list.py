"""Fresh2 variant of ``definition_list``: description lists with abbreviated labels.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh2/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

One ``<dl>`` whose entries are wrapped in ``<div>`` (as HTML allows): the ``<dt>`` is the
resident's name with post-nominals in a ``<span>``, and each ``<dd>`` a fact with an abbreviated
label in ``<abbr title="...">``: "PGY-III" (Roman numerals, with the ``PGY`` in an ``<abbr>``),
"Med. Sch.: School", "Undergrad.: College", "Home: City, State". A key above the list spells the
abbreviations out. Seniors first, then by surname.
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.fresh2 import wording
from demoweb.layouts.registry import Layout, register_fresh2
from demoweb.model import Program, Resident

PGY = '<abbr title="Post-Graduate Year">PGY</abbr>'


def _fact(abbr: str, title: str, text: str) -> str:
    return f'<dd><abbr title="{title}">{abbr}</abbr>: {escape(text)}</dd>'


def _entry(r: Resident, years: int) -> str:
    level = f"{PGY}-{wording.ROMAN[r.pgy - 1]}"
    if wording.is_final(r.pgy, years):
        level += " (Chief)"
    facts = [f'<dd class="level">{level}</dd>']
    facts.append(_fact("Med. Sch.", "Medical School", r.school_string))
    if r.undergrad:
        facts.append(_fact("Undergrad.", "Undergraduate", r.undergrad))
    if r.hometown:
        facts.append(_fact("Home", "Hometown", r.hometown))
    return (
        '<div class="roster-dl__entry">'
        f'<dt>{escape(r.display_name)}, <span class="post-nominals">{escape(r.degree_text)}'
        f"</span></dt>{''.join(facts)}</div>"
    )


def render(program: Program, variant: str, api_url: str) -> str:
    years = wording.years_of(program)
    ordered = sorted(program.residents, key=lambda r: (-r.pgy, wording.surname_key(r)))
    span = f" (I&ndash;{wording.ROMAN[years - 1]})" if years > 1 else ""
    key = (
        f'<p class="key"><small>Key: PGY = post-graduate year{span}; Med. Sch. = medical '
        "school; Undergrad. = undergraduate college; Home = hometown.</small></p>"
    )
    entries = "".join(_entry(r, years) for r in ordered)
    return f'<h1>Resident Directory</h1>{key}<dl class="roster-dl">{entries}</dl>'


register_fresh2(
    Layout(
        name="definition_list",
        weight=0.0,
        render=render,
        description="div-wrapped description lists with abbreviated labels and Roman PGY numerals",
    )
)
