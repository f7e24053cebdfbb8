"""Dense text: names with schools in parentheses, run together in paragraphs.

dev: a paragraph per PGY: "<strong>PGY-3:</strong> Jane Doe, MD (School); John Roe, DO (School)".
heldout: one sentence per class: "The Class of 2029 is Jane Doe (School), John Roe (School) and
Ann Poe (School)." with degrees left out.
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.labels import by_pgy, name_and_degrees
from demoweb.layouts.registry import Layout, register
from demoweb.model import Program


def _and_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def render(program: Program, variant: str, api_url: str) -> str:
    if variant == "heldout":
        sentences = [
            f"The Class of {group[0].class_year} is "
            + _and_list([f"{escape(r.display_name)} ({escape(r.school_string)})" for r in group])
            + "."
            for _, group in by_pgy(program.residents, descending=True)
        ]
        return "<h1>Trainees</h1><p>" + " ".join(sentences) + "</p>"
    paragraphs = "".join(
        f"<p><strong>PGY-{pgy}:</strong> "
        + "; ".join(f"{name_and_degrees(r)} ({escape(r.school_string)})" for r in group)
        + "</p>"
        for pgy, group in by_pgy(program.residents)
    )
    return f"<h1>Current Residents</h1>{paragraphs}"


register(
    Layout(name="dense_text", weight=0.03, render=render, description='dense "Name (School)" text')
)
