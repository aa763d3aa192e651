"""Live views (issue 16): hearing what other workstations change, for the window.

PostgreSQL: a listener on a connection and a thread of its own (store/notify.py), started here;
it calls `heard(topics)` on its thread with the topics changed (the values of the window's
`Topic`s). SQLite: the file's data version, which the window asks on its own timer."""

from __future__ import annotations

from collections.abc import Callable

from ..store.engine import Database
from ..store.notify import ChangeListener, DataVersion

__all__ = ["ChangeListener", "DataVersion", "data_version", "listen_for_changes"]


def listen_for_changes(db: Database,
                       heard: Callable[[frozenset[str]], None]) -> ChangeListener | None:
    """A started listener of `db`'s change notices (None on SQLite: see `data_version`); what
    this program's own connections changed is not announced (the window knows it already)."""
    if db.dialect != "postgresql":
        return None
    return ChangeListener(db.url, heard, own=db.own_backends.__contains__).start()


def data_version(db: Database) -> DataVersion | None:
    """The data version of `db`'s SQLite file (None for PostgreSQL or a database in memory)."""
    if db.dialect != "sqlite" or db.file_path is None:
        return None
    return DataVersion(db.file_path)
