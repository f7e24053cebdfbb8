"""House checks run with the suite: ruff over the tree, mypy over the pure packages."""

from __future__ import annotations

import subprocess
import sys

from tests.helpers import ROOT


def test_ruff_is_clean():
    out = subprocess.run([sys.executable, "-m", "ruff", "check", "."], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout[-3000:]


def test_mypy_is_clean_on_extract_enrich_scoring():
    out = subprocess.run([sys.executable, "-m", "mypy", "extract", "enrich", "scoring"], cwd=ROOT,
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stdout[-3000:]
