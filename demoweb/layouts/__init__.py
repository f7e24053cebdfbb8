"""Roster layouts; importing this package registers all of them (see ``registry.py``)."""

from demoweb.layouts import (  # noqa: F401  (registration on import)
    accordion,
    bios,
    cards,
    definition_list,
    dense_text,
    department,
    infinite_scroll,
    js_roster,
    load_more,
    mixed_people,
    paginated,
    per_class,
    pgy_sections,
    table,
)
from demoweb.layouts.registry import (
    LAYOUTS,
    VARIANTS,
    ApiPage,
    Layout,
    RosterContext,
    RosterPage,
    get_layout,
    register,
)

__all__ = [
    "LAYOUTS",
    "VARIANTS",
    "ApiPage",
    "Layout",
    "RosterContext",
    "RosterPage",
    "get_layout",
    "register",
]
