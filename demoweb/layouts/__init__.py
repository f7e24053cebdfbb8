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

# isort: split
# The fresh, fresh2, fresh3 and fresh4 variants register against their layouts, so they come
# after all of them; the order of the imports above is the order of LAYOUTS, which the
# generator's layout draw depends on.
from demoweb.layouts import fresh, fresh2, fresh3, fresh4  # noqa: F401
from demoweb.layouts.registry import (
    FRESH,
    FRESH2,
    FRESH2_LAYOUTS,
    FRESH3,
    FRESH3_LAYOUTS,
    FRESH4,
    FRESH4_LAYOUTS,
    FRESH_LAYOUTS,
    LAYOUTS,
    VARIANTS,
    ApiPage,
    Layout,
    RosterContext,
    RosterPage,
    get_layout,
    layout_for,
    register,
    register_fresh,
    register_fresh2,
    register_fresh3,
    register_fresh4,
)

__all__ = [
    "FRESH",
    "FRESH2",
    "FRESH2_LAYOUTS",
    "FRESH3",
    "FRESH3_LAYOUTS",
    "FRESH4",
    "FRESH4_LAYOUTS",
    "FRESH_LAYOUTS",
    "LAYOUTS",
    "VARIANTS",
    "ApiPage",
    "Layout",
    "RosterContext",
    "RosterPage",
    "get_layout",
    "layout_for",
    "register",
    "register_fresh",
    "register_fresh2",
    "register_fresh3",
    "register_fresh4",
]
