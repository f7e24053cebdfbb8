"""How Precedent serves its database with Datasette: immutable, read-only, bounded."""

from __future__ import annotations

from pathlib import Path

SETTINGS = {
    "sql_time_limit_ms": "2000",
    "max_returned_rows": "5000",
    "facet_time_limit_ms": "500",
    "allow_download": "off",
}


def datasette_args(db_path: str, host: str, port: int) -> list[str]:
    """Arguments for ``datasette serve``: the database immutable (-i), its metadata beside it."""
    args = ["serve", "-i", str(db_path), "--host", host, "--port", str(port)]
    meta = Path(db_path).with_suffix(".metadata.json")
    if meta.exists():
        args += ["--metadata", str(meta)]
    for key, value in SETTINGS.items():
        args += ["--setting", key, value]
    return args
