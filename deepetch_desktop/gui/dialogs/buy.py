"""« Acheter des crédits »: pack, quantity, payment method, totals, confirmation, invoice."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deepetch_desktop.domain.text import max_length
from deepetch_desktop.services.purchases import MAX_QUANTITY
from deepetch_desktop.services.results import PackView, PurchaseQuote, PurchaseResult

from .. import fmt, labels
from ..models.base import Column, RowsModel
from .common import confirm


def _t(text: str) -> str:
    """For class methods: `parent.tr()` would look the text up in the parent's class."""
    return QCoreApplication.translate("BuyCreditsDialog", text)


def packs_model(parent: QWidget | None = None) -> RowsModel:
    def saving(p: PackView) -> str:
        if not p.saving_percent:
            return ""
        return BuyCreditsDialog.tr_static("Faites des économies\u00a0: −{percent}").format(
            percent=fmt.percent(p.saving_percent))

    return RowsModel([
        Column(BuyCreditsDialog.tr_static("Type de crédits"),
               lambda p: labels.catalogue(p.code, p.name)),
        Column(BuyCreditsDialog.tr_static("Crédits"), lambda p: fmt.credits(p.credits),
               numeric=True),
        Column(BuyCreditsDialog.tr_static("Prix HT"), lambda p: fmt.money(p.price_cents),
               numeric=True),
        Column(BuyCreditsDialog.tr_static("Prix par crédit"),
               lambda p: fmt.money_fine(p.price_per_credit_millicents), numeric=True),
        Column(BuyCreditsDialog.tr_static("Économie"), saving),
    ], parent)


