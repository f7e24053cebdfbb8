"""Re-run extraction over a crawl's archived roster pages, offline.

A better extractor should not need a new crawl: every roster page's body and headers are in
``<run>/raw/<sha1>.body|.json`` (see ``crawler.middlewares.archive``). This rewrites the run's
resident items from those bodies (atomically: a new ``items.jsonl`` replaces the old) and keeps
every program, page and status item as it was. Nothing touches the network.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

from crawler.items import ResidentItem
from db.runstore import iter_items
from extract.roster import extract_residents
from spiders.sections import keep_specialty


def _archived(run_dir: Path, sha1: str) -> tuple[bytes, dict[str, str]] | None:
    body_path = run_dir / "raw" / f"{sha1}.body"
    if not body_path.exists():
        return None
    info_path = body_path.with_suffix(".json")
    headers: dict[str, str] = {}
    if info_path.exists():
        info = json.loads(info_path.read_text(encoding="utf-8"))
        headers = {k: v[0] for k, v in info.get("headers", {}).items() if v}
    return body_path.read_bytes(), headers


def reextract_run(run_dir: Path, academic_year: int | None = None) -> dict[str, int]:
    """Replace the run's resident items by a fresh extraction of its archived roster pages."""
    run_dir = Path(run_dir)
    items = list(iter_items(run_dir))
    specialty = {i["program_id"]: i.get("specialty") or "" for i in items if i.get("item_type") == "program"}
    before = sum(1 for i in items if i.get("item_type") == "resident")
    fresh: list[dict] = []
    pages = missing = 0
    done: set[tuple[str, str]] = set()
    for item in items:
        if item.get("item_type") != "page" or item.get("role") != "roster" or item.get("error"):
            continue
        key = (item.get("program_id") or "", item["url"])
        if key in done or not item.get("sha1"):
            continue
        archived = _archived(run_dir, item["sha1"])
        if archived is None:
            missing += 1
            continue
        done.add(key)
        pages += 1
        body, headers = archived
        text = body.decode(_charset(headers), errors="replace")
        kept = keep_specialty(text, specialty.get(key[0], ""))
        records = extract_residents(body if kept is text else kept, item["url"], headers=headers,
                                    academic_year=academic_year)
        now = datetime.now(UTC).isoformat(timespec="seconds")
        fresh += [
            asdict(ResidentItem(
                program_id=key[0], name=r.name, source_url=item["url"],
                fetched_at=item.get("fetched_at") or now, run_id=item.get("run_id"),
                degrees=r.degrees, school_raw=r.school_raw, pgy=r.pgy, pgy_raw=r.pgy_raw,
                class_year=r.class_year, undergrad=r.undergrad, hometown=r.hometown, role=r.role,
                snippet=r.snippet, confidence=r.confidence, content_sha1=item["sha1"],
            ))
            for r in records
        ]
    path = run_dir / "items.jsonl"
    tmp = path.with_suffix(".jsonl.tmp")
    with tmp.open("w", encoding="utf-8") as out:
        for item in items:
            if item.get("item_type") != "resident":
                out.write(json.dumps(item, ensure_ascii=False) + "\n")
        for row in fresh:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    tmp.replace(path)
    return {"roster_pages": pages, "missing_bodies": missing, "residents_before": before,
            "residents_after": len(fresh)}


def _charset(headers: dict[str, str]) -> str:
    ctype = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
    if "charset=" in ctype.lower():
        name = ctype.lower().split("charset=", 1)[1].split(";")[0].strip()
        try:
            "".encode(name)
            return name
        except LookupError:
            pass
    return "utf-8"
