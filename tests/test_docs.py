"""The docs are tested: every CLI command is in the README, and the README's commands exist."""

from __future__ import annotations

import re

import click

from crawler.cli import main
from tests.helpers import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "precedent") -> list[str]:
    names = []
    for name, cmd in group.commands.items():
        if isinstance(cmd, click.Group):
            names += _commands(cmd, f"{prefix} {name}")
        else:
            names.append(f"{prefix} {name}")
    return names


def test_every_cli_command_is_documented():
    missing = [c for c in _commands(main) if c not in README]
    assert not missing, f"not in README: {missing}"


def test_readme_commands_are_real_commands():
    known = set(_commands(main))
    used = set(re.findall(r"(?:`|bin/)precedent ([a-z-]+(?: [a-z-]+)?)", README))
    for phrase in used:
        first = f"precedent {phrase.split()[0]}"
        assert first in known or any(k.startswith(f"precedent {phrase}") for k in known) or \
            any(k.startswith(first + " ") for k in known), phrase


def test_ci_runs_exactly_the_readme_test_command():
    ci = (ROOT / ".ci/run").read_text(encoding="utf-8")
    blocks = re.findall(r"```bash\n(.*?)```", README, re.S)
    test_command = next(b.strip() for b in blocks if "pytest" in b)
    assert test_command in ci


def test_first_readme_command_sets_up_and_runs_the_demo():
    blocks = re.findall(r"```bash\n(.*?)```", README, re.S)
    assert blocks[0].strip() == "bash scripts/setup.sh && .venv/bin/precedent demo"
