"""Every custom ``Span`` attribute the extractor uses, registered in one place."""

from __future__ import annotations

from spacy.tokens import Span

_DONE = False


def register_extensions() -> None:
    """Idempotent: a notebook may import the pipeline twice."""
    global _DONE
    if _DONE:
        return
    # A degree span's canonical id ("M.D." → "MD").
    Span.set_extension("degree", default=None, force=True)
    # A training-level span's meaning.
    Span.set_extension("pgy", default=None, force=True)
    Span.set_extension("class_year", default=None, force=True)
    Span.set_extension("role", default=None, force=True)
    # A person span: cleaned name, degrees written after it, why we believe it is a person.
    Span.set_extension("clean_name", default=None, force=True)
    Span.set_extension("degrees", default=None, force=True)
    Span.set_extension("evidence", default=None, force=True)
    _DONE = True
