"""Where a render writes its temporary files: a private folder of the user's data folder,
one sub-folder per render, never the system's temporary folder; stale ones are swept."""

from __future__ import annotations

import os
import secrets
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# A render takes seconds: a folder this old belongs to a process that was killed.
STALE_AFTER_S = 3600


def _private_folder(path: Path) -> Path:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    path.chmod(0o700)  # invoices are personal data: only this user may read them
    return path


@contextmanager
def render_workdir(base: Path) -> Iterator[Path]:
    """A fresh 0700 folder under `base`, named after this process, removed afterwards."""
    folder = _private_folder(base) / f"{os.getpid()}-{secrets.token_hex(4)}"
    folder.mkdir(mode=0o700)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: not ours to judge
    return True


def _stale(entry: Path, now: float) -> bool:
    """Left by a process that is gone (killed while rendering), or too old to be in use."""
    try:
        age = now - entry.lstat().st_mtime
    except FileNotFoundError:
        return False
    owner = entry.name.split("-", 1)[0]
    if not entry.is_dir() or entry.is_symlink() or not owner.isdigit():
        return True  # nothing but our own render folders belongs here
    if int(owner) == os.getpid() or _alive(int(owner)):
        return age > STALE_AFTER_S  # a render in progress, unless it is far too old
    return True


def sweep_workdirs(base: Path) -> int:
    """Remove what earlier renders left in `base` (a kill -9 skips every `finally`)."""
    if not base.is_dir():
        return 0
    now, removed = time.time(), 0
    for entry in base.iterdir():
        if not _stale(entry, now):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
        removed += 1
    return removed
