"""Online backup of the SQLite file: VACUUM INTO a temporary file, checked, then renamed."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from ..domain.errors import BadInput
from .engine import Database


def backup_sqlite(db: Database, target: Path) -> int:
    """A consistent copy while others keep writing (never a raw file copy); its size."""
    if db.dialect != "sqlite":
        raise BadInput("database", "backup_needs_sqlite", db.location)
    target = target.resolve()
    if not target.parent.is_dir():
        raise BadInput("output", "no_such_folder", str(target))
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    raw = db.read_engine.raw_connection()
    try:
        raw.driver_connection.execute("VACUUM INTO ?", (str(partial),))  # type: ignore[union-attr]
    except sqlite3.OperationalError as exc:
        partial.unlink(missing_ok=True)
        raise BadInput("output", "cannot_write", f"{target}: {exc}") from None
    finally:
        raw.close()
    check = sqlite3.connect(partial)
    try:
        ok = check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        check.close()
    if not ok:
        partial.unlink(missing_ok=True)
        raise BadInput("output", "backup_corrupt", str(target))
    os.replace(partial, target)
    return target.stat().st_size
