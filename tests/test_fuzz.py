"""Fuzz the roster extractor and the school linker: no crash, bounded time per input.

Normal mode runs a few hundred generated inputs per test (seconds). The long mode,
``PRECEDENT_FUZZ=long .venv/bin/python -m pytest -q -s tests/test_fuzz.py``, runs at least 10,000
per test and prints, at the end, how many inputs each target saw and the slowest one.

The linker catches every exception itself (a bad string must never stop a crawl), so beside the
public ``link`` (its contract: a well-formed answer, always) the fuzz also calls the step
behind the guard, so that an exception the guard would hide still shows here.
"""

from __future__ import annotations

import os
import time
from collections import defaultdict

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from enrich.schools import SchoolMatch, get_linker
from extract.records import ResidentRecord
from extract.roster import extract_residents, looks_script_rendered

pytestmark = pytest.mark.fuzz

LONG = os.environ.get("PRECEDENT_FUZZ") == "long"
EXAMPLES = 10_000 if LONG else 150
PER_INPUT_S = 5.0 if LONG else 3.0  # generous on a loaded 2-core machine; typical is milliseconds
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
KINDS = {"US_MD", "US_DO", "CA", "IMG", "UNKNOWN"}

seen: dict[str, list[float]] = defaultdict(list)  # target -> seconds per input


def timed(target: str, call, *args, **kwargs):
    started = time.perf_counter()
    out = call(*args, **kwargs)
    seconds = time.perf_counter() - started
    seen[target].append(seconds)
    assert seconds < PER_INPUT_S, f"{target} took {seconds:.2f} s on one input"
    return out


# --- the extractor ------------------------------------------------------------------------------

_TAGS = st.sampled_from([
    "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th>Name</th>", "<th>Medical School</th>",
    "<th>PGY</th>", "<div class='card'>", "<div id='residents'>", "</div>", "<ul>", "<li>", "</li>",
    "<dl>", "<dt>", "<dd>", "<h2>", "</h2>", "<h3>PGY-3</h3>", "<h2>Faculty</h2>", "<h2>Alumni</h2>",
    "<section>", "</section>", "<details><summary>PGY-1</summary>", "</details>", "<br>", "<p>",
    "<img alt='photo'>", "<a href='next'>Next</a>", "<script>fetch('/api/r.json')</script>",
    "<noscript>Enable JavaScript</noscript>", "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&#0;",
    "&#xD800;", "&nbsp;", "<meta charset='windows-1252'>", "<<", ">", "\x00", "\ufeff", "\u200b",
])  # fmt: skip
_WORDS = st.sampled_from([
    "Jane Roe, MD", "Dr. Ann Poe", "José Ñúñez-García, M.D., Ph.D.", "Robert \"Bobby\" Smith, DO",
    "Li Wei, MBBS", "(Yale School of Medicine)", "Medical School: ", "Medical School:",
    "University of Lagos College of Medicine", "Kansas City University", "Class of 2029",
    "PGY-2", "PGY 7", "Intern", "Chief Resident", "Program Director", "Undergraduate: Harvard",
    "Hometown: Dayton, OH", " – ", "; ", ", ", "\n", "\t",
])  # fmt: skip
_HTML = st.lists(st.one_of(_TAGS, _WORDS, st.text(max_size=20)), max_size=80).map("".join)


def _row(cells: list[str]) -> str:
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


_ROSTER = st.lists(
    st.tuples(st.text(min_size=1, max_size=40), st.text(max_size=40), st.text(max_size=60)),
    max_size=40,
).map(lambda rows: "<table><tr><th>Name</th><th>PGY</th><th>Medical School</th></tr>"
      + "".join(_row(list(r)) for r in rows) + "</table>")
_CHARSETS = st.sampled_from(["utf-8", "windows-1252", "latin-1", "utf-16", "shift_jis", "bogus", ""])


def _records_ok(records: list) -> None:
    assert isinstance(records, list)
    for record in records:
        assert isinstance(record, ResidentRecord) and isinstance(record.name, str) and record.name
        assert 0.0 <= record.confidence <= 1.0


@FUZZ
@given(_HTML)
def test_extract_random_html(html: str) -> None:
    _records_ok(timed("extract", extract_residents, html, academic_year=2026))
    assert isinstance(looks_script_rendered(html), bool)


@FUZZ
@given(_ROSTER)
def test_extract_generated_rosters(html: str) -> None:
    _records_ok(timed("extract", extract_residents, html, academic_year=2026))


@FUZZ
@given(st.one_of(_HTML.map(str.encode), st.binary(max_size=4000)), _CHARSETS)
def test_extract_bytes_with_any_charset(data: bytes, charset: str) -> None:
    headers = {"Content-Type": f"text/html; charset={charset}" if charset else "text/html"}
    _records_ok(timed("extract", extract_residents, data, headers=headers))


@FUZZ
@given(st.lists(st.one_of(_WORDS, st.text(max_size=40)), max_size=60).map(" ".join))
def test_extract_prose(text: str) -> None:
    _records_ok(timed("extract", extract_residents, text, content_type="text", academic_year=2026))


# --- the school linker --------------------------------------------------------------------------

_SCHOOL_BITS = st.sampled_from([
    "University of", "School of Medicine", "College of Medicine", "Medical College", "Faculty of",
    "Universidad", "Universität", "St. George's", "Saint Louis", "Washington", "Lagos", "Madras",
    "Heidelberg", "Ross", "Kansas City", "Osteopathic", "DO", "MD", "MBBS", "MB ChB", "(", ")", ",",
    ";", "/", "-", "&", "—", "Grenada", "India", "Mexico", "USA", "of", "the", "and", "at",
])  # fmt: skip
_SCHOOL = st.one_of(
    st.text(max_size=120),
    st.lists(st.one_of(_SCHOOL_BITS, st.text(max_size=12)), max_size=20).map(" ".join),
)
_DEGREES = st.lists(st.sampled_from(["MD", "DO", "MBBS", "MB ChB", "PhD", "MPH", "", "x"]), max_size=3)


def _match_ok(match: SchoolMatch, text: str) -> None:
    assert isinstance(match, SchoolMatch)
    assert match.kind in KINDS, match
    assert 0.0 <= match.score <= 1.0, match
    assert (match.id is None) == (match.canonical is None), match


@pytest.fixture(scope="module")
def linker():
    return get_linker()


@FUZZ
@given(text=_SCHOOL, degrees=_DEGREES)
def test_link_never_fails(linker, text: str, degrees: list[str]) -> None:
    _match_ok(timed("link", linker.link, text, degrees), text)


@FUZZ
@given(text=_SCHOOL, degrees=_DEGREES)
def test_link_raises_nothing_behind_its_guard(linker, text: str, degrees: list[str]) -> None:
    _match_ok(timed("link", linker._link, text, tuple(degrees)), text)


@FUZZ
@given(st.one_of(st.none(), st.integers(), st.floats(), st.binary(max_size=200),
                 st.lists(st.text(max_size=10), max_size=3)))
def test_link_takes_any_object(linker, junk: object) -> None:
    _match_ok(timed("link", linker.link, junk), str(junk))


def test_figures(capsys) -> None:
    """How many inputs each target saw and the slowest; long mode asserts 10,000 per test."""
    with capsys.disabled():
        for target, times in sorted(seen.items()):
            print(f"\nfuzz {target}: {len(times)} inputs, max {max(times) * 1000:.0f} ms, "
                  f"mean {sum(times) / len(times) * 1000:.1f} ms per input")
    assert len(seen["extract"]) >= 4 * EXAMPLES and len(seen["link"]) >= 3 * EXAMPLES
