"""The schema's revision without Alembic: opening a database that is up to date costs one SELECT
of `alembic_version`, and Alembic (about 100 ms of imports and script reading) is loaded only
when there is something to migrate (store/migrate.py).

REVISIONS lists the migration files' revisions, oldest first; a unit test keeps it equal to
what Alembic reads from store/migrations/versions (tests/unit/test_schema_revision.py): a new
migration adds its revision at the end."""

from __future__ import annotations

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from ..domain.errors import AccountMoved, DatabaseRefused

REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009",
             "0010", "0011", "0012")
HEAD_REVISION = REVISIONS[-1]
KNOWN_REVISIONS = frozenset(REVISIONS)
# The `settings` row naming the version of the program that last migrated the schema
# (store/migrate.py writes it): an older program names it in its refusal.
SCHEMA_WRITER_KEY = "schema.written_by"
# The `settings` row `deepetch migrate-to` writes into a SQLite file once its copy on a server
# was checked: where the account now lives (a URL without its password).
MOVED_KEY = "account.moved_to"

_NO_TABLE_PG = "42P01"  # undefined_table


def current_revisions(conn: Connection) -> tuple[str, ...]:
    """The revisions `alembic_version` holds (one, the schema being linear), () when the
    database has no such table yet (a new, empty one). One SELECT; a database that cannot be
    read at all (not a database, unreachable) raises as before."""
    try:
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    except DBAPIError as exc:
        if not _no_version_table(exc):
            raise
        conn.rollback()  # PostgreSQL: the failed statement ended the transaction
        return ()
    return tuple(str(row[0]) for row in rows)


def _no_version_table(exc: DBAPIError) -> bool:
    if getattr(getattr(exc, "orig", None), "sqlstate", None) == _NO_TABLE_PG:
        return True
    return "no such table" in str(getattr(exc, "orig", exc))


def check_revision(conn: Connection, location: str) -> bool:
    """Refuse a schema written by a newer version of the program (`newer_schema`); whether the
    schema is at the head revision already (nothing to migrate)."""
    current = current_revisions(conn)
    if any(revision not in KNOWN_REVISIONS for revision in current):
        raise DatabaseRefused("newer_schema", location, _schema_writer(conn))
    return current == (HEAD_REVISION,)


def _schema_writer(conn: Connection) -> str | None:
    """The version of the program that wrote a newer schema (None when that program did not
    say: it came before this row existed)."""
    try:
        value = conn.execute(text("SELECT value FROM settings WHERE key = :k"),
                             {"k": SCHEMA_WRITER_KEY}).scalar()
    except DBAPIError:
        return None
    return None if value is None else str(value)[:40]


def check_not_moved(conn: Connection) -> None:
    """Refuse a SQLite file whose account was moved to a server (`AccountMoved` names where).
    A new file (no tables yet) was not."""
    try:
        where = conn.execute(text("SELECT value FROM settings WHERE key = :k"),
                             {"k": MOVED_KEY}).scalar()
    except DBAPIError:
        return
    if where is not None:
        raise AccountMoved(str(where))
