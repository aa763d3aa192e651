"""Live views' notices (issue 16): on PostgreSQL a change committed by one workstation's process
is heard by another's listener within a second, naming what changed; a change rolled back is
never announced. On SQLite the file's data version says another connection committed."""

from __future__ import annotations

import queue
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import Connection

from deepetch_desktop import services as s
from deepetch_desktop.services import ADMINISTRATOR
from deepetch_desktop.store import tables as t
from deepetch_desktop.store.engine import Database, open_database
from tests.conftest import NOW, _pg_database, worker_context


@pytest.fixture
def pg_company_url(company_pg_template: str) -> Iterator[str]:
    with _pg_database(company_pg_template) as url:
        yield url


class Abandoned(Exception):
    """What makes the other workstation's transaction roll back."""


def _other_workstation(url: str, sub_email: str) -> float:
    """Another process: a transaction that changes the settings then rolls back, then a
    committed new sub-account; when that commit returned (time.time())."""
    database = open_database(url)
    try:
        def change_then_give_up(conn: Connection) -> None:
            conn.execute(t.settings.insert().values(key="rolled.back", value="never"))
            raise Abandoned()

        with pytest.raises(Abandoned):
            database.write(change_then_give_up)
        s.add_sub_account(database, ADMINISTRATOR, name="Léa Martin", email=sub_email, now=NOW)
        return time.time()
    finally:
        database.dispose()


def _submit_elsewhere(url: str) -> float:
    database = open_database(url)
    try:
        s.submit_task(database, ADMINISTRATOR, sub_account=1, service_code="RELECTURE",
                      units=1, now=NOW)
        return time.time()
    finally:
        database.dispose()


def _listening(db: Database) -> tuple[s.ChangeListener, queue.Queue[tuple[float,
                                                                          frozenset[str]]]]:
    heard: queue.Queue[tuple[float, frozenset[str]]] = queue.Queue()
    listener = s.listen_for_changes(db, lambda topics: heard.put((time.time(), topics)))
    assert listener is not None
    assert listener.listening.wait(10)
    return listener, heard


def test_a_commit_elsewhere_is_heard_within_a_second_and_a_rollback_never(
        pg_company_url: str) -> None:
    db = open_database(pg_company_url)
    listener, heard = _listening(db)
    try:
        with worker_context().Pool(1) as pool:
            committed_at = pool.apply(_other_workstation, (pg_company_url, "lea@atelier.fr"))
            at, topics = heard.get(timeout=1.0)  # within a second of the commit
            assert at - committed_at < 1.0
            assert "sub_accounts" in topics and "journal" in topics
            assert "settings" not in topics  # the rolled-back insert was never announced
            time.sleep(0.3)
            while not heard.empty():
                assert "settings" not in heard.get_nowait()[1]
            # A task submitted elsewhere names the tasks and the basket, nothing else's pages.
            committed_at = pool.apply(_submit_elsewhere, (pg_company_url,))
            at, topics = heard.get(timeout=1.0)
            assert at - committed_at < 1.0
            assert {"tasks", "basket"} <= topics and "invoices" not in topics
    finally:
        listener.stop()
        db.dispose()


def test_a_listener_hears_again_after_its_connection_is_cut(pg_company_url: str) -> None:
    """A dropped listening connection is made again; what was said meanwhile went unheard, so
    everything is said to have changed; later changes are heard as before."""
    from tests.integration.test_pg_reconnect import _drop_connections

    db = open_database(pg_company_url)
    listener, heard = _listening(db)
    try:
        with worker_context().Pool(1) as pool:
            pool.apply(_other_workstation, (pg_company_url, "lea@atelier.fr"))
            heard.get(timeout=5)
            listener.listening.clear()
            _drop_connections(db)
            assert listener.listening.wait(10)
            assert heard.get(timeout=5)[1] >= {"basket", "tasks", "invoices", "settings"}
            pool.apply(_submit_elsewhere, (pg_company_url,))
        assert "tasks" in heard.get(timeout=5)[1]
    finally:
        listener.stop()
        db.dispose()


def test_sqlite_data_version_says_another_connection_committed(
        sqlite_company: Database) -> None:
    sub = s.add_sub_account(sqlite_company, ADMINISTRATOR, name="Léa Martin",
                            email="lea@atelier.fr", now=NOW).id
    version = s.data_version(sqlite_company)
    assert version is not None
    try:
        assert not version.changed()
        other = open_database(sqlite_company.url)
        try:
            s.submit_task(other, ADMINISTRATOR, sub_account=sub, service_code="RELECTURE",
                          units=1, now=NOW)
        finally:
            other.dispose()
        assert version.changed()
        assert not version.changed()  # once per commit seen
    finally:
        version.close()


def test_every_announced_table_has_its_trigger(pg_company_url: str) -> None:
    """The migrations gave each table of TABLE_TOPICS its statement trigger."""
    from sqlalchemy import text

    from deepetch_desktop.store.notify import TABLE_TOPICS

    db = open_database(pg_company_url)
    try:
        with db.read() as conn:
            announced = set(conn.execute(text(
                "SELECT c.relname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid "
                "WHERE g.tgname = c.relname || '_announce'")).scalars())
        assert announced == set(TABLE_TOPICS)
    finally:
        db.dispose()


def test_what_this_program_changed_itself_is_not_announced_to_it(pg_company_url: str) -> None:
    """The window reloads what it changed itself: its listener skips the notices of its own
    connections, and hears another program's."""
    db = open_database(pg_company_url)
    listener, heard = _listening(db)
    try:
        s.add_sub_account(db, ADMINISTRATOR, name="Léa Martin", email="lea@atelier.fr", now=NOW)
        other = open_database(pg_company_url)  # another program: connections of its own
        try:
            s.submit_task(other, ADMINISTRATOR, sub_account="lea@atelier.fr",
                          service_code="RELECTURE", units=1, now=NOW)
        finally:
            other.dispose()
        _at, topics = heard.get(timeout=5)
        assert "tasks" in topics and "journal" not in topics  # the task, not our sub-account
    finally:
        listener.stop()
        db.dispose()
