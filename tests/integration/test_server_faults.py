"""Server faults on PostgreSQL (issue 16): every connection carries its time-outs, a lock held by
another workstation is waited for a bounded time, and a write whose COMMIT was cut short is sent
again only when its idempotency key makes that safe."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import Connection, event, func, select
from sqlalchemy.engine import make_url

from deepetch_desktop import services as s
from deepetch_desktop.domain.errors import CommitUnknown, DatabaseBusy
from deepetch_desktop.services import ADMINISTRATOR, describe
from deepetch_desktop.store import engine as engine_module
from deepetch_desktop.store import tables as t
from deepetch_desktop.store.engine import Database, open_database
from tests.conftest import NOW, _pg_admin, _pg_database


@pytest.fixture
def pg_url_company(company_pg_template: str) -> Iterator[str]:
    with _pg_database(company_pg_template) as url:
        yield url


def _sub(db: Database) -> int:
    return s.add_sub_account(db, ADMINISTRATOR, name="Léa Martin", email="lea@atelier.fr",
                             now=NOW).id


def _tasks(db: Database) -> int:
    with db.read() as conn:
        return int(conn.execute(select(func.count()).select_from(t.tasks)).scalar_one())


def test_every_connection_has_its_time_outs(pg_url_company: str) -> None:
    db = open_database(pg_url_company)
    try:
        def shown(conn: Connection) -> list[str]:
            return [str(conn.exec_driver_sql(f"SHOW {name}").scalar()) for name in (
                "statement_timeout", "lock_timeout", "idle_in_transaction_session_timeout")]

        with db.read() as conn:
            assert shown(conn) == ["1min", "10s", "2min"]
        assert db.write(shown) == ["1min", "10s", "2min"]
    finally:
        db.dispose()


def test_a_lock_held_elsewhere_is_waited_for_a_bounded_time(
        pg_url_company: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "LOCK_TIMEOUT_MS", 100)
    db = open_database(pg_url_company)
    try:
        sub = _sub(db)
        dsn = make_url(pg_url_company).set(drivername="postgresql").render_as_string(False)
        with psycopg.connect(dsn) as elsewhere:  # a workstation's open transaction
            elsewhere.execute("SELECT balance FROM basket FOR UPDATE")
            with pytest.raises(DatabaseBusy) as busy:
                s.submit_task(db, ADMINISTRATOR, sub_account=sub, service_code="RELECTURE",
                              units=1, now=NOW)
            assert "Un autre poste occupe la base" in describe(busy.value, "fr")
            assert _tasks(db) == 0
        # Its transaction over, the same submit goes through.
        s.submit_task(db, ADMINISTRATOR, sub_account=sub, service_code="RELECTURE", units=1,
                      now=NOW)
        assert _tasks(db) == 1
    finally:
        db.dispose()


def _cut_the_first_commit(db: Database) -> None:
    """The server goes away as the first COMMIT is about to be sent: whether it committed is
    unknown to the workstation (here it did not)."""
    cut: list[int] = []

    @event.listens_for(db.write_engine, "commit")
    def _before_commit(conn: Connection) -> None:
        if cut:
            return
        pid = conn.connection.dbapi_connection.info.backend_pid  # type: ignore[union-attr]
        cut.append(pid)
        _pg_admin(f"SELECT pg_terminate_backend({pid}, 5000)")


def test_a_commit_cut_short_is_sent_again_only_with_a_key(pg_url_company: str) -> None:
    db = open_database(pg_url_company)
    try:
        sub = _sub(db)
        _cut_the_first_commit(db)
        with pytest.raises(CommitUnknown) as unknown:
            s.submit_task(db, ADMINISTRATOR, sub_account=sub, service_code="RELECTURE",
                          units=1, now=NOW)
        assert "vérifiez s'il a été fait" in describe(unknown.value, "fr")
        assert _tasks(db) == 0  # not sent again: without a key it could have been twice
        _cut_the_first_commit(db)
        done = s.submit_task(db, ADMINISTRATOR, sub_account=sub, service_code="RELECTURE",
                             units=1, key="poste-1", now=NOW)
        assert _tasks(db) == 1 and not done.replayed  # sent again, done once
        again = s.submit_task(db, ADMINISTRATOR, sub_account=sub, service_code="RELECTURE",
                              units=1, key="poste-1", now=NOW)
        assert again.replayed and again.task_id == done.task_id and _tasks(db) == 1
        assert s.verify(db, ADMINISTRATOR).ok
    finally:
        db.dispose()
