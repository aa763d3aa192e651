"""Restoring a backup: staged and checked beside the database, then swapped in atomically while
nobody else has the database open, the database it replaces kept beside it as a dated copy."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from ..domain.errors import BadInput
from .backup import fsync_folder
from .revision import KNOWN_REVISIONS
from .sqlite_file import (
    PRIVATE_FILE,
    has_our_schema,
    is_sqlite_file,
    make_private_folder,
    read_only,
    revision,
)

# How long to wait for another connection to let go before saying the database is in use: a
# writer's transaction lasts milliseconds, an application left open lasts forever.
LOCK_WAIT_S = 2.0
COMPANIONS = ("-wal", "-shm")


def stage(live: Path, backup: Path) -> Path:
    """A private copy of `backup` in the live database's folder, made through SQLite (so a
    backup still in WAL mode comes whole), flushed to disk, and checked: integrity, and a
    schema of this application at a revision this program knows. Its path."""
    if not backup.is_file() or not is_sqlite_file(backup):
        raise BadInput("backup", "not_deepetch_backup", str(backup))
    make_private_folder(live.parent)
    fd, name = tempfile.mkstemp(prefix=f".{live.name}.", suffix=".restoring", dir=live.parent)
    os.close(fd)
    staged = Path(name)
    try:
        _copy_through_sqlite(backup, staged)
        _check_backup(staged, backup)
    except BaseException:
        discard(staged)
        raise
    return staged


def _copy_through_sqlite(backup: Path, staged: Path) -> None:
    try:
        source = read_only(backup)
        target = sqlite3.connect(staged)
        try:
            source.backup(target)
        finally:
            target.close()
            source.close()
    except sqlite3.DatabaseError:
        raise BadInput("backup", "backup_damaged", str(backup)) from None
    with open(staged, "rb") as fh:
        os.fsync(fh.fileno())


def _check_backup(staged: Path, backup: Path) -> None:
    conn = sqlite3.connect(staged)
    try:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise BadInput("backup", "backup_damaged", str(backup))
        if not has_our_schema(conn):
            raise BadInput("backup", "not_deepetch_backup", str(backup))
        if revision(conn) not in KNOWN_REVISIONS:
            raise BadInput("backup", "from_newer_version", str(backup))
    except sqlite3.DatabaseError:
        raise BadInput("backup", "backup_damaged", str(backup)) from None
    finally:
        conn.close()


def settle(staged: Path) -> None:
    """Fold the staged copy's WAL (left by migrating and auditing it) into the file itself."""
    conn = sqlite3.connect(staged, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
    for suffix in COMPANIONS:
        Path(f"{staged}{suffix}").unlink(missing_ok=True)
    with open(staged, "rb") as fh:
        os.fsync(fh.fileno())


def discard(staged: Path) -> None:
    for suffix in ("", *COMPANIONS):
        Path(f"{staged}{suffix}").unlink(missing_ok=True)


@contextmanager
def exclusive(live: Path) -> Iterator[None]:
    """Hold the live database so that nobody else can use it, or refuse (BadInput "in_use").

    Leaving WAL mode needs every other connection closed: SQLite answers "database is locked"
    while another process (or another connection of ours) has the file open, even idle. The
    exclusive transaction then keeps newcomers out until the swap is done. A damaged file that
    SQLite cannot read is not held: nobody can be using it, and restoring is its remedy."""
    if not live.exists():
        yield
        return
    try:
        conn = sqlite3.connect(f"file:{quote(str(live))}?mode=rw", uri=True,
                               timeout=LOCK_WAIT_S, isolation_level=None)
    except sqlite3.Error:  # a folder, a file we may not write: not a database to replace
        raise BadInput("database", "cannot_replace", str(live)) from None
    try:
        try:
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
            conn.execute("BEGIN EXCLUSIVE")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise BadInput("database", "in_use", str(live)) from None
            mode = "damaged"
        except sqlite3.DatabaseError:
            mode = "damaged"
        if mode not in ("delete", "damaged"):
            raise BadInput("database", "in_use", str(live))
        yield
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.close()


def swap_in(live: Path, staged: Path, now: datetime) -> Path | None:
    """Put `staged` in the place of `live` (atomically, durably) while holding it; the dated
    copy kept of the database it replaces (None when there was none)."""
    with exclusive(live):
        kept = keep_copy(live, now) if live.exists() else None
        for suffix in COMPANIONS:
            # Stale companions of the old file: replayed over the restored one they would undo
            # the restore or make it "malformed".
            Path(f"{live}{suffix}").unlink(missing_ok=True)
        os.replace(staged, live)
        fsync_folder(live.parent)
    return kept


def keep_copy(live: Path, now: datetime) -> Path:
    """Copy `live` byte for byte to deepetch.sqlite3.before-restore-YYYYMMDD-HHMMSS (0600),
    with its WAL when SQLite could not fold it in (a damaged file)."""
    stem = f"{live.name}.before-restore-{now:%Y%m%d-%H%M%S}"
    for n in range(1, 100):
        kept = live.with_name(stem if n == 1 else f"{stem}-{n}")
        try:
            fd = os.open(kept, os.O_CREAT | os.O_EXCL | os.O_WRONLY | os.O_NOFOLLOW,
                         PRIVATE_FILE)
        except FileExistsError:
            continue
        with os.fdopen(fd, "wb") as out, open(live, "rb") as src:
            shutil.copyfileobj(src, out)
            out.flush()
            os.fsync(out.fileno())
        wal = Path(f"{live}-wal")
        if wal.exists() and wal.stat().st_size:
            fd = os.open(f"{kept}-wal", os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE)
            with os.fdopen(fd, "wb") as out, open(wal, "rb") as src:
                shutil.copyfileobj(src, out)
                os.fsync(out.fileno())
        return kept
    raise BadInput("database", "cannot_replace", str(live))
