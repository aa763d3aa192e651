"""Backups and the integrity audit that covers archived documents too."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..store.backup import backup_sqlite
from ..store.engine import Database


@dataclass(frozen=True)
class BackupResult:
    path: str
    bytes: int


def backup(db: Database, target: str) -> BackupResult:
    path = Path(target).expanduser()
    size = backup_sqlite(db, path)
    return BackupResult(str(path.resolve()), size)
