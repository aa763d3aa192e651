"""Online backup of the SQLite file: VACUUM INTO a private temporary file, checked, then put in
place without ever destroying what was there unless it is an older backup of ours."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from datetime import date, timedelta
from pathlib import Path

from ..domain.errors import BadInput
from .engine import Database
from .sqlite_file import (
    PRIVATE_FILE,
    has_our_schema,
    identity,
    is_sqlite_file,
    make_private_folder,
    read_only,
)


def backup_sqlite(db: Database, target: Path, *, replace: bool = False) -> Path:
    """A consistent copy while others keep writing (never a raw file copy), readable by its
    owner alone; where it was written. An existing `target` is refused unless `replace` is
    given and it is a backup of this application that is not the live database."""
    if db.dialect != "sqlite" or db.file_path is None:
        raise BadInput("database", "backup_needs_sqlite", db.location)
    final = backup_target(db, target, replace=replace)
    partial = _snapshot(db, final)
    try:
        _check(partial, final)
        if replace and os.path.lexists(final):
            os.replace(partial, final)
        else:
            _link_new(partial, final)
    finally:
        partial.unlink(missing_ok=True)
    fsync_folder(final.parent)
    return final


def backup_target(db: Database, target: Path, *, replace: bool) -> Path:
    """The real path to write, after the checks that keep a backup from destroying a file."""
    typed = os.path.join(os.getcwd(), os.path.expanduser(str(target)))
    # The folder as typed must exist: "/no-such-dir/../x" must not quietly become "/x".
    if not os.path.isdir(os.path.dirname(typed) or "/"):
        raise BadInput("output", "no_such_folder", str(target))
    final = Path(os.path.realpath(typed))
    if not final.parent.is_dir():  # a dangling symlink's target
        raise BadInput("output", "no_such_folder", str(target))
    if not os.path.lexists(typed) and not os.path.lexists(final):
        return final
    if is_live_database(db, final):
        raise BadInput("output", "is_live_database", str(final))
    if not replace:
        raise BadInput("output", "already_exists", str(final))
    if not is_our_backup(final):
        raise BadInput("output", "not_a_backup", str(final))
    return final


def is_live_database(db: Database, path: Path) -> bool:
    """Whether `path` is the file `db` works on, also through a symlink or a hard link."""
    if db.file_path is None:
        return False
    if os.path.realpath(path) == os.path.realpath(db.file_path):
        return True
    here = identity(path)
    return here is not None and here in (identity(db.file_path), db.file_identity)


def is_our_backup(path: Path) -> bool:
    """A regular SQLite file with this application's schema, not in WAL mode (our backups never
    are, a database in use always is): only such a file may be replaced by a backup."""
    if not path.is_file() or not is_sqlite_file(path):
        return False
    with open(path, "rb") as fh:
        header = fh.read(20)
    if header[18:20] == b"\x02\x02":  # WAL: a live database, ours or not
        return False
    try:
        conn = read_only(path)
        try:
            return has_our_schema(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


def _snapshot(db: Database, final: Path) -> Path:
    """VACUUM INTO a new private file beside `final` (created 0600 before SQLite writes)."""
    fd, name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".partial", dir=final.parent)
    os.close(fd)  # VACUUM INTO accepts an existing empty file and keeps its mode
    partial = Path(name)
    raw = db.read_engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert isinstance(driver, sqlite3.Connection)  # backups are of SQLite files only
        driver.execute("VACUUM INTO ?", (str(partial),))
    except sqlite3.OperationalError as exc:
        partial.unlink(missing_ok=True)
        problem = "disk_full" if "full" in str(exc) else "cannot_write"
        raise BadInput("output", problem, f"{final}: {exc}") from None
    finally:
        raw.close()
    os.chmod(partial, PRIVATE_FILE)
    with open(partial, "rb") as fh:
        os.fsync(fh.fileno())
    return partial


def _check(partial: Path, final: Path) -> None:
    check = sqlite3.connect(partial)
    try:
        ok = check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        check.close()
    if not ok:
        raise BadInput("output", "backup_corrupt", str(final))


def _link_new(partial: Path, final: Path) -> None:
    """Give `partial` the name `final` only if nothing has that name (atomic, no overwrite)."""
    try:
        os.link(partial, final)
    except FileExistsError:
        raise BadInput("output", "already_exists", str(final)) from None
    except OSError:  # a file system without hard links: check, then rename
        if os.path.lexists(final):
            raise BadInput("output", "already_exists", str(final)) from None
        os.replace(partial, final)


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


DAILY_FOLDER = "backups"


def daily_backup_folder(db: Database) -> Path | None:
    """Where the daily backups of `db` go: `backups/` beside the SQLite file (for the default
    database, the user data folder); None for a database that is not a SQLite file."""
    if db.dialect != "sqlite" or db.file_path is None:
        return None
    return Path(db.file_path).parent / DAILY_FOLDER


def daily_backup(db: Database, day: date, keep_days: int) -> tuple[Path | None, int]:
    """Take `day`'s backup (deepetch-YYYY-MM-DD.sqlite3, 0600, in a 0700 folder) unless it
    exists, and delete those older than `keep_days` days: (the backup taken now or None, how
    many were deleted). Two workstations at once take it once: the name is claimed atomically."""
    folder = daily_backup_folder(db)
    if folder is None:
        return None, 0
    make_private_folder(folder)
    stem = Path(db.file_path or "").stem
    target = folder / f"{stem}-{day.isoformat()}.sqlite3"
    taken = None
    if not os.path.lexists(target):
        try:
            taken = backup_sqlite(db, target)
        except BadInput as exc:
            if exc.problem != "already_exists":  # the other workstation was quicker
                raise
    return taken, _prune(folder, stem, day - timedelta(days=keep_days), day)


def _prune(folder: Path, stem: str, before: date, today: date) -> int:
    """Delete the daily backups of `stem` dated `before` or earlier, and the partial files an
    interrupted backup of an earlier day left (today's may be another workstation's, running);
    never another file. How many backups were deleted."""
    pruned = 0
    for path in folder.glob(f"{stem}-????-??-??.sqlite3"):
        dated = _dated(path.name, stem)
        if dated is not None and dated <= before:
            path.unlink(missing_ok=True)
            pruned += 1
    for path in folder.glob(f".{stem}-????-??-??.sqlite3.*.partial"):
        dated = _dated(path.name[1:].split(".sqlite3.")[0] + ".sqlite3", stem)
        if dated is not None and dated < today:
            path.unlink(missing_ok=True)
    return pruned


def _dated(name: str, stem: str) -> date | None:
    try:
        return date.fromisoformat(name[len(stem) + 1:-len(".sqlite3")])
    except ValueError:
        return None
