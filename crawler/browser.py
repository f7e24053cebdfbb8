"""Chromium through Playwright: what rendered pages may load."""

from __future__ import annotations

_HEAVY = {"image", "font", "media"}


def abort_heavy_request(request) -> bool:
    """Block images, fonts and media: a roster needs its text, never photos."""
    return request.resource_type in _HEAVY
