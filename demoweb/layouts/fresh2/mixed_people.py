"""Fresh2 variant of ``mixed_people``: a people directory with a filter sidebar.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh2/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs (initials badges).

A sidebar form with role checkboxes ("Faculty (5)", "Residents (14)", "Fellows (2)", "Alumni
(2)", "Staff (1)") and a name search box filters one result list of everybody in the department,
sorted by surname. Each result is a ``<div class="dir-result" data-role="...">`` with an initials
badge, the name and degrees, a title line and, for residents, fellows and alumni, a "School:"
line. Residents are "Resident (PGY3)" or "Chief Resident (PGY5)"; fellows "Fellow
(Cerebrovascular)"; alumni "Former Resident (Graduated 2026)"; faculty and staff their role.
Only the title tells a resident from the others.
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.fresh2 import wording
from demoweb.layouts.labels import name_and_degrees
from demoweb.layouts.registry import Layout, register_fresh2
from demoweb.model import Program

TRACKS = ("Cerebrovascular", "Spine", "Pediatrics", "Neurocritical Care", "Oncology")
SCRIPT = """
(function () {
  var form = document.querySelector('.dir-filters');
  function apply() {
    var roles = Array.prototype.map.call(form.querySelectorAll('input[name=role]:checked'),
      function (box) { return box.value; });
    var q = form.querySelector('input[type=search]').value.toLowerCase();
    document.querySelectorAll('.dir-result').forEach(function (item) {
      var show = roles.indexOf(item.getAttribute('data-role')) >= 0 &&
        item.textContent.toLowerCase().indexOf(q) >= 0;
      item.style.display = show ? '' : 'none';
    });
  }
  form.addEventListener('change', apply);
  form.addEventListener('input', apply);
})();
"""


def _result(role: str, name: str, sort_name: str, title: str, school: str | None) -> tuple:
    edu = f'<p class="dir-result__school">School: {escape(school)}</p>' if school else ""
    html = (
        f'<div class="dir-result" data-role="{role}">'
        f'<div class="dir-result__badge" aria-hidden="true">{escape(wording.initials(sort_name))}'
        f'</div>\n<h3 class="dir-result__name">{name}</h3>'
        f'<p class="dir-result__title">{title}</p>{edu}</div>'
    )
    key = (sort_name.rsplit(" ", 1)[-1].lower(), sort_name.lower())
    return key, html


def render(program: Program, variant: str, api_url: str) -> str:
    years = wording.years_of(program)
    results = []
    for r in program.residents:
        title = "Chief Resident" if wording.is_final(r.pgy, years) else "Resident"
        results.append(
            _result(
                "resident", name_and_degrees(r), r.name, f"{title} (PGY{r.pgy})", r.school_string
            )
        )
    for n, f in enumerate(program.fellows):
        title = f"Fellow ({TRACKS[n % len(TRACKS)]})"
        results.append(_result("fellow", name_and_degrees(f), f.name, title, f.school_string))
    for a in program.alumni:
        title = f"Former Resident (Graduated {a.class_year})"
        results.append(_result("alumni", name_and_degrees(a), a.name, title, a.school_string))
    counts = {"faculty": 0, "staff": 0}
    for s in program.staff:
        role = "staff" if "Coordinator" in s.role else "faculty"
        counts[role] += 1
        degrees = f", {escape(', '.join(s.degrees))}" if s.degrees else ""
        results.append(_result(role, f"{escape(s.name)}{degrees}", s.name, escape(s.role), None))
    boxes = (
        ("faculty", "Faculty", counts["faculty"]),
        ("resident", "Residents", len(program.residents)),
        ("fellow", "Fellows", len(program.fellows)),
        ("alumni", "Alumni", len(program.alumni)),
        ("staff", "Staff", counts["staff"]),
    )
    filters = "".join(
        f'<label><input type="checkbox" name="role" value="{value}" checked> '
        f"{label} ({count})</label>"
        for value, label, count in boxes
    )
    body = "".join(html for _, html in sorted(results))
    return (
        "<h1>Department Directory</h1>"
        '<div class="dir-layout"><aside class="dir-sidebar">'
        '<form class="dir-filters" onsubmit="return false"><fieldset><legend>Role</legend>'
        f"{filters}</fieldset><fieldset><legend>Name</legend>"
        '<input type="search" placeholder="Search by name" aria-label="Search by name">'
        "</fieldset></form></aside>"
        f'<div class="dir-results"><p class="dir-count">{len(results)} people</p>{body}</div>'
        f"</div><script>{SCRIPT}</script>"
    )


register_fresh2(
    Layout(
        name="mixed_people",
        weight=0.0,
        render=render,
        description="a people directory of everyone with a role-filter sidebar; titles tell roles",
    )
)
