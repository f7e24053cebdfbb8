"""The ``fresh2`` roster variants: a fourth, blind set of markup and wording (issue #6).

Provenance: written 2026-11-26 (between 01:45 and 03:30 UTC) by a blind helper, after ``fresh``
had been tuned on and so was no longer blind. Read: ``demoweb/`` (the dev, heldout and fresh
variants of every layout, so as to reuse none of their markup or wording; ``model.py``,
``generate.py``, ``site.py``, ``truth.py``), the demo web's own tests (``tests/test_demoweb*.py``)
and issue 6. Not read, grepped or imported: anything in ``extract/`` or ``enrich/``, the
extractor's tests (``tests/test_extract*.py``) and fixtures (``tests/fixtures/``), benchmark
results (``bench/results/``) or the messages of commits touching ``extract/``; no extractor,
``precedent extract`` or ``bench/accuracy.py`` was run, on these pages or any other. Modelled on
the ways US residency programs show their current residents in general (CMS profile grids,
Drupal views with field wrappers and pagers, WordPress block tables and REST feeds, JSON:API
directories, sidebar-filtered people directories, "Resident Spotlight" articles, class-year tabs
with ARIA, description lists with abbreviations), not on any one real site. Every person is the
program's generated (fictional) resident, fellow, alumnus or staff member; no page has a
photograph (at most a badge of initials).

Each module registers the fresh2 variant of one layout with ``register_fresh2``; the generator
gives a share of the held-out programs that are not ``fresh`` ``Site.layout_variant = "fresh2"``
(see ``FRESH2_SHARE`` in ``demoweb/generate.py``), and the truth names it per program
(``layout_variant``), so a benchmark can score it as a blind split of its own.

The set is only blind while nobody who writes extraction rules has looked at it: people working
on ``extract/`` or ``enrich/`` should not read this folder, its test
(``tests/test_demoweb_fresh2.py``) or fresh2 pages and their misses.
"""

from demoweb.layouts.fresh2 import (  # noqa: F401  (registration on import)
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
