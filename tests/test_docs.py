"""The README documents every command and every option a user can pass."""
from __future__ import annotations

import re

import typer.main

from tieline.cli import app
from conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def commands():
    group = typer.main.get_command(app)
    return group.commands


def test_every_command_is_documented_in_the_readme():
    missing = [name for name in commands() if not re.search(rf"tieline {name}\b", README)]
    assert not missing, f"commands missing from README: {missing}"


def test_every_option_is_documented_in_the_readme():
    missing = []
    for name, command in commands().items():
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--") and opt not in ("--help",) and opt not in README:
                    missing.append(f"{name} {opt}")
    assert not missing, f"options missing from README: {missing}"


def test_the_quick_start_is_two_make_commands_that_exist():
    makefile = (REPO / "Makefile").read_text()
    quick = README.split("## Quick start", 1)[1].split("##", 1)[0]
    targets = re.findall(r"^make (\w+)", quick, re.M)
    assert targets == ["demo", "test"]
    for target in targets:
        assert re.search(rf"^{target}:", makefile, re.M)
    assert "make test" in (REPO / ".ci" / "run").read_text()
