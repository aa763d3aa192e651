"""The README's two commands on a fresh copy, with only the system interpreter on PATH."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SYSTEM_PATH = "/usr/bin:/bin"  # as issue 9 says: no sbin, no venv, the system python3
SYSTEM_PYTHON = Path("/usr/bin/python3")


def _fresh_copy(target: Path) -> Path:
    """The tracked files as a clone would have them, plus what is being changed."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others",
                             "--exclude-standard"], cwd=ROOT, capture_output=True,
                            check=True).stdout.split(b"\0")
    for raw in filter(None, listed):
        name = os.fsdecode(raw)
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def _system_env(home: Path) -> dict[str, str]:
    keep = {"LANG", "LC_ALL", "TERM", "CI", "PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL",
            "PIP_CONFIG_FILE"}
    env = {k: v for k, v in os.environ.items() if k in keep}
    env.update(PATH=SYSTEM_PATH, HOME=str(home), PIP_CACHE_DIR=str(Path.home() / ".cache/pip"),
               XDG_DATA_HOME=str(home / "data"))
    return env


@pytest.mark.timeout(1200)
def test_both_commands_work_with_only_the_system_python(tmp_path: Path) -> None:
    if not SYSTEM_PYTHON.is_file():
        pytest.skip("this machine has no system interpreter at /usr/bin/python3")
    project = _fresh_copy(tmp_path / "project")
    env = _system_env(tmp_path / "home")
    (tmp_path / "home").mkdir()

    started = subprocess.run(["bash", "scripts/start.sh", "--version"], cwd=project, env=env,
                             capture_output=True, text=True, timeout=900)
    assert started.returncode == 0, started.stderr[-3000:]
    assert started.stdout.strip().split()[-1][0].isdigit(), started.stdout
    venv_python = project / ".venv" / "bin" / "python"
    base = subprocess.run([str(venv_python), "-c", "import sys; print(sys.base_prefix)"],
                          capture_output=True, text=True, check=True).stdout.strip()
    assert base == "/usr", "the virtual environment is made from the system interpreter"

    # A second start installs nothing: its stamp says the dependencies did not change.
    again = subprocess.run(["bash", "-x", "scripts/venv.sh", "postgresql"], cwd=project, env=env,
                           capture_output=True, text=True, timeout=120)
    assert again.returncode == 0 and "pip install" not in again.stderr, again.stderr[-2000:]

    # The server's data folder must be one the postgres user can reach (not under tmp_path).
    pg_data = Path(f"/tmp/deepetch-pg-fresh-{uuid.uuid4().hex[:8]}")
    tested = subprocess.run(["bash", "scripts/test.sh", "tests/integration/test_database_open.py",
                             "-q", "-p", "no:cacheprovider"], cwd=project,
                            env={**env, "DEEPETCH_PG_DATA": str(pg_data)},
                            capture_output=True, text=True, timeout=900)
    assert tested.returncode == 0, tested.stdout[-3000:] + tested.stderr[-3000:]
    assert " passed" in tested.stdout
    # The PostgreSQL server test.sh started is stopped and its data removed.
    assert not pg_data.exists()
