"""Roster layouts; importing this package registers all of them (see ``registry.py``)."""

from demoweb.layouts import cards, js_roster, table  # noqa: F401  (registration on import)
from demoweb.layouts.registry import LAYOUTS, VARIANTS, Layout, get_layout, register

__all__ = ["LAYOUTS", "VARIANTS", "Layout", "get_layout", "register"]
