"""Paramètres › File d'envoi: the e-mails that wait (to whom, why the last try failed, when the
next one is), « Envoyer maintenant » and a test e-mail to an address typed."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from deepetch_desktop import services
from deepetch_desktop.services import OutboxReport, QueuedEmail, TestEmail

from .. import fmt, labels
from ..changes import Topic
from ..context import AppContext
from ..dialogs.common import Save
from ..dialogs.test_email import TestEmailDialog
from ..outbox import ask_password_and_send, needs_password, outbox_sentence
from .base import Page
from .settings_common import fill_row, hint, readonly_table, result_label, show_result


class NotSent(Exception):
    """The test e-mail did not leave; `report` says why (said in its dialog)."""

    def __init__(self, report: OutboxReport) -> None:
        super().__init__("test e-mail not sent")
        self.report = report


class OutboxTab(QWidget):
    def __init__(self, context: AppContext, page: Page) -> None:
        super().__init__()
        self.context, self.page = context, page
        self.waiting: list[QueuedEmail] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 8, 8)
        layout.addWidget(hint(self.tr(
            "Les factures, les avoirs et les rappels attendent ici que le serveur SMTP les "
            "accepte\u00a0; chacun est réessayé de plus en plus tard, puis envoyé une seule "
            "fois.")))
        self.summary = QLabel("—")
        layout.addWidget(self.summary)
        self.table = readonly_table(
            (self.tr("Mis en file"), self.tr("Destinataire"), self.tr("Objet"),
             self.tr("Essais"), self.tr("Prochain essai"), self.tr("Dernière erreur")), 5)
        layout.addWidget(self.table, 1)
        self.result = result_label()
        layout.addWidget(self.result)
        row = QHBoxLayout()
        self.send_button = QPushButton(self.tr("Envoyer &maintenant"))
        self.test_button = QPushButton(self.tr("E-mail d'essa&i…"))
        self.send_button.clicked.connect(self.send_now)
        self.test_button.clicked.connect(self.send_test)
        row.addWidget(self.send_button)
        row.addWidget(self.test_button)
        context.writes(self.send_button, self.test_button)
        row.addStretch(1)
        layout.addLayout(row)

    # --- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        context = self.context
        self.page.run_latest("outbox", lambda: services.waiting_emails(
            context.db, context.actor), self._show)

    def _show(self, waiting: list[QueuedEmail]) -> None:
        self.waiting = waiting
        self.summary.setText(labels.count(
            len(waiting), self.tr("{n} e-mail attend d'être envoyé."),
            self.tr("{n} e-mails attendent d'être envoyés.")) if waiting
            else self.tr("Aucun e-mail n'attend\u00a0: tout est parti."))
        self.table.setRowCount(len(waiting))
        now = self.context.now()
        for number, mail in enumerate(waiting):
            fill_row(self.table, number, (
                fmt.instant(mail.created_at), mail.recipient, mail.subject,
                str(mail.attempts), fmt.instant(mail.next_attempt_at)
                if mail.next_attempt_at > now else self.tr("au prochain envoi"),
                mail.last_error or (self.tr("pas encore essayé") if not mail.attempts else "")),
                numbers=(3,))
        self.send_button.setEnabled(bool(waiting))

    # --- actions --------------------------------------------------------------------------

    def send_now(self) -> None:
        context = self.context
        now = context.now()
        self.send_button.setEnabled(False)
        show_result(self.result, self.tr("Envoi en cours…"))

        def sent(report: OutboxReport) -> None:
            if needs_password(report):
                ask_password_and_send(context, self.tr("File d'envoi"), owner=self)
            sentence = outbox_sentence(report) or self.tr("Aucun e-mail à envoyer.")
            show_result(self.result, sentence, failed=bool(report.failed or not report.configured))
            if report.sent:
                context.events.announce(Topic.INVOICES)
            self.refresh()

        def failed(error: BaseException) -> None:
            show_result(self.result, context.describe(error), failed=True)
            self.refresh()

        self.page.run(lambda: services.send_outbox_now(
            context.db, context.actor, now, password=context.smtp_password, force=True),
            sent, failed)

    def send_test(self) -> None:
        dialog = TestEmailDialog(self.context.actor.email or "", self)
        context = self.context

        def describe(error: BaseException) -> str:
            return (self._why(error.report) if isinstance(error, NotSent)
                    else context.describe(error))

        self.page.open_saving(dialog, lambda: self._test(dialog.address()), describe)

    def _test(self, address: str) -> Save[TestEmail]:
        context = self.context
        now = context.now()

        def work() -> TestEmail:
            outcome = services.send_test_email(context.db, context.actor, address, now=now,
                                               password=context.smtp_password,
                                               lang=context.lang)
            if not outcome.sent:
                raise NotSent(outcome.report)
            return outcome

        def sent(outcome: TestEmail) -> None:
            show_result(self.result, self.tr(
                "E-mail d'essai envoyé à {address}\u00a0: vérifiez qu'il est arrivé.").format(
                    address=outcome.recipient))
            self.refresh()

        return Save(work, sent)

    def _why(self, report: OutboxReport) -> str:
        if not report.configured:
            return self.tr("Aucun serveur SMTP n'est configuré\u00a0: configurez-le dans "
                           "«\u00a0E-mail et rappels\u00a0».")
        if report.needs_password:
            return self.tr("Le mot de passe SMTP n'est pas enregistré sur ce poste\u00a0: "
                           "«\u00a0Envoyer maintenant\u00a0» le demande.")
        if report.refused:
            return self.tr("Le serveur SMTP a refusé l'e-mail d'essai\u00a0: {error}").format(
                error=report.last_error or "")
        return self.tr("Le serveur SMTP n'a pas répondu\u00a0: {error}. L'e-mail d'essai "
                       "reste dans la file d'envoi.").format(error=report.last_error or "")
