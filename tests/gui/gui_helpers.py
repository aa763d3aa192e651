"""Helpers shared by the GUI tests: the fixed clock, waiting for the runner, clicking."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


def idle(qtbot: Any, win: Any) -> None:
    """Wait until no background job is running."""
    qtbot.waitUntil(lambda: not win.context.runner.busy, timeout=10_000)


def click_sidebar(qtbot: Any, win: Any, number: int) -> None:
    rect = win.sidebar.visualItemRect(win.sidebar.item(number))
    qtbot.mouseClick(win.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def select_row(qtbot: Any, section: Any, match: Any) -> None:
    """Click the first row of a TableSection whose value `match` accepts."""
    view = section.view
    row = section.proxy.find_row(match)
    if row is None:
        raise AssertionError("no such row")
    view.scrollTo(section.proxy.index(row, 0))
    rect = view.visualRect(section.proxy.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
