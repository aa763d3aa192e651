"""The company's details, corrected at any time: validated in place by the creation checks."""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import available_timezones

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from deepetch_desktop.domain.text import max_length
from deepetch_desktop.services import company_problems
from deepetch_desktop.services.results import CompanyView

from .common import SavingDialog, error_label, show_field_error


def time_zones() -> list[str]:
    """The places a company may be (Europe/Paris...), not the aliases (Etc/GMT+3, CET...)."""
    return sorted(z for z in available_timezones()
                  if "/" in z and not z.startswith(("Etc/", "SystemV/", "posix/", "right/")))


class CompanyDialog(SavingDialog):
    """`request()` gives the fields changed; the page saves them with `save_with()`: the
    dialog stays open, with what was typed, when the service refuses (see SavingDialog).
    A helper adding fields puts them in `fields`, `errors` and `typed()`."""

    def __init__(self, company: CompanyView, describe: Callable[[BaseException], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.company, self.describe = company, describe
        self.setWindowTitle(self.tr("Coordonnées de l'entreprise"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Elles figurent sur les prochaines factures et leurs e-mails\u202f; "
                               "les factures déjà émises gardent celles de leur émission."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.name = QLineEdit(company.name)
        self.legal_form = QLineEdit(company.legal_form, placeholderText=self.tr("SAS, SARL…"))
        self.siren = QLineEdit(company.siren)
        self.vat_number = QLineEdit(company.vat_number, placeholderText=self.tr(
            "vide\u00a0: l'entreprise n'en a pas"))
        self.address = QPlainTextEdit(company.address)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().height() * 5)
        self.country = QLineEdit(company.country, placeholderText=self.tr(
            "code ISO à deux lettres\u00a0: FR, DE, BE…"))
        self.einvoicing_address = QLineEdit(company.einvoicing_address, placeholderText=self.tr(
            "dans l'annuaire, par exemple 552100554"))
        self.billing_email = QLineEdit(company.billing_email)
        for edit, field in ((self.name, "company"), (self.legal_form, "legal_form"),
                            (self.country, "country"),
                            (self.einvoicing_address, "einvoicing_address"),
                            (self.billing_email, "email")):  # the one table of limits
            edit.setMaxLength(max_length(field))
        self.timezone = QComboBox(editable=True)
        self.timezone.addItems(time_zones())
        self.timezone.setCurrentText(company.timezone)
        self.fields: dict[str, QWidget] = {
            "name": self.name, "legal_form": self.legal_form, "siren": self.siren,
            "vat_number": self.vat_number, "address": self.address, "country": self.country,
            "einvoicing_address": self.einvoicing_address,
            "billing_email": self.billing_email, "timezone": self.timezone}
        self.errors = {name: error_label() for name in self.fields}
        for name, label in (
            ("name", self.tr("&Raison sociale\u00a0:")),
            ("legal_form", self.tr("&Forme juridique\u00a0:")),
            ("siren", self.tr("&SIREN\u00a0:")),
            ("vat_number", self.tr("N° de &TVA\u00a0:")),
            ("address", self.tr("&Adresse\u00a0:")),
            ("country", self.tr("&Pays\u00a0:")),
            ("einvoicing_address", self.tr("Adresse de facturation é&lectronique\u00a0:")),
            ("billing_email", self.tr("E-&mail de facturation\u00a0:")),
            ("timezone", self.tr("F&useau horaire\u00a0:")),
        ):
            form.addRow(label, self.fields[name])
            form.addRow("", self.errors[name])
        self.message = self.refusal
        layout.addWidget(self.message)
        for field, named in (("name", "company"), ("legal_form", "legal_form"),
                             ("siren", "siren"), ("vat_number", "vat_number"),
                             ("address", "address"), ("billing_email", "email"),
                             ("timezone", "timezone")):  # the services' names of the fields
            self.field_errors[named] = (self.fields[field], self.errors[field])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.ok_button.setText(self.tr("&Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for line in (self.name, self.legal_form, self.siren, self.vat_number, self.country,
                     self.einvoicing_address, self.billing_email):
            line.textChanged.connect(self.validate)
        self.address.textChanged.connect(self.validate)
        self.timezone.currentTextChanged.connect(self.validate)
        self.validate()

    def typed(self) -> dict[str, str]:
        return {"name": self.name.text(), "legal_form": self.legal_form.text(),
                "siren": self.siren.text(), "vat_number": self.vat_number.text(),
                "address": self.address.toPlainText(),
                "country": self.country.text().strip().upper(),
                "einvoicing_address": self.einvoicing_address.text(),
                "billing_email": self.billing_email.text(),
                "timezone": self.timezone.currentText()}

    def request(self) -> dict[str, str]:
        """The fields changed: only those are sent, so a correction made meanwhile on another
        workstation to another field is kept."""
        return {field: value for field, value in self.typed().items()
                if value != getattr(self.company, field)}

    def validate(self) -> bool:
        problems = company_problems(self.typed(), self.company)
        for name, label in self.errors.items():
            error = problems.get(name)
            show_field_error(self.fields[name], label, self.describe(error) if error else "")
        self.message.setVisible(False)
        valid = not problems
        self.ok_button.setEnabled(valid and bool(self.request()))
        return valid

    def accept(self) -> None:
        if self.validate() and self.request():
            super().accept()
