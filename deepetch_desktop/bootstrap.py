"""The composition root: where the database is, opening it; nothing is created at import."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from .store.engine import Database
from .store.engine import open_database as _open

ENV_URL = "DEEPETCH_DATABASE_URL"


def default_database_path() -> Path:
    return Path(user_data_dir("deepetch-desktop", "Deepetch")) / "deepetch.sqlite3"


def default_database_url() -> str:
    return os.environ.get(ENV_URL) or f"sqlite:///{default_database_path()}"


def open_database(url: str | None = None) -> Database:
    """Open (creating or migrating) the database; `url` None means the default."""
    return _open(url or default_database_url())
