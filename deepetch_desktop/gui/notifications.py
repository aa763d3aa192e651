"""The dashboard's notifications: the unread count, the latest ones, « Tout marquer comme lu »."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from deepetch_desktop.services import NotificationView

from . import fmt, labels
from .widgets import named


class NotificationsBox(QGroupBox):
    """Unread ones in bold; each with its date, its title and its sentence."""

    mark_read_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Notifications"), parent)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.unread = named(QLabel(), "unreadCount")
        self.mark_read = QPushButton(self.tr("Tout marquer comme l&u"))
        self.mark_read.clicked.connect(self.mark_read_wanted)
        top.addWidget(self.unread, 1)
        top.addWidget(self.mark_read)
        layout.addLayout(top)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(self.tr("Dernières notifications"))
        self.empty = named(QLabel(self.tr("Aucune notification.")), "emptyState")
        self.empty.setWordWrap(True)
        self._stack = QStackedLayout()
        self._stack.addWidget(self.list)
        self._stack.addWidget(self.empty)
        layout.addLayout(self._stack, 1)
        self.unread_count = 0
        self.notes: list[NotificationView] = []
        self.show_notifications(0, [])

    def show_notifications(self, unread: int, notes: Sequence[NotificationView]) -> None:
        self.unread_count, self.notes = unread, list(notes)
        self.unread.setText(labels.count(
            unread, self.tr("{n} notification non lue"), self.tr("{n} notifications non lues"))
            if unread else self.tr("Aucune notification non lue"))
        bold = QFont(self.unread.font())
        bold.setBold(unread > 0)
        self.unread.setFont(bold)
        self.mark_read.setEnabled(unread > 0)
        self.list.clear()
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        for note in notes:
            title = html.escape(f"{fmt.day(fmt.local_day(note.at))} — {note.title}")
            text = QLabel(f"{'<b>' + title + '</b>' if not note.read else title}<br>"
                          f'<span style="color:{muted}">{html.escape(note.body)}</span>')
            text.setWordWrap(True)
            text.setContentsMargins(6, 4, 6, 4)
            item = QListWidgetItem()
            item.setToolTip(note.body)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{note.title}. {note.body}")
            self.list.addItem(item)
            self.list.setItemWidget(item, text)
        self._fit_items()
        self._stack.setCurrentWidget(self.list if notes else self.empty)

    def _fit_items(self) -> None:
        """Each item as tall as its wrapped text at the list's width."""
        width = self.list.viewport().width()
        for row in range(self.list.count()):
            item = self.list.item(row)
            label = self.list.itemWidget(item)
            if isinstance(label, QLabel):
                item.setSizeHint(QSize(width, label.heightForWidth(width)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_items()
