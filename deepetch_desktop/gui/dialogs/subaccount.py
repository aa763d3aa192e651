"""Add or edit a sub-account: profile and privileges, validated in place."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from deepetch_desktop.domain.errors import BadInput
from deepetch_desktop.domain.text import max_length
from deepetch_desktop.services import profile_problems
from deepetch_desktop.services.results import Privileges, SubAccountView

from .common import error_label, sentence, show_field_error


@dataclass(frozen=True)
class ProfileRequest:
    name: str
    email: str
    department: str
    phone: str
    role: str
    privileges: Privileges


class SubAccountDialog(QDialog):
    """`request()` gives the profile typed; `sub_account` None means a new one."""

    def __init__(self, sub_account: SubAccountView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ajouter un sous-compte") if sub_account is None
                            else self.tr("Profil et privilèges — {name}").format(
                                name=sub_account.name))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.email = QLineEdit()
        self.department = QLineEdit()
        self.phone = QLineEdit()
        self.role = QLineEdit()
        self.fields = {"name": self.name, "email": self.email, "department": self.department,
                       "phone": self.phone, "role": self.role}
        self.errors = {field: error_label() for field in self.fields}
        self.name_error, self.email_error = self.errors["name"], self.errors["email"]
        for field, edit in self.fields.items():
            edit.setMaxLength(max_length(field))  # the one table of limits
        for field, label in (("name", self.tr("&Nom\u00a0:")),
                             ("email", self.tr("&E-mail\u00a0:")),
                             ("department", self.tr("&Service ou centre de coût\u00a0:")),
                             ("phone", self.tr("&Téléphone\u00a0:")),
                             ("role", self.tr("&Fonction\u00a0:"))):
            form.addRow(label, self.fields[field])
            form.addRow("", self.errors[field])
        layout.addLayout(form)
        box = QGroupBox(self.tr("Privilèges"))
        rights = QVBoxLayout(box)
        self.submit_tasks = QCheckBox(self.tr("Envoyer des tâches"))
        self.see_own_usage = QCheckBox(self.tr("Voir sa consommation"))
        self.see_invoices = QCheckBox(self.tr("Voir les factures de l'entreprise"))
        self.buy_credits = QCheckBox(self.tr("Acheter des crédits"))
        self.administer = QCheckBox(self.tr("Administrer les sous-comptes"))
        for check in (self.submit_tasks, self.see_own_usage, self.see_invoices,
                      self.buy_credits, self.administer):
            rights.addWidget(check)
        layout.addWidget(box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Ajouter") if sub_account is None else self.tr("&Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        privileges = sub_account.privileges if sub_account else Privileges()
        if sub_account is not None:
            self.name.setText(sub_account.name)
            self.email.setText(sub_account.email)
            self.department.setText(sub_account.department)
            self.phone.setText(sub_account.phone)
            self.role.setText(sub_account.role)
        self.submit_tasks.setChecked(privileges.submit_tasks)
        self.see_own_usage.setChecked(privileges.see_own_usage)
        self.see_invoices.setChecked(privileges.see_invoices)
        self.buy_credits.setChecked(privileges.buy_credits)
        self.administer.setChecked(privileges.administer)
        self._touched: set[str] = set()
        for field, edit in self.fields.items():
            edit.textEdited.connect(lambda _text, field=field: self._touch(field))
        self.validate()

    def _touch(self, field: str) -> None:
        self._touched.add(field)
        self.validate()

    def _sentence(self, field: str, error: BadInput) -> str:
        if field == "name" and error.problem == "required":
            return self.tr("Indiquez un nom.")
        if field == "email" and not self.email.text().strip():
            return self.tr("Indiquez une adresse e-mail.")
        if field == "email" and error.problem == "invalid_email":
            return self.tr("Cette adresse e-mail n'est pas valide.")
        return sentence(error)

    def validate(self) -> bool:
        """The checks of the service that adds the sub-account, field by field."""
        problems = profile_problems({field: edit.text() for field, edit in self.fields.items()})
        for field, label in self.errors.items():
            error = problems.get(field)
            # A new, untouched form is not shouted at: the OK button is simply disabled.
            show_field_error(self.fields[field], label, self._sentence(field, error)
                             if error is not None and field in self._touched else "")
        valid = not problems
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(valid)
        return valid

    def request(self) -> ProfileRequest:
        return ProfileRequest(
            name=self.name.text().strip(),
            email=self.email.text().strip(),
            department=self.department.text().strip(),
            phone=self.phone.text().strip(),
            role=self.role.text().strip(),
            privileges=Privileges(
                submit_tasks=self.submit_tasks.isChecked(),
                see_own_usage=self.see_own_usage.isChecked(),
                see_invoices=self.see_invoices.isChecked(),
                buy_credits=self.buy_credits.isChecked(),
                administer=self.administer.isChecked(),
            ),
        )

    def accept(self) -> None:
        self._touched.update(self.fields)
        if self.validate():
            super().accept()
