"""Fresh4 variant of ``js``: an Angular app filled from a Firestore-style REST answer.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh4/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs (initials in a circle).

The raw HTML is an Angular shell: ``<app-root ng-version="17.3.12">`` with a "Loading
residents&hellip;" line and no resident, and the endpoint and the program's house-staff prefix
in data attributes. The script asks ``api/residents.json`` and gets what Firestore's REST API
answers for a collection: ``{"documents": [...]}``, each document ``{"name":
"projects/.../documents/residents/<id>", "fields": {...}, "createTime", "updateTime"}`` with
typed values: ``displayName`` and ``postNominals`` as ``stringValue``, ``level`` as an
``integerValue`` written as a string ("3"), ``completes`` the same, and ``medicalSchool`` a
``mapValue`` whose ``fields.name.stringValue`` is the school. The app groups the documents by
level, seniors first, under ``<h2>`` headings ("HO-3"), writes each resident as an initials
circle, the name with the post-nominals, and the school, and marks ``<app-root>`` with
``data-ready``.
"""

from __future__ import annotations

from typing import Any

from demoweb.layouts.fresh4 import wording
from demoweb.layouts.registry import Layout, register_fresh4
from demoweb.model import Program, Resident

PROJECT = "projects/residency-site/databases/(default)/documents/residents"
SCRIPT = """
(function () {
  var root = document.querySelector('app-root');
  function str(f) { return f ? (f.stringValue !== undefined ? f.stringValue : f.integerValue) : ''; }
  fetch(root.dataset.endpoint).then(function (r) { return r.json(); }).then(function (answer) {
    var byLevel = {};
    (answer.documents || []).forEach(function (doc) {
      var level = Number(doc.fields.level.integerValue);
      (byLevel[level] = byLevel[level] || []).push(doc.fields);
    });
    var host = root.querySelector('.roster-host');
    host.textContent = '';
    Object.keys(byLevel).map(Number).sort(function (a, b) { return b - a; }).forEach(function (level) {
      var group = document.createElement('section'); group.className = 'level-group';
      var h = document.createElement('h2'); h.textContent = root.dataset.prefix + '-' + level;
      group.appendChild(h);
      byLevel[level].forEach(function (f) {
        var row = document.createElement('div'); row.className = 'resident-row';
        var name = str(f.displayName);
        var circle = document.createElement('span'); circle.className = 'initials';
        circle.setAttribute('aria-hidden', 'true');
        var words = name.split(' ').filter(function (w) { return /^[A-Za-z]/.test(w); });
        circle.textContent = words.length ? words[0][0] + (words.length > 1 ? words[words.length - 1][0] : '') : '';
        row.appendChild(circle);
        var who = document.createElement('strong'); who.textContent = name + ', ' + str(f.postNominals);
        row.appendChild(who);
        var school = document.createElement('div'); school.className = 'school';
        school.textContent = str(f.medicalSchool.mapValue.fields.name);
        row.appendChild(school);
        group.appendChild(row);
      });
      host.appendChild(group);
    });
    root.setAttribute('data-ready', 'true');
  });
})();
"""


def render(program: Program, variant: str, api_url: str) -> str:
    style = wording.tag_style(program, "js")
    return (
        f'<app-root ng-version="17.3.12" data-endpoint="{wording.e(api_url)}" '
        f'data-prefix="{style}"><div class="shell"><h1>Residents</h1>'
        '<div class="roster-host"><p class="boot">Loading residents&hellip;</p></div></div>'
        "</app-root><noscript>Please enable JavaScript to view the residents.</noscript>"
        f"<script>{SCRIPT}</script>"
    )


def _document(program: Program, r: Resident) -> dict[str, Any]:
    stamp = f"{program.year}-07-01T12:{len(r.name) % 60:02d}:00.000000Z"
    return {
        "name": f"{PROJECT}/{wording.stable_id(program.id, r.name, length=20)}",
        "fields": {
            "displayName": {"stringValue": r.display_name},
            "postNominals": {"stringValue": r.degree_text},
            "level": {"integerValue": str(r.pgy)},
            "completes": {"integerValue": str(r.class_year)},
            "medicalSchool": {"mapValue": {"fields": {"name": {"stringValue": r.school_string}}}},
        },
        "createTime": stamp,
        "updateTime": stamp,
    }


def api(program: Program, variant: str) -> Any:
    ordered = sorted(program.residents, key=wording.surname_key)
    return {"documents": [_document(program, r) for r in ordered]}


register_fresh4(
    Layout(
        name="js",
        weight=0.0,
        render=render,
        js=True,
        api=api,
        description="an Angular shell filled from a Firestore-style REST answer of typed fields",
    )
)
