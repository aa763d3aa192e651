"""Looking at a database without changing it: does it open, which schema, which company."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.pool import NullPool

from ..domain.errors import DatabaseRefused, DriverMissing
from . import tables as t
from .revision import HEAD_REVISION, KNOWN_REVISIONS, current_revisions

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Probe:
    """What a read-only look found. `schema` is one of: absent (no file yet), empty (no
    tables yet), older (migrated at the next open), current."""

    location: str
    dialect: str
    schema: str
    company: str | None


def _sqlite_engine(path: Path) -> Engine:
    # mode=ro: SQLite itself refuses every write, so the check cannot change the file (opening
    # a WAL database may still create its -wal/-shm companions, removed again on close).
    uri = f"{path.resolve().as_uri()}?mode=ro"
    return create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True),
                         poolclass=NullPool)


def _postgresql_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.drivername == "postgresql":
        url = parsed.set(drivername="postgresql+psycopg").render_as_string(False)
    # Every transaction of the session is read-only: the server refuses any write.
    try:
        return create_engine(url, poolclass=NullPool,
                             connect_args={"options": "-c default_transaction_read_only=on",
                                           "client_encoding": "utf8"})
    except ImportError:  # psycopg comes with the [postgresql] extra only
        raise DriverMissing("postgresql") from None


def probe_database(url: str) -> Probe:
    """Open `url` read-only and say what is there; raise DatabaseRefused when it cannot be
    used (not a database, unreachable, written by a newer version)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseRefused("bad_url", url) from None
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        location = parsed.database or ":memory:"
        if location == ":memory:":
            return Probe(location, backend, "empty", None)
        path = Path(location)
        if not path.exists():
            return Probe(location, backend, "absent", None)
        if path.is_dir():
            raise DatabaseRefused("not_a_database", location)
        with open(path, "rb") as fh:
            header = fh.read(16)
        if header and header != SQLITE_HEADER:
            raise DatabaseRefused("not_a_database", location)
        engine = _sqlite_engine(path)
    elif backend == "postgresql":
        location = parsed.render_as_string(hide_password=True)
        engine = _postgresql_engine(url)
    else:
        raise DatabaseRefused("unsupported_database", url)
    try:
        with engine.connect() as conn:
            revisions = current_revisions(conn)
            company = None
            if inspect(conn).has_table(t.company.name):
                company = conn.execute(select(t.company.c.name)).scalar()
            conn.rollback()
    except DBAPIError as exc:
        reason = "not_a_database" if "not a database" in str(exc) else "cannot_connect"
        raise DatabaseRefused(reason, location) from None
    finally:
        engine.dispose()
    if not revisions:
        schema = "empty"
    elif any(revision not in KNOWN_REVISIONS for revision in revisions):
        raise DatabaseRefused("newer_schema", location)
    else:
        schema = "current" if revisions == (HEAD_REVISION,) else "older"
    return Probe(location, backend, schema, company)
