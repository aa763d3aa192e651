"""Live views (issue 16): what another workstation commits reloads the page shown when it shows
that, and marks stale only the other pages that show it; on PostgreSQL by the server's change
notices, on SQLite by the file's data version."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from gui_helpers import NOW, click_sidebar, idle

from deepetch_desktop import bootstrap, services
from deepetch_desktop.gui.app import build_window
from deepetch_desktop.services import ADMINISTRATOR
from deepetch_desktop.store.engine import Database
from tests.conftest import _pg_database

CREDITS, INVOICES, TASKS = 1, 2, 3


@pytest.fixture
def pg_db(company_pg_template: str) -> Iterator[Database]:
    with _pg_database(company_pg_template) as url:
        database = bootstrap.open_database(url)
        yield database
        database.dispose()


def _show(qtbot: Any, win: Any, number: int) -> None:
    click_sidebar(qtbot, win, number)
    idle(qtbot, win)
    qtbot.waitUntil(lambda: win.pages[number].loaded, timeout=10_000)


def _live_window(qtbot: Any, db: Database) -> Any:
    win = build_window(db, clock=lambda: NOW, schedule=False)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.live.start()
    qtbot.waitUntil(lambda: win.live.hearing, timeout=10_000)
    for number in (CREDITS, INVOICES, TASKS):  # seen once: none of them is stale
        _show(qtbot, win, number)
    return win


def _submit_elsewhere(url: str, sub: int) -> None:
    """Another workstation: its own engine and connections."""
    other = bootstrap.open_database(url)
    try:
        services.submit_task(other, ADMINISTRATOR, sub_account=sub, service_code="RELECTURE",
                             units=1, title="Envoyée d'un autre poste", now=NOW)
    finally:
        other.dispose()


def test_a_task_sent_elsewhere_reloads_the_tasks_page_not_the_invoices(
        qtbot: Any, pg_db: Database) -> None:
    sub = services.add_sub_account(pg_db, ADMINISTRATOR, name="Léa Martin",
                                   email="lea@atelier.fr", now=NOW).id
    win = _live_window(qtbot, pg_db)
    try:
        before = win.tasks.model.rowCount()
        _submit_elsewhere(pg_db.url, sub)
        qtbot.waitUntil(lambda: win.tasks.model.rowCount() == before + 1, timeout=5_000)
        assert CREDITS in win._stale  # shows the basket: reloads when next shown
        assert INVOICES not in win._stale  # shows nothing a task changes
    finally:
        win.live.stop()
        win.context.runner.wait(10_000)


def test_on_sqlite_the_data_version_reloads_the_page(qtbot: Any, demo_db: Database) -> None:
    win = _live_window(qtbot, demo_db)
    try:
        before = win.tasks.model.rowCount()
        sub = services.list_sub_accounts(demo_db, ADMINISTRATOR, NOW)[0].id
        _submit_elsewhere(demo_db.url, sub)
        qtbot.waitUntil(lambda: win.tasks.model.rowCount() == before + 1, timeout=5_000)
    finally:
        win.live.stop()
        win.context.runner.wait(10_000)
