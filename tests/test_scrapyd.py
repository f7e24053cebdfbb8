"""scrapyd: deploy the project egg with scrapyd-deploy, schedule a crawl, see it finish.

A real scrapyd on 127.0.0.1 and the real scrapyd-deploy; the proving ground is the target.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import zipfile
from pathlib import Path

import pytest

from tests.helpers import ROOT, free_port

BIN = Path(sys.executable).parent


def _get(url: str) -> dict:
    return json.loads(urllib.request.urlopen(url, timeout=10).read())


def _post(url: str, fields: list[tuple[str, str]]) -> dict:
    data = urllib.parse.urlencode(fields).encode()
    return json.loads(urllib.request.urlopen(url, data=data, timeout=10).read())


@pytest.fixture
def scrapyd(tmp_path):
    port = free_port()
    conf = (ROOT / "deploy" / "scrapyd.conf").read_text(encoding="utf-8")
    conf = conf.replace("http_port    = 6800", f"http_port    = {port}").replace(
        "poll_interval = 2.0", "poll_interval = 0.5")
    (tmp_path / "scrapyd.conf").write_text(conf, encoding="utf-8")
    env = {**os.environ, "PRECEDENT_ENV": "ci"}
    proc = subprocess.Popen([str(BIN / "scrapyd")], cwd=tmp_path, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            if _get(base + "/daemonstatus.json")["status"] == "ok":
                break
        except OSError:
            time.sleep(0.05)
    yield base, tmp_path
    proc.terminate()
    proc.wait(timeout=15)


def test_deploy_schedule_and_finish_with_items(scrapyd, tmp_path):
    base, workdir = scrapyd
    home = tmp_path / "home"
    home.mkdir()
    (home / ".scrapy.cfg").write_text(f"[deploy:citest]\nurl = {base}/\nproject = precedent\n", encoding="utf-8")
    egg = tmp_path / "precedent.egg"
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home)}
    built = subprocess.run([str(BIN / "scrapyd-deploy"), "--build-egg", str(egg)], cwd=ROOT, env=env,
                           capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr[-2000:]
    names = zipfile.ZipFile(egg).namelist()
    assert "enrich/data/gazetteer.jsonl" in names  # the egg carries the reference data
    assert "extract/patterns/degrees.jsonl" in names
    assert "scrapy" in zipfile.ZipFile(egg).read("EGG-INFO/entry_points.txt").decode()

    deployed = subprocess.run([str(BIN / "scrapyd-deploy"), "citest", "-p", "precedent", "--egg", str(egg)],
                              cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert deployed.returncode == 0, deployed.stdout[-2000:] + deployed.stderr[-2000:]
    assert "rosters" in _get(f"{base}/listspiders.json?project=precedent")["spiders"]

    from demoweb.server import running_web

    run_dir = tmp_path / "run"
    with running_web(programs=5, seed=7, year=2026) as web:
        job = _post(f"{base}/schedule.json", [
            ("project", "precedent"), ("spider", "rosters"), ("registry", web.registry_url),
            ("run_id", "scrapyd-test"), ("setting", f"PRECEDENT_RUN_DIR={run_dir}"),
        ])
        assert job["status"] == "ok", job
        deadline = time.time() + 180
        while time.time() < deadline:
            jobs = _get(f"{base}/listjobs.json?project=precedent")
            if any(j["id"] == job["jobid"] for j in jobs["finished"]):
                break
            time.sleep(0.5)
        else:
            pytest.fail(f"scrapyd job did not finish: {jobs}")
    items = [json.loads(line) for line in (run_dir / "items.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sum(1 for i in items if i["item_type"] == "resident") > 0
    log = next((workdir / "logs" / "precedent" / "rosters").glob("*.log")).read_text(encoding="utf-8")
    assert "Traceback" not in log
