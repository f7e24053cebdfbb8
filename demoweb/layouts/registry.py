"""The registry of roster layouts.

A layout is a few small functions that turn a program's residents into the ``<main>`` of its
roster page (and, for JavaScript layouts, the JSON the browser fetches and the script that renders
it). Adding a layout is one module in this folder that calls :func:`register`, plus one import line
in ``demoweb/layouts/__init__.py``. Each layout renders a ``dev`` and a ``heldout`` variant: parser
rules are tuned on ``dev`` only, and ``heldout`` tells us whether they generalise.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from demoweb.model import Program

VARIANTS = ("dev", "heldout")


@dataclass(frozen=True)
class Layout:
    """One way of presenting a roster.

    ``render(program, variant, api_url)`` returns the roster page's main HTML; ``api_url`` is the
    absolute path of the JSON endpoint (used only by JavaScript layouts). ``api`` returns the
    JSON payload for that endpoint.
    """

    name: str
    weight: float  # relative share of programs that get this layout
    render: Callable[[Program, str, str], str]
    js: bool = False
    api: Callable[[Program, str], Any] | None = None


LAYOUTS: dict[str, Layout] = {}


def register(layout: Layout) -> Layout:
    if layout.name in LAYOUTS:
        raise ValueError(f"layout {layout.name!r} registered twice")
    if layout.js and layout.api is None:
        raise ValueError(f"JavaScript layout {layout.name!r} needs an api function")
    LAYOUTS[layout.name] = layout
    return layout


def get_layout(name: str) -> Layout:
    return LAYOUTS[name]
