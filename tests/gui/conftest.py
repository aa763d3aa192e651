"""pytest-qt, offscreen, French; a demo database per test and the main window over it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported

from collections.abc import Iterator  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from gui_helpers import NOW  # noqa: E402
from PySide6.QtCore import QCoreApplication, QLocale, QSettings  # noqa: E402

from deepetch_desktop import bootstrap, services  # noqa: E402


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
def db(tmp_path: Any) -> Any:
    return bootstrap.open_database(f"sqlite:///{tmp_path}/t.db")


@pytest.fixture
def demo_db(db: Any) -> Any:
    services.create_demo(db, NOW)
    return db


@pytest.fixture
def window(qtbot: Any, demo_db: Any) -> Iterator[Any]:
    from deepetch_desktop.gui.app import build_window

    win = build_window(demo_db, clock=lambda: NOW)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitUntil(lambda: win.dashboard.loaded, timeout=10_000)
    yield win
    win.context.runner.wait(10_000)


def idle(qtbot: Any, win: Any) -> None:
    """Wait until no background job is running."""
    qtbot.waitUntil(lambda: not win.context.runner.busy, timeout=10_000)
