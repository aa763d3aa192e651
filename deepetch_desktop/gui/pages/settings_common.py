"""What the tabs of Paramètres share: read-only tables, hints and the lasting result line."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
)


def readonly_table(headers: Sequence[str], stretch: int) -> QTableWidget:
    """Whole rows selected one at a time; columns sized to their contents but `stretch`."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def fill_row(table: QTableWidget, number: int, cells: Sequence[str],
             numbers: Sequence[int] = ()) -> None:
    """Row `number` of `table`; the columns in `numbers` right-aligned."""
    for place, text in enumerate(cells):
        cell = QTableWidgetItem(text)
        cell.setToolTip(text)
        if place in numbers:
            cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(number, place, cell)


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "hint")
    label.setWordWrap(True)
    return label


def result_label() -> QLabel:
    """Where a tab says how its last action went; it stays until the next one."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setVisible(False)
    return label


def show_result(label: QLabel, text: str, *, failed: bool = False) -> None:
    label.setProperty("role", "warning" if failed else "success")
    label.style().unpolish(label)
    label.style().polish(label)
    label.setText(text)
    label.setVisible(bool(text))
