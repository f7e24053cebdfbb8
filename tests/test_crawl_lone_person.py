"""A page that names one person and links on to a roster is not the roster (spiders/sites.py).

Two programs on one local host: each home page links only to its department page, which names its
chief resident and links to "Meet our current residents". For the first program that page lists
the residents; for the second it is gone (404), so the department page's one person is all there
is and its page is kept as the roster. A third program's home page links to "How to Apply",
which names the chief resident as its contact, and to "Current Residents": the roster is the
latter, the former stays an info page.
"""

from __future__ import annotations

import pytest
from aiohttp import web

from crawler.jobs import new_run_dir, run_crawl
from db.runstore import iter_items
from demoweb.server import serving

HOST = "127.0.67.1"
DEPARTMENT = """<html><body><h1>Department of Neurological Surgery</h1>
<p>The department trains surgeons in every subspecialty of neurosurgery.</p>
<h2>Chief Resident</h2><p>Omar Haddad, MD &mdash; PGY-7</p>
<p><a href="{prefix}current-residents/">Meet our current residents</a></p>
</body></html>"""
APPLY = """<html><body><h1>How to Apply</h1>
<p>We accept applications through ERAS only and interview in November.</p>
<p>Questions about applying go to our chief resident.</p>
<h2>Chief Resident</h2><p>Omar Haddad, MD &mdash; PGY-7</p>
</body></html>"""
ROSTER = """<html><body><h1>Current Residents</h1><table>
<tr><th>Name</th><th>Year</th><th>Medical School</th></tr>
<tr><td>Omar Haddad, MD</td><td>PGY-7</td><td>University of Michigan Medical School</td></tr>
<tr><td>Lena Brooks, DO</td><td>PGY-3</td><td>Kansas City University</td></tr>
<tr><td>Ravi Menon, MBBS</td><td>PGY-1</td><td>Christian Medical College Vellore</td></tr>
</table></body></html>"""


async def handle(request):
    parts = request.path.strip("/").split("/")
    prefix = f"/{parts[0]}/"
    if request.path == "/robots.txt":
        return web.Response(text="User-agent: *\nAllow: /\n")
    if len(parts) == 1 and parts[0] == "apply-contact":
        return web.Response(text=f'<html><body><h1>Neurosurgery</h1><a href="{prefix}how-to-apply/">'
                            f'How to Apply</a> <a href="{prefix}current-residents/">Current '
                            "Residents</a></body></html>", content_type="text/html")
    if len(parts) == 1:
        return web.Response(text=f'<html><body><h1>Neurosurgery</h1><a href="{prefix}'
                            'department/">Department</a></body></html>',
                            content_type="text/html")
    if parts[1:] == ["how-to-apply"]:
        return web.Response(text=APPLY, content_type="text/html")
    if parts[1:] == ["department"]:
        return web.Response(text=DEPARTMENT.format(prefix=prefix), content_type="text/html")
    if parts[1:] == ["current-residents"] and parts[0] in ("with-roster", "apply-contact"):
        return web.Response(text=ROSTER, content_type="text/html")
    return web.Response(status=404)


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    root = tmp_path_factory.mktemp("lone")
    with serving(handle, HOST) as port:
        programs = root / "programs.csv"
        programs.write_text("name,website\n"
                            f"With Roster Program,http://{HOST}:{port}/with-roster/\n"
                            f"Without Roster Program,http://{HOST}:{port}/without-roster/\n"
                            f"Apply Contact Program,http://{HOST}:{port}/apply-contact/\n",
                            encoding="utf-8")
        run_dir = new_run_dir(root / "runs")
        stats = run_crawl(run_dir, programs_file=str(programs), academic_year=2026, env="ci",
                          quiet=True)
    return stats, list(iter_items(run_dir))


def _program(items, path: str) -> str:
    return next(i["program_id"] for i in items
                if i["item_type"] == "program" and i["website"].endswith(f"/{path}/"))


def test_the_roster_linked_on_is_the_roster(crawl):
    stats, items = crawl
    pid = _program(items, "with-roster")
    status = next(i for i in items if i["item_type"] == "program_status" and i["program_id"] == pid)
    assert [u.rsplit("/", 2)[-2] for u in status["roster_urls"]] == ["current-residents"]
    names = sorted(i["name"] for i in items
                   if i["item_type"] == "resident" and i["program_id"] == pid)
    assert names == ["Lena Brooks", "Omar Haddad", "Ravi Menon"]
    department = next(i for i in items if i["item_type"] == "page" and i["program_id"] == pid
                      and i["url"].endswith("/department/"))
    assert department["role"] == "other"
    assert "one person" in department["found_via"]
    assert stats["precedent/lone_person_pages"] == 2  # this one and the apply page below


def test_with_nothing_better_the_one_person_page_is_the_roster(crawl):
    _, items = crawl
    pid = _program(items, "without-roster")
    status = next(i for i in items if i["item_type"] == "program_status" and i["program_id"] == pid)
    assert [u.rsplit("/", 2)[-2] for u in status["roster_urls"]] == ["department"]
    residents = [i for i in items if i["item_type"] == "resident" and i["program_id"] == pid]
    assert [(r["name"], r["source_url"].rsplit("/", 2)[-2]) for r in residents] == [
        ("Omar Haddad", "department")
    ]
    department = next(i for i in items if i["item_type"] == "page" and i["program_id"] == pid
                      and i["url"].endswith("/department/"))
    assert department["role"] == "roster"


def test_an_apply_page_naming_one_person_waits_for_the_roster_link(crawl):
    _, items = crawl
    pid = _program(items, "apply-contact")
    status = next(i for i in items if i["item_type"] == "program_status" and i["program_id"] == pid)
    assert [u.rsplit("/", 2)[-2] for u in status["roster_urls"]] == ["current-residents"]
    apply = next(i for i in items if i["item_type"] == "page" and i["program_id"] == pid
                 and i["url"].endswith("/how-to-apply/"))
    assert apply["role"] == "info"
    sources = {i["source_url"].rsplit("/", 2)[-2] for i in items
               if i["item_type"] == "resident" and i["program_id"] == pid}
    assert sources == {"current-residents"}
