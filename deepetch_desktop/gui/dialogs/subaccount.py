"""Add or edit a sub-account: profile, privileges explained, and a new one's limit; validated in
place, saved before the dialog closes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from deepetch_desktop.domain.errors import BadInput
from deepetch_desktop.domain.limits import validate_limit
from deepetch_desktop.domain.text import max_length
from deepetch_desktop.domain.vocabulary import LimitKind
from deepetch_desktop.services import profile_problems
from deepetch_desktop.services.results import Privileges, SubAccountView

from .. import labels
from .common import SavingDialog, error_label, refusal, sentence, show_field_error
from .limits import LimitRequest, amount_sentence, typed_credits


@dataclass(frozen=True)
class ProfileRequest:
    name: str
    email: str
    department: str
    phone: str
    role: str
    privileges: Privileges


class SubAccountDialog(SavingDialog):
    """`request()` gives the profile typed; `sub_account` None means a new one, created with
    its limit (`limit_request()`) in the same save."""

    def __init__(self, sub_account: SubAccountView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ajouter un sous-compte") if sub_account is None
                            else self.tr("Profil et privilèges — {name}").format(
                                name=sub_account.name))
        self.setMinimumWidth(700)
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        layout.addLayout(columns)
        left = QVBoxLayout()
        columns.addLayout(left, 5)
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
                             ("department", self.tr("&Département / centre de coût\u00a0:")),
                             ("phone", self.tr("&Téléphone\u00a0:")),
                             ("role", self.tr("&Fonction\u00a0:"))):
            form.addRow(label, self.fields[field])
            form.addRow("", self.errors[field])
            self.field_errors[field] = (self.fields[field], self.errors[field])
        profile = QGroupBox(self.tr("Profil"))
        profile.setLayout(form)
        left.addWidget(profile)
        self.limit: LimitChoice | None = None
        if sub_account is None:
            self.limit = LimitChoice(self)
            left.addWidget(self.limit)
            self.field_errors["amount"] = (self.limit.amount, self.limit.error)
        left.addStretch(1)
        box = QGroupBox(self.tr("Privilèges"))
        rights = QVBoxLayout(box)
        self.submit_tasks = QCheckBox(self.tr("Envoyer des tâches"))
        self.see_own_usage = QCheckBox(self.tr("Voir sa consommation"))
        self.see_invoices = QCheckBox(self.tr("Voir les factures de l'entreprise"))
        self.buy_credits = QCheckBox(self.tr("Acheter des crédits"))
        self.administer = QCheckBox(self.tr("Administrer les sous-comptes"))
        for check, explanation in (
            (self.submit_tasks, self.tr(
                "Ses tâches sont payées par le panier, dans la limite de ce sous-compte.")),
            (self.see_own_usage, self.tr("Ses tâches, ce qu'elles ont coûté et ce qui lui "
                                         "reste.")),
            (self.see_invoices, self.tr("Les factures et les avoirs de l'entreprise, sans "
                                        "pouvoir les modifier.")),
            (self.buy_credits, self.tr("Acheter des crédits sur facture, au nom de "
                                       "l'entreprise.")),
            (self.administer, self.tr("Tout ce qu'un administrateur fait\u00a0: sous-comptes, "
                                      "limites, catalogue, paramètres.")),
        ):
            rights.addWidget(check)
            rights.addWidget(_hint(explanation, indent=self.style().pixelMetric(
                QStyle.PixelMetric.PM_IndicatorWidth) + 6))
        rights.addStretch(1)
        columns.addWidget(box, 4)
        layout.addWidget(self.refusal)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Ajouter") if sub_account is None else self.tr("Enre&gistrer"))
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
        if self.limit is not None:
            valid = self.limit.validate() and valid
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

    def limit_request(self) -> LimitRequest:
        """The limit chosen for a new sub-account (no limit when editing one)."""
        if self.limit is None:
            return LimitRequest(LimitKind.NONE, None, None, None)
        return self.limit.request()

    def accept(self) -> None:
        self._touched.update(self.fields)
        if self.limit is not None:
            self.limit.touched = True
        if self.validate():
            super().accept()


def _hint(text: str, indent: int = 0) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "hint")
    label.setWordWrap(True)
    label.setContentsMargins(indent, 0, 0, 4)
    return label


class LimitChoice(QGroupBox):
    """The limit a new sub-account starts with: monthly by default, its amount asked."""

    def __init__(self, dialog: SubAccountDialog) -> None:
        super().__init__()
        self.setTitle(self.tr("Limite"))
        self.dialog = dialog
        self.touched = False
        form = QFormLayout(self)
        self.kind = QComboBox()
        for kind in (LimitKind.MONTHLY, LimitKind.FIXED, LimitKind.NONE):
            self.kind.addItem(labels.word(kind), kind.value)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("par exemple 2\u202f000"))
        self.error = error_label()
        self.explanation = _hint("")
        form.addRow(self.tr("T&ype de limite\u00a0:"), self.kind)
        form.addRow(self.tr("&Montant (crédits)\u00a0:"), self.amount)
        form.addRow("", self.error)
        form.addRow(self.explanation)
        self.kind.currentIndexChanged.connect(dialog.validate)
        self.amount.textChanged.connect(dialog.validate)
        self.amount.textEdited.connect(self._touch)

    def _touch(self) -> None:
        self.touched = True
        self.dialog.validate()

    def chosen(self) -> LimitKind:
        return LimitKind(self.kind.currentData())

    def request(self) -> LimitRequest:
        kind = self.chosen()
        return LimitRequest(kind, None if kind is LimitKind.NONE
                            else typed_credits(self.amount.text()), None, None)

    def validate(self) -> bool:
        kind = self.chosen()
        self.amount.setEnabled(kind is not LimitKind.NONE)
        self.explanation.setText({
            LimitKind.MONTHLY: self.tr(
                "Au plus ce nombre de crédits chaque mois civil\u00a0; le compteur revient à 0 "
                "à la fin du mois."),
            LimitKind.FIXED: self.tr(
                "Au plus ce nombre de crédits en tout, sans remise à zéro\u00a0; une période "
                "se règle ensuite avec «\u00a0Modifier les limites\u00a0»."),
            LimitKind.NONE: self.tr(
                "Ce sous-compte pourra puiser dans le panier sans plafond."),
        }[kind])
        problem = refusal(lambda: validate_limit(self.request().kind, self.request().amount,
                                                  None, None))
        show_field_error(self.amount, self.error, amount_sentence(problem)
                         if problem is not None and self.touched else "")
        return problem is None
