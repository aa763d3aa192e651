"""The wheel installed in a fresh virtual environment outside the source tree passes its
self-test: `deepetch-desktop --db URL --self-test` exits 0 and leaves that database untouched."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.wheel_build import ROOT, built_wheel

# Nothing of this session leaks in: no display, no Qt platform, no path to the sources.
DROPPED = {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "PYTHONPATH", "VIRTUAL_ENV",
           "PYTHONHOME", "DEEPETCH_DATABASE_URL"}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_self_test_passes_from_the_installed_wheel(tmp_path: Path) -> None:
    assert ROOT not in tmp_path.parents, "the environment must be outside the source tree"
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    # The wheel and its dependencies from the index (pip's cache makes it quick after once);
    # not byte-compiled ahead: the interpreter compiles what the self-test imports, and
    # compiling every module of every dependency was a third of the install.
    installed = subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--no-compile",
         "--disable-pip-version-check", str(built_wheel().path)],
        capture_output=True, text=True, timeout=600)
    assert installed.returncode == 0, installed.stderr[-3000:]
    env = {k: v for k, v in os.environ.items() if k not in DROPPED}
    env["HOME"] = str(tmp_path / "home")  # QSettings and the user data folder: empty
    run = {"cwd": tmp_path, "env": env, "capture_output": True, "text": True, "timeout": 300}

    database = tmp_path / "office.sqlite3"
    url = f"sqlite:///{database}"
    made = subprocess.run([str(venv / "bin" / "deepetch"), "--db", url, "init",
                           "--company", "Atelier Lumière", "--siren", "552100554",
                           "--address", "8 quai des Chartrons\\n33000 Bordeaux",
                           "--einvoicing-address", "552100554"], **run)
    assert made.returncode == 0, made.stderr
    before = _digest(database)

    checked = subprocess.run([str(venv / "bin" / "deepetch-desktop"), "--db", url,
                              "--self-test"], **run)
    assert checked.returncode == 0, checked.stdout + checked.stderr[-3000:]
    lines = checked.stdout.splitlines()
    assert len(lines) >= 10 and not [line for line in lines[:-1] if " ok" not in line], lines
    # The resources are the installed ones, not the source tree's.
    assert str(venv) in checked.stdout and str(ROOT / "resources") not in checked.stdout
    assert "Atelier Lumière" in checked.stdout  # the given database, looked at read-only
    assert _digest(database) == before
    assert not (tmp_path / "home" / ".local" / "share" / "deepetch-desktop").exists()
