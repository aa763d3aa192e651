"""The first start: the company's details, or the demo company for a first look."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

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

from deepetch_desktop.domain.errors import BadInput, field_refusals
from deepetch_desktop.domain.identity import check_email, check_name
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
    country: str = "FR"
    einvoicing_address: str = ""


@dataclass(frozen=True)
class AdministratorRequest:
    """The first administrator: they log in with `email` and `password`."""

    name: str
    email: str
    password: str = field(repr=False)


class FirstStartDialog(QDialog):
    """`demo_chosen` True means 'show me the demo company'; else `request()` has the details
    and `administrator()` the first administrator. `check_password` is the services' password
    rule, tried as the password is typed."""

    def __init__(self, parent: QWidget | None = None,
                 check_password: Callable[[str], object] | None = None,
                 administrator_only: bool = False) -> None:
        super().__init__(parent)
        self._check_password = check_password
        # A company made before people logged in: only its first administrator is asked.
        self.administrator_only = administrator_only
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
        if administrator_only:
            intro.setText(self.tr(
                "Désormais, chacun se connecte. Indiquez la personne qui administre le compte "
                "de l'entreprise\u00a0: elle ajoutera ensuite ses collègues."))
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
        self.country = QLineEdit("FR")
        self.country.setMaxLength(max_length("country"))
        self.country.setPlaceholderText(self.tr("code ISO à deux lettres : FR, DE, BE…"))
        self.einvoicing = QLineEdit()
        self.einvoicing.setMaxLength(max_length("einvoicing_address"))
        self.einvoicing.setPlaceholderText(self.tr("dans l'annuaire, par exemple 552100554"))
        self.email = QLineEdit()
        self.name.setMaxLength(max_length("company"))  # the one table of limits
        self.email.setMaxLength(max_length("email"))
        # Named as init_company's checks name them (services.identity_checks).
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {
            "name": self.name, "country": self.country, "siren": self.siren,
            "vat_number": self.vat, "address": self.address,
            "einvoicing_address": self.einvoicing, "email": self.email}
        self.errors = {field: error_label() for field in self.fields}
        self.siren_error, self.email_error = self.errors["siren"], self.errors["email"]
        for key, label in (("name", self.tr("&Raison sociale\u00a0:")),
                           ("country", self.tr("&Pays\u00a0:")),
                           ("siren", self.tr("&SIREN\u00a0:")),
                           ("vat_number", self.tr("N° de &TVA\u00a0:")),
                           ("address", self.tr("&Adresse\u00a0:")),
                           ("einvoicing_address",
                            self.tr("Adresse de facturation é&lectronique\u00a0:")),
                           ("email", self.tr("&E-mail de facturation\u00a0:"))):
            form.addRow(label, self.fields[key])
            form.addRow("", self.errors[key])
            if administrator_only:
                form.setRowVisible(self.fields[key], False)
                form.setRowVisible(self.errors[key], False)
        layout.addLayout(form)
        admin_title = QLabel(self.tr("Premier administrateur"))
        admin_title.setFont(scaled_font(admin_title, 1.15, bold=True))
        admin_title.setContentsMargins(0, 8, 0, 0)
        form.addRow(admin_title)  # one form: the fields of both parts aligned
        admin_intro = QLabel(self.tr(
            "La personne qui administre le compte\u00a0: elle se connecte avec son e-mail et son "
            "mot de passe (au moins 10 caractères), puis ajoute ses collègues."))
        admin_intro.setWordWrap(True)
        form.addRow(admin_intro)
        self.admin_name = QLineEdit()
        self.admin_name.setMaxLength(max_length("name"))
        self.admin_name.setPlaceholderText(self.tr("par exemple Camille Martin"))
        self.admin_email = QLineEdit()
        self.admin_email.setMaxLength(max_length("email"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(1024)
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again.setMaxLength(1024)
        self.admin_fields: dict[str, QLineEdit] = {
            "admin_name": self.admin_name, "admin_email": self.admin_email,
            "password": self.password, "password_again": self.password_again}
        self.admin_errors = {key: error_label() for key in self.admin_fields}
        for key, label in (("admin_name", self.tr("&Nom\u00a0:")),
                           ("admin_email", self.tr("E-mail de conne&xion\u00a0:")),
                           ("password", self.tr("&Mot de passe\u00a0:")),
                           ("password_again", self.tr("C&onfirmation\u00a0:"))):
            form.addRow(label, self.admin_fields[key])
            form.addRow("", self.admin_errors[key])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Créer le compte"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quitter"))
        self.demo_button = QPushButton(self.tr("Essayer avec une entreprise de &démonstration"))
        self.buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.demo_button.clicked.connect(self._demo)
        self.demo_button.setVisible(not administrator_only)
        if administrator_only:
            self.ok_button.setText(self.tr("&Créer l'administrateur"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for edit in (*self.fields.values(), *self.admin_fields.values()):
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
        """The checks of the services that create the company and its first administrator,
        field by field; a field left empty is not shouted at (the button is simply
        disabled)."""
        typed = self.typed()
        problems = {} if self.administrator_only else identity_problems(typed)
        for key, label in self.errors.items():
            error = problems.get(key)
            show_field_error(self.fields[key], label, self._sentence(key, error)
                             if error is not None and typed[key].strip() else "")
        admin = {key: edit.text() for key, edit in self.admin_fields.items()}
        checks: dict[str, Callable[[str], object]] = {
            "admin_name": check_name, "admin_email": check_email}
        if self._check_password is not None:
            checks["password"] = self._check_password
        refused = field_refusals(checks, {key: admin[key] for key in checks})
        said = {key: self._sentence("email", error) if key == "admin_email" else sentence(error)
                for key, error in refused.items()}
        if admin["password_again"] and admin["password_again"] != admin["password"]:
            said["password_again"] = self.tr("Les deux mots de passe ne sont pas identiques.")
        for key, label in self.admin_errors.items():
            show_field_error(self.admin_fields[key], label,
                             said.get(key, "") if admin[key].strip() else "")
        valid = (not problems and not said and all(admin[key].strip() for key in admin)
                 and admin["password"] == admin["password_again"])
        self.ok_button.setEnabled(valid)
        return valid

    def show_refusal(self, field: str, text: str) -> bool:
        """The services refused a field: said under it, the dialog stays (False when the field
        is not one of the dialog's)."""
        key = {"name": "admin_name", "email": "admin_email"}.get(field, field)
        if key in self.admin_fields:
            show_field_error(self.admin_fields[key], self.admin_errors[key], text)
            return True
        return False

    def administrator(self) -> AdministratorRequest:
        return AdministratorRequest(self.admin_name.text().strip(),
                                    self.admin_email.text().strip(), self.password.text())

    def request(self) -> CompanyRequest:
        return CompanyRequest(self.name.text().strip(), self.siren.text().replace(" ", ""),
                              self.vat.text().strip() or None,
                              self.address.toPlainText().strip(), self.email.text().strip(),
                              self.country.text().strip().upper() or "FR",
                              self.einvoicing.text().strip())

    def accept(self) -> None:
        if self.validate():
            super().accept()
