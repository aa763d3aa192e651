"""Factures: statuses, filters; open, print, save as, send again, payments, credit notes."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QPushButton, QWidget

from deepetch_desktop import services
from deepetch_desktop.services.results import InvoiceView, PlatformChannel, PlatformSync

from .. import fmt, labels
from ..changes import Topic
from ..context import AppContext
from ..delegates import StatusDelegate
from ..dialogs.common import Save
from ..dialogs.invoice_actions import CreditNoteDialog, PaymentDialog, RefundDialog
from ..dialogs.platform import PlatformDialog
from ..icons import icon
from ..models.tables import invoices_model
from ..outbox import after_mail
from ..widgets import TableSection
from .base import Page
from .printing import print_pdf


def _t(text: str) -> str:
    """For class methods: `parent.tr()` would look the text up in the parent's class."""
    return QCoreApplication.translate("InvoicesPage", text)


# What only an administrator does with an invoice: send it, record its payment, correct it,
# mark a refund made; and set the approved platform's folders.
ADMINISTRATORS_ONLY = frozenset({"send", "pay", "credit", "refund", "platform"})


class InvoicesPage(Page):
    icon_name = "invoices"
    shows = frozenset({Topic.INVOICES})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Factures"), self.tr(
            "Une facture par lot acheté, payable sous 30 jours\u202f; les avoirs qui les "
            "corrigent."),
            parent)
        self.model = invoices_model(fmt.local_day(context.now()), self)
        self.table = TableSection(
            self.model,
            lambda n: labels.count(n, self.tr("{n} facture"), self.tr("{n} factures")),
            self.tr("Aucune facture. Chaque achat de crédits émet la sienne."),
            self.tr("Rechercher un numéro, un libellé…"))
        self.table.show_order(0, Qt.SortOrder.AscendingOrder)  # by number, as issued
        self.table.set_delegate(7, StatusDelegate(self.table.view))
        self.table.set_column_widths([14, 8, 11, 11, 34, 12, 12, 16, 12, 14])
        self.table.set_stretch_column(4)  # the description
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Statut"))
        for label, data in ((self.tr("Toutes"), None), (self.tr("À régler"), "open"),
                            (self.tr("En retard"), "overdue"), (self.tr("Payées"), "paid"),
                            (self.tr("Avoirs"), "credit_note")):
            self.status_filter.addItem(label, data)
        self.status_filter.currentIndexChanged.connect(self._apply_filter)
        self.table.filters.addWidget(self.status_filter)
        tools = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, icon_name, slot in (
            ("open", self.tr("&Ouvrir"), "open", self.open_invoice),
            ("print", self.tr("&Imprimer"), "print", self.print_current),
            ("save", self.tr("Enregistrer &sous…"), "save", self.save_as),
            ("send", self.tr("Ren&voyer par e-mail"), "send", self.send_again),
            ("pay", self.tr("Enregistrer un &paiement"), "payment", self.record_payment),
            ("credit", self.tr("Émettre un &avoir"), "credit_note", self.credit_note),
            ("refund", self.tr("Marquer &remboursé"), "payment", self.mark_refunded),
            ("platform", self.tr("Plateforme a&gréée…"), "send", self.platform),
        ):
            if key in ADMINISTRATORS_ONLY and not context.administers:
                continue  # a holder with see_invoices sees and prints the invoices, no more
            button = QPushButton(icon(icon_name), text)
            button.clicked.connect(slot)
            tools.addWidget(button)
            self.buttons[key] = button
            action = QAction(button.icon(), text.replace("&", ""), self)
            action.triggered.connect(slot)
            self.table.row_actions.append(action)
            if key in ADMINISTRATORS_ONLY:  # each of them writes (the outbox, a payment…)
                context.writes(button, action)
        tools.addStretch(1)
        self.body.addLayout(tools)
        self.body.addWidget(self.table, 1)
        self.table.activated.connect(lambda _row: self.open_invoice())
        self.table.selection_changed.connect(self._update_buttons)
        self._update_buttons(None)

    # --- loading and filters --------------------------------------------------------------

    def refresh(self) -> None:
        context = self.context
        now = context.now()
        self.run(lambda: services.list_invoices(context.db, context.actor, now), self._loaded)

    def _loaded(self, rows: list[InvoiceView]) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        if selected is not None:
            self.table.select_where(lambda i: i.number == selected.number)
        self.loaded = True

    def _apply_filter(self) -> None:
        wanted = self.status_filter.currentData()
        if wanted is None:
            self.table.set_predicate(None)
        elif wanted == "open":
            self.table.set_predicate(lambda i: i.left_cents > 0 and i.kind == "invoice")
        elif wanted == "credit_note":
            self.table.set_predicate(lambda i: i.kind == "credit_note")
        else:
            self.table.set_predicate(lambda i: i.status == wanted)

    def focus_search(self) -> None:
        self.table.search.setFocus()

    def show_part(self, part: object) -> None:
        """`part`: a status filter's value ("open", "overdue"): the dashboard's invoices."""
        self.table.search.clear()
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(part)))

    def selected(self) -> InvoiceView | None:
        value = self.table.selected()
        return value if isinstance(value, InvoiceView) else None

    def _update_buttons(self, invoice: object) -> None:
        chosen = isinstance(invoice, InvoiceView)
        open_ = (isinstance(invoice, InvoiceView) and invoice.left_cents > 0
                 and invoice.kind == "invoice")
        one = invoice if isinstance(invoice, InvoiceView) and invoice.kind == "invoice" else None
        creditable = one is not None and one.credited_cents < one.gross_cents
        owed = one is not None and one.refund_owed_cents > 0
        for key, enabled in (("open", chosen), ("print", chosen), ("save", chosen),
                             ("send", chosen), ("pay", open_), ("credit", creditable),
                             ("refund", owed), ("platform", True)):
            if key in self.buttons:
                self.buttons[key].setEnabled(enabled)

    # --- the PDF --------------------------------------------------------------------------

    open_url = staticmethod(QDesktopServices.openUrl)  # tests replace it

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            parent, _t("Enregistrer la facture"), suggested, _t("PDF (*.pdf)"),
            options=QFileDialog.Option.DontUseNativeDialog)
        return path

    def _with_pdf(self, then: Callable[[InvoiceView, bytes], None]) -> None:
        invoice, db, now = self.selected(), self.context.db, self.context.now()
        actor = self.context.actor
        if invoice is None:
            return
        self.say(self.tr("Préparation de la facture {number}…").format(number=invoice.number))
        self.run(lambda: services.invoice_pdf(db, actor, invoice.number, now),
                 lambda data: then(invoice, data))

    def open_invoice(self) -> None:
        self._with_pdf(self._open_pdf)

    def _open_pdf(self, invoice: InvoiceView, data: bytes) -> None:
        folder = Path(tempfile.mkdtemp(prefix="deepetch-"))
        path = folder / f"{invoice.number}.pdf"
        path.write_bytes(data)
        self.open_url(QUrl.fromLocalFile(str(path)))
        self.say(self.tr("Facture {number} ouverte dans votre lecteur PDF").format(
            number=invoice.number))

    def print_current(self) -> None:
        self._with_pdf(self._print_pdf)

    def _print_pdf(self, invoice: InvoiceView, data: bytes) -> None:
        if not print_pdf(self, data, invoice.number):
            self._open_pdf(invoice, data)
            self.say(self.tr("Impression directe indisponible\u00a0: la facture {number} est "
                             "ouverte dans votre lecteur PDF, imprimez-la depuis celui-ci.").format(
                                 number=invoice.number))

    def save_as(self) -> None:
        invoice = self.selected()
        if invoice is None:
            return
        path = self.ask_save_path(self, str(Path.home() / f"{invoice.number}.pdf"))
        if path:
            self._with_pdf(lambda inv, data: self._write(inv, data, Path(path)))

    def _write(self, invoice: InvoiceView, data: bytes, path: Path) -> None:
        path.write_bytes(data)
        self.say(self.tr("Facture {number} enregistrée dans {path}").format(
            number=invoice.number, path=str(path)))

    # --- actions through the services -----------------------------------------------------

    def _changed(self, message: str, mail: bool = False) -> None:
        """Say what was done (and, when it queued an e-mail, send it and say what became of
        it); the other pages reload when shown."""
        if mail:
            after_mail(self.context, message, owner=self)
        else:
            self.say(message)
        # A credit note takes back credits not used yet from the basket.
        self.context.events.announce(Topic.INVOICES, Topic.BASKET, Topic.JOURNAL)
        self.refresh()

    def send_again(self) -> None:
        invoice, context = self.selected(), self.context
        if invoice is None:
            return
        now = context.now()
        self.run(lambda: services.resend_invoice(context.db, context.actor, invoice.number,
                                                 now=now),
                 lambda _r: self._changed(self.tr(
                     "Facture {number} remise dans la file d'envoi").format(
                         number=invoice.number), mail=True))

    def record_payment(self) -> None:
        invoice = self.selected()
        if invoice is None:
            return
        dialog = PaymentDialog(invoice, fmt.local_day(self.context.now()), self)
        self.open_saving(dialog, lambda: self._pay(invoice, dialog))

    def _pay(self, invoice: InvoiceView, dialog: PaymentDialog) -> Save[object]:
        request, context = dialog.request(), self.context
        now = context.now()
        return Save(lambda: services.record_payment(
            context.db, context.actor, invoice.number, request.amount_cents, now=now,
            paid_on=request.paid_on, reference=request.reference),
            lambda _r: self._changed(self.tr("Paiement de {amount} enregistré sur {number}")
                                     .format(amount=fmt.money(request.amount_cents),
                                             number=invoice.number)))

    def credit_note(self) -> None:
        invoice = self.selected()
        if invoice is None:
            return
        dialog = CreditNoteDialog(invoice, self)
        self.open_saving(dialog, lambda: self._credit(invoice, dialog))

    def _credit(self, invoice: InvoiceView, dialog: CreditNoteDialog) -> Save[object]:
        request, context = dialog.request(), self.context
        now = context.now()
        return Save(lambda: services.issue_credit_note(
            context.db, context.actor, invoice.number, request.reason, now=now,
            amount_cents=request.amount_cents),
            lambda _r: self._changed(self.tr("Avoir émis sur la facture {number}").format(
                number=invoice.number), mail=True))

    def mark_refunded(self) -> None:
        invoice = self.selected()
        if invoice is None:
            return
        dialog = RefundDialog(invoice, fmt.local_day(self.context.now()), self)
        self.open_saving(dialog, lambda: self._refund(invoice, dialog))

    def _refund(self, invoice: InvoiceView, dialog: RefundDialog) -> Save[object]:
        request, context = dialog.request(), self.context
        now = context.now()
        return Save(lambda: services.record_refund(
            context.db, context.actor, invoice.number, now=now,
            amount_cents=request.amount_cents, refunded_on=request.refunded_on,
            reference=request.reference),
            lambda _r: self._changed(self.tr("Remboursement de {amount} enregistré sur {number}")
                                     .format(amount=fmt.money(request.amount_cents),
                                             number=invoice.number)))

    # --- the approved platform (issue 14) ---------------------------------------------------

    def platform(self) -> None:
        context = self.context
        self.run(lambda: services.platform_channel(context.db, context.actor),
                 self._open_platform)

    def _open_platform(self, channel: PlatformChannel | None) -> None:
        dialog = PlatformDialog(channel, self)
        self.open_saving(dialog, lambda: self._set_platform(dialog))

    def _set_platform(self, dialog: PlatformDialog) -> Save[object]:
        request, context = dialog.request(), self.context
        now = context.now()

        def work() -> PlatformSync:
            services.set_platform_channel(context.db, context.actor, outgoing=request.outgoing,
                                          incoming=request.incoming,
                                          xml_only=request.xml_only, now=now)
            return services.sync_platform(context.db, context.actor, now)

        return Save(work, self._platform_synced)

    def _platform_synced(self, sync: object) -> None:
        statuses = sync.statuses if isinstance(sync, PlatformSync) else 0
        self._changed(self.tr("Plateforme agréée enregistrée\u00a0: {statuses}").format(
            statuses=labels.count(statuses, self.tr("{n} statut lu"),
                                  self.tr("{n} statuts lus"))))
