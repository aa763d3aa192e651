"""Shared dialog helpers: in-place field errors, confirmations with buttons named by action, and
the save that runs before a dialog closes (SavingDialog)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from deepetch_desktop import services
from deepetch_desktop.domain.errors import BadInput, DeepetchError

from .. import i18n
from ..worker import Runner

T = TypeVar("T")


def _t(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


def show_field_error(field: QWidget, label: QLabel, message: str) -> None:
    """Mark `field` and say under it what is wrong; an empty message clears both."""
    invalid = bool(message)
    if field.property("invalid") != invalid:
        field.setProperty("invalid", invalid)
        field.style().unpolish(field)
        field.style().polish(field)
    label.setText(message)
    label.setVisible(invalid)
    field.setAccessibleDescription(message)


def sentence(error: DeepetchError) -> str:
    """The services' own sentence for a refusal, in the interface's language."""
    return services.describe(error, i18n.language())


def refusal(check: Callable[[], object]) -> BadInput | None:
    """What `check` (a rule of the domain or of a service, run on what was typed) refuses;
    None when it accepts."""
    try:
        check()
    except BadInput as error:
        return error
    return None


def error_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def confirmation_box(
    parent: QWidget | None, title: str, text: str, action: str, *, destructive: bool = True,
    safe_default: bool | None = None,
) -> tuple[QMessageBox, QPushButton]:
    """The box `confirm` shows, and its button that says yes."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(_t("Annuler"), QMessageBox.ButtonRole.RejectRole)
    safe = destructive if safe_default is None else safe_default
    box.setDefaultButton(cancel if safe else go)
    box.setEscapeButton(cancel)
    return box, go


def confirm(
    parent: QWidget | None, title: str, text: str, action: str, *, destructive: bool = True,
    safe_default: bool | None = None,
) -> bool:
    """A confirmation that names its buttons by action; the safe one is the default when
    the action destroys or resets something, or costs money (`safe_default`): a second
    Enter never does it."""
    box, go = confirmation_box(parent, title, text, action, destructive=destructive,
                               safe_default=safe_default)
    box.exec()
    return box.clickedButton() is go



@dataclass(frozen=True)
class Save(Generic[T]):
    """What a dialog's « Enregistrer » does: `work` calls the service (on a pool thread, with
    what was typed, read before it starts); `done` runs on the GUI thread once it succeeded,
    after the dialog closed."""

    work: Callable[[], T]
    done: Callable[[T], None]


class SavingDialog(QDialog):
    """The one way a dialog hands its save to a service and closes only once it is saved.

    A subclass checks what was typed in its `accept()` (and asks its confirmations), then calls
    `super().accept()`. Once `save_with()` was given, that starts the save off the GUI thread
    instead of closing: the buttons wait meanwhile; on success the dialog closes and `done` runs;
    on a refusal it stays open with what was typed and shows the sentence under the field the
    refusal names (`field_errors`, by the services' field names), or else in `refusal`, which
    the subclass places above its buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.refusal = error_label()
        self.field_errors: dict[str, tuple[QWidget, QLabel]] = {}
        self.saving = False
        self._save: tuple[Runner, Callable[[BaseException], str], Callable[[], Save[Any]]] | None \
            = None

    def add_buttons(self, layout: QBoxLayout, ok_text: str) -> QPushButton:
        """The refusal line, then the buttons « ok_text » and « Annuler » at the foot of
        `layout`; returns the OK button."""
        layout.addWidget(self.refusal)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok_button.setText(ok_text)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_t("Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        return ok_button

    def save_with(self, runner: Runner, describe: Callable[[BaseException], str],
                  make: Callable[[], Save[T]]) -> None:
        """`make()` is called when the save is asked for, with the checks passed."""
        self._save = (runner, describe, make)

    def accept(self) -> None:
        if self._save is None:
            super().accept()
            return
        if self.saving:
            return
        runner, describe, make = self._save
        save = make()
        self._set_saving(True)

        def saved(result: object) -> None:
            self._set_saving(False)
            QDialog.accept(self)
            save.done(result)

        def refused(error: BaseException) -> None:
            self._set_saving(False)
            self.show_refusal(describe(error), getattr(error, "field", None))

        runner.run(save.work, saved, refused, owner=self)

    def reject(self) -> None:
        if not self.saving:  # the service answers first: what it did is then said
            super().reject()

    def show_refusal(self, text: str, field: str | None = None) -> None:
        """The service's sentence in the dialog: under the field it names when there is one."""
        place = self.field_errors.get(field or "")
        self.refusal.setText(text)
        self.refusal.setVisible(place is None)
        if place is not None:
            show_field_error(place[0], place[1], text)
            place[0].setFocus()

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        for box in self.findChildren(QDialogButtonBox):
            box.setEnabled(not saving)
        if saving:
            self.refusal.setVisible(False)
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
