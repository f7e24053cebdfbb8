"""The ``fresh3`` roster variants: a fifth, blind set of markup and wording (issue #6).

Provenance: written 2026-11-26 (between 04:00 and 05:30 UTC) by a blind helper, after ``fresh2``
had been tuned on and so was no longer blind. Read: ``demoweb/`` (the dev, heldout, fresh and
fresh2 variants of every layout, so as to reuse none of their markup or wording; ``model.py``,
``generate.py``, ``site.py``, ``truth.py``, ``layouts/registry.py``), the demo web's own tests
(``tests/test_demoweb*.py``, ``tests/demoweb_variants.py``) and issue 6. Not read, grepped or
imported: anything in ``extract/`` or ``enrich/``, the extractor's tests
(``tests/test_extract*.py``, ``tests/test_school*.py``) and fixtures (``tests/fixtures/``),
benchmark results (``bench/results/``) or the messages of commits touching ``extract/``; no
extractor, ``precedent extract`` or ``bench/accuracy.py`` was run, on these pages or any other.
Modelled on the ways US residency programs show their current residents in general, not on any
one real site: Squarespace accordion and summary blocks paged by timestamp offsets, a Wix team
page of repeaters, SharePoint and Sitefinity pages built of nested layout tables and content
blocks, old hand-written HTML (``<font>``, ``<br>``-separated lines, layout tables, a ``<pre>``
roster with dot leaders), schema.org Person microdata with a JSON-LD block, Bootstrap cards
titled "Last, First" with the bio in a hidden modal, and for the JavaScript layouts a Nuxt shell
filled from a headless-CMS query answer, a Contentful-style entries API with linked schools, and
a Next.js page hydrated from ``__NEXT_DATA__`` that pages on by keyset cursor. Class words
("Interns", "Juniors", "Seniors", "Chief Year") always stand beside a number or class year.
Every person is the program's generated (fictional) resident, fellow, alumnus or staff member;
no page has a photograph (at most a badge of initials or an empty placeholder).

Each module registers the fresh3 variant of one layout with ``register_fresh3``; the generator
gives a share of the held-out programs that fresh and fresh2 leave ``Site.layout_variant =
"fresh3"`` (see ``FRESH3_SHARE`` in ``demoweb/generate.py``), and the truth names it per program
(``layout_variant``), so a benchmark can score it as a blind split of its own.

The set is only blind while nobody who writes extraction rules has looked at it: people working
on ``extract/`` or ``enrich/`` must not read this folder, its test
(``tests/test_demoweb_fresh3.py``) or fresh3 pages and their misses.
"""

from demoweb.layouts.fresh3 import (  # noqa: F401  (registration on import)
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
