"""Fresh2 variant of ``infinite_scroll``: a WordPress REST feed of resident posts.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh2/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

The page server-renders the first nine residents (alphabetical by surname) as ``wp-block-post``
cards inside ``<div class="resident-posts" data-rest="..." data-per-page="9"
data-total-pages="3">``. A scroll listener (throttled with ``requestAnimationFrame``) fetches
``api/residents.json?page=2&per_page=9`` and so on when the reader nears the bottom; the answer
is a bare JSON array of posts shaped like the WordPress REST API with custom fields:
``{"id": 501, "slug": "jane-doe", "title": {"rendered": "Jane Doe"}, "acf": {"post_nominals":
"MD", "residency_year": "3rd Year", "medical_school": "...", "undergraduate": "..." or "",
"hometown": "..."}}`` (``title.rendered`` is HTML, as WordPress sends it). A spinner line shows
while loading; after the last page it becomes "You've reached the end of the list."
"""

from __future__ import annotations

from html import escape
from typing import Any

from demoweb.layouts.fresh2 import wording
from demoweb.layouts.registry import ApiPage, Layout, RosterContext, RosterPage, register_fresh2
from demoweb.model import Program, Resident

PER_PAGE = 9
STYLE = (
    "<style>.wp-block-post{min-height:280px;padding:1rem 0;border-bottom:1px solid #e3e3e3}</style>"
)
SCRIPT = """
(function () {
  var list = document.querySelector('.resident-posts');
  var status = document.querySelector('.feed-status');
  var page = 1, total = parseInt(list.getAttribute('data-total-pages'), 10), loading = false;
  var per = list.getAttribute('data-per-page'), ticking = false;
  function text(tag, cls, value) {
    var el = document.createElement(tag); el.className = cls; el.textContent = value; return el;
  }
  function post(p) {
    var f = p.acf, card = document.createElement('div'); card.className = 'wp-block-post';
    var h = document.createElement('h3'); h.className = 'wp-block-post-title';
    h.innerHTML = p.title.rendered;
    h.appendChild(document.createTextNode(', ' + f.post_nominals));
    card.appendChild(h);
    card.appendChild(text('p', 'resident-year', f.residency_year));
    card.appendChild(text('p', 'resident-school', 'Med School: ' + f.medical_school));
    if (f.undergraduate) { card.appendChild(text('p', 'resident-ug', 'Undergrad: ' + f.undergraduate)); }
    if (f.hometown) { card.appendChild(text('p', 'resident-home', 'Hometown: ' + f.hometown)); }
    list.appendChild(card);
  }
  function end() {
    window.removeEventListener('scroll', onScroll);
    status.className = 'feed-status feed-end'; status.textContent = "You've reached the end of the list.";
  }
  function near() {
    return document.documentElement.scrollHeight - window.scrollY - window.innerHeight < 400;
  }
  function next() {
    if (loading || page >= total || !near()) { return; }
    loading = true; status.textContent = 'Loading\\u2026';
    fetch(list.getAttribute('data-rest') + '?page=' + (page + 1) + '&per_page=' + per)
      .then(function (r) { return r.json(); })
      .then(function (posts) {
        posts.forEach(post); page += 1; loading = false; status.textContent = '';
        if (page >= total) { end(); } else { next(); }
      });
  }
  function onScroll() {
    if (ticking) { return; }
    ticking = true;
    window.requestAnimationFrame(function () { ticking = false; next(); });
  }
  if (page >= total) { end(); return; }
  window.addEventListener('scroll', onScroll);
  next();
})();
"""


def _ordered(program: Program) -> list[Resident]:
    return sorted(program.residents, key=wording.surname_key)


def year_text(r: Resident, years: int) -> str:
    text = f"{wording.nth(r.pgy)} Year"
    if r.pgy == 1 and years > 1:
        return f"{text} (Intern)"
    if wording.is_final(r.pgy, years):
        return f"{text} (Chief Resident)"
    return text


def post(r: Resident, years: int, number: int) -> dict[str, Any]:
    return {
        "id": 500 + number,
        "slug": "-".join(w.lower().strip(".") for w in r.name.split()),
        "title": {"rendered": escape(r.display_name, quote=False)},
        "acf": {
            "post_nominals": r.degree_text,
            "residency_year": year_text(r, years),
            "medical_school": r.school_string,
            "undergraduate": r.undergrad or "",
            "hometown": r.hometown or "",
        },
    }


def _card(r: Resident, years: int) -> str:
    lines = [
        ("resident-year", year_text(r, years)),
        ("resident-school", f"Med School: {r.school_string}"),
    ]
    if r.undergrad:
        lines.append(("resident-ug", f"Undergrad: {r.undergrad}"))
    if r.hometown:
        lines.append(("resident-home", f"Hometown: {r.hometown}"))
    body = "".join(f'<p class="{cls}">{escape(text)}</p>' for cls, text in lines)
    return (
        '<div class="wp-block-post"><h3 class="wp-block-post-title">'
        f"{escape(r.display_name)}, {escape(r.degree_text)}</h3>{body}</div>"
    )


def pages(program: Program, variant: str, ctx: RosterContext) -> list[RosterPage]:
    years = wording.years_of(program)
    ordered = _ordered(program)
    total = max(1, -(-len(ordered) // PER_PAGE))
    cards = "".join(_card(r, years) for r in ordered[:PER_PAGE])
    body = (
        f"{STYLE}<h1>Residents</h1>"
        f'<div class="resident-posts" data-rest="{escape(ctx.href(ctx.api_path))}" '
        f'data-per-page="{PER_PAGE}" data-total-pages="{total}">{cards}</div>'
        f'<p class="feed-status" role="status"></p><script>{SCRIPT}</script>'
    )
    return [RosterPage(ctx.roster_path, "", body, program.residents)]


def api_pages(program: Program, variant: str, ctx: RosterContext) -> list[ApiPage]:
    years = wording.years_of(program)
    ordered = _ordered(program)
    out = []
    for start in range(PER_PAGE, len(ordered), PER_PAGE):
        number = start // PER_PAGE + 1
        payload = [
            post(r, years, start + n) for n, r in enumerate(ordered[start : start + PER_PAGE])
        ]
        out.append(ApiPage(f"{ctx.api_path}?page={number}&per_page={PER_PAGE}", payload))
    return out


register_fresh2(
    Layout(
        name="infinite_scroll",
        weight=0.0,
        pages=pages,
        js=True,
        api_pages=api_pages,
        description="a WordPress REST feed of resident posts loaded on scroll",
    )
)
