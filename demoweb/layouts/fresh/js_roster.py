"""Fresh variant of ``js``: a roster app that reads a GraphQL-style answer and groups by class.

Provenance: written 2026-11-25 by a blind helper (see ``demoweb/layouts/fresh/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

The raw HTML holds a "Loading residents&hellip;" placeholder in ``<div id="roster-root">`` and a
script. The JSON is shaped like a GraphQL answer,
``{"data": {"program": {"residents": {"edges": [{"node": {...}}]}}}}``, each node with
``displayName``, ``postNominals``, ``trainingYear`` (a number), ``designation`` ("Chief
Resident", "Research Year" or null), ``graduationYear``,
``medicalSchool.name`` and ``undergraduate.name``. The script groups the nodes by year under
"PGY-3 &middot; Class of 2029" headings and writes each resident as a small card.
"""

from __future__ import annotations

from html import escape
from typing import Any

from demoweb.layouts.fresh import wording
from demoweb.layouts.registry import Layout, register_fresh
from demoweb.model import Program, Resident

SCRIPT = """
(function () {
  var root = document.getElementById('roster-root');
  fetch(root.getAttribute('data-graph')).then(function (r) { return r.json(); }).then(function (g) {
    var nodes = g.data.program.residents.edges.map(function (e) { return e.node; });
    var years = [];
    nodes.forEach(function (n) { if (years.indexOf(n.trainingYear) < 0) { years.push(n.trainingYear); } });
    years.sort(function (a, b) { return b - a; });
    root.textContent = '';
    years.forEach(function (y) {
      var group = nodes.filter(function (n) { return n.trainingYear === y; });
      var h = document.createElement('h2');
      h.textContent = 'PGY-' + y + ' \\u00b7 Class of ' + group[0].graduationYear;
      root.appendChild(h);
      group.forEach(function (n) {
        var card = document.createElement('div'); card.className = 'roster-card';
        var name = document.createElement('strong');
        name.textContent = n.displayName + ', ' + n.postNominals;
        card.appendChild(name);
        var lines = n.designation ? [n.designation] : [];
        if (n.undergraduate) { lines.push('Undergraduate: ' + n.undergraduate.name); }
        lines.push('Medical School: ' + n.medicalSchool.name);
        lines.forEach(function (t) {
          var p = document.createElement('p'); p.textContent = t; card.appendChild(p);
        });
        root.appendChild(card);
      });
    });
    root.setAttribute('data-complete', 'true');
  });
})();
"""


def render(program: Program, variant: str, api_url: str) -> str:
    return (
        "<h1>Our Residents</h1>"
        f'<div id="roster-root" data-graph="{escape(api_url)}">Loading residents&hellip;</div>'
        "<noscript>Turn on JavaScript to see the list of residents.</noscript>"
        f"<script>{SCRIPT}</script>"
    )


def _designation(r: Resident, years: int) -> str | None:
    if wording.is_chief(r, years):
        return "Chief Resident"
    if wording.is_research_year(r, years):
        return "Research Year"
    return None


def api(program: Program, variant: str) -> Any:
    years = wording.years_of(program)
    edges = [
        {
            "node": {
                "id": f"resident-{n + 1}",
                "displayName": r.display_name,
                "postNominals": r.degree_text,
                "trainingYear": r.pgy,
                "designation": _designation(r, years),
                "graduationYear": r.class_year,
                "medicalSchool": {"name": r.school_string},
                "undergraduate": {"name": r.undergrad} if r.undergrad else None,
            }
        }
        for n, r in enumerate(sorted(program.residents, key=lambda r: (-r.pgy, r.name)))
    ]
    return {"data": {"program": {"name": program.name, "residents": {"edges": edges}}}}


register_fresh(
    Layout(
        name="js",
        weight=0.0,
        render=render,
        js=True,
        api=api,
        description="a GraphQL-style JSON answer rendered as cards grouped by class",
    )
)
