"""Extraction accuracy against the proving ground's ground truth, per split and on prose pages.

Every roster page of the demo web is fetched once over 127.0.0.1 (JavaScript rosters through
Debian Chromium with Playwright, so the extractor is scored on what a browser shows), extracted,
and compared with the truth:

- residents, by name: precision, recall and F1, on the ``dev`` split (layouts the rules were
  tuned on) and the ``heldout`` split (layouts nobody tuned on), reported separately;
- school kind among the residents found: the extracted ``school_raw`` is linked with
  ``enrich.schools`` *here* (the extractor itself never imports ``enrich``) and its kind compared
  with the truth's;
- prose pages (match-day posts and newsletters, HTML and ``.txt``): the same name scores.

Misses are listed only for the dev split and prose unless ``--show-misses heldout`` is given:
the held-out split is for measuring, not for tuning. Ends with ``RESULT {json}``.

A share of the held-out programs show other roster markup, named per program by
``layout_variant`` in the truth and scored as a split of its own. ``fresh``
(:mod:`demoweb.layouts.fresh`) was written blind and measured once, on 2026-11-25, ``fresh2``
once on 2026-11-26, ``fresh3`` once on 2026-11-26 at 04:28 UTC (4000 programs) and ``fresh4``
once on 2026-11-26 at 13:19 UTC (8000 programs; it holds a sixteenth of the held-out programs);
they are development material since (``--show-misses fresh,fresh2,fresh3,fresh4`` lists their
misses). The
variants in ``BLIND_VARIANTS`` are still blind: they are left out of every figure unless
``--blind`` is given, and their misses are never listed. Whoever works on the extractor runs
without ``--blind``.

    python bench/accuracy.py [--programs 200] [--quick] [--blind]
                             [--show-misses dev,heldout,fresh,...,fresh4,prose|none]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
import urllib.request
from collections import Counter, defaultdict
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

# Run as ``python bench/accuracy.py``, this file's folder would come first on sys.path and
# ``bench/extract.py`` would shadow the ``extract`` package; the repository root goes there.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))
sys.modules.pop("extract", None)

from bench._common import emit  # noqa: E402
from extract.roster import extract_residents, name_key  # noqa: E402

SEED = 7
YEAR = 2026
# Roster markup nobody tuning the extractor has seen: none now (fresh4 was the last, measured once
# on 2026-11-26 at 13:19 UTC, 8000 programs: P 0.989, R 0.760, F1 0.859, school kind 0.701).
BLIND_VARIANTS: tuple[str, ...] = ()
SPLIT_ORDER = ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", *BLIND_VARIANTS)


@dataclass
class Score:
    """Name-match counts for one split (or one layout), plus school-kind agreement."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    kind_right: int = 0
    kind_total: int = 0
    string_right: int = 0  # school_raw equal to the school exactly as the page wrote it
    school_missing: int = (
        0  # residents found with no school_raw at all (our output, not the page's)
    )
    pages: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in (
            "tp",
            "fp",
            "fn",
            "kind_right",
            "kind_total",
            "string_right",
            "school_missing",
            "pages",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses.extend(other.misses)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def kind_accuracy(self) -> float:
        return self.kind_right / self.kind_total if self.kind_total else 1.0

    def summary(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "school_kind_accuracy": round(self.kind_accuracy, 4),
            "school_string_exact": round(self.string_right / self.kind_total, 4)
            if self.kind_total
            else 1.0,
            "school_missing_share": round(self.school_missing / self.kind_total, 4)
            if self.kind_total
            else 0.0,
            "residents": self.tp + self.fn,
            "extracted": self.tp + self.fp,
            "pages": self.pages,
        }


def fetch(url: str) -> tuple[bytes, dict[str, str]]:
    try:
        with urllib.request.urlopen(url, timeout=20) as response:
            return response.read(), dict(response.headers.items())
    except OSError:
        return b"", {}


def fetch_all(urls: Iterable[str]) -> dict[str, tuple[bytes, dict[str, str]]]:
    urls = list(dict.fromkeys(urls))
    with ThreadPoolExecutor(max_workers=8) as pool:
        return dict(zip(urls, pool.map(fetch, urls), strict=True))


def render_all(urls: list[str]) -> dict[str, tuple[bytes, dict[str, str]]]:
    """What Chromium shows once the crawl's own script (:mod:`crawler.browser`) has grown the
    page: "load more" clicked and the page scrolled until a round changes nothing."""
    if not urls:
        return {}
    from playwright.async_api import async_playwright

    from crawler.browser import GROW_SCRIPT, WATCH_SCRIPT
    from crawler.settings.base import PLAYWRIGHT_LAUNCH_OPTIONS

    async def one(browser, url: str) -> tuple[str, bytes]:
        page = await browser.new_page()
        try:
            await page.add_init_script(WATCH_SCRIPT)
            await page.goto(url, wait_until="networkidle", timeout=30_000)
            await page.evaluate(GROW_SCRIPT)
            return url, (await page.content()).encode("utf-8")
        except Exception as error:  # noqa: BLE001 - one broken page is a miss, not a crash
            print(f"render failed: {url}: {error}", file=sys.stderr)
            return url, b""
        finally:
            await page.close()

    async def run() -> dict[str, tuple[bytes, dict[str, str]]]:
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(**PLAYWRIGHT_LAUNCH_OPTIONS)
            sem = asyncio.Semaphore(4)

            async def bounded(url: str) -> tuple[str, bytes]:
                async with sem:
                    return await one(browser, url)

            done = await asyncio.gather(*(bounded(u) for u in urls))
            await browser.close()
        headers = {"Content-Type": "text/html; charset=utf-8"}
        return {url: (body, headers) for url, body in done}

    return asyncio.run(run())


def score_page_set(
    truth_people: list[dict], records: list, linker, label: str, want_misses: bool
) -> Score:
    """Name match of one program's (or prose page's) records against its truth residents."""
    score = Score()
    truth = {name_key(r["name"]): r for r in truth_people}
    found = {}
    for record in records:
        found.setdefault(name_key(record.name), record)
    for key, resident in truth.items():
        record = found.get(key)
        if record is None:
            score.fn += 1
            if want_misses:
                score.misses.append(f"{label}: MISSED {resident['name']!r}")
            continue
        score.tp += 1
        if linker is not None and resident.get("kind"):
            kind = linker.link(record.school_raw or "", record.degrees).kind
            score.kind_total += 1
            score.string_right += record.school_raw == resident.get("school_string")
            score.school_missing += not record.school_raw
            if kind == resident["kind"]:
                score.kind_right += 1
            elif want_misses:
                score.misses.append(
                    f"{label}: KIND {resident['name']!r} {record.school_raw!r} -> {kind}, "
                    f"truth {resident['kind']} ({resident.get('school_string')!r})"
                )
    for key, record in found.items():
        if key not in truth:
            score.fp += 1
            if want_misses:
                score.misses.append(f"{label}: EXTRA {record.name!r} ({record.snippet[:90]!r})")
    return score


def prose_pages(program: dict) -> list[dict]:
    """The program's prose pages, each with its named residents as truth dicts.

    The truth lists prose residents by name (and school id); their kind comes from the
    program's own residents, since an announcement names people of this program.
    """
    kinds = {r["name"]: r for r in program.get("residents", [])}
    pages = []
    for page in program.get("prose") or []:
        if not isinstance(page, dict) or not page.get("url"):
            continue
        people = []
        for person in page.get("residents", []):
            if isinstance(person, dict):
                people.append(person)
                continue
            known = kinds.get(person, {})
            people.append(
                {
                    "name": person,
                    "kind": known.get("kind"),
                    "school_string": known.get("school_string"),
                }
            )
        pages.append({**page, "residents": people})
    return pages


def split_of(program: dict) -> str:
    """``dev`` or ``heldout``, or the roster markup variant a held-out program shows instead."""
    variant = program.get("layout_variant") or ""
    split = str(program.get("split", "dev"))
    return variant if variant not in ("", "dev", "heldout") else split


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--programs", type=int, default=200)
    parser.add_argument("--quick", action="store_true", help="60 programs")
    parser.add_argument(
        "--show-misses",
        default="dev,prose",
        help="comma list of dev, heldout, fresh, prose, or none",
    )
    parser.add_argument("--no-browser", action="store_true", help="skip JavaScript rosters")
    parser.add_argument(
        "--blind", action="store_true", help="also score the blind roster markup (BLIND_VARIANTS)"
    )
    args = parser.parse_args(argv)
    programs = 60 if args.quick else args.programs
    show = set(args.show_misses.split(","))

    from demoweb.server import running_web
    from enrich.schools import get_linker

    linker = get_linker()
    started = time.perf_counter()
    with running_web(programs=programs, seed=SEED, year=YEAR) as web:
        truth = web.truth
        year = truth.get("year", YEAR)
        listed = [
            p
            for p in truth["programs"]
            if p.get("roster_urls")
            and (args.blind or p.get("layout_variant") not in BLIND_VARIANTS)
        ]
        static = [u for p in listed if not p.get("js") for u in p["roster_urls"]]
        scripted = [u for p in listed if p.get("js") for u in p["roster_urls"]]
        prose = [page for p in truth["programs"] for page in prose_pages(p)]
        bodies = fetch_all(static + [page["url"] for page in prose])
        if not args.no_browser:
            bodies.update(render_all(scripted))
    fetched = time.perf_counter() - started

    splits: dict[str, Score] = defaultdict(Score)
    layouts: dict[tuple[str, str], Score] = defaultdict(Score)
    extract_seconds = 0.0
    for program in listed:
        if program.get("js") and args.no_browser:
            continue
        split = split_of(program)
        records = []
        for url in program["roster_urls"]:
            body, headers = bodies.get(url, (b"", {}))
            t0 = time.perf_counter()
            records.extend(extract_residents(body, url, academic_year=year, headers=headers))
            extract_seconds += time.perf_counter() - t0
        label = f"{split}/{program.get('layout')}/{program['id']}"
        shown = split in show and split not in BLIND_VARIANTS
        score = score_page_set(program["residents"], records, linker, label, shown)
        score.pages = len(program["roster_urls"])
        splits[split].add(score)
        layouts[(split, str(program.get("layout")))].add(score)

    prose_score = Score()
    prose_kinds: Counter[str] = Counter()
    for page in prose:
        body, headers = bodies.get(page["url"], (b"", {}))
        kind = "text" if page.get("format") == "txt" or page["url"].endswith(".txt") else "html"
        prose_kinds[kind] += 1
        t0 = time.perf_counter()
        records = extract_residents(
            body, page["url"], content_type=kind, academic_year=year, headers=headers
        )
        extract_seconds += time.perf_counter() - t0
        score = score_page_set(
            page["residents"], records, linker, f"prose/{page['url']}", "prose" in show
        )
        score.pages = 1
        prose_score.add(score)

    print(f"demo web: {programs} programs, seed {SEED}, year {year}; fetched in {fetched:.1f} s")
    print(
        f"{'split':8} {'layout':18} {'P':>7} {'R':>7} {'F1':>7} {'kind':>7} {'n':>5} {'str':>6} {'none':>6}"
    )
    for (split, layout), score in sorted(layouts.items()):
        s = score.summary()
        print(
            f"{split:8} {layout:18} {s['precision']:7.3f} {s['recall']:7.3f} {s['f1']:7.3f} "
            f"{s['school_kind_accuracy']:7.3f} {s['residents']:5} {s['school_string_exact']:6.3f} "
            f"{s['school_missing_share']:6.3f}"
        )
    for name in sorted(splits, key=SPLIT_ORDER.index):
        s = splits[name].summary()
        print(
            f"{name:8} {'ALL':18} {s['precision']:7.3f} {s['recall']:7.3f} {s['f1']:7.3f} "
            f"{s['school_kind_accuracy']:7.3f} {s['residents']:5}"
        )
    p = prose_score.summary()
    print(
        f"{'prose':8} {dict(prose_kinds)!s:18} {p['precision']:7.3f} {p['recall']:7.3f} "
        f"{p['f1']:7.3f} {p['school_kind_accuracy']:7.3f} {p['residents']:5}"
    )
    for score in (*splits.values(), prose_score):
        for line in score.misses[:400]:
            print("  " + line)
    result = {
        "bench": "accuracy",
        "programs": programs,
        "seed": SEED,
        "year": year,
        "dev": splits["dev"].summary(),
        **{name: splits[name].summary() for name in SPLIT_ORDER[1:] if name in splits},
        "prose": prose_score.summary(),
        "browser": not args.no_browser,
        "extract_seconds": round(extract_seconds, 2),
        "targets_heldout": {"f1": 0.97, "precision": 0.99, "school_kind_accuracy": 0.98},
        "targets_prose": {"f1": 0.90, "precision": 0.95},
    }
    emit(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
