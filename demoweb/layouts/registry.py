"""The registry of roster layouts.

A layout turns a program's residents into one or more roster pages (and, for JavaScript layouts,
the JSON the browser fetches). Adding a layout is one module in this folder that calls
:func:`register`, plus one import line in ``demoweb/layouts/__init__.py``. Each layout renders a
``dev`` and a ``heldout`` variant: parser rules are tuned on ``dev`` only, and ``heldout`` (other
markup, other wording) tells us whether they generalise. Once people had looked at ``heldout``, a
third variant, ``fresh``, was written blind in ``demoweb/layouts/fresh/``: each fresh module
registers a layout of the same name with :func:`register_fresh`, and :func:`layout_for` picks it
for a site whose ``layout_variant`` is ``fresh``. Once ``fresh`` had been tuned on, a fourth,
``fresh2``, was written blind the same way in ``demoweb/layouts/fresh2/`` (:func:`register_fresh2`),
and once that had been tuned on, a fifth, ``fresh3``, in ``demoweb/layouts/fresh3/``
(:func:`register_fresh3`), and once fresh3 had been tuned on, a sixth, ``fresh4``, in
``demoweb/layouts/fresh4/`` (:func:`register_fresh4`).
Any number of such named variants can be added with :func:`register_variant`.

A single-page layout gives ``render``; a layout with several pages (per-class subpages,
pagination, a department page in front of the roster) gives ``pages``. The first page is the one
the site's navigation links to; pages with ``roster=False`` (an index of classes, a department
page) link on but show no residents, so they are not in the truth's ``roster_urls``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from demoweb.model import Program, Resident

VARIANTS = ("dev", "heldout")
FRESH = "fresh"  # the blind third variant; not in VARIANTS, since not every layout has one
FRESH2 = "fresh2"  # the blind fourth variant, written after fresh had been tuned on
FRESH3 = "fresh3"  # the blind fifth variant, written after fresh2 had been tuned on
FRESH4 = "fresh4"  # the blind sixth variant, written after fresh3 had been tuned on


@dataclass(frozen=True)
class RosterContext:
    """Where a program's roster lives: page paths are relative to the program's prefix."""

    prefix: str  # "/" or "/neurosurgery-ashbrook-4/"
    roster_path: str  # "residents/" or "current-residents.html"
    api_path: str  # "api/residents.json"

    def href(self, rel: str) -> str:
        """Absolute path of a page of the program, as the pages link it."""
        return self.prefix + rel

    def sub(self, name: str) -> str:
        """The path of a page below the roster: "residents/class-of-2027/" style."""
        if self.roster_path.endswith("/"):
            return f"{self.roster_path}{name}/"
        return f"{self.roster_path.removesuffix('.html')}/{name}.html"


@dataclass(frozen=True)
class RosterPage:
    """One page a layout serves: its path, title, ``<main>`` HTML and who it shows."""

    rel: str  # relative to the program prefix; may carry a query ("residents/?page=2")
    title: str
    body: str
    residents: tuple[Resident, ...]  # shown on this page (after scripts ran, for JS layouts)
    roster: bool = True  # False: an index or department page that only links on
    link_text: str | None = None  # the nav text for the first page, if not the site's own


@dataclass(frozen=True)
class ApiPage:
    """One JSON endpoint a JavaScript layout fetches."""

    rel: str
    payload: Any


@dataclass(frozen=True)
class Layout:
    """One way of presenting a roster.

    ``render(program, variant, api_url)`` returns a one-page roster's main HTML (``api_url`` is
    the absolute path of the JSON endpoint, for JavaScript layouts); ``api`` returns that
    endpoint's payload. Multi-page layouts give ``pages`` (and ``api_pages``) instead.
    """

    name: str
    weight: float  # relative share of programs that get this layout
    render: Callable[[Program, str, str], str] | None = None
    js: bool = False
    api: Callable[[Program, str], Any] | None = None
    pages: Callable[[Program, str, RosterContext], list[RosterPage]] | None = None
    api_pages: Callable[[Program, str, RosterContext], list[ApiPage]] | None = None
    description: str = ""

    def roster_pages(self, program: Program, variant: str, ctx: RosterContext) -> list[RosterPage]:
        if self.pages is not None:
            return self.pages(program, variant, ctx)
        assert self.render is not None
        body = self.render(program, variant, ctx.href(ctx.api_path))
        return [RosterPage(ctx.roster_path, "", body, program.residents)]

    def json_pages(self, program: Program, variant: str, ctx: RosterContext) -> list[ApiPage]:
        if self.api_pages is not None:
            return self.api_pages(program, variant, ctx)
        if self.api is not None:
            return [ApiPage(ctx.api_path, self.api(program, variant))]
        return []


LAYOUTS: dict[str, Layout] = {}
# Named extra variants (fresh, fresh2, ...): variant name -> layout name -> that variant's layout.
VARIANT_LAYOUTS: dict[str, dict[str, Layout]] = {FRESH: {}, FRESH2: {}, FRESH3: {}, FRESH4: {}}
FRESH_LAYOUTS: dict[str, Layout] = VARIANT_LAYOUTS[FRESH]  # layout name -> its fresh variant
FRESH2_LAYOUTS: dict[str, Layout] = VARIANT_LAYOUTS[FRESH2]  # layout name -> its fresh2 variant
FRESH3_LAYOUTS: dict[str, Layout] = VARIANT_LAYOUTS[FRESH3]  # layout name -> its fresh3 variant
FRESH4_LAYOUTS: dict[str, Layout] = VARIANT_LAYOUTS[FRESH4]  # layout name -> its fresh4 variant


def register(layout: Layout) -> Layout:
    if layout.name in LAYOUTS:
        raise ValueError(f"layout {layout.name!r} registered twice")
    if layout.render is None and layout.pages is None:
        raise ValueError(f"layout {layout.name!r} needs render or pages")
    if layout.js and layout.api is None and layout.api_pages is None:
        raise ValueError(f"JavaScript layout {layout.name!r} needs an api function")
    LAYOUTS[layout.name] = layout
    return layout


def register_variant(variant: str, layout: Layout) -> Layout:
    """Register the ``variant`` markup (``fresh``, ``fresh2``, ...) of an already registered
    layout of the same name.

    The variant keeps the layout's name and its JavaScript-ness (a JS roster stays one), so the
    truth's ``layout`` and ``js`` mean the same for every variant. ``dev`` and ``heldout`` are
    rendered by the base layout itself and cannot be registered here.
    """
    if variant in VARIANTS or not variant:
        raise ValueError(f"{variant!r} is rendered by the base layout")
    base = LAYOUTS.get(layout.name)
    if base is None:
        raise ValueError(f"{variant} variant of unknown layout {layout.name!r}")
    variants = VARIANT_LAYOUTS.setdefault(variant, {})
    if layout.name in variants:
        raise ValueError(f"{variant} variant of {layout.name!r} registered twice")
    if layout.js != base.js:
        raise ValueError(f"{variant} variant of {layout.name!r} must keep js={base.js}")
    if layout.render is None and layout.pages is None:
        raise ValueError(f"{variant} variant of {layout.name!r} needs render or pages")
    if layout.js and layout.api is None and layout.api_pages is None:
        raise ValueError(f"{variant} variant of JavaScript layout {layout.name!r} needs an api")
    variants[layout.name] = layout
    return layout


def register_fresh(layout: Layout) -> Layout:
    """Register the fresh variant of an already registered layout of the same name."""
    return register_variant(FRESH, layout)


def register_fresh2(layout: Layout) -> Layout:
    """Register the fresh2 variant of an already registered layout of the same name."""
    return register_variant(FRESH2, layout)


def register_fresh3(layout: Layout) -> Layout:
    """Register the fresh3 variant of an already registered layout of the same name."""
    return register_variant(FRESH3, layout)


def register_fresh4(layout: Layout) -> Layout:
    """Register the fresh4 variant of an already registered layout of the same name."""
    return register_variant(FRESH4, layout)


def get_layout(name: str) -> Layout:
    return LAYOUTS[name]


def layout_for(name: str, layout_variant: str) -> Layout:
    """The layout that renders ``layout_variant`` of ``name``: a named variant's, or the base."""
    variants = VARIANT_LAYOUTS.get(layout_variant)
    if variants is not None:
        return variants[name]
    return LAYOUTS[name]
