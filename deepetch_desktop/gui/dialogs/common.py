"""Shared dialog helpers: in-place field errors and confirmations with buttons named by action."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from deepetch_desktop import services
from deepetch_desktop.domain.errors import BadInput, DeepetchError

from .. import i18n


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


def confirm(
    parent: QWidget | None, title: str, text: str, action: str, *, destructive: bool = True
) -> bool:
    """A confirmation that names its buttons by action; the safe one is the default when
    the action destroys or resets something."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(_t("Annuler"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel if destructive else go)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is go

