"""The dashboard's notifications: the unread count, the latest ones, « Tout marquer comme lu »."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
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


class NotificationsBox(QGroupBox):
    """Unread ones in bold; each with its date, its title and its sentence."""

    mark_read_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Notifications"), parent)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.unread = QLabel(objectName="unreadCount")
        self.mark_read = QPushButton(self.tr("Tout marquer comme &lu"))
        self.mark_read.clicked.connect(self.mark_read_wanted)
        top.addWidget(self.unread, 1)
        top.addWidget(self.mark_read)
        layout.addLayout(top)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(self.tr("Dernières notifications"))
        self.empty = QLabel(self.tr("Aucune notification."), objectName="emptyState")
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
        for note in notes:
            item = QListWidgetItem(
                f"{fmt.day(fmt.local_day(note.at))} — {note.title}\n{note.body}")
            item.setToolTip(note.body)
            if not note.read:
                font = QFont(self.list.font())
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
        self._stack.setCurrentWidget(self.list if notes else self.empty)
