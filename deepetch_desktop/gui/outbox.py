"""Sending what an action queued (an invoice, a credit note), off the GUI thread, and saying
in one sentence what became of it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from deepetch_desktop import services
from deepetch_desktop.services import OutboxReport

from . import labels
from .context import AppContext


def _t(text: str) -> str:
    return QCoreApplication.translate("outbox", text)


def deliver_now(context: AppContext) -> OutboxReport:
    """Archive the new documents, then send the e-mails that are due (on a pool thread)."""
    now = context.now()
    services.archive_pending(context.db, now)
    return services.deliver_outbox(context.db, now)


def outbox_sentence(report: OutboxReport) -> str:
    """What happened to the e-mails, or what to do next; empty when there was nothing to send."""
    if not report.configured:
        return _t("Configurez le serveur SMTP dans Paramètres pour envoyer les factures.")
    if report.refused:
        return _t("Le serveur SMTP a refusé l'envoi : vérifiez les réglages dans Paramètres › "
                  "E-mail et rappels ({error}).").format(error=report.last_error or "")
    if report.failed:
        return _t("Le serveur SMTP ne répond pas : la facture est enregistrée et sera envoyée "
                  "dès qu'il répondra.")
    if report.sent:
        return labels.count(report.sent, _t("{n} e-mail envoyé."), _t("{n} e-mails envoyés."))
    if report.waiting:
        return _t("L'e-mail attend le prochain essai d'envoi.")
    return ""


def after_mail(context: AppContext, done: str, owner: QObject | None = None) -> None:
    """Say `done` now; send off-thread; then say `done` followed by what became of the mail."""
    context.events.message.emit(done)

    def sent(report: OutboxReport) -> None:
        sentence = outbox_sentence(report)
        context.events.message.emit(f"{done}. {sentence}" if sentence else done)

    def failed(error: BaseException) -> None:
        context.events.message.emit(f"{done}. {context.describe(error)}")

    context.runner.run(lambda: deliver_now(context), sent, failed, owner=owner)
