"""The first start: the company's details, or the demo company for a first look."""

from __future__ import annotations

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

from deepetch_desktop.domain.errors import BadInput
from deepetch_desktop.domain.text import max_length
from deepetch_desktop.services import identity_problems

from ..widgets import scaled_font
from .common import error_label, sentence, show_field_error


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
        self.vat = QLineEdit()
        # The example is the VAT number of the SIREN's example: its key is right.
        self.vat.setPlaceholderText(self.tr("facultatif, par exemple FR96552100554"))
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().height() * 4)
        self.email = QLineEdit()
        self.name.setMaxLength(max_length("company"))  # the one table of limits
        self.email.setMaxLength(max_length("email"))
        # Named as init_company's checks name them (services.IDENTITY_CHECKS).
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {
            "name": self.name, "siren": self.siren, "vat_number": self.vat,
            "address": self.address, "email": self.email}
        self.errors = {field: error_label() for field in self.fields}
        self.siren_error, self.email_error = self.errors["siren"], self.errors["email"]
        for field, label in (("name", self.tr("&Raison sociale\u00a0:")),
                             ("siren", self.tr("&SIREN\u00a0:")),
                             ("vat_number", self.tr("N° de &TVA\u00a0:")),
                             ("address", self.tr("&Adresse\u00a0:")),
                             ("email", self.tr("&E-mail de facturation\u00a0:"))):
            form.addRow(label, self.fields[field])
            form.addRow("", self.errors[field])
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
        for edit in self.fields.values():
            edit.textChanged.connect(self.validate)
        self.validate()

    def _demo(self) -> None:
        self.demo_chosen = True
        super().accept()

    def typed(self) -> dict[str, str]:
        return {field: edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
                for field, edit in self.fields.items()}

    def _sentence(self, field: str, error: BadInput) -> str:
        if field == "siren":
            return self.tr("Le SIREN compte 9 chiffres, le dernier étant sa clé de contrôle.")
        if field == "email":
            return self.tr("Cette adresse e-mail n'est pas valide.")
        return sentence(error)

    def validate(self) -> bool:
        """The checks of the service that creates the company, field by field; a field left
        empty is not shouted at (the button is simply disabled)."""
        typed = self.typed()
        problems = identity_problems(typed)
        for field, label in self.errors.items():
            error = problems.get(field)
            show_field_error(self.fields[field], label, self._sentence(field, error)
                             if error is not None and typed[field].strip() else "")
        self.ok_button.setEnabled(not problems)
        return not problems

    def request(self) -> CompanyRequest:
        return CompanyRequest(self.name.text().strip(), self.siren.text().replace(" ", ""),
                              self.vat.text().strip() or None,
                              self.address.toPlainText().strip(), self.email.text().strip())

    def accept(self) -> None:
        if self.validate():
            super().accept()
