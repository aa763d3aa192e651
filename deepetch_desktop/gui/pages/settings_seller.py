"""Paramètres › Facturation: the seller's details every future invoice prints, changed in a
dialog through services.update_seller."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deepetch_desktop import services
from deepetch_desktop.services import SellerUpdate
from deepetch_desktop.services.results import SellerView

from .. import fmt
from ..changes import Topic
from ..context import AppContext
from ..dialogs.common import Save
from ..dialogs.seller import SellerDialog
from .base import Page
from .settings_common import result_label, show_result


class SellerTab(QWidget):
    def __init__(self, context: AppContext, page: Page) -> None:
        super().__init__()
        self.context, self.page = context, page
        self.seller: SellerView | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 8, 8)
        box = QGroupBox(self.tr("Vendeur (mentions des factures)"))
        inside = QVBoxLayout(box)
        columns = QHBoxLayout()
        inside.addLayout(columns)
        left, right = QFormLayout(), QFormLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(24)
        columns.addLayout(right, 1)
        self.fields: dict[str, QLabel] = {}
        for form, rows in (
            (left, (("name", self.tr("Raison sociale\u00a0:")),
                    ("legal_form", self.tr("Forme juridique\u00a0:")),
                    ("share_capital_cents", self.tr("Capital social\u00a0:")),
                    ("siren", self.tr("SIREN\u00a0:")), ("siret", self.tr("SIRET\u00a0:")),
                    ("rcs", self.tr("RCS\u00a0:")), ("vat_number", self.tr("N° de TVA\u00a0:")))),
            (right, (("address", self.tr("Adresse\u00a0:")), ("email", self.tr("E-mail\u00a0:")),
                     ("iban", self.tr("IBAN\u00a0:")), ("bic", self.tr("BIC\u00a0:")),
                     ("penalty_rate_bp", self.tr("Pénalités de retard\u00a0:")),
                     ("einvoicing_address",
                      self.tr("Adresse de facturation électronique\u00a0:")),
                     ("vat_on_debits", self.tr("TVA sur les débits\u00a0:")),
                     ("logo_path", self.tr("Logo\u00a0:")))),
        ):
            for key, label in rows:
                self.fields[key] = QLabel("—")
                self.fields[key].setWordWrap(True)
                form.addRow(label, self.fields[key])
        row = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("&Modifier les mentions du vendeur…"))
        self.edit_button.clicked.connect(self.edit)
        self.edit_button.setEnabled(False)  # until the details are read
        row.addWidget(self.edit_button)
        context.writes(self.edit_button)
        row.addStretch(1)
        inside.addLayout(row)
        layout.addWidget(box)
        self.result = result_label()
        layout.addWidget(self.result)
        layout.addStretch(1)

    def refresh(self) -> None:
        context = self.context
        self.page.run_latest("seller", lambda: services.seller_view(context.db, context.actor),
                             self._show)

    def _show(self, seller: SellerView) -> None:
        self.seller = seller
        self.edit_button.setEnabled(True)
        for key, label in self.fields.items():
            value = getattr(seller, key)
            if key == "share_capital_cents":
                text = fmt.money(value) if value else ""
            elif key == "penalty_rate_bp":
                text = self.tr("{rate}\u00a0% par an").format(rate=fmt.euros_plain(value))
            elif key == "vat_on_debits":
                text = self.tr("option exercée") if value else self.tr("non (à l'encaissement)")
            else:
                text = str(value or "")
            label.setText(text or "—")

    def edit(self) -> None:
        if self.seller is None:
            return
        dialog = SellerDialog(self.seller, self)
        self.page.open_saving(dialog, lambda: self._save(dialog.request()))

    def _save(self, changes: dict[str, object]) -> Save[SellerUpdate]:
        context = self.context
        now = context.now()

        def saved(update: SellerUpdate) -> None:
            self._show(update.seller)
            low = "penalty_rate_below_legal_minimum" in update.warnings
            show_result(self.result, self.tr("Mentions du vendeur enregistrées.") + (
                " " + self.tr("Attention\u00a0: le taux des pénalités est inférieur à trois "
                              "fois le taux d'intérêt légal, le minimum que la loi impose.")
                if low else ""), failed=low)
            context.events.announce(Topic.SETTINGS, Topic.JOURNAL)

        return Save(lambda: services.update_seller(context.db, context.actor, now=now,
                                                   **changes), saved)
