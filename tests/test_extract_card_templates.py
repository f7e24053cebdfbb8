"""One roster written in the many card and row templates programs use for two schools.

Every page holds the same six residents, each with a college and a medical school; only the
markup changes (labels before or after the value, inside a list, in brackets, on one line
with the name, in an "Education" value in either order, a headerless table). The college
and the medical school are known by construction, so each template must give both back.
"""

from __future__ import annotations

import pytest

from extract.roster import extract_residents

SCHOOLS = [
    ("Rice University", "Baylor College of Medicine"),
    ("Davidson College", "Duke University"),
    ("University of Georgia", "Emory University"),
    ("Rutgers University", "St. George's University"),
    ("University of Michigan", "Wayne State University"),
    ("Boston College", "Ross University School of Medicine, Barbados"),
]
NAMES = ["Jane Roe", "John Poe", "Ann Lee", "Bo Chen", "Cy Diaz", "Di Wu Park"]
CARDS = {
    "college then school, one line each": "<h3>{n}, MD</h3><p>PGY-2</p><p>{u}<br>{m}</p>",
    "school then college, unlabelled": "<h3>{n}, MD</h3><p>{m}<br>{u}</p>",
    "school, then college in small print": "<h3>{n}, MD</h3><p>{m}</p><p class='small'>{u}</p>",
    "labelled list items": "<h3>{n}, MD</h3><ul><li>Undergraduate: {u}</li><li>Medical School: {m}</li></ul>",
    "one line, pipes": "<h3>{n}, MD</h3><p><em>{m}</em> | <em>{u}</em></p>",
    "label, break, value": "<h3>{n}, MD</h3><p>Medical School<br>{m}</p><p>Undergraduate<br>{u}</p>",
    "degrees in brackets": "<h3>{n}, MD</h3><p>{u} (BS)<br>{m} (MD)</p>",
    "degrees after a comma": "<h4>{n}</h4><p>{u}, BS<br>{m}, MD</p>",
    "degree labels": "<h4>{n}, MD</h4><p>MD: {m}<br>BS: {u}</p>",
    "education, college first": "<h3>{n}, MD</h3><p>Education: {u}, {m}</p>",
    "education, school first": "<h3>{n}, MD</h3><p>Education: {m}; {u}</p>",
    "bold labels without colons": "<h3>{n}, MD</h3><p><strong>Med School</strong> {m}</p><p><strong>Undergrad</strong> {u}</p>",
    "label under its value": "<h3>{n}, MD</h3><p>{m}<br><small>Medical School</small></p><p>{u}<br><small>Undergraduate</small></p>",
    "definition list": "<h3>{n}, MD</h3><dl><dt>Undergraduate</dt><dd>{u}</dd><dt>Medical School</dt><dd>{m}</dd></dl>",
    "fields named in brackets": "<p><strong>{n}, MD</strong> &mdash; {m} (medical school), {u} (undergraduate)</p>",
    "schema.org microdata": "<div itemscope itemtype='https://schema.org/Person'><h3 itemprop=name>{n}, MD</h3><span itemprop=jobTitle>PGY-2</span> <span itemprop=alumniOf>{u}</span> <span itemprop=alumniOf>{m}</span></div>",
    "years after each school": "<h3>{n}, MD</h3><p>{m} '20</p><p>{u} '16</p>",
    "arrow path": "<h3>{n}, MD</h3><p>{u} &rarr; {m}</p>",
    "one field class twice": "<div class=name>{n}, MD</div><div class=edu>{u}</div><div class=edu>{m}</div>",
    "school and college in spans": "<h3>{n}, MD</h3><p><span>{m}</span> · <span>{u}</span></p>",
    "bio, college first": "<h3>{n}, MD</h3><p>{f} graduated from {u} and earned an MD at {m}.</p>",
    "bio, school first": "<h3>{n}, MD</h3><p>{f} received a medical degree from {m} after completing undergraduate studies at {u}.</p>",
    "bio, 'for college' and 'for medical school'": "<h3>{n}, MD</h3><p>{f} attended {u} for college and {m} for medical school.</p>",
}  # fmt: skip


# Pages that are not a grid of cards: a page opening, a row per resident, a page closing.
ROWS = {
    "name line, dash, college / school": (
        "<ul>", "<li>{n}, MD &ndash; {u} / {m}</li>", "</ul>"
    ),
    "headerless rows, school before college": (
        "<table>", "<tr><td>{n}, MD</td><td>PGY-2</td><td>{m}</td><td>{u}</td></tr>", "</table>"
    ),
    "education column, school first": (
        "<table><tr><th>Resident</th><th>Education</th></tr>",
        "<tr><td>{n}, MD</td><td>{m}<br>{u}</td></tr>",
        "</table>",
    ),
    "a paragraph per resident, school first": ("", "<p><strong>{n}, MD</strong><br>{m}<br>{u}</p>", ""),
    "bold header cells: Name | Undergrad | Med School": (
        "<table><tr><td><b>Name</b></td><td><b>Undergrad</b></td><td><b>Med School</b></td></tr>",
        "<tr><td>{n}, MD</td><td>{u}</td><td>{m}</td></tr>",
        "</table>",
    ),
}  # fmt: skip


def _rows(opening: str, row: str, closing: str) -> str:
    rows = "".join(
        row.format(n=n, f=n.split()[0], u=u, m=m) for n, (u, m) in zip(NAMES, SCHOOLS, strict=True)
    )
    return f"<h2>Residents</h2>{opening}{rows}{closing}"


PAGES = {
    label: _rows("<div class=grid>", f"<div class=card>{card}</div>", "</div>")
    for label, card in CARDS.items()
}
PAGES.update({label: _rows(*parts) for label, parts in ROWS.items()})


@pytest.mark.parametrize("layout", list(PAGES))
def test_every_template_gives_school_and_college(layout: str) -> None:
    records = {r.name: (r.school_raw, r.undergrad) for r in extract_residents(PAGES[layout])}
    assert records == {n: (m, u) for n, (u, m) in zip(NAMES, SCHOOLS, strict=True)}
