"""Backups (on demand and daily) and restoring one."""

from __future__ import annotations

import errno
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from ..domain.dates import require_aware
from ..domain.errors import BadInput, DeepetchError
from ..domain.text import clean_text
from ..domain.vocabulary import Privilege
from ..store import restore as r
from ..store.backup import backup_sqlite, daily_backup_folder
from ..store.backup import daily_backup as take_daily_backup
from ..store.engine import Database, open_database
from .common import require, today
from .ledger import verify
from .messages import describe
from .privileges import journals_refusals
from .results import ADMINISTRATOR, Actor

log = logging.getLogger(__name__)
DAILY_BACKUP_DAYS = 14


@dataclass(frozen=True)
class BackupResult:
    path: str
    bytes: int


@dataclass(frozen=True)
class RestoreResult:
    """`kept` is the dated copy of the database the backup replaced (None: there was none)."""

    path: str
    backup: str
    kept: str | None
    bytes: int


@dataclass(frozen=True)
class DailyBackup:
    """What the catch-up did about the daily backup. `status`: taken, already_taken, skipped
    (not a SQLite file: PostgreSQL is backed up with the server's tools), failed (`error`
    says why; the rest of the catch-up went on)."""

    status: str
    path: str | None = None
    pruned: int = 0
    error: str | None = None


@journals_refusals
def backup(db: Database, actor: Actor, target: str, *, replace: bool = False) -> BackupResult:
    """Write a backup to `target`; an existing file is replaced only with `replace` and only
    when it is an older backup of this application, never the database itself."""
    with db.read() as conn:
        require(conn, actor, Privilege.ADMINISTER)
    typed = Path(clean_text(target, "output", required=True)).expanduser()
    try:
        path = backup_sqlite(db, typed, replace=replace)
    except OSError as exc:
        if exc.errno not in (errno.ENAMETOOLONG, errno.ELOOP):
            raise
        raise BadInput("output", "cannot_write", target) from None
    return BackupResult(str(path), path.stat().st_size)


def restore(url: str, backup_file: str, now: datetime) -> RestoreResult:
    """Put the backup `backup_file` in the place of the SQLite database at `url`, after
    checking it (integrity, schema known to this program, the audit), while no other program
    has the database open; the replaced database is kept beside it as a dated copy."""
    live = _sqlite_path(url)
    try:
        backup_path = Path(clean_text(backup_file, "backup", required=True)).expanduser()
        if not backup_path.resolve().is_file():
            raise BadInput("backup", "no_such_file", backup_file)
    except OSError:  # a name too long for the file system, a loop of links...
        raise BadInput("backup", "no_such_file", backup_file) from None
    backup_path = backup_path.resolve()
    # Checked before the live file is touched: a refused backup changes nothing. Whether
    # another program has the database open is asked when swapping (asking earlier would
    # already rewrite its header).
    staged = r.stage(live, backup_path)
    try:
        copy = open_database(f"sqlite:///{staged}")  # brings an older backup up to date
        try:
            audit = verify(copy, ADMINISTRATOR)  # restoring is an administrator's act
        finally:
            copy.dispose()
        if not audit.ok:
            raise BadInput("backup", "audit_failed", "; ".join(audit.problems))
        r.settle(staged)
        kept = r.swap_in(live, staged, require_aware(now))
    finally:
        r.discard(staged)  # gone already when swapped in
    return RestoreResult(str(live), str(backup_path), str(kept) if kept else None,
                         live.stat().st_size)


def _sqlite_path(url: str) -> Path:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise BadInput("database", "bad_url", url) from None
    path = parsed.database or ""
    if parsed.get_backend_name() != "sqlite" or not path or path == ":memory:":
        raise BadInput("database", "restore_needs_sqlite", parsed.render_as_string(True))
    return Path(path).expanduser().absolute()


def daily_backup(db: Database, now: datetime) -> DailyBackup:
    """Today's backup (in the company's time zone) unless taken already, the ones older than
    DAILY_BACKUP_DAYS deleted. Never raises: a backup that fails must not stop the catch-up."""
    if daily_backup_folder(db) is None:
        return DailyBackup("skipped")
    try:
        with db.read() as conn:
            day = today(conn, now)
        taken, pruned = take_daily_backup(db, day, DAILY_BACKUP_DAYS)
    except DeepetchError as exc:
        return DailyBackup("failed", error=describe(exc))
    except Exception as exc:  # noqa: BLE001 - a disk error is reported, the catch-up goes on
        log.warning("daily backup failed", exc_info=True)
        return DailyBackup("failed", error=f"{type(exc).__name__}: {exc}")
    if taken is None:
        return DailyBackup("already_taken", pruned=pruned)
    return DailyBackup("taken", str(taken), pruned)
