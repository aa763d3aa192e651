"""Unique mnemonics per window (issue 13): Alt+letter reaches one thing. The main window with
each page shown (its menu bar, then what the page shows), each menu, and every dialog of
tests/gui/dialog_factories.py: no `&` letter twice."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest
from dialog_factories import FACTORIES, Scene
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QTabBar,
    QWidget,
)

MNEMONIC = re.compile(r"&(?!&)(.)")


def letter(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def shown_mnemonics(root: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of what `root` shows that an Alt+letter reaches: buttons, labels with a
    buddy, group boxes, tabs."""
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        texts: list[str] = []
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(n) for n in range(widget.count())
                         if widget.isTabVisible(n))
        for text in texts:
            if (key := letter(text)) is not None:
                found.append((key, text))
    return found


def repeated(found: list[tuple[str, str]]) -> dict[str, list[str]]:
    counts = Counter(key for key, _text in found)
    return {key: [text for k, text in found if k == key] for key, n in counts.items() if n > 1}


def test_each_page_with_the_menu_bar_has_unique_mnemonics(qtbot: Any, window: Any) -> None:
    bar = [(key, action.text()) for action in window.menuBar().actions()
           if (key := letter(action.text()))]
    assert len(bar) == 4 and not repeated(bar)
    problems = {}
    for number, page in enumerate(window.pages):
        window.show_page(number)
        qtbot.waitUntil(lambda page=page: page.loaded, timeout=10_000)
        tabs: list[tuple[QTabBar | None, int]] = [(None, 0)] + [
            (tab_bar, n) for tab_bar in page.findChildren(QTabBar) for n in range(tab_bar.count())]
        for tab_bar, n in tabs:
            if tab_bar is not None:
                tab_bar.setCurrentIndex(n)
            if clash := repeated(bar + shown_mnemonics(page)):
                problems[f"{page.title} {tab_bar.tabText(n) if tab_bar else ''}"] = clash
    assert not problems


def test_each_menu_has_unique_mnemonics(window: Any) -> None:
    problems = {}
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        found = [(key, item.text()) for item in menu.actions()
                 if (key := letter(item.text()))]
        if clash := repeated(found):
            problems[action.text()] = clash
    assert not problems


@pytest.mark.parametrize("name", list(FACTORIES))
def test_each_dialog_has_unique_mnemonics(qtbot: Any, window: Any, name: str) -> None:
    dialog = FACTORIES[name](Scene(window))
    qtbot.addWidget(dialog)
    if not dialog.isVisible():
        dialog.show()
    clash = repeated(shown_mnemonics(dialog))
    if isinstance(dialog, QDialog):
        dialog.reject()
    assert not clash, clash
