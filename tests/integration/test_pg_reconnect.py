"""PostgreSQL without a ping per transaction (issue 12): a server that restarted, or dropped
every connection, is met by new connections. A write that finds its connection dead before
COMMIT runs again on a new one; a connection idle for a while is checked as it is taken."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import event
from sqlalchemy.engine import make_url

from deepetch_desktop import services as s
from deepetch_desktop.services import ADMINISTRATOR
from deepetch_desktop.store import engine as engine_module
from deepetch_desktop.store.engine import Database, open_database
from tests.conftest import NOW, _pg_admin, _pg_database


@pytest.fixture
def pg_company(company_pg_template: str) -> Iterator[Database]:
    with _pg_database(company_pg_template) as url:
        database = open_database(url)
        yield database
        database.dispose()


def _drop_connections(db: Database) -> None:
    """What a restart does to the workstation's connections: each is cut by the server."""
    name = make_url(db.url).database
    _pg_admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
              f"WHERE datname = '{name}' AND pid <> pg_backend_pid()")


def _sub(db: Database) -> int:
    return s.add_sub_account(db, ADMINISTRATOR, name="Léa Martin", email="lea@atelier.fr",
                             now=NOW).id


def _statements(db: Database) -> list[str]:
    sent: list[str] = []
    event.listen(db.write_engine, "before_cursor_execute",
                 lambda _c, _cur, statement, *_a: sent.append(statement))
    return sent


def test_a_write_after_the_server_dropped_its_connection_is_done_once(
        pg_company: Database) -> None:
    sub = _sub(pg_company)
    s.submit_task(pg_company, ADMINISTRATOR, sub_account=sub, service_code="TRAD_TEXTE",
                  units=1, now=NOW)
    _drop_connections(pg_company)
    done = s.submit_task(pg_company, ADMINISTRATOR, sub_account=sub, service_code="TRAD_TEXTE",
                         units=1, now=NOW)
    tasks = s.list_tasks(pg_company, ADMINISTRATOR)
    assert [t.id for t in tasks] == [done.task_id, done.task_id - 1]  # once, not twice
    report = s.verify(pg_company, ADMINISTRATOR)
    assert report.ok, report.problems  # one debit, one usage count, one chained entry each


def test_a_read_after_the_server_dropped_an_idle_connection_works(
        pg_company: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    sub = _sub(pg_company)
    monkeypatch.setattr(engine_module, "IDLE_PING_S", 0.0)  # every connection counts as idle
    _drop_connections(pg_company)
    assert [v.id for v in s.list_sub_accounts(pg_company, ADMINISTRATOR, NOW)] == [sub]


def test_no_ping_per_transaction(pg_company: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    sub = _sub(pg_company)
    sent = _statements(pg_company)
    pings: list[object] = []
    dialect = pg_company.write_engine.dialect
    real_ping = dialect.do_ping
    monkeypatch.setattr(dialect, "do_ping", lambda conn: pings.append(conn) or real_ping(conn))
    for _ in range(3):
        s.submit_task(pg_company, ADMINISTRATOR, sub_account=sub, service_code="TRAD_TEXTE",
                      units=1, now=NOW)
    assert pings == []  # pool_pre_ping would ping at each checkout
    assert len(sent) == 3 * 7  # one read, the debit, the usage, the task, the chained entry
