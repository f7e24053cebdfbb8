"""The ``fresh3`` roster variants: a fifth, blind set of markup and wording (issue #6).

Being written blind; until a module here registers a layout with ``register_fresh3``, no program
shows this markup (``FRESH3_SHARE`` in ``demoweb/generate.py`` only draws among layouts that have
one). People working on ``extract/`` or ``enrich/`` should not read this folder, its test
(``tests/test_demoweb_fresh3.py``) or fresh3 pages and their misses.
"""
