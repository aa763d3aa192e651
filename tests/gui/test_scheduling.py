"""Scheduled work in the application: the catch-up ticker starts with the window, reports on
the GUI thread, fills the dashboard's notifications, and stops with the window."""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

import pytest
from gui_helpers import NOW
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from deepetch_desktop import services
from deepetch_desktop.gui.app import build_window
from deepetch_desktop.gui.window import MainWindow

pytestmark = pytest.mark.ticker  # the `window` fixture's ticker is what is tested


def _scheduler_threads() -> list[str]:
    return [t.name for t in threading.enumerate()
            if t.is_alive() and t.name.startswith(("APScheduler", "ThreadPoolExecutor"))]


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """services.catch_up, counting its calls (the real one still runs)."""
    calls: list[Any] = []
    real = services.catch_up

    def catch_up(db: Any, actor: Any, now: Any, **kwargs: Any) -> Any:
        calls.append(now)
        return real(db, actor, now, **kwargs)

    monkeypatch.setattr(services, "catch_up", catch_up)
    return calls


def test_the_ticker_starts_with_the_window_and_stops_when_it_closes(
        qtbot: Any, demo_db: Any, counted: list[Any]) -> None:
    window = build_window(demo_db, clock=lambda: NOW)
    qtbot.addWidget(window)
    window.show()
    assert window.ticker is not None and window.ticker.running
    qtbot.waitUntil(lambda: len(counted) >= 1, timeout=10_000)  # the run at start
    assert counted[0] == NOW
    window.close()  # as Ctrl+Q does
    assert not window.ticker.running
    assert _scheduler_threads() == []


def test_a_tick_calls_catch_up(qtbot: Any, window: Any, counted: list[Any]) -> None:
    qtbot.waitUntil(lambda: window.ticker.ticks >= 1, timeout=10_000)
    before, ticks = len(counted), window.ticker.ticks
    window.ticker.tick()
    assert len(counted) == before + 1 and window.ticker.ticks == ticks + 1


def test_a_month_end_missed_while_closed_shows_on_the_dashboard(qtbot: Any, db: Any) -> None:
    services.init_company(db, services.ADMINISTRATOR, name="Ancienne", siren="552100554",
                          address="8 quai des Chartrons\n33000 Bordeaux",
                          einvoicing_address="552100554", now=NOW - timedelta(days=75))
    assert services.unread_count(db, services.ADMINISTRATOR) == 0
    window = build_window(db, clock=lambda: NOW)
    qtbot.addWidget(window)
    window.show()
    box = window.dashboard.notifications
    # Created on 6 September: the ends of September and October were missed; both are
    # recorded, the latest is a notification. The window hears of it when the run is over.
    qtbot.waitUntil(lambda: window.last_catch_up is not None, timeout=20_000)
    assert window.last_catch_up.month_ends == ("2026-09", "2026-10")
    qtbot.waitUntil(lambda: [n.data.get("month") for n in box.notes if n.kind == "month_end"]
                    == ["2026-10"] and box.unread_count == len(box.notes), timeout=10_000)
    assert box.unread_count == services.unread_count(db, services.ADMINISTRATOR) >= 1
    assert "Remise à zéro mensuelle" in box.list.itemWidget(box.list.item(0)).text()
    assert "non lue" in box.unread.text()
    assert box.list.count() == len(box.notes) and box.mark_read.isEnabled()
    box.mark_read.click()
    qtbot.waitUntil(lambda: box.unread_count == 0, timeout=10_000)
    assert box.unread.text() == "Aucune notification non lue"
    assert services.unread_count(db, services.ADMINISTRATOR) == 0


def test_catch_up_results_reach_the_window_on_the_gui_thread(
        qtbot: Any, demo_db: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[bool] = []
    real = MainWindow._caught_up

    def caught_up(self: MainWindow, report: Any) -> None:
        threads.append(QThread.currentThread() is QApplication.instance().thread())
        real(self, report)

    monkeypatch.setattr(MainWindow, "_caught_up", caught_up)
    window = build_window(demo_db, clock=lambda: NOW)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(threads), timeout=20_000)  # the run at start, on its thread
    assert window.ticker.ticks == 1
    assert threads == [True]
    window.close()


def test_a_failing_catch_up_is_said_once_on_the_gui_thread(
        qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: window.ticker.ticks >= 1, timeout=10_000)

    def broken(db: Any, actor: Any, now: Any, **kwargs: Any) -> Any:
        raise OSError("disque plein")

    monkeypatch.setattr(services, "catch_up", broken)
    window.ticker.tick()
    qtbot.waitUntil(lambda: "Travaux planifiés" in window.message(),
                    timeout=10_000)
    assert "disque plein" in window.message()
