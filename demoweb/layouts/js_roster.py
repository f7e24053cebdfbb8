"""A roster rendered in the browser from a JSON endpoint, so a crawler needs a real browser.

The raw HTML holds only an empty mount point, a ``<noscript>`` hint and an inline script that
fetches ``api/residents.json`` and builds the roster. The two variants differ in the JSON shape
and in the DOM the script builds.
"""

from __future__ import annotations

from html import escape
from typing import Any

from demoweb.layouts.registry import Layout, register
from demoweb.model import Program

SCRIPT_DEV = """
(function () {
  var mount = document.getElementById('resident-roster');
  fetch(mount.dataset.endpoint).then(function (r) { return r.json(); }).then(function (data) {
    var rows = data.residents.map(function (p) {
      var tr = document.createElement('tr');
      [p.name + ', ' + p.degrees, String(p.pgy), p.medical_school].forEach(function (t) {
        var td = document.createElement('td'); td.textContent = t; tr.appendChild(td);
      });
      return tr;
    });
    var table = document.createElement('table'); table.className = 'roster';
    table.innerHTML = '<thead><tr><th>Name</th><th>PGY</th><th>Medical School</th></tr></thead>';
    var body = document.createElement('tbody');
    rows.forEach(function (tr) { body.appendChild(tr); });
    table.appendChild(body); mount.appendChild(table);
    mount.setAttribute('data-loaded', 'true');
  });
})();
"""

SCRIPT_HELDOUT = """
(function () {
  var mount = document.getElementById('people-app');
  fetch(mount.getAttribute('data-api')).then(function (r) { return r.json(); }).then(function (d) {
    var list = document.createElement('ul'); list.className = 'people-list';
    d.data.people.forEach(function (p) {
      var li = document.createElement('li'); li.className = 'people-item';
      var n = document.createElement('span'); n.className = 'nm';
      n.textContent = p.fullName + ', ' + p.credentials.join(', ');
      var l = document.createElement('span'); l.className = 'lvl'; l.textContent = p.trainingLevel;
      var s = document.createElement('span'); s.className = 'edu';
      s.textContent = 'Medical School: ' + p.education.medicalSchool;
      [n, l, s].forEach(function (e) { li.appendChild(e); li.appendChild(document.createTextNode(' \\u2014 ')); });
      list.appendChild(li);
    });
    mount.appendChild(list); mount.setAttribute('data-loaded', 'true');
  });
})();
"""

NOSCRIPT = "<noscript>Our resident roster needs JavaScript. Please enable JavaScript to see our current residents.</noscript>"


def render(program: Program, variant: str, api_url: str) -> str:
    if variant == "heldout":
        return (
            "<h1>Residents</h1>"
            f'<div id="people-app" data-api="{escape(api_url)}"></div>{NOSCRIPT}'
            f"<script>{SCRIPT_HELDOUT}</script>"
        )
    return (
        "<h1>Current Residents</h1>"
        f'<div id="resident-roster" data-endpoint="{escape(api_url)}"></div>{NOSCRIPT}'
        f"<script>{SCRIPT_DEV}</script>"
    )


def api(program: Program, variant: str) -> Any:
    """The JSON the roster script fetches; field names differ per variant, as across vendors."""
    ordered = sorted(program.residents, key=lambda r: r.pgy)
    if variant == "heldout":
        return {
            "data": {
                "people": [
                    {
                        "fullName": r.display_name,
                        "credentials": list(r.degrees),
                        "trainingLevel": f"PGY-{r.pgy}",
                        "education": {"medicalSchool": r.school_string},
                    }
                    for r in ordered
                ]
            }
        }
    return {
        "program": program.name,
        "residents": [
            {
                "name": r.display_name,
                "degrees": r.degree_text,
                "pgy": r.pgy,
                "medical_school": r.school_string,
            }
            for r in ordered
        ],
    }


register(
    Layout(
        name="js",
        weight=0.08,
        render=render,
        js=True,
        api=api,
        description="rendered in the browser from a JSON API",
    )
)
