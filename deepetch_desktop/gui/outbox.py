"""Sending what an action queued (an invoice, a credit note), off the GUI thread, and saying
in one sentence what became of it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from deepetch_desktop import services
from deepetch_desktop.services import OutboxReport

from . import labels
from .changes import Topic
from .context import AppContext
from .dialogs.smtp import SmtpPasswordDialog
from .message_bar import ERROR, INFO


def _t(text: str) -> str:
    return QCoreApplication.translate("outbox", text)


def deliver_now(context: AppContext) -> OutboxReport:
    """Archive the new documents, then send the e-mails that are due (on a pool thread). A
    document that could not be rendered is named in the report (`held`): its e-mail waits."""
    return services.send_outbox_now(context.db, context.actor, context.now(),
                                    password=context.smtp_password)


def needs_password(report: OutboxReport | None) -> bool:
    """Whether sending failed only for want of the SMTP password (no keyring on this machine)."""
    return bool(report is not None and report.needs_password)


def outbox_sentence(report: OutboxReport) -> str:
    """What happened to the e-mails, or what to do next; empty when there was nothing to send.
    A PDF that could not be made comes first: the purchase is done, its document will follow."""
    mail = _mail_sentence(report)
    if not report.held:
        return mail
    held = _t("Le PDF de {numbers} n'a pas pu être produit\u00a0: il sera refait au prochain "
              "rattrapage, une fois la cause corrigée (voir les notifications).").format(
                  numbers=", ".join(report.held))
    return f"{held} {mail}".strip()


def _mail_sentence(report: OutboxReport) -> str:
    if not report.configured:
        return _t("Configurez le serveur SMTP dans Paramètres pour envoyer les factures.")
    if report.refused:
        return _t("Le serveur SMTP a refusé l'envoi\u00a0: vérifiez les réglages dans Paramètres › "
                  "E-mail et rappels ({error}).").format(error=report.last_error or "")
    if report.failed:
        return _t("Le serveur SMTP ne répond pas\u00a0: la facture est enregistrée et sera envoyée "
                  "dès qu'il répondra.")
    if report.sent:
        return labels.count(report.sent, _t("{n} e-mail envoyé."), _t("{n} e-mails envoyés."))
    if report.waiting:
        return _t("L'e-mail attend le prochain essai d'envoi.")
    return ""


def _say(context: AppContext, owner: QObject | None, text: str, failed: bool = False) -> None:
    """`text` in the message bar of the page `owner` (a page's `say`), else of the page
    shown."""
    say = getattr(owner, "say", None)
    if callable(say):
        say(text, ERROR if failed else INFO)
    else:
        context.events.message.emit(text)


def announce_sent(context: AppContext, report: OutboxReport) -> None:
    """Invoices sent are shown « Envoyée »: Factures reloads when next shown."""
    if report.sent:
        context.events.announce(Topic.INVOICES)


def after_mail(context: AppContext, done: str, owner: QObject | None = None,
               mail_said: Callable[[str], None] | None = None) -> None:
    """Say `done` now; send off-thread; then say `done` followed by what became of the mail
    (also handed alone to `mail_said`, for the dialog the action came from)."""
    _say(context, owner, done)

    def sent(report: OutboxReport) -> None:
        if needs_password(report):
            ask_password_and_send(context, done, owner)
            return
        announce_sent(context, report)
        sentence = outbox_sentence(report)
        if mail_said is not None and sentence:
            mail_said(sentence)
        _say(context, owner, f"{done}. {sentence}" if sentence else done)

    def failed(error: BaseException) -> None:
        # `done` is done (committed): only what follows it is put off, to the next catch-up.
        _say(context, owner, f"{done}. " + _t(
            "L'envoi est reporté au prochain rattrapage\u00a0: {reason}").format(
                reason=context.describe(error)), failed=True)

    context.runner.run(lambda: deliver_now(context), sent, failed, owner=owner)


def ask_password_and_send(context: AppContext, done: str, owner: QObject | None = None) -> None:
    """No keyring: ask once for the SMTP password, keep it in memory for the session, then
    send everything queued (off the GUI thread). « Annuler » leaves the messages queued."""
    if context.asking_smtp_password:
        return  # a prompt is already open; its send takes the messages queued meanwhile
    if context.smtp_password is not None:  # typed meanwhile, for a send that started before
        _send_with(context, context.smtp_password, done, owner)
        return

    def answer(password: str | None) -> None:
        context.asking_smtp_password = False
        if not password:
            context.smtp_password_declined = True
            _say(context, owner, f"{done}. " + _t(
                "Mot de passe SMTP non donné\u00a0: les e-mails restent dans la file d'envoi."))
            return
        context.smtp_password = password
        context.smtp_password_declined = False
        _send_with(context, password, done, owner)

    context.asking_smtp_password = True
    parent = owner.window() if isinstance(owner, QWidget) else None
    SmtpPasswordDialog.ask_password(parent, answer)


def _send_with(context: AppContext, password: str, done: str, owner: QObject | None) -> None:
    """Send every queued message now (they were put off after the refusal) with `password`."""
    now = context.now()

    def sent(report: OutboxReport) -> None:
        if report.password_refused and context.smtp_password == password:
            context.smtp_password = None  # a wrong password: ask again next time
        announce_sent(context, report)
        sentence = outbox_sentence(report)
        _say(context, owner, f"{done}. {sentence}" if sentence else done)

    def failed(error: BaseException) -> None:
        _say(context, owner, f"{done}. {context.describe(error)}", failed=True)

    context.runner.run(
        lambda: services.send_outbox_now(context.db, context.actor, now, password=password,
                                         force=True),
        sent, failed, owner=owner)
