"""The ``fresh4`` roster variants: a sixth, blind set of markup and wording (issue #6).

Provenance: written 2026-11-26 (between 12:44 and 13:05 UTC) by a blind helper, after ``fresh3``
had been tuned on and so was no longer blind. Read: ``demoweb/`` (the dev, heldout, fresh, fresh2
and fresh3 variants of every layout, so as to reuse none of their markup or wording;
``model.py``, ``names.py``, ``generate.py``, ``site.py``, ``truth.py``, ``pages.py``,
``layouts/registry.py``, ``layouts/labels.py``), the demo web's own tests
(``tests/test_demoweb*.py``, ``tests/demoweb_variants.py``) and the demoweb and tests part of
commit 4da1e8d. Not read, grepped or imported: anything in ``extract/`` or ``enrich/``, the
extractor's tests (``tests/test_extract*.py``, ``tests/test_school*.py``,
``tests/test_facts*.py``, ``tests/roster_fixtures.py``) and fixtures (``tests/fixtures/``),
``bench/`` (code and results), the blind phrasing modules being written by others
(``demoweb/phrasings_independent23.py`` and ``24``), or the messages and diffs of commits
touching ``extract/`` or ``enrich/``; no extractor, ``precedent extract`` or ``bench/accuracy.py``
was run, on these pages or any other.

Modelled on the ways US residency programs show their current residents in general, not on any
one real site, and on CMSs and builders the earlier variants did not use: a Joomla article with
tables turned on their side (one resident per column), a Webflow collection list with names set
in capitals, Gutenberg Details blocks (``<details>``/``<summary>``) of "Last, First" names,
Adobe Experience Manager content fragments, Google Sites text boxes, Elementor heading and
text-editor widgets, Ruby on Rails scaffold pages per cohort named by the year it completes,
HubSpot drag-and-drop modules with the credentials above the name, a Sitecore SXA department
page and promos, a Kentico people page of ARIA tab buttons over tables and a Kentico repeater
under a UniPager, and for the JavaScript layouts a Vue list reading a Directus items API, a
SvelteKit feed paging an Airtable-style records API by offset token, and an Angular shell filled
from a Firestore-style REST answer. Levels are house-staff tags ("PL-3", "HO-3", "R-3") or the
June a class completes ("Completes 2029"). Every person is the program's generated (fictional)
resident, fellow, alumnus or staff member; no page has a photograph (at most initials or an
empty placeholder). All of it is invented demo data.

Each module registers the fresh4 variant of one layout with ``register_fresh4``; the generator
gives a share of the held-out programs that fresh, fresh2 and fresh3 leave ``Site.layout_variant
= "fresh4"`` (see ``FRESH4_SHARE`` in ``demoweb/generate.py``), and the truth names it per
program (``layout_variant``), so a benchmark can score it as a blind split of its own.

The set is only blind while nobody who writes extraction rules has looked at it: people working
on ``extract/`` or ``enrich/`` must not read this folder, its test
(``tests/test_demoweb_fresh4.py``) or fresh4 pages and their misses.
"""

from demoweb.layouts.fresh4 import (  # noqa: F401  (registration on import)
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
