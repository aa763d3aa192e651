"""The first start: the company's details, or the demo company for a first look."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.text import max_length
from ..widgets import scaled_font
from .common import error_label, show_field_error
from .subaccount import EMAIL


@dataclass(frozen=True)
class CompanyRequest:
    name: str
    siren: str
    vat_number: str | None
    address: str
    email: str


class FirstStartDialog(QDialog):
    """`demo_chosen` True means 'show me the demo company'; else `request()` has the details."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bienvenue dans Deepetch Desktop"))
        self.setMinimumWidth(520)
        self.demo_chosen = False
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Bienvenue"))
        title.setFont(scaled_font(title, 1.6, bold=True))
        layout.addWidget(title)
        intro = QLabel(self.tr(
            "Indiquez l'entreprise titulaire du compte Deepetch. Vous pourrez ensuite acheter des "
            "crédits et créer les sous-comptes de vos collègues."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit()
        self.siren = QLineEdit()
        self.siren.setPlaceholderText("552100554")
        self.siren_error = error_label()
        self.vat = QLineEdit()
        self.vat.setPlaceholderText(self.tr("facultatif, par exemple FR44552100554"))
        self.address = QPlainTextEdit()
        self.address.setFixedHeight(self.fontMetrics().height() * 4)
        self.email = QLineEdit()
        self.email_error = error_label()
        self.name.setMaxLength(max_length("company"))  # the one table of limits
        self.email.setMaxLength(max_length("email"))
        form.addRow(self.tr("&Raison sociale\u00a0:"), self.name)
        form.addRow(self.tr("&SIREN\u00a0:"), self.siren)
        form.addRow("", self.siren_error)
        form.addRow(self.tr("N° de &TVA\u00a0:"), self.vat)
        form.addRow(self.tr("&Adresse\u00a0:"), self.address)
        form.addRow(self.tr("&E-mail de facturation\u00a0:"), self.email)
        form.addRow("", self.email_error)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Créer le compte"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quitter"))
        self.demo_button = QPushButton(self.tr("Essayer avec une entreprise de &démonstration"))
        self.buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.demo_button.clicked.connect(self._demo)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for field in (self.name, self.siren, self.email):
            field.textChanged.connect(self.validate)
        self.validate()

    def _demo(self) -> None:
        self.demo_chosen = True
        super().accept()

    def validate(self) -> bool:
        siren = self.siren.text().replace(" ", "")
        siren_problem = "" if not siren or re.fullmatch(r"\d{9}", siren) else self.tr(
            "Le SIREN compte 9 chiffres.")
        email = self.email.text().strip()
        email_problem = "" if not email or EMAIL.match(email) else self.tr(
            "Cette adresse e-mail n'est pas valide.")
        show_field_error(self.siren, self.siren_error, siren_problem)
        show_field_error(self.email, self.email_error, email_problem)
        valid = bool(self.name.text().strip() and siren and not siren_problem
                     and not email_problem)
        self.ok_button.setEnabled(valid)
        return valid

    def request(self) -> CompanyRequest:
        return CompanyRequest(self.name.text().strip(), self.siren.text().replace(" ", ""),
                              self.vat.text().strip() or None,
                              self.address.toPlainText().strip(), self.email.text().strip())

    def accept(self) -> None:
        if self.validate():
            super().accept()
