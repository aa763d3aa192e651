"""Factures: statuses, filters; open, print, save as, send again, payments, credit notes."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QComboBox, QFileDialog, QPushButton, QWidget

from deepetch_desktop import services
from deepetch_desktop.services.results import InvoiceView, PlatformChannel, PlatformSync

from .. import fmt, labels
from ..changes import Topic
from ..context import AppContext
from ..delegates import StatusDelegate
from ..dialogs.common import Save
from ..dialogs.invoice_actions import CreditNoteDialog, PaymentDialog, RefundDialog
from ..dialogs.platform import PlatformDialog
from ..message_bar import ERROR
from ..models.tables import invoices_model
from ..outbox import after_mail
from ..printing import PdfPreviewDialog, print_pdf
from ..widgets import TableSection, ToolRow
from .base import Page


def _t(text: str) -> str:
    """For class methods: `parent.tr()` would look the text up in the parent's class."""
    return QCoreApplication.translate("InvoicesPage", text)


# What only an administrator does with an invoice: send it, record its payment, correct it,
# mark a refund made; and set the approved platform's folders.
ADMINISTRATORS_ONLY = frozenset({"send", "pay", "credit", "refund", "platform"})


def with_invoice_pdf(page: Page, number: str, then: Callable[[bytes], None]) -> None:
    """The PDF of invoice `number`, made off the GUI thread, handed to `then`."""
    context = page.context
    db, actor, now = context.db, context.actor, context.now()
    page.hint(_t("Préparation de la facture {number}…").format(number=number))
    page.run(lambda: services.invoice_pdf(db, actor, number, now), then)


def open_invoice(page: Page, number: str) -> None:
    """Invoice `number` in the system's PDF viewer, or a sentence saying none opened it."""
    with_invoice_pdf(page, number, lambda data: open_pdf_file(page, number, data))


def open_pdf_file(page: Page, number: str, data: bytes) -> None:
    folder = Path(tempfile.mkdtemp(prefix="deepetch-"))
    path = folder / f"{number}.pdf"
    path.write_bytes(data)
    if InvoicesPage.open_url(QUrl.fromLocalFile(str(path))):
        page.hint(_t("Facture {number} ouverte dans votre lecteur PDF").format(number=number))
        return
    page.say(_t(
        "La facture {number} n'a pas pu être ouverte\u00a0: aucun lecteur PDF n'a "
        "répondu. Utilisez «\u00a0Aperçu\u00a0» ou «\u00a0Enregistrer sous…\u00a0» dans "
        "Factures.").format(number=number), ERROR)


class InvoicesPage(Page):
    icon_name = "invoices"
    shows = frozenset({Topic.INVOICES})
    open_url = staticmethod(QDesktopServices.openUrl)  # True when a viewer took it

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
        self.tools = ToolRow(self.tr("Pl&us"), self)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, icon_name, slot in (
            ("open", self.tr("&Ouvrir"), "open", self.open_invoice),
            ("preview", self.tr("A&perçu"), "print", self.preview_current),
            ("print", self.tr("&Imprimer…"), "print", self.print_current),
            ("save", self.tr("Enregistrer &sous…"), "save", self.save_as),
            ("send", self.tr("Ren&voyer par e-mail"), "send", self.send_again),
            ("pay", self.tr("Enregistrer un paie&ment"), "payment", self.record_payment),
            ("credit", self.tr("Émettre un &avoir"), "credit_note", self.credit_note),
            ("refund", self.tr("Marquer &remboursé"), "payment", self.mark_refunded),
            ("platform", self.tr("Plateforme a&gréée…"), "send", self.platform),
        ):
            if key in ADMINISTRATORS_ONLY and not context.administers:
                continue  # a holder with see_invoices sees and prints the invoices, no more
            button = self.buttons[key] = self.tools.add_button(text, icon_name, slot)
            action = QAction(button.icon(), text.replace("&", ""), self)
            action.triggered.connect(slot)
            self.table.row_actions.append(action)
            if key in ADMINISTRATORS_ONLY:  # each of them writes (the outbox, a payment…)
                context.writes(button, action)
        self.body.addWidget(self.tools)
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
        for key, enabled in (("open", chosen), ("preview", chosen), ("print", chosen),
                             ("save", chosen), ("send", chosen), ("pay", open_),
                             ("credit", creditable), ("refund", owed), ("platform", True)):
            if key in self.buttons:
                self.buttons[key].setEnabled(enabled)

    # --- the PDF --------------------------------------------------------------------------

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            parent, _t("Enregistrer la facture"), suggested, _t("PDF (*.pdf)"))
        return path

    def _with_pdf(self, then: Callable[[InvoiceView, bytes], None]) -> None:
        invoice = self.selected()
        if invoice is not None:
            with_invoice_pdf(self, invoice.number, lambda data: then(invoice, data))

    def open_invoice(self) -> None:
        invoice = self.selected()
        if invoice is not None:
            open_invoice(self, invoice.number)

    def preview_current(self) -> None:
        """The print preview of the selected invoice."""
        self._with_pdf(lambda invoice, data: self._show_preview(invoice.number, data))

    def _show_preview(self, number: str, data: bytes) -> None:
        self.open_dialog(PdfPreviewDialog(data, number, self))

    def print_current(self) -> None:
        """Ctrl+P: the selected invoice on the printer chosen in the print dialog."""
        self._with_pdf(self._print_pdf)

    def _print_pdf(self, invoice: InvoiceView, data: bytes) -> None:
        pages = self.send_to_printer(self, data, invoice.number)
        if pages:
            self.hint(self.tr("Facture {number} envoyée à l'imprimante").format(
                number=invoice.number))

    send_to_printer = staticmethod(print_pdf)  # tests print to a PDF file instead

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
