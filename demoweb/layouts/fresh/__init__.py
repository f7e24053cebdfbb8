"""The ``fresh`` roster variants: a third, blind set of markup and wording (issue #6).

Provenance: written 2026-11-25 by a blind helper. Read: ``demoweb/`` (the dev and heldout
variants of every layout, to use neither their markup nor their wording), ``demoweb/model.py``,
``demoweb/generate.py``, ``demoweb/truth.py`` and the demo web's own tests. Not read: anything in
``extract/`` or ``enrich/`` code, the extractor's tests and fixtures, or benchmark results; no
extractor or benchmark was run. Modelled on how US residency programs show current residents in
general, not on any one real site; every person is the program's generated (fictional) resident,
and no page has a photograph.

Each module registers the fresh variant of one layout with ``register_fresh``; the generator
gives a share of held-out programs ``Site.layout_variant = "fresh"`` (see ``FRESH_SHARE``), and
the truth names it per program (``layout_variant``), so a benchmark can score it as its own split.

The set is only blind while nobody who writes extraction rules has looked at it: people working
on ``extract/`` or ``enrich/`` should not read this folder, its test
(``tests/test_demoweb_fresh.py``) or fresh pages and their misses.
"""

from demoweb.layouts.fresh import (  # noqa: F401  (registration on import)
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
