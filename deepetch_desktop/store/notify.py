"""Hearing what other workstations change (issue 16), without reading the tables again.

PostgreSQL: the triggers of migration 0009 call `pg_notify(CHANNEL, <table>)` once per
statement that changes a table the pages show, inside the transaction that changes it: the
server delivers it only when that transaction commits, never when it rolls back.
`ChangeListener` holds a connection of its own (autocommit, LISTEN) on a thread of its own,
turns table names into the topics they change, and hands them to a callback; a lost
connection is made again with a growing pause, and everything is then said to have changed
(what was announced meanwhile was not heard).

SQLite: `DataVersion` asks `PRAGMA data_version` on a connection of its own, which changes when
another connection (another process, or this one's writes) commits. It does not say what
changed: everything did."""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable, Iterable
from urllib.parse import quote

from sqlalchemy.engine import make_url

log = logging.getLogger(__name__)

CHANNEL = "deepetch_changes"

# What each table's changes show on (the topics' values are the window's, gui/changes.py).
TABLE_TOPICS: dict[str, frozenset[str]] = {name: frozenset(topics) for name, topics in {
    "basket": ("basket",),
    "ledger_entries": ("basket",),
    "batches": ("basket",),
    "sub_accounts": ("sub_accounts",),
    "usage": ("sub_accounts", "tasks"),
    "people": ("sub_accounts",),
    "tasks": ("tasks",),
    "invoices": ("invoices",),
    "invoice_documents": ("invoices",),
    "document_failures": ("invoices",),
    "invoice_sendings": ("invoices",),
    "payments": ("invoices",),
    "invoice_refunds": ("invoices",),  # issue 14: refunds, the approved platform's statuses
    "pa_deposits": ("invoices",),
    "lifecycle_events": ("invoices",),
    "outbox": ("invoices",),
    "notifications": ("notifications",),
    "company": ("settings",),
    "seller": ("settings",),
    "packs": ("settings",),
    "services": ("settings",),
    "complexities": ("settings",),
    "settings": ("settings",),
    "audit_log": ("journal",),
}.items()}
# The tables no page shows: their changes are not announced. A new table goes in one of the two
# (tests/unit/test_change_notice_tables.py), and its migration adds its trigger if announced.
NOT_SHOWN = frozenset({"chain_heads", "effects", "invoice_counters", "login_tokens"})
EVERYTHING: frozenset[str] = frozenset().union(*TABLE_TOPICS.values())

Heard = Callable[[frozenset[str]], None]


def topics_of(tables: Iterable[str]) -> frozenset[str]:
    return frozenset().union(*(TABLE_TOPICS.get(name, frozenset()) for name in tables))


class ChangeListener:
    """LISTEN on a connection of its own, on a daemon thread; `heard(topics)` is called on
    that thread (a front end re-emits it to its own thread). `stop` ends it."""

    def __init__(self, url: str, heard: Heard, gathering_s: float = 0.05,
                 own: Callable[[int], bool] = lambda _pid: False) -> None:
        self._conninfo = make_url(url).set(drivername="postgresql").render_as_string(
            hide_password=False)
        self._heard = heard
        self._own = own  # a notice sent by one of these server processes is this program's
        self._gathering_s = gathering_s
        self._stop = threading.Event()
        self.listening = threading.Event()  # set while LISTEN is in place
        self._thread = threading.Thread(target=self._run, name="deepetch-changes", daemon=True)

    def start(self) -> ChangeListener:
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        import psycopg

        pause = 0.1
        first = True
        while not self._stop.is_set():
            try:
                with psycopg.connect(self._conninfo, autocommit=True,
                                     client_encoding="utf8") as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    if not first:  # what was said while we were away went unheard
                        self._heard(EVERYTHING)
                    first, pause = False, 0.1
                    self._listen(conn)
            except psycopg.Error as exc:
                self.listening.clear()
                log.info("change listener: connection lost (%s); again in %.1f s", exc, pause)
                self._stop.wait(pause)
                pause = min(pause * 2, 5.0)

    def _listen(self, conn: object) -> None:
        notifies = conn.notifies  # type: ignore[attr-defined]
        while not self._stop.is_set():
            tables: set[str] = set()
            heard_any = False
            for notice in notifies(timeout=0.5, stop_after=1):
                heard_any = True
                if not self._own(notice.pid):
                    tables.add(notice.payload)
            if not heard_any:
                continue
            # A transaction changes several tables: what follows at once is said in one go.
            for notice in notifies(timeout=self._gathering_s):
                if not self._own(notice.pid):
                    tables.add(notice.payload)
            changed = topics_of(tables)
            if changed:
                self._heard(changed)


class DataVersion:
    """`PRAGMA data_version` of a SQLite file, on a read-only connection of its own."""

    def __init__(self, path: str) -> None:
        self._conn = sqlite3.connect(f"file:{quote(path)}?mode=ro", uri=True,
                                     check_same_thread=False)
        self._seen = self._version()

    def _version(self) -> int:
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def changed(self) -> bool:
        """Whether some other connection committed since the last call."""
        version = self._version()
        if version == self._seen:
            return False
        self._seen = version
        return True

    def close(self) -> None:
        self._conn.close()

