"""Writing a file into a folder another program watches (an approved platform's exchange
folder, synchronised by SFTP or its client): all of it or nothing, once, never over another.

The bytes go to a hidden temporary file in the same folder (same file system), are flushed
and fsync'ed, then get their name by a hard link, which fails if the name exists: a watcher
never sees a half-written file and an existing file is never replaced. Where hard links are
not supported (some network shares), a rename after checking the name is free does it.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class NameTaken(Exception):
    """Another file already has this name in the folder, with other bytes."""


def write_once(folder: Path, name: str, data: bytes) -> bool:
    """Write `data` as `folder/name`; True when written now, False when that very file (same
    bytes) is there already (a previous attempt wrote it). Raises NameTaken when the name holds
    other bytes, OSError when the folder cannot be written."""
    target = folder / name
    fd, temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        try:
            os.link(temporary, target)
        except FileExistsError:
            return _same(target, data)
        except OSError:  # no hard links here: rename, which replaces on POSIX, so check first
            if target.exists():
                return _same(target, data)
            os.replace(temporary, target)
        _sync_folder(folder)
        return True
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _same(target: Path, data: bytes) -> bool:
    if target.read_bytes() != data:
        raise NameTaken(str(target))
    return False


def _sync_folder(folder: Path) -> None:
    """The new name itself made durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def move_aside(path: Path, folder: Path) -> Path:
    """Move `path` into `folder` (made if missing) under its name, or name-1, name-2... when
    taken: a file read is never read again, and none is lost."""
    folder.mkdir(exist_ok=True)
    stem, suffix = path.stem, path.suffix
    for index in range(10_000):
        target = folder / (path.name if index == 0 else f"{stem}-{index}{suffix}")
        try:
            os.link(path, target)
        except FileExistsError:
            continue
        except OSError:
            if target.exists():
                continue
            os.replace(path, target)
            return target
        os.unlink(path)
        return target
    raise FileExistsError(str(folder / path.name))
