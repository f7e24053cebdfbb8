"""Fresh4 variant of ``definition_list``: Adobe Experience Manager content fragments per resident.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh4/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

Seniors first, each class under an AEM title component (``cmp-title``) "HO-3 Residents", and each
resident an AEM Content Fragment component: ``<article class="cmp-contentfragment">`` whose
``cmp-contentfragment__elements`` ``<dl>`` holds one wrapped element per field, the ``<dt>`` the
element title and the ``<dd>`` the value: "Full Name", "Post-Nominal Letters", "Medical
School" and "Expected Completion" (the June the resident finishes: "Completes 2029"). Each
program draws whether the completion element comes before or after the school.
"""

from __future__ import annotations

from demoweb.layouts.fresh4 import wording
from demoweb.layouts.labels import by_pgy
from demoweb.layouts.registry import Layout, register_fresh4
from demoweb.model import Program, Resident


def _element(key: str, title: str, value: str) -> str:
    return (
        f'<div class="cmp-contentfragment__element cmp-contentfragment__element--{key}">'
        f'<dt class="cmp-contentfragment__element-title">{title}</dt>'
        f'<dd class="cmp-contentfragment__element-value">{value}</dd></div>'
    )


def _fragment(r: Resident, completion_first: bool) -> str:
    school = _element("medicalSchool", "Medical School", wording.e(r.school_string))
    completes = _element("completion", "Expected Completion", f"Completes {r.class_year}")
    tail = completes + school if completion_first else school + completes
    return (
        '<article class="cmp-contentfragment" data-cmp-contentfragment-model="residents/models/'
        'resident"><dl class="cmp-contentfragment__elements">'
        + _element("fullName", "Full Name", wording.e(r.display_name))
        + _element("postNominals", "Post-Nominal Letters", wording.e(r.degree_text))
        + tail
        + "</dl></article>"
    )


def render(program: Program, variant: str, api_url: str) -> str:
    style = wording.tag_style(program, "definition_list")
    completion_first = wording.program_rng(program, "dl-order").random() < 0.5
    parts = []
    for level, group in by_pgy(program.residents, descending=True):
        parts.append(
            f'<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">'
            f"{wording.tag(style, level)} Residents</h2></div></div>"
        )
        parts += [
            f'<div class="contentfragment">{_fragment(r, completion_first)}</div>'
            for r in sorted(group, key=wording.surname_key)
        ]
    return (
        '<div class="root container responsivegrid"><div class="cmp-container">'
        '<div class="title"><div class="cmp-title"><h1 class="cmp-title__text">Current Trainees'
        f"</h1></div></div>{''.join(parts)}</div></div>"
    )


register_fresh4(
    Layout(
        name="definition_list",
        weight=0.0,
        render=render,
        description="AEM content fragments, one definition list of labelled elements a resident",
    )
)
