"""The message bar at the top of a page: what background work did or why it failed, until the
person dismisses it (the status bar only keeps short hints that go away by themselves)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from .widgets import named

INFO, SUCCESS, ERROR = "info", "success", "error"


class MessageBar(QFrame):
    """One message at a time (a newer one replaces it), its text selectable, with an optional
    action button (« Ouvrir la facture ») and a close button; hidden when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setProperty("kind", INFO)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.setSpacing(8)
        self.text = named(QLabel(), "messageText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.action = QPushButton()
        self.action.setVisible(False)
        self.action.clicked.connect(self._act)
        self.close_button = named(QPushButton("✕"), "messageClose")
        self.close_button.setFlat(True)
        self.close_button.setAccessibleName(self.tr("Fermer le message"))
        self.close_button.setToolTip(self.tr("Fermer le message"))
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.action, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._callback: Callable[[], None] | None = None
        self.setVisible(False)

    def show_message(self, text: str, kind: str = INFO, action: str = "",
                     callback: Callable[[], None] | None = None) -> None:
        """Show `text` (replacing the message shown); `action` names a button that runs
        `callback` and dismisses the message."""
        if self.property("kind") != kind:
            self.setProperty("kind", kind)
            self.style().unpolish(self)
            self.style().polish(self)
        self.text.setText(text)
        self.setAccessibleDescription(text)
        self._callback = callback if action else None
        self.action.setText(action)
        self.action.setVisible(bool(action and callback))
        self.setVisible(True)

    def kind(self) -> str:
        return str(self.property("kind"))

    def message(self) -> str:
        """The message shown; '' once dismissed."""
        return "" if self.isHidden() else self.text.text()

    def dismiss(self) -> None:
        self.setVisible(False)
        self.text.clear()
        self._callback = None

    def _act(self) -> None:
        callback = self._callback
        self.dismiss()
        if callback is not None:
            callback()
