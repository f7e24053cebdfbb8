"""Chromium missing or crashing: ``PRECEDENT_CHROMIUM`` names a file that does not exist, or a
"browser" that dies as it starts.

Either way the run completes, says once in one clear ERROR line what went wrong and what to do,
records each page that needed a browser as failed (``browser failed to launch``), and still
crawls the plain pages: the program without JavaScript keeps all its residents.
"""

from __future__ import annotations

import pytest

from spiders.base import BROWSER_LAUNCH_FAILED
from tests.faults.conftest import clean, crawl

CRASHING = "#!/bin/sh\necho 'chromium: simulated crash' >&2\nkill -SEGV $$\n"


@pytest.fixture(scope="module", params=["missing", "crashing"])
def run(request, fault_web, tmp_path_factory):
    root = tmp_path_factory.mktemp(f"chromium_{request.param}")
    executable = root / "no-such-chromium"
    if request.param == "crashing":
        executable = root / "crashing-chromium"
        executable.write_text(CRASHING, encoding="utf-8")
        executable.chmod(0o755)
    truth = fault_web.truth
    rendered, plain = clean(truth, 1, js=True), clean(truth, 1)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PRECEDENT_CHROMIUM", str(executable))
        result = crawl(rendered + plain, root, web=fault_web)
    return str(executable), rendered[0], plain[0], result


def test_run_completes(run):
    run[3].assert_completed()


def test_one_clear_error_line(run):
    executable, _, _, result = run
    errors = [line for line in result.log.splitlines() if " ERROR: " in line]
    assert len(errors) == 1, errors
    assert f"Chromium at {executable} could not start" in errors[0]
    assert "PRECEDENT_CHROMIUM" in errors[0]


def test_pages_that_need_a_browser_are_recorded_as_failed(run):
    _, rendered, _, result = run
    failed = [p for p in result.pages(rendered["id"]) if p["render"] == "browser"]
    assert failed and all(p["error"].startswith(BROWSER_LAUNCH_FAILED) for p in failed), failed
    assert result.stats.get(f"precedent/errors/{BROWSER_LAUNCH_FAILED}", 0) == len(failed)
    assert result.status(rendered["id"])["reason"]


def test_plain_pages_are_still_crawled(run):
    _, _, plain, result = run
    assert result.recall(plain) >= 0.9, result.status(plain["id"])
