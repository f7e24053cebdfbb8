"""How a crawl did against the proving ground's ground truth (``demoweb`` truth dict).

Roster pages found = pages recorded with role ``roster``, fetched without error. Recall counts
the truth's ``roster_urls``; precision counts found pages that are in ``roster_urls`` or
``unreachable_roster_urls``. Used by the acceptance tests and ``bench/crawl.py``.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from db.runstore import iter_items


def roster_scores(run_dir: Path, truth: dict) -> dict[str, dict]:
    found: dict[str, set[str]] = defaultdict(set)
    status: dict[str, str] = {}
    for item in iter_items(run_dir):
        kind = item.get("item_type")
        if kind == "page" and item.get("role") == "roster" and not item.get("error") \
                and item.get("status") == 200:
            found[item.get("program_id") or ""].add(item["url"])
        elif kind == "program_status":
            status[item["program_id"]] = item.get("reason") or ""
    out: dict[str, dict] = {}
    for split in ("dev", "heldout"):
        programs = [p for p in truth["programs"] if p.get("split", "dev") == split]
        true = {(p["id"], u) for p in programs for u in p["roster_urls"]}
        allowed = true | {(p["id"], u) for p in programs for u in p.get("unreachable_roster_urls", [])}
        got = {(p["id"], u) for p in programs for u in found.get(p["id"], ())}
        hit = len(true & got)
        missing = sorted(true - got)
        wrong = sorted(got - allowed)
        out[split] = {
            "programs": len(programs),
            "roster_pages": len(true),
            "found": len(got),
            "recall": round(hit / len(true), 4) if true else 1.0,
            "precision": round(len(got & allowed) / len(got), 4) if got else 1.0,
            "missing": missing[:20],
            "wrong": wrong[:20],
            "without_reason": [p["id"] for p in programs if not status.get(p["id"])],
        }
    return out
