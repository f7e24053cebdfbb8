"""Fresh2 variant of ``load_more``: "See more residents" fetching nested records by skip/take.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh2/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

The page holds the first six residents (alphabetical by surname) in
``<ol class="people-results" aria-live="polite">``, a status line "Showing 6 of 23 residents"
and ``<button class="see-more" aria-controls="people-results" data-skip="6" data-take="6">``.
Each click fetches ``api/residents.json?skip=6&take=6`` and so on; the answer is
``{"meta": {"total": 23, "skip": 6, "take": 6}, "records": [...]}`` with nested records:
``{"person": {"name": {"full": ...}, "suffix": "MD"}, "appointment": {"title": "Resident",
"year": 2, "label": "Year 2 Resident"}, "schooling": [{"kind": "MD", "school": ...}, {"kind":
"Bachelor's", "school": ...}]}``. The script writes each record as the HTML items are written:
the name and suffix, the label, and "MD: School" / "Bachelor's: College" lines. When nothing is
left the button goes and the status reads "Showing all 23 residents".
"""

from __future__ import annotations

from html import escape
from typing import Any

from demoweb.layouts.fresh2 import wording
from demoweb.layouts.registry import ApiPage, Layout, RosterContext, RosterPage, register_fresh2
from demoweb.model import Program, Resident

TAKE = 6
SCRIPT = """
(function () {
  var list = document.getElementById('people-results');
  var more = document.querySelector('.see-more');
  var status = document.querySelector('.results-status');
  if (!more) { return; }
  function line(text) { var d = document.createElement('div'); d.textContent = text; return d; }
  more.addEventListener('click', function () {
    var skip = parseInt(more.getAttribute('data-skip'), 10), take = more.getAttribute('data-take');
    more.disabled = true;
    fetch(list.getAttribute('data-endpoint') + '?skip=' + skip + '&take=' + take)
      .then(function (r) { return r.json(); })
      .then(function (res) {
        res.records.forEach(function (rec) {
          var li = document.createElement('li'); li.className = 'people-results__item';
          var h = document.createElement('h3');
          h.textContent = rec.person.name.full + ', ' + rec.person.suffix;
          li.appendChild(h);
          li.appendChild(line(rec.appointment.label));
          rec.schooling.forEach(function (s) { li.appendChild(line(s.kind + ': ' + s.school)); });
          list.appendChild(li);
        });
        var shown = res.meta.skip + res.records.length;
        if (shown >= res.meta.total) {
          more.remove();
          status.textContent = 'Showing all ' + res.meta.total + ' residents';
        } else {
          more.setAttribute('data-skip', String(shown));
          status.textContent = 'Showing ' + shown + ' of ' + res.meta.total + ' residents';
          more.disabled = false;
        }
      });
  });
})();
"""


def _ordered(program: Program) -> list[Resident]:
    return sorted(program.residents, key=wording.surname_key)


def label(r: Resident, years: int) -> str:
    if r.pgy == 1 and years > 1:
        return "Year 1 Resident (Intern)"
    if wording.is_final(r.pgy, years):
        return f"Year {r.pgy} Resident (Chief)"
    return f"Year {r.pgy} Resident"


def record(r: Resident, years: int) -> dict[str, Any]:
    schooling = [{"kind": wording.medical_degree(r), "school": r.school_string}]
    if r.undergrad:
        schooling.append({"kind": "Bachelor's", "school": r.undergrad})
    return {
        "person": {"name": {"full": r.display_name}, "suffix": r.degree_text},
        "appointment": {"title": "Resident", "year": r.pgy, "label": label(r, years)},
        "schooling": schooling,
    }


def _item(r: Resident, years: int) -> str:
    rec = record(r, years)
    lines = "".join(
        f"<div>{escape(s['kind'])}: {escape(s['school'])}</div>" for s in rec["schooling"]
    )
    return (
        '<li class="people-results__item">'
        f"<h3>{escape(r.display_name)}, {escape(r.degree_text)}</h3>"
        f"<div>{escape(rec['appointment']['label'])}</div>{lines}</li>"
    )


def pages(program: Program, variant: str, ctx: RosterContext) -> list[RosterPage]:
    years = wording.years_of(program)
    ordered = _ordered(program)
    first = "".join(_item(r, years) for r in ordered[:TAKE])
    total = len(ordered)
    if total > TAKE:
        status = f"Showing {TAKE} of {total} residents"
        button = (
            '<button type="button" class="see-more" aria-controls="people-results" '
            f'data-skip="{TAKE}" data-take="{TAKE}">See more residents</button>'
        )
    else:
        status, button = f"Showing all {total} residents", ""
    body = (
        "<h1>Residents</h1>"
        f'<p class="results-status" aria-live="polite">{status}</p>'
        f'<ol id="people-results" class="people-results" '
        f'data-endpoint="{escape(ctx.href(ctx.api_path))}">{first}</ol>'
        f"{button}<script>{SCRIPT}</script>"
    )
    return [RosterPage(ctx.roster_path, "", body, program.residents)]


def api_pages(program: Program, variant: str, ctx: RosterContext) -> list[ApiPage]:
    years = wording.years_of(program)
    ordered = _ordered(program)
    out = []
    for skip in range(TAKE, len(ordered), TAKE):
        payload = {
            "meta": {"total": len(ordered), "skip": skip, "take": TAKE},
            "records": [record(r, years) for r in ordered[skip : skip + TAKE]],
        }
        out.append(ApiPage(f"{ctx.api_path}?skip={skip}&take={TAKE}", payload))
    return out


register_fresh2(
    Layout(
        name="load_more",
        weight=0.0,
        pages=pages,
        js=True,
        api_pages=api_pages,
        description='a "See more residents" button fetching nested records by skip and take',
    )
)
