"""Tiers and plans as text a person or a program reads: CSV, JSON lines, HTML, a plain plan.

The ranked table is the one machine-readable output (one row per program and specialty); the
plan, the alumni table and notices are for people and go to stderr or to files beside it.
"""

from __future__ import annotations

import csv
import io
import json
from html import escape
from typing import Any

from scoring.plan import SpecialtyPlan
from scoring.profile import Profile
from scoring.tiers import TIERS
from scoring.weights import SCORE_VERSION

ALUMNI_COLUMNS = ("specialty", "program", "program_id", "state", "alumni", "class_years", "tier", "evidence_url")


def ranked_rows(plans: list[SpecialtyPlan]) -> list[dict[str, Any]]:
    rows = []
    for plan in plans:
        for rank, r in enumerate(plan.ranked, 1):
            row = r.as_row()
            rows.append({"program": row.pop("program"), "program_id": row.pop("program_id"),
                         "tier": row.pop("tier"), "rank": rank, **row})
    return rows


def alumni_rows(plans: list[SpecialtyPlan]) -> list[dict[str, Any]]:
    return [{"specialty": p.specialty, **a.as_row()} for p in plans for a in p.alumni]


def to_csv(rows: list[dict[str, Any]], columns: tuple[str, ...] | None = None) -> str:
    if not rows and not columns:
        return ""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns or rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def to_json_lines(rows: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def plan_json(plans: list[SpecialtyPlan], profile: Profile, notices: list[str]) -> str:
    doc = {"profile": profile.name, "score_version": SCORE_VERSION, "notices": notices,
           "specialties": [p.summary() for p in plans]}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def _names(results: list[Any]) -> str:
    return "; ".join(f"{r.program} ({r.tier})" for r in results) or "none"


def plan_text(plans: list[SpecialtyPlan], profile: Profile, notices: list[str]) -> str:
    """The plan, the alumni table and notices as plain text (for stderr or plan.txt)."""
    school = profile.school_canonical or profile.school or "your school"
    lines = [f"profile {profile.name} ({SCORE_VERSION})"]
    lines += notices
    for plan in plans:
        lines.append(f"== {plan.specialty} ({plan.role}): {len(plan.ranked)} programs ==")
        if plan.ranked:
            lines.append("tiers: " + ", ".join(f"{t} {plan.counts[t]}" for t in TIERS))
            lines.append(f"apply to about {plan.recommended} programs: " + "; ".join(plan.recommended_why))
            lines.append(f"outreach targets ({len(plan.outreach)}): {_names(plan.outreach)}")
            lines.append(f"broad list ({len(plan.broad_list)}): {_names(plan.broad_list)}")
            n = len(plan.alumni)
            lines.append(f"alumni of {school} ({n} program{'' if n == 1 else 's'}):")
            for a in plan.alumni:
                years = ", ".join(map(str, a.class_years)) or "class year not read"
                lines.append(f"  {a.program} ({a.state or '?'}): {a.alumni} ({years}), {a.tier}")
        lines += plan.notices
    return "\n".join(lines) + "\n"


def _table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _link(url: str | None) -> str:
    return f'<a href="{escape(url)}">roster</a>' if url else ""


def to_html(plans: list[SpecialtyPlan], profile: Profile, notices: list[str]) -> str:
    """One self-contained page: per specialty the plan, the ranked list, the alumni table."""
    school = escape(profile.school_canonical or profile.school or "your school")
    parts = [f"<h1>Tiers for {escape(profile.name)}</h1>",
             f"<p>Rules {SCORE_VERSION}. Each reason can be checked on the roster it links.</p>"]
    parts += [f'<p class="notice">{escape(n)}</p>' for n in notices]
    for plan in plans:
        parts.append(f"<h2>{escape(plan.specialty)} ({plan.role})</h2>")
        parts += [f'<p class="notice">{escape(n)}</p>' for n in plan.notices]
        if not plan.ranked:
            continue
        parts.append("<p>" + ", ".join(f"{t}: {plan.counts[t]}" for t in TIERS) + "</p>")
        parts.append(f"<p>Apply to about {plan.recommended} programs ("
                     + escape("; ".join(plan.recommended_why)) + ").</p>")
        parts.append(f"<h3>Outreach targets ({len(plan.outreach)})</h3><ol>"
                     + "".join(f"<li>{escape(r.program)} ({r.tier})</li>" for r in plan.outreach) + "</ol>")
        parts.append(f"<h3>Ranked list ({len(plan.ranked)})</h3>")
        parts.append(_table(
            ["#", "tier", "program", "state", "reasons", "evidence"],
            [[str(i), r.tier, escape(r.program), escape(r.state or ""),
              "<br>".join(escape(x) for x in r.reasons), _link(r.evidence_url)]
             for i, r in enumerate(plan.ranked, 1)]))
        parts.append(f"<h3>Alumni of {school} ({len(plan.alumni)})</h3>")
        parts.append(_table(
            ["program", "state", "alumni", "classes", "tier", "evidence"],
            [[escape(a.program), escape(a.state or ""), str(a.alumni),
              " ".join(map(str, a.class_years)), a.tier, _link(a.evidence_url)] for a in plan.alumni]))
    style = ("body{font-family:sans-serif;max-width:70em;margin:auto}table{border-collapse:collapse}"
             "td,th{border:1px solid #ccc;padding:.3em;vertical-align:top}.notice{color:#8a4b00}")
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tiers: '
            f"{escape(profile.name)}</title><style>{style}</style></head><body>"
            + "\n".join(parts) + "</body></html>\n")
