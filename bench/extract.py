"""Extraction throughput: roster pages/s and residents/s, against a plain-lxml baseline.

Pages are the extractor's hand-written fixtures plus, when the demo web is importable, its
static roster pages of the dev split fetched once over 127.0.0.1. The first pass over them is
timed on its own (cold: nothing cached yet), then the repeated rounds. The baseline parses the
same pages with lxml and pulls their text, so the ratio says what the extraction itself costs on this machine.
Then pages no roster is, timed once each: a 4 MB table and 2 MB of announcement (both read up
to the extractor's caps only), 1.6 MB of hard-wrapped text without a full stop, a long run of
capitals after "from", and runs of N capitalised words for N = 100 to 800 (the time should
double with N, not quadruple). The unit tests pin the caps and the work done on such pages;
the seconds live here.
Ends with one line: ``RESULT {json}``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import urllib.request
from pathlib import Path

import lxml.html

# Run as ``python bench/extract.py``, this file's folder comes first on sys.path and its name
# would shadow the ``extract`` package; the repository root goes there instead.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))
sys.modules.pop("extract", None)

from extract.roster import extract_residents  # noqa: E402

FIXTURES = _HERE.parent / "tests" / "fixtures" / "extract"


def fixture_pages() -> list[tuple[bytes, dict, str]]:
    pages = []
    for folder in sorted(FIXTURES.iterdir()):
        info_path = folder / "info.json"
        if not info_path.exists():
            continue
        info = json.loads(info_path.read_text(encoding="utf-8"))
        body = folder / "body.html"
        kind = "html"
        if not body.exists():
            body, kind = folder / "body.txt", "text"
        pages.append((body.read_bytes(), info["headers"], kind))
    return pages


def demo_pages(programs: int) -> list[tuple[bytes, dict, str]]:
    try:
        from demoweb.server import running_web
    except ImportError:
        return []
    pages = []
    with running_web(programs=programs, seed=7) as web:
        for program in web.truth["programs"]:
            if program.get("js") or program.get("split", "dev") != "dev":
                continue  # held-out pages are for bench/accuracy.py's measurement only
            for url in program["roster_urls"]:
                with urllib.request.urlopen(url, timeout=10) as response:
                    pages.append((response.read(), dict(response.headers.items()), "html"))
    return pages


def run_extract(pages, rounds: int) -> tuple[float, int]:
    residents = 0
    started = time.perf_counter()
    for _ in range(rounds):
        for body, headers, kind in pages:
            residents += len(
                extract_residents(body, content_type=kind, academic_year=2026, headers=headers)
            )
    return time.perf_counter() - started, residents


def run_baseline(pages, rounds: int) -> float:
    started = time.perf_counter()
    for _ in range(rounds):
        for body, _, kind in pages:
            if kind == "html":
                lxml.html.document_fromstring(body).text_content()
            else:
                body.decode("utf-8", errors="replace").splitlines()
    return time.perf_counter() - started


_ROW = "<tr><td>Jane Roe</td><td>PGY-2</td><td>Yale School of Medicine</td></tr>"
CAPITAL_RUNS = (100, 200, 400, 800)


def capital_run(words: int, seed: int = 1) -> str:
    """Made-up capitalised words in a row, as a page that title-cases everything writes them."""
    rng = random.Random(seed)
    letters = "abcdefghijklmnoprstuvw"
    return " ".join(
        "".join(rng.choice(letters) for _ in range(rng.randint(3, 8))).capitalize()
        for _ in range(words)
    )


def stress_pages() -> dict[str, tuple[str, str]]:
    """Name → (content, kind) of the pages that once took seconds or minutes."""
    head = "<table><tr><th>Name</th><th>PGY</th><th>Medical School</th></tr>"
    from_capitals = (
        "Joining us from " + "ABCDEFGHIJKLMNOPQRSTUVWXYZ" * 3 + " x Jane Doe is Mary Smith."
    )
    return {
        "giant_table_s": (head + _ROW * 60000 + "</table>", "html"),
        "giant_prose_s": ("Jane Roe, MD (Yale School of Medicine) joined us. " * 40000, "text"),
        "from_capitals_s": (from_capitals * 20, "text"),
        "wrapped_prose_s": (
            "jane roe went to some place with a long line here and\n" * 30000,
            "text",
        ),
    }


def time_once(content: str, kind: str) -> float:
    started = time.perf_counter()
    extract_residents(content, content_type=kind, academic_year=2026)
    return time.perf_counter() - started


def stress_figures() -> dict:
    figures: dict = {name: round(time_once(*page), 3) for name, page in stress_pages().items()}
    runs = {n: time_once(capital_run(n), "text") for n in CAPITAL_RUNS}
    figures["capital_run_s"] = {str(n): round(s, 4) for n, s in runs.items()}
    # 1.0 when the time doubles with the words, 2.0 when it quadruples
    top, half = CAPITAL_RUNS[-1], CAPITAL_RUNS[-2]
    figures["capital_run_growth"] = round((runs[top] / runs[half]) / (top / half), 2)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds, fewer demo pages")
    args = parser.parse_args(argv)
    pages = fixture_pages()
    demo = demo_pages(8 if args.quick else 30)
    pages += demo
    rounds = 5 if args.quick else 30
    extract_residents(pages[0][0], headers=pages[0][1])  # build the spaCy pipeline once
    # One pass over pages never seen before: the line caches are empty, as in a real crawl.
    cold_seconds, _ = run_extract(pages, 1)
    seconds, residents = run_extract(pages, rounds)
    baseline = run_baseline(pages, rounds)
    count = len(pages) * rounds
    result = {
        "bench": "extract",
        "pages": len(pages),
        "demo_pages": len(demo),
        "rounds": rounds,
        "cold_single_pass_pages_s": round(len(pages) / cold_seconds, 1),
        "pages_s": round(count / seconds, 1),
        "residents_s": round(residents / seconds, 1),
        "baseline_pages_s": round(count / baseline, 1),
        "ratio_vs_lxml_text": round(seconds / baseline, 2),
        "ms_per_page": round(1000 * seconds / count, 2),
    }
    result.update(stress_figures())
    print(f"pages: {len(pages)} ({len(demo)} from the demo web) x {rounds} rounds")
    print(f"cold single pass: {result['cold_single_pass_pages_s']} pages/s")
    print(f"extract:  {result['pages_s']} pages/s, {result['residents_s']} residents/s")
    print(f"baseline: {result['baseline_pages_s']} pages/s (lxml parse + text_content)")
    print(f"extract costs {result['ratio_vs_lxml_text']}x the baseline")
    print(
        f"giant table {result['giant_table_s']} s, giant prose {result['giant_prose_s']} s, "
        f"capitals after 'from' {result['from_capitals_s']} s, "
        f"hard-wrapped prose {result['wrapped_prose_s']} s"
    )
    print(
        f"runs of capitals {result['capital_run_s']} s "
        f"(growth {result['capital_run_growth']}: 1 linear, 2 quadratic)"
    )
    print("RESULT " + json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
