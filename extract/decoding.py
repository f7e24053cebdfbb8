"""Bytes → text, robustly: BOM, then the HTTP charset, then <meta charset>, then UTF-8.

Real department sites often say utf-8 and send cp1252 (a CMS pasting from Word). UTF-8 is
decoded with a per-byte cp1252 fallback, so "Jos\\xe9" becomes "José" without turning the
rest of a genuinely UTF-8 page into mojibake.
"""

from __future__ import annotations

import codecs
from collections.abc import Mapping
from typing import Any

from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom

_FALLBACK = "precedent-cp1252"
_UTF8 = {"utf-8", "utf8", "utf_8", "u8"}


def _cp1252_bytes(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    chunk = exc.object[exc.start : exc.end]
    return chunk.decode("cp1252", errors="ignore") or chunk.decode("latin-1"), exc.end


codecs.register_error(_FALLBACK, _cp1252_bytes)


def header_value(headers: Mapping[Any, Any] | None, name: str) -> str | None:
    """A header from a plain dict, Scrapy-style bytes headers or lists of values."""
    if not headers:
        return None
    for key, value in headers.items():
        key_text = key.decode("latin-1") if isinstance(key, bytes) else str(key)
        if key_text.lower() != name.lower():
            continue
        if isinstance(value, list | tuple):
            value = value[0] if value else None
        if isinstance(value, bytes):
            value = value.decode("latin-1")
        return None if value is None else str(value)
    return None


def decode_body(
    content: bytes, headers: Mapping[Any, Any] | None = None, *, html: bool = True
) -> str:
    """Decode a response body; never raises."""
    bom_encoding, bom = read_bom(content)
    if bom_encoding and bom:
        try:
            return content[len(bom) :].decode(bom_encoding)
        except (UnicodeDecodeError, LookupError):
            content = content[len(bom) :]
    declared = http_content_type_encoding(header_value(headers, "Content-Type"))
    if declared is None and html:
        declared = html_body_declared_encoding(content)
    if declared and declared.lower() not in _UTF8:
        try:
            return content.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    return content.decode("utf-8", errors=_FALLBACK)
