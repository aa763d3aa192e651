"""What every page has: a header with its primary action, and helpers to call the services."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from ..changes import Topics
from ..context import AppContext
from ..dialogs.common import Save, SavingDialog
from ..message_bar import ERROR, INFO, MessageBar
from ..widgets import PageHeader

T = TypeVar("T")


class Page(QWidget):
    """A sidebar page. Subclasses fill `self.body` and implement `refresh()`."""

    icon_name = "dashboard"
    shows: Topics = frozenset()  # what the page shows: it reloads when one of them changed

    def __init__(self, context: AppContext, title: str, subtitle: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title = title
        self.dialog: QDialog | None = None  # the dialog open now, for tests and shortcuts
        self.loaded = False
        self._latest: dict[str, int] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(14)
        self.header = PageHeader(title, subtitle, self)
        layout.addWidget(self.header)
        self.message_bar = MessageBar(self)
        layout.addWidget(self.message_bar)
        self.body = QVBoxLayout()
        self.body.setSpacing(12)
        layout.addLayout(self.body, 1)

    # --- hooks the main window calls ------------------------------------------------------

    def refresh(self) -> None:
        """Reload from the services (off the GUI thread)."""

    def new_item(self) -> bool:
        """Ctrl+N: the page's button that makes something new; False when it has none."""
        button = self.header.new_button
        if button is None or not button.isEnabled():
            return False
        button.click()
        return True

    def focus_search(self) -> None:
        """Ctrl+F: the page's search field."""

    def show_part(self, part: object) -> None:
        """Open on one part of the page: what a dashboard card or a first step leads to (a
        filter, a tab, a dialog). Nothing by default."""

    # --- helpers --------------------------------------------------------------------------

    def run(self, fn: Callable[[], T], on_success: Callable[[T], None] | None = None,
            on_failure: Callable[[BaseException], None] | None = None) -> int:
        """`fn` off the GUI thread; the callbacks back on it (dropped if the page is gone)."""
        return self.context.runner.run(fn, on_success, on_failure or self.show_error,
                                       owner=self)

    def run_latest(self, key: str, fn: Callable[[], T], on_success: Callable[[T], None]) -> int:
        """Like `run`, but when loads of `key` overlap only the latest one is shown: an older
        one that happens to end later is dropped instead of overwriting newer data."""
        number = self._latest[key] = self._latest.get(key, 0) + 1

        def done(result: T) -> None:
            if self._latest.get(key) == number:
                on_success(result)

        return self.run(fn, done)

    def show_error(self, error: BaseException) -> None:
        """A background job failed: its sentence in the page's message bar, until dismissed."""
        self.say(self.context.describe(error), ERROR)

    def say(self, text: str, kind: str = INFO, action: str = "",
            callback: Callable[[], None] | None = None) -> None:
        """What an action or a background job did, in the page's message bar until dismissed
        (with a button `action` running `callback`, when given)."""
        self.message_bar.show_message(text, kind, action, callback)

    def hint(self, text: str) -> None:
        """A short hint in the status bar that goes away by itself (« Préparation… »)."""
        self.context.events.hint.emit(text)

    def help_topic(self) -> str:
        """The name of this page's help page in resources/help (F1)."""
        return type(self).__name__.removesuffix("Page").lower()

    def open_dialog(self, dialog: QDialog, on_accepted: Callable[[], None] | None = None) -> None:
        """Window-modal, without blocking: the page carries on when it is accepted."""
        self.dialog = dialog
        if on_accepted is not None:
            dialog.accepted.connect(on_accepted)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def open_saving(self, dialog: SavingDialog, make: Callable[[], Save[T]],
                    describe: Callable[[BaseException], str] | None = None) -> None:
        """Open `dialog`, whose « Enregistrer » runs `make()`'s work off the GUI thread before
        it closes: refused, it stays open with what was typed and the sentence in it."""
        dialog.save_with(self.context.runner, describe or self.context.describe, make)
        self.open_dialog(dialog)

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
