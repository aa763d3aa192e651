"""The README opens with the two set-up commands, and they point at scripts that exist."""

from __future__ import annotations

import argparse
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_readme_starts_with_the_run_and_test_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = re.search(r"```sh\n(.*?)```", text, re.S)
    assert first_block and text.index("```sh") < 600, "three lines of intro, then the commands"
    commands = [line.split("#")[0].strip() for line in first_block.group(1).splitlines()]
    assert commands == ["bash scripts/start.sh", "bash scripts/test.sh"]
    for command in commands:
        script = ROOT / command.split()[1]
        assert script.is_file()
        assert subprocess.run(["bash", "-n", str(script)]).returncode == 0
    ci = (ROOT / ".ci" / "run").read_text()
    assert "bash scripts/test.sh" in ci


def commands(parser: argparse.ArgumentParser, path: str = "") -> Iterator[str]:
    """Every command the parser runs, as typed: "packs list", "terms approve"..."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from commands(sub, f"{path} {name}".strip())
            return
    chosen = [a for a in parser._positionals._group_actions if a.choices]
    yield from ([f"{path} {c}" for c in chosen[0].choices] if chosen else [path])


def test_every_command_has_its_json_keys_documented():
    from deepetch_desktop.cli.parser import build_parser
    from tests.readme_json_keys import documented

    missing = set(commands(build_parser())) - set(documented())
    assert not missing, f"document the JSON keys of {sorted(missing)} in the README's table"
