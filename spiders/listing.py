"""Read program rows out of a registry-style listing page.

Registries present programs as a table or as repeated blocks; both are read by header or label
(``Program``, ``City``, ``State``, ``Program ID``/``ACGME ID``, ``Website``), never by position,
so a new registry is usually one more subclass with different selectors at most.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlparse

from parsel import Selector

FIELD_CUES = {
    "name": r"^(program( name)?|name)$",
    "city": r"^city$",
    "state": r"^(state|st)$",
    "acgme_id": r"^(program id|acgme id|program number|id)$",
    "website": r"^(website|web ?site|url|program website|link)$",
    "specialty": r"^specialty$",
}


def _field_for(header: str) -> str | None:
    h = " ".join(header.lower().split()).strip(" :")
    for field, pat in FIELD_CUES.items():
        if re.match(pat, h):
            return field
    return None


def _cell_value(cell: Selector, base_url: str, field: str) -> str | None:
    if field == "website":
        href = cell.css("a::attr(href)").get()
        return urljoin(base_url, href.strip()) if href else None
    text = " ".join(" ".join(cell.css("::text").getall()).split())
    return text or None


def parse_listing_rows(html: str, base_url: str) -> list[dict[str, str | None]]:
    sel = Selector(text=html or "<html></html>")
    rows: list[dict[str, str | None]] = []
    for table in sel.css("table"):
        headers = [" ".join(th.css("::text").getall()) for th in table.css("tr:first-child th, thead th")]
        fields = [_field_for(h) for h in headers]
        if "name" not in fields or "website" not in fields:
            continue
        for tr in table.css("tr"):
            cells = tr.css("td")
            if len(cells) < len(fields):
                continue
            row = {f: _cell_value(c, base_url, f) for f, c in zip(fields, cells, strict=False) if f}
            if row.get("name"):
                rows.append(row)
    return rows


def program_id_for(acgme_id: str | None, website: str | None, name: str) -> str:
    """ACGME id when known, else a slug of the website's host and path, else of the name."""
    if acgme_id and re.fullmatch(r"\d{10}", acgme_id.strip()):
        return acgme_id.strip()
    if website:
        u = urlparse(website)
        slug = f"{u.netloc}{u.path}".lower()
    else:
        slug = name.lower()
    return re.sub(r"[^a-z0-9]+", "-", slug).strip("-")
