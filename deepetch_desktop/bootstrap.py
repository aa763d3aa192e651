"""The composition root: where the database is, opening it; nothing is created at import."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from .store.engine import Database, open_for_review
from .store.engine import open_database as _open

ENV_URL = "DEEPETCH_DATABASE_URL"


def data_folder() -> Path:
    """The user data folder: the default database, its backups, the logs."""
    return Path(user_data_dir("deepetch-desktop", "Deepetch"))


def log_folder() -> Path:
    """Where errors are written: created owner-only (they may name the database)."""
    folder = data_folder() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o700)
    return folder


def default_database_path() -> Path:
    return data_folder() / "deepetch.sqlite3"


def default_database_url() -> str:
    return os.environ.get(ENV_URL) or f"sqlite:///{default_database_path()}"


def open_database(url: str | None = None, *, read_only: bool = False) -> Database:
    """Open (creating or migrating) the database; `url` None means the default. `read_only`:
    open a SQLite file to look at it, writing nothing to it (no lock, no migration)."""
    if read_only:
        return open_for_review(url or default_database_url())
    return _open(url or default_database_url())
