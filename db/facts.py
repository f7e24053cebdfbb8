"""What programs say about themselves (issue 11), as database rows.

A crawl yields one ``fact`` item per (program, page, fact). The build keeps each as a ``facts``
row with its sentence (value as JSON text beside ``value_text``, so ``true``, ``230`` and
``"none"`` stay apart), flags statements the roster contradicts in ``fact_conflicts`` (both sides
kept: the sentence and URL, and the residents with their schools and roster URLs), and carries
each program's settled policy as columns of ``img_precedent``. Scoring reads the same settled
policy, from the run at build time or from the ``facts`` table in ``precedent tiers``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from enrich.facts import RosterPerson, fact_from_row, roster_conflicts, settled_facts, value_text
from extract.facts import ProgramFact
from scoring.facts import POLICY_FACTS

# img_precedent columns: yes/no facts as 1/0, the others as the page states them.
FLAG_COLUMNS = ("visa_j1", "visa_h1b", "accepts_img")
STATED_COLUMNS = ("step2_min", "yog_limit_years", "positions_per_year")
POLICY_COLUMNS = (*FLAG_COLUMNS, *STATED_COLUMNS, "fact_conflict")


def fact_rows(items: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One ``facts`` row per (program, fact, page); a later item for the same key wins."""
    rows: dict[str, dict[str, Any]] = {}
    for item in items:
        key = f"{item['program_id']}|{item['fact']}|{item.get('url') or ''}"
        rows[key] = {
            "fact_id": key,
            "program_id": item["program_id"],
            "fact": item["fact"],
            "value": json.dumps(item["value"]),
            "value_text": value_text(item["value"]),
            "sentence": item.get("sentence") or "",
            "url": item.get("url"),
            "fetched_at": item.get("fetched_at"),
            "confidence": item.get("confidence"),
            "run_id": item.get("run_id"),
            "content_sha1": item.get("content_sha1"),
        }
    return list(rows.values())


def facts_by_program(rows: Iterable[Mapping[str, Any]]) -> dict[str, list[ProgramFact]]:
    """``facts`` rows (value as JSON text) grouped by program, as ``ProgramFact``s."""
    out: dict[str, list[ProgramFact]] = defaultdict(list)
    for row in rows:
        out[str(row["program_id"])].append(fact_from_row(row, value_is_json=True))
    return dict(out)


def policies(rows: Iterable[Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per program, the settled facts scoring applies as hard constraints (``ProgramFacts.policy``)."""
    return {
        pid: {name: f.value for name, f in settled_facts(facts).items() if name in POLICY_FACTS}
        for pid, facts in facts_by_program(rows).items()
    }


def conflict_rows(
    rows: Iterable[Mapping[str, Any]], residents: Iterable[Mapping[str, Any]]
) -> list[dict[str, Any]]:
    """Statements the roster contradicts, with the statement and the roster evidence side by side."""
    roster: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for r in residents:
        if (r.get("role") or "resident") == "resident":
            roster[str(r["program_id"])].append(r)
    out = []
    for pid, facts in facts_by_program(rows).items():
        people = roster.get(pid, [])
        persons = [
            RosterPerson(r["name"], r.get("school_kind") or "UNKNOWN", r.get("pgy")) for r in people
        ]
        for c in roster_conflicts(facts, persons):
            named = set(c.residents)
            evidence = [
                {k: r.get(k) for k in ("name", "pgy", "school_raw", "school_kind", "source_url")}
                for r in people
                if r["name"] in named
            ]
            out.append(
                {
                    "conflict_id": f"{pid}|{c.fact}|{c.url or ''}",
                    "program_id": pid,
                    "fact": c.fact,
                    "stated": json.dumps(c.stated),
                    "stated_text": value_text(c.stated),
                    "sentence": c.sentence,
                    "url": c.url,
                    "residents": "; ".join(c.residents),
                    "contradicting_residents": len(c.residents),
                    "newest_pgy": c.newest_pgy,
                    "roster_evidence": json.dumps(evidence, ensure_ascii=False),
                    "roster_urls": " ".join(
                        sorted({e["source_url"] for e in evidence if e["source_url"]})
                    ),
                    "reason": c.reason,
                }
            )
    return out


def add_policy_columns(
    precedent: list[dict[str, Any]],
    rows: Iterable[Mapping[str, Any]],
    conflicts: Iterable[Mapping[str, Any]],
) -> None:
    """Give every ``img_precedent`` row the program's settled facts and its conflict, if any."""
    settled = {pid: settled_facts(facts) for pid, facts in facts_by_program(rows).items()}
    reasons: dict[str, list[str]] = defaultdict(list)
    for c in conflicts:
        if c["reason"] not in reasons[c["program_id"]]:
            reasons[c["program_id"]].append(c["reason"])
    for row in precedent:
        facts = settled.get(row["program_id"], {})
        for name in FLAG_COLUMNS:
            row[name] = int(facts[name].value) if name in facts else None
        for name in STATED_COLUMNS:
            row[name] = value_text(facts[name].value) if name in facts else None
        row["fact_conflict"] = "; ".join(reasons.get(row["program_id"], [])) or None


def create_empty_tables(db: Any) -> None:
    """``facts`` and ``fact_conflicts`` exist even when a crawl read no fact, so the canned
    queries that join them work and a reader sees the tables are empty rather than missing."""
    if not db["facts"].exists():
        db["facts"].create(
            {
                "fact_id": str, "program_id": str, "fact": str, "value": str, "value_text": str,
                "sentence": str, "url": str, "fetched_at": str, "confidence": float,
                "run_id": str, "content_sha1": str,
            },
            pk="fact_id",
        )  # fmt: skip
    if not db["fact_conflicts"].exists():
        db["fact_conflicts"].create(
            {
                "conflict_id": str, "program_id": str, "fact": str, "stated": str,
                "stated_text": str, "sentence": str, "url": str, "residents": str,
                "contradicting_residents": int, "newest_pgy": int, "roster_evidence": str,
                "roster_urls": str, "reason": str,
            },
            pk="conflict_id",
        )  # fmt: skip
