"""The layering of ARCHITECTURE.md, enforced by import-linter's contracts in pyproject.toml."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def tool(name: str) -> str | None:
    """A command of the test extra: the one beside this interpreter, else the one on PATH."""
    return shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)


def test_import_contracts_are_kept():
    command = tool("lint-imports")
    assert command, "import-linter is part of the test extra"
    done = subprocess.run([command, "--no-cache"], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stdout[-3000:]
    assert "0 broken" in done.stdout


def test_the_code_is_ruff_and_mypy_clean():
    for tool_name, args in (("ruff", ["check", "deepetch_desktop", "tests"]),
                            ("mypy", ["deepetch_desktop"])):
        command = tool(tool_name)
        assert command, f"{tool_name} is part of the test extra"
        done = subprocess.run([command, *args], cwd=ROOT, capture_output=True, text=True,
                              timeout=600)
        assert done.returncode == 0, f"{tool_name}:\n{done.stdout[-3000:]}{done.stderr[-1000:]}"
