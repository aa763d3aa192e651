"""Paramètres › E-mail et rappels: the SMTP server that sends the invoices, the reminders."""

from __future__ import annotations

from collections.abc import Callable

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
from deepetch_desktop.domain.errors import DeepetchError
from deepetch_desktop.domain.expiry import parse_reminder_days
from deepetch_desktop.services import MailSettings, ReminderSettings, SmtpView
from deepetch_desktop.services.dunning import parse_stages
from deepetch_desktop.services.smtp_settings import NoKeyring

from ..changes import Topic
from ..context import AppContext
from ..dialogs.common import Save, error_label, show_field_error
from ..dialogs.smtp import SmtpDialog, SmtpRequest, no_keyring_text
from ..outbox import after_mail
from ..reminder_rows import Calendar, DayRows
from .base import Page


class MailSettingsTab(QWidget):
    """The SMTP settings as they are, changed in a dialog; the reminders, edited in place."""

    def __init__(self, context: AppContext, page: Page) -> None:
        super().__init__()
        self.context, self.page = context, page
        self.view: SmtpView | None = None
        self.reminders: ReminderSettings | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 8, 8)
        smtp = QGroupBox(self.tr("Serveur SMTP"))
        column = QVBoxLayout(smtp)
        self.smtp_state = QLabel("—")
        self.smtp_state.setWordWrap(True)
        column.addWidget(self.smtp_state)
        self.smtp_form = QFormLayout()
        self.smtp_fields: dict[str, QLabel] = {}
        for key, label in (("server", self.tr("Serveur\u00a0:")),
                           ("security", self.tr("Sécurité\u00a0:")),
                           ("sender", self.tr("Expéditeur\u00a0:")),
                           ("user", self.tr("Utilisateur\u00a0:")),
                           ("password", self.tr("Mot de passe\u00a0:"))):
            self.smtp_fields[key] = QLabel("—")
            self.smtp_fields[key].setWordWrap(True)
            self.smtp_form.addRow(label, self.smtp_fields[key])
        column.addLayout(self.smtp_form)
        row = QHBoxLayout()
        self.smtp_button = QPushButton(self.tr("&Configurer le serveur SMTP…"))
        self.smtp_button.clicked.connect(self.edit_smtp)
        self.smtp_button.setEnabled(False)  # until the settings are read
        row.addWidget(self.smtp_button)
        context.writes(self.smtp_button)
        row.addStretch(1)
        column.addLayout(row)
        layout.addWidget(smtp)
        layout.addWidget(self._reminders_box())
        layout.addStretch(1)

    def _reminders_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Rappels"))
        form = QFormLayout(box)
        self.expiry_days = DayRows(Calendar.EXPIRY)
        self.expiry_error = error_label()
        self.invoice_days = DayRows(Calendar.INVOICE)
        self.invoice_error = error_label()
        expiry_label = QLabel(self.tr("Avant l'e&xpiration des crédits\u00a0:"))
        expiry_label.setBuddy(self.expiry_days.add_button)
        form.addRow(expiry_label, self.expiry_days)
        form.addRow("", self._hint(self.tr(
            "Un e-mail de rappel à chacune de ces dates, si le panier n'est pas utilisé d'ici "
            "là.")))
        form.addRow("", self.expiry_error)
        invoice_label = QLabel(self.tr("&Relances de facture\u00a0:"))
        invoice_label.setBuddy(self.invoice_days.add_button)
        form.addRow(invoice_label, self.invoice_days)
        form.addRow("", self._hint(self.tr(
            "Un e-mail à chacune de ces dates pour une facture qui n'est pas entièrement "
            "réglée.")))
        form.addRow("", self.invoice_error)
        self.save_reminders_button = QPushButton(self.tr("Enre&gistrer les rappels"))
        self.save_reminders_button.clicked.connect(self.save_reminders)
        row = QHBoxLayout()
        row.addWidget(self.save_reminders_button)
        self.context.writes(self.save_reminders_button)
        row.addStretch(1)
        form.addRow("", row)
        self.expiry_days.changed.connect(self.validate_reminders)
        self.invoice_days.changed.connect(self.validate_reminders)
        self.validate_reminders()
        return box

    @staticmethod
    def _hint(text: str) -> QLabel:
        label = QLabel(text)
        label.setProperty("role", "hint")
        label.setWordWrap(True)
        return label

    # --- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        db, actor = self.context.db, self.context.actor
        self.page.run(lambda: services.mail_settings(db, actor), self._show)

    def _show(self, settings: MailSettings) -> None:
        self.show_smtp(settings.smtp)
        self.show_reminders(settings.reminders)

    def show_reminders(self, reminders: ReminderSettings) -> None:
        self.reminders = reminders
        self.expiry_days.set_values(reminders.expiry_days)
        self.invoice_days.set_values(reminders.invoice_days)
        self.validate_reminders()

    def show_smtp(self, view: SmtpView) -> None:
        self.view = view
        self.smtp_button.setEnabled(True)
        self.smtp_state.setText(self.tr(
            "Les factures, les avoirs et les rappels partent par ce serveur.") if view.configured
            else self.tr("Aucun serveur SMTP\u00a0: les factures sont enregistrées et "
                         "attendent dans la file d'envoi."))
        for number in range(self.smtp_form.rowCount()):
            self.smtp_form.setRowVisible(number, view.configured)
        if view.configured:
            security = {"none": self.tr("Aucune"), "starttls": "STARTTLS", "tls": "TLS"}
            self.smtp_fields["server"].setText(f"{view.host}:{view.port}")
            self.smtp_fields["security"].setText(
                self.tr("Aucune (mot de passe envoyé en clair)") if view.allow_cleartext_auth
                else security.get(view.security, view.security))
            self.smtp_fields["sender"].setText(view.sender)
            self.smtp_fields["user"].setText(view.user or self.tr("sans authentification"))
            self.smtp_fields["password"].setText(
                self.tr("enregistré dans le trousseau du système") if view.password_stored
                else self.tr("non enregistré") if view.user else "—")

    # --- SMTP -----------------------------------------------------------------------------

    def edit_smtp(self) -> None:
        if self.view is None:
            return
        dialog = SmtpDialog(self.view, self)
        context = self.context

        def describe(error: BaseException) -> str:
            return no_keyring_text() if isinstance(error, NoKeyring) else context.describe(error)

        self.page.open_saving(dialog, lambda: self._save_smtp(dialog.confirmed), describe)

    def _save_smtp(self, request: SmtpRequest | None) -> Save[SmtpView]:
        assert request is not None  # the dialog saves once it confirmed what was typed
        context = self.context
        now = context.now()

        def save() -> SmtpView:
            return services.set_smtp(
                context.db, context.actor, host=request.host, port=request.port,
                security=request.security, sender=request.sender, now=now, user=request.user,
                password=request.password, allow_cleartext_auth=request.allow_cleartext_auth)

        def saved(view: SmtpView) -> None:
            self.show_smtp(view)
            context.events.announce(Topic.SETTINGS, Topic.JOURNAL)
            after_mail(context, self.tr("Serveur SMTP enregistré"), owner=self)

        return Save(save, saved)

    # --- reminders ------------------------------------------------------------------------

    def _reminder_problem(self, field: DayRows, parse: Callable[[str], tuple[int, ...]],
                          message: str) -> str:
        if not field.rows:
            return self.tr("Gardez au moins une date.")
        try:
            parse(field.text())
        except DeepetchError:
            return message
        return ""

    def validate_reminders(self) -> bool:
        expiry = self._reminder_problem(self.expiry_days, parse_reminder_days, self.tr(
            "Indiquez des nombres de jours entre 1 et 365."))
        invoice = self._reminder_problem(self.invoice_days, parse_stages, self.tr(
            "Indiquez des nombres de jours entre 1 et 365 avant ou après l'échéance."))
        show_field_error(self.expiry_days, self.expiry_error, expiry)
        show_field_error(self.invoice_days, self.invoice_error, invoice)
        valid = not expiry and not invoice
        changed = valid and self.reminders is not None and (
            parse_reminder_days(self.expiry_days.text()) != self.reminders.expiry_days
            or parse_stages(self.invoice_days.text()) != self.reminders.invoice_days)
        self.save_reminders_button.setEnabled(changed)
        return valid

    def save_reminders(self) -> None:
        if not self.validate_reminders():
            return
        context = self.context
        now = context.now()
        expiry, invoice = self.expiry_days.text(), self.invoice_days.text()

        def saved(reminders: ReminderSettings) -> None:
            self.show_reminders(reminders)
            self.page.say(self.tr("Rappels enregistrés"))
            context.events.announce(Topic.SETTINGS, Topic.JOURNAL)

        self.page.run(lambda: services.set_reminders(context.db, context.actor,
                                                     expiry_days=expiry, invoice_days=invoice,
                                                     now=now), saved)
