"""Opening Paramètres on every sub-account, against the same 200-row page in a bare Qt view.

Ours: a main window built by the app (`build_window`, its ticker off so that no catch-up runs
meanwhile), shown, its dashboard loaded; then the clock starts, the window switches to
Paramètres, and stops at the first paint of its list showing real rows. Floor: a bare
QTableView already shown; the clock starts, the floor runs the same three statements on an open
sqlite3 connection (as the app's pool has its connection open), sets a plain model, and stops
at the first paint showing those rows. The same window size for both.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMainWindow, QTableView, QWidget

from deepetch_desktop import bootstrap

from .floors import subaccounts_page as floor_page
from .harness import Figure, alternate, measured

SETTINGS_PAGE = 5
SIZE = (1280, 800)


class RowsPainted(QObject):
    """Notes the first paint, inside `window`, of a visible list of at least `at_least` rows
    (the sub-account list, not the sidebar) whose first cell is real (fetched)."""

    def __init__(self, window: QWidget, at_least: int) -> None:
        super().__init__()
        self.window, self.at_least, self.rows = window, at_least, 0
        self.at: float | None = None
        self.armed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (self.armed and self.at is None and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget) and watched.window() is self.window):
            view = watched.parent()
            if isinstance(view, QAbstractItemView) and view.isVisible() and view.model():
                model = view.model()
                if model.rowCount() >= self.at_least and model.index(0, 0).data() not in (None, ""):
                    self.at, self.rows = time.perf_counter(), model.rowCount()
        return False


def _spin(app: QApplication, until: Callable[[], bool], limit_s: float = 120) -> None:
    end = time.perf_counter() + limit_s
    while not until():
        if time.perf_counter() > end:
            raise RuntimeError("gave up waiting for the window")
        app.processEvents()
        time.sleep(0.0005)


def _idle(window: Any) -> bool:
    return not window.context.runner.busy


def parametres(path: Path, runs: int, at_least: int) -> Figure:
    from deepetch_desktop.gui.app import build_window, make_application

    app = make_application(["deepetch-desktop"])
    db = bootstrap.open_database(f"sqlite:///{path}")
    con = floor_page.connect(str(path))
    shown: dict[str, int] = {}

    def ours() -> float:
        window = build_window(db, schedule=False)
        window.resize(*SIZE)
        window.show()
        _spin(app, lambda: _idle(window))
        watch = RowsPainted(window, at_least)
        app.installEventFilter(watch)
        try:
            watch.armed = True
            start = time.perf_counter()
            window.show_page(SETTINGS_PAGE)
            _spin(app, lambda: watch.at is not None)
            _spin(app, lambda: _idle(window))
        finally:
            app.removeEventFilter(watch)
            shown["ours_rows"] = watch.rows
            window.close()
            window.deleteLater()
            app.processEvents()
        return watch.at - start  # type: ignore[operator]

    def floor() -> float:
        window = QMainWindow()
        view = QTableView()
        window.setCentralWidget(view)
        window.resize(*SIZE)
        window.show()
        _spin(app, lambda: view.viewport().isVisible())
        app.processEvents()
        watch = RowsPainted(window, at_least)
        app.installEventFilter(watch)
        try:
            watch.armed = True
            start = time.perf_counter()
            view.setModel(floor_page.PageModel(*floor_page.first_page(con, datetime.now(UTC))))
            _spin(app, lambda: watch.at is not None)
        finally:
            app.removeEventFilter(watch)
            shown["floor_rows"] = watch.rows
            window.close()
            window.deleteLater()
            app.processEvents()
        return watch.at - start  # type: ignore[operator]

    try:
        mine, base = alternate(ours, floor, runs)
    finally:
        con.close()
        db.dispose()
    return measured("open_parametres", mine, base, **shown)
