"""The layering of ARCHITECTURE.md, enforced by import-linter's contracts in pyproject.toml."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_are_kept():
    command = shutil.which("lint-imports")
    assert command, "import-linter is part of the test extra"
    done = subprocess.run([command, "--no-cache"], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stdout[-3000:]
    assert "0 broken" in done.stdout


def test_the_code_is_ruff_and_mypy_clean():
    for tool, args in (("ruff", ["check", "deepetch_desktop", "tests"]),
                       ("mypy", ["deepetch_desktop"])):
        command = shutil.which(tool)
        assert command, f"{tool} is part of the test extra"
        done = subprocess.run([command, *args], cwd=ROOT, capture_output=True, text=True,
                              timeout=600)
        assert done.returncode == 0, f"{tool}:\n{done.stdout[-3000:]}{done.stderr[-1000:]}"