class BuyCreditsDialog(QDialog):
    """Emits `quote_wanted` and `purchase_wanted`; the page answers with `show_quote`,
    `show_result` or `show_refusal`. It never touches the database itself."""

    quote_wanted = Signal(str, int)
    purchase_wanted = Signal(str, int)
    open_invoice_wanted = Signal(str)  # « Ouvrir la facture », after the purchase

    def __init__(self, packs: Sequence[PackView], terms_approved: bool, billing_email: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Acheter des crédits"))
        self.setMinimumWidth(760)
        self._quote: PurchaseQuote | None = None
        self._terms = terms_approved
        self._email = billing_email
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Choisissez le type de crédits qui convient à votre équipe. "
                               "Plus le lot est grand, moins le crédit coûte cher."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = packs_model(self)
        self.model.set_rows([p for p in packs if p.active])
        self.packs = QTableView()
        self.packs.setModel(self.model)
        self.packs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.packs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.packs.verticalHeader().setVisible(False)
        self.packs.setShowGrid(False)
        self.packs.setWordWrap(False)
        header = self.packs.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)  # the saving, the longest text
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 12)
        rows = self.model.rowCount()
        self.packs.setFixedHeight(self.packs.horizontalHeader().sizeHint().height()
                                  + rows * self.packs.verticalHeader().defaultSectionSize() + 4)
        self.packs.setAccessibleName(self.tr("Type de crédits"))
        layout.addWidget(self.packs)
        form = QFormLayout()
        self.quantity = QSpinBox()
        self.quantity.setRange(1, MAX_QUANTITY)
        form.addRow(self.tr("&Quantité\u00a0:"), self.quantity)
        # C. com. L441-9: the invoice names the buyer's order when it issued one (BT-13).
        self.purchase_order = QLineEdit(placeholderText=self.tr(
            "facultatif\u00a0: celui de votre entreprise, imprimé sur la facture"))
        self.purchase_order.setMaxLength(max_length("purchase_order"))
        form.addRow(self.tr("N° de &bon de commande\u00a0:"), self.purchase_order)
        self.payment = QComboBox()
        self.payment.addItem(self.tr("Conditions d'entreprise (facture à 30 jours)"))
        self.payment_reason = QLabel()
        self.payment_reason.setProperty("role", "hint")
        self.payment_reason.setWordWrap(True)
        form.addRow(self.tr("&Moyen de paiement\u00a0:"), self.payment)
        form.addRow("", self.payment_reason)
        self.net = QLabel("—")
        self.vat = QLabel("—")
        self.gross = QLabel("—")
        self.gross.setStyleSheet("font-weight: 600;")
        form.addRow(self.tr("Total HT\u00a0:"), self.net)
        self.vat_label = QLabel(self.tr("TVA\u00a0:"))
        form.addRow(self.vat_label, self.vat)
        form.addRow(self.tr("Total TTC\u00a0:"), self.gross)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        self.mail = QLabel()
        self.mail.setWordWrap(True)
        self.mail.setVisible(False)
        layout.addWidget(self.mail)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buy_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buy_button.setText(self.tr("&Acheter"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Annuler"))
        self.open_button = self.buttons.addButton(self.tr("&Ouvrir la facture"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setVisible(False)
        self.open_button.clicked.connect(
            lambda: self.open_invoice_wanted.emit(self.invoice_number))
        self.buttons.accepted.connect(self._buy_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if not terms_approved:
            self.payment.setEnabled(False)
            self.payment_reason.setText(self.tr(
                "Indisponible tant que les conditions d'entreprise ne sont pas approuvées "
                "(Paramètres › Application)."))
        else:
            self.payment_reason.setText(self.tr(
                "Les crédits sont ajoutés tout de suite\u202f; la facture sera envoyée à {email}.")
                .format(email=billing_email or "—"))
        self.packs.selectionModel().selectionChanged.connect(self._changed)
        self.quantity.valueChanged.connect(self._changed)
        if rows:
            self.packs.selectRow(min(1, rows - 1))
        self._update_button()

    @staticmethod
    def tr_static(text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("BuyCreditsDialog", text)

    def pack(self) -> PackView | None:
        rows = self.packs.selectionModel().selectedRows()
        return self.model.row_value(rows[0].row()) if rows else None

    def select_pack(self, code: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_value(row).code == code:
                self.packs.selectRow(row)

    def _changed(self) -> None:
        pack = self.pack()
        self._quote = None
        self._update_button()
        if pack is not None:
            self.quote_wanted.emit(pack.code, self.quantity.value())

    def show_quote(self, quote: PurchaseQuote) -> None:
        pack = self.pack()
        if pack is None or quote.pack.code != pack.code or quote.quantity != \
                self.quantity.value():
            return  # an answer to an older question
        self._quote = quote
        self.net.setText(fmt.money(quote.net_cents))
        self.vat_label.setText(self.tr("TVA ({rate})\u00a0:").format(
            rate=fmt.percent(quote.vat_bp // 100)))
        self.vat.setText(fmt.money(quote.vat_cents))
        self.gross.setText(self.tr("{amount}  pour {credits} crédits").format(
            amount=fmt.money(quote.gross_cents), credits=fmt.credits(quote.credits)))
        self._update_button()

    def _update_button(self) -> None:
        self.buy_button.setEnabled(self._terms and self._quote is not None)

    @classmethod
    def confirm_purchase(cls, parent: QWidget, quote: PurchaseQuote) -> bool:
        """Tests patch this to answer without a modal box."""
        return confirm(parent, _t("Confirmer l'achat"), _t(
            "Acheter {quantity} × «\u00a0{pack}\u00a0» ({credits} crédits) pour {gross} TTC, "
            "payables sous 30 jours\u202f?").format(quantity=quote.quantity,
                                      pack=labels.catalogue(quote.pack.code, quote.pack.name),
                                      credits=fmt.credits(quote.credits),
                                      gross=fmt.money(quote.gross_cents)),
            _t("Acheter"), destructive=False, safe_default=True)

    def _buy_clicked(self) -> None:
        if self._quote is None:
            return
        if not self.confirm_purchase(self, self._quote):
            return
        self.buy_button.setEnabled(False)
        self.purchase_wanted.emit(self._quote.pack.code, self._quote.quantity)

    def show_result(self, result: PurchaseResult) -> None:
        self.message.setProperty("role", "")
        self.message.setText(self.tr(
            "{credits} crédits ajoutés au panier (solde\u00a0: {balance}). Facture {number} de "
            "{gross} TTC, payable avant le {due}.").format(
                credits=fmt.credits(result.credits), balance=fmt.credits(result.balance),
                number=result.invoice_number, gross=fmt.money(result.gross_cents),
                due=fmt.day(result.due_date)))
        self.message.setVisible(True)
        self.invoice_number = result.invoice_number
        for widget in (self.packs, self.quantity, self.payment, self.purchase_order):
            widget.setEnabled(False)
        self.payment_reason.setVisible(False)  # it promised the e-mail: now say where it is
        self.show_mail(self.tr("La facture est en file d'attente d'envoi vers {email}.").format(
            email=self._email or "—"))
        self.buy_button.setVisible(False)
        self.open_button.setVisible(True)
        self.open_button.setDefault(True)
        self.cancel_button.setText(self.tr("Fermer"))

    def show_mail(self, text: str) -> None:
        """What became of the invoice's e-mail: queued, sent, or why not."""
        self.mail.setText(text)
        self.mail.setVisible(bool(text))

    def show_refusal(self, text: str) -> None:
        self.message.setProperty("role", "error")
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(True)
        self._update_button()
