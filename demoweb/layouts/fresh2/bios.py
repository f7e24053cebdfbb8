"""Fresh2 variant of ``bios``: "Resident Spotlight" articles with a short Q&A.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh2/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs (an initials badge).

Each resident is an ``<article class="spotlight">``: a header with an initials badge, "Resident
Spotlight" kicker, the name in an ``<h2>`` and, on a line of its own, the credentials and level
("MD | 3rd-Year Resident", "DO | Intern (1st Year)", "MBBS | Chief Resident, 5th Year"). The body
is a paragraph in one of several phrasings ("... finished medical school at X in 2023", "holds
the M.D. from X", "came to us from X"), often naming the undergraduate college before or after
the medical school, then two Q&A lines ("Why here?", "Best advice for applicants?"). Seniors
first.
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.fresh2 import wording
from demoweb.layouts.labels import by_pgy
from demoweb.layouts.registry import Layout, register_fresh2
from demoweb.model import Program, Resident

MAJORS = ("neuroscience", "chemistry", "history", "bioengineering", "economics", "music")
WHY = (
    "The residents here genuinely look out for one another.",
    "I wanted a program with a big operative volume and a collegial culture.",
    "The mentorship I saw on my away rotation convinced me.",
    "It felt like home from the first interview.",
    "The balance of clinical training and protected research time.",
)
ADVICE = (
    "Be yourself on interview day.",
    "Ask residents what a bad day looks like.",
    "Sleep, eat and call your family.",
    "Find mentors early and keep in touch with them.",
)


def level_text(r: Resident, years: int) -> str:
    if r.pgy == 1 and years > 1:
        return "Intern (1st Year)"
    if wording.is_final(r.pgy, years):
        return f"Chief Resident, {wording.nth(r.pgy)} Year"
    return f"{wording.nth(r.pgy)}-Year Resident"


def _story(program: Program, r: Resident) -> str:
    rng = wording.rng_for(program, r, "bios")
    first = escape(r.first_name)
    school = escape(r.school_string)
    degree = escape(wording.medical_degree(r))
    college = escape(r.undergrad) if r.undergrad else ""
    major = rng.choice(MAJORS)
    form = rng.randrange(4)
    if form == 0:
        text = f"{first} finished medical school at {school} in {r.start_year}."
        if college:
            text += f" Before that came a degree in {major} from {college}."
    elif form == 1:
        home = f"Originally from {escape(r.hometown)}, " if r.hometown else ""
        text = f"{home}{first} holds the {degree} from {school}."
        if college:
            text += f" {first} majored in {major} at {college}."
    elif form == 2 and college:
        text = f"After college at {college}, {first} went on to {school} for medical school."
    else:
        text = f"{first} joined the residency from {school}, where {first} earned the {degree}."
    for other in wording.other_degrees(r):
        text += f" Along the way {first} also completed the {escape(other)}."
    return text


def _article(program: Program, r: Resident, years: int) -> str:
    rng = wording.rng_for(program, r, "bios-qa")
    return (
        '<article class="spotlight"><header class="spotlight__header">'
        f'<div class="spotlight__badge" aria-hidden="true">{escape(wording.initials(r.name))}'
        '</div>\n<p class="spotlight__kicker">Resident Spotlight</p>'
        f'<h2 class="spotlight__name">{escape(r.display_name)}</h2>'
        f'<p class="spotlight__meta">{escape(r.degree_text)} | {level_text(r, years)}</p>'
        "</header>"
        f'<div class="spotlight__body"><p>{_story(program, r)}</p>'
        f"<p><strong>Why here?</strong> {rng.choice(WHY)}</p>"
        f"<p><strong>Best advice for applicants?</strong> {rng.choice(ADVICE)}</p></div>"
        "</article>"
    )


def render(program: Program, variant: str, api_url: str) -> str:
    years = wording.years_of(program)
    articles = "".join(
        _article(program, r, years)
        for _, group in by_pgy(program.residents, descending=True)
        for r in sorted(group, key=wording.surname_key)
    )
    return (
        "<h1>Resident Spotlights</h1><p>Our residents in their own words.</p>"
        f'<div class="spotlights">{articles}</div>'
    )


register_fresh2(
    Layout(
        name="bios",
        weight=0.0,
        render=render,
        description='"Resident Spotlight" articles with prose and a short Q&A, seniors first',
    )
)
