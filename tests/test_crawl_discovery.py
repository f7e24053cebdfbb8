"""Discovery helpers on hand-written pages: class subpages, sitemaps, script-grown rosters,
specialty sections, site prefixes, seed lists."""

from __future__ import annotations

import csv

import pytest

from crawler.specialties import SPECIALTIES, get_specialty
from spiders.discovery import class_links, grows_by_script, score_url, sitemap_urls
from spiders.rosters import load_program_file
from spiders.sections import keep_specialty
from spiders.sites import site_prefix

INDEX = """
<nav><a href="/neuro/">Home</a><a href="/neuro/residents/">Current Residents</a></nav>
<h1>Current Residents</h1><ul>
<li><a href="/neuro/residents/class-of-2029/">Class of 2029</a></li>
<li><a href="/neuro/residents/pgy-2/">PGY-2</a></li>
<li><a href="/neuro/residents/interns/">Interns</a></li>
<li><a href="/neuro/alumni/">Alumni</a></li></ul>
"""


def test_class_links_are_the_per_class_subpages():
    urls = [link.url for link in class_links(INDEX, "http://h/neuro/residents/", "http://h/neuro/")]
    assert urls == [
        "http://h/neuro/residents/class-of-2029/",
        "http://h/neuro/residents/interns/",
        "http://h/neuro/residents/pgy-2/",
    ]


@pytest.mark.parametrize("text", [
    "Meet the PGY-1s", "Meet Our Interns", "Our 3rd Years", "Third-Year Residents",
    "Meet the Chiefs (PGY-6)", "PGY-4 Class", "Class of 2030 Residents", "R2s", "The Seniors",
    "Graduating Class of 2028", "Chief Year", "The Chief Year (PGY-7)",
])
def test_a_class_link_may_lead_in_and_be_plural(text):
    page = f'<h1>Residents</h1><p>Choose a class.</p><a href="/n/res/x.html">{text}</a>'
    assert [link.text for link in class_links(page, "http://h/n/res/", "http://h/n/")] == [text]


@pytest.mark.parametrize("text", [
    "Meet Our Residents", "Our Faculty", "Meet the Fellows", "Class Schedule", "PGY-2 Curriculum",
    "Chief of Neurosurgery", "Alumni (2010-2020)",
])
def test_a_link_that_names_no_class_is_not_one(text):
    page = f'<h1>Residents</h1><a href="/n/res/x.html">{text}</a>'
    assert class_links(page, "http://h/n/res/", "http://h/n/") == []


def test_a_graduating_year_in_the_path_is_a_class_page():
    page = '<a href="/n/res/graduating-2029.html">Go</a><a href="/n/res/about.html">Go</a>'
    urls = [link.url for link in class_links(page, "http://h/n/res/", "http://h/n/")]
    assert urls == ["http://h/n/res/graduating-2029.html"]


def test_sitemap_index_and_urlset():
    index = b'<?xml version="1.0"?><sitemapindex><sitemap><loc>http://h/a/sitemap.xml</loc></sitemap></sitemapindex>'
    urlset = "<urlset><url><loc>http://h/a/</loc></url><url><loc>http://h/a/people/?x=1&amp;y=2</loc></url></urlset>"
    assert sitemap_urls(index) == ([], ["http://h/a/sitemap.xml"])
    assert sitemap_urls(urlset) == (["http://h/a/", "http://h/a/people/?x=1&y=2"], [])


@pytest.mark.parametrize("url,positive", [
    ("http://h/a/current-residents.html", True),
    ("http://h/a/people/", True),
    ("http://h/a/alumni/", False),
    ("http://h/a/news/match-day-2026.html", False),
])
def test_sitemap_entries_score_by_url(url, positive):
    assert (score_url(url).score > 0) is positive


@pytest.mark.parametrize("html,grows", [
    ('<ul id="resident-list"><li>A</li></ul><button id="load-more" data-next="/api/r.json?page=2">'
     "Load more</button><script>/* fetch */</script>", True),
    ('<div class="people-box" data-src="/api/residents.json"></div><button class="btn-more">'
     "Show more residents</button><script></script>", True),
    ('<div id="feed" data-src="api/residents.json"></div><div id="feed-end"></div><script></script>', True),
    ("<table><tr><td>Amara Okafor, MD</td></tr></table>", False),
    ('<a href="/news/">More news</a><script></script>', False),
])
def test_script_grown_rosters_are_recognised(html, grows):
    assert grows_by_script(html) is grows


MULTI = """<html><body><h1>Residents &amp; Fellows</h1>
<section><h2>Neurological Surgery Residents</h2><ul><li>Amara Okafor, MD</li></ul></section>
<section><h2>Dermatology Residents</h2><ul><li>Lucas Meyer, MD</li></ul></section>
<h2>Internal Medicine</h2><p>Priya Raman, MBBS</p>
</body></html>"""


def test_multi_program_page_keeps_only_the_programs_specialty():
    kept = keep_specialty(MULTI, "neurosurgery")
    assert "Amara Okafor" in kept
    assert "Lucas Meyer" not in kept and "Priya Raman" not in kept


def test_single_specialty_page_is_returned_unchanged():
    page = "<h1>Neurosurgery Residents</h1><p>Amara Okafor, MD</p>"
    assert keep_specialty(page, "neurosurgery") is page


@pytest.mark.parametrize("website,prefix", [
    ("http://127.0.0.2:8000/neurosurgery/", "http://127.0.0.2:8000/neurosurgery/"),
    ("http://127.0.1.5:8000", "http://127.0.1.5:8000/"),
    ("https://med.example.edu/neurosurgery/meet_us.cfm", "https://med.example.edu/neurosurgery/"),
])
def test_site_prefix_is_the_websites_directory(website, prefix):
    assert site_prefix(website) == prefix


@pytest.mark.parametrize("slug", sorted(SPECIALTIES))
def test_shipped_seed_lists_load(slug):
    config = get_specialty(slug)
    with config.seeds.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    programs = load_program_file(str(config.seeds), slug)
    assert len(programs) == len(rows)
    assert all(p.specialty == slug for p, _ in programs)


def test_neurosurgery_seeds_carry_the_2021_22_roster_urls():
    config = get_specialty("neurosurgery")
    with config.seeds.open(encoding="utf-8-sig", newline="") as fh:
        known = {r["residents_page_url_2021_22"] for r in csv.DictReader(fh) if r["residents_page_url_2021_22"]}
    loaded = {roster for _, roster in load_program_file(str(config.seeds), "neurosurgery") if roster}
    assert loaded == known


def test_unknown_specialty_names_the_shipped_ones():
    with pytest.raises(KeyError, match="neurosurgery"):
        get_specialty("astrology")
