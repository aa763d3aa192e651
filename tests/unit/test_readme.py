"""The README opens with the two set-up commands, and they point at scripts that exist."""

from __future__ import annotations

import re
import subprocess
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


def test_every_command_has_its_json_keys_documented():
    from deepetch_desktop.cli.parser import build_parser

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name in commands:
        assert f"`{name}" in text, f"document the JSON keys of `deepetch {name}` in the README"
