"""Record a payment, issue a credit note, mark a refund made: amounts in euros validated in
place."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from deepetch_desktop.domain.errors import BadInput
from deepetch_desktop.domain.money import parse_euros
from deepetch_desktop.domain.text import clean_text, max_length
from deepetch_desktop.services.results import InvoiceView

from .. import fmt
from .common import SavingDialog, confirm, error_label, refusal, sentence, show_field_error


def _t(text: str) -> str:
    """For class methods: `parent.tr()` would look the text up in the parent's class."""
    return QCoreApplication.translate("CreditNoteDialog", text)


def parse_cents(text: str) -> int | None:
    """'1 234,56' or '1234.56' -> 123456 by the domain's rule for amounts (parse_euros);
    None when it is not an amount."""
    try:
        return parse_euros(text)
    except BadInput:
        return None


@dataclass(frozen=True)
class PaymentRequest:
    amount_cents: int
    paid_on: date
    reference: str


@dataclass(frozen=True)
class CreditNoteRequest:
    amount_cents: int | None  # None: everything left
    reason: str


@dataclass(frozen=True)
class RefundRequest:
    amount_cents: int
    refunded_on: date
    reference: str


class _AmountDialog(SavingDialog):
    def __init__(self, invoice: InvoiceView, title: str, parent: QWidget | None,
                 summary_text: str | None = None) -> None:
        super().__init__(parent)
        self.invoice = invoice
        # What the amount may not exceed: what is left to pay (a payment), what is not yet
        # credited (a credit note, also on a paid invoice), the refund owed (a refund).
        self.limit_cents = invoice.left_cents
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.layout_ = QVBoxLayout(self)
        summary = QLabel(summary_text or self.tr(
            "Facture {number}\u00a0: {gross} TTC, reste à payer {left}.").format(
            number=invoice.number, gross=fmt.money(invoice.gross_cents),
            left=fmt.money(invoice.left_cents)))
        summary.setWordWrap(True)
        self.layout_.addWidget(summary)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.amount = QLineEdit()
        self.amount_error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _amount_problem(self, optional: bool) -> str:
        text = self.amount.text().strip()
        if not text:
            return "" if optional else self.tr("Indiquez un montant.")
        error = refusal(lambda: parse_euros(text))
        if error is not None and error.problem in ("not_a_number", "too_many_decimals"):
            return self.tr("Le montant doit être un nombre avec au plus deux décimales.")
        if error is not None and error.problem != "negative":
            return sentence(error)
        cents = parse_cents(text)
        # The services' rules: more than 0, and no more than what is left to pay.
        if cents is None or cents <= 0:
            return self.tr("Le montant doit être supérieur à 0.")
        if cents > self.limit_cents:
            return self.over_limit().format(left=fmt.money(self.limit_cents))
        return ""

    def over_limit(self) -> str:
        return self.tr("Le montant dépasse le reste à payer ({left}).")


class _MoneyMovedDialog(_AmountDialog):
    """Money that moved on a day, with a reference: a payment received, a refund made."""

    def __init__(self, invoice: InvoiceView, today: date, parent: QWidget | None, *,
                 title: str, summary: str | None, labels: tuple[str, str, str, str],
                 example: str) -> None:
        super().__init__(invoice, title, parent, summary)
        amount_label, day_label, reference_label, ok_label = labels
        self.day = QDateEdit(fmt.to_qdate(today))
        self.day.setMaximumDate(fmt.to_qdate(today))  # the services refuse a later day
        self.day.setCalendarPopup(True)
        self.reference = QLineEdit()
        self.reference.setMaxLength(max_length("reference"))
        self.reference.setPlaceholderText(example)
        self.reference_error = error_label()
        self.form.addRow(amount_label, self.amount)
        self.form.addRow("", self.amount_error)
        self.form.addRow(day_label, self.day)
        self.form.addRow(reference_label, self.reference)
        self.form.addRow("", self.reference_error)
        self.ok_button.setText(ok_label)
        self.field_errors.update({"amount": (self.amount, self.amount_error),
                                  "reference": (self.reference, self.reference_error)})
        self.layout_.addWidget(self.refusal)
        self.layout_.addWidget(self.buttons)
        self.amount.textChanged.connect(self.validate)
        self.reference.textChanged.connect(self.validate)

    def validate(self) -> bool:
        problem = self._amount_problem(optional=False)
        show_field_error(self.amount, self.amount_error, problem)
        reference = refusal(lambda: clean_text(self.reference.text(), "reference"))
        show_field_error(self.reference, self.reference_error,
                         sentence(reference) if reference is not None else "")
        valid = not problem and reference is None
        self.ok_button.setEnabled(valid)
        return valid

    def accept(self) -> None:
        if self.validate():
            super().accept()


