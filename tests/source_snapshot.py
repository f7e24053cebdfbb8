"""A copy of the project's source for a run of the ``precedent`` command that must not see
edits made while it runs (the working tree is shared, and a refresh rediscovers everything when
the crawler's or the build's code changed between two runs: see ``db.restamp.source_sha1``)."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.helpers import ROOT

PACKAGES = ("crawler", "spiders", "extract", "enrich", "scoring", "db", "demoweb")
FILES = ("scrapy.cfg", "examples/profiles")


def snapshot_source(dest: Path) -> Path:
    """Copy the packages (and the files the CLI reads) to ``dest``; run ``python -m
    crawler.cli`` with ``cwd=dest`` to use the copy (the current directory comes first on
    ``sys.path``, before the editable install, for the command and its Scrapy child)."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in (*PACKAGES, *FILES):
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=ignore)
        else:
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)
    return dest
