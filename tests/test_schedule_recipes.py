"""The scheduling recipes in deploy/ are valid files, and the commands they run are real
`precedent` commands with real options (no systemd or Actions runner exists here)."""

from __future__ import annotations

import configparser
import shlex

import click
import yaml

from crawler.cli import main
from tests.helpers import ROOT

DEPLOY = ROOT / "deploy"


def assert_precedent_command(line: str) -> None:
    """Parse a shell command line with the CLI itself: unknown commands or options fail."""
    # The recipes name the operator's files; point them at a file that exists here so that
    # click's own checks run on everything else.
    line = line.replace("/srv/precedent/programs.csv", str(ROOT / "README.md"))
    line = line.replace(" programs.csv", f" {ROOT / 'README.md'}")
    args = shlex.split(line)
    i = next(i for i, a in enumerate(args) if a.endswith("precedent"))
    words = [a for a in args[i + 1:] if a not in (">", ">>", "2>&1") and not a.startswith(("/srv/precedent/var/refresh.log", "img_precedent.csv"))]
    if ">" in args[i + 1:]:
        words = args[i + 1: args.index(">")]
    if ">>" in args[i + 1:]:
        words = args[i + 1: args.index(">>")]
    ctx = main.make_context("precedent", list(words), resilient_parsing=False)
    name, cmd, rest = main.resolve_command(ctx, ctx.protected_args + ctx.args)
    while isinstance(cmd, click.Group):
        sub = cmd.make_context(name, rest, parent=ctx)
        name, cmd, rest = cmd.resolve_command(sub, sub.protected_args + sub.args)
    cmd.make_context(name, rest, parent=ctx)  # raises on an unknown option


def test_cron_line_has_five_fields_and_a_real_command():
    lines = [ln for ln in (DEPLOY / "cron/precedent.cron").read_text().splitlines()
             if ln.strip() and not ln.startswith("#")]
    assert len(lines) == 1
    fields = lines[0].split(None, 5)
    assert len(fields) == 6
    minute, hour, dom, month, dow = fields[:5]
    assert 0 <= int(minute) < 60 and 0 <= int(hour) < 24 and dom == month == "*" and 0 <= int(dow) <= 7
    command = fields[5].split("&&", 1)[1]
    assert_precedent_command(command)


def test_systemd_units_parse_and_run_real_commands():
    for unit in ("precedent-refresh.service", "precedent-serve.service"):
        cp = configparser.ConfigParser(strict=False, interpolation=None)
        cp.read(DEPLOY / "systemd" / unit)
        assert cp["Service"]["ExecStart"].startswith("/srv/precedent/.venv/bin/precedent ")
        assert_precedent_command(cp["Service"]["ExecStart"])
    timer = configparser.ConfigParser(strict=False, interpolation=None)
    timer.read(DEPLOY / "systemd/precedent-refresh.timer")
    assert timer["Timer"]["OnCalendar"] and timer["Install"]["WantedBy"] == "timers.target"


def test_github_actions_workflow_is_valid_and_commits_the_csv():
    wf = yaml.safe_load((DEPLOY / "github-actions/refresh.yml").read_text())
    on = wf.get("on", wf.get(True))  # YAML 1.1 reads the key `on` as True
    assert len(on["schedule"][0]["cron"].split()) == 5
    steps = wf["jobs"]["refresh"]["steps"]
    runs = [s["run"] for s in steps if "run" in s]
    for run in runs:
        for line in run.splitlines():
            if ".venv/bin/precedent" in line:
                assert_precedent_command(line)
    assert any("git add img_precedent.csv" in r for r in runs)
    assert "keepalive" in wf["jobs"]


def test_scrapyd_conf_binds_loopback_by_default():
    cp = configparser.ConfigParser()
    cp.read(DEPLOY / "scrapyd.conf")
    assert cp["scrapyd"]["bind_address"] == "127.0.0.1"