class PaymentDialog(_MoneyMovedDialog):
    """Returns a `PaymentRequest`."""

    def __init__(self, invoice: InvoiceView, today: date, parent: QWidget | None = None) -> None:
        super().__init__(invoice, today, parent, title=self.tr("Enregistrer un paiement"),
                         summary=None, labels=(
                             self.tr("&Montant reçu (€)\u00a0:"),
                             self.tr("&Date du paiement\u00a0:"), self.tr("&Référence\u00a0:"),
                             self.tr("&Enregistrer le paiement")),
                         example=self.tr("par exemple VIR-2026-118"))
        self.paid_on = self.day
        self.amount.setText(fmt.euros_plain(invoice.left_cents))
        self.validate()

    def request(self) -> PaymentRequest:
        return PaymentRequest(parse_cents(self.amount.text()) or 0,
                              fmt.from_qdate(self.day.date()), self.reference.text().strip())


class CreditNoteDialog(_AmountDialog):
    """Returns a `CreditNoteRequest`, after a confirmation (an avoir cannot be undone)."""

    def __init__(self, invoice: InvoiceView, parent: QWidget | None = None) -> None:
        super().__init__(invoice, self.tr("Émettre un avoir"), parent)
        # A paid invoice can be credited too: the refund owed is then shown on it.
        self.limit_cents = invoice.gross_cents - invoice.credited_cents
        self.amount.setPlaceholderText(self.tr("vide\u00a0: tout ce qui n'est pas encore annulé"))
        self.reason = QLineEdit()
        self.reason.setMaxLength(max_length("reason"))
        self.reason_error = error_label()
        self.form.addRow(self.tr("&Montant TTC de l'avoir (€)\u00a0:"), self.amount)
        self.form.addRow("", self.amount_error)
        self.form.addRow(self.tr("Mo&tif\u00a0:"), self.reason)
        self.form.addRow("", self.reason_error)
        self.ok_button.setText(self.tr("Émettre l'a&voir"))
        self.field_errors.update({"amount": (self.amount, self.amount_error),
                                  "reason": (self.reason, self.reason_error)})
        self.layout_.addWidget(self.refusal)
        self.layout_.addWidget(self.buttons)
        self.amount.textChanged.connect(self.validate)
        self.reason.textChanged.connect(self.validate)
        self._reason_touched = False
        self.reason.textEdited.connect(self._reason_edited)
        self.validate()

    def validate(self) -> bool:
        problem = self._amount_problem(optional=True)
        show_field_error(self.amount, self.amount_error, problem)
        reason_problem = self._reason_problem()
        show_field_error(self.reason, self.reason_error,
                         reason_problem if self._reason_touched else "")
        valid = not problem and not reason_problem
        self.ok_button.setEnabled(valid)
        return valid

    def over_limit(self) -> str:
        return self.tr("Le montant dépasse ce qui reste de la facture ({left}).")

    def _reason_edited(self) -> None:
        # textEdited comes after textChanged: validate again, now that the reason is touched.
        self._reason_touched = True
        self.validate()

    def _reason_problem(self) -> str:
        """The reason by issue_credit_note's own rule (required, clean, bounded)."""
        error = refusal(lambda: clean_text(self.reason.text(), "reason", required=True))
        if error is None:
            return ""
        return self.tr("Indiquez le motif.") if error.problem == "required" else sentence(error)

    def request(self) -> CreditNoteRequest:
        text = self.amount.text().strip()
        return CreditNoteRequest(parse_cents(text) if text else None, self.reason.text().strip())

    @classmethod
    def confirm_issue(cls, parent: QWidget, number: str, amount: str) -> bool:
        return confirm(parent, _t("Émettre un avoir"), _t(
            "Un avoir de {amount} sera émis sur la facture {number}\u202f; il ne pourra être ni "
            "modifié ni supprimé.").format(amount=amount, number=number),
            _t("Émettre l'avoir"))

    def accept(self) -> None:
        if not self.validate():
            return
        request = self.request()
        amount = fmt.money(request.amount_cents if request.amount_cents is not None
                           else self.limit_cents)
        if self.confirm_issue(self, self.invoice.number, amount):
            super().accept()


class RefundDialog(_MoneyMovedDialog):
    """Returns a `RefundRequest`: the refund owed after a credit note, marked as paid back."""

    def __init__(self, invoice: InvoiceView, today: date, parent: QWidget | None = None) -> None:
        super().__init__(invoice, today, parent, title=self.tr("Marquer remboursé"), summary=(
            self.tr("Facture {number}\u00a0: un avoir couvre de l'argent déjà reçu, {owed} sont "
                    "à rembourser à l'entreprise.").format(
                        number=invoice.number, owed=fmt.money(invoice.refund_owed_cents))),
            labels=(self.tr("&Montant remboursé (€)\u00a0:"),
                    self.tr("&Date du remboursement\u00a0:"), self.tr("&Référence\u00a0:"),
                    self.tr("Marquer rem&boursé")),
            example=self.tr("par exemple VIR-2026-204"))
        self.limit_cents = invoice.refund_owed_cents
        self.refunded_on = self.day
        self.amount.setText(fmt.euros_plain(invoice.refund_owed_cents))
        self.validate()

    def over_limit(self) -> str:
        return self.tr("Le montant dépasse le remboursement dû ({left}).")

    def request(self) -> RefundRequest:
        return RefundRequest(parse_cents(self.amount.text()) or 0,
                             fmt.from_qdate(self.day.date()), self.reference.text().strip())
