"""pytest-qt, offscreen, French; the demo built once per session, copied per test, and the
main window over it (its catch-up ticker only for tests marked `ticker`)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from gui_helpers import NOW  # noqa: E402
from PySide6.QtCore import QCoreApplication, QLocale, QSettings  # noqa: E402

from deepetch_desktop import bootstrap, services  # noqa: E402
from deepetch_desktop.store.engine import Database  # noqa: E402
from tests.conftest import copy_sqlite_template, sqlite_template  # noqa: E402


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "ticker: the `window` fixture starts its catch-up ticker (as the app does)")


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["deepetch-desktop-tests"]


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory, qapp: Any) -> Iterator[None]:
    QCoreApplication.setOrganizationName("DeepetchTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path_factory.mktemp("settings")))
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = bootstrap.open_database(f"sqlite:///{tmp_path}/t.db")
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo company at NOW, built once: create_demo is the slowest setup of the suite."""
    return sqlite_template(tmp_path_factory, "demo",
                           lambda database: services.create_demo(database, NOW))


@pytest.fixture
def demo_db(tmp_path: Path, demo_template: Path) -> Iterator[Database]:
    """A private copy of the demo database, at tmp_path/t.db as the tests expect."""
    database = bootstrap.open_database(copy_sqlite_template(demo_template, tmp_path / "t.db"))
    yield database
    database.dispose()


@pytest.fixture
def window(qtbot: Any, demo_db: Database, request: pytest.FixtureRequest) -> Iterator[Any]:
    """The main window over the demo. Its ticker (a catch-up at once, rendering the demo's
    PDFs) runs only for tests marked `ticker`: the others do not wait for it."""
    from deepetch_desktop.gui.app import build_window

    ticker = request.node.get_closest_marker("ticker") is not None
    win = build_window(demo_db, clock=lambda: NOW, schedule=ticker)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitUntil(lambda: win.dashboard.loaded, timeout=10_000)
    yield win
    win.context.runner.wait(10_000)
