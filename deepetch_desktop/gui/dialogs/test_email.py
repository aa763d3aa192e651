"""« Envoyer un e-mail d'essai… »: an address typed, the test e-mail sent before the dialog
closes; a refused address or a server that fails is said in the dialog."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from deepetch_desktop.domain.identity import check_email
from deepetch_desktop.domain.text import max_length

from .common import SavingDialog, error_label, refusal, sentence, show_field_error


class TestEmailDialog(SavingDialog):
    """`address()` is the address typed, once it is one."""

    __test__ = False  # not a pytest class, whatever its name

    def __init__(self, address: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("E-mail d'essai"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Un court e-mail part par le serveur SMTP configuré, comme les "
                               "factures\u00a0: s'il arrive, les réglages sont bons."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.recipient = QLineEdit(address)
        self.recipient.setMaxLength(max_length("email"))
        self.error = error_label()
        form.addRow(self.tr("&Adresse\u00a0:"), self.recipient)
        form.addRow("", self.error)
        self.field_errors["email"] = (self.recipient, self.error)
        self.ok_button = self.add_buttons(layout, self.tr("&Envoyer"))
        self.recipient.textChanged.connect(self.validate)
        self.validate()

    def address(self) -> str:
        return self.recipient.text().strip()

    def validate(self) -> bool:
        error = refusal(lambda: check_email(self.address()))
        typed = bool(self.address())
        show_field_error(self.recipient, self.error,
                         sentence(error) if error is not None and typed else "")
        valid = error is None and typed
        self.ok_button.setEnabled(valid)
        return valid

    def accept(self) -> None:
        if self.validate():
            super().accept()
