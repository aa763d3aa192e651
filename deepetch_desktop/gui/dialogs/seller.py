"""The seller's (Deepetch's) invoicing details: what every future invoice prints. Validated in
place by the checks of services/identities.py, saved before the dialog closes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deepetch_desktop.domain.errors import BadInput
from deepetch_desktop.domain.money import parse_euros
from deepetch_desktop.services.identities import SELLER_CHECKS
from deepetch_desktop.services.results import SellerView

from .. import fmt
from .common import SavingDialog, error_label, refusal, sentence, show_field_error

Edit = QLineEdit | QPlainTextEdit


def _text(edit: Edit) -> str:
    return edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()


def _optional_euros(text: str) -> int:
    return parse_euros(text) if text.strip() else 0


# What was typed -> the value update_seller takes (then checked by SELLER_CHECKS).
READ: dict[str, Callable[[str], object]] = {
    "share_capital_cents": _optional_euros,
    "penalty_rate_bp": lambda text: parse_euros(text, "penalty_rate"),
    "iban": lambda text: text.replace(" ", "").upper(),
    "bic": lambda text: text.strip().upper(),
    "logo_path": lambda text: text.strip() or None,
}
# The services' names of the fields, where they differ from SellerView's.
ERROR_FIELD = {"name": "company", "share_capital_cents": "amount", "logo_path": "logo"}


def shown(view: SellerView, field: str) -> str:
    """A detail as it is typed in the dialog."""
    value = getattr(view, field)
    if field == "share_capital_cents":
        return fmt.euros_plain(value) if value else ""
    if field == "penalty_rate_bp":
        return fmt.euros_plain(value)  # 1050 -> « 10,50 » (%)
    return "" if value is None else str(value)


class SellerDialog(SavingDialog):
    """`request()` gives the fields changed, as update_seller takes them."""

    def __init__(self, seller: SellerView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.seller = seller
        self.setWindowTitle(self.tr("Mentions du vendeur"))
        self.setMinimumWidth(800)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Ce que les prochaines factures indiquent sur le vendeur\u00a0; "
                               "les factures déjà émises gardent les mentions de leur "
                               "émission."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        columns = QHBoxLayout()
        layout.addLayout(columns)
        left, right = QFormLayout(), QFormLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        self.address = QPlainTextEdit(seller.address)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().height() * 4)
        self.edits: dict[str, Edit] = {}
        self.errors: dict[str, QLabel] = {}
        self.logo_button = QPushButton(self.tr("Parco&urir…"))
        self.logo_button.clicked.connect(self._choose_logo)
        wide = self.fontMetrics().horizontalAdvance("FR76 3000 6000 0112 3456 7890 189") + 16
        for form, rows in (
            (left, (("name", self.tr("&Raison sociale\u00a0:")),
                    ("legal_form", self.tr("&Forme juridique\u00a0:")),
                    ("share_capital_cents", self.tr("Ca&pital social (€)\u00a0:")),
                    ("siren", self.tr("&SIREN\u00a0:")),
                    ("siret", self.tr("S&IRET\u00a0:")),
                    ("rcs", self.tr("R&CS\u00a0:")),
                    ("vat_number", self.tr("N° de &TVA\u00a0:")))),
            (right, (("address", self.tr("&Adresse\u00a0:")),
                     ("email", self.tr("&E-mail\u00a0:")),
                     ("iban", self.tr("IBA&N\u00a0:")),
                     ("bic", self.tr("&BIC\u00a0:")),
                     ("penalty_rate_bp", self.tr("Pénalités de retar&d (%)\u00a0:")),
                     ("einvoicing_address",
                      self.tr("Adresse de facturation électroni&que\u00a0:")),
                     ("logo_path", self.tr("&Logo\u00a0:")))),
        ):
            for field, label in rows:
                edit: Edit = self.address if field == "address" else QLineEdit(
                    shown(seller, field))
                self.edits[field], self.errors[field] = edit, error_label()
                if field in ("iban", "email", "logo_path"):
                    edit.setMinimumWidth(wide)
                if field == "logo_path":
                    row = QHBoxLayout()
                    row.addWidget(edit, 1)
                    row.addWidget(self.logo_button)
                    buddy = QLabel(label)
                    buddy.setBuddy(edit)  # a layout in the row: the form cannot set it
                    form.addRow(buddy, row)
                else:
                    form.addRow(label, edit)
                form.addRow("", self.errors[field])
                self.field_errors[ERROR_FIELD.get(field, field)] = (edit, self.errors[field])
                edit.textChanged.connect(self.validate)
        # CGI ann. II art. 242 nonies A (décret 2022-1299): printed when the seller opted.
        self.vat_on_debits = QCheckBox(self.tr(
            "&Option pour le paiement de la taxe d'après les débits (imprimée sur les "
            "factures)"))
        self.vat_on_debits.setChecked(seller.vat_on_debits)
        self.vat_on_debits.toggled.connect(self.validate)
        layout.addWidget(self.vat_on_debits)
        self.ok_button = self.add_buttons(layout, self.tr("Enre&gistrer"))
        self.validate()

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Logo du vendeur"),
                                              _text(self.edits["logo_path"]),
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.edits["logo_path"].setText(path)  # type: ignore[union-attr]

    def _value(self, field: str) -> object:
        """The value of `field` as update_seller takes it; BadInput when it cannot be one."""
        typed = _text(self.edits[field])
        value = READ.get(field, lambda text: text.strip())(typed)
        return SELLER_CHECKS[field](value) if field != "logo_path" else value

    def request(self) -> dict[str, object]:
        """The fields whose value changed (the others are not sent)."""
        changes = {}
        for field in self.edits:
            value = self._value(field)
            if value != getattr(self.seller, field):
                changes[field] = value
        if self.vat_on_debits.isChecked() != self.seller.vat_on_debits:
            changes["vat_on_debits"] = self.vat_on_debits.isChecked()
        return changes

    def validate(self) -> bool:
        problems: dict[str, BadInput] = {}
        for field in self.edits:
            error = refusal(lambda field=field: self._value(field))  # type: ignore[misc]
            if error is not None:
                problems[field] = error
        for field, label in self.errors.items():
            error = problems.get(field)
            show_field_error(self.edits[field], label,
                             self._sentence(field, error) if error is not None else "")
        valid = not problems
        self.ok_button.setEnabled(valid and bool(self.request()))
        return valid

    def _sentence(self, field: str, error: BadInput) -> str:
        if field == "penalty_rate_bp" and error.problem in ("not_a_number", "out_of_range",
                                                            "too_many_decimals"):
            return self.tr("Indiquez un taux entre 0,01 et 100\u00a0%, avec au plus deux "
                           "décimales.")
        return sentence(error)

    def accept(self) -> None:
        if self.validate() and self.request():
            super().accept()
