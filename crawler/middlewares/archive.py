"""Keep every response body and its headers in the run directory.

Bodies are content-addressed by SHA-1 (``raw/<sha1>.body`` + ``raw/<sha1>.json``), so a page
that did not change costs nothing twice, and ``precedent reextract``/``build`` can re-read the
last crawl without touching the network. Resident photos are never archived: only HTML, JSON and
text bodies are kept.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

_KEEP_TYPES = (b"text/", b"application/json", b"application/xhtml", b"application/xml")


class RawArchiveMiddleware:
    def __init__(self, run_dir: str):
        self.raw_dir = Path(run_dir) / "raw" if run_dir else None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("PRECEDENT_RUN_DIR") or "")

    def process_response(self, request, response, spider=None):
        sha1 = hashlib.sha1(response.body).hexdigest()
        request.meta["precedent_sha1"] = sha1
        content_type = response.headers.get(b"Content-Type", b"text/html") or b"text/html"
        if self.raw_dir is None or not content_type.lower().startswith(_KEEP_TYPES):
            return response
        body_path = self.raw_dir / f"{sha1}.body"
        if not body_path.exists():
            self.raw_dir.mkdir(parents=True, exist_ok=True)
            tmp = body_path.with_suffix(".tmp")
            tmp.write_bytes(response.body)
            tmp.replace(body_path)
            headers = {
                k.decode("latin-1"): [v.decode("latin-1") for v in vs]
                for k, vs in response.headers.items()
            }
            info = {"url": response.url, "status": response.status, "headers": headers}
            (self.raw_dir / f"{sha1}.json").write_text(json.dumps(info), encoding="utf-8")
        return response
