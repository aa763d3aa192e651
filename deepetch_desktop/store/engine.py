"""Opening a database: SQLite (WAL, BEGIN IMMEDIATE for writes) or PostgreSQL, migrated on open."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    DisconnectionError,
    IntegrityError,
    OperationalError,
)
from sqlalchemy.pool import ConnectionPoolEntry

from ..domain.errors import (
    CommitUnknown,
    DatabaseBusy,
    DatabaseRefused,
    DriverMissing,
    RoleRefused,
    ServerLost,
)
from ..domain.urls import masked_url
from .revision import check_not_moved, check_revision
from .sqlite_file import (
    FileIdentity,
    create_private_file,
    identity,
    make_private,
    make_private_folder,
    probe,
    refusal,
)

T = TypeVar("T")
BUSY_TIMEOUT_S = 30
LOCK_NOT_AVAILABLE = "55P03"  # lock_timeout reached
RETRYABLE_PG = {"40001", "40P01", LOCK_NOT_AVAILABLE}  # serialization, deadlock, lock time-out
INSUFFICIENT_PRIVILEGE = "42501"
# PostgreSQL: a pooled connection idle for longer than this is checked (SELECT 1) when taken
# again, so that a restarted server or a dropped connection is met by a new one; a connection
# used again sooner is not (no round trip per transaction, unlike pool_pre_ping). A transaction
# that still meets a dead connection is run again once on a new one (`Database.write`).
IDLE_PING_S = 5.0
# PostgreSQL, on every connection (issue 16): no statement runs, no lock is waited for and no
# transaction stays open idle for ever, so one workstation never holds up the others. A lock
# time-out is retried by `Database.write`; the migrations lift the first two for themselves.
STATEMENT_TIMEOUT_MS = 60_000
LOCK_TIMEOUT_MS = 10_000
IDLE_IN_TRANSACTION_TIMEOUT_MS = 120_000
# A server that went away (restarted, network down) is tried again for this long, waiting
# 0.1 s, 0.2 s, ... up to 2 s between tries, before the write is given up (`ServerLost`).
RECONNECT_FOR_S = 30.0
# SQLSTATEs of a server going away or not yet back: admin_shutdown, crash_shutdown,
# cannot_connect_now (starting up), and the connection exceptions (class 08).
_SERVER_GONE = {"57P01", "57P02", "57P03"}


@dataclass
class Database:
    """The engines of one database: writes go through `write`, reads through `read`."""

    url: str
    write_engine: Engine
    read_engine: Engine
    # The SQLite file as opened (absolute path, device and inode): a write into a file deleted
    # or replaced since would be lost, so it is refused instead.
    file_path: str | None = None
    file_identity: FileIdentity | None = None
    # Opened to look at a copy (`--read-only`): every write is refused before it starts, and
    # the file is opened immutable (no lock, no -wal or -shm, nothing written to it).
    read_only: bool = False
    # PostgreSQL: the server processes of this program's own connections (issue 16), so that
    # its change listener does not announce what the window did itself.
    own_backends: set[int] = field(default_factory=set)

    @property
    def dialect(self) -> str:
        return self.write_engine.dialect.name

    @property
    def location(self) -> str:
        u = make_url(self.url)
        if u.get_backend_name() == "sqlite":
            return u.database or ":memory:"
        # Not hide_password=True: SQLAlchemy keeps what follows a second @ of the password.
        return masked_url(u.render_as_string(hide_password=False))

    def write(self, work: Callable[[Connection], T], attempts: int = 6, *,
              replayable: bool = False) -> T:
        """Run `work` in one write transaction, retried on serialization failures, lock
        timeouts and unique-key races (the retry re-reads and decides again).

        When the connection is lost (the server restarted, the network dropped), the work is
        run again on a new connection, the server tried with a growing pause for up to
        RECONNECT_FOR_S (then `ServerLost`), but only when it is known not to have committed:
        lost before its COMMIT was sent (the server rolled it back), or `replayable` (the
        work's idempotency key finds what a COMMIT cut short wrote, and returns it). A COMMIT
        cut short otherwise is never run twice: `CommitUnknown` says to check."""
        if self.read_only:
            raise DatabaseRefused("review_only", self.location)
        delay = 0.02
        attempt = 0
        lost_since: float | None = None
        while True:
            self.check_file()
            committing = False
            try:
                with self.write_engine.begin() as conn:
                    result = work(conn)
                    self.check_file()  # gone while we wrote: roll back rather than lose it
                    committing = True
                return result
            except IntegrityError:
                if attempt >= 2:
                    raise
            except (OperationalError, DBAPIError) as exc:
                if self.dialect == "postgresql" and _server_gone(exc):
                    if committing and not replayable:
                        raise CommitUnknown(self.location) from None
                    if lost_since is None:  # at once: the pool replaces its old connections
                        lost_since = time.monotonic()
                        continue
                    waited = time.monotonic() - lost_since
                    if waited >= RECONNECT_FOR_S:
                        raise ServerLost(self.location, round(waited)) from None
                    time.sleep(min(0.1 * 2 ** min(int(waited), 4), 2.0, RECONNECT_FOR_S - waited))
                    continue
                if exc.connection_invalidated and not committing and lost_since is None:
                    lost_since = time.monotonic()  # SQLite: once more, on a new connection
                    continue
                if _sqlstate(exc) == INSUFFICIENT_PRIVILEGE:  # the role may not (PostgreSQL)
                    raise RoleRefused(make_url(self.url).username or "",
                                      _database_words(exc)) from None
                refused = refusal(exc, self.location) if self.dialect == "sqlite" else None
                if refused is not None:
                    raise refused from None
                if not _retryable(exc):
                    raise
                if attempt == attempts - 1:
                    if _sqlstate(exc) == LOCK_NOT_AVAILABLE:  # held by another, for too long
                        raise DatabaseBusy(self.location) from None
                    raise
            attempt += 1
            if attempt >= attempts:
                raise AssertionError("unreachable")
            time.sleep(delay)
            delay = min(delay * 2, 1.0)

    def check_file(self) -> None:
        """Refuse to write when the file opened is no longer the one at its path."""
        if self.file_path is not None and identity(self.file_path) != self.file_identity:
            raise DatabaseRefused("database_moved", self.location)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """One read transaction. On PostgreSQL, a server that went away is waited for (as by
        `write`) before the read starts; one lost during the read says so (`ServerLost`)."""
        if self.dialect != "postgresql":
            with self.read_engine.connect() as conn, conn.begin():
                yield conn
            return
        try:
            with self._connected() as conn, conn.begin():
                yield conn
        except DBAPIError as exc:
            if _server_gone(exc):
                raise ServerLost(self.location, 0) from None
            raise

    @contextmanager
    def _connected(self) -> Iterator[Connection]:
        started = time.monotonic()
        while True:
            try:
                conn = self.read_engine.connect()
                break
            except DBAPIError as exc:
                waited = time.monotonic() - started
                if not _server_gone(exc) or waited >= RECONNECT_FOR_S:
                    raise
                time.sleep(min(0.1 * 2 ** min(int(waited), 4), 2.0))
        with conn:
            yield conn

    def dispose(self) -> None:
        self.write_engine.dispose()
        if self.read_engine is not self.write_engine:
            self.read_engine.dispose()


def _sqlstate(exc: DBAPIError) -> str | None:
    return getattr(getattr(exc, "orig", None), "sqlstate", None)


def _database_words(exc: DBAPIError) -> str:
    """What PostgreSQL said, its first line ("permission denied for table sub_accounts", or a
    trigger's reason)."""
    diag = getattr(getattr(exc, "orig", None), "diag", None)
    said = getattr(diag, "message_primary", None) or str(getattr(exc, "orig", exc))
    return str(said).splitlines()[0][:300]


def _server_gone(exc: DBAPIError) -> bool:
    """The server went away or cannot be reached (yet): the pool dropped the connection, the
    server said it is shutting down or starting, or no connection could be made."""
    if exc.connection_invalidated:
        return True
    code = _sqlstate(exc)
    if code is None:  # no SQLSTATE: the connection could not be made at all
        return isinstance(exc, OperationalError)
    return code in _SERVER_GONE or code.startswith("08")


def _retryable(exc: DBAPIError) -> bool:
    code = getattr(getattr(exc, "orig", None), "sqlstate", None)
    if code in RETRYABLE_PG:
        return True
    return "database is locked" in str(exc) or "database is busy" in str(exc)


def _remember_backends(engine: Engine, pids: set[int]) -> None:
    """Note each new connection's server process id in `pids`."""

    @event.listens_for(engine, "connect")
    def _connected(dbapi_conn: object, _record: object) -> None:
        pids.add(int(dbapi_conn.info.backend_pid))  # type: ignore[attr-defined]


def _ping_when_idle(engine: Engine) -> None:
    """Check a pooled connection idle for IDLE_PING_S or more as it is taken again; a dead one
    is replaced (DisconnectionError makes the pool open a new one)."""

    @event.listens_for(engine, "checkin")
    def _checked_in(_dbapi_conn: object, record: ConnectionPoolEntry) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi_conn: object, record: ConnectionPoolEntry, _proxy: object) -> None:
        since = record.info.get("idle_since")
        if since is None or time.monotonic() - since < IDLE_PING_S:
            return
        try:
            cursor = dbapi_conn.cursor()  # type: ignore[attr-defined]
            try:
                cursor.execute("SELECT 1")
            finally:
                cursor.close()
            dbapi_conn.rollback()  # type: ignore[attr-defined]  # leave no transaction open
        except Exception as exc:  # noqa: BLE001 - whatever the driver says of a dead link
            raise DisconnectionError(str(exc)) from exc


def _sqlite_engine(url: str, immediate: bool, path: str | None) -> Engine:
    if path is None:  # in memory
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S})
    else:
        # mode=rw: a connection made after the file was deleted fails instead of quietly
        # creating an empty database in its place (open_database creates the file itself).
        uri = f"file:{quote(path)}?mode=rw"
        engine = create_engine(url, creator=lambda: sqlite3.connect(
            uri, uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False))

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _review_engine(url: str, path: str) -> Engine:
    """A SQLite file opened to be looked at: immutable (SQLite takes no lock and writes no
    byte, not even a -wal or -shm beside it), no pragma that would write, plain BEGIN."""
    uri = f"file:{quote(path)}?mode=ro&immutable=1"
    engine = create_engine(url, creator=lambda: sqlite3.connect(
        uri, uri=True, check_same_thread=False))

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def open_for_review(url: str) -> Database:
    """Open a SQLite file (a backup, a copy) to look at it without writing anything to it: no
    write lock, no migration (an older schema is refused, not upgraded), every write refused
    (`review_only`)."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        raise DatabaseRefused("bad_url", url) from None
    path = parsed.database or ""
    if parsed.get_backend_name() != "sqlite" or not path or path == ":memory:":
        raise DatabaseRefused("review_needs_file", masked_url(url))
    probe(path, review=True)
    file = os.path.abspath(path)
    engine = _review_engine(url, file)
    db = Database(url, engine, engine, file, identity(file), read_only=True)
    try:
        with engine.connect() as conn:
            up_to_date = check_revision(conn, db.location)
    except DBAPIError as exc:
        db.dispose()
        raise (refusal(exc, db.location) or DatabaseRefused("not_a_database", db.location)
               ) from None
    except Exception:
        db.dispose()
        raise
    if not up_to_date:
        db.dispose()
        raise DatabaseRefused("review_old_schema", db.location)
    return db


def _prepare_sqlite_file(path: str) -> str:
    """Check the file is ours (or new) before anything is written, then create it, private,
    in a private folder; its absolute path."""
    probe(path)
    file = Path(os.path.abspath(path))
    try:
        make_private_folder(file.parent)
        if not create_private_file(file):
            make_private(file)
    except PermissionError:
        raise DatabaseRefused("read_only", path) from None
    except OSError as exc:
        raise (refusal(exc, path) or DatabaseRefused("cannot_connect", path)) from None
    return str(file)


def _timeouts() -> str:
    """The time-outs every PostgreSQL connection is opened with (libpq's `options`)."""
    return (f"-c statement_timeout={STATEMENT_TIMEOUT_MS} -c lock_timeout={LOCK_TIMEOUT_MS} "
            f"-c idle_in_transaction_session_timeout={IDLE_IN_TRANSACTION_TIMEOUT_MS}")


def open_database(url: str, migrate: bool = True) -> Database:
    """Open (and create or migrate) the database at `url`; refuse one we cannot trust."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        raise DatabaseRefused("bad_url", url) from None
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        path = parsed.database or ""
        file = _prepare_sqlite_file(path) if path and path != ":memory:" else None
        db = Database(url, _sqlite_engine(url, True, file), _sqlite_engine(url, False, file),
                      file, identity(file) if file else None)
    elif backend == "postgresql":
        if parsed.drivername == "postgresql":
            url = parsed.set(drivername="postgresql+psycopg").render_as_string(False)
        try:
            # UTF-8 asked for on every connection: a database made with SQL_ASCII (initdb with
            # no locale) would otherwise give its text back as bytes.
            engine = create_engine(url, isolation_level="READ COMMITTED",
                                   connect_args={"client_encoding": "utf8",
                                                 "options": _timeouts()})
        except ImportError:  # psycopg comes with the [postgresql] extra only
            raise DriverMissing("postgresql") from None
        _ping_when_idle(engine)
        db = Database(url, engine, engine)
        _remember_backends(engine, db.own_backends)
    else:
        raise DatabaseRefused("unsupported_database", url)
    try:
        # One SELECT (a read: no write lock); Alembic is loaded only when there is something
        # to migrate, and checks again under the write lock (another process may have).
        with db.read_engine.connect() as conn:
            up_to_date = check_revision(conn, db.location)
            if backend == "sqlite":
                check_not_moved(conn)  # its account moved to a server (migrate-to)
        if migrate and not up_to_date:
            from .migrate import upgrade

            with db.write_engine.begin() as conn:
                upgrade(conn, db.location)
    except DBAPIError as exc:
        db.dispose()
        refused = refusal(exc, db.location) if backend == "sqlite" else None
        if refused is not None:
            raise refused from None
        if "not a database" in str(exc):
            raise DatabaseRefused("not_a_database", db.location) from None
        raise DatabaseRefused("cannot_connect", db.location) from None
    except Exception:
        db.dispose()
        raise
    return db
