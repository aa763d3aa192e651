"""The project's wheel, built once per test session from a copy of what it is made of."""

from __future__ import annotations

import atexit
import functools
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# What the wheel is built from (pyproject.toml says so); __pycache__ folders are copied too,
# so that the test shows they stay out.
SOURCES = ("pyproject.toml", "README.md", "deepetch_desktop", "resources")


@dataclass(frozen=True)
class BuiltWheel:
    path: Path
    log: str  # pip's and setuptools' output, warnings included


@functools.cache
def built_wheel() -> BuiltWheel:
    """`pip wheel` in a copy of the sources: built in the tree itself, setuptools would reuse
    build/lib, where files of an earlier build (a .ts catalogue...) linger and ship."""
    work = Path(tempfile.mkdtemp(prefix="deepetch-wheel-"))
    atexit.register(shutil.rmtree, work, True)
    source = work / "source"
    source.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name)
        else:
            shutil.copy2(ROOT / name, source / name)
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-v",
                            "--disable-pip-version-check", "-w", str(work / "wheel"),
                            str(source)], capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    (wheel,) = (work / "wheel").glob("deepetch_desktop-*.whl")
    return BuiltWheel(wheel, built.stdout + built.stderr)
