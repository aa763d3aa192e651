"""Add or edit a sub-account: profile and privileges, validated in place."""

from __future__ import annotations

import re
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

from deepetch_desktop.domain.text import max_length
from deepetch_desktop.services.results import Privileges, SubAccountView

from .common import error_label, show_field_error

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


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
        self.name_error = error_label()
        self.email = QLineEdit()
        self.email_error = error_label()
        self.department = QLineEdit()
        self.phone = QLineEdit()
        self.role = QLineEdit()
        for edit, field in ((self.name, "name"), (self.email, "email"),  # the one table
                            (self.department, "department"), (self.phone, "phone"),
                            (self.role, "role")):
            edit.setMaxLength(max_length(field))
        form.addRow(self.tr("&Nom\u00a0:"), self.name)
        form.addRow("", self.name_error)
        form.addRow(self.tr("&E-mail\u00a0:"), self.email)
        form.addRow("", self.email_error)
        form.addRow(self.tr("&Service ou centre de coût\u00a0:"), self.department)
        form.addRow(self.tr("&Téléphone\u00a0:"), self.phone)
        form.addRow(self.tr("&Fonction\u00a0:"), self.role)
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
        self.name.textEdited.connect(lambda: self._touch("name"))
        self.email.textEdited.connect(lambda: self._touch("email"))
        self.validate()

    def _touch(self, field: str) -> None:
        self._touched.add(field)
        self.validate()

    def validate(self) -> bool:
        name_problem = "" if self.name.text().strip() else self.tr("Indiquez un nom.")
        email = self.email.text().strip()
        email_problem = ""
        if not email:
            email_problem = self.tr("Indiquez une adresse e-mail.")
        elif not EMAIL.match(email):
            email_problem = self.tr("Cette adresse e-mail n'est pas valide.")
        # A new, untouched form is not shouted at: the OK button is simply disabled.
        show_field_error(self.name, self.name_error,
                         name_problem if "name" in self._touched else "")
        show_field_error(self.email, self.email_error,
                         email_problem if "email" in self._touched else "")
        valid = not name_problem and not email_problem
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
        self._touched.update({"name", "email"})
        if self.validate():
            super().accept()
