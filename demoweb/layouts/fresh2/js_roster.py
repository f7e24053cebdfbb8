"""Fresh2 variant of ``js``: a JSON:API directory with schools in ``included``, built in the page.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh2/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs (initials badges).

The raw HTML holds ``<div id="resident-directory" data-jsonapi="...">`` with a "Fetching the
directory&hellip;" placeholder and a ``<noscript>``. The JSON follows Drupal's JSON:API: ``data``
is a list of ``node--resident`` resources whose ``attributes`` carry ``title`` (the name),
``field_post_nominals``, ``field_training_year`` (a number), ``field_graduation_year`` and
``field_hometown``; the schools are not in the resource but in ``relationships``
(``field_medical_school``, ``field_undergraduate``) pointing by id to ``taxonomy_term--institution``
resources in ``included``. The script joins them and writes, per training year (juniors first),
a heading "Residency Year 2" and one entry per resident: an initials badge, "Name, MD", then
"School (MD)" with the medical degree in parentheses, then an "Undergraduate:" line.
"""

from __future__ import annotations

import uuid
from html import escape
from typing import Any

from demoweb.layouts.fresh2 import wording
from demoweb.layouts.registry import Layout, register_fresh2
from demoweb.model import Program

SCRIPT = """
(function () {
  var root = document.getElementById('resident-directory');
  root.setAttribute('aria-busy', 'true');
  fetch(root.getAttribute('data-jsonapi'), {headers: {'Accept': 'application/vnd.api+json'}})
    .then(function (r) { return r.json(); })
    .then(function (doc) {
      var terms = {};
      (doc.included || []).forEach(function (t) { terms[t.type + '/' + t.id] = t.attributes.name; });
      function term(rel) { return rel && rel.data ? terms[rel.data.type + '/' + rel.data.id] : null; }
      var byYear = {};
      doc.data.forEach(function (node) {
        var y = node.attributes.field_training_year;
        (byYear[y] = byYear[y] || []).push(node);
      });
      root.textContent = '';
      Object.keys(byYear).map(Number).sort(function (a, b) { return a - b; }).forEach(function (y) {
        var h = document.createElement('h2'); h.textContent = 'Residency Year ' + y;
        root.appendChild(h);
        var ul = document.createElement('ul'); ul.className = 'directory-entries';
        byYear[y].forEach(function (node) {
          var a = node.attributes, li = document.createElement('li');
          var badge = document.createElement('div'); badge.className = 'badge';
          badge.setAttribute('aria-hidden', 'true');
          badge.textContent = a.title.split(/[ -]+/).filter(function (w) { return /^[A-Za-z]/.test(w); })
            .map(function (w, i, all) { return i === 0 || i === all.length - 1 ? w[0] : ''; }).join('');
          li.appendChild(badge);
          var name = document.createElement('strong');
          name.textContent = a.title + ', ' + a.field_post_nominals;
          li.appendChild(name);
          var degree = a.field_post_nominals.split(/,? /)[0];
          var school = document.createElement('div');
          school.textContent = term(node.relationships.field_medical_school) + ' (' + degree + ')';
          li.appendChild(school);
          var ug = term(node.relationships.field_undergraduate);
          if (ug) {
            var u = document.createElement('div'); u.textContent = 'Undergraduate: ' + ug;
            li.appendChild(u);
          }
          ul.appendChild(li);
        });
        root.appendChild(ul);
      });
      root.setAttribute('aria-busy', 'false');
    });
})();
"""


def _id(*parts: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "fresh2|" + "|".join(parts)))


def render(program: Program, variant: str, api_url: str) -> str:
    return (
        "<h1>Resident Directory</h1>"
        f'<div id="resident-directory" data-jsonapi="{escape(api_url)}">'
        '<p class="placeholder">Fetching the directory&hellip;</p></div>'
        "<noscript>This directory is built by JavaScript in your browser.</noscript>"
        f"<script>{SCRIPT}</script>"
    )


def api(program: Program, variant: str) -> Any:
    terms: dict[str, dict[str, Any]] = {}

    def term(name: str) -> dict[str, str]:
        tid = _id(program.id, "institution", name)
        terms.setdefault(
            tid, {"type": "taxonomy_term--institution", "id": tid, "attributes": {"name": name}}
        )
        return {"type": "taxonomy_term--institution", "id": tid}

    data = []
    for r in sorted(program.residents, key=wording.surname_key):
        data.append(
            {
                "type": "node--resident",
                "id": _id(program.id, "resident", r.name),
                "attributes": {
                    "title": r.display_name,
                    "field_post_nominals": r.degree_text,
                    "field_training_year": r.pgy,
                    "field_graduation_year": r.class_year,
                    "field_hometown": r.hometown,
                },
                "relationships": {
                    "field_medical_school": {"data": term(r.school_string)},
                    "field_undergraduate": {"data": term(r.undergrad) if r.undergrad else None},
                },
            }
        )
    return {"jsonapi": {"version": "1.0"}, "data": data, "included": list(terms.values())}


register_fresh2(
    Layout(
        name="js",
        weight=0.0,
        render=render,
        js=True,
        api=api,
        description="a JSON:API directory whose schools sit in included, joined by the page script",
    )
)
