"""Writing the ground truth to disk, atomically and without holding it all in memory.

Crawls and tests read this file while the server runs, so it must never be seen half-written:
we write a temporary file beside the target and rename it into place. Programs are streamed one
by one, which keeps 13,400 programs (about 190,000 residents) well within memory and time.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from demoweb.faults import EXTRA_PAGES, FAULTS
from demoweb.generate import DemoWeb
from demoweb.model import Program, Resident
from demoweb.site import ProgramSite


def _resident(r: Resident, expected: bool) -> dict[str, Any]:
    return {
        "name": r.name,
        "name_shown": r.display_name,
        "degrees": list(r.degrees),
        "degrees_shown": r.degree_text,
        "school_id": r.school_id,
        "school_string": r.school_string,
        "kind": r.kind,
        "pgy": r.pgy,
        "class_year": r.class_year,
        "undergrad": r.undergrad,
        "hometown": r.hometown,
        "expected": expected,
    }


def program_truth(web: DemoWeb, program: Program, port: int) -> dict[str, Any]:
    """Ground truth of one program, in the format of issue 4 (extend, never rename).

    ``roster_urls`` are the HTML roster pages a polite crawler can fetch (every page of a
    paginated or per-class roster; for a JavaScript roster the page a person opens);
    ``unreachable_roster_urls`` those robots.txt forbids or a permanent fault breaks. A resident is
    ``expected`` when at least one reachable roster page shows them.
    """
    site = program.site
    ps = ProgramSite(program, port, web.seed, web.faults)
    fault = ps.fault
    roster_pages = [p for p in ps.roster_pages if p.roster]
    first_roster = roster_pages[0].rel if roster_pages else None
    reachable, unreachable = [], []
    shown: set[str] = set()
    for page in roster_pages:
        broken = fault == "redirect_loop" and page.rel == first_roster
        if site.robots_blocked or broken:
            unreachable.append(ps.url(page.rel))
        else:
            reachable.append(ps.url(page.rel))
            shown.update(r.name for r in page.residents)
    prose = [
        {
            "url": ps.url(p.slug + ext),
            "kind": p.kind,
            "format": ext.lstrip("."),
            "residents": [r.name for r in p.residents],
            "schools": {r.name: r.school_id for r in p.residents},
            "distractors": [d for d in p.distractors if d],
        }
        for p in ps.prose_pages
        for ext in (".html", ".txt")
    ]
    distractors = [s.name for s in program.staff]
    if site.layout == "mixed_people":
        distractors += [f.name for f in program.fellows] + [a.name for a in program.alumni]
    for p in ps.prose_pages:
        distractors += [d for d in p.distractors if d]
    details = []
    if fault is not None:
        f = FAULTS[fault]
        if f.target == "roster":
            where = ps.url(first_roster or "")
        elif f.target == "extra":
            where = ps.url(EXTRA_PAGES[fault][0])
        else:
            where = ps.url()
        details.append(
            {"kind": fault, "url": where, "expect": f.expect, "description": f.description}
        )
    entry = ps.roster_pages[0] if ps.roster_pages else None
    facts, traps = _facts_truth(ps)
    return {
        "id": program.id,
        "index": program.index,
        "name": program.name,
        "specialty": program.specialty,
        "city": program.city,
        "state": program.state,
        "website": program.url(port),
        "host": site.host,
        "shared_host": site.shared,
        "has_roster": site.roster_path is not None,
        "roster_urls": reachable,
        "unreachable_roster_urls": unreachable,
        "roster_entry_url": ps.url(entry.rel) if entry else None,
        "roster_pages": [
            {"url": ps.url(p.rel), "residents": [r.name for r in p.residents]} for p in roster_pages
        ],
        "api_urls": [ps.url(a.rel) for a in ps.api_pages] if ps.js else [],
        "roster_link_text": ((entry.link_text or site.roster_link_text) if entry else None),
        "discovery": site.discovery if entry else None,
        "robots_blocked": site.robots_blocked,
        "layout": site.layout,
        "split": program.split,
        # dev, heldout, fresh, fresh2, fresh3 or fresh4: the roster markup
        "layout_variant": site.layout_variant,
        "js": ps.js,
        "expect_residents": bool(shown),
        "residents": [_resident(r, r.name in shown) for r in program.residents],
        "distractors": list(dict.fromkeys(distractors)),
        "prose_urls": [p["url"] for p in prose],
        "prose": prose,
        "faults": [fault] if fault else [],
        "fault_details": details,
        "info_urls": [ps.url(p.rel) for p in ps.info.pages],
        "info_pages": [
            {"url": ps.url(p.rel), "kind": p.kind, "format": p.fmt, "link_text": p.link_text}
            for p in ps.info.pages
        ],
        "facts": facts,
        "fact_traps": traps,
    }


def _facts_truth(ps: ProgramSite) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Every fact each page states (fact, value, url, sentence), and the traps that state none.

    A fact stated on two pages (the home page and "How to Apply") is listed once per page, so a
    page-by-page extractor is scored page by page.
    """
    facts, traps = [], []
    placed = [("", s) for s in ps.info.home] + [(p.rel, s) for p in ps.info.pages for s in p.shown]
    for rel, shown in placed:
        url = ps.url(rel)
        for fact, value in shown.statement.facts:
            facts.append({"fact": fact, "value": value, "url": url, "sentence": shown.sentence})
        if not shown.statement.facts:
            kind = shown.statement.claim.removeprefix("trap:")
            traps.append({"kind": kind, "url": url, "sentence": shown.sentence})
    return facts, traps


def write_truth(web: DemoWeb, path: str | os.PathLike[str], port: int | None = None) -> Path:
    """Write ``web``'s ground truth as JSON to ``path`` (tmp file + rename) and return the path."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    header = json.dumps(web.truth_header(port), ensure_ascii=False)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(header[:-1] + ', "programs": [\n')
            for n, program in enumerate(web.iter_programs()):
                if n:
                    out.write(",\n")
                out.write(json.dumps(web.program_truth(program, port), ensure_ascii=False))
            out.write("\n]}\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
