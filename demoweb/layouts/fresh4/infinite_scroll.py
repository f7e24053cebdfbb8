"""Fresh4 variant of ``infinite_scroll``: a SvelteKit feed paging an Airtable-style records API.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh4/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

The page server-renders the first twelve residents (seniors first) in a SvelteKit body
(``<div style="display: contents">``, ``svelte-`` hashed classes) as ``<li class="entry">``:
the name and credentials in bold, "Completes 2029" (the class named by the June it finishes,
no PGY anywhere), and the school. Below the list a sentinel ``<div class="feed-end">`` carries
the next page's token; an ``IntersectionObserver`` asks ``api/residents.json?pageSize=12&offset=
itr...`` when it scrolls into view. The answer is shaped like Airtable's list-records endpoint:
``{"records": [{"id": "rec...", "createdTime": ..., "fields": {"Name", "Credentials", "Medical
School (from Schools)": [school], "Completion Year": 2029}}], "offset": "itr..."}``, the medical
school a lookup field and so a one-item list; the last page has no ``offset``. The feed's
``data-feed`` becomes ``end`` when nothing is left.
"""

from __future__ import annotations

from html import escape
from typing import Any

from demoweb.layouts.fresh4 import wording
from demoweb.layouts.registry import ApiPage, Layout, RosterContext, RosterPage, register_fresh4
from demoweb.model import Program, Resident

PAGE = 12
HASH = "svelte-1q8x0ke"
SCHOOL_FIELD = "Medical School (from Schools)"
SCRIPT = """
(function () {
  var feed = document.querySelector('.feed');
  var end = document.querySelector('.feed-end');
  if (!end) { return; }
  var busy = false;
  function entry(fields) {
    var li = document.createElement('li'); li.className = 'entry svelte-1q8x0ke';
    var b = document.createElement('b'); b.textContent = fields.Name + ', ' + fields.Credentials;
    var when = document.createElement('span'); when.textContent = 'Completes ' + fields['Completion Year'];
    var school = document.createElement('span');
    school.textContent = (fields['Medical School (from Schools)'] || []).join('; ');
    [b, when, school].forEach(function (n) { li.appendChild(n); li.appendChild(document.createTextNode(' ')); });
    return li;
  }
  var observer = new IntersectionObserver(function (seen) {
    if (!seen.some(function (s) { return s.isIntersecting; }) || busy) { return; }
    var token = end.dataset.offset;
    if (!token) { return; }
    busy = true;
    fetch(feed.dataset.base + '?pageSize=' + feed.dataset.size + '&offset=' + token)
      .then(function (r) { return r.json(); })
      .then(function (answer) {
        answer.records.forEach(function (rec) { feed.appendChild(entry(rec.fields)); });
        if (answer.offset) {
          end.dataset.offset = answer.offset;
          observer.unobserve(end); observer.observe(end);  // fires again if still in view
        }
        else { end.removeAttribute('data-offset'); feed.setAttribute('data-feed', 'end'); observer.disconnect(); }
        busy = false;
      });
  });
  observer.observe(end);
})();
"""


def _ordered(program: Program) -> list[Resident]:
    return sorted(program.residents, key=lambda r: (-r.pgy, wording.surname_key(r)))


def _token(program: Program, start: int) -> str:
    return f"itr{wording.stable_id(program.id, 'page', str(start), length=14)}"


def _li(r: Resident) -> str:
    return (
        f'<li class="entry {HASH}"><b>{escape(r.display_name)}, {escape(r.degree_text)}</b> '
        f"<span>Completes {r.class_year}</span> <span>{escape(r.school_string)}</span></li>"
    )


def pages(program: Program, variant: str, ctx: RosterContext) -> list[RosterPage]:
    ordered = _ordered(program)
    more = len(ordered) > PAGE
    end = (
        f'<div class="feed-end {HASH}" data-offset="{_token(program, PAGE)}">Loading more&hellip;'
        "</div>"
        if more
        else ""
    )
    body = (
        f'<div style="display: contents"><section class="people {HASH}"><h1 class="{HASH}">'
        "Residents</h1>"
        f'<ol class="feed {HASH}" data-base="{escape(ctx.href(ctx.api_path))}" data-size="{PAGE}" '
        f'data-feed="{"more" if more else "end"}">{"".join(_li(r) for r in ordered[:PAGE])}</ol>'
        f"{end}</section></div><script>{SCRIPT}</script>"
    )
    return [RosterPage(ctx.roster_path, "", body, program.residents)]


def _record(program: Program, r: Resident) -> dict[str, Any]:
    return {
        "id": f"rec{wording.stable_id(program.id, r.name, length=14)}",
        "createdTime": f"{program.year}-06-{(len(r.name) % 27) + 1:02d}T14:00:00.000Z",
        "fields": {
            "Name": r.display_name,
            "Credentials": r.degree_text,
            SCHOOL_FIELD: [r.school_string],
            "Completion Year": r.class_year,
        },
    }


def api_pages(program: Program, variant: str, ctx: RosterContext) -> list[ApiPage]:
    ordered = _ordered(program)
    out = []
    for start in range(PAGE, len(ordered), PAGE):
        answer: dict[str, Any] = {
            "records": [_record(program, r) for r in ordered[start : start + PAGE]]
        }
        if start + PAGE < len(ordered):
            answer["offset"] = _token(program, start + PAGE)
        rel = f"{ctx.api_path}?pageSize={PAGE}&offset={_token(program, start)}"
        out.append(ApiPage(rel, answer))
    return out


register_fresh4(
    Layout(
        name="infinite_scroll",
        weight=0.0,
        pages=pages,
        js=True,
        api_pages=api_pages,
        description="a SvelteKit feed paging Airtable-style records by offset token on scroll",
    )
)
