"""Roster-link discovery and registry listing parsing on hand-written pages."""

import pytest

from spiders.discovery import in_scope, next_page, roster_candidates, score_links
from spiders.listing import parse_listing_rows, program_id_for

HOME = """
<html><body><nav>
  <a href="/">Home</a>
  <a href="/about">About the Program</a>
  <a href="/apply">How to Apply</a>
  <a href="/people/faculty">Faculty</a>
  <a href="/alumni">Former Residents</a>
  <a href="/people/current-residents">Current Residents</a>
  <a href="https://other.example.org/residents">Residents elsewhere</a>
  <a href="mailto:gme@example.edu">Contact</a>
  <a href="/brochure.pdf">Residents brochure (PDF)</a>
</nav></body></html>
"""


def test_current_residents_link_ranks_first():
    best = roster_candidates(HOME, "http://127.0.0.5:8000/", "http://127.0.0.5:8000/")
    assert best[0].url == "http://127.0.0.5:8000/people/current-residents"


@pytest.mark.parametrize("url", [
    "http://127.0.0.5:8000/alumni",
    "http://127.0.0.5:8000/people/faculty",
    "http://127.0.0.5:8000/apply",
    "http://127.0.0.5:8000/brochure.pdf",
])
def test_non_roster_links_are_not_candidates(url):
    urls = [link.url for link in roster_candidates(HOME, "http://127.0.0.5:8000/", limit=10)]
    assert url not in urls


def test_links_off_site_are_out_of_scope():
    urls = [link.url for link in score_links(HOME, "http://127.0.0.5:8000/", "http://127.0.0.5:8000/")]
    assert not any(u.startswith("https://other.example.org") for u in urls)


@pytest.mark.parametrize("text", ["Our Residents", "Meet the Residents", "Residents & Fellows", "Trainees"])
def test_common_nav_texts_are_candidates(text):
    html = f'<a href="/x/page-{len(text)}">{text}</a><a href="/x/news">News</a>'
    found = roster_candidates(html, "http://h:1/x/", "http://h:1/x/")
    assert [link.text for link in found] == [text]


def test_path_prefix_scope_keeps_department_inside_shared_host():
    site = "http://127.0.0.2:8000/neurosurgery/"
    assert in_scope("http://127.0.0.2:8000/neurosurgery/residents", site)
    assert not in_scope("http://127.0.0.2:8000/dermatology/residents", site)
    assert not in_scope("http://127.0.0.3:8000/neurosurgery/residents", site)


def test_next_page_by_rel_and_by_text():
    assert next_page('<a rel="next" href="?page=3">3</a>', "http://h/r?page=2") == "http://h/r?page=3"
    assert next_page('<a href="/r?p=2">Next ›</a>', "http://h/r") == "http://h/r?p=2"
    assert next_page("<p>no more</p>", "http://h/r") is None


@pytest.mark.parametrize("text", ["Older Posts →", "Older entries »", "older"])
def test_a_blog_pager_goes_on_by_older(text):
    page = f'<a href="/r?offset=1" class="newer">← Newer Posts</a><a href="/r?offset=9">{text}</a>'
    assert next_page(page, "http://h/r?offset=5") == "http://h/r?offset=9"


def test_newer_posts_is_no_next_page():
    assert next_page('<a href="/r?offset=1">← Newer Posts</a>', "http://h/r?offset=5") is None


LISTING = """
<table><thead><tr><th>Program name</th><th>City</th><th>State</th><th>Program ID</th><th>Website</th></tr></thead>
<tbody>
<tr><td>Lakeside University Program</td><td>Albany</td><td>NY</td><td>1603500123</td><td><a href="http://127.0.1.4:9/">site</a></td></tr>
<tr><td>Prairie Health Program</td><td>Omaha</td><td>NE</td><td></td><td><a href="/u/neuro/">site</a></td></tr>
</tbody></table>
"""


def test_listing_rows_read_by_header():
    rows = parse_listing_rows(LISTING, "http://127.0.0.1:9/registry")
    assert [r["name"] for r in rows] == ["Lakeside University Program", "Prairie Health Program"]
    assert rows[0]["acgme_id"] == "1603500123"
    assert rows[0]["state"] == "NY"
    assert rows[1]["website"] == "http://127.0.0.1:9/u/neuro/"


def test_program_id_prefers_acgme_then_site_slug():
    assert program_id_for("1603500123", "http://a/", "X") == "1603500123"
    assert program_id_for(None, "https://med.example.edu/neurosurgery/", "X") == "med-example-edu-neurosurgery"
    assert program_id_for("n/a", None, "Some Program") == "some-program"
