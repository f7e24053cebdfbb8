"""Fresh3 variant of ``load_more``: a "Load next" button reading a Contentful-style delivery API.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh3/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

The page server-renders the first eight residents (juniors first) as ``<li class="person">``
items and a ``<button class="js-load-next" data-skip="8" data-limit="8">Load next 8</button>``.
Each click asks ``api/residents.json?content_type=resident&skip=8&limit=8`` and the answer is
shaped like a headless CMS's entries endpoint: ``{"sys": {"type": "Array"}, "total": 23, "skip":
8, "limit": 8, "items": [...], "includes": {"Entry": [...]}}``. An item's ``fields`` carry
``fullName``, ``postNominals``, ``trainingLevel`` ("PGY-2"), ``hometown`` and
``medicalSchool``, which is only a link (``{"sys": {"type": "Link", "linkType": "Entry", "id":
...}}``) to an ``institution`` entry in ``includes`` whose ``fields.name`` is the school. The
script resolves the links and appends items written like the server-rendered ones; the button
goes when ``skip + limit`` reaches ``total``.
"""

from __future__ import annotations

from html import escape
from typing import Any

from demoweb.layouts.fresh3 import wording
from demoweb.layouts.registry import ApiPage, Layout, RosterContext, RosterPage, register_fresh3
from demoweb.model import Program, Resident

LIMIT = 8
SCRIPT = """
(function () {
  var list = document.querySelector('.people-stack');
  var button = document.querySelector('.js-load-next');
  if (!button) { return; }
  function line(cls, text) {
    var p = document.createElement('p'); p.className = cls; p.textContent = text; return p;
  }
  button.addEventListener('click', function () {
    var skip = Number(button.dataset.skip), limit = Number(button.dataset.limit);
    button.disabled = true;
    fetch(list.dataset.space + '?content_type=resident&skip=' + skip + '&limit=' + limit)
      .then(function (r) { return r.json(); })
      .then(function (page) {
        var linked = {};
        ((page.includes || {}).Entry || []).forEach(function (e) { linked[e.sys.id] = e.fields; });
        page.items.forEach(function (item) {
          var f = item.fields, li = document.createElement('li'); li.className = 'person';
          li.appendChild(line('person__name', f.fullName + ', ' + f.postNominals));
          li.appendChild(line('person__level', f.trainingLevel));
          li.appendChild(line('person__school', 'Medical School \\u2014 ' +
            linked[f.medicalSchool.sys.id].name));
          if (f.hometown) { li.appendChild(line('person__home', 'Hometown \\u2014 ' + f.hometown)); }
          list.appendChild(li);
        });
        var next = page.skip + page.limit;
        if (next >= page.total) { button.remove(); return; }
        button.dataset.skip = String(next); button.disabled = false;
      });
  });
})();
"""


def _ordered(program: Program) -> list[Resident]:
    return sorted(program.residents, key=lambda r: (r.pgy, wording.surname_key(r)))


def _li(r: Resident) -> str:
    home = (
        f'<p class="person__home">Hometown &mdash; {escape(r.hometown)}</p>' if r.hometown else ""
    )
    return (
        f'<li class="person"><p class="person__name">{escape(r.display_name)}, '
        f'{escape(r.degree_text)}</p><p class="person__level">PGY-{r.pgy}</p>'
        f'<p class="person__school">Medical School &mdash; {escape(r.school_string)}</p>{home}</li>'
    )


def pages(program: Program, variant: str, ctx: RosterContext) -> list[RosterPage]:
    ordered = _ordered(program)
    button = ""
    if len(ordered) > LIMIT:
        button = (
            f'<button type="button" class="btn js-load-next" data-skip="{LIMIT}" '
            f'data-limit="{LIMIT}">Load next {LIMIT}</button>'
        )
    body = (
        "<h1>Current Residents</h1>"
        f'<p class="count">{len(ordered)} residents</p>'
        f'<ul class="people-stack" data-space="{escape(ctx.href(ctx.api_path))}">'
        f"{''.join(_li(r) for r in ordered[:LIMIT])}</ul>{button}<script>{SCRIPT}</script>"
    )
    return [RosterPage(ctx.roster_path, "", body, program.residents)]


def _page(program: Program, chunk: list[Resident], skip: int, total: int) -> dict[str, Any]:
    items, linked = [], {}
    for r in chunk:
        school_id = wording.stable_id(program.id, "institution", r.school_string, length=22)
        linked[school_id] = {
            "sys": {
                "type": "Entry",
                "id": school_id,
                "contentType": {"sys": {"id": "institution"}},
            },
            "fields": {"name": r.school_string},
        }
        items.append(
            {
                "sys": {
                    "type": "Entry",
                    "id": wording.stable_id(program.id, "resident", r.name, length=22),
                    "contentType": {"sys": {"type": "Link", "id": "resident"}},
                },
                "fields": {
                    "fullName": r.display_name,
                    "postNominals": r.degree_text,
                    "trainingLevel": f"PGY-{r.pgy}",
                    "hometown": r.hometown,
                    "medicalSchool": {
                        "sys": {"type": "Link", "linkType": "Entry", "id": school_id}
                    },
                },
            }
        )
    return {
        "sys": {"type": "Array"},
        "total": total,
        "skip": skip,
        "limit": LIMIT,
        "items": items,
        "includes": {"Entry": list(linked.values())},
    }


def api_pages(program: Program, variant: str, ctx: RosterContext) -> list[ApiPage]:
    ordered = _ordered(program)
    return [
        ApiPage(
            f"{ctx.api_path}?content_type=resident&skip={skip}&limit={LIMIT}",
            _page(program, ordered[skip : skip + LIMIT], skip, len(ordered)),
        )
        for skip in range(LIMIT, len(ordered), LIMIT)
    ]


register_fresh3(
    Layout(
        name="load_more",
        weight=0.0,
        pages=pages,
        js=True,
        api_pages=api_pages,
        description='a "Load next" button reading entries with linked schools from a CMS API',
    )
)
