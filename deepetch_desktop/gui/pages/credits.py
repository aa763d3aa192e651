"""Crédits: the basket's balance, its ledger, the batches bought, « Acheter des crédits »."""

from __future__ import annotations

from uuid import uuid4

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget
from shiboken6 import isValid

from deepetch_desktop import services
from deepetch_desktop.services import CreditsOverview, PurchaseForm
from deepetch_desktop.services.results import PurchaseResult

from .. import fmt, labels
from ..changes import Topic
from ..context import AppContext
from ..dialogs.buy import BuyCreditsDialog
from ..models.tables import batches_model, ledger_model
from ..outbox import after_mail
from ..widgets import TableSection, scaled_font
from .base import Page
from .invoices import open_invoice


class CreditsPage(Page):
    icon_name = "credits"
    shows = frozenset({Topic.BASKET})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Crédits"), self.tr(
            "Le panier de crédits de l'entreprise\u00a0: son solde, ses mouvements et les lots "
            "achetés."), parent)
        buy = self.header.add_primary(self.tr("&Acheter des crédits"))
        buy.clicked.connect(self.buy)
        context.writes(buy)
        self.balance = QLabel("—")
        self.balance.setFont(scaled_font(self.balance, 1.5, bold=True))
        self.body.addWidget(self.balance)
        self.tabs = QTabWidget()
        self.ledger_model = ledger_model(self)
        self.ledger = TableSection(
            self.ledger_model,
            lambda n: labels.count(n, self.tr("{n} mouvement"), self.tr("{n} mouvements")),
            self.tr("Aucun mouvement. Achetez des crédits pour remplir le panier."),
            self.tr("Rechercher un libellé, un sous-compte…"))
        # Newest first, as the services give them.
        self.ledger.show_order(0, Qt.SortOrder.DescendingOrder)
        self.ledger.set_column_widths([16, 14, 20, 34, 10, 12, 16])
        self.batches_model = batches_model(self)
        self.batches = TableSection(
            self.batches_model,
            lambda n: labels.count(n, self.tr("{n} lot"), self.tr("{n} lots")),
            self.tr("Aucun lot acheté. Utilisez «\u00a0Acheter des crédits\u00a0»."),
            self.tr("Rechercher un type de crédits, une facture…"))
        self.batches.show_order(0, Qt.SortOrder.DescendingOrder)
        self.batches.set_column_widths([16, 18, 9, 10, 16, 16])
        self.tabs.addTab(self.ledger, self.tr("Mouvements du panier"))
        self.tabs.addTab(self.batches, self.tr("Lots achetés"))
        self.body.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        db, actor, now = self.context.db, self.context.actor, self.context.now()
        self.run(lambda: services.credits_overview(db, actor, now), self._loaded)

    def _loaded(self, overview: CreditsOverview) -> None:
        self.balance.setText(labels.count(overview.balance,
                                          self.tr("Solde du panier\u00a0: {n} crédit"),
                                          self.tr("Solde du panier\u00a0: {n} crédits")))
        self.ledger_model.set_rows(overview.ledger)
        self.batches_model.set_rows(overview.batches)
        self.loaded = True

    def show_part(self, part: object) -> None:
        """"buy": « Acheter des crédits » (a first step); else the basket's movements."""
        self.tabs.setCurrentIndex(0)
        if part == "buy":
            self.buy()

    def focus_search(self) -> None:
        section = self.ledger if self.tabs.currentIndex() == 0 else self.batches
        section.search.setFocus()

    # --- buying ---------------------------------------------------------------------------

    def buy(self) -> None:
        db, actor = self.context.db, self.context.actor
        self.run(lambda: services.purchase_form(db, actor), self._open_buy)

    def _open_buy(self, form: PurchaseForm) -> None:
        dialog = BuyCreditsDialog(form.packs, form.terms_approved, form.billing_email, self)
        dialog.quote_wanted.connect(lambda code, qty: self._quote(dialog, code, qty))
        # The purchase's idempotency key (issue 16): the same until a purchase is made, so that
        # one sent again after a lost connection buys once; a new one for the next purchase.
        key = [f"gui-{uuid4().hex}"]
        dialog.purchase_wanted.connect(lambda code, qty: self._purchase(dialog, code, qty, key))
        dialog.open_invoice_wanted.connect(lambda number: open_invoice(self, number))
        self.open_dialog(dialog)
        pack = dialog.pack()
        if pack is not None:
            self._quote(dialog, pack.code, dialog.quantity.value())

    def _quote(self, dialog: BuyCreditsDialog, code: str, quantity: int) -> None:
        db, actor = self.context.db, self.context.actor
        self.context.runner.run(lambda: services.quote_purchase(db, actor, code, quantity),
                                dialog.show_quote,
                                lambda e: dialog.show_refusal(self.context.describe(e)),
                                owner=dialog)

    def _purchase(self, dialog: BuyCreditsDialog, code: str, quantity: int,
                  key: list[str]) -> None:
        context = self.context
        now, order = context.now(), dialog.purchase_order.text()
        sent = key[0]

        def bought(result: PurchaseResult) -> None:
            key[0] = f"gui-{uuid4().hex}"
            dialog.show_result(result)
            after_mail(context, self.tr("{credits} crédits achetés\u202f; facture {number} émise")
                       .format(credits=fmt.credits(result.credits),
                               number=result.invoice_number), owner=self,
                       mail_said=lambda text: dialog.show_mail(text) if isValid(dialog) else None)
            context.events.announce(Topic.BASKET, Topic.INVOICES, Topic.JOURNAL)
            self.refresh()

        context.runner.run(
            lambda: services.buy(context.db, context.actor, code, quantity, sent, now=now,
                                 purchase_order=order), bought,
            lambda e: dialog.show_refusal(context.describe(e)), owner=dialog)
