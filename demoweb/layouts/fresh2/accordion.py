"""Fresh2 variant of ``accordion``: class-year tabs with ARIA, tab links over hidden panels.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh2/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

A tab strip of links (``<a role="tab" href="#year-3">``) labelled "Interns", "2nd Years",
"3rd Years", ... "Chiefs"; each panel a ``<section role="tabpanel">`` that CSS hides unless it is
``is-active`` (all panels are in the HTML; the first is active). Each panel opens with a line
"3rd-year residents &middot; graduating 2029" and lists its residents as
"Jane Doe, MD &mdash; School", with an "Undergraduate:" line under some.
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.fresh2 import wording
from demoweb.layouts.labels import by_pgy, name_and_degrees
from demoweb.layouts.registry import Layout, register_fresh2
from demoweb.model import Program, Resident

STYLE = "<style>.tabs__panel{display:none}.tabs__panel.is-active{display:block}</style>"
SCRIPT = """
document.querySelectorAll('.tabs__list [role=tab]').forEach(function (tab) {
  tab.addEventListener('click', function (event) {
    event.preventDefault();
    document.querySelectorAll('.tabs__list [role=tab]').forEach(function (other) {
      other.setAttribute('aria-selected', other === tab ? 'true' : 'false');
      other.tabIndex = other === tab ? 0 : -1;
    });
    document.querySelectorAll('.tabs__panel').forEach(function (panel) {
      panel.classList.toggle('is-active', panel.id === tab.getAttribute('aria-controls'));
    });
  });
});
"""


def _tab_label(level: int, years: int) -> str:
    if level == 1 and years > 1:
        return "Interns"
    if wording.is_final(level, years):
        return "Chiefs"
    return f"{wording.nth(level)} Years"


def _panel_line(level: int, class_year: int, years: int) -> str:
    who = "chief residents" if wording.is_final(level, years) else "residents"
    if level == 1 and years > 1:
        who = "residents (interns)"
    return f"{wording.nth(level)}-year {who} &middot; graduating {class_year}"


def _member(r: Resident) -> str:
    extra = (
        f'<br><span class="ug">Undergraduate: {escape(r.undergrad)}</span>' if r.undergrad else ""
    )
    return f"<li>{name_and_degrees(r)} &mdash; {escape(r.school_string)}{extra}</li>"


def render(program: Program, variant: str, api_url: str) -> str:
    years = wording.years_of(program)
    tabs, panels = [], []
    for n, (level, group) in enumerate(by_pgy(program.residents)):
        panel_id, tab_id = f"year-{level}", f"year-{level}-tab"
        selected = "true" if n == 0 else "false"
        tabindex = "0" if n == 0 else "-1"
        tabs.append(
            f'<li role="presentation"><a role="tab" id="{tab_id}" href="#{panel_id}" '
            f'aria-controls="{panel_id}" aria-selected="{selected}" tabindex="{tabindex}">'
            f"{_tab_label(level, years)}</a></li>"
        )
        members = "".join(_member(r) for r in sorted(group, key=wording.surname_key))
        active = " is-active" if n == 0 else ""
        panels.append(
            f'<section class="tabs__panel{active}" id="{panel_id}" role="tabpanel" '
            f'aria-labelledby="{tab_id}" tabindex="0">'
            f'<p class="tabs__intro">{_panel_line(level, group[0].class_year, years)}</p>'
            f'<ul class="tabs__people">{members}</ul></section>'
        )
    return (
        f"{STYLE}<h1>Residents by Year</h1>"
        '<div class="tabs" data-tabs>'
        f'<ul class="tabs__list" role="tablist" aria-label="Residents by year">{"".join(tabs)}</ul>'
        f"{''.join(panels)}</div><script>{SCRIPT}</script>"
    )


register_fresh2(
    Layout(
        name="accordion",
        weight=0.0,
        render=render,
        description="class-year tabs with ARIA: tab links over hidden panels, schools after dashes",
    )
)
