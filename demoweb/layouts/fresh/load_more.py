"""Fresh variant of ``load_more``: a "View more" button that fetches ready-made HTML in JSON.

Provenance: written 2026-11-25 by a blind helper (see ``demoweb/layouts/fresh/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

Many WordPress themes load more team members through an AJAX handler that answers
``{"success": true, "data": {"html": "...", "offset": 10, "remaining": 7}}``: the residents
arrive as an HTML fragment inside JSON, not as fields. The page holds the first five members;
the button carries ``data-offset`` and the script asks ``api/residents.json?offset=N`` until
nothing remains.
"""

from __future__ import annotations

from html import escape
from typing import Any

from demoweb.layouts.fresh import wording
from demoweb.layouts.registry import ApiPage, Layout, RosterContext, RosterPage, register_fresh
from demoweb.model import Program, Resident

BATCH = 5

SCRIPT = """
(function () {
  var team = document.getElementById('team-grid');
  var more = document.querySelector('.view-more-team');
  function done() { team.setAttribute('data-complete', 'true'); if (more) { more.remove(); } }
  if (!more) { done(); return; }
  more.addEventListener('click', function () {
    more.disabled = true;
    var url = team.getAttribute('data-ajax') + '?offset=' + more.getAttribute('data-offset');
    fetch(url).then(function (r) { return r.json(); }).then(function (res) {
      if (!res.success) { more.disabled = false; return; }
      team.insertAdjacentHTML('beforeend', res.data.html);
      more.setAttribute('data-offset', String(res.data.offset));
      if (res.data.remaining > 0) { more.disabled = false; } else { done(); }
    });
  });
})();
"""


def _ordered(program: Program) -> list[Resident]:
    return sorted(program.residents, key=lambda r: (-r.pgy, r.name))


def member_html(program: Program, r: Resident, years: int) -> str:
    level = wording.level_with_notes(r, years, wording.pgy(r))
    school = escape(wording.medical_degree(r)) + " &ndash; " + escape(r.school_string)
    return (
        '<div class="team-member">'
        f'<h5 class="tm-name">{escape(r.display_name)}</h5>'
        f'<div class="tm-credentials">{escape(r.degree_text)}</div>'
        f'<div class="tm-position">{escape(level)}</div>'
        f'<div class="tm-school">{school}</div>'
        "</div>"
    )


def pages(program: Program, variant: str, ctx: RosterContext) -> list[RosterPage]:
    years = wording.years_of(program)
    ordered = _ordered(program)
    first = "".join(member_html(program, r, years) for r in ordered[:BATCH])
    button = (
        f'<button type="button" class="view-more-team" data-offset="{BATCH}">View more</button>'
        if len(ordered) > BATCH
        else ""
    )
    body = (
        "<h1>Meet the Team: Residents</h1>"
        f'<div id="team-grid" class="team-grid" data-ajax="{escape(ctx.href(ctx.api_path))}">'
        f"{first}</div>{button}<script>{SCRIPT}</script>"
    )
    return [RosterPage(ctx.roster_path, "", body, program.residents)]


def api_pages(program: Program, variant: str, ctx: RosterContext) -> list[ApiPage]:
    years = wording.years_of(program)
    ordered = _ordered(program)
    out = []
    for offset in range(BATCH, len(ordered), BATCH):
        chunk = ordered[offset : offset + BATCH]
        end = offset + len(chunk)
        payload: Any = {
            "success": True,
            "data": {
                "html": "".join(member_html(program, r, years) for r in chunk),
                "offset": end,
                "remaining": len(ordered) - end,
            },
        }
        out.append(ApiPage(f"{ctx.api_path}?offset={offset}", payload))
    return out


register_fresh(
    Layout(
        name="load_more",
        weight=0.0,
        pages=pages,
        js=True,
        api_pages=api_pages,
        description='a "View more" button fetching HTML fragments wrapped in JSON',
    )
)
