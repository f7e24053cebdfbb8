"""Fresh3 variant of ``js``: a Nuxt page filled from a Sanity-style GROQ query answer.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh3/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs (initials badges).

The raw HTML is a Nuxt shell: ``<div id="__nuxt">`` with an empty ``<div class="roster"
data-state="pending">`` and a "Loading&hellip;" line, and ``window.__NUXT__`` holding only the
config (the dataset and the query endpoint; no resident). The script asks
``api/residents.json`` and gets what a headless CMS's query API answers: ``{"ms": 9, "query":
"*[_type == 'resident'] ...", "result": [...]}``, each document with ``_id``, ``_type``,
``name``, ``postNominals``, ``classOf`` (the graduation year; no PGY at all), ``medicalSchool``
(``{"title": ...}``), ``undergraduate`` (the same, or null) and a ``bio`` in portable-text
blocks (``[{"_type": "block", "children": [{"_type": "span", "text": ...}]}]``). The script
groups the documents by ``classOf``, juniors first, under "Class of 2029" headings, and writes
each resident as a badge, the name with the post-nominals, the school and the bio's text; the
roster's ``data-state`` becomes ``ready``.
"""

from __future__ import annotations

import json
from typing import Any

from demoweb.layouts.fresh3 import wording
from demoweb.layouts.registry import Layout, register_fresh3
from demoweb.model import Program, Resident

QUERY = (
    "*[_type == 'resident' && program._ref == $program] | order(lastName asc)"
    "{_id, name, postNominals, classOf, medicalSchool->{title}, undergraduate->{title}, bio}"
)
SCRIPT = """
(function () {
  var cfg = window.__NUXT__.config.public;
  var root = document.querySelector('#__nuxt .roster');
  fetch(cfg.queryEndpoint).then(function (r) { return r.json(); }).then(function (answer) {
    var groups = {};
    answer.result.forEach(function (doc) { (groups[doc.classOf] = groups[doc.classOf] || []).push(doc); });
    root.textContent = '';
    Object.keys(groups).map(Number).sort(function (a, b) { return b - a; }).forEach(function (year) {
      var section = document.createElement('section'); section.className = 'roster__class';
      var h = document.createElement('h2'); h.textContent = 'Class of ' + year;
      section.appendChild(h);
      groups[year].forEach(function (doc) {
        var card = document.createElement('div'); card.className = 'roster__person';
        var badge = document.createElement('span'); badge.className = 'roster__badge';
        badge.setAttribute('aria-hidden', 'true');
        badge.textContent = doc.name.split(' ').filter(function (w) { return /^[A-Za-z]/.test(w); })
          .map(function (w, i, all) { return i === 0 || i === all.length - 1 ? w[0] : ''; }).join('');
        card.appendChild(badge);
        var name = document.createElement('h3'); name.textContent = doc.name + ', ' + doc.postNominals;
        card.appendChild(name);
        var school = document.createElement('p'); school.textContent = doc.medicalSchool.title;
        card.appendChild(school);
        var bio = document.createElement('p'); bio.className = 'roster__bio';
        bio.textContent = (doc.bio || []).map(function (block) {
          return block.children.map(function (span) { return span.text; }).join('');
        }).join(' ');
        card.appendChild(bio);
        section.appendChild(card);
      });
      root.appendChild(section);
    });
    root.setAttribute('data-state', 'ready');
  });
})();
"""


def _bio(r: Resident) -> list[dict[str, Any]]:
    text = (
        f"{r.first_name} grew up in {r.hometown}."
        if r.hometown
        else f"{r.first_name} is glad to be here."
    )
    if r.undergrad:
        text += f" College: {r.undergrad}."
    return [
        {
            "_type": "block",
            "_key": wording.stable_id(r.name, "bio"),
            "style": "normal",
            "children": [
                {"_type": "span", "_key": wording.stable_id(r.name, "span"), "text": text}
            ],
        }
    ]


def render(program: Program, variant: str, api_url: str) -> str:
    config = {
        "config": {"public": {"dataset": "production", "queryEndpoint": api_url}},
        "state": {},
        "serverRendered": True,
    }
    state = json.dumps(config).replace("</", "<\\/")
    return (
        '<div id="__nuxt"><div class="page page--residents"><h1>Residents</h1>'
        '<div class="roster" data-state="pending"><p>Loading&hellip;</p></div>'
        "<noscript>Turn on JavaScript to see the roster.</noscript></div></div>"
        f"<script>window.__NUXT__={state};</script>"
        f"<script>{SCRIPT}</script>"
    )


def api(program: Program, variant: str) -> Any:
    result = []
    for r in sorted(program.residents, key=wording.surname_key):
        result.append(
            {
                "_id": wording.stable_id(program.id, r.name),
                "_type": "resident",
                "name": r.display_name,
                "postNominals": r.degree_text,
                "classOf": r.class_year,
                "medicalSchool": {"title": r.school_string},
                "undergraduate": {"title": r.undergrad} if r.undergrad else None,
                "bio": _bio(r),
            }
        )
    return {"ms": 9, "query": QUERY, "result": result}


register_fresh3(
    Layout(
        name="js",
        weight=0.0,
        render=render,
        js=True,
        api=api,
        description="a Nuxt shell filled from a headless-CMS query answer grouped by class year",
    )
)
