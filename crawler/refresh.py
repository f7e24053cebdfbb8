"""Cheap refreshes: ask servers whether a page changed, and don't read again what didn't.

- ``RevalidatingPolicy``: Scrapy's RFC 2616 HTTP cache policy, except that every cached page is
  revalidated on every refresh (``If-None-Match`` / ``If-Modified-Since``; a 304 reuses the
  stored body) and browser-rendered requests are never cached: a rendered roster is a product
  of its page *and* its data endpoints, which are revalidated themselves (see
  ``data_endpoints``). Rosters change every July, so nothing is skipped for having produced
  items before (which is what scrapy-deltafetch would do).
- ``ExtractionCache``: extraction results keyed by the SHA-1 of what was extracted, so an
  unchanged page is not parsed again.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from scrapy.extensions.httpcache import RFC2616Policy


class RevalidatingPolicy(RFC2616Policy):
    def should_cache_request(self, request) -> bool:
        if request.meta.get("playwright"):
            return False
        return super().should_cache_request(request)

    def is_cached_response_fresh(self, cachedresponse, request) -> bool:
        # A refresh always asks: set the validators the cached copy has, never serve it unasked.
        self._set_conditional_validators(request, cachedresponse)
        return False


def refresh_settings(cache_dir: Path) -> dict[str, str]:
    """Scrapy settings that turn a crawl into a refresh against ``cache_dir``."""
    return {
        "HTTPCACHE_ENABLED": "True",
        "HTTPCACHE_POLICY": "crawler.refresh.RevalidatingPolicy",
        # One dbm file, not eleven files per page: the filesystem storage costs more than the
        # requests it saves.
        "HTTPCACHE_STORAGE": "scrapy.extensions.httpcache.DbmCacheStorage",
        "HTTPCACHE_DIR": str(Path(cache_dir).resolve()),
        "PRECEDENT_EXTRACTION_CACHE": str((Path(cache_dir) / "extracted").resolve()),
        "PRECEDENT_REFRESH": "True",
    }


def programs_from_database(db_path: Path, out: Path) -> int:
    """Write the last good database's programs (website and first roster page) as JSONL for
    a refresh to start from; returns how many."""
    import sqlite3

    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "select program_id, name, specialty, website, city, state, acgme_id, roster_urls "
            "from programs").fetchall()
    finally:
        conn.close()
    with out.open("w", encoding="utf-8") as fh:
        for pid, name, specialty, website, city, state, acgme_id, roster_urls in rows:
            rosters = json.loads(roster_urls or "[]") if isinstance(roster_urls, str) else []
            fh.write(json.dumps({
                "program_id": pid, "name": name, "specialty": specialty, "website": website,
                "city": city, "state": state, "acgme_id": acgme_id,
                # Every page of the roster (paginated and per-class rosters have several).
                "roster_url": " ".join(rosters) or None,
            }) + "\n")
    return len(rows)


_ENDPOINT = re.compile(r"""["'`]([^"'`\s<>]+?(?:\.json(?:\?[^"'`\s<>]*)?|/api/[^"'`\s<>]*))["'`]""")


def data_endpoints(html: str, base_url: str, limit: int = 5) -> list[str]:
    """JSON endpoints a script-rendered page names (``fetch("api/residents.json")``,
    ``data-src="/api/people?page=1"``): what to revalidate before rendering again."""
    seen: dict[str, None] = {}
    for m in _ENDPOINT.finditer(html or ""):
        url = urljoin(base_url, m.group(1))
        if url.startswith(("http://", "https://")):
            seen.setdefault(url, None)
        if len(seen) >= limit:
            break
    return list(seen)


# Bump when the extractor changes what it reads, so that old cached results are not reused.
CACHE_VERSION = "1"


def cache_key(*parts: str) -> str:
    """A stable key for extraction inputs (content hashes, academic year, specialty)."""
    import hashlib

    return hashlib.sha1("|".join((CACHE_VERSION, *parts)).encode("utf-8")).hexdigest()


class ExtractionCache:
    """Residents extracted from content with a given SHA-1 (and the same extractor inputs)."""

    def __init__(self, root: str | Path | None):
        self.root = Path(root) if root else None

    def _path(self, key: str) -> Path | None:
        return self.root / key[:2] / f"{key}.json" if self.root else None

    def get(self, key: str) -> list[dict[str, Any]] | None:
        path = self._path(key)
        if path is None or not path.exists():
            return None
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def put(self, key: str, records: list[dict[str, Any]]) -> None:
        path = self._path(key)
        if path is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
