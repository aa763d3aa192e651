"""« Corriger le panier… »: credits added or removed with the reason, a new ledger entry (never
an edit), validated in place by the rules of services/corrections.py."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from deepetch_desktop.domain.errors import BadInput
from deepetch_desktop.domain.text import clean_text, max_length
from deepetch_desktop.services.corrections import MAX_CORRECTION

from .. import fmt, labels
from .common import SavingDialog, error_label, refusal, sentence, show_field_error
from .limits import typed_credits


class CorrectionDialog(SavingDialog):
    """`credits()` is signed: more than 0 adds to the basket, less than 0 takes away."""

    def __init__(self, balance: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.balance = balance
        self.setWindowTitle(self.tr("Corriger le panier"))
        self.setMinimumWidth(500)
        layout = QVBoxLayout(self)
        intro = QLabel(labels.count(balance, self.tr(
            "Le panier contient {n} crédit. La correction s'ajoute au grand livre avec "
            "son motif, à votre nom\u00a0; rien de ce qui y est déjà n'est modifié."), self.tr(
            "Le panier contient {n} crédits. La correction s'ajoute au grand livre avec "
            "son motif, à votre nom\u00a0; rien de ce qui y est déjà n'est modifié.")))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.add = QRadioButton(self.tr("A&jouter des crédits"))
        self.remove = QRadioButton(self.tr("&Retirer des crédits"))
        self.add.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.add)
        group.addButton(self.remove)
        direction = QHBoxLayout()
        direction.addWidget(self.add)
        direction.addWidget(self.remove)
        direction.addStretch(1)
        form.addRow(self.tr("Sens\u00a0:"), direction)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("par exemple 250"))
        self.amount_error = error_label()
        form.addRow(self.tr("&Crédits\u00a0:"), self.amount)
        form.addRow("", self.amount_error)
        self.reason = QLineEdit()
        self.reason.setMaxLength(max_length("reason"))
        self.reason.setPlaceholderText(self.tr("par exemple tâche facturée deux fois"))
        self.reason_error = error_label()
        form.addRow(self.tr("&Motif\u00a0:"), self.reason)
        form.addRow("", self.reason_error)
        self.after = QLabel()
        self.after.setProperty("role", "hint")
        form.addRow(self.tr("Solde après\u00a0:"), self.after)
        self.field_errors.update({"credits": (self.amount, self.amount_error),
                                  "reason": (self.reason, self.reason_error)})
        self.ok_button = self.add_buttons(layout, self.tr("&Enregistrer la correction"))
        self._touched: set[str] = set()
        for name, edit in (("credits", self.amount), ("reason", self.reason)):
            edit.textChanged.connect(self.validate)
            edit.textEdited.connect(lambda _text, name=name: self._touch(name))
        self.remove.toggled.connect(self.validate)
        self.validate()

    def _touch(self, name: str) -> None:
        self._touched.add(name)
        self.validate()

    def credits(self) -> int:
        """The signed correction; BadInput when the amount typed is not one."""
        amount = typed_credits(self.amount.text())
        if amount is None:
            raise BadInput("credits", "required", None)
        if amount <= 0:
            raise BadInput("credits", "must_be_positive", amount)
        if amount > MAX_CORRECTION:
            raise BadInput("credits", "too_large", amount)
        return -amount if self.remove.isChecked() else amount

    def reason_text(self) -> str:
        return clean_text(self.reason.text(), "reason", required=True)

    def _amount_problem(self) -> str:
        error = refusal(self.credits)
        if error is not None:
            return {
                "required": self.tr("Indiquez un nombre de crédits."),
                "not_a_whole_number": self.tr("Indiquez un nombre entier de crédits."),
                "must_be_positive": self.tr("Le nombre de crédits doit être supérieur à 0."),
            }.get(error.problem, sentence(error))
        if self.balance + self.credits() < 0:
            return labels.count(self.balance, self.tr("Le panier ne contient que {n} crédit."),
                                self.tr("Le panier ne contient que {n} crédits."))
        return ""

    def validate(self) -> bool:
        amount = self._amount_problem()
        reason_error = refusal(self.reason_text)
        reason = "" if reason_error is None else (
            self.tr("Indiquez le motif de la correction.") if reason_error.problem == "required"
            else sentence(reason_error))
        show_field_error(self.amount, self.amount_error,
                         amount if "credits" in self._touched else "")
        show_field_error(self.reason, self.reason_error,
                         reason if "reason" in self._touched else "")
        self.after.setText(fmt.credits(self.balance + self.credits()) if not amount else "—")
        valid = not amount and not reason
        self.ok_button.setEnabled(valid)
        return valid

    def accept(self) -> None:
        self._touched.update(("credits", "reason"))
        if self.validate():
            super().accept()
